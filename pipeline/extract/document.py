"""Document: the events of one article. The rules read every trigger with its article as context
(`analyse`); the trained deciders then choose the events, their status and their parties (`decide`)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from pipeline.extract import decide as deciding
from pipeline.extract import roles
from pipeline.extract.context import (
    DocumentContext,
    document_context,
    focus_country,
    sentence_context,
)
from pipeline.extract.features import STATUS_FEATURES, collect
from pipeline.extract.models import Models
from pipeline.extract.records import Candidate, Context, Event
from pipeline.extract.rules import read
from pipeline.sentences import Sentence


@dataclass
class Analysis:
    """An article as the rules read it, before any decision: its context and every candidate trigger."""

    context: DocumentContext
    candidates: list[Candidate]

    def rule_events(self) -> list[tuple[int, Event]]:
        """The events the rules alone keep."""
        return [(c.sentence, ev) for c in self.candidates if c.reading.kept
                for ev in (c.reading.event, *c.reading.extra)]


def analyse(text: str, sentences: list[Sentence], docs: dict[int, Doc], published: date | None) -> Analysis:
    """Read every trigger of the parsed sentences `docs` of an article, each with its sentence's context."""
    # a first reading with no context says which country the article is about
    first = [r.event for doc in docs.values() for r in read(doc, Context()) if r.kept]
    focus = focus_country(text, first)
    candidates: list[Candidate] = []
    kept: dict[int, list[Event]] = {}
    for i, doc in docs.items():
        ctx = sentence_context(i, sentences, docs, published, focus, kept.get(i - 1, ()))
        readings = read(doc, ctx)
        kept[i] = [ev for r in readings if r.kept for ev in (r.event, *r.extra)]
        candidates.extend(Candidate(i, r, ctx) for r in readings)
    return Analysis(document_context(text, sentences, docs, published, focus), candidates)


def decide(analysis: Analysis, models: Models | None) -> list[tuple[int, Event]]:
    """(sentence index, event) for each event the models find; the rules' events when there are no models."""
    if models is None:
        return analysis.rule_events()
    doc, cands = analysis.context, analysis.candidates
    decisions = deciding.classify(models.event, cands, doc, models.info.get("threshold", 0.5))
    groups = deciding.happenings(cands, decisions)
    if not groups:
        return []
    heads = [cands[g[0]] for g in groups]
    for c, g in zip(heads, groups):
        c.event_type = decisions[g[0]][0]
    statuses = _statuses(models, heads, doc)
    out: list[tuple[int, Event]] = []
    for c, g, status in zip(heads, groups, statuses):
        ev = copy.copy(c.reading.event)
        ev.event_type, ev.status, ev.confidence = decisions[g[0]][0], status, round(decisions[g[0]][1], 4)
        for k in g[1:]:
            _fill_fields(ev, cands[k].reading.event)
        parties = roles.party_candidates(c, doc)
        ev.provider, ev.recipient = _roles(models, c, parties, doc, ev.event_type)
        out.append((c.sentence, ev))
        if ev.event_type in ("delivery", "offer"):
            out.extend((c.sentence, _split(extra, ev)) for extra in c.reading.extra)
    return out


def _statuses(models: Models, heads: list[Candidate], doc: DocumentContext) -> list[str]:
    probs = models.status.predict_proba([collect(STATUS_FEATURES, c, doc) for c in heads])
    classes = list(models.status.classes_)
    return [classes[int(row.argmax())] for row in probs]


def _roles(models: Models, c: Candidate, parties: list[roles.PartyCandidate], doc: DocumentContext,
           event_type: str) -> tuple[list[str], list[str]]:
    if not parties:
        return [], []
    x = roles.role_features(c, parties, doc)
    p_provider = [row[1] for row in models.provider.predict_proba(x)]
    p_recipient = [row[1] for row in models.recipient.predict_proba(x)]
    return roles.choose(parties, p_provider, p_recipient, event_type, models.info.get("role_thresholds", {}))


def _fill_fields(into: Event, other: Event) -> None:
    """A second trigger of the same happening lends the fields the first one lacks."""
    if not into.vaccine:
        into.vaccine = other.vaccine
    if into.quantity is None and other.quantity is not None:
        into.quantity, into.quantity_unit, into.quantity_qualifier = (
            other.quantity, other.quantity_unit, other.quantity_qualifier)
    if into.event_date is None and other.event_date is not None:
        into.event_date, into.date_text = other.event_date, other.date_text


def _split(extra: Event, main: Event) -> Event:
    """A further count with its own destination: the main event's decisions, its own recipient and count."""
    ev = copy.copy(extra)
    ev.event_type, ev.status, ev.provider, ev.confidence = main.event_type, main.status, main.provider, main.confidence
    return ev

