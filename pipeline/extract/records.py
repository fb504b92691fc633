"""Records passed between the extraction stages: the rules' reading of an event, and its sentence context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Event:
    """One extracted event with the fields of EVENTS.md section 2 and the features behind its confidence."""

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
    features: dict[str, float] = field(default_factory=dict)
    confidence: float = 0.0
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


