"""Facts: the event mentions of one real-world act of supply, linked within and across documents.

Input: the `events` table (each mention, with the `fact_id` earlier runs gave it, if any) and the
`documents` table (publication dates). Output: `fact_id` for every event and the `facts` table, one
row per happening (EVENTS.md section 7).

Linkage. Two mentions can be one fact only when they are compatible: same event type, parties that
do not contradict each other (a role left empty contradicts nothing; names compared with rapidfuzz),
no two counts of the same unit that differ by more than their qualifiers allow ("more than 31
million" and "31.4 million" can be one count), no two dates that cannot be the same day in mentions of one
status (a plan, the act and a suspension are dated each on its own day, EVENTS.md 7.2), vaccines in
common when both name any, both or neither a running total ("has so far received"), and not two
events of one sentence (EVENTS.md 6.1: those are two happenings). Within a document, compatible
mentions are grouped by complete-linkage clustering (scipy) over a distance that falls with what they
share (a count, a date, the recipient, the provider, the vaccine) and grows with the sentences between
them. Across documents, groups are linked only when they share the recipient and an anchor (the same
count, or the same day), and linked groups are merged (connected components: scipy's `DisjointSet`, which
also spares the test of two groups already in one fact).

Stable ids. An event keeps the fact it had; new events join existing facts or start new ones. A fact's
id is that of the first event it was made for, and never changes when unrelated documents arrive; when
a new mention joins two facts, the one created first gives the merged fact its id.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from scipy.cluster.hierarchy import DisjointSet, fcluster, linkage
from scipy.spatial.distance import squareform

from pipeline.countries import iso3
from pipeline.normalise import country_names, region_names

RUNNING_TOTAL = re.compile(
    r"\b(?:so far|to date|thus far|until now|up to now|as of|until (?:today|yesterday|\w+day)|in total|a total of|"
    r"in all|altogether|cumulative(?:ly)?|since (?:the (?:start|beginning)|last|early|late|"
    + "|".join(calendar.month_name[1:]) + r"|\d{4}))\b", re.I)
ORDINAL_BATCH = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:\w+\s+){0,2}?(?:batch|batches|shipment|consignment|tranche|lot|delivery|cargo)\b", re.I)
SAME_NAME = 90  # rapidfuzz token-set similarity at which two party names are one party
SAME_COUNT = 0.02  # relative difference within which two counts are one count
ROUGH_COUNT = 0.1  # how far from its number an "about" or a "nearly" count may be
# distances between compatible mentions of one document, by what both state and agree on
SHARE_ANCHOR = 0.1  # the same count or the same date
SHARE_RECIPIENT_AND_MORE = 0.3  # the recipient, and the provider or the vaccine
SHARE_RECIPIENT = 0.4
SHARE_PROVIDER_AND_VACCINE = 0.3
SHARE_LITTLE = 0.9
PER_SENTENCE = 0.05  # added per sentence between them (up to four), unless one is the headline
STATUS_DIFFERS = 0.1
LINK_BELOW = 0.5  # complete-linkage cut: every pair of a group is closer than this
STATUS_ORDER = ("asserted", "planned", "negated")  # the most advanced status a fact has reached first


@dataclass
class Mention:
    """What linkage reads of one event."""

    event_id: str
    doc_id: str
    event_type: str
    status: str
    provider: tuple[str, ...]
    recipient: tuple[str, ...]
    vaccine: frozenset[str]
    quantity: float | None
    unit: str | None
    qualifier: str | None  # EVENTS.md 2: "up_to", "more_than", "about", "nearly", "exact" or None
    date: str | None
    sentence: int
    running_total: bool
    headline: bool = False
    fact_id: str | None = None
    ordinal: str | None = None  # "the third shipment": which of a series of batches


def _mentions(events: pd.DataFrame) -> list[Mention]:
    out = []
    first = events.groupby("doc_id")["sentence_start"].transform("min")
    for row, head in zip(events.itertuples(index=False), first):
        quantity = None if pd.isna(row.quantity) else float(row.quantity)
        out.append(Mention(
            row.event_id, row.doc_id, row.event_type, row.status, tuple(row.provider), tuple(row.recipient),
            frozenset(v.lower() for v in row.vaccine), quantity, row.quantity_unit if quantity is not None else None,
            _text(getattr(row, "quantity_qualifier", None)) if quantity is not None else None,
            _text(row.event_date), int(row.sentence_start),
            bool(RUNNING_TOTAL.search(row.evidence or "")), row.sentence_start == head,
            _text(getattr(row, "fact_id", None)), _ordinal(row.evidence or "")))
    return out


def _ordinal(evidence: str) -> str | None:
    """Which batch of a series a sentence tells of ("the second shipment"), when it names exactly one."""
    found = {m.group(1).lower() for m in ORDINAL_BATCH.finditer(evidence)}
    return found.pop() if len(found) == 1 else None


def _text(value: Any) -> str | None:
    """A table's string cell, or None where it is empty or missing (None, NaN)."""
    return value if isinstance(value, str) and value else None


