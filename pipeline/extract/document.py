"""Document: the events of one article, read sentence by sentence with the article as context."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from pipeline.extract.context import focus_country, sentence_context
from pipeline.extract.records import Context, Event
from pipeline.extract.rules import extract
from pipeline.sentences import Sentence


def read_events(text: str, sentences: list[Sentence], docs: dict[int, Doc],
                published: date | None) -> list[tuple[int, Event]]:
    """(sentence index, event) for every event of the parsed sentences `docs` of an article."""
    # a first reading with no context says which country the article is about
    focus = focus_country(text, (ev for doc in docs.values() for ev in extract(doc, Context())))
    out: list[tuple[int, Event]] = []
    by_sentence: dict[int, list[Event]] = {}
    for i, doc in docs.items():
        ctx = sentence_context(i, sentences, docs, published, focus, by_sentence.get(i - 1, ()))
        by_sentence[i] = extract(doc, ctx)
        out.extend((i, ev) for ev in by_sentence[i])
    return out
