from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import content_id, read_document

CASES = [
    # (file name, bytes, expected status, fragment of the error or None)
    ("utf8", "Japan donated 1 million doses to Vietnam.".encode("utf-8"), "ok", None),
    ("bom", "\ufeffGhana received doses.".encode("utf-8"), "ok", None),
    ("latin1", "Côte d'Ivoire reçut 50 000 doses.".encode("latin-1"), "warning", "decoded as cp1252"),
    ("empty", b"", "failed", "empty file"),
    ("blank", b"  \n\t\n", "failed", "empty file"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "failed", "binary"),
]


@pytest.mark.parametrize(("name", "data", "status", "error"), CASES, ids=[c[0] for c in CASES])
def test_read_document_statuses(tmp_path: Path, name: str, data: bytes, status: str, error: str | None) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.status == status
    if error is None:
        assert doc.error is None
    else:
        assert error in (doc.error or "")


def test_too_large_file_is_failed_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"doses " * 4_000_000)  # 24 MB
    doc = read_document(path, max_bytes=10_000_000)
    assert doc.status == "failed" and "too large" in (doc.error or "")


def test_missing_file_is_failed(tmp_path: Path) -> None:
    doc = read_document(tmp_path / "gone.txt")
    assert doc.status == "failed" and "disappeared" in (doc.error or "")


def test_meta_is_read_and_bad_meta_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text about doses.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2021-09-02", "url": "u", "x": 1}))
    doc = read_document(tmp_path / "a.txt")
    assert doc.meta == {"published": "2021-09-02", "url": "u"} and doc.status == "ok"
    (tmp_path / "b.txt").write_text("Text about doses.", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text("[" * 100_000)  # deeply nested junk
    doc = read_document(tmp_path / "b.txt")
    assert doc.status == "warning" and "metadata ignored" in (doc.error or "") and doc.meta == {}


def test_same_article_under_two_names_and_encodings_is_one_document(tmp_path: Path) -> None:
    text = "Ghana a reçu 600 000 doses.\r\n"
    (tmp_path / "one.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "two.txt").write_bytes(text.replace("\r\n", "\n").encode("latin-1"))
    assert read_document(tmp_path / "one.txt").doc_id == read_document(tmp_path / "two.txt").doc_id
    assert content_id("a") != content_id("b")
