"""`python -m pipeline.prefect_server --port N`: a Prefect API server (Prefect's own app under uvicorn).

Started by `pipeline.prefect_setup`: per run, without its UI, ending with the run that started it (even
when that run is killed); or kept running in the background with its UI (`pipeline server start`)."""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--detached", action="store_true", help="keep running when the parent process ends")
    ap.add_argument("--parent", type=int, default=None, help="pid of the process this server serves")
    args = ap.parse_args()
    if not args.detached:
        from pipeline.lifeline import exit_with_parent

        exit_with_parent(args.parent)
    os.environ["PREFECT__SERVER_FINAL"] = "1"
    _immediate_sqlite_transactions()
    import uvicorn

    uvicorn.run("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=args.port,
                log_level="error", lifespan="on")


def _immediate_sqlite_transactions() -> None:
    """Every SQLite transaction of this server takes the write lock when it begins (`BEGIN IMMEDIATE`).

    Prefect begins most with `BEGIN DEFERRED`: one that has read and then writes while the server's own
    recorder of task-run events is writing fails at once with "database is locked", which the server
    answers with 503 and the client retries after 2 s (a new article in `watch` then took 2.1-2.7 s
    instead of 0.35 s, in about one file of six). Begun IMMEDIATE, it waits for the lock instead
    (SQLite's busy timeout, 60 s in Prefect's settings), a few milliseconds here.
    """
    from prefect.server.database import configurations

    @asynccontextmanager
    async def begin_transaction(self: Any, session: Any, with_for_update: bool = False) -> AsyncIterator[Any]:
        token = configurations.SQLITE_BEGIN_MODE.set("IMMEDIATE")
        try:
            async with session.begin() as transaction:
                yield transaction
        finally:
            configurations.SQLITE_BEGIN_MODE.reset(token)

    configurations.AioSqliteConfiguration.begin_transaction = begin_transaction  # type: ignore[method-assign]


if __name__ == "__main__":
    main()