@lru_cache(maxsize=65536)
def _same_party(a: str, b: str) -> bool:
    """One party named twice: the same name, or two names rapidfuzz finds alike ("Serum Institute" and "Serum
    Institute of India"). Two countries or regions are canonical names, compared as such: "Africa" is not "South
    Africa", though one name holds the other's words."""
    if a == b:
        return True
    if _is_place(a) and _is_place(b):
        return False
    return fuzz.token_set_ratio(a, b) >= SAME_NAME


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    return name in country_names() or name in region_names()


def _parties_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return not a or not b or any(_same_party(x, y) for x in a for y in b)


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and bool(b) and _parties_agree(a, b)


def _same_count(a: Mention, b: Mention) -> bool:
    return a.quantity is not None and b.quantity is not None and a.unit == b.unit and \
        abs(a.quantity - b.quantity) <= SAME_COUNT * max(a.quantity, b.quantity)


def _within(count: float, of: float, qualifier: str | None) -> bool:
    """`count` is the value that `of`, read with its qualifier, may stand for: the same count told less
    precisely ("more than 31 million" and 31.4 million; "about 2 million" and 1.9 million; "nearly 2 million"
    not 2.1 million). A ceiling ("up to 400 million") is not read so: an agreement's firm order and its
    option are its parts and two facts (EVENTS.md 7.4)."""
    low, high = of * (1 - SAME_COUNT), of * (1 + SAME_COUNT)
    if qualifier == "more_than":
        high = float("inf")
    elif qualifier == "about":
        low, high = of * (1 - ROUGH_COUNT), of * (1 + ROUGH_COUNT)
    elif qualifier == "nearly":
        low = of * (1 - ROUGH_COUNT)
    return low <= count <= high


def _counts_agree(a: Mention, b: Mention) -> bool:
    """Neither count contradicts the other: one missing, other units, or one within what the other's
    qualifier allows (EVENTS.md 2: a qualified count is not an exact one)."""
    if a.quantity is None or b.quantity is None or a.unit != b.unit:
        return True
    return _within(b.quantity, a.quantity, a.qualifier) or _within(a.quantity, b.quantity, b.qualifier)


def _same_reading(a: Mention, b: Mention) -> bool:
    """Two mentions of one sentence that say the same of a named recipient: one happening told twice."""
    return bool(a.recipient) and (a.status, a.provider, a.recipient, a.vaccine, a.quantity, a.unit, a.date) == \
        (b.status, b.provider, b.recipient, b.vaccine, b.quantity, b.unit, b.date)


def _dates_agree(a: Mention, b: Mention) -> bool:
    """Neither date contradicts the other (one missing, or one a prefix of the other: 2021-03 and 2021-03-07)."""
    return not (a.date and b.date) or a.date.startswith(b.date) or b.date.startswith(a.date)


def compatible(a: Mention, b: Mention) -> bool:
    """Nothing the two mentions state contradicts their being one happening."""
    if a.event_type != b.event_type or a.running_total != b.running_total:
        return False
    if a.doc_id == b.doc_id and a.sentence == b.sentence:
        return _same_reading(a, b)  # one sentence tells two happenings only where they differ (EVENTS.md 6.1)
    if not (_parties_agree(a.provider, b.provider) and _parties_agree(a.recipient, b.recipient)):
        return False
    if not _counts_agree(a, b):
        return False
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False  # the first and the third shipment are two batches (EVENTS.md 7.4)
    # dates tell one stage each: a plan's or a suspension's date differs from the act's (EVENTS.md 7.2)
    if a.status == b.status and not _dates_agree(a, b):
        return False
    return not (a.vaccine and b.vaccine and not a.vaccine & b.vaccine)


