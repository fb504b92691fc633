"""Labels: gold events turned into training examples for the deciders.

Every article of a gold corpus is parsed and read by the rules (`extract.document.analyse`); each
candidate, and each party of a candidate's event, is then labelled from the gold events. Labels follow
the scorer's matching: a candidate stands for a gold event when their sentences overlap as the scorer
requires and their triggers share a word (or, failing that, the rules give it the gold type).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pipeline import corpora
from pipeline.extract import roles
from pipeline.extract.decide import event_features
from pipeline.extract.document import Analysis
from pipeline.extract.features import STATUS_FEATURES, Features, collect
from pipeline.extract.models import NO_EVENT
from pipeline.ingest import read_document
from pipeline.nlp import get_nlp
from pipeline.process import Parsed, parse_documents

NEUTRAL = "neutral"  # left out of training: neither clearly an event nor clearly not one


def scored(gold: dict) -> bool:
    """Whether the scorer counts a gold event: vaccine supply, not other aid or an optional mention
    (those it neither rewards nor penalises)."""
    return gold.get("scope", "vaccine") == "vaccine"


@dataclass
class Examples:
    """Labelled feature dicts for each decider, with the document each comes from (for grouped folds)."""

    event: list[tuple[Features, str, str]] = field(default_factory=list)
    status: list[tuple[Features, str, str]] = field(default_factory=list)
    # (features, is it the party, document, event key, may the role be left empty)
    provider: list[tuple[Features, int, str, str, bool]] = field(default_factory=list)
    recipient: list[tuple[Features, int, str, str, bool]] = field(default_factory=list)
    without_events: set[str] = field(default_factory=set)  # documents whose gold has no supply event

    def extend(self, other: "Examples") -> None:
        self.event += other.event
        self.status += other.status
        self.provider += other.provider
        self.recipient += other.recipient
        self.without_events |= other.without_events


@dataclass
class Article:
    """A gold-annotated article, parsed and read by the rules."""

    corpus: str
    name: str
    parsed: Parsed
    analysis: Analysis
    gold: list[dict]


def read_corpus(corpus: str, nlp: Any = None) -> list[Article]:
    """Every article of a corpus with its gold events, parsed and analysed once."""
    path = corpora.corpus_dir(corpus)
    gold = corpora.gold_by_document(path)
    files = sorted(path.glob("*.txt"))
    parsed, failed = parse_documents([read_document(f) for f in files], nlp or get_nlp())
    if failed:
        raise ValueError(f"{corpus}: could not read {[f.source_path for f in failed]}")
    return [Article(path.name, Path(p.raw.source_path).stem, p, p.analyse(), gold.get(Path(p.raw.source_path).stem, []))
            for p in parsed]


def align(analysis: Analysis, golds: list[dict]) -> dict[int, int]:
    """Candidate index -> gold index: each gold event claims at most one candidate of its sentence.

    A candidate and a gold event can pair when their sentences overlap as the scorer requires and either
    their triggers share a word or the rules give the candidate the gold type; trigger agreement first.
    """
    score = corpora.scorer()
    pairs = []
    for k, c in enumerate(analysis.candidates):
        ev = c.reading.event
        for j, g in enumerate(golds):
            if score.overlap(ev.evidence, g["evidence"]) < score.OVERLAP:
                continue
            same_word = bool(score.tokens(c.trigger.text) & score.tokens(g.get("trigger") or ""))
            same_type = ev.event_type == g["event_type"]
            if same_word or same_type:
                pairs.append((2 * same_word + same_type + 0.5 * c.reading.kept, k, j))
    claimed: dict[int, int] = {}
    used: set[int] = set()
    for _, k, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if k not in claimed and j not in used:
            claimed[k] = j
            used.add(j)
    return claimed


def _alternatives(value: Any) -> list[Any]:
    return corpora.scorer().alternatives(value)


def label_article(article: Article) -> Examples:
    """The labelled examples of one article."""
    score = corpora.scorer()
    analysis, golds, key = article.analysis, article.gold, f"{article.corpus}/{article.name}"
    claimed = align(analysis, golds)
    out = Examples()
    if not any(scored(g) for g in golds):
        out.without_events.add(key)
    feats = event_features(analysis.candidates, analysis.context)
    for k, c in enumerate(analysis.candidates):
        if k in claimed:
            g = golds[claimed[k]]
            if not scored(g):
                continue  # other aid, or an optional mention: neither rewarded nor penalised
            out.event.append((feats[k], g["event_type"], key))
            c.event_type = g["event_type"]
            out.status.append((collect(STATUS_FEATURES, c, analysis.context), _status_label(c, g), key))
            parties = roles.party_candidates(c, analysis.context)
            for role, bucket in (("provider", out.provider), ("recipient", out.recipient)):
                options = [_alternatives(item) for item in g.get(role) or []]
                wanted = [a for alts in options for a in alts if a]
                empty_ok = not wanted or any(a is None for alts in options for a in alts)
                for p, x in zip(parties, roles.role_features(c, parties, analysis.context)):
                    bucket.append((x, int(bool(wanted) and score.parties_match([p.name], wanted)), key,
                                   f"{key}#{k}", empty_ok))
            c.event_type = None
        elif not _same_type_claimed(analysis, claimed, golds, k):
            out.event.append((feats[k], NO_EVENT, key))
    return out


def _status_label(c: Any, gold: dict) -> str:
    """The gold status; where the gold accepts two, the rules' reading when it is one of them."""
    options = [a for a in _alternatives(gold["status"]) if a]
    return c.reading.event.status if c.reading.event.status in options else options[0]


def _same_type_claimed(analysis: Analysis, claimed: dict[int, int], golds: list[dict], k: int) -> bool:
    """Another trigger of this one's sentence and type stands for a gold event: a second word for one
    happening ("received ... as the doses arrived"), which training leaves out."""
    c = analysis.candidates[k]
    return any(analysis.candidates[j].sentence == c.sentence and golds[g]["event_type"] == c.reading.event.event_type
               for j, g in claimed.items())


def examples_of(articles: Iterable[Article]) -> Examples:
    """The labelled examples of several articles."""
    out = Examples()
    for a in articles:
        out.extend(label_article(a))
    return out
