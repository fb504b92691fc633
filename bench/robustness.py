"""Robustness figures of issue 13, measured the way users meet them.

  uv run python bench/robustness.py first-runs [--n 5] [--busy 2]
      N first runs, each on an empty PREFECT_HOME, with BUSY busy-loop processes loading the machine.
  uv run python bench/robustness.py kills [--n 10] [--docs 60]
      N runs over the same growing folder, each SIGKILLed (main process only) at a random moment; after
      each: processes of ours left, lock free, every table agreeing with every other. Then a final run,
      compared with a fresh run of the same folder: no document lost or duplicated.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import store  # noqa: E402


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          env=env, timeout=900)


def first_runs(n: int, busy: int) -> None:
    import os

    loops = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
    ok = 0
    try:
        for i in range(n):
            with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as out:
                env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
                env["PREFECT_HOME"] = home
                started = time.monotonic()
                result = _run(["run", "--input", "raw", "--output", out], env)
                ok += result.returncode == 0
                print(f"first run {i + 1}: exit {result.returncode}, {time.monotonic() - started:.1f} s"
                      + ("" if result.returncode == 0 else f"  {result.stderr.strip().splitlines()[-1]}"), flush=True)
    finally:
        for p in loops:
            p.kill()
    print(f"first runs on an empty PREFECT_HOME with {busy} busy loops: {ok} of {n} passed")


def _corpus(folder: Path, n: int) -> None:
    seeds = sorted((REPO / "raw").glob("*.txt"))
    for i in range(n):
        src = seeds[i % len(seeds)]
        (folder / f"{i:04d}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n",
                                                    encoding="utf-8")


def _agree(out: Path) -> list[str]:
    """Disagreements between the tables a reader can open."""
    problems = []
    docs, events = store.read_table(out, "documents"), store.read_table(out, "events")
    if not set(events["doc_id"]) <= set(docs["doc_id"]):
        problems.append("events without their document")
    if not set(docs["run_id"].dropna()) <= set(store.read_table(out, "runs")["run_id"]):
        problems.append("documents of a run runs.parquet does not have")
    if (out / "events.duckdb").exists():
        con = duckdb.connect(str(out / "events.duckdb"), read_only=True)
        for name in store.TABLE_FILES:
            if con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] != store.count_rows(out, name):
                problems.append(f"DuckDB {name} differs from its Parquet file")
        con.close()
    if docs["doc_id"].duplicated().any() or events["event_id"].duplicated().any():
        problems.append("duplicated rows")
    return problems


def kills(n: int, docs: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="vaccine-kills-"))
    inp, out = work / "in", work / "out"
    inp.mkdir()
    left_total, bad = 0, 0
    try:
        for i in range(n):
            _corpus(inp, docs * (i + 1) // n + 8)  # the folder grows, so every run has work
            proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input", str(inp), "--output",
                                     str(out), "--batch-size", "5"], cwd=REPO, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(1, 45))
            ours = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
            proc.kill()
            proc.wait()
            _, alive = psutil.wait_procs(ours, timeout=30)
            left_total += len(alive)
            for p in alive:
                p.kill()
            with store.OutputLock(out):
                problems = _agree(out)
            bad += bool(problems)
            print(f"kill {i + 1}: {len(ours)} children, {len(alive)} left after 30 s, tables: "
                  f"{'; '.join(problems) or 'agree'}", flush=True)
        final = _run(["run", "--input", str(inp), "--output", str(out)])
        fresh = _run(["run", "--input", str(inp), "--output", str(work / "fresh")])
        same = sorted(store.read_table(out, "documents")["doc_id"]) == sorted(
            store.read_table(work / "fresh", "documents")["doc_id"])
        same_events = sorted(store.read_table(out, "events")["event_id"]) == sorted(
            store.read_table(work / "fresh", "events")["event_id"])
        leftovers = list(out.glob(".*.tmp")) + [p for p in (out / ".snapshots").iterdir()][1:]
        print(f"{n} killed runs: {left_total} processes left, {bad} with disagreeing tables; final run exit "
              f"{final.returncode}, documents {'identical to' if same else 'DIFFERENT from'} a fresh run, events "
              f"{'identical' if same_events else 'DIFFERENT'}, {len(leftovers)} temporary files left")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("first-runs", "kills"))
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--busy", type=int, default=2)
    ap.add_argument("--docs", type=int, default=60)
    a = ap.parse_args()
    if a.what == "first-runs":
        first_runs(a.n or 5, a.busy)
    else:
        kills(a.n or 10, a.docs)
