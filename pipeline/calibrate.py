"""Fit the event confidence model on gold-annotated corpora (a development tool, not a run-time step).

Each predicted event is labelled right when it matches a gold event as the scorer matches them (same
document, same type, sentences sharing >= 60 % of the shorter one's words, one prediction per gold
event); a logistic regression over the extractor's features is fitted to those labels and written as
`confidence.json`.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import numpy as np

from pipeline.ingest import read_document
from pipeline.nlp import get_nlp
from pipeline.process import process_documents

OVERLAP = 0.6


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def label_events(corpus: Path) -> list[tuple[dict[str, float], int]]:
    """(features, 1 if right else 0) for every event predicted on `corpus`; neutral matches are left out."""
    gold: dict[str, list[dict]] = {}
    for path in sorted(corpus.glob("gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold.setdefault(g["doc"], []).append(g)
    paths = sorted(corpus.glob("*.txt"))
    result = process_documents([read_document(p) for p in paths], get_nlp(), keep_features=True)
    names = {d["doc_id"]: Path(d["source_path"]).stem for d in result.documents}
    by_doc: dict[str, list[dict]] = {}
    for ev in result.events:
        by_doc.setdefault(names[ev["doc_id"]], []).append(ev)
    out: list[tuple[dict[str, float], int]] = []
    for doc, events in by_doc.items():
        golds = gold.get(doc, [])
        pairs = sorted(((_overlap(e["evidence"], g["evidence"]), i, j) for i, e in enumerate(events)
                        for j, g in enumerate(golds) if e["event_type"] == g["event_type"]), reverse=True)
        used_e: dict[int, int] = {}
        used_g: set[int] = set()
        for ov, i, j in pairs:
            if ov >= OVERLAP and i not in used_e and j not in used_g:
                used_e[i] = j
                used_g.add(j)
        for i, ev in enumerate(events):
            if i in used_e and golds[used_e[i]].get("scope", "vaccine") != "vaccine":
                continue
            out.append((ev["features"], int(i in used_e)))
    return out


def fit(samples: list[tuple[dict[str, float], int]], l2: float = 1.0, steps: int = 500) -> tuple[float, dict[str, float]]:
    """L2-regularised logistic regression by Newton's method; returns (bias, weights)."""
    names = sorted({k for f, _ in samples for k in f})
    x = np.array([[1.0] + [f.get(k, 0.0) for k in names] for f, _ in samples])
    y = np.array([lab for _, lab in samples], dtype=float)
    w = np.zeros(x.shape[1])
    reg = np.eye(len(w)) * l2
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg @ w
        hess = (x.T * (p * (1 - p))) @ x + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), {k: round(float(v), 4) for k, v in zip(names, w[1:])}


def calibrate(corpora: list[Path], out: Path | None = None) -> str:
    """Fit on the pooled corpora and write the model; returns a one-line report."""
    samples = [s for c in corpora for s in label_events(c)]
    bias, weights = fit(samples)
    packaged = Path(str(resources.files("pipeline").joinpath("confidence.json")))
    target = out or packaged
    data = json.loads((target if target.exists() else packaged).read_text(encoding="utf-8"))
    data["event"] = {"bias": round(bias, 4), "weights": weights}
    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    rate = sum(lab for _, lab in samples) / max(len(samples), 1)
    return f"fitted on {len(samples)} events ({rate:.0%} right) -> {target}"
