"""The model's attribute rules (tag -> part of speech and their exceptions) as a lookup, not a Matcher.

en_core_web_sm's `attribute_ruler` runs spaCy's Matcher with 179 token patterns over every token:
about 9.6 microseconds a token, a tenth of the pipeline's time in spaCy. Nearly all of those patterns
test one token (its tag, lower-case form, dependency, whether it is a space), so what they write on a
token is a function of those four values, computed once per distinct combination and then looked up.
The patterns are the model's own, read from its ruler when the pipeline is built; only what the
pipeline reads is written (part of speech, and the tag and dependency of spaces): the morphology and
the lemmas the ruler also sets are read by nothing downstream (the lemmatizer is excluded).
"""

# No `from __future__ import annotations`: spaCy resolves factory signatures at run time.
import re
from typing import Any, Callable

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

KEPT_ATTRS = ("POS", "TAG", "DEP")
Test = Callable[[Token], bool]


def _value_test(attr: str, value: Any) -> Test:
    """One attribute test of a Matcher token pattern: equality, IN, NOT_IN or REGEX."""
    get: Callable[[Token], Any] = {
        "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
        "IS_SPACE": lambda t: t.is_space}[attr]
    if not isinstance(value, dict):
        return lambda t: get(t) == value
    (op, arg), = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: get(t) in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda t: get(t) not in banned
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda t: rx.search(get(t)) is not None
    raise ValueError(f"unsupported attribute-rule operator {op!r}")


def _token_test(spec: dict[str, Any]) -> Test:
    tests = [_value_test(attr, value) for attr, value in spec.items()]
    return lambda t: all(test(t) for test in tests)


class TagAttributes:
    """Apply a model's attribute-rule patterns, in their order (later patterns win, as in spaCy's ruler).

    Writes: `Token.pos` on every token a pattern covers; `Token.tag` and `Token.dep` where a pattern
    sets them (spaces). Every test reads the values the parser and tagger left, not those of earlier
    patterns, as the Matcher does.
    """

    def __init__(self, *, patterns: list[dict[str, Any]]) -> None:
        self.single: list[tuple[int, Test, dict[str, str]]] = []
        self.multi: list[tuple[int, list[Test], int, dict[str, str]]] = []
        words: set[str] | None = set()
        for order, rule in enumerate(patterns):
            attrs = {k: v for k, v in rule["attrs"].items() if k in KEPT_ATTRS}
            if not attrs:
                continue
            named = _words(rule["patterns"])
            words = None if words is None or named is None else words | named
            for pattern in rule["patterns"]:
                if len(pattern) == 1:
                    self.single.append((order, _token_test(pattern[0]), attrs))
                else:
                    self.multi.append((order, [_token_test(s) for s in pattern], rule.get("index", 0), attrs))
        # a word no pattern names is keyed as any other such word, so the memo stays small on any archive
        self._words = {get_string_id(w) for w in words} if words is not None else None
        # (tag, lower, dep, is_space) -> the single-token rules that cover it, what they write together,
        # and which longer patterns can start there
        self._memo: dict[tuple[int, int, int, bool], tuple[list[tuple[int, dict[str, str]]], dict[str, str],
                                                           tuple[int, ...]]] = {}

    def _entry(self, tok: Token) -> tuple[list[tuple[int, dict[str, str]]], dict[str, str], tuple[int, ...]]:
        lower = tok.lower
        key = (tok.tag, lower if self._words is None or lower in self._words else 0, tok.dep, tok.is_space)
        entry = self._memo.get(key)
        if entry is None:
            rules = [(order, attrs) for order, test, attrs in self.single if test(tok)]
            starts = tuple(k for k, (_, tests, _, _) in enumerate(self.multi) if tests[0](tok))
            entry = self._memo[key] = (rules, _merged(rules), starts)
        return entry

    def __call__(self, doc: Doc) -> Doc:
        entries = [self._entry(tok) for tok in doc]
        extra: dict[int, list[tuple[int, dict[str, str]]]] = {}
        for start, (_, _, starts) in enumerate(entries):
            for k in starts:
                order, tests, index, attrs = self.multi[k]
                if start + len(tests) <= len(doc) and all(test(doc[start + j]) for j, test in enumerate(tests)):
                    extra.setdefault(start + index, []).append((order, attrs))
        for tok, (rules, merged, _) in zip(doc, entries):
            if tok.i in extra:
                merged = _merged(sorted(rules + extra[tok.i], key=lambda r: r[0]))
            for attr, value in merged.items():
                setattr(tok, attr, value)
        return doc


def _words(patterns: list[list[dict[str, Any]]]) -> set[str] | None:
    """The lower-case words a rule's patterns test for, or None if one tests a regular expression."""
    out: set[str] = set()
    for spec in (s for pattern in patterns for s in pattern):
        value = spec.get("LOWER")
        if isinstance(value, dict):
            if "REGEX" in value:
                return None
            out.update(w for v in value.values() for w in v)
        elif value is not None:
            out.add(value)
    return out


def _merged(rules: list[tuple[int, dict[str, str]]]) -> dict[str, str]:
    """What rules applied in order leave on a token, as `Token` attribute names (`pos_`, ...)."""
    out: dict[str, str] = {}
    for _, attrs in rules:
        out.update((attr.lower() + "_", value) for attr, value in attrs.items())
    return out


@Language.factory("tag_attributes", default_config={"source": "attribute_ruler"})
def make_tag_attributes(nlp: Language, name: str, *, source: str) -> TagAttributes:
    """Built from the patterns of the pipeline's component `source` (the model's attribute ruler)."""
    return TagAttributes(patterns=nlp.get_pipe(source).patterns)
