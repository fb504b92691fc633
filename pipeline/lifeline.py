"""Processes of ours that end when their parent does.

A run killed with SIGKILL cannot stop its children, so each child watches for itself: when its parent
is gone (it is adopted by another process), it stops. Used by the run's Prefect server, the parser pool's
workers, and a run started through `uv run` (whose `uv` may be killed alone)."""

from __future__ import annotations

import os
import signal
import threading
import time


def _stop() -> None:
    os.kill(os.getpid(), signal.SIGTERM)  # the process's own SIGTERM handling cleans up
    time.sleep(15)
    os._exit(143)  # it did not stop in time


def exit_with_parent(parent: int | None = None, interval: float = 0.5) -> None:
    """Start a daemon thread that sends this process SIGTERM as soon as its parent process has gone.

    `parent`: the pid of the process that started this one, passed down by it, so a child whose parent was
    killed before this call still notices (it has already been adopted by another process)."""
    parent = parent or os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        _stop()

    threading.Thread(target=watch, name="lifeline", daemon=True).start()


def parent_is(name: str) -> bool:
    """True when this process's parent runs the program `name` (e.g. `uv`)."""
    try:
        with open(f"/proc/{os.getppid()}/comm", encoding="utf-8") as fh:
            return fh.read().strip() == name
    except OSError:
        return False
