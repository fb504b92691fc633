"""Declared table schemas, and the validation every table passes before it is written."""

from __future__ import annotations

import math

import pandas as pd
import pyarrow as pa

EVENT_TYPES = ("offer", "delivery", "rejection", "request", "purchase", "administration")
STATUSES = ("asserted", "negated", "planned")
UNITS = ("doses", "people", "vials", "shipments")
QUALIFIERS = ("exact", "about", "nearly", "more_than", "up_to")
DOC_STATUSES = ("ok", "warning", "failed")

_STR = pa.string()
_LIST = pa.list_(pa.string())

DOCUMENTS = pa.schema([
    ("doc_id", _STR), ("source_path", _STR), ("article", _STR), ("source", _STR), ("title", _STR), ("published", _STR), ("url", _STR),
    ("n_chars", pa.int64()), ("n_events", pa.int64()), ("status", _STR), ("error", _STR),
    ("pipeline_version", _STR), ("run_id", _STR), ("file_hash", _STR),
])
MENTIONS = pa.schema([
    ("mention_id", _STR), ("doc_id", _STR), ("start", pa.int64()), ("end", pa.int64()), ("label", _STR),
    ("text", _STR), ("normalised", _STR), ("confidence", pa.float64()),
])
EVENTS = pa.schema([
    ("event_id", _STR), ("doc_id", _STR), ("event_type", _STR), ("status", _STR), ("provider", _LIST),
    ("recipient", _LIST), ("vaccine", _LIST), ("quantity", pa.float64()), ("quantity_unit", _STR),
    ("quantity_qualifier", _STR), ("event_date", _STR), ("date_text", _STR), ("evidence", _STR),
    ("trigger", _STR), ("confidence", pa.float64()), ("sentence_start", pa.int64()), ("sentence_end", pa.int64()),
    ("provider_iso3", _LIST), ("recipient_iso3", _LIST), ("fact_id", _STR),
])
FACTS = pa.schema([
    ("fact_id", _STR), ("event_type", _STR), ("status", _STR), ("provider", _LIST), ("recipient", _LIST),
    ("vaccine", _LIST), ("provider_iso3", _LIST), ("recipient_iso3", _LIST), ("quantity", pa.float64()),
    ("quantity_min", pa.float64()), ("quantity_max", pa.float64()), ("quantity_unit", _STR), ("event_date", _STR),
    ("first_reported", _STR), ("last_reported", _STR), ("n_mentions", pa.int64()), ("n_documents", pa.int64()),
    ("confidence", pa.float64()), ("event_ids", _LIST), ("created", pa.timestamp("us", tz="UTC")),
])
RUNS = pa.schema([
    ("run_id", _STR), ("started", pa.timestamp("us", tz="UTC")), ("finished", pa.timestamp("us", tz="UTC")),
    ("pipeline_version", _STR), ("n_new", pa.int64()), ("n_skipped", pa.int64()), ("n_failed", pa.int64()),
    ("n_events", pa.int64()), ("task_runner", _STR), ("n_removed", pa.int64()),
])

NOT_NULL = {
    "documents": ("doc_id", "source_path", "article", "status", "pipeline_version"),
    "mentions": ("mention_id", "doc_id", "label", "text", "confidence"),
    "events": ("event_id", "doc_id", "event_type", "status", "evidence", "trigger", "confidence", "fact_id"),
    "facts": ("fact_id", "event_type", "status", "n_mentions", "n_documents", "confidence", "created"),
    "runs": ("run_id", "started", "finished", "pipeline_version"),
}
DOMAINS = {
    "documents": {"status": DOC_STATUSES},
    "events": {"event_type": EVENT_TYPES, "status": STATUSES, "quantity_unit": UNITS,
               "quantity_qualifier": QUALIFIERS},
    "facts": {"event_type": EVENT_TYPES, "status": STATUSES, "quantity_unit": UNITS},
}
UNIQUE = {"documents": "doc_id", "mentions": "mention_id", "events": "event_id", "facts": "fact_id", "runs": "run_id"}
SCHEMAS = {"documents": DOCUMENTS, "mentions": MENTIONS, "events": EVENTS, "facts": FACTS, "runs": RUNS}


class SchemaError(ValueError):
    """A table does not match its declared schema."""


def empty(name: str) -> pd.DataFrame:
    """An empty frame with the columns of table `name`."""
    return SCHEMAS[name].empty_table().to_pandas()


def to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    """Validate `df` against table `name` and convert it to Arrow with the declared schema."""
    schema = SCHEMAS[name]
    missing = [f for f in schema.names if f not in df.columns]
    extra = [c for c in df.columns if c not in schema.names]
    if missing or extra:
        raise SchemaError(f"{name}: missing columns {missing}, unexpected columns {extra}")
    for col in NOT_NULL[name]:
        if df[col].isna().any():
            raise SchemaError(f"{name}.{col} has nulls")
    for col, allowed in DOMAINS.get(name, {}).items():
        bad = set(df[col].dropna()) - set(allowed)
        if bad:
            raise SchemaError(f"{name}.{col} has values outside {allowed}: {sorted(bad)}")
    if "confidence" in df.columns and len(df):
        c = df["confidence"].astype(float)
        if ((c < 0) | (c > 1) | c.map(math.isnan)).any():
            raise SchemaError(f"{name}.confidence outside [0, 1]")
    key = UNIQUE[name]
    if df[key].duplicated().any():
        raise SchemaError(f"{name}.{key} is not unique")
    try:
        return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise SchemaError(f"{name}: {exc}") from exc
