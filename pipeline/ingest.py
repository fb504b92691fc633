"""Ingest: read article files and their optional `.meta.json`, never raising on bad input."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
META_FIELDS = ("url", "title", "source", "published")


@dataclass(frozen=True)
class RawDocument:
    """One input file after reading: decoded text plus metadata, or the reason it failed."""

    source_path: str
    doc_id: str
    text: str = ""
    status: str = "ok"  # ok | warning (processed, with a note) | failed
    error: str | None = None
    meta: dict[str, str | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def content_id(text: str) -> str:
    """Stable id from the article text, so one article under two names is one document."""
    normalised = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def path_id(path: Path) -> str:
    """Id for a file whose content could not be read: derived from its path."""
    return "path-" + hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:11]


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8, else Windows-1252, else Latin-1; return text and a note on fallback."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), f"not valid UTF-8 (byte {where}); decoded as {encoding}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def looks_binary(data: bytes) -> bool:
    """True for NUL bytes or a high share of control characters in the first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.05 * max(len(head), 1)


def read_meta(path: Path) -> tuple[dict[str, str | None], str | None]:
    """Read `NAME.meta.json` beside `NAME.txt`; bad metadata is a warning, not a failure."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}, None
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError, RecursionError) as exc:
        return {}, f"metadata ignored: {meta_path.name}: {type(exc).__name__}"
    if not isinstance(raw, dict):
        return {}, f"metadata ignored: {meta_path.name} is not a JSON object"
    meta = {k: (str(raw[k]) if raw.get(k) is not None else None) for k in META_FIELDS if k in raw}
    return meta, None


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one article; every failure becomes a `failed` document with a clear reason."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return RawDocument(source, path_id(path), status="failed",
                               error=f"file too large: {size / 1e6:.1f} MB exceeds the {max_bytes / 1e6:.1f} MB limit")
        data = path.read_bytes()
    except FileNotFoundError:
        return RawDocument(source, path_id(path), status="failed", error="file disappeared before it could be read")
    except OSError as exc:
        return RawDocument(source, path_id(path), status="failed", error=f"unreadable: {exc.strerror or exc}")
    if not data.strip():
        return RawDocument(source, path_id(path), status="failed", error="empty file")
    if looks_binary(data):
        return RawDocument(source, path_id(path), status="failed", error="binary file, not text")
    text, note = decode(data)
    meta, meta_note = read_meta(path)
    notes = "; ".join(n for n in (note, meta_note) if n) or None
    return RawDocument(source, content_id(text), text=text, status="warning" if notes else "ok",
                       error=notes, meta=meta)
