"""Document context: what an event's sentence needs from the rest of its article (the headline, the
parties and events of the sentence before, the country the article is about)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from spacy.tokens import Doc

from pipeline.countries import capital_states
from pipeline.extract.records import Context, Event, Mention
from pipeline.extract.syntax import (GENERIC_BODY, dependants, entities, names_a_thing, parties_in, stands_for_state,
                                     tokens)
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import article_names, country_names, party_table
from pipeline.sentences import Sentence, vaccine_regex

# "the shipment", "these doses", "them": the sentence continues a happening of the previous one
_BACK_REFERENCE = re.compile(r"\b(?:the|this|these|those|that|its|their)\s+(?:\w+\s+){0,2}?(?:shipments?|batch(?:es)?|"
                             r"consignments?|doses|vaccines?|jabs|deliver(?:y|ies)|donations?|cargo)\b|"
                             r"\b(?:them|they|it)\b", re.I)
_DATELINE = re.compile(r"\s*([A-Z][A-Z'.\- ]{2,30}?)\s*(?:,[^\n\u2013\u2014]{0,40}?)?\s+[-\u2013\u2014]\s")
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
                key = " ".join(words[i:j]).lower().rstrip(".,;:")
                name = table.get(key) or table.get(key.removesuffix("'s"))  # "Samoa's government"
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
    article about Russia's vaccine going to Argentina names Russia most); then the headline's only
    country, on the same terms; then a lone recipient.
    """
    countries = country_names()
    # "Mpox vaccines arrive in Congo" in an article on the Democratic Republic of Congo: one state, named twice
    same = article_names(text)
    received: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for ev in events:
        received.update(same.get(p, p) for p in ev.recipient if p in countries)
        if ev.event_type != "administration":  # vaccinating its own people is not giving
            given.update(same.get(p, p) for p in ev.provider if p in countries)
    if lead := _lead(received, 2):
        return lead
    # ("LA PAZ - A plane carrying 20,000 doses of Russia's Sputnik V vaccine landed": where the report was filed is
    # named too)
    filed = [n for n in [_dateline_state(text)] if n]
    named = _lead(Counter(same.get(n, n) for n in capitalised_parties(text) + filed if n in countries), 2)
    if named and given[named] <= received[named]:
        return named
    # "Ebola vaccine reaches eastern Congo", then "Uganda ... has asked the WHO for doses" last
    headline = {same.get(n, n) for n in capitalised_parties(_headline(text)) if n in countries}
    if len(headline) == 1 and given[(only := headline.pop())] <= received[only]:
        return only
    return _lead(received, 1)


def _dateline_state(text: str) -> str | None:
    """The state of the capital, or the state named, in the dateline that opens the article's first paragraph
    ("LA PAZ -", "MANILA, Philippines, March 1 (Reuters) -")."""
    lines = [line for line in text.lstrip().split("\n") if line.strip()]
    body = lines[1] if len(lines) > 1 and _headline(text) else (lines[0] if lines else "")
    m = _DATELINE.match(body)
    if m is None:
        return None
    place = m.group(1).strip().lower()
    return capital_states().get(place) or party_table().get(place)


def _headline(text: str) -> str:
    """The article's first line when it is a headline, else nothing."""
    first = text.lstrip().split("\n", 1)[0]
    return first if _unclosed(first) else ""


def _unclosed(line: str) -> bool:
    """A line without closing punctuation: a headline, when it is an article's first."""
    return not line.rstrip().endswith((".", '"', "?", "!"))


def names_country(doc: Doc) -> bool:
    """Whether a parsed sentence names a country: an entity that is one, or a vaccine whose maker is one."""
    countries, makers = country_names(), lexicon().manufacturers
    return any(e._.canonical in countries or makers.get(e._.canonical or "") in countries for e in entities(doc))


