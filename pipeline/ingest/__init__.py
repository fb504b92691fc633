"""Ingest: find article files and read them into documents, never raising on bad input.

Formats (`formats.py`): `.txt` (with an optional `NAME.meta.json`), `.html`/`.htm` pages and `.jsonl`
files of records. Every failure becomes a `failed` document whose `error` says why; every repair (a
guessed encoding, NUL bytes, mojibake, a bad date) is a `warning` with a note.
"""

from __future__ import annotations

import errno
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class RawDocument:
    """One article after reading: decoded text plus metadata, or the reason it failed.

    `article` identifies the article across edits: its URL, else its path relative to the input folder
    (plus the record's id or line for JSONL). `doc_id` identifies the text itself."""

    source_path: str
    doc_id: str
    text: str = ""
    status: str = "ok"  # ok | warning (processed, with a note) | failed
    error: str | None = None
    meta: dict[str, str | None] = field(default_factory=dict)
    article: str = ""
    file_hash: str = ""  # digest of the file's bytes ("" when unreadable): unchanged files are not read again

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def content_id(text: str) -> str:
    """Stable id from the article text, so one article under two names is one document."""
    normalised = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def file_digest(data: bytes) -> str:
    """Digest of a file's bytes: equal digests mean the reading would come out the same."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_bytes(path: Path, max_bytes: int) -> bytes | str:
    """The file's bytes, or the reason they cannot be read."""
    problem = link_problem(path)
    if problem:
        return problem
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return f"file too large: {mib(size)} exceeds the {mib(max_bytes)} limit (--max-mib)"
        return path.read_bytes()
    except FileNotFoundError:
        return "file disappeared before it could be read"
    except IsADirectoryError:
        return "a folder, not a file"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"


def unchanged_file(path: Path, digest: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bool:
    """The file at `path` still holds the bytes whose digest is `digest` (hashing is far cheaper than
    decoding and extracting a web page's text)."""
    data = read_bytes(path, max_bytes) if digest else ""
    return isinstance(data, bytes) and file_digest(data) == digest


def path_id(path: str) -> str:
    """Id for a file or record whose content could not be read: derived from its path."""
    return "path-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:11]


def article_key(path: Path, root: Path | None) -> str:
    """The path that names an article without a URL: relative to the input folder when inside it."""
    if root is not None:
        try:
            return path.absolute().relative_to(root.absolute()).as_posix()
        except ValueError:
            pass
    return path.absolute().as_posix()


def mib(n: int) -> str:
    """A byte count as the user reads it: `10 MiB`, `21.3 MiB`."""
    return f"{n / 2**20:.1f}".removesuffix(".0") + " MiB"


def discover(input_dir: Path) -> list[Path]:
    """Article files under a folder (following links to folders once), in a stable order. Links that
    cannot be followed (a loop, a missing target) are returned too, so they are recorded as failed."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for top, dirs, files in os.walk(input_dir, followlinks=True):
        st = os.stat(top)
        if (st.st_dev, st.st_ino) in seen:  # a link back to a folder already walked
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        for name in [*files, *dirs]:
            path = Path(top) / name
            if path.is_symlink() and not path.exists():
                found.append(path)
            elif name in files and path.suffix.lower() in SUFFIXES and not name.startswith("."):
                found.append(path)
    return sorted(found)


def link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be read, or None."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symlink loop"
    except OSError as exc:
        return "symlink loop" if exc.errno == errno.ELOOP else "broken symlink: its target does not exist"
    return None


def read_documents(path: Path, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument]:
    """The documents of one file: one for `.txt` and `.html`, one per record for `.jsonl`."""
    from pipeline.ingest.formats import read_file

    return read_file(path, article_key(path, root), max_bytes)


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """The document of a single-article file (`.txt`, `.html`)."""
    return read_documents(path, None, max_bytes)[0]
