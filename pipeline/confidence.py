"""Mention confidence: fixed reliabilities of entity and quantity mentions (`confidence.json`).

Event confidence comes from the event decider (`pipeline.extract.models`), calibrated in training.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    return json.loads(resources.files("pipeline").joinpath("confidence.json").read_text(encoding="utf-8"))["mention"]


def mention_confidence(label: str, by_rule: bool, has_unit: bool = True) -> float:
    """Confidence of an entity or quantity mention: rule matches, the model's label reliability, or a
    count with or without its unit."""
    table = _table()
    if label == "QUANTITY":
        return float(table["quantity"]["with_unit" if has_unit else "bare"])
    if by_rule:
        return float(table["rule"])
    return float(table["model"].get(label, 0.6))
