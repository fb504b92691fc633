"""Evaluate: document-grouped cross-validation of the deciders, and the held-out validation corpus.

`python -m pipeline evaluate [--json]` reads dev, seeds and negatives, splits their documents into five
folds, fits every learned part on four folds and decides the fifth, so every figure is out of fold;
then fits on all three corpora and decides `valid`. The scoring is the contract's own `score.py`, run
on tables written as a run writes them. The rules alone are scored the same way, as the baseline.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from pipeline import corpora
from pipeline.extract.document import decide
from pipeline.extract.models import Models
from pipeline.facts import link as link_facts
from pipeline.labels import Article, Examples, align, examples_of, read_corpus, scored
from pipeline.process import event_rows
from pipeline.sentences import has_trigger
from pipeline.train import fit

FOLDS = 5
SEED = 13


def assign_folds(articles: list[Article], folds: int = FOLDS, seed: int = SEED) -> list[int]:
    """A fold for each article: shuffled within each corpus, then dealt out in turn, so every fold holds
    a share of each corpus (and of the texts without events)."""
    rng = random.Random(seed)
    by_corpus: dict[str, list[int]] = defaultdict(list)
    for k, a in enumerate(articles):
        by_corpus[a.corpus].append(k)
    fold = [0] * len(articles)
    turn = 0
    for corpus in sorted(by_corpus):
        members = sorted(by_corpus[corpus], key=lambda k: articles[k].name)
        rng.shuffle(members)
        for k in members:
            fold[k] = turn % folds
            turn += 1
    return fold


def predict(articles: Iterable[Article], models: Models | None) -> list[dict[str, Any]]:
    """Event rows of the articles, decided by `models` (or the rules alone)."""
    return [row for a in articles for row in event_rows(a.parsed, decide(a.analysis, models))]


def score_rows(articles: list[Article], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The scorer's report on `rows` as the events of `articles`, plus false events per text without events."""
    score = corpora.scorer()
    with tempfile.TemporaryDirectory(prefix="vaccine-eval-") as tmp:
        gold_dir, run_dir = Path(tmp) / "gold", Path(tmp) / "run"
        gold_dir.mkdir()
        run_dir.mkdir()
        lines, facts = [], []
        for a in articles:
            (gold_dir / f"{a.name}.txt").symlink_to(Path(a.parsed.raw.source_path).resolve())
            lines += [json.dumps(g) for g in a.gold]
        for corpus in sorted({a.corpus for a in articles}):
            path = corpora.corpus_dir(corpus) / "facts.jsonl"
            if path.exists():
                facts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        (gold_dir / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if facts:
            (gold_dir / "facts.jsonl").write_text("\n".join(facts) + "\n", encoding="utf-8")
        pd.DataFrame([{"doc_id": a.parsed.raw.doc_id, "source_path": a.parsed.raw.source_path}
                      for a in articles]).to_parquet(run_dir / "documents.parquet")
        columns = ["doc_id", "event_type", "status", "provider", "recipient", "vaccine", "quantity", "quantity_unit",
                   "quantity_qualifier", "event_date", "evidence", "trigger", "confidence", "fact_id"]
        events = pd.DataFrame(rows)
        if len(events):  # facts as a run links them, so the scorer's B-cubed covers linkage too
            events["fact_id"] = link_facts(events)[0]
        events.reindex(columns=columns).to_parquet(run_dir / "events.parquet")
        result = score.score(gold_dir, run_dir)
    empty = {a.parsed.raw.doc_id for a in articles if not a.gold}
    result["negative_texts"] = len(empty)
    result["false_events_per_negative"] = (round(sum(r["doc_id"] in empty for r in rows) / len(empty), 4)
                                           if empty else None)
    return result


def summary(result: dict[str, Any], negatives: bool = True) -> dict[str, Any]:
    """The figures the issue asks for, under its key names."""
    out = {k: result[k] for k in ("f1", "strict_f1", "precision", "recall", "ece")}
    if negatives:
        out["false_events_per_negative"] = result["false_events_per_negative"]
    out["fields"] = result["field_accuracy"]
    out["types"] = {t: c["f1"] for t, c in result["per_type"].items()}
    out["counts"] = {k: result[k] for k in ("gold_events", "predicted", "tp", "fp", "fn")}
    if result.get("facts_b3"):
        out["facts_b3"] = result["facts_b3"]
    return out


def _without_candidate(a: Article, claimed: dict[int, int] | None = None) -> tuple[int, list[dict[str, Any]]]:
    """How many gold events of the article are of vaccine scope, and those of them no candidate stands for
    (`claimed`: the article's alignment, when the caller has it)."""
    taken = set((align(a.analysis, a.gold) if claimed is None else claimed).values())
    vaccine = [j for j, g in enumerate(a.gold) if scored(g)]
    return len(vaccine), [a.gold[j] for j in vaccine if j not in taken]


def candidate_recall(articles: list[Article]) -> float:
    """Share of gold events (vaccine scope) that some candidate can stand for, before any decision."""
    total = missed = 0
    for a in articles:
        n, misses = _without_candidate(a)
        total += n
        missed += len(misses)
    return round(1 - missed / total, 4) if total else 0.0


def _event_words(a: Article) -> set[str]:
    """The trigger ids (a word and its forms) of the candidates that stand for the article's gold events."""
    claimed = align(a.analysis, a.gold)
    return {a.analysis.candidates[k].trigger.id_ for k, j in claimed.items() if scored(a.gold[j])}


def new_words(articles: list[Article], seed: int = SEED) -> list[set[str]]:
    """For each fold: the trigger ids that stand for gold events in its held-out documents and in no
    training document (words the lexicon would not have if it had been written from the training folds)."""
    words = [_event_words(a) for a in articles]
    return [set().union(*(words[k] for k in held_out)) - set().union(*(words[k] for k in train))
            for train, held_out in fold_plan(articles, seed)]


def without_words(a: Article, words: set[str]) -> Article:
    """The article as a lexicon without the trigger ids `words` would read it: their candidates gone."""
    known = [c for c in a.analysis.candidates if c.trigger.id_ not in words]
    return replace(a, analysis=replace(a.analysis, candidates=known))


def candidate_recall_words_out(articles: list[Article], seed: int = SEED) -> float:
    """`candidate_recall` over the held-out documents of each fold without the candidates of `new_words`:
    the reach of a lexicon on text whose words it was not written from (the lexicon was written from
    dev, so its reach on dev is in-sample)."""
    total = missed = 0
    for (_, held_out), unknown in zip(fold_plan(articles, seed), new_words(articles, seed)):
        for k in held_out:
            n, misses = _without_candidate(without_words(articles[k], unknown))
            total += n
            missed += len(misses)
    return round(1 - missed / total, 4) if total else 0.0


MISSES = ("a count of its type split off there", "its type's candidates all taken", "other types' candidates all taken",
          "a free candidate of another type",
          "parsed, no candidate", "no vaccine word near", "no trigger word", "no sentence")


def candidate_misses(articles: list[Article]) -> dict[str, int]:
    """Why gold events (vaccine scope) have no candidate, counted by cause. Where the sentence has candidates: each
    of them already stands for another gold event, one of them of its type (the sentence tells a second event of a
    type, which the rules read as one, unless they split a further count of it off, which the output holds but no
    candidate stands for) or none; or one of another type stands for none. Where it has none: it was
    parsed but none of its words is a trigger; it has a trigger word but no vaccine word near, so it was not
    parsed; it has no trigger word; no sentence matches."""
    score = corpora.scorer()
    out = dict.fromkeys(MISSES, 0)
    for a in articles:
        sentences = a.parsed.sentences
        claimed = align(a.analysis, a.gold)
        for g in _without_candidate(a, claimed)[1]:
            hit = [i for i, s in enumerate(sentences) if max(score.overlap(s.text, g["evidence"]),
                                                            score.overlap(g["evidence"], s.text)) >= score.OVERLAP]
            there = [k for k, c in enumerate(a.analysis.candidates) if c.sentence in hit]
            if not hit:
                cause = "no sentence"
            elif any(k not in claimed for k in there):
                cause = "a free candidate of another type"
            elif any(x.event_type == g["event_type"] for k in there for x in a.analysis.candidates[k].reading.extra):
                cause = "a count of its type split off there"
            elif any(a.analysis.candidates[k].reading.event.event_type == g["event_type"] for k in there):
                cause = "its type's candidates all taken"
            elif there:
                cause = "other types' candidates all taken"
            elif any(i in a.parsed.docs for i in hit):
                cause = "parsed, no candidate"
            elif any(has_trigger(sentences[i].text) for i in hit):
                cause = "no vaccine word near"
            else:
                cause = "no trigger word"
            out[cause] += 1
    return out


def fold_plan(articles: list[Article], seed: int = SEED) -> list[tuple[list[int], list[int]]]:
    """(training articles, held-out articles) of each fold, as indexes into `articles`."""
    folds = assign_folds(articles, seed=seed)
    return [([k for k, g in enumerate(folds) if g != f], [k for k, g in enumerate(folds) if g == f])
            for f in range(FOLDS)]


def cross_validate(articles: list[Article], settings: dict[str, Any] | None = None, fold_seed: int = SEED,
                   per_article: list[Examples] | None = None) -> list[dict[str, Any]]:
    """Out-of-fold event rows: each article decided by models fitted on the other folds only."""
    per_article = per_article or [examples_of([a]) for a in articles]
    rows: list[dict[str, Any]] = []
    for train, held_out in fold_plan(articles, fold_seed):
        examples = Examples()
        for k in train:
            examples.extend(per_article[k])
        models = fit(examples, settings)
        rows += predict([articles[k] for k in held_out], models)
    return rows


def cross_validate_new_words(articles: list[Article], settings: dict[str, Any] | None = None,
                             fold_seed: int = SEED) -> list[dict[str, Any]]:
    """`cross_validate` with each fold's `new_words` unknown in its training and held-out articles alike:
    out-of-fold figures for text whose vocabulary the lexicon was not written from."""
    rows: list[dict[str, Any]] = []
    for (train, held_out), unknown in zip(fold_plan(articles, fold_seed), new_words(articles, fold_seed)):
        models = fit(examples_of([without_words(articles[k], unknown) for k in train]), settings)
        rows += predict([without_words(articles[k], unknown) for k in held_out], models)
    return rows


REPEATED = ("f1", "strict_f1", "precision", "recall", "ece", "false_events_per_negative", "provider", "recipient",
            "facts_b3")


def repeated(articles: list[Article], settings: dict[str, Any] | None, repeats: int) -> dict[str, Any]:
    """Mean and spread of the cross-validated figures over `repeats` runs, each with other folds and another
    learner seed: the size of a difference between two methods that is only noise."""
    base = {**(settings or {})}
    seed = int(base.get("seed", 0))
    per_article = [examples_of([a]) for a in articles]
    runs = []
    for r in range(repeats):
        s = summary(score_rows(articles, cross_validate(articles, {**base, "seed": seed + r}, SEED + r, per_article)))
        figures = {**s, **{k: s["fields"][k] for k in ("provider", "recipient")},
                   "facts_b3": s.get("facts_b3", {}).get("f1")}
        runs.append({k: figures.get(k) for k in REPEATED})
    out: dict[str, Any] = {"repeats": repeats}
    for k in REPEATED:
        values = [run[k] for run in runs]
        if None in values:  # no facts.jsonl among the corpora
            continue
        out[k] = {**_spread(values), "runs": values}
    return out


def _spread(values: list[float]) -> dict[str, float]:
    """Mean and standard deviation (0 for a single value), rounded as the reports show them."""
    return {"mean": round(statistics.fmean(values), 4),
            "sd": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0}


def paired(runs: dict[str, Any], reference: dict[str, Any]) -> dict[str, Any]:
    """Split by split differences between two repeated cross-validations (`repeated` reports) made with
    the same number of repeats: the same fold splits and seeds, so a method is compared with another on
    the same draws, which is far less noisy than comparing two means. For each figure: mean and standard
    deviation of the differences, and on how many splits it went up and down."""
    if runs.get("repeats") != reference.get("repeats"):
        raise ValueError(f"the reference has {reference.get('repeats')} repeats, this run {runs.get('repeats')}: "
                         "pair runs made with the same --repeats")
    out: dict[str, Any] = {}
    for k in REPEATED:
        if k not in runs or k not in reference:
            continue
        diffs = [a - b for a, b in zip(runs[k]["runs"], reference[k]["runs"])]
        out[k] = {**_spread(diffs), "up": sum(d > 0 for d in diffs), "down": sum(d < 0 for d in diffs)}
    return out


def evaluate(settings: dict[str, Any] | None = None, with_valid: bool = True, repeats: int = 1) -> dict[str, Any]:
    """Cross-validated and validation figures of the deciders, and of the rules alone; with `repeats` > 1,
    also the mean and spread of the cross-validated figures over that many fold splits and seeds."""
    articles = [a for name in corpora.TRAINING for a in read_corpus(name)]
    report: dict[str, Any] = {"cv": summary(score_rows(articles, cross_validate(articles, settings)))}
    if repeats > 1:
        report["cv_repeated"] = repeated(articles, settings, repeats)
    report["cv_new_words_held_out"] = summary(score_rows(articles, cross_validate_new_words(articles, settings)))
    report["baseline"] = {"cv": summary(score_rows(articles, predict(articles, None)))}
    report["candidate_recall"] = {"cv": candidate_recall(articles),
                                  "cv_new_words_held_out": candidate_recall_words_out(articles)}
    report["candidate_misses"] = {"cv": candidate_misses(articles)}
    if with_valid:
        valid = read_corpus(corpora.VALIDATION)
        models = fit(examples_of(articles), settings)
        report["valid"] = summary(score_rows(valid, predict(valid, models)), negatives=False)
        report["baseline"]["valid"] = summary(score_rows(valid, predict(valid, None)), negatives=False)
        report["candidate_recall"]["valid"] = candidate_recall(valid)
        report["candidate_misses"]["valid"] = candidate_misses(valid)
    return report


def render(report: dict[str, Any]) -> str:
    """A plain-text table of the report."""
    lines = ["| | F1 | P | R | strict F1 | provider | recipient | status | ECE | false events / negative text |",
             "|---|---|---|---|---|---|---|---|---|---|"]

    def row(name: str, s: dict[str, Any]) -> str:
        f = s["fields"]
        neg = s.get("false_events_per_negative")
        return (f"| {name} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} | {s['strict_f1']:.3f} | "
                f"{f['provider']:.2f} | {f['recipient']:.2f} | {f['status']:.2f} | {s['ece'] or 0:.3f} | "
                f"{'' if neg is None else f'{neg:.2f}'} |")

    lines.append(row("cross-validated (dev + seeds + negatives)", report["cv"]))
    if "cv_new_words_held_out" in report:
        lines.append(row("cross-validated, each fold's new trigger words unknown", report["cv_new_words_held_out"]))
    if "valid" in report:
        lines.append(row("valid (fitted on all three)", report["valid"]))
    lines.append(row("rules alone, dev + seeds + negatives", report["baseline"]["cv"]))
    if "valid" in report["baseline"]:
        lines.append(row("rules alone, valid", report["baseline"]["valid"]))
    types = ", ".join(f"{t} {v:.2f}" for t, v in report["cv"]["types"].items())
    lines.append(f"\nper type (cross-validated): {types}")
    if "valid" in report:
        lines.append("per type (valid): " + ", ".join(f"{t} {v:.2f}" for t, v in report["valid"]["types"].items()))
    lines.append(f"candidate recall before deciding: {report['candidate_recall']}")
    for name, misses in report["candidate_misses"].items():
        lines.append(f"gold events without a candidate ({name}), by cause: "
                     + ", ".join(f"{cause} {n}" for cause, n in misses.items()))
    if report["cv"].get("facts_b3"):
        b3 = report["cv"]["facts_b3"]
        lines.append(f"facts (B-cubed of fact_id over matched events, cross-validated): F1 {b3['f1']:.3f}, "
                     f"precision {b3['precision']:.3f}, recall {b3['recall']:.3f}")
    if "cv_repeated" in report:
        rep = report["cv_repeated"]
        spread = ", ".join(f"{k} {rep[k]['mean']:.3f} ± {rep[k]['sd']:.3f}" for k in REPEATED if k in rep)
        lines.append(f"cross-validated over {rep['repeats']} fold splits and seeds (mean ± sd): {spread}")
    if "paired" in report:
        diffs = ", ".join(f"{k} {d['mean']:+.4f} ± {d['sd']:.4f} ({d['up']} up, {d['down']} down)"
                          for k, d in report["paired"].items())
        lines.append(f"against the reference, split by split (mean ± sd of the differences): {diffs}")
    return "\n".join(lines)
