"""Document: the events of one article. The rules read every trigger with its article as context
(`analyse`); the trained deciders then choose the events, their status and their parties (`decide`)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from spacy.tokens import Doc

from pipeline.extract import decide as deciding
from pipeline.extract import roles
from pipeline.extract.context import (
    DocumentContext,
    document_context,
    focus_country,
    names_country,
    sentence_context,
)
from pipeline.extract.features import STATUS_FEATURES, collect
from pipeline.extract.fields import SPLITS, unclaimed
from pipeline.extract.models import Models
from pipeline.extract.records import Candidate, Context, Event
from pipeline.extract.rules import read
from pipeline.sentences import Sentence

T = TypeVar("T")


@dataclass
class Analysis:
    """An article as the rules read it, before any decision: its context and every candidate trigger."""

    context: DocumentContext
    candidates: list[Candidate]

    def rule_events(self) -> list[tuple[int, Event]]:
        """The events the rules alone keep, with their link to vaccine words as a crude confidence."""
        out = []
        for c in self.candidates:
            if c.reading.kept:
                for ev in (c.reading.event, *c.reading.extra):
                    ev.confidence = c.reading.link
                    out.append((c.sentence, ev))
        return out


def analyse(text: str, sentences: list[Sentence], docs: dict[int, Doc], published: date | None) -> Analysis:
    """Read every trigger of the parsed sentences `docs` of an article, each with its sentence's context."""
    # a first reading with no context says which country the article is about; with no context, only a
    # sentence that names a country can give its events a country
    first = [r.event for doc in docs.values() if names_country(doc)
             for r in read(doc, Context(), kept_only=True) if r.kept]
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
    return decide_all([analysis], models)[0]


def decide_all(analyses: list[Analysis], models: Models | None) -> list[list[tuple[int, Event]]]:
    """`decide` for several articles, with one call of each model for them all (a call costs far more
    than a row)."""
    if models is None:
        return [a.rule_events() for a in analyses]
    features = [deciding.event_features(a.candidates, a.context) for a in analyses]
    decisions = _split_rows(deciding.classify_features(models.event, [a.candidates for a in analyses],
                                                       [x for f in features for x in f], models.event_threshold,
                                                       models.kept_threshold),
                            features)
    groups = [deciding.happenings(a.candidates, d) for a, d in zip(analyses, decisions)]
    heads = [[a.candidates[g[0]] for g in gs] for a, gs in zip(analyses, groups)]
    for hs, gs, d in zip(heads, groups, decisions):
        for c, g in zip(hs, gs):
            c.event_type = d[g[0]][0]
    statuses = _split_rows(_statuses(models, [(c, a.context) for a, hs in zip(analyses, heads) for c in hs]), heads)
    parties = [[roles.party_candidates(c, a.context) for c in hs] for a, hs in zip(analyses, heads)]
    roles_of = _roles(models, [(c, ps, a.context) for a, hs, pss in zip(analyses, heads, parties)
                               for c, ps in zip(hs, pss)])
    chosen = iter(roles_of)
    out: list[list[tuple[int, Event]]] = []
    for a, gs, hs, d, st in zip(analyses, groups, heads, decisions, statuses):
        events: list[tuple[int, Event]] = []
        for c, g, status, theirs in zip(hs, gs, st, roles.others_parties(hs, a.context)):
            ev = copy.copy(c.reading.event)
            ev.event_type, ev.status, ev.confidence = d[g[0]][0], status, round(d[g[0]][1], 4)
            for k in g[1:]:
                _fill_fields(ev, a.candidates[k].reading.event)
            provider, recipient = next(chosen)
            ev.provider = roles.named_here(c, a.context, roles.without_others(provider, theirs),
                                           c.reading.event.provider)
            ev.recipient = roles.named_here(c, a.context, roles.without_others(recipient, theirs),
                                            c.reading.event.recipient)
            ev.recipient = roles.left_unnamed(c, ev.recipient, ev.event_type)
            extras = [_split(extra, ev, c.reading.event) for extra in c.reading.extra
                      if SPLITS.get(ev.event_type) is SPLITS[extra.event_type]]
            if ev.event_type != "administration":  # "150,000 doses to Bhutan and 100,000 to the Maldives":
                ev.recipient = unclaimed(ev.recipient, {p for x in extras for p in x.recipient})  # each its own
            events.append((c.sentence, ev))
            events.extend((c.sentence, x) for x in extras)
        out.append(events)
    return out


def _split_rows(flat: list[T], like: list[list[Any]]) -> list[list[T]]:
    """`flat` cut into consecutive lists as long as those of `like`."""
    out, k = [], 0
    for part in like:
        out.append(flat[k:k + len(part)])
        k += len(part)
    return out


def _statuses(models: Models, heads: list[tuple[Candidate, DocumentContext]]) -> list[str]:
    if not heads:
        return []
    probs = models.status.predict_proba([collect(STATUS_FEATURES, c, doc) for c, doc in heads])
    classes = list(models.status.classes_)
    return [classes[int(row.argmax())] for row in probs]


def _roles(models: Models, events: list[tuple[Candidate, list[roles.PartyCandidate], DocumentContext]]
           ) -> list[tuple[list[str], list[str]]]:
    """Provider and recipient of each event, from its candidate parties."""
    x = [f for c, parties, doc in events for f in roles.role_features(c, parties, doc)]
    if not x:
        return [([], []) for _ in events]
    p_provider = iter(row[1] for row in models.provider.predict_proba(x))
    p_recipient = iter(row[1] for row in models.recipient.predict_proba(x))
    thresholds = models.info.get("role_thresholds", {})
    out = []
    for c, parties, _ in events:
        pp = [next(p_provider) for _ in parties]
        pr = [next(p_recipient) for _ in parties]
        out.append(roles.choose(parties, pp, pr, c.event_type or c.reading.event.event_type, thresholds))
    return out


def _fill_fields(into: Event, other: Event) -> None:
    """A second trigger of the same happening lends the fields the first one lacks."""
    if not into.vaccine:
        into.vaccine = other.vaccine
    if into.quantity is None and other.quantity is not None:
        into.quantity, into.quantity_unit, into.quantity_qualifier = (
            other.quantity, other.quantity_unit, other.quantity_qualifier)
    if into.event_date is None and other.event_date is not None:
        into.event_date, into.date_text = other.event_date, other.date_text


def _split(extra: Event, main: Event, read: Event) -> Event:
    """A further count: the main event's decisions and its own count; a delivery's or an offer's further
    count has its own destination, an administration's the same people unless its own words name a state ("and
    Suriname 80,000"); a giver its own words name ("and 100,000 doses of Pfizer from COVAX") stays (`read` is the
    rules' reading of the main event)."""
    ev = copy.copy(extra)
    ev.event_type, ev.status, ev.confidence = main.event_type, main.status, main.confidence
    if extra.provider == read.provider:
        ev.provider = main.provider
    if main.event_type == "administration" and extra.recipient == read.recipient:
        ev.recipient = main.recipient
    return ev

