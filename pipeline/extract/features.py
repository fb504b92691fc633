"""Features: named functions from a candidate (and a party) to the values the deciders learn from.

Each function returns a small dict; a feature set is a tuple of functions, so evaluation can add or
drop one by name. Values are numbers or strings (strings are one-hot encoded by the model's vectoriser).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from sklearn.base import BaseEstimator, TransformerMixin
from spacy.tokens import Token

from pipeline.extract.context import DocumentContext
from pipeline.extract.records import Candidate, PartyCandidate
from pipeline.extract.status import (
    headline_infinitive,
    is_hedged,
    is_negated,
    is_planned,
    progressive_future,
)
from pipeline.extract.syntax import (
    auxiliaries,
    children,
    dependants,
    head_chain,
    is_passive,
    is_vaccine_token,
    tokens,
)
from pipeline.nlp import entity_patterns
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import country_names

Features = dict[str, float | str]
_MONEY = re.compile(r"[$€£¥₹]|\b(?:usd|dollars?|euros?|rupees|yuan|price|costs?|paid|pay|funding|loan|grant)\b", re.I)


def _kind(tok: Token) -> str:
    """What a subject or object is: a vaccine, a supply, people, a party, a pronoun or something else."""
    lex = lexicon()
    if is_vaccine_token(tok):
        return "vaccine"
    if tok.lower_ in lex.supply_nouns:
        return "supply"
    if tok.lower_ in lex.people_nouns:
        return "people"
    if tok.lower_ in lex.approval_words:
        return "approval"
    if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return tok.ent_type_
    if tok.pos_ == "PRON":
        return "pron"
    return "other"


# --- is it an event, and of which type ------------------------------------------------------------


def trigger_word(c: Candidate, doc: DocumentContext) -> Features:
    """The trigger's pattern (its lemma id) and the type its pattern names."""
    t = c.trigger
    return {"trigger": t.id_, "pattern_type": t.label_, "multiword": float(len(t) > 1)}


def trigger_syntax(c: Candidate, doc: DocumentContext) -> Features:
    """Part of speech, tag, dependency and voice of the trigger, and what its subject and object are."""
    root = c.trigger.root
    obj = children(root, ("dobj", "nsubjpass", "pobj"))
    subj = children(root, ("nsubj", "agent"))
    return {
        "pos": root.pos_, "tag": root.tag_, "dep": root.dep_, "head_pos": root.head.pos_,
        "passive": float(is_passive(root)), "neg": float(any(ch.dep_ == "neg" for ch in dependants(root))),
        "obj": _kind(obj[0]) if obj else "none", "subj": _kind(subj[0]) if subj else "none",
        "head_is_approval": float(root.head.lower_ in lexicon().approval_words),
    }


def rules_opinion(c: Candidate, doc: DocumentContext) -> Features:
    """What the rules say: their type, licence, link to vaccine words, and whether they keep the trigger."""
    r = c.reading
    merged = r.licensed and not r.embedded and not r.kept
    return {
        "rule_type": r.event.event_type, "licensed": float(r.licensed), "link": r.link, "licence": r.licence,
        "embedded": float(r.embedded), "kept": float(r.kept), "merged": float(merged),
        "rule_status": r.event.status,
    }


def reading_fields(c: Candidate, doc: DocumentContext) -> Features:
    """Which fields the rules' reading found: a count, a vaccine name, parties, a date."""
    ev = c.reading.event
    return {
        "has_quantity": float(ev.quantity is not None), "unit": ev.quantity_unit or "none",
        "has_vaccine_name": float(bool(ev.vaccine)), "has_provider": float(bool(ev.provider)),
        "has_recipient": float(bool(ev.recipient)), "has_date": float(ev.event_date is not None),
        "unnamed_recipient": float(ev.unnamed_recipient),
    }


