"""Table storage: atomic Parquet and DuckDB writes, incremental merges, and the single-writer lock."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
import time
from pathlib import Path
from types import TracebackType

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from pipeline import paths
from pipeline.schema import SCHEMAS, empty, to_arrow

__all__ = ["OutputLock", "RunLocked", "count_rows", "empty", "merge", "read_table", "write_duckdb", "write_table"]

TABLE_FILES = {"documents": paths.DOCUMENTS, "mentions": paths.MENTIONS, "events": paths.EVENTS, "runs": paths.RUNS}


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


class OutputLock:
    """Exclusive lock on an output folder so two runs never interleave writes (released on process death)."""

    def __init__(self, output_dir: Path, wait_seconds: float = 0.0) -> None:
        self.path = output_dir / paths.LOCK
        self.wait_seconds = wait_seconds
        self._fd: int | None = None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown"
                    os.close(fd)
                    raise RunLocked(f"another run is writing to {self.path.parent} ({holder}); "
                                    f"wait for it to finish or use --wait SECONDS") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def read_table(output_dir: Path, name: str) -> pd.DataFrame:
    """Read a table, or an empty one with the declared columns when it does not exist yet."""
    path = output_dir / TABLE_FILES[name]
    if not path.exists():
        return empty(name)
    return pq.read_table(path, schema=SCHEMAS[name]).to_pandas()


def count_rows(output_dir: Path, name: str) -> int:
    """Rows of a table, read from the Parquet footer alone."""
    path = output_dir / TABLE_FILES[name]
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


def _replace_atomically(target: Path, write: "callable[[Path], None]") -> None:
    """Write to a temporary file beside `target`, flush it to disk, then rename it over `target`."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_table(output_dir: Path, name: str, df: pd.DataFrame) -> None:
    """Validate and atomically replace one Parquet table."""
    table = to_arrow(name, df)
    _replace_atomically(output_dir / TABLE_FILES[name], lambda p: pq.write_table(table, p))


def write_duckdb(output_dir: Path) -> None:
    """Rebuild `events.duckdb` from the Parquet tables, atomically."""

    def build(tmp: Path) -> None:
        tmp.unlink()  # duckdb wants to create the file itself
        con = duckdb.connect(str(tmp))
        try:
            for name, filename in TABLE_FILES.items():
                src = output_dir / filename
                if src.exists():
                    con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?)", [str(src)])
        finally:
            con.close()

    _replace_atomically(output_dir / paths.DUCKDB, build)


def merge(old: pd.DataFrame, new: pd.DataFrame, drop_doc_ids: set[str], key: str) -> pd.DataFrame:
    """Old rows minus those of `drop_doc_ids`, plus the new rows (new wins on a key clash)."""
    kept = old[~old["doc_id"].isin(drop_doc_ids)] if len(old) else old
    parts = [df for df in (kept, new) if len(df)]
    if not parts:
        return new if len(new.columns) else old
    out = pd.concat(parts, ignore_index=True)
    return out.drop_duplicates(subset=[key], keep="last").reset_index(drop=True)


def clean_stale_temporaries(output_dir: Path) -> None:
    """Remove temporary files left by a run that was killed mid-write."""
    for tmp in output_dir.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
