"""The command line as users run it: real subprocesses, real Prefect, killed mid-run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import store
from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _cli(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600, **kw)  # type: ignore[call-overload]


def _corpus(tmp_path: Path, n: int) -> Path:
    """`n` distinct articles made from the shipped sample (a line of their own keeps hashes apart)."""
    target = tmp_path / "corpus"
    target.mkdir(exist_ok=True)
    seeds = sorted((REPO / "raw").glob("*.txt"))
    for i in range(n):
        src = seeds[i % len(seeds)]
        (target / f"{i:04d}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n",
                                                    encoding="utf-8")
    return target


def test_help_explains_every_option() -> None:
    result = _cli("run", "--help")
    assert result.returncode == 0
    for option in ("--input", "--output", "--files", "--full", "--batch-size", "--max-bytes", "--workers",
                   "--task-runner", "--dask-address", "--wait"):
        assert option in result.stdout


def test_run_prints_summary_and_no_traceback(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(REPO / "raw", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = _cli("run", "--input", str(src), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "documents read 6, skipped 0, failed 2, events written" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert "processed 6/6 documents" in result.stdout + result.stderr
    files = _cli("run", "--files", str(src / "empty.txt"), "--output", str(out))
    assert files.returncode == 0 and "documents read 1" in files.stdout


def test_second_run_on_locked_output_exits_with_message(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with store.OutputLock(out):
        started = time.monotonic()
        result = _cli("run", "--input", str(REPO / "raw"), "--output", str(out))
        assert time.monotonic() - started < 30
    assert result.returncode == 3
    assert "another run is writing to" in result.stderr


def test_killed_run_leaves_previous_tables_and_rerun_finishes_without_duplicates(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 8)
    out = tmp_path / "out"
    assert _cli("run", "--input", str(corpus), "--output", str(out)).returncode == 0
    before = store.read_table(out, "events")
    _corpus(tmp_path, 120)  # 112 new articles
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input", str(corpus), "--output", str(out),
                             "--batch-size", "10"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    assert proc.stdout is not None
    for line in proc.stdout:  # kill it in the middle of processing
        if "processed" in line and "/112 documents" in line:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    after_kill = store.read_table(out, "events")
    assert sorted(after_kill["event_id"]) == sorted(before["event_id"])
    assert len(store.read_table(out, "documents")) == 8

    rerun = _cli("run", "--input", str(corpus), "--output", str(out))
    assert rerun.returncode == 0, rerun.stderr
    assert "documents read 112, skipped 8" in rerun.stdout
    events = store.read_table(out, "events")
    assert not events["event_id"].duplicated().any()
    fresh = tmp_path / "fresh"
    assert _cli("run", "--input", str(corpus), "--output", str(fresh)).returncode == 0
    assert sorted(events["event_id"]) == sorted(store.read_table(fresh, "events")["event_id"])


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_runs_the_flow_on_its_schedule(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5"}
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "serve.log"
    with log.open("w") as sink:  # a file, not a pipe: a full pipe would block the server's logging
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--cron", "* * * * *", "--input",
                                 str(REPO / "raw"), "--output", str(out), "--port", str(_free_port())], cwd=REPO,
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
