"""What a run shows on the console: progress, one summary line last, Prefect's and Dask's own log lines
only when asked (`--verbose`)."""

from __future__ import annotations

import logging
import os
from typing import Any

PROGRESS = {"progress": True}  # `extra` of the flow's log lines that the console shows without --verbose
MAX_NAMED_FAILURES = 10
_DASK_LOGGERS = ("distributed", "tornado", "tornado.application", "bokeh")  # what a Dask cluster logs through


class _ProgressOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or bool(getattr(record, "progress", False))


def quiet_logs() -> None:
    """Before Prefect is imported: keep the library's lines off the console, bar warnings and progress.

    Dask's own lines go entirely: at a local cluster's close a worker may log the scheduler's going as an
    error with a traceback (through `distributed` or Tornado, which Dask runs on), a race with nothing lost;
    a task that truly fails reaches the run through Prefect. The variables are inherited by the cluster's
    worker processes."""
    os.environ.setdefault("DASK_LOGGING", repr(dict.fromkeys(_DASK_LOGGERS, "critical")))
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_DISTRIBUTED_LEVEL", "CRITICAL")


def filter_console() -> None:
    """After Prefect has set up logging: its console handlers pass only warnings and our progress lines."""
    for handler in logging.getLogger().handlers:  # Prefect's console handler sits on the root logger
        handler.addFilter(_ProgressOnly())
    for name in _DASK_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def summary_line(summary: dict[str, Any], seconds: float, output: str) -> str:
    """The run's last line: counts, time, where the tables are, and the failed files with their reasons."""
    line = (f"documents read {summary['documents_read']}, unchanged {summary['skipped']}, "
            f"failed {summary['failed']}, removed {summary.get('removed', 0)}, events written "
            f"{summary['events_written']} ({summary['events_total']} in table), {seconds:.1f} s -> {output}")
    failures = summary.get("failures") or []
    if failures:
        named = "; ".join(f"{path}: {reason}" for path, reason in failures[:MAX_NAMED_FAILURES])
        more = f"; and {len(failures) - MAX_NAMED_FAILURES} more" if len(failures) > MAX_NAMED_FAILURES else ""
        line += f"\nfailed: {named}{more}"
    return line
