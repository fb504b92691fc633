from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import content_id, discover, read_document, read_documents

CASES = [
    # (file name, bytes, expected status, fragment of the error or None)
    ("utf8", "Japan donated 1 million doses to Vietnam.".encode("utf-8"), "ok", None),
    ("bom", "\ufeffGhana received doses.".encode("utf-8"), "ok", None),
    ("latin1", "Côte d'Ivoire reçut 50 000 doses.".encode("latin-1"), "warning", "decoded as cp125"),
    ("utf16", "\ufeffGhana received 600,000 doses.".encode("utf-16-le"), "warning", "UTF-16 (byte-order mark)"),
    ("nul_early", b"Ghana received\x00 600,000 doses." + b" More text." * 100, "warning", "1 NUL byte(s) removed"),
    ("nul_late", b"Ghana received 600,000 doses." + b" More text." * 2000 + b"\x00 end.", "warning", "NUL"),
    ("mojibake", "Côte d’Ivoire received doses.".encode("utf-8").decode("cp1252").encode("utf-8"), "warning",
     "mojibake repaired"),
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


def test_repairs_leave_the_text_clean(tmp_path: Path) -> None:
    for name, data, *_ in CASES[3:7]:
        (tmp_path / f"{name}.txt").write_bytes(data)
        text = read_document(tmp_path / f"{name}.txt").text
        assert "\x00" not in text and "Ã" not in text and "â€" not in text and text.strip()
    assert read_document(tmp_path / "utf16.txt").text.startswith("Ghana received")
    assert "Côte d’Ivoire" in read_document(tmp_path / "mojibake.txt").text


def test_too_large_file_is_failed_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"doses " * 3_500_000)  # 21 MB
    doc = read_document(path, max_bytes=10 * 2**20)
    assert doc.status == "failed" and doc.error == "file too large: 20 MiB exceeds the 10 MiB limit (--max-mib)"


def test_symlink_loop_and_broken_link_are_found_and_failed(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "good.txt").write_text("Ghana received doses.", encoding="utf-8")
    (sub / "loop").symlink_to(sub / "loop")
    (sub / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (sub / "up").symlink_to(tmp_path)  # a folder link back up: walked once, not for ever
    found = discover(tmp_path)
    assert sorted(p.name for p in found) == ["dangling.txt", "good.txt", "loop"]
    errors = {p.name: read_document(p).error for p in found}
    assert errors["loop"] == "symlink loop" and "broken symlink" in (errors["dangling.txt"] or "")


@pytest.mark.parametrize(("published", "kept"), [("2021-09-02", True), ("2021-09", True), ("2021-09-02T10:00:00Z", True),
                                                 ("2021-13-45", False), ("last Tuesday", False), ("2021-02-30", False)])
def test_published_must_be_a_date(tmp_path: Path, published: str, kept: bool) -> None:
    (tmp_path / "a.txt").write_text("Text about doses.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": published, "source": "Reuters"}))
    doc = read_document(tmp_path / "a.txt")
    assert doc.meta["source"] == "Reuters"
    if kept:
        assert doc.meta["published"] == published and doc.status == "ok"
    else:
        assert doc.meta["published"] is None and doc.error == f"published is not a date: {published!r}"


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


PAGE = """<!DOCTYPE html><html><head><title>Ghana receives 600,000 doses | Daily News</title>
<meta property="og:url" content="https://news.example.com/ghana-covax">
<meta name="article:published_time" content="2021-02-24T09:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe now</li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Ghana receives 600,000 doses from COVAX</h1>
<p>Ghana on Wednesday became the first country to receive vaccines through the COVAX facility, with a shipment
of 600,000 doses of the AstraZeneca vaccine arriving in Accra.</p>
<p>The doses, manufactured by the Serum Institute of India, were flown from Mumbai, UNICEF said.</p>
<div class="share">Share on Facebook Share on Twitter</div></article>
<footer>Copyright 2021 Daily News. All rights reserved. Privacy policy</footer></body></html>"""


def test_html_page_gives_its_article_and_metadata_without_the_page_furniture(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    doc = read_documents(tmp_path / "page.html", tmp_path)[0]
    assert doc.status == "ok" and doc.text.startswith("Ghana receives 600,000 doses from COVAX")
    assert "600,000 doses of the AstraZeneca vaccine" in doc.text
    for furniture in ("cookies", "Share on", "Subscribe", "All rights reserved", "Home"):
        assert furniture not in doc.text
    assert doc.meta["published"] == "2021-02-24" and doc.meta["url"] == "https://news.example.com/ghana-covax"
    assert doc.article == "https://news.example.com/ghana-covax"
    (tmp_path / "blank.htm").write_text("<html><head><title></title></head><body></body></html>", encoding="utf-8")
    assert read_documents(tmp_path / "blank.htm", tmp_path)[0].status == "failed"


def test_jsonl_records_are_documents_and_bad_lines_are_recorded(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": "Ghana received 600,000 doses.", "url": "https://x.org/1", "published": "2021-02-24",
                    "title": "Ghana"}),
        "{not json",
        json.dumps({"id": "r3", "text": "Kenya received 1 million doses.", "published": "2021-13-45"}),
        json.dumps(["a list"]),
        json.dumps({"id": "r5", "text": ""}),
        "",
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = read_documents(tmp_path / "feed.jsonl", tmp_path)
    assert [d.status for d in docs] == ["ok", "failed", "warning", "failed", "failed"]
    assert docs[0].article == "https://x.org/1" and docs[0].meta["title"] == "Ghana"
    assert docs[2].article == "feed.jsonl#r3" and docs[2].meta["published"] is None
    assert docs[1].error == "line 2 is not JSON: JSONDecodeError" and "line 5 has no text" in (docs[4].error or "")
    assert len({d.doc_id for d in docs}) == 5 and {d.source_path for d in docs} == {str(tmp_path / "feed.jsonl")}


def test_a_jsonl_file_of_other_records_is_one_failed_row_not_one_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"doc": f"a{k}", "event_type": "delivery", "evidence": "Ghana received doses."}) for k in range(40)]
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_documents(tmp_path / "gold.jsonl", tmp_path)
    assert [(d.status, d.error) for d in docs] == [
        ("failed", 'not a file of articles: none of its 40 records has a "text" field')]
