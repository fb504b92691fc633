"""Cross-validation and training on the shared gold corpora (small versions of the real commands)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import evaluate
from pipeline.extract import models as extract_models
from pipeline.labels import Article, read_corpus

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def articles(shared: Path) -> list[Article]:
    return read_corpus("seeds") + read_corpus("negatives")


@pytest.fixture(scope="module")
def few(articles: list[Article]) -> list[Article]:
    """Seeds, negatives and a dozen dev articles: enough supply reports from more than one country for the
    deciders to learn from in four folds (the four seeds are all about North Korea, and the topic models
    read every country alike)."""
    return articles + read_corpus("dev")[:12]


def test_every_article_is_held_out_once_and_never_trained_on_then(articles: list[Article]) -> None:
    plan = evaluate.fold_plan(articles)
    held = [k for _, held_out in plan for k in held_out]
    assert sorted(held) == list(range(len(articles)))
    for train, held_out in plan:
        assert not set(train) & set(held_out)
        assert any(not articles[k].gold for k in held_out), "each fold holds texts without events"


@pytest.mark.slow
def test_cross_validation_reports_out_of_fold_figures(few: list[Article]) -> None:
    rows = evaluate.cross_validate(few)
    names = {a.parsed.raw.doc_id for a in few}
    assert rows and {r["doc_id"] for r in rows} <= names
    report = evaluate.summary(evaluate.score_rows(few, rows))
    assert {"f1", "strict_f1", "precision", "recall", "ece", "false_events_per_negative", "fields",
            "types"} <= set(report)
    assert 0.0 <= report["false_events_per_negative"] < 5 and 0.0 < report["recall"] <= 1.0


@pytest.mark.slow
def test_train_writes_loadable_versioned_artefacts(shared: Path, tmp_path: Path) -> None:
    from pipeline.train import train

    report = train(["seeds", "negatives"], out=tmp_path)
    assert "fitted on 44 documents" in report
    models = extract_models.load(tmp_path)
    assert models.info["corpora"] == ["negatives", "seeds"]
    assert json.loads((tmp_path / extract_models.DESCRIPTION).read_text())["scikit_learn"]


def test_every_gold_event_without_a_candidate_has_one_cause(few: list[Article]) -> None:
    from pipeline.labels import align

    misses = evaluate.candidate_misses(few)
    assert set(misses) == set(evaluate.MISSES)
    unclaimed = sum(1 for a in few for j, g in enumerate(a.gold)
                    if g.get("scope", "vaccine") == "vaccine" and j not in set(align(a.analysis, a.gold).values()))
    assert sum(misses.values()) == unclaimed
    total = sum(1 for a in few for g in a.gold if g.get("scope", "vaccine") == "vaccine")
    assert evaluate.candidate_recall(few) == round(1 - unclaimed / total, 4)
    # a sentence telling a second event of a type the rules read as one ("compromise to contribute 22.5 million
    # doses ..., and 7.5 million were allocated")
    assert misses["its type's candidates all taken"] >= 1


@pytest.mark.slow
def test_texts_without_supply_events_weigh_more_in_the_event_decider(articles: list[Article]) -> None:
    from pipeline.labels import examples_of
    from pipeline.train import fit

    examples = examples_of(articles)
    assert examples.without_events == {f"negatives/{a.name}" for a in articles if a.corpus == "negatives"}
    theirs = sum(1 for _, _, doc in examples.event if doc in examples.without_events)
    assert theirs > 0
    for weight in (1, 3):
        info = fit(examples, {"weight_without_events": weight}).info
        assert info["event_rows"] == len(examples.event) + (weight - 1) * theirs


def test_words_no_training_document_uses_are_held_out_with_their_documents(articles: list[Article]) -> None:
    plan = evaluate.fold_plan(articles)
    for (train, held_out), unknown in zip(plan, evaluate.new_words(articles)):
        held = set().union(*(evaluate._event_words(articles[k]) for k in held_out))
        trained = set().union(*(evaluate._event_words(articles[k]) for k in train))
        assert unknown == held - trained
    assert any(evaluate.new_words(articles)), "four seed articles do not share every word"
    # 0.927 with every word known, 0.491 when each seed's own words are new
    assert 0.0 < evaluate.candidate_recall_words_out(articles) < evaluate.candidate_recall(articles)


@pytest.mark.slow
def test_cross_validation_with_new_words_unknown_finds_less(training: list[Article], packaged_split: dict) -> None:
    # on the training corpora, where each fold has new words and enough articles to learn from (on the four
    # seed articles alone both recalls are a handful of events, and which is larger is a toss of the forests)
    words_out = evaluate.summary(evaluate.score_rows(training, evaluate.cross_validate_new_words(training)))
    # recall 0.780 as usual, 0.688 with each fold's new words unknown (2026-12-03, later; a no-op filter gives 0.780)
    assert words_out["recall"] < packaged_split["recall"] - 0.03


def test_evaluate_without_the_shared_corpora_says_where_it_looked(tmp_path: Path) -> None:
    env = {**os.environ, "VACCINE_SHARED": str(tmp_path / "nowhere")}
    done = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "--json"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "shared corpora not found" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_repeated_cross_validation_gives_mean_and_spread_over_other_splits(articles: list[Article],
                                                                          few: list[Article]) -> None:
    assert "facts_b3" not in evaluate.repeated(articles, None, 1), "seeds and negatives have no facts.jsonl"
    rep = evaluate.repeated(few, None, 2)
    assert rep["repeats"] == 2
    for key in evaluate.REPEATED:  # dev has facts.jsonl: B-cubed is repeated too
        runs = rep[key]["runs"]
        assert len(runs) == 2 and min(runs) <= rep[key]["mean"] <= max(runs)
        assert rep[key]["sd"] >= 0.0
    plans = [evaluate.fold_plan(few, seed) for seed in (evaluate.SEED, evaluate.SEED + 1)]
    assert plans[0] != plans[1], "a repeat uses another split of the documents"
    assert evaluate.repeated(few, None, 1)["f1"]["runs"] == rep["f1"]["runs"][:1], "the same first draw again"
    worse = evaluate.repeated(few, {"event_threshold": 0.9}, 2)
    diff = evaluate.paired(worse, rep)
    # a higher threshold keeps fewer events: recall never rises, and in some draw a true event is lost or a false one
    # dropped (2026-12-06: in both draws only false ones were, precision up and recall as it was)
    assert diff["recall"]["up"] == 0, "a higher threshold keeps no more events"
    assert diff["recall"]["down"] + diff["precision"]["up"] >= 1, "a higher threshold keeps fewer events"
    assert abs(diff["f1"]["mean"] - (worse["f1"]["mean"] - rep["f1"]["mean"])) < 1e-3
    same = evaluate.paired(rep, rep)
    assert all(d == {"mean": 0.0, "sd": 0.0, "up": 0, "down": 0} for d in same.values())


@pytest.mark.parametrize(("options", "report", "message"), [
    (["--repeats", "2"], {"cv_repeated": {"repeats": 5}}, "not a report of `evaluate --json --repeats 2`"),
    (["--repeats", "2"], "not json", "cannot read a JSON report"),
    ([], {"cv_repeated": {"repeats": 2}}, "--against needs --repeats N"),
], ids=["other_repeats", "not_json", "no_repeats"])
def test_a_reference_that_cannot_be_paired_is_refused_before_any_work(tmp_path: Path, options: list[str],
                                                                      report: object, message: str) -> None:
    path = tmp_path / "reference.json"
    path.write_text(report if isinstance(report, str) else json.dumps(report))
    env = {**os.environ, "VACCINE_SHARED": str(tmp_path / "nowhere")}  # refused before the corpora are looked for
    done = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "--no-valid", *options, "--against", str(path)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_scored_rows_are_linked_into_facts_as_a_run_links_them(shared: Path) -> None:
    dev = read_corpus("dev")
    models = extract_models.packaged()
    report = evaluate.summary(evaluate.score_rows(dev, evaluate.predict(dev, models)))
    b3 = report["facts_b3"]
    assert b3["n"] > 100 and b3["f1"] > 0.85  # 0.892 (2026-12-03); each event its own fact: 0.822


@pytest.fixture(scope="module")
def training(shared: Path) -> list[Article]:
    """The training corpora (dev, seeds, negatives), parsed and read by the rules."""
    from pipeline import corpora

    return [a for name in corpora.TRAINING for a in read_corpus(name)]


@pytest.fixture(scope="module")
def packaged_split(training: list[Article]) -> dict:
    """The cross-validated figures `evaluate` prints, on the packaged fold split of the training corpora."""
    return evaluate.summary(evaluate.score_rows(training, evaluate.cross_validate(training)))


@pytest.mark.slow
def test_issue_12_targets_hold_out_of_fold(packaged_split: dict) -> None:
    # on this split only: 0.8275 and 0.852 at the twenty-sixth stop (0.849 at the twenty-fifth, a strict xfail then);
    # over thirty draws provider is 0.841, 4 of the 30 at 0.85 or more, so a change of training rows may lose it again
    assert packaged_split["f1"] >= 0.82 and packaged_split["fields"]["provider"] >= 0.85


@pytest.mark.slow
def test_the_out_of_fold_figures_that_meet_issue_12_still_do(packaged_split: dict) -> None:
    r = packaged_split
    assert r["strict_f1"] >= 0.50 and r["ece"] <= 0.06 and r["false_events_per_negative"] <= 0.1  # 0.568, 0.035, 0
    assert r["fields"]["recipient"] >= 0.85  # 0.89


@pytest.mark.slow
def test_issue_14_facts_target_holds_out_of_fold(packaged_split: dict) -> None:
    assert packaged_split["facts_b3"]["f1"] >= 0.90  # 0.907
