"""Latencies users feel: a new file in the watcher, a one-shot run of one file, an unchanged rerun.

Run: uv run python bench/latency.py [--unchanged-docs 10000] [--unchanged-pages 2000] [--only-unchanged]   (also run by bench/throughput.py)

- watch: `pipeline watch` is started on an empty folder; 20 files are dropped one at a time and each is
  timed until its row is in the committed `documents.parquet` (p50 / p95 / max).
- one-shot: `pipeline run --files one.txt` wall time, with the background server of `pipeline server
  start` up (as the README recommends for ad hoc runs).
- unchanged rerun: `pipeline run` over N text files, and over M web pages, that the tables already hold
  with this pipeline version (the committed state is written directly: processing 10,000 files first
  would take minutes). `--only-unchanged` runs just these two.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import store  # noqa: E402
from pipeline.ingest import read_documents  # noqa: E402
from pipeline.version import pipeline_version  # noqa: E402

ARTICLE = "{i}: Ghana received {n},000 doses of the AstraZeneca vaccine from COVAX on Wednesday, officials said.\n"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=900, check=True)


def watch_latency(work: Path, files: int = 20) -> list[float]:
    inp, out = work / "watch_in", work / "watch_out"
    inp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "watch", "--input", str(inp), "--output", str(out)],
                            cwd=REPO, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "watching" in line:
            break
    lat = []
    try:
        for i in range(files):
            path = inp / f"a{i:02d}.txt"
            started = time.monotonic()
            path.write_text(ARTICLE.format(i=i, n=100 + i), encoding="utf-8")
            while True:
                try:
                    if str(path) in pq.read_table(out / "documents.parquet", columns=["source_path"]).column(0).to_pylist():
                        break
                except (OSError, ValueError):
                    pass
                time.sleep(0.02)
            lat.append(time.monotonic() - started)
    finally:
        proc.terminate()
        proc.wait(60)
    return sorted(lat)


def one_shot(work: Path) -> float:
    inp, out = work / "one_in", work / "one_out"
    inp.mkdir()
    (inp / "warm.txt").write_text(ARTICLE.format(i="w", n=1), encoding="utf-8")
    _cli("run", "--input", str(inp), "--output", str(out))  # tables exist, as for a user's ad hoc run
    (inp / "one.txt").write_text(ARTICLE.format(i=1, n=2), encoding="utf-8")
    started = time.monotonic()
    _cli("run", "--input", str(inp), "--output", str(out), "--files", str(inp / "one.txt"))
    return time.monotonic() - started


PAGE = ("<html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Story {i}</h1><p>{text}</p><p>Officials said more doses would follow next month, and the "
        "ministry thanked its partners.</p></article><footer>Cookies. Share on Twitter.</footer></body></html>")


def unchanged_rerun(work: Path, n: int, kind: str = "txt") -> float:
    """Wall time of `pipeline run` over `n` files (`txt` or `html` pages) that the tables already hold."""
    inp, out = work / f"same_{kind}_in", work / f"same_{kind}_out"
    inp.mkdir()
    rows = []
    for i in range(n):
        path = inp / f"doc{i:06d}.{kind}"
        text = ARTICLE.format(i=i, n=i)
        path.write_text(text if kind == "txt" else PAGE.format(i=i, text=text), encoding="utf-8")
        doc = read_documents(path, inp)[0]  # the row a run would have written
        rows.append({"doc_id": doc.doc_id, "source_path": str(path), "article": doc.article, "source": None,
                     "title": None, "published": None, "url": None, "n_chars": len(doc.text), "n_events": 1,
                     "status": doc.status, "error": doc.error, "pipeline_version": pipeline_version(),
                     "run_id": "bench", "file_hash": doc.file_hash})
    store.write_table(out, "documents", pd.DataFrame(rows))
    started = time.monotonic()
    result = _cli("run", "--input", str(inp), "--output", str(out))
    seconds = time.monotonic() - started
    assert f"unchanged {n}" in result.stdout, result.stdout
    return seconds


def report(unchanged_docs: int = 10_000, unchanged_pages: int = 2_000) -> list[str]:
    """The three latencies as printable lines."""
    work = Path(tempfile.mkdtemp(prefix="vaccine-latency-"))
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect"))
    try:
        _cli("server", "start")
        try:
            lat = watch_latency(work)
            shot = one_shot(work)
        finally:
            _cli("server", "stop")
        same = unchanged_rerun(work, unchanged_docs)
        pages = unchanged_rerun(work, unchanged_pages, "html")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [f"watch: new file to committed row p50 {lat[len(lat) // 2]:.2f} s, p95 {lat[int(0.95 * len(lat)) - 1]:.2f} s, "
            f"max {lat[-1]:.2f} s over {len(lat)} files",
            f"one-shot `run --files one.txt` with the background server up: {shot:.1f} s wall",
            f"unchanged rerun of {unchanged_docs} documents: {same:.1f} s wall",
            f"unchanged rerun of {unchanged_pages} web pages: {pages:.1f} s wall"]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unchanged-docs", type=int, default=10_000)
    ap.add_argument("--unchanged-pages", type=int, default=2_000)
    ap.add_argument("--only-unchanged", action="store_true", help="just the two unchanged reruns")
    a = ap.parse_args()
    if a.only_unchanged:
        with tempfile.TemporaryDirectory(prefix="vaccine-latency-") as tmp:
            print(f"unchanged rerun of {a.unchanged_docs} documents: {unchanged_rerun(Path(tmp), a.unchanged_docs):.1f} s wall")
            print(f"unchanged rerun of {a.unchanged_pages} web pages: "
                  f"{unchanged_rerun(Path(tmp), a.unchanged_pages, 'html'):.1f} s wall")
        sys.exit(0)
    for line in report(a.unchanged_docs, a.unchanged_pages):
        print(line, flush=True)