def distance(a: Mention, b: Mention, sentences_apart: int) -> float:
    """How far two mentions of one document are from being one happening (1: they cannot be)."""
    if not compatible(a, b):
        return 1.0
    if _same_count(a, b) or (a.date and b.date and min(len(a.date), len(b.date)) >= 7  # a month at least
                             and _dates_agree(a, b)):
        d = SHARE_ANCHOR
    elif _shared(a.recipient, b.recipient):
        d = SHARE_RECIPIENT_AND_MORE if _shared(a.provider, b.provider) or a.vaccine & b.vaccine else SHARE_RECIPIENT
    elif _shared(a.provider, b.provider) and a.vaccine & b.vaccine:
        d = SHARE_PROVIDER_AND_VACCINE
    else:
        d = SHARE_LITTLE
    if not (a.headline or b.headline):
        d += PER_SENTENCE * min(sentences_apart, 4)
    return d + STATUS_DIFFERS * (a.status != b.status)


def group_document(mentions: list[Mention]) -> list[list[int]]:
    """Groups of one document's mentions (indexes into `mentions`) that tell one happening."""
    order = {s: k for k, s in enumerate(sorted({m.sentence for m in mentions}))}
    groups: list[list[int]] = []
    by_type: dict[str, list[int]] = defaultdict(list)
    for k, m in enumerate(mentions):
        by_type[m.event_type].append(k)
    for members in by_type.values():
        if len(members) == 1:
            groups.append(members)
            continue
        n = len(members)
        d = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                a, b = mentions[members[i]], mentions[members[j]]
                d[i, j] = d[j, i] = distance(a, b, abs(order[a.sentence] - order[b.sentence]))
        # where no pair is close enough, or there are two, scipy's clustering says the same, only slower
        if (d[np.triu_indices(n, 1)] > LINK_BELOW).all():
            groups.extend([k] for k in members)
            continue
        if n == 2:
            groups.append(members)
            continue
        labels = fcluster(linkage(squareform(d), method="complete"), LINK_BELOW, criterion="distance")
        by_label: dict[int, list[int]] = defaultdict(list)
        for member, label in zip(members, labels):
            by_label[int(label)].append(member)
        groups.extend(by_label.values())
    return groups


@dataclass
class _Group:
    """Mentions linked so far: one document's group, or an existing fact."""

    members: list[Mention]
    fact_id: str | None = None
    created: datetime | None = None
    keys: set[tuple[Any, ...]] = field(default_factory=set)


def _anchors(m: Mention, near: bool = False) -> list[tuple[Any, ...]]:
    """Blocking keys: groups of different documents are compared only when they share one: the type, a
    recipient, and the count or the day (what `_linked` requires).

    Counts fall into buckets `SAME_COUNT` wide; with `near`, the neighbouring buckets too, so two counts
    within `SAME_COUNT` of each other always meet.
    """
    out: list[tuple[Any, ...]] = []
    for recipient in m.recipient:
        who = recipient.lower()
        if m.quantity is not None and m.quantity > 0:
            bucket = int(np.log(m.quantity) / np.log1p(SAME_COUNT))
            out += [(m.event_type, who, "count", m.unit, b)
                    for b in ((bucket - 1, bucket, bucket + 1) if near else (bucket,))]
        if m.date and len(m.date) == 10:
            out.append((m.event_type, who, "day", m.date))
    return out


def _linked(a: _Group, b: _Group) -> bool:
    """Two groups of different documents tell one happening: every pair is compatible, they share the
    recipient, and they share an anchor (the same count, or the same day)."""
    if not all(compatible(x, y) for x in a.members for y in b.members):
        return False
    recipients = [r for m in a.members for r in m.recipient], [r for m in b.members for r in m.recipient]
    if not _shared(tuple(recipients[0]), tuple(recipients[1])):
        return False
    return any(_same_count(x, y) or (x.date and len(x.date) == 10 and x.date == y.date)
               for x in a.members for y in b.members)


def _new_id(members: Iterable[Mention]) -> str:
    first = min(m.event_id for m in members)
    return "F" + hashlib.sha256(first.encode("utf-8")).hexdigest()[:15]


