"""Runs: decide what to process (content hash + pipeline version), process batches, commit tables."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from pipeline import facts, parallel, store
from pipeline.ingest import (
    DEFAULT_MAX_BYTES,
    content_id,
    decode,
    looks_binary,
    read_document,
)
from pipeline.nlp import get_nlp
from pipeline.process import BatchResult, process_documents

PARSE_CHUNK = 8  # documents per job of the parser pool


@dataclass
class RunPlan:
    """What one run will do."""

    run_id: str
    started: datetime
    version: str
    to_process: list[str] = field(default_factory=list)
    skipped: int = 0
    duplicates: dict[str, str] = field(default_factory=dict)  # path -> path of the same content


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

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def discover(input_dir: Path | None, files: list[Path] | None = None) -> list[Path]:
    """The `*.txt` files of a folder (recursively), or the named files, in a stable order."""
    if files:
        return sorted(dict.fromkeys(Path(f) for f in files))
    if input_dir is None or not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    return sorted(p for p in input_dir.rglob("*.txt") if p.is_file())


def _quick_id(path: Path, max_bytes: int) -> str | None:
    """The content id of a readable text file, or None when the file must go through full ingest."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if not data.strip() or looks_binary(data):
        return None
    return content_id(decode(data)[0])


def plan_run(paths: list[Path], output_dir: Path, version: str, *, full: bool = False,
             max_bytes: int = DEFAULT_MAX_BYTES, now: datetime | None = None) -> RunPlan:
    """Skip documents already processed with this pipeline version; everything else is processed."""
    plan = RunPlan(run_id=uuid.uuid4().hex[:12], started=now or datetime.now(timezone.utc), version=version)
    docs = store.read_table(output_dir, "documents")
    done = set() if full else set(docs.loc[(docs["pipeline_version"] == version) & (docs["status"] != "failed"),
                                            "doc_id"])
    seen: dict[str, str] = {}
    for path in paths:
        cid = _quick_id(path, max_bytes)
        if cid is not None and cid in seen:
            plan.duplicates[str(path)] = seen[cid]
            continue
        if cid is not None:
            seen[cid] = str(path)
            if cid in done:
                plan.skipped += 1
                continue
        plan.to_process.append(str(path))
    return plan


def batches(items: list[str], size: int) -> list[list[str]]:
    """Split a list into consecutive batches of at most `size`."""
    size = max(1, size)
    return [items[i:i + size] for i in range(0, len(items), size)]


def _process_chunk(job: tuple[list[str], str, int]) -> BatchResult:
    paths, version, max_bytes = job
    raws = [read_document(Path(p), max_bytes=max_bytes) for p in paths]
    return process_documents(raws, get_nlp(), version=version)


def process_paths(paths: list[str], version: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  n_process: int = 1) -> BatchResult:
    """Read and process one batch of files (the body of one Prefect task), on `n_process` cores."""
    if n_process <= 1 or len(paths) <= 1:
        return _process_chunk((paths, version, max_bytes))
    # Small chunks handed out as workers free up, so one long document does not leave a core idle.
    jobs = [(chunk, version, max_bytes) for chunk in batches(paths, PARSE_CHUNK)]
    return BatchResult.combine(list(parallel.get_pool(n_process).map(_process_chunk, jobs)))


def commit(output_dir: Path, plan: RunPlan, results: list[BatchResult], *, task_runner: str = "thread",
           finished: datetime | None = None) -> RunSummary:
    """Merge a run's rows into the tables, link the new events into facts, and commit every table at once
    (`store.Commit`): a reader, or a run killed at any point, sees the tables before the run or after it.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    store.clean_stale(output_dir)
    finished = finished or datetime.now(timezone.utc)
    new_docs = _dedupe_docs(pd.DataFrame([{**d, "run_id": plan.run_id} for r in results for d in r.documents]))
    new_events = _frame("events", [e for r in results for e in r.events])
    new_mentions = _frame("mentions", [m for r in results for m in r.mentions])

    old_docs = store.read_table(output_dir, "documents")
    processed_paths = set(plan.to_process)
    stale = set(old_docs.loc[old_docs["source_path"].isin(processed_paths), "doc_id"])
    drop_ids = set(new_docs["doc_id"]) | stale
    old_docs_kept = old_docs[~old_docs["doc_id"].isin(drop_ids)]
    documents = pd.concat([df for df in (old_docs_kept, new_docs) if len(df)] or [new_docs], ignore_index=True)

    events_total = store.count_rows(output_dir, "events")
    failed = int((new_docs["status"] == "failed").sum())
    run_row = pd.DataFrame([{
        "run_id": plan.run_id, "started": plan.started, "finished": finished, "pipeline_version": plan.version,
        "n_new": int(len(new_docs) - failed), "n_skipped": plan.skipped + len(plan.duplicates),
        "n_failed": failed, "n_events": int(len(new_events)), "task_runner": task_runner,
    }])
    runs = store.read_table(output_dir, "runs")
    with store.Commit(output_dir) as tables:
        if len(new_docs) or not (output_dir / store.TABLE_FILES["documents"]).exists():
            events = store.merge(store.read_table(output_dir, "events"), new_events, drop_ids, "event_id")
            old_facts = store.read_table(output_dir, "facts")
            created = dict(zip(old_facts["fact_id"], old_facts["created"]))
            events["fact_id"], created = facts.link(events, created, now=finished)
            events_total = len(events)
            tables.write("mentions", store.merge(store.read_table(output_dir, "mentions"), new_mentions, drop_ids,
                                                 "mention_id"))
            tables.write("events", events)
            tables.write("facts", _frame("facts", facts.fact_table(events, documents, created).to_dict("records")))
            tables.write("documents", documents)
        tables.write("runs", pd.concat([df for df in (runs, run_row) if len(df)], ignore_index=True))
    return RunSummary(plan.run_id, int(len(new_docs)), plan.skipped + len(plan.duplicates), failed,
                      int(len(new_events)), int(events_total), (finished - plan.started).total_seconds())


def _frame(name: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    if not rows:
        return store.empty(name)
    return pd.DataFrame(rows)[list(store.empty(name).columns)]


def _dedupe_docs(df: pd.DataFrame) -> pd.DataFrame:
    if not len(df):
        return store.empty("documents")
    return df.drop_duplicates(subset=["doc_id"], keep="first").reset_index(drop=True)
