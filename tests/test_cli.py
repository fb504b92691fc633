"""The command line as users run it: real subprocesses, real Prefect, killed mid-run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest

from pipeline import store
from pipeline.prefect_setup import free_port
from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _using(api: str) -> dict[str, str]:
    """The environment of a run that uses the running Prefect server at `api` instead of one of its own."""
    return {**os.environ, "PREFECT_API_URL": api}


def _cli(*args: str, api: str | None = None, **kw: object) -> subprocess.CompletedProcess[str]:
    """Run the command line; `api`: the URL of a running Prefect server to use instead of a run's own."""
    if api:
        kw["env"] = _using(api)
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600, **kw)  # type: ignore[call-overload]


def _corpus(tmp_path: Path, n: int) -> Path:
    """`n` distinct articles made from the news reports of the shipped sample (a line of their own keeps hashes
    apart; the long report, ten times their size, would make most of the parsing)."""
    target = tmp_path / "corpus"
    target.mkdir(exist_ok=True)
    seeds = [p for p in sorted((REPO / "raw").glob("*.txt")) if p.stat().st_size < 10_000]
    for i in range(n):
        src = seeds[i % len(seeds)]
        (target / f"{i:04d}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n",
                                                    encoding="utf-8")
    return target


def test_help_explains_every_option() -> None:
    result = _cli("run", "--help")
    assert result.returncode == 0
    for option in ("--input", "--output", "--files", "--full", "--prune", "--batch-size", "--max-mib", "--workers",
                   "--task-runner", "--dask-address", "--wait", "--verbose", "--strict"):
        assert option in result.stdout


