"""Train: fit the deciders on gold corpora and write them into the package.

`python -m pipeline train` labels the articles of `../shared/corpus/{dev,seeds,negatives}`
(`pipeline.labels`), fits the scikit-learn pipelines below and writes them to
`pipeline/extract/models/`. The settings that `evaluate` compares are the keys of `SETTINGS`; the
defaults are the ones cross-validation chose (see the README's table of methods).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    RandomForestClassifier,
    VotingClassifier,
)
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

from pipeline import corpora
from pipeline.extract.features import PerArticle, Select, Text
from pipeline.extract.models import EVENT, EVENT_THRESHOLD, NO_EVENT, Models, packaged_dir
from pipeline.extract.topic import TopicForest
from pipeline.labels import Examples, examples_of, read_corpus

SETTINGS: dict[str, Any] = {
    "event": ["topic_forest"],  # learners whose probabilities are averaged
    "status": "forest",
    "roles": "logreg",
    "calibration": "sigmoid",
    "trees": 60,
    "seed": 0,
    "event_threshold": EVENT_THRESHOLD,
    # a candidate the rules keep is an event from this probability: the rules' verdict counts as evidence (thirty
    # draws, against the event threshold for all: F1 +0.0034, recall +0.0138, precision -0.0079)
    "kept_threshold": 0.4,
    # a text without supply events counts this many times in the event decider's fit (its candidates are
    # repeated): texts without events count as much as texts with many, which give far more candidates
    "weight_without_events": 2,
}


def learner(name: str, seed: int, trees: int = 60) -> Any:
    """A named scikit-learn pipeline over feature dicts.

    forest: random forest over the parse and rule features; logreg: logistic regression over the same;
    gbm: gradient boosting over the same; words: logistic regression over the article's words (TF-IDF);
    topic_forest: the forest, also reading how likely the article, and the candidate's passage, are to tell
    of supply at all (`topic`).
    """
    if name == "topic_forest":
        return TopicForest(forest=learner("forest", seed, trees), topic=make_pipeline(_article_tfidf(), _article_logreg()),
                           passage_key="passage_words.text")
    if name == "forest":
        return make_pipeline(Select(), DictVectorizer(sparse=False), RandomForestClassifier(
            n_estimators=trees, min_samples_leaf=3, max_features=0.3, random_state=seed, n_jobs=1))
    if name == "logreg":
        return make_pipeline(Select(), DictVectorizer(), LogisticRegression(C=0.3, max_iter=5000))
    if name == "gbm":
        return make_pipeline(Select(), DictVectorizer(sparse=False), HistGradientBoostingClassifier(
            max_iter=150, learning_rate=0.08, max_leaf_nodes=15, min_samples_leaf=8, l2_regularization=1.0,
            random_state=seed))
    if name == "words":
        return make_pipeline(Text("article_words.text"), PerArticle(_article_tfidf()), _article_logreg())
    raise ValueError(f"unknown learner {name!r}: forest, logreg, gbm, words or topic_forest")


def _article_tfidf() -> TfidfVectorizer:
    """The words of whole articles, as both bag-of-words models read them (`features.article_words`)."""
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)


def _article_logreg() -> LogisticRegression:
    return LogisticRegression(C=2.0, max_iter=5000)


def grouped_splits(groups: list[str], n: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """Folds that keep each document's examples together."""
    return list(GroupKFold(n_splits=min(n, len(set(groups)))).split(np.zeros(len(groups)), groups=groups))


def _event_decider(s: dict[str, Any], groups: list[str]) -> Any:
    names = s["event"] if isinstance(s["event"], list) else [s["event"]]
    model: Any = learner(names[0], s["seed"], s["trees"]) if len(names) == 1 else VotingClassifier(
        [(n, learner(n, s["seed"], s["trees"])) for n in names], voting="soft")
    if s["calibration"]:  # probabilities fitted on held-out documents, so confidence means what it says
        model = CalibratedClassifierCV(model, method=s["calibration"], cv=grouped_splits(groups), ensemble=False)
    return model


def fit(examples: Examples, settings: dict[str, Any] | None = None) -> Models:
    """Fit the deciders on labelled examples.

    The event decider says event or not (the rules' type is kept: a learned type did no better in
    cross-validation), and sees each text without supply events `weight_without_events` times; status is
    learned outright; for each role, a party model and the threshold below which the role is left empty,
    chosen on held-out documents of the training data.
    """
    s = {**SETTINGS, **(settings or {})}
    repeated = [e for e in examples.event if e[2] in examples.without_events] * (int(s["weight_without_events"]) - 1)
    x, y, groups = zip(*(examples.event + repeated))
    event = _event_decider(s, list(groups))
    event.fit(list(x), [EVENT if v != NO_EVENT else NO_EVENT for v in y])
    xs, ys, _ = zip(*examples.status)
    status = learner(s["status"], s["seed"], s["trees"]).fit(list(xs), list(ys))
    parties: dict[str, Any] = {}
    thresholds: dict[str, float] = {}
    for role in ("provider", "recipient"):
        xs, ys, docs, events, empty_ok = zip(*getattr(examples, role))
        held_out = cross_val_predict(learner(s["roles"], s["seed"], s["trees"]), list(xs), list(ys), groups=list(docs),
                                     cv=grouped_splits(list(docs)), method="predict_proba")[:, 1]
        thresholds[role] = role_threshold(held_out, ys, events, empty_ok)
        parties[role] = learner(s["roles"], s["seed"], s["trees"]).fit(list(xs), list(ys))
    info = {"trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "scikit_learn": sklearn.__version__, "settings": s, "documents": len(set(groups)),
            "examples": {k: len(getattr(examples, k)) for k in ("event", "status", "provider", "recipient")},
            "event_rows": len(x), "documents_without_events": len(examples.without_events),
            "role_thresholds": thresholds}
    return Models(event, status, parties["provider"], parties["recipient"], info)


def role_threshold(scores: Iterable[float], labels: Iterable[int], events: Iterable[str],
                   empty_ok: Iterable[bool]) -> float:
    """The least probability at which naming the likeliest party beats leaving the role empty, chosen on
    held-out predictions: the threshold that makes the most events' role right, as the scorer counts it."""
    top: dict[str, tuple[float, int]] = {}
    may_be_empty: dict[str, bool] = {}
    positives: set[str] = set()
    for score, label, event, ok in zip(scores, labels, events, empty_ok):
        may_be_empty[event] = ok
        if label:
            positives.add(event)
        if event not in top or score > top[event][0]:
            top[event] = (score, label)

    def right(t: float) -> int:
        return sum((p >= t and label == 1) or (p < t and (e not in positives or may_be_empty[e]))
                   for e, (p, label) in top.items())

    return max((round(0.05 * i, 2) for i in range(1, 16)), key=lambda t: (right(t), -abs(t - 0.5)))


def train(names: Iterable[str] = corpora.TRAINING, out: Path | None = None) -> str:
    """Fit on the named corpora and write the artefacts (default: into the package); returns a report."""
    articles = [a for name in names for a in read_corpus(name)]
    examples = examples_of(articles)
    models = fit(examples)
    models.info["corpora"] = sorted({a.corpus for a in articles})
    written = models.save(out or packaged_dir())
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.0f} KiB" for p in written)
    events = sum(1 for _, label, _ in examples.event if label != NO_EVENT)
    return f"fitted on {len(articles)} documents ({len(examples.event)} candidates, {events} events) -> {sizes}"
