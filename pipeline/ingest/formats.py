"""Readers for each input format: bytes to `RawDocument`s."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pipeline.ingest import RawDocument, content_id, file_digest, path_id, read_bytes
from pipeline.ingest.decode import NotText, decode
from pipeline.ingest.meta import clean_meta, read_meta


def _failed(source: str, article: str, error: str, where: str | None = None) -> RawDocument:
    """A failed document; `where` (a file's line) makes its id when one file holds many documents."""
    return RawDocument(source, path_id(where or source), status="failed", error=error, article=article)


def _document(source: str, article: str, text: str, meta: dict[str, str | None], notes: list[str]) -> RawDocument:
    if not text.strip():
        return _failed(source, article, "empty file")
    return RawDocument(source, content_id(text), text=text, status="warning" if notes else "ok",
                       error="; ".join(notes) or None, meta=meta, article=meta.get("url") or article)


def read_file(path: Path, article: str, max_bytes: int) -> list[RawDocument]:
    """Every document of the file at `path`; failures are documents with a reason."""
    source = str(path)
    data = read_bytes(path, max_bytes)
    if isinstance(data, str):
        return [_failed(source, article, data)]
    digest = file_digest(data)
    return [replace(d, file_hash=digest) for d in _read_data(path, source, article, data)]


def _read_data(path: Path, source: str, article: str, data: bytes) -> list[RawDocument]:
    if not data.strip():
        return [_failed(source, article, "empty file")]
    try:
        text, notes = decode(data)
    except NotText as exc:
        return [_failed(source, article, str(exc))]
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return read_jsonl(source, article, text, notes)
    if suffix in (".html", ".htm"):
        return [read_html(source, article, text, notes)]
    meta, meta_notes = read_meta(path)
    return [_document(source, article, text, meta, notes + meta_notes)]


def read_html(source: str, article: str, html: str, notes: list[str]) -> RawDocument:
    """A web page's main text, title, date and URL (trafilatura); menus, cookie notices and share bars
    are not main text."""
    import trafilatura

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    include_tables=False, favor_precision=True)
    if not extracted:
        return _failed(source, article, "no article text found in the page")
    page = json.loads(extracted)
    title = page.get("title")
    body = page.get("text") or ""
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    meta, meta_notes = clean_meta({"title": title, "published": page.get("date"), "url": page.get("source"),
                                   "source": page.get("sitename")})
    return _document(source, article, text, meta, notes + meta_notes)


def read_jsonl(source: str, article: str, text: str, notes: list[str]) -> list[RawDocument]:
    """One document per line `{"id", "text", "url", "published", "title"}`; a bad line is a failed document
    named `FILE:LINE`, and the other lines go on."""
    out = []
    objects = articles = 0  # lines that are JSON objects, and those of them with a "text" field (even empty)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"  # ids of failed lines; the rows keep the file's path
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            out.append(_failed(source, f"{article}:{n}", f"line {n} is not JSON: {type(exc).__name__}", where))
            continue
        if not isinstance(record, dict):
            out.append(_failed(source, f"{article}:{n}", f"line {n} is not a JSON object", where))
            continue
        objects += 1
        articles += "text" in record
        key = f"{article}#{record['id']}" if record.get("id") is not None else f"{article}:{n}"
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            out.append(_failed(source, key, f"line {n} has no text", where))
            continue
        meta, meta_notes = clean_meta(record)
        out.append(_document(source, key, body.replace("\x00", ""), meta, notes + meta_notes))
    if objects and not articles:
        # records of another kind (annotations, metadata): one row says so, not one per line
        return [_failed(source, article, f'not a file of articles: none of its {objects} records has a "text" field')]
    return out or [_failed(source, article, "no records")]