def link(events: pd.DataFrame, created: dict[str, datetime] | None = None,
         now: datetime | None = None) -> tuple[pd.Series, dict[str, datetime]]:
    """The fact of every event, as a Series aligned with `events`, and when each fact was created.

    Events that already have a `fact_id` (column present and set) keep their grouping; the others are
    grouped within their document and linked to the existing facts and to each other. `created` says
    when each existing fact was made (the older survives a merge); new facts are created `now`.
    """
    created = dict(created or {})
    now = now or datetime.now()
    mentions = _mentions(events)
    groups: list[_Group] = []
    existing: dict[str, list[Mention]] = defaultdict(list)
    fresh: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        (existing[m.fact_id] if m.fact_id else fresh[m.doc_id]).append(m)
    for fact_id, members in existing.items():
        groups.append(_Group(members, fact_id, created.get(fact_id, now)))
    for members in fresh.values():
        groups += [_Group([members[k] for k in g]) for g in group_document(members)]
    # fresh groups are compared with every group sharing a blocking key, old or fresh
    index: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for k, g in enumerate(groups):
        for key in {key for m in g.members for key in _anchors(m)}:
            index[key].append(k)
    # linked groups are merged as they are found (connected components): a pair already in one component
    # needs no test, which spares most of them where many articles retell one story
    components = DisjointSet(range(len(groups)))
    for k, g in enumerate(groups):
        if g.fact_id is not None:
            continue
        g.keys = {key for m in g.members for key in _anchors(m, near=True)}
        others = sorted({j for key in g.keys for j in index[key] if j != k})
        docs = {m.doc_id for m in g.members}
        for j in others:
            if (j < k and groups[j].fact_id is None) or components.connected(k, j):
                continue  # already one fact, or a fresh pair tested from the other side (the test is symmetric)
            if not docs & {m.doc_id for m in groups[j].members} and _linked(g, groups[j]):
                components.merge(k, j)
    fact_of: dict[str, str] = {}
    made: dict[str, datetime] = {}
    for component in components.subsets():
        members = [groups[k] for k in sorted(component)]
        old = [g for g in members if g.fact_id is not None]
        if old:
            survivor = min(old, key=lambda g: (g.created, g.fact_id))
            fact_id, when = survivor.fact_id, survivor.created
        else:
            fact_id, when = _new_id(m for g in members for m in g.members), now
        made[fact_id] = when
        for g in members:
            for m in g.members:
                fact_of[m.event_id] = fact_id
    return events["event_id"].map(fact_of), made


def fact_table(events: pd.DataFrame, documents: pd.DataFrame, created: dict[str, datetime]) -> pd.DataFrame:
    """One row per fact, from its mentions (`events` with `fact_id`) and their documents' dates."""
    published = documents.set_index("doc_id")["published"].to_dict()
    by_fact: dict[str, list[dict[str, Any]]] = defaultdict(list)
    used = ["fact_id", "event_id", "doc_id", "event_type", "status", "provider", "recipient", "vaccine", "quantity",
            "quantity_unit", "event_date", "confidence"]
    for row in events[used].to_dict("records"):  # only the columns a fact reads: the evidence is long
        by_fact[row["fact_id"]].append(row)
    rows = []
    for fact_id in sorted(by_fact):
        mentions = by_fact[fact_id]
        statuses = {m["status"] for m in mentions}
        counts = [float(m["quantity"]) for m in mentions if not _missing(m["quantity"])]
        units = [m["quantity_unit"] for m in mentions if isinstance(m["quantity_unit"], str)]
        dates = sorted((m["event_date"] for m in mentions if isinstance(m["event_date"], str) and m["event_date"]),
                       key=lambda d: (-len(d), d))
        reported = sorted(p for p in (published.get(m["doc_id"]) for m in mentions) if isinstance(p, str) and p)
        provider = _ranked(m["provider"] for m in mentions)
        recipient = _ranked(m["recipient"] for m in mentions)
        wrong = 1.0
        for m in mentions:
            wrong *= 1.0 - min(max(float(m["confidence"]), 0.0), 1.0)
        rows.append({
            "fact_id": fact_id, "event_type": mentions[0]["event_type"],
            "status": next(s for s in STATUS_ORDER if s in statuses),
            "provider": provider, "recipient": recipient, "vaccine": _ranked(m["vaccine"] for m in mentions),
            "provider_iso3": iso3(provider), "recipient_iso3": iso3(recipient),
            # the best-supported count: the one most mentions give (the larger on a tie)
            "quantity": max(counts, key=lambda q: (counts.count(q), q)) if counts else None,
            "quantity_min": min(counts) if counts else None, "quantity_max": max(counts) if counts else None,
            "quantity_unit": max(units, key=units.count) if units else None,
            "event_date": dates[0] if dates else None,
            "first_reported": reported[0] if reported else None, "last_reported": reported[-1] if reported else None,
            "n_mentions": len(mentions), "n_documents": len({m["doc_id"] for m in mentions}),
            # the chance that at least one mention is right, were each wrong on its own
            "confidence": round(1.0 - wrong, 4),
            "event_ids": sorted(m["event_id"] for m in mentions), "created": created.get(fact_id),
        })
    return pd.DataFrame(rows)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def _ranked(lists: Iterable[Iterable[str]]) -> list[str]:
    """The names of several mentions' lists, most often named first (first named breaks ties)."""
    counts: dict[str, int] = {}
    for names in lists:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: -counts[n])
