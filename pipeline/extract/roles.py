"""Roles: for each party the article names up to the event's sentence, is it the provider, the recipient
or neither (trained models over `features.ROLE_FEATURES`)."""

from __future__ import annotations

from typing import Protocol, Sequence

from spacy.tokens import Token

from pipeline.extract.context import DocumentContext
from pipeline.extract.features import ROLE_FEATURES, Features, collect
from pipeline.extract.records import Candidate, Mention, PartyCandidate
from pipeline.extract.parties import everywhere
from pipeline.extract.syntax import GENERIC_BODY, ent_of, head_chain
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import country_names, output_party

WINDOW = 5  # sentences before the event's whose parties are candidates (the headline always is)
CONFIDENT = 0.5  # a party beside the likeliest one is named only when the model is this sure of it


class BinaryModel(Protocol):
    def predict_proba(self, x: Sequence[Features]) -> Sequence[Sequence[float]]: ...


def party_candidates(c: Candidate, doc: DocumentContext) -> list[PartyCandidate]:
    """Every party named in the event's sentence, the `WINDOW` sentences before it and the headline,
    plus the parties the rules' reading names (makers, channels, the article's country) and the focus."""
    first = max(0, c.sentence - WINDOW)
    sentences = list(range(first, c.sentence + 1))
    if doc.headline is not None and doc.headline < first:
        sentences.insert(0, doc.headline)
    found: dict[str, list[Mention]] = {}
    for i in sentences:
        for m in doc.mentions.get(i, []):
            found.setdefault(m.name, []).append(m)
    ev = c.reading.event
    for name in [*ev.provider, *ev.recipient, *([doc.focus] if doc.focus else [])]:
        found.setdefault(name, [])
    return [PartyCandidate(name, tuple(ms), name in ev.provider, name in ev.recipient) for name, ms in found.items()]


def role_features(c: Candidate, parties: list[PartyCandidate], doc: DocumentContext) -> list[Features]:
    """The features of each party of `parties` in candidate `c`'s event."""
    return [collect(ROLE_FEATURES, c, p, doc) for p in parties]


