"""Decide: is a candidate a supply event, and of which type (a trained model over
`features.EVENT_FEATURES`); then one event per happening in each sentence."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Sequence

from pipeline.extract.context import DocumentContext
from pipeline.extract.features import EVENT_FEATURES, Features, collect
from pipeline.extract.models import NO_EVENT
from pipeline.extract.records import Candidate


def event_features(candidates: list[Candidate], doc: DocumentContext) -> list[Features]:
    """The features of each candidate."""
    return [collect(EVENT_FEATURES, c, doc) for c in candidates]


def classify(model: Any, candidates: list[Candidate], doc: DocumentContext,
             threshold: float = 0.5) -> list[tuple[str, float]]:
    """(type, its probability) for each candidate: its most probable type when the probability that it is
    an event at all reaches `threshold`, else ("none", probability that it is no event)."""
    if not candidates:
        return []
    probs = model.predict_proba(event_features(candidates, doc))
    classes = list(model.classes_)
    none = classes.index(NO_EVENT)
    out: list[tuple[str, float]] = []
    for c, row in zip(candidates, probs):
        types = [(float(p), c) for c, p in zip(classes, row) if c != NO_EVENT]
        best_p, best = max(types)
        if best == "event":
            best = c.reading.event.event_type
        out.append((best, best_p) if 1.0 - float(row[none]) >= threshold else (NO_EVENT, float(row[none])))
    return out


def happenings(candidates: list[Candidate], decisions: Sequence[tuple[str, float]]) -> list[list[int]]:
    """Group the candidates decided to be events into happenings: one per type and sentence (EVENTS.md 6.1),
    unless two triggers each carry their own count of the same unit ("2 million doses ... 1 million doses").

    Each group lists candidate indexes, most probable first; the first one states the event.
    """
    by_place: dict[tuple[int, str], list[int]] = defaultdict(list)
    for k, (label, _) in enumerate(decisions):
        if label != NO_EVENT:
            by_place[(candidates[k].sentence, label)].append(k)
    groups: list[list[int]] = []
    for members in by_place.values():
        members.sort(key=lambda k: -decisions[k][1])
        place: list[list[int]] = []
        for k in members:
            ev = candidates[k].reading.event
            home = next((g for g in place if not _own_count(ev, [candidates[j].reading.event for j in g])), None)
            if home is None:
                place.append([k])
            else:
                home.append(k)
        groups.extend(place)
    return sorted(groups, key=lambda g: (candidates[g[0]].sentence, candidates[g[0]].trigger.start))


def _own_count(ev: Any, group: list[Any]) -> bool:
    """`ev` counts something of its own: a quantity of the same unit that no member of `group` has."""
    if ev.quantity is None:
        return False
    return all(o.quantity is not None and o.quantity != ev.quantity and o.quantity_unit == ev.quantity_unit
               for o in group)
