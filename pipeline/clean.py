"""Clean: strip web and PDF furniture, keep article sentences, and map offsets back to the original."""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2009": " "})
_TERMINAL = tuple('.!?:;"\')]')


@dataclass(frozen=True)
class CleanRules:
    """Compiled cleaning rules, loaded from `clean_rules.json`."""

    drop_line: tuple[re.Pattern[str], ...]
    drop_inline: re.Pattern[str]
    end_of_body: tuple[re.Pattern[str], ...]
    header_repeats: int
    header_max_chars: int
    min_words_unpunctuated: int
    wrapped_max_chars: int


@lru_cache(maxsize=1)
def load_rules() -> CleanRules:
    """Load the packaged cleaning rules."""
    data = json.loads(resources.files("pipeline").joinpath("clean_rules.json").read_text(encoding="utf-8"))
    return CleanRules(
        drop_line=tuple(re.compile(p, re.I) for p in data["drop_line"]),
        drop_inline=re.compile("|".join(f"(?:{p})" for p in data["drop_inline"]), re.M),
        end_of_body=tuple(re.compile(p, re.I) for p in data["end_of_body"]),
        header_repeats=data["running_header_min_repeats"],
        header_max_chars=data["running_header_max_chars"],
        min_words_unpunctuated=data["min_words_unpunctuated"],
        wrapped_max_chars=data["wrapped_max_chars"],
    )


@dataclass
class CleanText:
    """Cleaned text with a map back to the original: `segments` hold (clean_start, orig_start, length)."""

    text: str
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s[0] for s in self.segments]  # built once: every sentence and mention maps back

    def to_original(self, pos: int) -> int:
        """Original offset of cleaned offset `pos` (separators map to the next kept character)."""
        if not self.segments:
            return pos
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return self.segments[0][1]
        c_start, o_start, length = self.segments[i]
        if pos < c_start + length:
            return o_start + pos - c_start
        if i + 1 < len(self.segments):
            return self.segments[i + 1][1]
        return o_start + length

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the cleaned span [start, end)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


class _Builder:
    """Accumulates kept pieces of the original text and the separators between them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int]] = []
        self.length = 0

    def keep(self, piece: str, orig_start: int) -> None:
        if piece:
            self.segments.append((self.length, orig_start, len(piece)))
            self.parts.append(piece)
            self.length += len(piece)

    def sep(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def build(self) -> CleanText:
        return CleanText("".join(self.parts).translate(_QUOTES), self.segments)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _inline_pieces(line: str, start: int, rules: CleanRules) -> list[tuple[int, str]]:
    """Split a line into kept pieces (orig offset, text), dropping tags, markers and markup."""
    pieces, pos = [], 0
    for m in rules.drop_inline.finditer(line):
        if m.start() > pos:
            pieces.append((start + pos, line[pos:m.start()]))
        pos = max(pos, m.end())
    if pos < len(line):
        pieces.append((start + pos, line[pos:]))
    return pieces


def _is_furniture(stripped: str, rules: CleanRules, repeated: set[str]) -> bool:
    if not stripped:
        return True
    if stripped in repeated:
        return True
    return any(p.match(stripped) for p in rules.drop_line)


def clean(text: str, rules: CleanRules | None = None, headline: Callable[[str], bool] | None = None) -> CleanText:
    """Remove furniture, join broken lines, and return paragraphs separated by blank lines.

    A short line without closing punctuation is furniture ("Top stories", a link), unless it is the first line of
    text, of more than one word, and `headline` takes it for one ("Ghana gets vaccines")."""
    rules = rules or load_rules()
    lines = _lines(text.replace("\r", " "))
    counts = Counter(line.strip() for _, line in lines if line.strip())
    repeated = {s for s, n in counts.items()
                if n >= rules.header_repeats and len(s) <= rules.header_max_chars and not s.endswith(".")}
    lengths = sorted(len(line.strip()) for _, line in lines if line.strip())
    # Text cut to a page width has lines of similar, modest length; where most lines are longer than
    # that, every line is a paragraph or a headline and a capitalised next line starts a new one.
    unwrapped = bool(lengths) and lengths[len(lengths) // 2] > rules.wrapped_max_chars
    paragraphs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for start, line in lines:
        stripped = line.strip()
        if any(p.match(stripped) for p in rules.end_of_body) and len(paragraphs) > 3:
            break
        if _is_furniture(stripped, rules, repeated):
            if not stripped and current:
                paragraphs.append(current)
                current = []
            continue
        pieces = [(s, p) for s, p in _inline_pieces(line, start, rules) if p.strip()]
        if not pieces:
            continue
        visible = " ".join(p.strip() for _, p in pieces)
        if _is_furniture(visible, rules, repeated):
            continue
        words = visible.split()
        first = not paragraphs and not current
        if len(words) < rules.min_words_unpunctuated and not visible.endswith(_TERMINAL) and not (
                first and len(words) > 1 and headline is not None and headline(visible)):
            if current:
                paragraphs.append(current)
                current = []
            continue
        if current and not visible[0].islower() and (unwrapped or _ends_sentence(current) or _short_line(current)
                                                      or _not_cut(current, visible)):
            paragraphs.append(current)  # a headline or a finished sentence; a long cut line goes on
            current = []
        current.extend(pieces)
    if current:
        paragraphs.append(current)
    return _assemble(_join_broken(paragraphs))


def _short_line(pieces: list[tuple[int, str]]) -> bool:
    """The last line is a headline or caption (short, or in title case), not a line cut by a page width."""
    line = pieces[-1][1].strip()
    words = line.split()
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return len(line) < 60 or (len(line) < 140 and capitalised >= 0.5 * len(words))


def _not_cut(pieces: list[tuple[int, str]], next_line: str) -> bool:
    """The last line ended where its writer ended it: the next line's first word would have fitted on it with room to
    spare, as the next line is longer still ("Fiji receives 12,000 doses of measles-rubella vaccine from New Zealand"
    over a paragraph of 180 characters), so no page width cut it."""
    return len(pieces[-1][1].strip()) + 1 + len(next_line.split()[0]) <= 0.8 * len(next_line)


def _ends_sentence(pieces: list[tuple[int, str]]) -> bool:
    return pieces[-1][1].rstrip().endswith(_TERMINAL)


def _join_broken(paragraphs: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Join a paragraph cut by a page break: no closing punctuation, next starts in lower case."""
    out: list[list[tuple[int, str]]] = []
    for para in paragraphs:
        first = para[0][1].lstrip()
        if out and not _ends_sentence(out[-1]) and first[:1].islower():
            out[-1] = out[-1] + para
        else:
            out.append(para)
    return out


def _assemble(paragraphs: list[list[tuple[int, str]]]) -> CleanText:
    b = _Builder()
    for pi, para in enumerate(paragraphs):
        if pi:
            b.sep("\n\n")
        for i, (start, piece) in enumerate(para):
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if i and not b.parts[-1].endswith(" "):
                b.sep(" ")
            b.keep(body, start + lead)
    return b.build()
