from __future__ import annotations

import random
import re

import pytest

from pipeline.sentences import candidate_sentences, literal_alternation, split_sentences

CASES = [
    ("two", "Ghana got doses. Togo got more.", ["Ghana got doses.", "Togo got more."]),
    ("abbreviations", "On Jan. 7 the U.S. sent 2.5 million doses. Dr. Lee agreed.",
     ["On Jan. 7 the U.S. sent 2.5 million doses.", "Dr. Lee agreed."]),
    ("quote", 'He said "It arrived." Then it left.', ['He said "It arrived."', "Then it left."]),
    ("lines", "Headline without stop\nBody sentence.", ["Headline without stop", "Body sentence."]),
    ("decimal", "It costs 2.5 dollars. Yes.", ["It costs 2.5 dollars.", "Yes."]),
    ("initial", "John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
    ("vaccine_ending_in_a_letter", "Peru banned Sputnik V. It signed with Pfizer.",
     ["Peru banned Sputnik V.", "It signed with Pfizer."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


def _both(words: set[str], flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The whole-word pattern of `words` as a plain alternation (longest first) and as a prefix tree."""
    plain = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return (re.compile(r"\b(?:" + plain + r")\b", flags),
            re.compile(r"\b(?:" + literal_alternation(words) + r")\b", flags))


# (id, words, texts): the prefix tree matches where the plain alternation does
ALTERNATIONS = [
    ("prefixes", {"ship", "shipment", "shipments", "shipped"}, ["shipments arrived", "a shipper", "ship", "reship"]),
    ("hyphen_and_dot", {"roll-out", "rollout", "j&j", "u.s."}, ["the roll-out began", "J&J doses", "the U.S. gave"]),
    ("one_letter_words", {"a", "ab", "b"}, ["b", "abc", "a b", "cab"]),
]


@pytest.mark.parametrize(("words", "texts"), [c[1:] for c in ALTERNATIONS], ids=[c[0] for c in ALTERNATIONS])
def test_literal_alternation_matches_as_the_plain_one(words: set[str], texts: list[str]) -> None:
    plain, tree = _both(words, re.I)
    assert [bool(plain.search(t)) for t in texts] == [bool(tree.search(t)) for t in texts]
    assert [bool(plain.fullmatch(w)) for w in words] == [bool(tree.fullmatch(w)) for w in words]


def test_literal_alternation_on_random_words() -> None:
    rng = random.Random(0)
    for _ in range(200):
        words = {"".join(rng.choice("abc-") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))}
        plain, tree = _both(words)
        for _ in range(20):
            text = "".join(rng.choice("abc- ") for _ in range(rng.randint(0, 12)))
            assert bool(plain.search(text)) == bool(tree.search(text)), (words, text)


# (id, sentence, is it parsed): a pattern's cue is its rarest required word, so that "make ... available"
# does not have every sentence with "made" parsed
CANDIDATES = [
    ("made_available", "About 5,000 doses of the vaccine would be made available to Uganda.", True),
    ("made_without_available", "The ministry made its vaccine plans public on Monday.", False),
    # "1.02 million doses due on Tuesday" is cued by "due", not by "doses"
    ("doses_due", "Kenya is next in line, with 1.02 million doses due on Tuesday.", True),
    ("doses_without_due", "Kenya now holds 1.02 million doses in its stores.", False),
]


@pytest.mark.parametrize(("text", "parsed"), [c[1:] for c in CANDIDATES], ids=[c[0] for c in CANDIDATES])
def test_pattern_cue_words(text: str, parsed: bool) -> None:
    assert candidate_sentences(split_sentences(text)) == ([0] if parsed else [])
