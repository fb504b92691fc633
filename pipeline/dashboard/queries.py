"""The dashboard's queries: DuckDB over the last committed `events.duckdb`, read-only, each answer cached
until the next commit (a commit replaces the file that `output/events.duckdb` points to)."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pipeline import paths


def snapshot(output: Path) -> str | None:
    """An id of the committed tables (their DuckDB file's real path and mtime), or None before any run."""
    db = output / paths.DUCKDB
    if not db.exists():
        return None
    real = db.resolve()
    return f"{real}:{real.stat().st_mtime_ns}"


def updated(output: Path) -> datetime | None:
    """When the tables were last committed."""
    db = output / paths.DUCKDB
    return datetime.fromtimestamp(db.resolve().stat().st_mtime, tz=timezone.utc) if db.exists() else None


def query(output: Path, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    """Run `sql` on a read-only connection to the committed DuckDB file (never blocks a writer)."""
    con = duckdb.connect(str((output / paths.DUCKDB).resolve()), read_only=True)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


def counts(output: Path) -> dict[str, int]:
    row = query(output, """SELECT (SELECT count(*) FROM documents WHERE status <> 'failed') AS documents,
                                  (SELECT count(*) FROM documents WHERE status = 'failed') AS failed,
                                  (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM facts) AS facts,
                                  (SELECT count(*) FROM runs) AS runs""").iloc[0]
    return {k: int(v) for k, v in row.items()}


MONTH = """CASE WHEN length(event_date) >= 7 THEN substr(event_date, 1, 7) ELSE substr(first_reported, 1, 7) END"""


def doses_by_month(output: Path) -> pd.DataFrame:
    """Doses per month and event type, each fact once, asserted only."""
    return query(output, f"""SELECT {MONTH} AS month, event_type, sum(quantity) AS doses, count(*) AS facts
        FROM facts WHERE status = 'asserted' AND quantity_unit = 'doses' AND quantity IS NOT NULL AND {MONTH} IS NOT NULL
        GROUP BY ALL ORDER BY month""")


def doses_received(output: Path) -> pd.DataFrame:
    """Doses delivered to each recipient country (ISO3), over all months."""
    return query(output, """SELECT recipient_iso3 AS iso3, sum(doses) AS doses, sum(facts) AS facts
        FROM deliveries_by_recipient_month GROUP BY 1 ORDER BY 2 DESC""")


def flows(output: Path) -> pd.DataFrame:
    return query(output, "SELECT * FROM flows ORDER BY facts DESC, doses DESC NULLS LAST LIMIT 500")


def options(output: Path) -> dict[str, list[str]]:
    """The values the event filters offer."""
    countries = query(output, """SELECT DISTINCT unnest(list_concat(provider, recipient)) AS v FROM events ORDER BY 1""")
    vaccines = query(output, "SELECT DISTINCT unnest(vaccine) AS v FROM events ORDER BY 1")
    return {"countries": countries["v"].dropna().tolist(), "vaccines": vaccines["v"].dropna().tolist()}


EVENT_FILTERS = {  # filter -> SQL condition (each `?` takes the filter's value) and how the value is bound
    "types": ("list_contains(?, e.event_type)", lambda v: v),
    "statuses": ("list_contains(?, e.status)", lambda v: v),
    "country": ("(list_contains(e.provider, ?) OR list_contains(e.recipient, ?))", lambda v: v),
    "vaccine": ("list_contains(e.vaccine, ?)", lambda v: v),
    "since": ("coalesce(e.event_date, d.published) >= ?", lambda v: v),
    "until": ("coalesce(e.event_date, d.published) <= ?", lambda v: v + "-99"),  # the whole last month counts
    "text": ("e.evidence ILIKE ?", lambda v: f"%{v}%"),
}


def events(output: Path, *, min_confidence: float = 0.0, limit: int = 500, **filters: Any) -> pd.DataFrame:
    """Events matching every filter given (the keys of EVENT_FILTERS; empty ones are ignored), newest first,
    with their document's URL and title."""
    where, params = ["e.confidence >= ?"], [min_confidence]
    for name, value in filters.items():
        if value:
            condition, bind = EVENT_FILTERS[name]
            where.append(condition)
            params += [bind(value)] * condition.count("?")
    params.append(limit)
    return query(output, f"""SELECT e.event_type, e.status, e.provider, e.recipient, e.vaccine, e.quantity,
               e.quantity_unit, coalesce(e.event_date, d.published) AS date, round(e.confidence, 2) AS confidence,
               e.evidence, d.url, coalesce(d.title, d.article) AS article, e.doc_id, e.fact_id
        FROM events e JOIN documents d USING (doc_id) WHERE {' AND '.join(where)}
        ORDER BY date DESC NULLS LAST, e.confidence DESC LIMIT ?""", params)


def documents(output: Path, limit: int = 2000) -> pd.DataFrame:
    return query(output, """SELECT doc_id, coalesce(title, article) AS title, source_path, n_events, published
        FROM documents WHERE status <> 'failed' ORDER BY n_events DESC, published DESC NULLS LAST LIMIT ?""", [limit])


def document_events(output: Path, doc_id: str) -> pd.DataFrame:
    return query(output, """SELECT sentence_start, sentence_end, event_type, status, provider, recipient, quantity,
        quantity_unit, confidence FROM events WHERE doc_id = ? ORDER BY sentence_start""", [doc_id])


def runs(output: Path) -> pd.DataFrame:
    return query(output, """SELECT finished, run_id, pipeline_version, n_new, n_skipped, n_failed, n_removed, n_events,
        task_runner FROM runs ORDER BY finished DESC""")


def failures(output: Path, limit: int = 500) -> pd.DataFrame:
    return query(output, """SELECT d.run_id, d.source_path, d.error FROM documents d WHERE status = 'failed'
        ORDER BY run_id LIMIT ?""", [limit])


def source_text(output: Path, doc_id: str, source_path: str) -> str | None:
    """The article text that the events' offsets refer to, read again from its file; None if it is gone."""
    from pipeline.ingest import read_documents

    if not os.path.exists(source_path):
        return None
    return next((d.text for d in read_documents(Path(source_path)) if d.doc_id == doc_id), None)
