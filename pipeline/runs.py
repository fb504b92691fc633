"""Runs: decide what to process (content hash + pipeline version), process batches, commit tables."""

from __future__ import annotations

import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from pipeline import store
from pipeline.ingest import DEFAULT_MAX_BYTES, read_documents, unchanged_file
from pipeline.ingest import discover as discover_folder

if TYPE_CHECKING:
    from pipeline.process import BatchResult

PARSE_CHUNK = 8  # documents per job of the parser pool, at least (the last jobs of a batch)
PARSE_CHUNK_MAX = 32  # and at most (the first ones): a job parses and decides its documents in one call each


@dataclass
class RunPlan:
    """What one run will do. `root` is the input folder that article paths are relative to."""

    run_id: str
    started: datetime
    version: str
    root: str | None = None
    to_process: list[str] = field(default_factory=list)
    skipped: int = 0
    duplicates: dict[str, str] = field(default_factory=dict)  # path -> path of the same content
    gone: list[str] = field(default_factory=list)  # files of committed documents that no longer exist (--prune)

    @property
    def nothing_to_do(self) -> bool:
        return not self.to_process and not self.gone


@dataclass
class RunSummary:
    """What one run did; also a row of `runs.parquet`."""

    run_id: str
    documents_read: int
    skipped: int
    failed: int
    events_written: int
    events_total: int
    seconds: float
    removed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, reason) of the failed documents

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def discover(input_dir: Path | None, files: list[Path] | None = None) -> list[Path]:
    """The article files of a folder (recursively), or the named files, in a stable order."""
    if files is not None:
        return sorted(dict.fromkeys(Path(f) for f in files))
    if input_dir is None or not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    return discover_folder(input_dir)


def plan_run(paths: list[Path], output_dir: Path, version: str, *, root: Path | None = None, full: bool = False,
             max_bytes: int = DEFAULT_MAX_BYTES, prune: bool = False, now: datetime | None = None) -> RunPlan:
    """Skip files whose documents were all processed with this pipeline version; process the rest.

    With `prune`, the committed documents whose files under `root` are gone are dropped by the commit.
    """
    plan = RunPlan(run_id=uuid.uuid4().hex[:12], started=now or datetime.now(timezone.utc), version=version,
                   root=str(root) if root else None)
    docs = store.read_table(output_dir, "documents")
    ours = docs[docs["pipeline_version"] == version] if not full else docs.iloc[:0]
    # a document is done when this version processed it, or failed to read it for the same reason it fails
    # now (an empty or oversized file is not read again until it changes); failures in processing are retried
    done = set(ours.loc[ours["status"] != "failed", "doc_id"]) | {
        f"{i}|{e}" for i, e in zip(ours.loc[ours["status"] == "failed", "doc_id"],
                                   ours.loc[ours["status"] == "failed", "error"])}
    seen: dict[str, str] = {}
    known = processed_files(ours)
    for path in paths:
        if (entry := known.get(str(path))) and unchanged_file(path, entry[0], max_bytes):
            seen.update((i, str(path)) for i in entry[1] if i not in seen)
            plan.skipped += 1  # same bytes as when this version processed them: not even decoded again
            continue
        read = read_documents(path, root, max_bytes)
        ids = [d.doc_id for d in read if d.ok]
        if ids and all(i in seen for i in ids):
            plan.duplicates[str(path)] = seen[ids[0]]
            continue
        seen.update((i, str(path)) for i in ids)
        if all((d.doc_id if d.ok else f"{d.doc_id}|{d.error}") in done for d in read):
            plan.skipped += 1
            continue
        plan.to_process.append(str(path))
    if prune and root is not None:
        plan.gone = gone_files(docs, root)
    return plan


def plan_inputs(input_dir: Path | None, files: list[Path] | None, output_dir: Path, version: str, *,
                full: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, prune: bool = False) -> RunPlan:
    """The plan for a folder of articles, or for just the named `files` (article names relative to the
    folder): what the command line and the flow both plan. Pruning looks at the whole folder only."""
    return plan_run(discover(input_dir, files), output_dir, version, root=input_dir, full=full,
                    max_bytes=max_bytes, prune=prune and files is None)


def processed_files(docs: pd.DataFrame) -> dict[str, tuple[str, list[str]]]:
    """File -> (digest of its bytes, its documents) for the files whose every document `docs` holds as
    processed from one known content; files with a failed document are read again, as failures in
    processing are retried."""
    if docs.empty:
        return {}
    out: dict[str, tuple[str, list[str]]] = {}
    for source, rows in docs.groupby("source_path", sort=False):
        digests = set(rows["file_hash"].fillna(""))
        if len(digests) == 1 and "" not in digests and not (rows["status"] == "failed").any():
            out[str(source)] = (digests.pop(), rows["doc_id"].tolist())
    return out


def gone_files(docs: pd.DataFrame, root: Path) -> list[str]:
    """Files of committed documents, under `root`, that no longer exist."""
    top = str(root.absolute())
    files = {p for p in docs["source_path"].unique() if str(Path(p).absolute()).startswith(top)}
    return sorted(p for p in files if not os.path.lexists(p))


def still_gone(paths: list[str]) -> set[str]:
    """Those of `paths` that do not exist (a file the watcher saw deleted may be back already)."""
    return {p for p in paths if not os.path.lexists(p)}


def batches(items: list[str], size: int) -> list[list[str]]:
    """Split a list into consecutive batches of at most `size`."""
    size = max(1, size)
    return [items[i:i + size] for i in range(0, len(items), size)]


