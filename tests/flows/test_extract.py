"""The real Prefect flow on the shipped sample, under a real (temporary) Prefect server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.extract import extract_events, make_task_runner
from pipeline import store
from tests.conftest import SEEDS_GOLD

pytestmark = pytest.mark.usefixtures("prefect_server")


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def _f1_against_gold(out: Path) -> float:
    """Event F1 with the contract's matching rule (same document and type, >= 60 % sentence overlap)."""
    gold = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = store.read_table(out, "documents")
    names = dict(zip(docs["doc_id"], docs["source_path"].map(lambda p: Path(p).stem)))
    preds = store.read_table(out, "events").to_dict("records")
    used: set[int] = set()
    tp = fp = 0
    for p in preds:
        match = None
        for j, g in enumerate(gold):
            ta, tb = _tokens(p["evidence"]), _tokens(g["evidence"])
            if (j not in used and g["doc"] == names[p["doc_id"]] and g["event_type"] == p["event_type"]
                    and len(ta & tb) / min(len(ta), len(tb)) >= 0.6):
                match = j
                break
        if match is None:
            fp += 1
        else:
            used.add(match)
            tp += gold[match].get("scope", "vaccine") == "vaccine"
    fn = sum(1 for j, g in enumerate(gold) if g.get("scope", "vaccine") == "vaccine" and j not in used)
    return 2 * tp / (2 * tp + fp + fn)


def test_flow_on_seeds_writes_all_tables(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = extract_events(input_dir=str(seeds_dir), output_dir=str(out), n_process=1)
    assert summary["documents_read"] == 4 and summary["failed"] == 0 and summary["events_written"] > 20
    for name in ("documents", "mentions", "events", "runs"):
        assert (out / store.TABLE_FILES[name]).exists()
    con = duckdb.connect(str(out / "events.duckdb"), read_only=True)
    n_events = con.execute("select count(*) from events").fetchone()[0]
    assert n_events == summary["events_total"]
    mentions = store.read_table(out, "mentions")
    assert {"GPE", "ORG", "VACCINE", "QUANTITY"} <= set(mentions["label"])
    raw = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    docs = store.read_table(out, "documents")
    names = dict(zip(docs["doc_id"], docs["source_path"].map(lambda p: Path(p).stem)))
    for ev in store.read_table(out, "events").head(20).itertuples():
        original = raw[names[ev.doc_id]][ev.sentence_start:ev.sentence_end]
        assert _tokens(ev.evidence) <= _tokens(original) | {"s"}
    assert _f1_against_gold(out) >= 0.6


def test_flow_second_run_is_incremental(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_events(input_dir=str(seeds_dir), output_dir=str(out), n_process=1)
    again = extract_events(input_dir=str(seeds_dir), output_dir=str(out), n_process=1)
    assert (again["documents_read"], again["skipped"], again["events_written"]) == (0, 4, 0)


def test_flow_named_files_only(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = [str(p) for p in sorted(seeds_dir.glob("*.txt"))[:2]]
    summary = extract_events(input_dir=None, files=files, output_dir=str(out), n_process=1)
    assert summary["documents_read"] == 2
    assert set(store.read_table(out, "documents")["source_path"]) == set(files)


def _comparable(out: Path) -> pd.DataFrame:
    events = store.read_table(out, "events").sort_values("event_id").reset_index(drop=True)
    return events.assign(provider=events["provider"].map(list), recipient=events["recipient"].map(list),
                         vaccine=events["vaccine"].map(list))


def test_dask_runner_gives_the_same_tables(seeds_dir: Path, tmp_path: Path) -> None:
    threads, dask = tmp_path / "threads", tmp_path / "dask"
    extract_events(input_dir=str(seeds_dir), output_dir=str(threads), batch_size=2, n_process=2)
    with_dask = extract_events.with_options(task_runner=make_task_runner("dask", workers=2))
    summary = with_dask(input_dir=str(seeds_dir), output_dir=str(dask), batch_size=2, n_process=1,
                        task_runner_name="dask")
    assert summary["documents_read"] == 4
    pd.testing.assert_frame_equal(_comparable(threads), _comparable(dask))
    assert store.read_table(dask, "runs")["task_runner"].tolist() == ["dask"]


def test_existing_dask_cluster_by_address(seeds_dir: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    threads, remote = tmp_path / "threads", tmp_path / "remote"
    extract_events(input_dir=str(seeds_dir), output_dir=str(threads), n_process=1)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        runner = make_task_runner("dask", dask_address=cluster.scheduler_address)
        summary = extract_events.with_options(task_runner=runner)(
            input_dir=str(seeds_dir), output_dir=str(remote), batch_size=2, n_process=1, task_runner_name="dask")
    assert summary["documents_read"] == 4
    pd.testing.assert_frame_equal(_comparable(threads), _comparable(remote))


def test_a_plan_given_to_the_flow_is_the_one_it_carries_out(seeds_dir: Path, tmp_path: Path) -> None:
    from pipeline import runs
    from pipeline.version import pipeline_version

    out = tmp_path / "out"
    plan = runs.plan_run(runs.discover(seeds_dir), out, pipeline_version(), root=seeds_dir)
    (seeds_dir / "late.txt").write_text("Zambia received 228,000 doses of the Johnson & Johnson vaccine from the "
                                        "United States.", encoding="utf-8")  # after the plan was made
    summary = extract_events(input_dir=str(seeds_dir), output_dir=str(out), n_process=1, plan=plan)
    assert summary["documents_read"] == 4 and summary["run_id"] == plan.run_id
    again = extract_events(input_dir=str(seeds_dir), output_dir=str(out), n_process=1)
    assert (again["documents_read"], again["skipped"]) == (1, 4)
