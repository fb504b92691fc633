"""The event decider's learner that reads the article's topic: fitted on real feature dicts of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import LabelEncoder

from pipeline.extract.models import NO_EVENT
from pipeline.extract.features import article_words, country_blind
from pipeline.ingest import RawDocument
from pipeline.process import parse_documents
from pipeline.extract.topic import PASSAGE_TOPIC, TOPIC, TopicForest
from pipeline.train import learner

SUPPLY = ["Japan donated doses of vaccine to Vietnam; the shipment of doses arrived {k}.",
          "COVAX delivered vaccine doses to Ghana, the doses arrived at the airport {k}."]
OTHER = ["The county will distribute doses of a drug against overdoses {k}.",
         "A judge blocked the mandate for workers at hospitals {k}."]


def _examples() -> tuple[list[dict], list[str]]:
    x, y = [], []
    for k in range(6):
        for template, label in [(SUPPLY[0], "event"), (SUPPLY[1], "event"), (OTHER[0], NO_EVENT), (OTHER[1], NO_EVENT)]:
            text = template.format(k=f"on day {k}")
            for trigger in ("send", "arrive"):  # two candidates per article, one decided by the words around
                x.append({"article_words.text": text, "trigger_word.trigger": trigger})
                y.append(label if trigger == "arrive" or label == NO_EVENT else NO_EVENT)
    return x, y


class _Recorder(DummyClassifier):
    """A forest stand-in that keeps the rows it was fitted on, to see the topic feature it was given."""

    def fit(self, x: list[dict], y: list[str], sample_weight: object = None) -> "_Recorder":
        self.rows_ = x
        return super().fit(x, y, sample_weight)


def _topic() -> object:
    return make_pipeline(TfidfVectorizer(), LogisticRegression(C=10.0))


def test_the_forest_reads_the_topic_of_articles_it_was_not_fitted_on() -> None:
    x, y = _examples()
    model = TopicForest(forest=_Recorder(strategy="prior"), topic=_topic(), folds=4).fit(x, y)
    seen = {row["article_words.text"]: row[TOPIC] for row in model.forest_.rows_}
    final = dict(zip(seen, model._topic(list(seen), model.topic_)))
    assert all(0.0 <= p <= 1.0 for p in seen.values())
    # in training each article's probability came from a model fitted without it: less sure than the final one
    supply = [t for t in seen if "doses of vaccine" in t or "vaccine doses" in t]
    assert sum(seen[t] for t in supply) < sum(final[t] for t in supply)


def test_a_passage_is_read_by_the_same_held_out_model_as_its_article() -> None:
    x, y = _examples()
    x = [{**row, "passage_words.text": row["article_words.text"] if row["trigger_word.trigger"] == "arrive"
          else OTHER[1].format(k="today")} for row in x]
    model = TopicForest(forest=_Recorder(strategy="prior"), topic=_topic(), folds=4,
                        passage_key="passage_words.text").fit(x, y)
    rows = model.forest_.rows_
    whole = [row for row in rows if row["passage_words.text"] == row["article_words.text"]]
    assert whole and all(row[PASSAGE_TOPIC] == row[TOPIC] for row in whole)
    elsewhere = [row for row in rows if row not in whole and "vaccine" in row["article_words.text"]]
    assert elsewhere and all(row[PASSAGE_TOPIC] < row[TOPIC] for row in elsewhere), \
        "a passage about something else, inside a supply article, is less likely to tell of supply"


def test_copies_fitted_on_encoded_labels_read_the_same_topic() -> None:
    x, y = _examples()
    codes = LabelEncoder().fit_transform(y)  # what the calibration's held-out copies of the decider are fitted on
    named = TopicForest(forest=_Recorder(strategy="prior"), topic=_topic(), folds=4).fit(x, y)
    coded = TopicForest(forest=_Recorder(strategy="prior"), topic=_topic(), folds=4).fit(x, codes)
    assert coded.topic_ is not None and coded.prior_ == named.prior_ == 0.5
    assert [row[TOPIC] for row in coded.forest_.rows_] == [row[TOPIC] for row in named.forest_.rows_]


def test_a_real_decider_separates_supply_articles_from_others() -> None:
    x, y = _examples()
    model = learner("topic_forest", seed=0, trees=30).fit(x, y)
    assert list(model.classes_) == ["event", NO_EVENT]
    probs = model.predict_proba([{"article_words.text": SUPPLY[0].format(k="today"), "trigger_word.trigger": "arrive"},
                                 {"article_words.text": OTHER[0].format(k="today"), "trigger_word.trigger": "arrive"}])
    assert probs[0][0] > 0.5 > probs[1][0]


def test_articles_all_of_one_kind_fall_back_to_the_prior() -> None:
    x = [{"article_words.text": f"article {k}", "a.b": 1.0} for k in range(4)]
    y = [NO_EVENT] * 4
    model = TopicForest(forest=make_pipeline(DictVectorizer(), DummyClassifier()), topic=_topic()).fit(x, y)
    assert model.topic_ is None and model.prior_ == 0.0
    assert model.predict_proba(x).shape == (4, 1)


BLIND = [  # (text, as the topic models read it)
    ("The Japanese government gave doses to the Philippines.", "the countryname gave doses to countryname"),
    ("North Korea rejected 3 million doses", "countryname rejected 3 million doses"),
    ("Ghanaian officials said COVAX shipped vaccines", "countryname said covax shipped vaccines"),
    ("Malawi's neighbours", "countryname s neighbours"),  # a possessive is a word of its own
    ("The Pfizer-BioNTech vaccine", "the pfizer-biontech vaccine"),
]


@pytest.mark.parametrize(("text", "read"), BLIND, ids=[t[:24] for t, _ in BLIND])
def test_the_topic_models_read_every_country_alike(text: str, read: str) -> None:
    assert country_blind(text) == read


def test_the_words_the_topic_models_read_do_not_name_the_articles_country(nlp: Language) -> None:
    about = "{} receives vaccines\n\n{} received 500,000 doses from COVAX on Monday, the {} health ministry said."
    raws = [RawDocument(source_path=f"{c}.txt", doc_id=c, text=about.format(c, c, d), article=c)
            for c, d in (("Ghana", "Ghanaian"), ("Peru", "Peruvian"))]
    parsed, _ = parse_documents(raws, nlp)
    ghana, peru = (article_words(None, p.analyse().context)["text"] for p in parsed)  # type: ignore[arg-type]
    assert ghana == peru and "countryname" in ghana and "ghana" not in ghana
