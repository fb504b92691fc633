from __future__ import annotations

import pytest

from pipeline.sentences import split_sentences

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
