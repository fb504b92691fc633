"""Train: fit the deciders (event and type, status, provider, recipient) on gold corpora.

`python -m pipeline train` reads `../shared/corpus/{dev,seeds,negatives}`, lets the rules read every
article (`extract.document.analyse`), labels each candidate and party from the gold events, fits the
scikit-learn pipelines and writes them into the package (`pipeline/extract/models/`). Labels follow
the scorer's matching: a candidate is an event of a gold event's type when their sentences overlap as
the scorer requires and their triggers share a word (or, failing that, their types agree).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import Pipeline, make_pipeline

from pipeline import corpora
from pipeline.extract import roles
from pipeline.extract.decide import event_features
from pipeline.extract.document import Analysis
from pipeline.extract.features import STATUS_FEATURES, Features, Select, Text, collect
from pipeline.extract.models import NO_EVENT, Models, packaged_dir
from pipeline.ingest import read_document
from pipeline.nlp import get_nlp
from pipeline.process import Parsed, parse_documents

NEUTRAL = "neutral"  # left out of training: neither clearly an event nor clearly not one


@dataclass
class Examples:
    """Labelled feature dicts for each decider, with the document each comes from (for grouped folds)."""

    event: list[tuple[Features, str, str]] = field(default_factory=list)
    status: list[tuple[Features, str, str]] = field(default_factory=list)
    # (features, is it the party, document, event key, may the role be left empty)
    provider: list[tuple[Features, int, str, str, bool]] = field(default_factory=list)
    recipient: list[tuple[Features, int, str, str, bool]] = field(default_factory=list)

    def extend(self, other: "Examples") -> None:
        self.event += other.event
        self.status += other.status
        self.provider += other.provider
        self.recipient += other.recipient


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
    feats = event_features(analysis.candidates, analysis.context)
    for k, c in enumerate(analysis.candidates):
        if k in claimed:
            g = golds[claimed[k]]
            if g.get("scope", "vaccine") != "vaccine":
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


# --- fitting -------------------------------------------------------------------------------------

SETTINGS: dict[str, Any] = {"event": "gbm", "status": "gbm", "roles": "gbm", "calibration": "isotonic", "seed": 0}


def _classifier(kind: str, seed: int, features: tuple[str, ...] | None = None) -> Pipeline:
    name, _, arg = kind.partition(":")
    params = {k: float(v) for k, v in (p.split("=") for p in arg.split(",") if p)}
    if name == "gbm":
        opts = {"max_iter": 150, "learning_rate": 0.08, "max_leaf_nodes": 15, "min_samples_leaf": 8,
                "l2_regularization": 1.0, **params}
        opts = {k: int(v) if k in ("max_iter", "max_leaf_nodes", "min_samples_leaf", "max_depth") else v
                for k, v in opts.items()}
        clf: Any = HistGradientBoostingClassifier(random_state=seed, **opts)
        return make_pipeline(Select(features), DictVectorizer(sparse=False), clf)
    if name == "logreg":
        return make_pipeline(Select(features), DictVectorizer(), LogisticRegression(C=params.get("C", 0.5), max_iter=5000))
    if name == "text":
        from sklearn.feature_extraction.text import TfidfVectorizer
        key = {0: "words_around.window", 1: "words_around.sentence", 2: "words_around.deps",
               3: "article_words.text"}[int(params.get("key", 0))]
        return make_pipeline(Text(key), TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                             LogisticRegression(C=params.get("C", 2.0), max_iter=5000))
    if name == "forest":
        from sklearn.ensemble import RandomForestClassifier
        clf = RandomForestClassifier(n_estimators=int(params.get("n", 300)), min_samples_leaf=int(params.get("leaf", 2)),
                                     max_features=params.get("mf", 0.3), random_state=seed, n_jobs=1)
        return make_pipeline(Select(features), DictVectorizer(sparse=False), clf)
    raise ValueError(f"unknown classifier {kind!r}")


def _grouped_splits(groups: list[str], n: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    return list(GroupKFold(n_splits=min(n, len(set(groups)))).split(np.zeros(len(groups)), groups=groups))


def fit(examples: Examples, settings: dict[str, Any] | None = None) -> Models:
    """Fit the four deciders on labelled examples."""
    s = {**SETTINGS, **(settings or {})}
    x, y, groups = zip(*examples.event)
    if s["event"].startswith("stack"):
        from sklearn.ensemble import StackingClassifier
        parts = s.get("stack", ["forest", "text:key=0", "text:key=1"])
        event: Any = StackingClassifier([(f"m{i}", _classifier(k, s["seed"], s.get("event_features")))
                                         for i, k in enumerate(parts)],
                                        final_estimator=LogisticRegression(C=1.0, max_iter=5000),
                                        cv=_grouped_splits(list(groups)))
    else:
        event = _classifier(s["event"], s["seed"], s.get("event_features"))
    if s["calibration"]:  # probabilities fitted on held-out documents, so confidence means what it says
        event = CalibratedClassifierCV(event, method=s["calibration"], cv=_grouped_splits(list(groups)),
                                       ensemble=False)
    if s.get("binary"):
        y = tuple("event" if v != NO_EVENT else NO_EVENT for v in y)
    event.fit(list(x), list(y))
    models = {"event": event}
    xs, ys, _ = zip(*examples.status)
    models["status"] = _classifier(s["status"], s["seed"]).fit(list(xs), list(ys))
    thresholds = {}
    for name in ("provider", "recipient"):
        data = getattr(examples, name)
        kind = s.get(name, s["roles"])
        xs, ys, docs, events, empty_ok = zip(*data)
        held_out = cross_val_predict(_classifier(kind, s["seed"]), list(xs), list(ys), groups=list(docs),
                                     cv=_grouped_splits(list(docs)), method="predict_proba")[:, 1]
        thresholds[name] = role_threshold(held_out, ys, events, empty_ok)
        models[name] = _classifier(kind, s["seed"]).fit(list(xs), list(ys))
    info = {"trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "scikit_learn": sklearn.__version__, "settings": s,
            "examples": {k: len(getattr(examples, k)) for k in ("event", "status", "provider", "recipient")},
            "documents": len(set(groups)), "threshold": s.get("threshold", 0.5),
            "role_thresholds": thresholds}
    return Models(models["event"], models["status"], models["provider"], models["recipient"], info)


def role_threshold(scores: Iterable[float], labels: Iterable[int], events: Iterable[str],
                   empty_ok: Iterable[bool]) -> float:
    """The least probability at which naming the likeliest party beats leaving the role empty, chosen on
    held-out predictions: the threshold that makes the most events' role right, as the scorer counts it."""
    top: dict[str, tuple[float, int]] = {}
    may_be_empty: dict[str, bool] = {}
    for s, y, e, ok in zip(scores, labels, events, empty_ok):
        may_be_empty[e] = ok
        if e not in top or s > top[e][0]:
            top[e] = (s, y)
    positives = {e for y, e in zip(labels, events) if y}
    grid = [round(0.05 * i, 2) for i in range(1, 16)]

    def right(t: float) -> int:
        return sum((s >= t and y == 1) or (s < t and (e not in positives or may_be_empty[e]))
                   for e, (s, y) in top.items())

    return max(grid, key=lambda t: (right(t), -abs(t - 0.5)))


def examples_of(articles: Iterable[Article]) -> Examples:
    """The labelled examples of several articles."""
    out = Examples()
    for a in articles:
        out.extend(label_article(a))
    return out


def train(names: Iterable[str] = corpora.TRAINING, out: Path | None = None) -> str:
    """Fit on the named corpora and write the artefacts (default: into the package); returns a report."""
    articles = [a for name in names for a in read_corpus(name)]
    examples = examples_of(articles)
    models = fit(examples)
    models.info["corpora"] = sorted({a.corpus for a in articles})
    written = models.save(out or packaged_dir())
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.0f} KiB" for p in written)
    return (f"fitted on {len(articles)} documents: {len(examples.event)} candidates, "
            f"{sum(1 for _, y, _ in examples.event if y != NO_EVENT)} events -> {sizes}")
