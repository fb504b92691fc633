"""Confidence: a logistic model over event features, with weights fitted on gold and shipped as data."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class ConfidenceModel:
    """Weights of the event model and fixed confidences of mentions (`confidence.json`)."""

    bias: float
    weights: dict[str, float]
    mention: dict[str, Any]

    def event(self, features: dict[str, float]) -> float:
        """Probability that an event with these features, and its type, is right."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return round(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))), 4)

    def mention_confidence(self, label: str, by_rule: bool, has_unit: bool = True) -> float:
        """Confidence of an entity or quantity mention."""
        if label == "QUANTITY":
            return float(self.mention["quantity"]["with_unit" if has_unit else "bare"])
        if by_rule:
            return float(self.mention["rule"])
        return float(self.mention["model"].get(label, 0.6))


@lru_cache(maxsize=1)
def load_model() -> ConfidenceModel:
    """The packaged model."""
    data = json.loads(resources.files("pipeline").joinpath("confidence.json").read_text(encoding="utf-8"))
    return ConfidenceModel(data["event"]["bias"], data["event"]["weights"], data["mention"])
