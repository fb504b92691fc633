"""Records passed between the extraction stages: the rules' reading of an event, and its sentence context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span


@dataclass
class Event:
    """One event with the fields of EVENTS.md section 2."""

    event_type: str
    status: str
    provider: list[str]
    recipient: list[str]
    vaccine: list[str]
    quantity: float | None
    quantity_unit: str | None
    quantity_qualifier: str | None
    event_date: str | None
    date_text: str | None
    evidence: str
    trigger: str
    trigger_start: int
    confidence: float = 0.0
    verbal: bool = False  # the trigger is a verb (a verb with its own tense is its own event)
    unnamed_recipient: bool = False  # "to other countries": the sentence names the receivers as a group (EVENTS.md 6.6)


@dataclass(frozen=True)
class Context:
    """What an event needs from outside its sentence."""

    published: date | None = None
    previous_parties: tuple[str, ...] = ()
    previous_events: tuple["Event", ...] = ()
    refers_back: bool = False
    focus_party: str | None = None  # the country the article is mostly about
    previous_vaccine_related: bool = False
    is_headline: bool = False


@dataclass
class Reading:
    """The rules' reading of one trigger: the event it would be, and whether the rules keep it.

    Every trigger of a parsed sentence gets a reading, kept or not: the deciders take the rules'
    verdicts (`licensed`, `embedded`, `kept`) as evidence, not as the last word.
    """

    trigger: Span
    event: Event  # type, status, roles and fields as the rules read them
    licensed: bool  # the rules hold the trigger to speak of vaccine supply
    link: float  # how closely the trigger is tied to vaccine words (0 to 1)
    embedded: bool  # the infinitive of a governing trigger ("pledged to send"): part of that event
    kept: bool  # the rules output it (licensed, not embedded, not merged into a sibling)
    licence: str = ""  # the licence test that decided (`licence.licensed`)
    extra: list[Event] = field(default_factory=list)  # counts with their own destination ("1 million to Nepal")


@dataclass
class Candidate:
    """A trigger proposed as an event: its sentence, the rules' reading of it and the sentence's context."""

    sentence: int
    reading: Reading
    context: Context
    event_type: str | None = None  # the type decided for it (None: not decided yet, or no event)

    @property
    def trigger(self) -> Span:
        return self.reading.trigger


@dataclass(frozen=True)
class Mention:
    """A party named in a sentence of the article: its canonical name, entity label and place."""

    sentence: int
    name: str
    label: str  # GPE, ORG, NORP, LOC; TABLE for a name found by the party table in an unparsed sentence
    token: int | None = None  # index of the entity's root in the sentence's Doc, when it was parsed


@dataclass(frozen=True)
class PartyCandidate:
    """A party that may play a role in a candidate's event: where the article names it, and how."""

    name: str
    mentions: tuple[Mention, ...]  # where the article names it, up to the candidate's sentence and the headline
    rule_provider: bool  # the rules' reading gives it as provider
    rule_recipient: bool