def sentence_vocabulary(c: Candidate, doc: DocumentContext) -> Features:
    """How much the sentence speaks of vaccines, money and approvals, and how many triggers it holds."""
    sent = c.trigger.doc
    cached = sent.user_data.get("sentence_vocabulary")
    if cached is None:  # the same for every trigger of the sentence
        lex = lexicon()
        words = [t.lower_ for t in tokens(sent)]
        cached = sent.user_data["sentence_vocabulary"] = {
            "vaccine_tokens": float(min(sum(is_vaccine_token(t) for t in tokens(sent)), 5)),
            "approval_tokens": float(min(sum(w in lex.approval_words for w in words), 3)),
            "money": float(bool(_MONEY.search(sent.text))),
            "triggers": float(min(len(sent.spans.get("triggers", [])), 6)),
            "length": float(min(len(sent) // 10, 8)),
            "quantities": float(min(len(sent.spans.get("quantities", [])), 4)),
        }
    return dict(cached)


def place_in_article(c: Candidate, doc: DocumentContext) -> Features:
    """Headline or body, what the sentence before was about, and how much the article speaks of vaccines."""
    ctx = c.context
    return {
        "headline": float(ctx.is_headline), "first": float(c.sentence == 0),
        "previous_vaccine": float(ctx.previous_vaccine_related), "refers_back": float(ctx.refers_back),
        "article_vaccine_share": round(doc.vaccine_share, 2), "has_focus": float(doc.focus is not None),
        "position": round(c.sentence / max(len(doc.sentences), 1), 2),
    }


def trigger_vector(c: Candidate, doc: DocumentContext) -> Features:
    """The parser's contextual vector of the trigger (what the word means where it stands)."""
    vec = c.trigger.root.vector
    return {f"v{i}": round(float(x), 3) for i, x in enumerate(vec)}


COUNTRY = "countryname"  # the one word every country's name, demonym and state organ becomes
_WORD = re.compile(r"[^\W_]+(?:[-.&][^\W_]+)*")  # "Malawi's": the name, then the possessive


@lru_cache(maxsize=1)
def _country_phrases() -> tuple[frozenset[tuple[str, ...]], dict[str, tuple[int, ...]]]:
    """The entity ruler's country names, demonyms and state organs as word tuples, and for each first word
    the lengths of the phrases it starts, longest first."""
    phrases = {tuple(_WORD.findall(r["pattern"].lower())) for r in entity_patterns()
               if r["label"] in ("GPE", "NORP") and isinstance(r["pattern"], str)}
    phrases.discard(())
    starts: dict[str, set[int]] = {}
    for words in phrases:
        starts.setdefault(words[0], set()).add(len(words))
    return frozenset(phrases), {w: tuple(sorted(n, reverse=True)) for w, n in starts.items()}


def country_blind(text: str) -> str:
    """`text` in lower case, as words, with each country's name, demonym or state organ ("Ghana", "the
    Philippines", "Japanese", "the Chinese government") replaced by `COUNTRY`: how the topic models read
    an article, so that they learn what supply reports say, not where the training ones were."""
    phrases, starts = _country_phrases()
    words = _WORD.findall(text.lower())
    out: list[str] = []
    i = 0
    while i < len(words):
        n = next((n for n in starts.get(words[i], ()) if tuple(words[i:i + n]) in phrases), 0)
        out.append(COUNTRY if n else words[i])
        i += n or 1
    return " ".join(out)


def _blind_sentences(doc: DocumentContext) -> list[str]:
    """The article's sentences, country-blind, made once per article (its passages overlap)."""
    if doc.blind is None:
        doc.blind = [country_blind(s.text) for s in doc.sentences]
    return doc.blind


def article_words(c: Candidate, doc: DocumentContext) -> Features:
    """The article's words, every country named alike, as text for a bag-of-words model of what the
    article is about."""
    return {"text": " ".join(_blind_sentences(doc))}


PASSAGE = 2  # sentences on each side of the candidate's that make its passage


def passage_words(c: Candidate, doc: DocumentContext) -> Features:
    """The candidate's passage (its sentence and `PASSAGE` on each side), every country named alike, as
    text for the topic model."""
    lo, hi = max(c.sentence - PASSAGE, 0), min(c.sentence + PASSAGE + 1, len(doc.sentences))
    return {"text": " ".join(_blind_sentences(doc)[lo:hi])}


TEXT_FEATURES = (article_words, passage_words)
EVENT_FEATURES: tuple[Callable[[Candidate, DocumentContext], Features], ...] = (
    trigger_word, trigger_syntax, rules_opinion, reading_fields, sentence_vocabulary, place_in_article,
    article_words, passage_words)


# --- status --------------------------------------------------------------------------------------


def status_rules(c: Candidate, doc: DocumentContext) -> Features:
    """The rules' status, and each of the tests behind it, on the trigger."""
    root, trig = c.trigger.root, c.trigger
    etype = c.reading.event.event_type
    return {
        "rule_status": c.reading.event.status, "rule_planned": float(is_planned(root)),
        "progressive_future": float(progressive_future(trig)), "headline_infinitive": float(headline_infinitive(trig)),
        "rule_negated": float(is_negated(root, etype)), "hedged": float(is_hedged(root)),
        "future_trigger": float(trig.id_ in lexicon().future_triggers),
    }


def verb_group(c: Candidate, doc: DocumentContext) -> Features:
    """Auxiliaries, tags and negation of the trigger and the two words that govern it."""
    root = c.trigger.root
    out: Features = {"tag": root.tag_, "head_tag": root.head.tag_ if root.head != root else "ROOT"}
    for level, tok in enumerate([root] + head_chain(root, 2)):
        for aux in auxiliaries(tok):
            out[f"aux{level}_{aux}"] = 1.0
        if any(ch.dep_ == "neg" for ch in dependants(tok)):
            out[f"neg{level}"] = 1.0
        if tok.lower_ in lexicon().plan_words:
            out[f"plan_word{level}"] = 1.0
        if tok.lower_ in lexicon().negating_heads:
            out[f"negating_head{level}"] = 1.0
    return out


def date_against_publication(c: Candidate, doc: DocumentContext) -> Features:
    """Whether the event's date lies after the article's publication (a plan) or before it."""
    ev = c.reading.event
    if not ev.event_date or doc.published is None:
        return {"date_vs_published": "none"}
    published = doc.published.isoformat()[: len(ev.event_date)]
    return {"date_vs_published": "after" if ev.event_date > published else
            "same" if ev.event_date == published else "before"}


STATUS_FEATURES: tuple[Callable[[Candidate, DocumentContext], Features], ...] = (
    status_rules, verb_group, date_against_publication, trigger_word)


# --- roles ---------------------------------------------------------------------------------------


def _path(trigger: Token, party: Token) -> tuple[str, str]:
    """The dependency path from trigger to party: the relations up to their common head, then down."""
    up = [trigger] + head_chain(trigger, 8)
    down = [party] + head_chain(party, 8)
    common = next((t for t in down if t in up), None)
    if common is None:
        return "none", "none"
    ups = [t.dep_ for t in up[: up.index(common)]]
    downs = [t.dep_ if t.dep_ != "pobj" else f"pobj:{t.head.lower_}" for t in down[: down.index(common)]]
    return "/".join(ups[:3]) or "-", "/".join(reversed(downs[:3])) or "-"


def party_place(c: Candidate, p: PartyCandidate, doc: DocumentContext) -> Features:
    """Where the article names the party against the trigger: same sentence, before it, headline, focus."""
    mentions = p.mentions
    here = [m for m in mentions if m.sentence == c.sentence]
    before = [c.sentence - m.sentence for m in mentions if m.sentence < c.sentence]
    return {
        "same_sentence": float(bool(here)), "distance": float(min(before)) if before else -1.0,
        "headline": float(doc.headline is not None and any(m.sentence == doc.headline for m in mentions)),
        "later_only": float(not here and not before and bool(mentions)),
        "focus": float(p.name == doc.focus), "unmentioned": float(not mentions),
        "article_mentions": float(min(doc.counts[p.name], 10)),
        "rank": float(min(sorted(doc.counts.values(), reverse=True).index(doc.counts[p.name]), 5))
        if doc.counts[p.name] else 9.0,
    }


def party_syntax(c: Candidate, p: PartyCandidate, doc: DocumentContext) -> Features:
    """How the trigger governs the party when both are in one sentence: the path, preposition and order."""
    sent = c.trigger.doc
    root = c.trigger.root
    here = [m for m in p.mentions if m.sentence == c.sentence and m.token is not None]
    if not here:
        return {"path_up": "none", "path_down": "none", "before": 0.0, "token_distance": -1.0}
    tok = min((sent[m.token] for m in here), key=lambda t: abs(t.i - root.i))
    up, down = _path(root, tok)
    return {"path_up": up, "path_down": down, "party_dep": tok.dep_,
            "party_head": tok.head.lower_ if tok.head.pos_ == "ADP" else tok.head.pos_,
            "before": float(tok.i < root.i), "token_distance": float(min(abs(tok.i - root.i) // 3, 8))}


def party_kind(c: Candidate, p: PartyCandidate, doc: DocumentContext) -> Features:
    """Country, vaccine maker or other organisation, and the entity label it was found with."""
    lex = lexicon()
    labels = {m.label for m in p.mentions} or {"none"}
    return {"country": float(p.name in country_names()), "maker": float(p.name in lex.producers),
            "label": sorted(labels)[0]}


def party_rules(c: Candidate, p: PartyCandidate, doc: DocumentContext) -> Features:
    """The rules' roles for this event, and for the events of the sentence before."""
    prev = c.context.previous_events
    return {
        "rule_provider": float(p.rule_provider), "rule_recipient": float(p.rule_recipient),
        "rule_providers": float(len(c.reading.event.provider)), "rule_recipients": float(len(c.reading.event.recipient)),
        "previous_provider": float(any(p.name in e.provider for e in prev)),
        "previous_recipient": float(any(p.name in e.recipient for e in prev)),
    }


def event_of_party(c: Candidate, p: PartyCandidate, doc: DocumentContext) -> Features:
    """The event's type and voice, which decide how syntax maps to roles."""
    return {"type": c.event_type or c.reading.event.event_type, "trigger": c.trigger.id_,
            "voice": "passive" if is_passive(c.trigger.root) else "active"}


ROLE_FEATURES: tuple[Callable[[Candidate, PartyCandidate, DocumentContext], Features], ...] = (
    party_place, party_syntax, party_kind, party_rules, event_of_party)


def collect(functions: tuple[Callable[..., Features], ...], *args: object) -> Features:
    """The features of `functions` applied to `args`, each named `function.feature`."""
    out: Features = {}
    for f in functions:
        out.update((f"{f.__name__}.{k}", v) for k, v in f(*args).items())
    return out


class Text(BaseEstimator, TransformerMixin):
    """A scikit-learn transformer taking one text feature (`function.key`) out of each feature dict."""

    def __init__(self, key: str = "article_words.text") -> None:
        self.key = key

    def fit(self, x: list[Features], y: object = None) -> "Text":
        return self

    def transform(self, x: list[Features]) -> list[str]:
        return [str(row.get(self.key, "")) for row in x]


class PerArticle(BaseEstimator, TransformerMixin):
    """A text vectoriser that reads each distinct text once: the candidates of one article share its words,
    so document frequencies count articles and an article is not vectorised once per candidate."""

    def __init__(self, vectorizer: Any = None) -> None:
        self.vectorizer = vectorizer

    def fit(self, x: list[str], y: object = None) -> "PerArticle":
        self.vectorizer.fit(list(dict.fromkeys(x)))
        return self

    def transform(self, x: list[str]) -> Any:
        distinct = list(dict.fromkeys(x))
        rows = {text: k for k, text in enumerate(distinct)}
        return self.vectorizer.transform(distinct)[[rows[text] for text in x]]


class Select(BaseEstimator, TransformerMixin):
    """A scikit-learn transformer keeping the features of the named functions; by default every feature
    but the texts, which only a bag-of-words model can use."""

    def __init__(self, names: tuple[str, ...] | None = None) -> None:
        self.names = names

    def fit(self, x: list[Features], y: object = None) -> "Select":
        return self

    def transform(self, x: list[Features]) -> list[Features]:
        if self.names is None:
            skip = tuple(f"{f.__name__}." for f in TEXT_FEATURES)
            return [{k: v for k, v in row.items() if not k.startswith(skip)} for row in x]
        keep = tuple(f"{n}." for n in self.names)
        return [{k: v for k, v in row.items() if k.startswith(keep)} for row in x]
