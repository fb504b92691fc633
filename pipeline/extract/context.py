"""Document context: what an event's sentence needs from the rest of its article (the headline, the
parties and events of the sentence before, the country the article is about)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Iterable

from spacy.tokens import Doc

from pipeline.extract.records import Context, Event
from pipeline.extract.syntax import parties_in
from pipeline.normalise import country_names, party_table
from pipeline.sentences import Sentence, vaccine_regex

# "the shipment", "these doses", "them": the sentence continues a happening of the previous one
_BACK_REFERENCE = re.compile(r"\b(?:the|this|these|those|that|its|their)\s+(?:\w+\s+){0,2}?(?:shipments?|batch(?:es)?|"
                             r"consignments?|doses|vaccines?|jabs|deliver(?:y|ies)|donations?|cargo)\b|"
                             r"\b(?:them|they|it)\b", re.I)
_CAPITALISED = re.compile(r"[A-Z][\w.'&-]*(?:\s+(?:of|the|and|for)?\s*[A-Z][\w.'&-]*)*")


def capitalised_parties(text: str) -> list[str]:
    """Canonical parties named in `text`, in order: longest table match inside each capitalised run."""
    table = party_table()
    out: list[str] = []
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 7), i, -1):
                name = table.get(" ".join(words[i:j]).lower().rstrip(".,;:"))
                if name:
                    out.append(name)
                    i = j
                    break
            else:
                i += 1
    return out


def focus_country(text: str, events: Iterable[Event] = ()) -> str | None:
    """The country an article is about, or None when no country clearly leads.

    First the country its events name as recipient at least twice, more than any other; then the
    country the text names most often, unless its events show it giving more than receiving (an
    article about Russia's vaccine going to Argentina names Russia most); then a lone recipient.
    """
    countries = country_names()
    received: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for ev in events:
        received.update(p for p in ev.recipient if p in countries)
        if ev.event_type != "administration":  # vaccinating its own people is not giving
            given.update(p for p in ev.provider if p in countries)
    if lead := _lead(received, 2):
        return lead
    named = _lead(Counter(n for n in capitalised_parties(text) if n in countries), 2)
    if named and given[named] <= received[named]:
        return named
    return _lead(received, 1)


def _lead(counts: Counter[str], at_least: int) -> str | None:
    """The most counted name if it is counted `at_least` times and no other ties it."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def is_headline(index: int, sentence: Sentence) -> bool:
    """The first line of an article, without closing punctuation, is its headline."""
    return index == 0 and not sentence.text.rstrip().endswith((".", '"', "?", "!"))


def sentence_context(i: int, sentences: list[Sentence], docs: dict[int, Doc], published: date | None,
                     focus: str | None, previous_events: Iterable[Event]) -> Context:
    """The context of sentence `i`: the parties and events of the sentence before, and the article's."""
    sent = sentences[i]
    prev = sentences[i - 1] if i > 0 else None
    if prev is None:
        prev_parties: list[str] = []
    elif i - 1 in docs:
        prev_parties = parties_in(docs[i - 1])
    else:
        prev_parties = list(dict.fromkeys(capitalised_parties(prev.text)))
    return Context(
        published=published, previous_parties=tuple(prev_parties), previous_events=tuple(previous_events),
        refers_back=bool(_BACK_REFERENCE.search(sent.text)), focus_party=focus,
        previous_vaccine_related=bool(prev and vaccine_regex().search(prev.text)),
        is_headline=is_headline(i, sent),
    )
