"""Default locations, relative to the working directory (the repository root for `make`)."""

from __future__ import annotations

from pathlib import Path

DEFAULT_INPUT = Path("raw")
DEFAULT_OUTPUT = Path("output")

DOCUMENTS = "documents.parquet"
MENTIONS = "mentions.parquet"
EVENTS = "events.parquet"
FACTS = "facts.parquet"
RUNS = "runs.parquet"
DUCKDB = "events.duckdb"
LOCK = ".run.lock"

