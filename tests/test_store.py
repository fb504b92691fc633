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
from tests.conftest import REPO


def _docs(n: int) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": f"d{i}", "source_path": f"raw/{i}.txt", "article": f"{i}.txt", "source": None,
                          "title": None, "published": None,
                          "url": None, "n_chars": 10, "n_events": 0, "status": "ok", "error": None,
                          "pipeline_version": "v", "run_id": "r", "file_hash": f"h{i}"} for i in range(n)])


def test_failed_write_leaves_previous_table(tmp_path: Path) -> None:
    store.write_table(tmp_path, "documents", _docs(3))
    bad = _docs(2)
    bad.loc[0, "status"] = "exploded"
    with pytest.raises(SchemaError):
        store.write_table(tmp_path, "documents", bad)
    assert len(store.read_table(tmp_path, "documents")) == 3
    assert not list(tmp_path.glob(".*.tmp"))
    assert len(list((tmp_path / store.SNAPSHOTS).iterdir())) == 1


def test_duckdb_has_every_table_and_the_parquet_files_its_rows(tmp_path: Path) -> None:
    with store.Commit(tmp_path) as tables:
        tables.write("documents", _docs(2))
        tables.write("events", store.empty("events"))
    store.write_table(tmp_path, "runs", store.empty("runs"))  # the other tables are carried over
    con = duckdb.connect(str(tmp_path / "events.duckdb"), read_only=True)
    assert con.execute("select count(*) from documents").fetchone() == (2,)
    assert con.execute("select count(*) from events").fetchone() == (0,)
    assert con.execute("select count(*) from facts").fetchone() == (0,)
    assert (tmp_path / "documents.parquet").is_symlink() and len(store.read_table(tmp_path, "documents")) == 2


def test_an_older_output_folder_of_plain_files_is_taken_over(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from pipeline.schema import to_arrow

    pq.write_table(to_arrow("documents", _docs(4)), tmp_path / "documents.parquet")
    store.write_table(tmp_path, "runs", store.empty("runs"))
    assert (tmp_path / "documents.parquet").is_symlink() and len(store.read_table(tmp_path, "documents")) == 4


def test_merge_replaces_rows_of_reprocessed_documents() -> None:
    old = pd.DataFrame({"doc_id": ["a", "a", "b"], "event_id": ["1", "2", "3"]})
    new = pd.DataFrame({"doc_id": ["a"], "event_id": ["4"]})
    merged = store.merge(old, new, {"a"}, "event_id")
    assert sorted(merged["event_id"]) == ["3", "4"]


def test_lock_excludes_a_second_process_and_is_reentrant_within_one(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from pipeline import store
        with store.OutputLock(Path({str(tmp_path)!r})):
            print("held", flush=True)
            time.sleep(60)""")], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(store.RunLocked, match="another run"):
            with store.OutputLock(tmp_path, wait_seconds=0.3):
                pass
    finally:
        holder.kill()
        holder.wait()
    with store.OutputLock(tmp_path):  # released when its holder died
        with store.OutputLock(tmp_path):  # the flow inside a command-line run takes it again
            pass


def test_kill_during_writes_never_leaves_a_broken_table(tmp_path: Path) -> None:
    """A real process rewriting big tables in a loop is SIGKILLed; every table stays readable."""
    script = textwrap.dedent(f"""
        import pandas as pd
        from pathlib import Path
        from pipeline import store
        out = Path({str(tmp_path)!r})
        rows = [{{"doc_id": f"d{{i}}", "source_path": "x" * 200, "article": "a", "source": None, "title": None, "published": None, "url": None,
                  "n_chars": i, "n_events": 0, "status": "ok", "error": None, "pipeline_version": "v",
                  "run_id": "r", "file_hash": ""}} for i in range(200_000)]
        df = pd.DataFrame(rows)
        print("ready", flush=True)
        while True:
            store.write_table(out, "documents", df)
    """)
    store.write_table(tmp_path, "documents", _docs(5))
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


COMMIT_STEPS = ["write documents", "write events", "keep runs", "duckdb", "flush", "publish", "clean"]


@pytest.mark.parametrize("step", COMMIT_STEPS)
def test_a_commit_killed_at_any_step_shows_the_old_tables_or_the_new_ones_all_together(tmp_path: Path,
                                                                                      step: str) -> None:
    """A real process commits two tables and is SIGKILLed as it starts `step`: every reader then sees one
    snapshot, with as many events as documents, in the Parquet files and in DuckDB alike."""
    with store.Commit(tmp_path) as tables:
        tables.write("documents", _docs(5))
        tables.write("events", _events(5))
        tables.write("runs", store.empty("runs"))
    script = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        from pipeline import store
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_store import _docs, _events

        def step(name):
            if name == {step!r}:
                os.kill(os.getpid(), signal.SIGKILL)

        with store.Commit(Path({str(tmp_path)!r}), on_step=step) as tables:
            tables.write("documents", _docs(9))
            tables.write("events", _events(9))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    docs, events = len(store.read_table(tmp_path, "documents")), len(store.read_table(tmp_path, "events"))
    assert docs == events and docs in (5, 9)
    con = duckdb.connect(str(tmp_path / "events.duckdb"), read_only=True)
    assert con.execute("select (select count(*) from documents), (select count(*) from events)").fetchone() == \
        (docs, events)
    con.close()
    store.write_table(tmp_path, "runs", store.empty("runs"))  # the next commit clears what the killed one left
    assert len(list((tmp_path / store.SNAPSHOTS).iterdir())) == 1 and not list(tmp_path.glob(".*.tmp"))


def _events(n: int) -> pd.DataFrame:
    return pd.DataFrame([{"event_id": f"e{i}", "doc_id": f"d{i}", "event_type": "delivery", "status": "asserted",
                          "provider": [], "recipient": ["Ghana"], "vaccine": [], "quantity": None,
                          "quantity_unit": None, "quantity_qualifier": None, "event_date": None, "date_text": None,
                          "evidence": "x", "trigger": "y", "confidence": 0.5, "sentence_start": 0,
                          "sentence_end": 1, "provider_iso3": [], "recipient_iso3": ["GHA"], "fact_id": f"F{i}"}
                         for i in range(n)])
