from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline import store
from pipeline.schema import SchemaError


def _docs(n: int) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": f"d{i}", "source_path": f"raw/{i}.txt", "title": None, "published": None,
                          "url": None, "n_chars": 10, "n_events": 0, "status": "ok", "error": None,
                          "pipeline_version": "v", "run_id": "r"} for i in range(n)])


def test_failed_write_leaves_previous_table(tmp_path: Path) -> None:
    store.write_table(tmp_path, "documents", _docs(3))
    bad = _docs(2)
    bad.loc[0, "status"] = "exploded"
    with pytest.raises(SchemaError):
        store.write_table(tmp_path, "documents", bad)
    assert len(store.read_table(tmp_path, "documents")) == 3
    assert not list(tmp_path.glob(".*.tmp"))


def test_duckdb_has_every_table(tmp_path: Path) -> None:
    store.write_table(tmp_path, "documents", _docs(2))
    store.write_table(tmp_path, "events", store.empty("events"))
    store.write_duckdb(tmp_path)
    con = duckdb.connect(str(tmp_path / "events.duckdb"), read_only=True)
    assert con.execute("select count(*) from documents").fetchone() == (2,)
    assert con.execute("select count(*) from events").fetchone() == (0,)


def test_merge_replaces_rows_of_reprocessed_documents() -> None:
    old = pd.DataFrame({"doc_id": ["a", "a", "b"], "event_id": ["1", "2", "3"]})
    new = pd.DataFrame({"doc_id": ["a"], "event_id": ["4"]})
    merged = store.merge(old, new, {"a"}, "event_id")
    assert sorted(merged["event_id"]) == ["3", "4"]


def test_lock_excludes_a_second_holder(tmp_path: Path) -> None:
    with store.OutputLock(tmp_path):
        with pytest.raises(store.RunLocked, match="another run"):
            with store.OutputLock(tmp_path, wait_seconds=0.3):
                pass
    with store.OutputLock(tmp_path):  # released on exit
        pass


def test_kill_during_writes_never_leaves_a_broken_table(tmp_path: Path) -> None:
    """A real process rewriting big tables in a loop is SIGKILLed; every table stays readable."""
    script = textwrap.dedent(f"""
        import pandas as pd
        from pathlib import Path
        from pipeline import store
        out = Path({str(tmp_path)!r})
        rows = [{{"doc_id": f"d{{i}}", "source_path": "x" * 200, "title": None, "published": None, "url": None,
                  "n_chars": i, "n_events": 0, "status": "ok", "error": None, "pipeline_version": "v",
                  "run_id": "r"}} for i in range(200_000)]
        df = pd.DataFrame(rows)
        print("ready", flush=True)
        while True:
            store.write_table(out, "documents", df)
            store.write_duckdb(out)
    """)
    store.write_table(tmp_path, "documents", _docs(5))
    store.write_duckdb(tmp_path)
    for delay in (2.0, 3.3):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.kill()
        proc.wait()
        n = len(store.read_table(tmp_path, "documents"))
        assert n in (5, 200_000)
        con = duckdb.connect(str(tmp_path / "events.duckdb"), read_only=True)
        assert con.execute("select count(*) from documents").fetchone()[0] in (5, 200_000)
        con.close()
