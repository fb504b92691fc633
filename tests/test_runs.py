"""Incremental runs, retries and bad input, through the real run functions the flow's tasks call."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import runs, store
from pipeline.ingest import file_digest


def _run(input_dir: Path, output: Path, version: str = "v1", full: bool = False) -> runs.RunSummary:
    plan = runs.plan_run(runs.discover(input_dir), output, version, full=full)
    results = [runs.process_paths(chunk, version) for chunk in runs.batches(plan.to_process, 2)]
    return runs.commit(output, plan, results)


def test_second_run_skips_unchanged_documents(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(seeds_dir, out)
    events = store.read_table(out, "events")
    assert first.documents_read == 4 and first.events_written == len(events) > 10
    second = _run(seeds_dir, out)
    assert (second.documents_read, second.skipped, second.events_written) == (0, 4, 0)
    assert store.read_table(out, "events")["event_id"].tolist() == events["event_id"].tolist()
    runs_table = store.read_table(out, "runs")
    assert runs_table["n_new"].tolist() == [4, 0] and runs_table["n_skipped"].tolist() == [0, 4]


def test_new_file_alone_is_processed(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(seeds_dir, out)
    (seeds_dir / "new.txt").write_text("Zambia received 228,000 doses of the Johnson & Johnson vaccine from the "
                                       "United States.", encoding="utf-8")
    summary = _run(seeds_dir, out)
    assert (summary.documents_read, summary.skipped) == (1, 4)
    events = store.read_table(out, "events")
    docs = store.read_table(out, "documents")
    new_id = docs.loc[docs["source_path"].str.endswith("new.txt"), "doc_id"].item()
    assert events.loc[events["doc_id"] == new_id, "recipient"].map(list).tolist() == [["Zambia"]]


def test_version_change_and_full_reprocess_without_duplicates(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(seeds_dir, out, "v1")
    before = store.read_table(out, "events")
    again = _run(seeds_dir, out, "v2")
    assert again.documents_read == 4
    forced = _run(seeds_dir, out, "v2", full=True)
    assert forced.documents_read == 4
    after = store.read_table(out, "events")
    assert sorted(after["event_id"]) == sorted(before["event_id"])
    assert set(store.read_table(out, "documents")["pipeline_version"]) == {"v2"}


def test_bad_inputs_are_recorded_and_retried(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (seeds_dir / "empty.txt").write_bytes(b"")
    (seeds_dir / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (seeds_dir / "latin1.txt").write_bytes("Le Sénégal a reçu 200 000 doses du vaccin Sinopharm.".encode("latin-1"))
    (seeds_dir / "junk.txt").write_text("(" * 50_000 + "<b>" * 20_000, encoding="utf-8")
    (seeds_dir / "huge.txt").write_bytes(b"Ghana received doses. " * 1_000_000)  # 22 MB
    _run(seeds_dir, out)
    docs = store.read_table(out, "documents").set_index(store.read_table(out, "documents")["source_path"]
                                                        .map(lambda p: Path(p).name))
    assert docs.loc["empty.txt", "status"] == "failed" and docs.loc["empty.txt", "error"] == "empty file"
    assert docs.loc["binary.txt", "status"] == "failed" and "binary" in docs.loc["binary.txt", "error"]
    assert docs.loc["huge.txt", "status"] == "failed" and "too large" in docs.loc["huge.txt", "error"]
    assert docs.loc["latin1.txt", "status"] == "warning" and "decoded as cp125" in docs.loc["latin1.txt", "error"]
    assert docs.loc["junk.txt", "status"] == "ok"
    assert (docs.loc[[p.name for p in sorted(Path(seeds_dir).glob("0*.txt"))], "status"] == "ok").all()

    (seeds_dir / "empty.txt").write_text("Rwanda received 100,000 doses from COVAX.", encoding="utf-8")
    retry = _run(seeds_dir, out)
    assert retry.documents_read == 1  # the failed file that changed is read again; the others fail as before
    docs = store.read_table(out, "documents")
    row = docs[docs["source_path"].str.endswith("empty.txt")]
    assert row["status"].tolist() == ["ok"] and len(docs) == 9


def test_file_that_disappears_mid_run_is_recorded(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    plan = runs.plan_run(runs.discover(seeds_dir), out, "v1")
    victim = Path(plan.to_process[0])
    victim.unlink()
    summary = runs.commit(out, plan, [runs.process_paths(plan.to_process, "v1")])
    docs = store.read_table(out, "documents")
    assert summary.failed == 1
    assert docs.loc[docs["source_path"] == str(victim), "error"].tolist() == ["file disappeared before it could be read"]
    assert (docs["status"] == "ok").sum() == 3


def test_same_content_under_two_names_is_one_document(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(first, seeds_dir / "copy_of_first.txt")
    summary = _run(seeds_dir, out)
    docs = store.read_table(out, "documents")
    assert len(docs) == 4 and summary.skipped == 1
    assert not docs["doc_id"].duplicated().any()
    assert not store.read_table(out, "events")["event_id"].duplicated().any()
    assert isinstance(store.read_table(out, "runs"), pd.DataFrame)


def test_documents_carry_the_digest_of_their_files_bytes(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(seeds_dir, out)
    docs = store.read_table(out, "documents")
    assert {Path(p).name: h for p, h in zip(docs["source_path"], docs["file_hash"])} == {
        p.name: file_digest(p.read_bytes()) for p in seeds_dir.glob("*.txt")}


def test_an_edit_that_keeps_size_and_time_is_still_seen(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(seeds_dir, out)
    path = sorted(seeds_dir.glob("*.txt"))[0]
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    digit = next(ch for ch in text if ch.isdigit())
    path.write_text(text.replace(digit, str((int(digit) + 1) % 10), 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a copy that keeps times would leave it
    assert path.stat().st_size == before.st_size
    summary = _run(seeds_dir, out)
    assert (summary.documents_read, summary.skipped) == (1, 3)


def test_tables_written_before_file_digests_still_skip_unchanged_files(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(seeds_dir, out)
    docs = store.read_table(out, "documents")
    store.write_table(out, "documents", docs.assign(file_hash=None))
    assert runs.processed_files(store.read_table(out, "documents")) == {}
    summary = _run(seeds_dir, out)
    assert (summary.documents_read, summary.skipped) == (0, 4)


@pytest.mark.parametrize(("n", "workers", "sizes"), [
    (250, 2, [32, 32, 32, 32, 31, 23, 17, 13, 10, 8, 8, 8, 4]),
    (100, 2, [25, 19, 14, 11, 8, 8, 8, 7]),
    (20, 2, [8, 8, 4]),
    (3, 2, [3]),
    (0, 2, []),
])
def test_guided_batches_keep_every_file_in_order_large_first(n: int, workers: int, sizes: list[int]) -> None:
    items = [f"f{i}" for i in range(n)]
    out = runs.guided_batches(items, workers)
    assert [len(b) for b in out] == sizes
    assert [x for b in out for x in b] == items