def _lead(counts: Counter[str], at_least: int) -> str | None:
    """The most counted name if it is counted `at_least` times and no other ties it."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def is_headline(index: int, sentence: Sentence) -> bool:
    """The first line of an article, without closing punctuation, is its headline."""
    return index == 0 and _unclosed(sentence.text)


def sentence_context(i: int, sentences: list[Sentence], docs: dict[int, Doc], published: date | None,
                     focus: str | None, previous_events: Iterable[Event]) -> Context:
    """The context of sentence `i`: the parties and events of the sentence before, and the article's."""
    sent = sentences[i]
    prev = sentences[i - 1] if i > 0 else None
    if prev is None:
        prev_parties: list[str] = []
    elif i - 1 in docs:
        # ("Pfizer raised its forecast. The company expects to deliver": a vaccine's name that acts is its maker)
        acting = [t for t in docs[i - 1] if t.ent_type_ == "VACCINE" and t.dep_ == "nsubj"]
        prev_parties = list(dict.fromkeys(described_focus(docs[i - 1], focus) + parties_in(docs[i - 1])
                                          + parties_in(acting, makers=True)))
    else:
        prev_parties = list(dict.fromkeys(capitalised_parties(prev.text)))
    return Context(
        published=published, previous_parties=tuple(prev_parties), previous_events=tuple(previous_events),
        refers_back=bool(_BACK_REFERENCE.search(sent.text)), focus_party=focus,
        previous_vaccine_related=bool(prev and vaccine_regex().search(prev.text)),
        is_headline=is_headline(i, sent),
    )


def described_focus(doc: Doc, focus: str | None) -> list[str]:
    """The article's country, where a sentence's subject describes a state without naming one ("The government
    has now turned to China and Russia. It is in talks to buy": it is the government, not China)."""
    subjects = [s for t in tokens(doc) if t.dep_ == "ROOT" for s in dependants(t) if s.dep_ in ("nsubj", "nsubjpass")]
    described = any(s.lower_ in lexicon().country_descriptions and not parties_in(list(s.subtree))
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in dependants(s)) for s in subjects)
    return [focus] if focus and described else []


@dataclass
class DocumentContext:
    """What the deciders know of the whole article: its sentences, parses, date, focus and party mentions."""

    text: str
    sentences: list[Sentence]
    docs: dict[int, Doc]
    published: date | None
    focus: str | None
    mentions: dict[int, list[Mention]] = field(default_factory=dict)  # sentence index -> parties it names
    counts: Counter[str] = field(default_factory=Counter)  # party -> mentions in the article
    vaccine_share: float = 0.0  # share of sentences with vaccine vocabulary
    headline: int | None = None  # index of the headline sentence, if the article has one
    blind: list[str] | None = None  # the sentences as the topic models read them (`features.country_blind`)


def sentence_mentions(i: int, doc: Doc, focus: str | None) -> list[Mention]:
    """Parties a parsed sentence names, as `parties_in` reads them, with the entity's place; a vaccine
    named after its maker ("Sinovac", "the J&J shot") names the maker too (label MAKER).

    "The Health Ministry" is a body every state has: it stands for the article's country.
    """
    out: list[Mention] = []
    makers = lexicon().manufacturers
    for ent in entities(doc):
        if ent.label_ == "VACCINE" and makers.get(ent._.canonical or ""):
            out.append(Mention(i, makers[ent._.canonical], "MAKER", ent.root.i))
            continue
        if ent.label_ not in ("GPE", "ORG", "NORP") and not (ent.label_ == "LOC" and ent.ent_id_):
            continue
        if ent.label_ == "NORP" and not stands_for_state(ent) or names_a_thing(ent):
            continue
        name = ent._.canonical
        if name and GENERIC_BODY.search(name):
            name = focus
        if name:
            out.append(Mention(i, name, ent.label_, ent.root.i))
    return out


def document_context(text: str, sentences: list[Sentence], docs: dict[int, Doc], published: date | None,
                     focus: str | None) -> DocumentContext:
    """The article-level context of `docs`, the parsed sentences of an article."""
    ctx = DocumentContext(text, sentences, docs, published, focus)
    vac = vaccine_regex()
    ctx.vaccine_share = sum(bool(vac.search(s.text)) for s in sentences) / max(len(sentences), 1)
    if sentences and is_headline(0, sentences[0]):
        ctx.headline = 0
    for i, sent in enumerate(sentences):
        if i in docs:
            ctx.mentions[i] = sentence_mentions(i, docs[i], focus)
        else:
            ctx.mentions[i] = [Mention(i, n, "TABLE") for n in capitalised_parties(sent.text)]
        ctx.counts.update(m.name for m in ctx.mentions[i])
    return ctx
