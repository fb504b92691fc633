"""Decide: is a candidate a supply event (a trained model over `features.EVENT_FEATURES`; its type is the
one the rules give it), then one event per happening in each sentence."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Sequence

from spacy.tokens import Token

from pipeline.extract.context import DocumentContext
from pipeline.extract.features import EVENT_FEATURES, Features, collect
from pipeline.extract.models import NO_EVENT
from pipeline.extract.parties import own_parties
from pipeline.extract.records import Candidate
from pipeline.extract.syntax import subject_of_its_own


def event_features(candidates: list[Candidate], doc: DocumentContext) -> list[Features]:
    """The features of each candidate."""
    return [collect(EVENT_FEATURES, c, doc) for c in candidates]


def classify_features(model: Any, candidates: list[list[Candidate]], features: list[Features],
                      threshold: float, kept_threshold: float | None = None) -> list[tuple[str, float]]:
    """(type, probability that it is an event) for each candidate of several articles whose probability
    reaches `threshold` (`kept_threshold` for a candidate the rules keep, if given), with the type the rules
    give it; ("none", probability that it is none) for the others. One call of the model for all the articles."""
    flat = [c for cs in candidates for c in cs]
    if not flat:
        return []
    probs = model.predict_proba(features)
    none = list(model.classes_).index(NO_EVENT)
    out: list[tuple[str, float]] = []
    for c, row in zip(flat, probs):
        p_event = 1.0 - float(row[none])
        least = kept_threshold if kept_threshold is not None and c.reading.kept else threshold
        out.append((c.reading.event.event_type, p_event) if p_event >= least else (NO_EVENT, 1.0 - p_event))
    return out


def happenings(candidates: list[Candidate], decisions: Sequence[tuple[str, float]]) -> list[list[int]]:
    """Group the candidates decided to be events into happenings: one per type and sentence (EVENTS.md 6.1),
    unless two triggers of different words each carry their own count of the same unit ("2 million doses ...
    1 million doses"), are verbs the rules read in different statuses ("were sent ... will be sent"), or a verb
    joined by "and" has a subject of its own ("Russia has shipped ..., and Cuba has sent").

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
        # a verb with a subject of its own stays apart whichever of the two is the more probable
        apart = {k for k in members if subject_of_its_own(candidates[k].trigger.root)}
        # "donated vaccines to Taiwan on Friday and shipped more to Vietnam": so does a verb joined by "and" that gives
        # to a state of its own, as the rules read it (`parties.own_parties`)
        apart |= {k for k in members for j in members if candidates[k].trigger.root.dep_ == "conj"
                  and candidates[j].trigger.root == candidates[k].trigger.root.head
                  and own_parties(candidates[k].reading.event, candidates[j].reading.event)}
        for k in members:
            ev = candidates[k].reading.event
            # "handed over" and "handed over 50,000": triggers of one word tell one happening
            root = candidates[k].trigger.root.i
            home = next((g for g in place if any(candidates[j].trigger.root.i == root for j in g)), None)
            # "and Lithuania promised to donate 50,000 doses": the infinitive of a governing trigger is part of its
            # happening, even one that stays apart
            if home is None:
                above = _governing(candidates[k].trigger.root)
                home = next((g for g in place if any(candidates[j].trigger.root.i in above for j in g)), None)
            if home is None and k not in apart:
                # (a count split off a member is that member's: "received 2.2 million doses through COVAX and 300,000
                # Sinopharm doses donated by China")
                home = next((g for g in place if not apart & set(g) and not _own_happening(
                    ev, [x for j in g for x in (candidates[j].reading.event, *candidates[j].reading.extra)])), None)
            if home is None:
                place.append([k])
            else:
                home.append(k)
        groups.extend(place)
    return sorted(groups, key=lambda g: (candidates[g[0]].sentence, candidates[g[0]].trigger.start))


def _governing(root: Token) -> set[int]:
    """The token indexes of the verbs whose infinitive `root` is, up the chain ("promised to donate")."""
    out: set[int] = set()
    while root.dep_ == "xcomp" and root.head != root and len(out) < 3:
        root = root.head
        out.add(root.i)
    return out


def _own_happening(ev: Any, group: list[Any]) -> bool:
    """`ev` tells a happening of its own beside `group`: it counts something of its own (a quantity of the
    same unit that no member has), or it is a verb with a tense of its own, as the rules read it when they
    split a sentence's events (`rules._read_trigger`)."""
    if ev.verbal and all(o.verbal and o.status != ev.status for o in group):
        return True
    # "requested 4 million doses from China and asked the United States to share": each verb asks its own party
    if ev.event_type == "request" and all(o.event_type == "request" and own_parties(ev, o) for o in group):
        return True
    if ev.quantity is None:
        return False
    return all(o.quantity is not None and o.quantity != ev.quantity and o.quantity_unit == ev.quantity_unit
               for o in group)
