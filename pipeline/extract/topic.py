"""Topic: does the article tell of vaccine supply at all, and does the passage? Answers for the event decider.

`TopicForest` is the event decider's learner. A bag-of-words model over whole articles (one row per
article, labelled by whether any of its candidates is an event) gives each candidate its article's
probability (`article_topic.p`) and, read over the candidate's passage alone (its sentence and two on
each side), the passage's (`article_topic.passage`); a random forest reads both beside the candidate's
own features, so it can ask more of a candidate in an article, or a paragraph, about something else
(efficacy, mandates, other drugs) than of one in a supply report. In training, each article's
probabilities come from a model fitted without it (grouped folds over the training articles): the forest
learns how far the topic model can be trusted on articles it has not seen, not how well it remembers the
ones it has.

The topic models read an article with every country named alike (`features.country_blind`): fitted on
a few dozen articles, they would otherwise learn which countries those articles were about (North
Korea, Vietnam, Ghana), which says nothing about the next article's.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.model_selection import GroupKFold

from pipeline.extract.features import Features
from pipeline.extract.models import EVENT, NO_EVENT

TOPIC = "article_topic.p"  # the features the forest reads
PASSAGE_TOPIC = "article_topic.passage"
# scikit-learn's calibration fits its held-out copies of the decider on labels encoded as their rank among
# the sorted classes (0, 1): the same article labels need the same decoding
ENCODED = tuple(sorted((EVENT, NO_EVENT)))


class TopicForest(ClassifierMixin, BaseEstimator):
    """A classifier over feature dicts: `forest` decides from the features plus the topic probabilities
    that `topic` (a text classifier fitted on articles) gives to the article (the text under `text_key`)
    and to the candidate's passage (under `passage_key`, when set)."""

    def __init__(self, forest: Any = None, topic: Any = None, folds: int = 5,
                 text_key: str = "article_words.text", passage_key: str | None = None) -> None:
        self.forest = forest
        self.topic = topic
        self.folds = folds
        self.text_key = text_key
        self.passage_key = passage_key

    def fit(self, x: list[Features], y: list[str]) -> "TopicForest":
        texts = [str(row.get(self.text_key, "")) for row in x]
        articles = list(dict.fromkeys(texts))
        supply = dict.fromkeys(articles, 0)
        for text, label in zip(texts, y):
            if _decoded(label) != NO_EVENT:
                supply[text] = 1
        labels = np.array([supply[a] for a in articles])
        self.prior_ = float(labels.mean()) if len(labels) else 0.0
        with_topic: list[Features] = list(x)
        folds = min(self.folds, len(articles))
        if folds >= 2:
            for train, test in GroupKFold(n_splits=folds).split(articles, labels, groups=articles):
                model = self._fit_topic([articles[k] for k in train], labels[train])
                tested = {articles[k] for k in test}
                rows = [i for i, text in enumerate(texts) if text in tested]
                for i, row in zip(rows, self._with_topic([x[i] for i in rows], model)):
                    with_topic[i] = row
        else:
            with_topic = self._with_topic(x, None)
        self.topic_ = self._fit_topic(articles, labels)
        self.forest_ = clone(self.forest).fit(with_topic, y)
        self.classes_ = self.forest_.classes_
        return self

    def predict_proba(self, x: list[Features]) -> np.ndarray:
        return self.forest_.predict_proba(self._with_topic(x, self.topic_))

    def predict(self, x: list[Features]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(x), axis=1)]

    def _fit_topic(self, articles: list[str], labels: np.ndarray) -> Any:
        """The topic model, or None when the articles are all of one kind (then the prior stands in)."""
        return clone(self.topic).fit(articles, labels) if len(set(labels.tolist())) == 2 else None

    def _topic(self, articles: list[str], model: Any) -> list[float]:
        if model is None:
            return [self.prior_] * len(articles)
        return [float(p) for p in model.predict_proba(articles)[:, 1]]

    def _with_topic(self, x: list[Features], model: Any) -> list[Features]:
        """The rows with the topic probabilities that `model` gives to their article and passage."""
        keys = {TOPIC: self.text_key, PASSAGE_TOPIC: self.passage_key}
        out = [dict(row) for row in x]
        for feature, key in keys.items():
            if key:
                for row, p in zip(out, self._read([str(row.get(key, "")) for row in x], model)):
                    row[feature] = round(p, 3)
        return out

    def _read(self, texts: list[str], model: Any) -> list[float]:
        """The topic probability of each text; each distinct text is read once (an article's candidates
        share its text, and a sentence's candidates their passage)."""
        distinct = list(dict.fromkeys(texts))
        topic = dict(zip(distinct, self._topic(distinct, model)))
        return [topic[t] for t in texts]


def _decoded(label: object) -> object:
    return ENCODED[int(label)] if isinstance(label, (int, np.integer)) else label
