"""Article metadata: `NAME.meta.json` beside a file, or the fields of a JSONL record or an HTML page.
Bad metadata is a warning on the article, never a failure."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

META_FIELDS = ("url", "title", "source", "published")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def valid_published(value: str) -> bool:
    """An ISO 8601 date (`2021`, `2021-09`, `2021-09-02`) or date-time that exists on the calendar."""
    value = value.strip()
    if _DATE.fullmatch(value):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(*parts[:3])
        except ValueError:
            return False
        return True
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def clean_meta(raw: dict[str, Any]) -> tuple[dict[str, str | None], list[str]]:
    """The known fields of `raw` as strings, and warnings for values that cannot be used (set to null)."""
    meta = {k: (str(raw[k]).strip() or None if raw.get(k) is not None else None) for k in META_FIELDS if k in raw}
    notes = []
    published = meta.get("published")
    if published and not valid_published(published):
        notes.append(f"published is not a date: {published!r}")
        meta["published"] = None
    return meta, notes


def read_meta(path: Path) -> tuple[dict[str, str | None], list[str]]:
    """Read `NAME.meta.json` beside `NAME.txt` (if any)."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}, []
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError, RecursionError) as exc:
        return {}, [f"metadata ignored: {meta_path.name}: {type(exc).__name__}"]
    if not isinstance(raw, dict):
        return {}, [f"metadata ignored: {meta_path.name} is not a JSON object"]
    return clean_meta(raw)
