"""Command line: `python -m pipeline run|serve|train|evaluate`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from pipeline import paths
from pipeline.ingest import DEFAULT_MAX_BYTES


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m pipeline", description=(
        "Extract vaccine-supply events from raw articles into Parquet tables and a DuckDB file."))
    sub = ap.add_subparsers(dest="command", required=True)

    def add_run_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--input", type=Path, default=paths.DEFAULT_INPUT,
                       help="folder of *.txt articles (searched recursively), with optional NAME.meta.json "
                            "beside each (default: %(default)s)")
        p.add_argument("--output", type=Path, default=paths.DEFAULT_OUTPUT,
                       help="folder for documents/mentions/events/runs .parquet and events.duckdb "
                            "(default: %(default)s)")
        p.add_argument("--full", action="store_true",
                       help="reprocess every document, even those already processed by this pipeline version")
        p.add_argument("--batch-size", type=int, default=100,
                       help="documents per Prefect task (default: %(default)s)")
        p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                       help="larger files are recorded as failed, not read (default: %(default)s)")
        p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                       help="processes that parse in parallel: spaCy n_process per batch with the thread "
                            "runner, Dask workers with --task-runner dask (default: %(default)s)")
        p.add_argument("--task-runner", choices=("thread", "dask"), default="thread",
                       help="run batches in this process (thread) or on a Dask cluster (default: %(default)s)")
        p.add_argument("--dask-address", default=None,
                       help="scheduler address of an existing Dask cluster (default: start a local one); "
                            "its workers must see the input paths")
        p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                       help="if another run holds the output folder, wait this long before giving up "
                            "(default: %(default)s)")

    run = sub.add_parser("run", help="process new or changed articles once and print a summary")
    add_run_options(run)
    run.add_argument("--files", nargs="+", type=Path, default=None,
                     help="process just these files instead of the --input folder")

    serve = sub.add_parser("serve", help="serve the flow as a Prefect deployment on a cron schedule")
    add_run_options(serve)
    serve.add_argument("--cron", default="0 * * * *", help="cron schedule (default: %(default)s)")
    serve.add_argument("--name", default="vaccine-events-scheduled", help="deployment name (default: %(default)s)")
    serve.add_argument("--port", type=int, default=4200,
                       help="without PREFECT_API_URL, start a Prefect server with its UI on this port "
                            "(default: %(default)s)")

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
    return ap


def _flow_kwargs(args: argparse.Namespace) -> dict:
    thread = args.task_runner == "thread"
    files = [str(f) for f in args.files] if getattr(args, "files", None) else None
    return {
        "input_dir": None if files else str(args.input), "output_dir": str(args.output), "files": files,
        "full": args.full, "batch_size": args.batch_size, "max_bytes": args.max_bytes,
        "n_process": args.workers if thread else 1, "wait_seconds": args.wait, "task_runner_name": args.task_runner,
    }


def _serve(args: argparse.Namespace) -> int:
    """Serve the flow on a schedule; schedules need a real Prefect server, so start one when none is set."""
    from contextlib import nullcontext

    from pipeline.prefect_setup import local_server, stop_reliably

    stop_reliably()
    api_url = os.environ.get("PREFECT_API_URL")
    server = nullcontext(api_url) if api_url else local_server(args.port)
    with server as url:
        os.environ["PREFECT_API_URL"] = url
        from flows.extract import extract_events, make_task_runner

        flow = extract_events.with_options(
            task_runner=make_task_runner(args.task_runner, args.dask_address, args.workers))
        ui = url.removesuffix("/api")
        print(f"serving deployment {args.name!r} on cron {args.cron!r}; watch runs at {ui} (Ctrl-C stops)",
              flush=True)
        flow.serve(name=args.name, cron=args.cron, parameters=_flow_kwargs(args))
    return 0


def _develop(args: argparse.Namespace) -> int:
    """`train` and `evaluate`: the development commands that read the shared gold corpora."""
    from pipeline.corpora import SharedMissing

    try:
        if args.command == "train":
            from pipeline import corpora
            from pipeline.train import train

            print(train(args.corpus or corpora.TRAINING, args.out))
            return 0
        from pipeline.evaluate import evaluate, render

        report = evaluate(args.settings, with_valid=not args.no_valid)
    except SharedMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("train", "evaluate"):
        return _develop(args)

    from pipeline.prefect_setup import configure_prefect

    configure_prefect()
    args.output.mkdir(parents=True, exist_ok=True)
    if args.command == "serve":
        return _serve(args)
    from flows.extract import extract_events, make_task_runner
    from pipeline.store import OutputLock, RunLocked

    flow = extract_events.with_options(task_runner=make_task_runner(args.task_runner, args.dask_address, args.workers))
    try:  # fail fast, before Prefect starts, when another run holds the folder
        with OutputLock(args.output, wait_seconds=args.wait):
            pass
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    started = time.monotonic()
    from pipeline.prefect_setup import uses_temporary_server

    if uses_temporary_server():
        print("starting Prefect's temporary server (10-60 s; the first run on a new machine creates its "
              "database; set PREFECT_API_URL to use a running server instead)", file=sys.stderr, flush=True)
    try:
        summary = flow(**_flow_kwargs(args))
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"documents read {summary['documents_read']}, skipped {summary['skipped']}, "
          f"failed {summary['failed']}, events written {summary['events_written']} "
          f"({summary['events_total']} in table), {time.monotonic() - started:.1f} s -> {args.output}")
    return 0
