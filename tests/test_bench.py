"""Each benchmark runs, small, and prints what the README quotes (the timings themselves are not tested)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _bench(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    base = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # the bench starts its own server
    out = subprocess.run([sys.executable, str(REPO / "bench" / script), *args], cwd=REPO, capture_output=True,
                         text=True, timeout=600, env={**base, **(env or {})})
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_throughput_small(tmp_path: Path) -> None:
    out = _bench("throughput.py", "--docs", "12", "--repeat", "1", "--batch-size", "5", "--no-latency",
                 "--dev", str(tmp_path / "absent"),
                 env={"PREFECT_HOME": str(tmp_path / "prefect")})
    assert re.search(r"corpus: 12 documents from \d+ source texts", out)
    assert re.search(r"pipeline run 1: [\d.]+ docs/s", out)
    ratio = re.search(r"throughput ratio \(pipeline / bare spaCy docs/s\): ([\d.]+)", out)
    assert ratio and float(ratio.group(1)) > 0


def test_facts_link_small() -> None:
    out = _bench("facts_link.py", "--events", "3000")
    m = re.search(r"(\d+) events in (\d+) documents -> (\d+) facts \((\d+) across documents\)", out)
    assert m, out
    events, docs, facts, across = map(int, m.groups())
    assert events == 3000 and docs < events and facts < events and across > 0
    assert re.search(r"full relink [\d.]+ s, facts table [\d.]+ s", out)


def test_dashboard_small() -> None:
    out = _bench("dashboard.py", "--events", "2000")
    pages = re.findall(r"^(.+?)\s+first\s+[\d.]+ s\s+again\s+[\d.]+ s$", out, flags=re.M)
    assert [p.strip() for p in pages] == ["Overview", "World map", "Provider → recipient", "Events", "Document",
                                          "Runs"]


def test_latency_unchanged_small() -> None:
    out = _bench("latency.py", "--only-unchanged", "--unchanged-docs", "40", "--unchanged-pages", "20")
    assert re.search(r"unchanged rerun of 40 documents: [\d.]+ s wall", out)
    assert re.search(r"unchanged rerun of 20 web pages: [\d.]+ s wall", out)


def test_robustness_kill_small(tmp_path: Path) -> None:
    out = _bench("robustness.py", "kills", "--n", "1", "--docs", "8", env={"PREFECT_HOME": str(tmp_path / "prefect")})
    assert re.search(r"1 killed runs: 0 processes left, 0 with disagreeing tables; final run exit 0, documents "
                     r"identical to a fresh run, events identical, 0 temporary files left", out), out


def test_robustness_first_run_small() -> None:
    out = _bench("robustness.py", "first-runs", "--n", "1", "--busy", "1")
    assert "first runs on an empty PREFECT_HOME with 1 busy loops: 1 of 1 passed" in out, out