def test_run_prints_summary_and_no_traceback(tmp_path: Path, prefect_api_url: str) -> None:
    src = tmp_path / "in"
    shutil.copytree(REPO / "raw", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = _cli("run", "--input", str(src), "--output", str(out), api=prefect_api_url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("documents read 6, unchanged 0, failed 2, removed 0, events written")
    assert lines[1].startswith("failed: ") and "empty.txt: empty file" in lines[1] and "binary.txt" in lines[1]
    assert "Traceback" not in result.stdout + result.stderr
    assert "processed 6/6 files" in result.stderr
    assert "Finished in state" not in result.stderr and "Beginning flow run" not in result.stderr  # no --verbose
    (src / "blank.txt").write_bytes(b"\n\n")
    strict = _cli("run", "--files", str(src / "blank.txt"), "--input", str(src), "--output", str(out), "--strict",
                  api=prefect_api_url)
    assert strict.returncode == 5 and "documents read 1" in strict.stdout
    again = _cli("run", "--input", str(src), "--output", str(out))  # bad files that did not change are not retried
    assert again.returncode == 0 and "unchanged 7" in again.stdout and "starting a Prefect" not in again.stderr


def test_second_run_on_locked_output_exits_with_message(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with store.OutputLock(out):
        started = time.monotonic()
        result = _cli("run", "--input", str(REPO / "raw"), "--output", str(out))
        assert time.monotonic() - started < 30
    assert result.returncode == 3
    assert "another run is writing to" in result.stderr


def test_killed_run_leaves_previous_tables_and_rerun_finishes_without_duplicates(tmp_path: Path,
                                                                                 prefect_api_url: str) -> None:
    corpus = _corpus(tmp_path, 8)
    out = tmp_path / "out"
    assert _cli("run", "--input", str(corpus), "--output", str(out), api=prefect_api_url).returncode == 0
    before = store.read_table(out, "events")
    _corpus(tmp_path, 40)  # 32 new articles
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input", str(corpus), "--output", str(out),
                             "--batch-size", "4"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    assert proc.stdout is not None
    for line in proc.stdout:  # kill it in the middle of processing: the main process alone, as a scheduler does
        if "processed" in line and "/32 files" in line:
            break
    ours = psutil.Process(proc.pid).children(recursive=True)  # its Prefect server and parser workers
    assert ours
    proc.kill()
    proc.wait()
    gone, alive = psutil.wait_procs(ours, timeout=30)
    assert not alive, f"left running: {[p.cmdline() for p in alive]}"
    after_kill = store.read_table(out, "events")
    assert sorted(after_kill["event_id"]) == sorted(before["event_id"])
    assert len(store.read_table(out, "documents")) == 8

    rerun = _cli("run", "--input", str(corpus), "--output", str(out), api=prefect_api_url)
    assert rerun.returncode == 0, rerun.stderr
    assert "documents read 32, unchanged 8" in rerun.stdout
    assert not list(out.glob(".*.tmp")) and len(list((out / ".snapshots").iterdir())) == 1
    events = store.read_table(out, "events")
    assert not events["event_id"].duplicated().any()
    fresh = tmp_path / "fresh"
    assert _cli("run", "--input", str(corpus), "--output", str(fresh), api=prefect_api_url).returncode == 0
    assert sorted(events["event_id"]) == sorted(store.read_table(fresh, "events")["event_id"])


def test_serve_runs_the_flow_on_its_schedule(tmp_path: Path) -> None:
    out = tmp_path / "out"
    # (the scheduler and the runner look for due runs every 5 and 2 s, not 60 and 10: the run starts sooner after its
    # minute, which the cron still sets)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
           "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "serve.log"
    with log.open("w") as sink:  # a file, not a pipe: a full pipe would block the server's logging
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--cron", "* * * * *", "--input",
                                 str(REPO / "raw"), "--output", str(out), "--port", str(free_port())], cwd=REPO,
                                env=env, stdout=sink, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline and not (out / "runs.parquet").exists():
                time.sleep(2)
            assert (out / "runs.parquet").exists(), "no scheduled run within 4 minutes"
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
    assert "watch runs at http://127.0.0.1:" in log.read_text()
    assert store.read_table(out, "runs")["n_new"].tolist()[0] == 4


@pytest.mark.parametrize(("case", "code", "message"), [
    ("missing_input", 2, "--input {tmp}/nowhere does not exist"),
    ("output_is_file", 2, "is a file, not a folder"),
    ("output_under_file", 2, "which is a file"),
    ("missing_files", 2, "no such file: {tmp}/a.txt"),
])
def test_mistakes_get_one_line_at_once_and_create_nothing(tmp_path: Path, case: str, code: int, message: str) -> None:
    (tmp_path / "afile").write_text("x")
    args = {"missing_input": ["--input", str(tmp_path / "nowhere"), "--output", str(tmp_path / "out")],
            "output_is_file": ["--input", str(REPO / "raw"), "--output", str(tmp_path / "afile")],
            "output_under_file": ["--input", str(REPO / "raw"), "--output", str(tmp_path / "afile" / "out")],
            "missing_files": ["--files", str(tmp_path / "a.txt"), "--output", str(tmp_path / "out")]}[case]
    started = time.monotonic()
    result = _cli("run", *args)
    assert time.monotonic() - started < 15  # no retries, no server
    assert result.returncode == code
    assert result.stderr.strip().splitlines() == [f"error: {message.format(tmp=tmp_path)}"] or \
        (len(result.stderr.strip().splitlines()) == 1 and message.format(tmp=tmp_path) in result.stderr)
    assert not (tmp_path / "out").exists()


def test_an_edited_article_replaces_its_rows_and_prune_drops_deleted_ones(tmp_path: Path, prefect_api_url: str) -> None:
    src = tmp_path / "in"
    shutil.copytree(REPO / "raw", src)
    out = tmp_path / "out"
    assert _cli("run", "--input", str(src), "--output", str(out), api=prefect_api_url).returncode == 0
    docs = store.read_table(out, "documents")
    first, second = sorted(src.glob("*.txt"))[:2]
    old_id = docs.loc[docs["article"] == first.name, "doc_id"].item()
    first.write_text(first.read_text(encoding="utf-8") + "\nKenya received 880,000 doses from COVAX.\n", encoding="utf-8")
    second.unlink()
    edited = _cli("run", "--input", str(src), "--output", str(out), api=prefect_api_url)
    assert edited.returncode == 0 and "documents read 1" in edited.stdout
    docs = store.read_table(out, "documents")
    assert old_id not in set(docs["doc_id"]) and docs["article"].tolist().count(first.name) == 1
    assert old_id not in set(store.read_table(out, "events")["doc_id"])
    assert second.name in set(docs["article"])  # without --prune a deleted file's rows stay
    pruned = _cli("run", "--input", str(src), "--output", str(out), "--prune", api=prefect_api_url)
    assert pruned.returncode == 0 and "removed 1" in pruned.stdout
    docs = store.read_table(out, "documents")
    assert second.name not in set(docs["article"])
    assert set(store.read_table(out, "events")["doc_id"]) <= set(docs["doc_id"])


def test_watch_commits_new_files_and_deletions_waits_for_other_writers_and_stops_on_sigterm(
        tmp_path: Path, prefect_api_url: str) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "watch", "--input", str(src), "--output", str(out)],
                            cwd=REPO, stderr=subprocess.PIPE, text=True,
                            env=_using(prefect_api_url))
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "watching" in line:
                break

        def rows() -> set[str]:
            try:
                return set(store.read_table(out, "documents")["article"])
            except Exception:  # noqa: BLE001  (not committed yet)
                return set()

        def wait_for(check: object) -> None:
            deadline = time.monotonic() + 60
            while not check():  # type: ignore[operator]
                assert time.monotonic() < deadline, "the watcher did not commit within 60 s"
                time.sleep(0.1)

        (src / "a.txt").write_text("Ghana received 600,000 doses of AstraZeneca from COVAX on Wednesday.\n")
        wait_for(lambda: "a.txt" in rows())
        (src / "a.txt").unlink()
        wait_for(lambda: "a.txt" not in rows())
        # a scheduled run holds the folder: the watcher's batch waits for it. The run itself waits for the
        # watcher's last batch to let go: its rows show as soon as the commit renames the snapshot, a moment
        # before the flow releases the lock (under load the run could otherwise find it still held)
        with store.OutputLock(out, wait_seconds=60):
            (src / "b.txt").write_text("Kenya received 880,000 doses of AstraZeneca from COVAX.\n")
            time.sleep(3)
            assert "b.txt" not in rows()
        wait_for(lambda: "b.txt" in rows())
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 130
    assert not list(out.glob(".*.tmp")) and len(list((out / ".snapshots").iterdir())) == 1


