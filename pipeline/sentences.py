"""Sentence splitting that needs no model, so the expensive pipeline only sees candidate sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "col", "lt", "capt", "sgt",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc",
    "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "p", "pp", "al", "e.g", "i.e", "u.s", "u.k",
    "u.n", "d.c", "a.m", "p.m", "mt", "ft", "op", "art",
}
_BOUNDARY = re.compile(r"""([.!?]["')\]]*)(\s+)(?=["'(\[]?[A-Z0-9])""")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned text: [start, end) offsets and its text."""

    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not word:
        return False
    w = word.group(1).lower().rstrip(".")
    return w in _ABBREV or len(w) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", w))


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned text at line breaks and at sentence punctuation followed by a capital."""
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text):
        start, chunk = para.start(), para.group()
        cut = 0
        for m in _BOUNDARY.finditer(chunk):
            if m.group(1).startswith(".") and _is_abbreviation(chunk, m.start()):
                continue
            _add(out, text, start + cut, start + m.end(1))
            cut = m.end()
        _add(out, text, start + cut, start + len(chunk))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