def _named(parties: list[PartyCandidate], probs: Sequence[float], threshold: float) -> list[str]:
    """The likeliest party when it reaches `threshold`, then any other the model is confident of."""
    ranked = sorted(zip(parties, probs), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < threshold:
        return []
    return [ranked[0][0].name] + [p.name for p, s in ranked[1:] if s >= max(threshold, CONFIDENT)]


def choose(parties: list[PartyCandidate], p_provider: Sequence[float], p_recipient: Sequence[float],
           event_type: str, thresholds: dict[str, float]) -> tuple[list[str], list[str]]:
    """Provider and recipient lists, most likely first; `thresholds` (per role, chosen in training) say how
    likely the likeliest party must be for a role not to be left empty.

    A party is on both sides only in an administration (a state vaccinating its own people, EVENTS.md 6.5,
    which is also who vaccinates when no one else is named); a vaccine's maker, or a scheme that buys, funds or
    shares out doses (COVAX), is on neither side of one (a state or an agency vaccinates with the doses).
    """
    if event_type == "administration":
        vaccinate_no_one = lexicon().producers | lexicon().supply_schemes
        p_provider = [0.0 if p.name in vaccinate_no_one else x for p, x in zip(parties, p_provider)]
        p_recipient = [0.0 if p.name in vaccinate_no_one else x for p, x in zip(parties, p_recipient)]
    provider = _named(parties, p_provider, thresholds.get("provider", CONFIDENT))
    recipient = _named(parties, p_recipient, thresholds.get("recipient", CONFIDENT))
    if event_type == "administration" and not provider:  # people vaccinated in a country: it vaccinates them
        # ("had been vaccinated in Luanda province": a capital stands for its state, as the tables show it)
        provider = [state for n in recipient if (state := output_party(n)) in country_names()]
    if event_type != "administration":
        score = {p.name: (a, b) for p, a, b in zip(parties, p_provider, p_recipient)}
        both = set(provider) & set(recipient)
        # a party that is the likeliest on one side and only a further party on the other keeps the side where
        # it ranks first; otherwise the more probable side
        first_p, first_r = provider[:1], recipient[:1]
        gives = {n for n in both if (n in first_p and n not in first_r) or
                 ((n in first_p) == (n in first_r) and score[n][0] > score[n][1])}
        provider = [n for n in provider if n not in both or n in gives]
        recipient = [n for n in recipient if n not in both or n not in gives]
    return provider, recipient


def others_parties(heads: list[Candidate], doc: DocumentContext) -> list[set[str]]:
    """For each event (its first candidate), the parties of its sentence that belong to another event of that
    sentence: the rules give them a role in it, not in this one, and their mention hangs on its trigger before any
    other word above this event's ("Ecuador received 16,000 doses on Wednesday; Bolivia received 500,000",
    "donated 500,000 doses to Paraguay and sold 2 million to Bolivia": Bolivia is the second's; not "Cuba has offered
    to supply its vaccine, and Caracas said it would buy", where "said" is above the buying)."""
    out: list[set[str]] = []
    for c in heads:
        mine = {*c.reading.event.provider, *c.reading.event.recipient}
        roots = {o.trigger.root.i: o for o in heads if o.sentence == c.sentence and o is not c}
        theirs: set[str] = set()
        for m in doc.mentions.get(c.sentence, []):
            if m.token is None or m.name in mine:
                continue
            tok = c.trigger.doc[m.token]
            above = next((t for t in [tok, *head_chain(tok, 8)]
                          if t.i in roots or c.trigger.root in t.subtree), None)
            other = roots.get(above.i) if above is not None else None
            if other is not None and m.name in {*other.reading.event.provider, *other.reading.event.recipient}:
                theirs.add(m.name)
        out.append(theirs)
    return out


def named_here(c: Candidate, doc: DocumentContext, names: list[str], ruled: list[str]) -> list[str]:
    """`names` of one side, where the rules give that side a state its sentence names, without the further
    parties (all but the likeliest) named only outside the sentence: the words name who it is ("UNICEF shipped
    a further 40,000 doses to Tonga and Fiji" named Samoa, the headline's, beside them; "Burundi, which also
    rejected COVAX shipments" named Tanzania, the receiver of the sentence before). A place inside a state
    ("a campaign in the regions of Dosso and Tillaberi") names not who it is: its state may be the party."""
    sent = doc.docs.get(c.sentence)
    here = {m.name for m in doc.mentions.get(c.sentence, []) if sent is None or m.token is None
            or not _body_saying(sent[m.token])}
    if not {n for n in here if output_party(n) in country_names()} & set(ruled):
        return names
    return names[:1] + [n for n in names[1:] if n in here]


def _body_saying(tok: Token) -> bool:
    """"the health ministry said": a body that stands for the article's country, named only as who says it."""
    ent = ent_of(tok)
    return ent is not None and bool(GENERIC_BODY.search(ent._.canonical or "")) and tok.dep_ == "nsubj" and \
        tok.head.lower_ in lexicon().reporting_verbs


def without_others(names: list[str], theirs: set[str]) -> list[str]:
    """`names` without the further parties (all but the likeliest) that belong to another event."""
    return names[:1] + [n for n in names[1:] if n not in theirs]


def left_unnamed(c: Candidate, recipient: list[str], event_type: str) -> list[str]:
    """The receivers of an event whose words send the doses all over the world ("has promised to share 80 million
    doses worldwide"): none, as EVENTS.md 6.6 has it for receivers left unnamed, not a party the article names
    elsewhere. (Receivers named as a group, "to countries not part of the pilot", may be the article's country, as
    the gold reads them.)"""
    if event_type != "administration" and not c.reading.event.recipient and everywhere(c.trigger.root):
        return []
    return recipient