# "ready" is printed inside the try: a signal that came between the print and the try raised KeyboardInterrupt
# uncaught, and Python then ends by SIGINT (-2), not by stop_reliably's 130 (1 of 3 fresh-clone runs)
SWALLOWS_INTERRUPTS = """
import time
from pipeline.prefect_setup import stop_reliably
stop_reliably(grace=1.0)
while True:
    try:
        print("ready", flush=True)
        while True:
            time.sleep(60)
    except KeyboardInterrupt:
        pass  # as Prefect's runner may, while a flow run is finishing
"""


def test_a_swallowed_sigterm_still_stops_serve_and_watch() -> None:
    # `serve` and `watch` call stop_reliably: the first signal raises KeyboardInterrupt, and a process still alive
    # after the grace period exits with 130 all the same
    proc = subprocess.Popen([sys.executable, "-c", SWALLOWS_INTERRUPTS], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 130
    finally:
        proc.kill()


def test_runs_and_export_commands(tmp_path: Path, prefect_api_url: str) -> None:
    out = tmp_path / "out"
    assert _cli("runs", "--output", str(out)).returncode == 2
    src = tmp_path / "in"
    shutil.copytree(REPO / "raw", src)
    (src / "empty.txt").write_bytes(b"")
    assert _cli("run", "--input", str(src), "--output", str(out), api=prefect_api_url).returncode == 0
    listing = _cli("runs", "--output", str(out))
    assert listing.returncode == 0 and "failed " in listing.stdout and "empty.txt: empty file" in listing.stdout
    export = _cli("export", "--format", "csv", "--output", str(out))
    assert export.returncode == 0
    events = pd.read_csv(out / "export" / "events.csv", encoding="utf-8-sig")
    assert len(events) == len(store.read_table(out, "events")) and not events["provider"].fillna("").str.startswith("[").any()


def _events_by_content(out: Path) -> pd.DataFrame:
    cols = ["event_id", "event_type", "status", "quantity", "evidence", "confidence"]
    return store.read_table(out, "events")[cols].sort_values("event_id").reset_index(drop=True)


def test_dask_local_cluster_outside_the_test_harness_matches_the_thread_run(tmp_path: Path,
                                                                           prefect_api_url: str) -> None:
    threads = _cli("run", "--input", str(REPO / "raw"), "--output", str(tmp_path / "threads"), api=prefect_api_url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}  # the Dask run's own server
    dask = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(REPO / "raw"), "--output",
                           str(tmp_path / "dask"), "--task-runner", "dask", "--workers", "2", "--batch-size", "2"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert threads.returncode == 0 and dask.returncode == 0, dask.stderr
    assert "distributed" not in dask.stderr  # Dask's own log lines only with --verbose
    pd.testing.assert_frame_equal(_events_by_content(tmp_path / "threads"), _events_by_content(tmp_path / "dask"))


_WORKER_LOGS_AN_ERROR = """
import logging, sys
if sys.argv[1] == "quiet":
    from pipeline.console import quiet_logs
    quiet_logs()
from distributed import Client, LocalCluster
with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
    with Client(cluster) as client:
        client.run(lambda: logging.getLogger("distributed.worker").error("heartbeat lost at close"))
        client.run(lambda: logging.getLogger("tornado.application").error("stream closed at close"))
"""


@pytest.mark.parametrize("mode, shown", [("quiet", False), ("verbose", True)])
def test_a_dask_workers_own_errors_reach_the_console_only_with_verbose(mode: str, shown: bool) -> None:
    # the race CI met once: a worker logs the scheduler's close as an error, which the console must not show
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DASK_LOGGING", "PREFECT_LOGGING"))}
    done = subprocess.run([sys.executable, "-c", _WORKER_LOGS_AN_ERROR, mode], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ("heartbeat lost at close" in done.stderr) is shown
    assert ("stream closed at close" in done.stderr) is shown


def test_dask_address_of_a_running_scheduler_and_worker(tmp_path: Path) -> None:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")},
           "PREFECT_HOME": str(tmp_path / "prefect")}
    port = free_port()
    started = subprocess.run([sys.executable, "-m", "pipeline", "server", "start", "--port", str(port)], cwd=REPO,
                             env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    dask_bin = Path(sys.executable).parent / "dask"
    sched_port = free_port()
    procs = [subprocess.Popen([str(dask_bin), "scheduler", "--host", "127.0.0.1", "--port", str(sched_port),
                               "--no-dashboard"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)]
    try:
        time.sleep(3)
        worker_env = {**env, "PREFECT_API_URL": f"http://127.0.0.1:{port}/api", "PYTHONPATH": str(REPO)}
        procs.append(subprocess.Popen([str(dask_bin), "worker", f"tcp://127.0.0.1:{sched_port}", "--nworkers", "1",
                                       "--nthreads", "1", "--no-dashboard"], cwd=REPO, env=worker_env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        time.sleep(5)
        result = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(REPO / "raw"), "--output",
                                 str(tmp_path / "remote"), "--task-runner", "dask", "--dask-address",
                                 f"tcp://127.0.0.1:{sched_port}", "--batch-size", "2"], cwd=REPO, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        assert "documents read 4" in result.stdout
        assert store.read_table(tmp_path / "remote", "runs")["task_runner"].tolist() == ["dask"]
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        subprocess.run([sys.executable, "-m", "pipeline", "server", "stop"], cwd=REPO, env=env, timeout=60)


def test_a_prefect_server_that_does_not_start_is_one_line_and_exit_4(tmp_path: Path) -> None:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")},
           "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "0.5"}
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(REPO / "raw"), "--output",
                             str(tmp_path / "out")], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 4
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: the Prefect server did not answer within") and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "events.parquet").exists()
