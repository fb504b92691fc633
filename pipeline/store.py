"""Table storage: one atomic commit for all Parquet tables and the DuckDB file, merges, the single-writer lock."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from pathlib import Path
from types import TracebackType
from typing import Callable

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from pipeline import paths
from pipeline.schema import SCHEMAS, empty, to_arrow

__all__ = ["Commit", "OutputLock", "RunLocked", "clean_stale", "count_rows", "empty", "merge", "read_table", "write_table"]

TABLE_FILES = {"documents": paths.DOCUMENTS, "mentions": paths.MENTIONS, "events": paths.EVENTS, "facts": paths.FACTS,
               "runs": paths.RUNS}


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


_held: dict[str, int] = {}  # lock files this process holds -> nesting depth


class OutputLock:
    """Exclusive lock on an output folder so two runs never interleave writes (released on process death).

    Re-entrant within a process: the command line takes it before anything slow starts, and the flow it
    then runs in the same process takes it again without waiting for itself."""

    def __init__(self, output_dir: Path, wait_seconds: float = 0.0) -> None:
        self.path = output_dir / paths.LOCK
        self.wait_seconds = wait_seconds
        self._fd: int | None = None
        self._key = str(self.path.absolute())

    def __enter__(self) -> "OutputLock":
        if self._key in _held:
            _held[self._key] += 1
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
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
        _held[self._key] = 1
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        _held[self._key] -= 1
        if _held[self._key]:
            return
        del _held[self._key]
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def read_table(output_dir: Path, name: str) -> pd.DataFrame:
    """Read a committed table, or an empty one with the declared columns when there is none yet."""
    path = output_dir / TABLE_FILES[name]
    if not path.exists():
        return empty(name)
    return pq.read_table(path, schema=SCHEMAS[name]).to_pandas()


def count_rows(output_dir: Path, name: str) -> int:
    """Rows of a committed table, read from the Parquet footer alone."""
    path = output_dir / TABLE_FILES[name]
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


# --- one commit for all tables --------------------------------------------------------------------
#
# Every table file of `output/` (`events.parquet`, ..., `events.duckdb`) is a symbolic link into
# `output/current`, itself a link to one snapshot folder `output/.snapshots/<id>` that holds all of them.
# A commit writes a whole new snapshot, then replaces `current` with one atomic rename: a reader (or a
# crash) sees the previous snapshot or the new one, never a mix, and the DuckDB file always holds the
# same rows as the Parquet files beside it.

CURRENT = "current"
SNAPSHOTS = ".snapshots"


class Commit:
    """A new snapshot of the tables, made visible all at once when the `with` block ends without error.

    Tables not written in the block are carried over from the current snapshot (hard links, no copy).
    """

    def __init__(self, output_dir: Path, on_step: Callable[[str], None] | None = None) -> None:
        self.output_dir = output_dir
        self.folder = output_dir / SNAPSHOTS / f"{time.time_ns():020d}-{os.getpid()}"
        self.written: set[str] = set()
        self.on_step = on_step or (lambda step: None)  # told each step's name before it starts (tests kill there)

    def __enter__(self) -> "Commit":
        self.folder.mkdir(parents=True)
        return self

    def write(self, name: str, df: pd.DataFrame) -> None:
        """Validate a table and write it into the new snapshot."""
        self.on_step(f"write {name}")
        pq.write_table(to_arrow(name, df), self.folder / TABLE_FILES[name])
        self.written.add(name)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        try:
            for name, filename in TABLE_FILES.items():
                if name not in self.written and (self.output_dir / filename).exists():
                    self.on_step(f"keep {name}")
                    os.link((self.output_dir / filename).resolve(), self.folder / filename)
            self.on_step("duckdb")
            _build_duckdb(self.folder)
            self.on_step("flush")
            _fsync_tree(self.folder)
            self.on_step("publish")
            _publish(self.output_dir, self.folder)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.on_step("clean")
        clean_stale(self.output_dir)


def write_table(output_dir: Path, name: str, df: pd.DataFrame) -> None:
    """Commit one table, keeping the others as they are."""
    with Commit(output_dir) as commit:
        commit.write(name, df)


def _build_duckdb(folder: Path) -> None:
    """The DuckDB file of a snapshot: its Parquet tables, and the views for dashboards."""
    con = duckdb.connect(str(folder / paths.DUCKDB))
    try:
        for name, filename in TABLE_FILES.items():
            src = folder / filename
            if src.exists():
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?)", [str(src)])
            else:
                con.register("empty_table", SCHEMAS[name].empty_table())  # typed, so the views bind
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM empty_table")
                con.unregister("empty_table")
        for sql in VIEWS.values():
            con.execute(sql)
    finally:
        con.close()


VIEWS = {
    # doses delivered per recipient country and month, each fact once, asserted deliveries only; a fact
    # naming several recipient countries with one count gives each an equal share; the month is the
    # event's, or the month it was first reported when the event's date says no month
    "deliveries_by_recipient_month": """
        CREATE VIEW deliveries_by_recipient_month AS
        SELECT iso3 AS recipient_iso3, month, count(*) AS facts, sum(quantity / n) AS doses
        FROM (SELECT unnest(recipient_iso3) AS iso3, len(recipient_iso3) AS n, quantity,
                     CASE WHEN length(event_date) >= 7 THEN substr(event_date, 1, 7)
                          ELSE substr(first_reported, 1, 7) END AS month
              FROM facts
              WHERE event_type = 'delivery' AND status = 'asserted' AND quantity_unit = 'doses'
                AND quantity IS NOT NULL AND len(recipient_iso3) > 0)
        GROUP BY ALL ORDER BY month, recipient_iso3""",
    # provider country -> recipient country, facts and doses by event type and status; a fact with
    # several countries on a side shares its doses equally among the pairs
    "flows": """
        CREATE VIEW flows AS
        SELECT provider_iso3, recipient_iso3, event_type, status, count(*) AS facts,
               sum(quantity / pairs) FILTER (WHERE quantity_unit = 'doses') AS doses
        FROM (SELECT unnest(provider_iso3) AS provider_iso3, recipient_iso3 AS recipients, event_type, status,
                     quantity, quantity_unit, len(provider_iso3) * len(recipient_iso3) AS pairs
              FROM facts WHERE len(provider_iso3) > 0 AND len(recipient_iso3) > 0)
             CROSS JOIN LATERAL (SELECT unnest(recipients) AS recipient_iso3)
        GROUP BY ALL ORDER BY facts DESC""",
}


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _publish(output_dir: Path, folder: Path) -> None:
    """Point `current` at `folder` with one rename, and give every table a link through `current`."""
    tmp = output_dir / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(Path(SNAPSHOTS) / folder.name)
    os.replace(tmp, output_dir / CURRENT)
    for filename in [*TABLE_FILES.values(), paths.DUCKDB]:
        link = output_dir / filename
        if link.is_symlink() and os.readlink(link) == f"{CURRENT}/{filename}":
            continue
        tmp = output_dir / f".{filename}.{os.getpid()}.tmp"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(Path(CURRENT) / filename)
        os.replace(tmp, link)  # once per output folder (or over the plain files of an older layout)
    fd = os.open(output_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_stale(output_dir: Path) -> None:
    """Remove what killed runs left: snapshots nobody points at, and temporary files."""
    for tmp in output_dir.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    current = output_dir / CURRENT
    keep = os.readlink(current).split("/")[-1] if current.is_symlink() else None
    for folder in (output_dir / SNAPSHOTS).glob("*") if (output_dir / SNAPSHOTS).is_dir() else ():
        if folder.name != keep:
            shutil.rmtree(folder, ignore_errors=True)


def merge(old: pd.DataFrame, new: pd.DataFrame, drop_doc_ids: set[str], key: str) -> pd.DataFrame:
    """Old rows minus those of `drop_doc_ids`, plus the new rows (new wins on a key clash)."""
    kept = old[~old["doc_id"].isin(drop_doc_ids)] if len(old) else old
    parts = [df for df in (kept, new) if len(df)]
    if not parts:
        return new if len(new.columns) else old
    out = pd.concat(parts, ignore_index=True)
    return out.drop_duplicates(subset=[key], keep="last").reset_index(drop=True)
