"""The attribute rules as a lookup write what spaCy's own attribute ruler writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.tag_attributes import TagAttributes
from pipeline.version import SPACY_MODEL

RAW = Path(__file__).resolve().parents[2] / "raw"

# Sentences that reach the ruler's exceptions: a "but" as adverb, an expletive's verb (a two-token
# pattern), pronouns, auxiliaries, a determiner as pronoun, "do"/"have" as main verbs, spaces.
SENTENCES = [
    "There are 2 million doses, but not all of them arrived.",
    "There's no vaccine left; it is all used.",
    "That is what they did, and they have it.",
    "I'd have sent them, but  he says those were\n\nalready given.",
    "Because the shipment was delayed, nobody got vaccinated here.",
    "Do they do it? Once it's done, something will change.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(SPACY_MODEL, exclude=["lemmatizer"])


@pytest.fixture
def lookup(model: Language) -> TagAttributes:
    """A fresh lookup (empty memo) from the model's own attribute-rule patterns."""
    return TagAttributes(patterns=model.get_pipe("attribute_ruler").patterns)


def _parsed(model: Language, texts: list[str]) -> list[Doc]:
    with model.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return list(model.pipe(texts))


def test_same_attributes_as_the_models_ruler(model: Language, lookup: TagAttributes) -> None:
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(RAW.rglob("*.txt"))]
    ruler = model.get_pipe("attribute_ruler")
    docs = _parsed(model, texts)
    theirs = [ruler(d.copy()) for d in docs]
    ours = [lookup(d.copy()) for d in docs]
    got = [(t.pos_, t.tag_, t.dep_) for d in ours for t in d]
    want = [(t.pos_, t.tag_, t.dep_) for d in theirs for t in d]
    assert len(got) > 2000
    assert got == want
    # the exceptions were reached, not only the tag map
    assert {"SPACE", "AUX", "PRON", "SCONJ"} <= {p for p, _, _ in got}


def test_two_token_pattern_applies_to_its_index(model: Language, lookup: TagAttributes) -> None:
    doc = lookup(_parsed(model, ["There are many doses."])[0])
    assert [t.dep_ for t in doc][:2] == ["expl", "ROOT"]
    assert doc[1].pos_ == "VERB"  # the ruler's expletive rule; its tag alone would say AUX


def test_memo_keys_unnamed_words_alike(model: Language, lookup: TagAttributes) -> None:
    lookup(_parsed(model, ["Ghana received doses."])[0])
    before = len(lookup._memo)
    lookup(_parsed(model, ["Kenya obtained vials."])[0])
    assert len(lookup._memo) == before


def test_unknown_operator_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        TagAttributes(patterns=[{"patterns": [[{"TAG": {"FUZZY": "NN"}}]], "attrs": {"POS": "NOUN"}, "index": 0}])


def test_pipeline_uses_the_lookup(nlp: Language) -> None:
    assert "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index("tag_attributes") == nlp.pipe_names.index("parser") + 1
