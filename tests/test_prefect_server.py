"""Our Prefect server's SQLite transactions wait for the write lock instead of failing with 503."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Two writers on Prefect's own SQLite configuration: the first reads, the second writes and commits, then
# the first writes. Begun DEFERRED (Prefect's default) the first fails with "database is locked", which
# Prefect's server turns into a 503 that its client retries after 2 s; begun IMMEDIATE it waits.
SCENARIO = """
import asyncio, sys, tempfile
from pathlib import Path
import sqlalchemy as sa
from prefect.server.database.configurations import AioSqliteConfiguration
if sys.argv[1] == "ours":
    from pipeline.prefect_server import _immediate_sqlite_transactions
    _immediate_sqlite_transactions()

async def main() -> str:
    cfg = AioSqliteConfiguration(connection_url=f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'p.db'}")
    engine = await cfg.engine()
    async with engine.begin() as conn:
        await conn.execute(sa.text("create table t (x int)"))
    s1, s2 = await cfg.session(engine), await cfg.session(engine)
    read = asyncio.Event()
    async def first() -> None:
        async with cfg.begin_transaction(s1):
            await s1.execute(sa.text("select count(*) from t"))
            read.set()
            await asyncio.sleep(0.3)
            await s1.execute(sa.text("insert into t values (1)"))
    async def second() -> None:
        await read.wait()
        async with cfg.begin_transaction(s2):
            await s2.execute(sa.text("insert into t values (2)"))
    try:
        await asyncio.gather(first(), second())
        async with engine.connect() as conn:
            return f"ok {(await conn.execute(sa.text('select count(*) from t'))).scalar()}"
    except sa.exc.OperationalError as exc:
        return f"error: {exc.orig}"
    finally:
        await engine.dispose()
print(asyncio.run(main()))
"""


@pytest.mark.parametrize(("mode", "expected"), [("prefect", "error: database is locked"), ("ours", "ok 2")])
def test_writers_wait_for_the_lock(mode: str, expected: str) -> None:
    out = subprocess.run([sys.executable, "-c", SCENARIO, mode], cwd=REPO, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == expected
