"""The watcher: stays up with the model loaded and runs the same flow on files as they land. Orchestration only."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from pathlib import Path
from typing import Any

from watchfiles import Change
from watchfiles import watch as watch_changes

from flows.extract import extract_events, make_task_runner
from pipeline.console import PROGRESS, summary_line
from pipeline.ingest import SUFFIXES
from pipeline.nlp import get_nlp

log = logging.getLogger("prefect.vaccine_events.watch")
DEBOUNCE_MS = 150  # changes that arrive together (a copy of many files) make one batch
WAIT_FOR_OTHER_WRITER = 3600.0  # a scheduled run may hold the output folder that long; the batch waits
RETRY_SECONDS = 10.0


def article_changes(changes: set[tuple[Change, str]]) -> tuple[list[str], list[str]]:
    """(files to process, files deleted) among a set of changes; a changed `NAME.meta.json` means its `NAME.txt`."""
    touched, deleted = set(), set()
    for change, raw in changes:
        path = Path(raw)
        if path.name.startswith("."):
            continue  # editors' and copy tools' temporary files
        if path.name.endswith(".meta.json"):
            path = path.with_name(path.name.removesuffix(".meta.json") + ".txt")
            change = Change.modified
        if path.suffix.lower() not in SUFFIXES:
            continue
        if change == Change.deleted and not path.exists():
            deleted.add(str(path))
        elif path.exists():
            touched.add(str(path))
    return sorted(touched), sorted(deleted)


def watch(input_dir: Path, output_dir: Path, flow_kwargs: dict[str, Any], make_runner: tuple[str, str | None, int],
          stop: threading.Event | None = None, ready: threading.Event | None = None) -> None:
    """Catch up on `input_dir`, then process each batch of new, changed or deleted files until stopped
    (Ctrl-C, SIGTERM, or `stop`). A batch that fails (another writer kept the lock past `wait_seconds`, a
    full disk) is reported and its files are tried again with the next batch, at most every RETRY_SECONDS."""
    flow = extract_events.with_options(task_runner=make_task_runner(*make_runner))
    get_nlp()  # loaded once, before the first file lands
    kwargs = {**flow_kwargs, "files": None, "n_process": 1,
              "wait_seconds": max(flow_kwargs.get("wait_seconds", 0.0), WAIT_FOR_OTHER_WRITER)}

    def run(**changes: Any) -> bool:
        try:
            summary = flow(**{**kwargs, **changes})
        except Exception as exc:  # noqa: BLE001  (one bad batch must not stop the watcher)
            log.error("batch failed, the tables are unchanged, its files will be tried again: %s: %s",
                      type(exc).__name__, exc)
            return False
        log.info(summary_line(summary, summary["seconds"], str(output_dir)), extra=PROGRESS)
        return True

    # arm the watcher before the catch-up run, so a file that lands meanwhile is not missed (at worst it
    # is seen twice, and the second time it is unchanged)
    changes_seen = watch_changes(input_dir, stop_event=stop, debounce=DEBOUNCE_MS, step=20, recursive=True,
                                 yield_on_timeout=True, rust_timeout=500)
    first = next(changes_seen)
    run()
    log.info("watching %s for new, changed and deleted articles (Ctrl-C stops)", input_dir, extra=PROGRESS)
    if ready is not None:
        ready.set()
    todo: set[str] = set()
    deleted: set[str] = set()
    last_failure = 0.0
    for changes in itertools.chain([first], changes_seen):
        files, gone = article_changes(changes)
        todo = (todo | set(files)) - set(gone)
        deleted = (deleted | set(gone)) - set(files)
        if (todo or deleted) and (files or gone or time.monotonic() - last_failure > RETRY_SECONDS):
            # files=[]: deletions only, nothing to read
            if run(files=sorted(todo), gone=sorted(deleted)):
                todo, deleted = set(), set()
            else:
                last_failure = time.monotonic()
