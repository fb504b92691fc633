"""Command line: `python -m pipeline run|watch|serve|server|runs|export|dashboard|train|evaluate`.

Every failure a user can cause or meet ends in one line on stderr and an exit code (see EXIT and the
README); tracebacks only with `--debug`."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Any

from pipeline import paths
from pipeline.ingest import DEFAULT_MAX_BYTES

EXIT = {"ok": 0, "internal": 1, "usage": 2, "locked": 3, "server": 4, "failed_files": 5, "output": 6,
        "interrupted": 130}


class UserError(Exception):
    """A failure with a message for the user and an exit code of EXIT."""

    def __init__(self, message: str, code: str = "usage") -> None:
        super().__init__(message)
        self.code = EXIT[code]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m pipeline", description=(
        "Extract vaccine-supply events from raw articles into Parquet tables and a DuckDB file."))
    ap.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
    sub = ap.add_subparsers(dest="command", required=True)

    def output_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--output", type=Path, default=paths.DEFAULT_OUTPUT,
                       help="folder of the tables (default: %(default)s)")

    def run_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--input", type=Path, default=paths.DEFAULT_INPUT,
                       help="folder of articles, searched recursively: *.txt (with optional NAME.meta.json), "
                            "*.html/*.htm pages, *.jsonl files of records (default: %(default)s)")
        output_option(p)
        p.add_argument("--full", action="store_true",
                       help="reprocess every document, even those already processed by this pipeline version")
        p.add_argument("--prune", action="store_true",
                       help="drop the rows of articles whose files are gone from --input")
        p.add_argument("--batch-size", type=int, default=100, help="files per Prefect task (default: %(default)s)")
        p.add_argument("--max-mib", type=float, default=DEFAULT_MAX_BYTES / 2**20,
                       help="larger files are recorded as failed, not read (default: %(default)g MiB)")
        p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                       help="processes that parse in parallel: the parser pool with the thread runner, Dask "
                            "workers with --task-runner dask (default: %(default)s)")
        p.add_argument("--task-runner", choices=("thread", "dask"), default="thread",
                       help="run batches in this process (thread) or on a Dask cluster (default: %(default)s)")
        p.add_argument("--dask-address", default=None,
                       help="scheduler address of a running Dask cluster (default: start a local one); needs "
                            "the background Prefect server (`server start`), whose URL its workers must have "
                            "as PREFECT_API_URL, and the input paths")
        p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                       help="if another run holds the output folder, wait this long before giving up "
                            "(default: %(default)s)")
        p.add_argument("--verbose", action="store_true", help="also show Prefect's and Dask's own log lines")

    run = sub.add_parser("run", help="process new or changed articles once and print a summary")
    run_options(run)
    run.add_argument("--files", nargs="+", type=Path, default=None,
                     help="process just these files (article names are taken relative to --input)")
    run.add_argument("--strict", action="store_true",
                     help=f"exit with status {EXIT['failed_files']} when any file failed")

    watch = sub.add_parser("watch", help="stay up and process articles as they land in --input (Ctrl-C stops)")
    run_options(watch)

    serve = sub.add_parser("serve", help="serve the flow as a Prefect deployment on a cron schedule")
    run_options(serve)
    serve.add_argument("--cron", default="0 * * * *", help="cron schedule (default: %(default)s)")
    serve.add_argument("--name", default="vaccine-events-scheduled", help="deployment name (default: %(default)s)")
    serve.add_argument("--port", type=int, default=4200,
                       help="without PREFECT_API_URL or a background server, start a Prefect server with its "
                            "UI on this port (default: %(default)s)")

    server = sub.add_parser("server", help="a background Prefect server (with its UI) that runs reuse")
    server.add_argument("action", choices=("start", "stop", "status"))
    server.add_argument("--port", type=int, default=4200, help="port of its API and UI (default: %(default)s)")

    runs = sub.add_parser("runs", help="list past runs: when, pipeline version, counts, failures")
    output_option(runs)
    runs.add_argument("--last", type=int, default=20, help="how many runs, newest last (default: %(default)s)")

    export = sub.add_parser("export", help="write the tables as files for spreadsheets")
    output_option(export)
    export.add_argument("--format", choices=("csv",), default="csv", help="file format (default: %(default)s)")
    export.add_argument("--to", type=Path, default=None, help="folder for the files (default: OUTPUT/export)")

    dash = sub.add_parser("dashboard", help="open the dashboard over the tables (Streamlit)")
    output_option(dash)
    dash.add_argument("--port", type=int, default=8501, help="port (default: %(default)s)")

    train = sub.add_parser("train", help="refit the deciders on the gold corpora and write them into the package "
                                         "(development tool; needs ../shared)")
    train.add_argument("--corpus", action="append", default=None, metavar="NAME",
                       help="corpus of ../shared/corpus (or a folder) to fit on; repeat to pool "
                            "(default: dev, seeds and negatives)")
    train.add_argument("--out", type=Path, default=None,
                       help="folder for the artefacts (default: the package's pipeline/extract/models)")

    ev = sub.add_parser("evaluate", help="cross-validate the deciders on the gold corpora and score the held-out "
                                         "validation corpus (development tool; needs ../shared)")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--no-valid", action="store_true", help="cross-validation only")
    ev.add_argument("--settings", type=json.loads, default=None, metavar="JSON",
                    help='learner settings to compare, e.g. \'{"roles": "forest"}\' (see pipeline/train.py)')
    ev.add_argument("--repeats", type=int, default=1, metavar="N",
                    help="also repeat the cross-validation N times with other fold splits and seeds and report "
                         "mean and spread (the noise a compared method must beat)")
    ev.add_argument("--against", type=Path, default=None, metavar="REPORT.json",
                    help="with --repeats: also the split by split differences from a report that "
                         "`evaluate --json --repeats N` wrote before (same N), e.g. before a change of code")
    return ap


# --- checks made before any work: they report at once and create nothing -------------------------

def check_output(output: Path) -> None:
    """The output folder exists and is writable, or can be created."""
    if output.exists() and not output.is_dir():
        raise UserError(f"--output {output} is a file, not a folder: name a folder")
    probe = output
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise UserError(f"--output {output} is under {probe}, which is a file: name a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        where = "" if probe == output else f" (its nearest existing folder {probe})"
        raise UserError(f"cannot write to --output {output}{where}: no write permission or a read-only file "
                        "system; choose another folder", "output")


def check_input(args: argparse.Namespace) -> None:
    files = getattr(args, "files", None)
    if files:
        missing = [str(f) for f in files if not f.exists() and not f.is_symlink()]
        if missing:
            raise UserError(f"no such file: {', '.join(missing)}")
    elif not args.input.is_dir():
        what = "is not a folder" if args.input.exists() else "does not exist"
        raise UserError(f"--input {args.input} {what}: name the folder of the articles")
    if args.batch_size < 1 or args.workers < 1 or args.max_mib <= 0:
        raise UserError("--batch-size, --workers and --max-mib must be positive")


def _flow_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    files = [str(f) for f in args.files] if getattr(args, "files", None) else None
    return {
        "input_dir": str(args.input), "output_dir": str(args.output), "files": files, "full": args.full,
        "batch_size": args.batch_size, "max_bytes": int(args.max_mib * 2**20),
        "n_process": args.workers if args.task_runner == "thread" else 1, "wait_seconds": args.wait,
        "task_runner_name": args.task_runner, "prune": args.prune,
    }


def _prepare_run(args: argparse.Namespace) -> None:
    """Checks, then logging: run, watch and serve."""
    from pipeline.console import quiet_logs
    from pipeline.prefect_setup import configure_prefect

    check_input(args)
    check_output(args.output)
    if args.task_runner == "dask" and args.dask_address:
        from pipeline.prefect_setup import background_url

        if not (os.environ.get("PREFECT_API_URL") or background_url()):
            raise UserError("--dask-address needs a Prefect server its workers can reach: run "
                            "`python -m pipeline server start` and start the workers with PREFECT_API_URL set "
                            "to the URL it prints")
    configure_prefect()
    if not args.verbose:
        quiet_logs()


def _lock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pipeline.store import OutputLock, RunLocked

    args.output.mkdir(parents=True, exist_ok=True)
    lock = OutputLock(args.output, wait_seconds=args.wait)
    try:
        lock.__enter__()
    except RunLocked as exc:
        raise UserError(str(exc), "locked") from None
    return lock


def _run(args: argparse.Namespace) -> int:
    from pipeline.console import filter_console, summary_line
    from pipeline.prefect_setup import ServerFailed, api_server

    _prepare_run(args)
    started = time.monotonic()
    lock = _lock(args)  # before anything slow: of two runs started together, one is told at once
    try:
        from pipeline import runs, store
        from pipeline.version import pipeline_version

        store.clean_stale(args.output)
        kw = _flow_kwargs(args)
        plan = runs.plan_inputs(args.input, args.files, args.output, pipeline_version(), full=args.full,
                                max_bytes=kw["max_bytes"], prune=args.prune)
        if plan.nothing_to_do:  # no server, no model, no pool: an unchanged rerun costs the reads alone
            total = store.count_rows(args.output, "events")
            print(summary_line({"documents_read": 0, "skipped": plan.skipped + len(plan.duplicates), "failed": 0,
                                "events_written": 0, "events_total": total}, time.monotonic() - started,
                               str(args.output)))
            return EXIT["ok"]
        try:
            with api_server():
                from flows.extract import extract_events, make_task_runner

                if not args.verbose:
                    filter_console()
                flow = extract_events.with_options(
                    task_runner=make_task_runner(args.task_runner, args.dask_address, args.workers))
                summary = flow(**kw, plan=plan)  # planned above, under the lock this run still holds
        except ServerFailed as exc:
            raise UserError(f"{exc}; try again, or start one with `python -m pipeline server start`",
                            "server") from None
    finally:
        lock.__exit__(None, None, None)
    print(summary_line(summary, time.monotonic() - started, str(args.output)))
    if args.strict and summary["failed"]:
        return EXIT["failed_files"]
    return EXIT["ok"]


def _watch(args: argparse.Namespace) -> int:
    from pipeline.console import filter_console
    from pipeline.prefect_setup import api_server, stop_reliably

    _prepare_run(args)
    # a SIGTERM that lands while a batch's flow run is finishing can be swallowed by Prefect, and the watcher
    # would go on watching: as `serve` does, it then exits 20 s later (the tables are those of the last commit)
    stop_reliably()
    with api_server():
        from flows.watch import watch

        if not args.verbose:
            filter_console()
        watch(args.input, args.output, _flow_kwargs(args), make_runner=(args.task_runner, args.dask_address,
                                                                           args.workers))
    return EXIT["interrupted"]


def _serve(args: argparse.Namespace) -> int:
    """Serve the flow on a schedule; schedules need a real Prefect server, with its services."""
    from pipeline.prefect_setup import api_server, stop_reliably

    _prepare_run(args)
    stop_reliably()
    with api_server(ui_port=args.port) as url:
        from flows.extract import extract_events, make_task_runner

        flow = extract_events.with_options(
            task_runner=make_task_runner(args.task_runner, args.dask_address, args.workers))
        print(f"serving deployment {args.name!r} on cron {args.cron!r}; watch runs at {url.removesuffix('/api')} "
              "(Ctrl-C stops)", flush=True)
        flow.serve(name=args.name, cron=args.cron, parameters=_flow_kwargs(args))
    return EXIT["ok"]


def _server(args: argparse.Namespace) -> int:
    from pipeline.prefect_setup import (
        ServerFailed,
        background_url,
        configure_prefect,
        start_background,
        stop_background,
    )

    configure_prefect()
    if args.action == "start":
        print("starting the background Prefect server (5-60 s) ...", file=sys.stderr, flush=True)
        try:
            url = start_background(args.port)
        except ServerFailed as exc:
            raise UserError(str(exc), "server") from None
        print(f"Prefect server up: API {url}, UI {url.removesuffix('/api')}; runs use it until "
              "`python -m pipeline server stop`")
    elif args.action == "stop":
        print("stopped" if stop_background() else "no background server was running")
    else:
        url = background_url()
        print(f"running: {url}" if url else "not running")
    return EXIT["ok"]


def _tables(args: argparse.Namespace) -> int:
    from pipeline import reports

    if not args.output.is_dir():
        raise UserError(f"--output {args.output} does not exist: no runs yet")
    if args.command == "runs":
        print(reports.runs_report(args.output, args.last))
    else:
        target = args.to or args.output / "export"
        check_output(target)
        for path in reports.export_csv(args.output, target):
            print(path)
    return EXIT["ok"]


def _dashboard(args: argparse.Namespace) -> int:
    from pipeline.dashboard import launch

    return launch(args.output, args.port)


def _reference_report(path: Path, repeats: int) -> dict[str, Any]:
    """The repeated figures of an earlier `evaluate --json --repeats N` report, checked before any work."""
    if repeats < 2:
        raise UserError("--against needs --repeats N (2 or more), as the reference was made")
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"--against {path}: cannot read a JSON report ({exc})") from None
    reference = report.get("cv_repeated") if isinstance(report, dict) else None
    if not isinstance(reference, dict) or reference.get("repeats") != repeats:
        found = reference.get("repeats") if isinstance(reference, dict) else "no"
        raise UserError(f"--against {path}: not a report of `evaluate --json --repeats {repeats}` "
                        f"({found} repeats in it)")
    return reference


def _develop(args: argparse.Namespace) -> int:
    """`train` and `evaluate`: the development commands that read the shared gold corpora."""
    from pipeline.corpora import SharedMissing

    try:
        if args.command == "train":
            from pipeline import corpora
            from pipeline.train import train

            print(train(args.corpus or corpora.TRAINING, args.out))
            return EXIT["ok"]
        from pipeline.evaluate import evaluate, paired, render

        reference = _reference_report(args.against, args.repeats) if args.against else None
        report = evaluate(args.settings, with_valid=not args.no_valid, repeats=max(1, args.repeats))
        if reference is not None:
            report["paired"] = paired(report["cv_repeated"], reference)
    except SharedMissing as exc:
        raise UserError(str(exc)) from None
    print(json.dumps(report, indent=2) if args.json else render(report))
    return EXIT["ok"]


COMMANDS = {"run": _run, "watch": _watch, "serve": _serve, "server": _server, "runs": _tables, "export": _tables,
            "dashboard": _dashboard, "train": _develop, "evaluate": _develop}


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _os_error(exc: OSError) -> UserError:
    where = f" {exc.filename}" if exc.filename else ""
    advice = {28: "free some disk space", 13: "choose a folder you can write to",
              30: "choose a folder on a writable file system"}.get(exc.errno or 0, "check the path")
    return UserError(f"cannot write{where}: {exc.strerror or exc}; {advice}", "output")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("run", "watch"):
        signal.signal(signal.SIGTERM, _interrupt)  # a scheduler's SIGTERM stops like Ctrl-C: cleanly
        from pipeline.lifeline import exit_with_parent, parent_is

        if parent_is("uv"):  # `uv run` killed alone must not leave the run going on, holding the lock
            exit_with_parent()
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("stopped: the tables are as the last completed commit left them", file=sys.stderr)
        return EXIT["interrupted"]
    except OSError as exc:
        if args.debug:
            raise
        err = _os_error(exc)
        print(f"error: {err}", file=sys.stderr)
        return err.code
    except Exception as exc:  # noqa: BLE001  (the message, not the traceback, unless --debug)
        if args.debug:
            raise
        print(f"error: {type(exc).__name__}: {exc} (run again with --debug for the traceback)", file=sys.stderr)
        return EXIT["internal"]
