"""Sentences: model-free splitting of cleaned text, and the filter that picks the candidate sentences
the parser reads (a trigger word near vaccine vocabulary)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.nlp import load_patterns
from pipeline.nlp.lexicon import lexicon

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


@lru_cache(maxsize=1)
def _lettered_names() -> tuple[str, ...]:
    """Vaccine names that end in a single letter ("Sputnik V", "hepatitis B"): their full stop ends a
    sentence, unlike an initial's."""
    return tuple(row["pattern"] for row in load_patterns("entities.jsonl") if row["label"] == "VACCINE"
                 and isinstance(row["pattern"], str) and re.search(r"\s[A-Za-z]$", row["pattern"]))


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not word or text[:dot].endswith(_lettered_names()):
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


# --- candidate sentences: the only ones the parser reads ------------------------------------------

MAX_SENTENCE_CHARS = 1500


@lru_cache(maxsize=1)
def _trigger_regex() -> re.Pattern[str]:
    """Every surface form of every trigger, for a cheap first pass before the parser."""
    forms = {form for row in load_patterns("triggers.jsonl") for form in _cue_words(row["pattern"])}
    return re.compile(r"\b(?:" + literal_alternation(forms) + r")\b", re.I)


def literal_alternation(words: set[str]) -> str:
    """A pattern matching any of `words` (taken literally), as a tree of shared prefixes: the same matches
    as the plain alternation "a|b|...", but Python's engine tries a few letters at each place instead of
    hundreds of words (16 times faster over the bench articles)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return pattern(tree)


def _cue_words(pattern: str | list[dict[str, Any]]) -> list[str]:
    """Words one of which a sentence must hold to match a pattern: a phrase's first word; of a token pattern,
    the forms of its rarest required token, taken as the one whose shortest form is longest ("make ...
    available" is cued by "available": cued by "make", nearly every sentence would be parsed). A token with an
    "OP" is left out of the choice, "{1}" (once, as with no OP) included: that is how a pattern names its cue
    ("urged China to send" is cued by its verb of giving, whose sentences the parser reads anyway)."""
    if isinstance(pattern, str):
        return [pattern.split()[0].lower()]
    forms = []
    for tok in pattern:
        lower = tok.get("LOWER", "")
        words = lower.get("IN", []) if isinstance(lower, dict) else [lower]
        if words and all(words) and "OP" not in tok:
            forms.append([w.lower() for w in words])
    return max(forms, key=lambda ws: min(map(len, ws)), default=[])


@lru_cache(maxsize=1)
def vaccine_regex() -> re.Pattern[str]:
    """Vaccine vocabulary: the lexicon's vaccine nouns, vaccine names, and every form of 'vaccinate'."""
    words = set(lexicon().vaccine_nouns) | {row["pattern"].lower() for row in load_patterns("entities.jsonl")
                                            if row["label"] == "VACCINE" and isinstance(row["pattern"], str)}
    stems = r"vaccin\w*|inocul\w*|immuni[sz]\w*|jabs?\b|jabbed"  # every form of the intrinsic triggers
    return re.compile(r"\b(?:" + stems + "|" + literal_alternation(words) + r")", re.I)


def speaks_of_vaccines(text: str) -> bool:
    """Whether a text holds vaccine vocabulary: a short first line that does is a headline ("Ghana gets vaccines")."""
    return bool(vaccine_regex().search(text))


def has_trigger(text: str) -> bool:
    """Cheap test: could this sentence hold an event? (a trigger word, in a sentence the parser can take)"""
    return len(text) <= MAX_SENTENCE_CHARS and bool(_trigger_regex().search(text))


def candidate_sentences(sentences: list[Sentence], window: int = 2) -> list[int]:
    """Indexes of the sentences worth parsing: a trigger word, with vaccine vocabulary in the sentence or
    in one of the `window` sentences before it ("The shipment arrived in Accra on Tuesday")."""
    vac = vaccine_regex()
    related = [bool(vac.search(s.text)) for s in sentences]
    return [i for i, s in enumerate(sentences) if has_trigger(s.text) and any(related[max(0, i - window):i + 1])]