def guided_batches(items: list[str], workers: int) -> list[list[str]]:
    """Consecutive batches for `workers` that take them as they free up, large first and smaller as the
    list runs out (each a share of what is left, between `PARSE_CHUNK` and `PARSE_CHUNK_MAX`): large
    ones parse and decide faster, small ones at the end leave no core idle long while another finishes."""
    out, start = [], 0
    while start < len(items):
        size = min(PARSE_CHUNK_MAX, max(PARSE_CHUNK, -(-(len(items) - start) // (2 * workers))))
        out.append(items[start:start + size])
        start += size
    return out


def _process_chunk(job: tuple[list[str], str, str | None, int]) -> BatchResult:
    from pipeline.nlp import get_nlp
    from pipeline.process import process_documents

    paths, version, root, max_bytes = job
    raws = [d for p in paths for d in read_documents(Path(p), Path(root) if root else None, max_bytes)]
    return process_documents(raws, get_nlp(), version=version)


def process_paths(paths: list[str], version: str, *, root: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  n_process: int = 1) -> BatchResult:
    """Read and process one batch of files (the body of one Prefect task), on `n_process` cores."""
    from pipeline import parallel
    from pipeline.process import BatchResult

    if n_process <= 1 or len(paths) <= 1:
        return _process_chunk((paths, version, root, max_bytes))
    jobs = [(chunk, version, root, max_bytes) for chunk in guided_batches(paths, n_process)]
    return BatchResult.combine(list(parallel.get_pool(n_process).map(_process_chunk, jobs)))


def commit(output_dir: Path, plan: RunPlan, results: list[BatchResult], *, task_runner: str = "thread",
           finished: datetime | None = None) -> RunSummary:
    """Merge a run's rows into the tables, link the new events into facts, and commit every table at once
    (`store.Commit`): a reader, or a run killed at any point, sees the tables before the run or after it.
    """
    from pipeline import facts

    output_dir.mkdir(parents=True, exist_ok=True)
    store.clean_stale(output_dir)
    finished = finished or datetime.now(timezone.utc)
    new_docs = _dedupe_docs(pd.DataFrame([{**d, "run_id": plan.run_id} for r in results for d in r.documents]))
    new_events = _frame("events", [e for r in results for e in r.events])
    new_mentions = _frame("mentions", [m for r in results for m in r.mentions])

    old_docs = store.read_table(output_dir, "documents")
    old_docs["article"] = old_docs["article"].fillna(old_docs["source_path"])  # tables of older versions
    # one live version per article: rows of the files read again, of an article's older text, of files gone
    stale = old_docs["source_path"].isin(set(plan.to_process) | set(plan.gone)) | (
        old_docs["article"].isin(set(new_docs["article"])))
    stale_ids = set(old_docs.loc[stale, "doc_id"])
    drop_ids = set(new_docs["doc_id"]) | stale_ids
    old_docs_kept = old_docs[~old_docs["doc_id"].isin(drop_ids)]
    documents = pd.concat([df for df in (old_docs_kept, new_docs) if len(df)] or [new_docs], ignore_index=True)

    removed = len(stale_ids - set(new_docs["doc_id"]))
    events_total = store.count_rows(output_dir, "events")
    failed = int((new_docs["status"] == "failed").sum())
    run_row = pd.DataFrame([{
        "run_id": plan.run_id, "started": plan.started, "finished": finished, "pipeline_version": plan.version,
        "n_new": int(len(new_docs) - failed), "n_skipped": plan.skipped + len(plan.duplicates),
        "n_failed": failed, "n_events": int(len(new_events)), "task_runner": task_runner,
        "n_removed": removed,
    }])
    runs = store.read_table(output_dir, "runs")
    with store.Commit(output_dir) as tables:
        if len(new_docs) or plan.gone or not (output_dir / store.TABLE_FILES["documents"]).exists():
            events = store.merge(store.read_table(output_dir, "events"), new_events, drop_ids, "event_id")
            old_facts = store.read_table(output_dir, "facts")
            created = dict(zip(old_facts["fact_id"], old_facts["created"]))
            events["fact_id"], created = facts.link(events, created, now=finished)
            events_total = len(events)
            tables.write("mentions", store.merge(store.read_table(output_dir, "mentions"), new_mentions, drop_ids,
                                                 "mention_id"))
            tables.write("events", events)
            tables.write("facts", _frame("facts", facts.fact_table(events, documents, created)))
            tables.write("documents", documents)
        tables.write("runs", pd.concat([df for df in (runs, run_row) if len(df)], ignore_index=True))
    failures = [(r.source_path, r.error or "") for r in new_docs[new_docs["status"] == "failed"].itertuples()]
    return RunSummary(plan.run_id, int(len(new_docs)), plan.skipped + len(plan.duplicates), failed,
                      int(len(new_events)), int(events_total), (finished - plan.started).total_seconds(),
                      removed, failures)


def _frame(name: str, rows: list[dict[str, object]] | pd.DataFrame) -> pd.DataFrame:
    """`rows` (records, or a frame) with the columns of table `name`, in its order."""
    if not len(rows):
        return store.empty(name)
    return pd.DataFrame(rows)[list(store.empty(name).columns)]


def _dedupe_docs(df: pd.DataFrame) -> pd.DataFrame:
    if not len(df):
        return store.empty("documents")
    return df.drop_duplicates(subset=["doc_id"], keep="first").reset_index(drop=True)
