"""Throughput of the pipeline against bare spaCy on the same texts.

Run: uv run python bench/throughput.py --docs 2000

Builds N distinct documents from the shipped texts in raw/ (and ../shared/corpus/dev when present),
then, in this one process and one after the other, times
  (a) bare `nlp.pipe` of en_core_web_sm with every component on, at n_process 1 and 2 (best kept), and
  (b) the full pipeline end to end: files in, Prefect flow, tables out (best of --repeat runs),
and prints documents/s, tokens/s and peak memory (this process and its children) of each. The last
line is the throughput ratio: pipeline documents/s divided by bare spaCy documents/s.

The flow runs against the Prefect server a `pipeline run` gets (`prefect_setup.api_server`: the one of
`PREFECT_API_URL` or `pipeline server start`, else its own for the run). That server and the parser pool
start once per process; that start-up is measured on a one-document warm-up run and reported on its own
line, outside the timed run.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.prefect_setup import configure_prefect  # noqa: E402

configure_prefect()

GiB = 1024**3


class PeakMemory:
    """Peak resident memory of this process plus all its children, sampled every 50 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            time.sleep(0.05)

    def __enter__(self) -> "PeakMemory":
        self.peak = self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def source_texts(dev: Path | None) -> list[str]:
    paths = sorted((REPO / "raw").glob("*.txt"))
    if dev is not None and dev.is_dir():
        paths += sorted(dev.glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def build_corpus(texts: list[str], n: int, seed: int = 7) -> list[str]:
    """N documents, none repeating exactly: paragraphs of a source text, shuffled, with a dateline."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        paras = [p for p in re.split(r"\n\s*\n", texts[i % len(texts)]) if p.strip()]
        head, rest = paras[:1], paras[1:]
        rng.shuffle(rest)
        docs.append(f"Dispatch {i} from the archive.\n\n" + "\n\n".join(head + rest) + "\n")
    return docs


@contextmanager
def timed() -> Iterator[Callable[[], float]]:
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def bench_spacy(docs: list[str]) -> tuple[float, int, int, dict[int, float]]:
    import spacy

    from pipeline.nlp import MODEL

    nlp = spacy.load(MODEL)  # every component on
    tokens = 0
    seconds: dict[int, float] = {}
    peak = 0
    for n_process in (1, 2):
        with PeakMemory() as mem, timed() as elapsed:
            count = 0
            for doc in nlp.pipe(docs, batch_size=64, n_process=n_process):
                count += len(doc)
        seconds[n_process] = elapsed()
        peak = max(peak, mem.peak)
        tokens = count
        print(f"  bare spaCy n_process={n_process}: {len(docs) / seconds[n_process]:.1f} docs/s", flush=True)
    return min(seconds.values()), tokens, peak, seconds


def bench_pipeline(docs: list[str], workdir: Path, workers: int, batch_size: int,
                   repeat: int) -> tuple[float, float, int]:
    from pipeline.prefect_setup import api_server

    started = time.perf_counter()
    with api_server(announce=False):
        server_s = time.perf_counter() - started
        from flows.extract import extract_events, make_task_runner  # Prefect reads its settings on import

        best, warm_s, peak = _bench_flow(extract_events.with_options(task_runner=make_task_runner("thread")), docs,
                                         workdir, workers, batch_size, repeat)
    return best, server_s + warm_s, peak


def _bench_flow(flow: Callable[..., dict], docs: list[str], workdir: Path, workers: int, batch_size: int,
                repeat: int) -> tuple[float, float, int]:
    warm_in, warm_out = workdir / "warm_in", workdir / "warm_out"
    warm_in.mkdir()
    for i in range(2 * workers):  # enough documents to start every parser process of the pool
        (warm_in / f"warm{i}.txt").write_text(f"Ghana received {i + 1}00,000 doses of the AstraZeneca vaccine.\n")
    with timed() as startup:
        flow(input_dir=str(warm_in), output_dir=str(warm_out), n_process=workers, batch_size=batch_size)
    corpus, out = workdir / "corpus", workdir / "out"
    corpus.mkdir()
    for i, text in enumerate(docs):
        (corpus / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
    best, peak = float("inf"), 0
    for attempt in range(repeat):  # a fresh output folder each time, so nothing is skipped
        with PeakMemory() as mem, timed() as elapsed:
            summary = flow(input_dir=str(corpus), output_dir=str(out / str(attempt)), n_process=workers,
                           batch_size=batch_size)
        assert summary["documents_read"] == len(docs), summary
        best, peak = min(best, elapsed()), max(peak, mem.peak)
        print(f"  pipeline run {attempt + 1}: {len(docs) / elapsed():.1f} docs/s", flush=True)
    return best, startup(), peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="number of documents (default: %(default)s)")
    ap.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "corpus" / "dev",
                    help="extra source texts when the folder exists (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="pipeline parser processes")
    ap.add_argument("--batch-size", type=int, default=250, help="documents per Prefect task")
    ap.add_argument("--repeat", type=int, default=2, help="pipeline runs, best kept (default: %(default)s)")
    ap.add_argument("--no-latency", action="store_true", help="skip the latency figures of bench/latency.py")
    ap.add_argument("--unchanged-docs", type=int, default=10_000, help="documents of the unchanged rerun")
    args = ap.parse_args()

    texts = source_texts(args.dev)
    docs = build_corpus(texts, args.docs)
    assert len(set(docs)) == len(docs)
    print(f"corpus: {len(docs)} documents from {len(texts)} source texts, "
          f"{sum(map(len, docs)) / 1e6:.1f} M characters", flush=True)

    spacy_s, tokens, spacy_peak, _ = bench_spacy(docs)
    workdir = Path(tempfile.mkdtemp(prefix="vaccine-bench-"))
    try:
        pipe_s, startup_s, pipe_peak = bench_pipeline(docs, workdir, args.workers, args.batch_size, args.repeat)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    n = len(docs)
    print(f"bare spaCy (best of n_process 1, 2): {n / spacy_s:8.1f} docs/s {tokens / spacy_s:10.0f} tokens/s "
          f"peak {spacy_peak / GiB:.2f} GiB  ({spacy_s:.1f} s)")
    print(f"pipeline end to end (best of {args.repeat}): {n / pipe_s:8.1f} docs/s {tokens / pipe_s:10.0f} tokens/s "
          f"peak {pipe_peak / GiB:.2f} GiB  ({pipe_s:.1f} s)")
    print(f"one-off start-up (Prefect server, parser pool), not in the timed run: {startup_s:.1f} s")
    if not args.no_latency:
        from bench.latency import report

        for line in report(args.unchanged_docs):
            print(line, flush=True)
    print(f"throughput ratio (pipeline / bare spaCy docs/s): {spacy_s / pipe_s:.2f}")


if __name__ == "__main__":
    main()
