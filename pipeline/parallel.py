"""A persistent pool of parser processes, so a batch can use every core.

spaCy's own `n_process` forks the current process, which deadlocks inside Prefect's threads; this
pool spawns clean workers once per process, each loading the pipeline once.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

_pool: ProcessPoolExecutor | None = None
_size = 0


def _warm(parent: int) -> None:
    from pipeline.lifeline import exit_with_parent
    from pipeline.nlp import get_nlp

    exit_with_parent(parent)  # a run killed with SIGKILL leaves no parser behind
    get_nlp()


def get_pool(workers: int) -> ProcessPoolExecutor:
    """The process-wide pool of `workers` spawned processes (created on first use)."""
    global _pool, _size
    if _pool is None or _size != workers:
        shutdown()
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_warm, initargs=(os.getpid(),))
        _size = workers
    return _pool


def shutdown() -> None:
    """Stop the pool's processes."""
    global _pool, _size
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
    _pool, _size = None, 0


atexit.register(shutdown)
