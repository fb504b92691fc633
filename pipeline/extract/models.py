"""Models: the trained deciders (event and type, status, provider, recipient) and their artefact file.

The artefacts are scikit-learn pipelines (a `DictVectorizer` over the named features of
`pipeline.extract.features`, then a classifier), written by `python -m pipeline train` into
`models/deciders.joblib` beside this module, with a readable `models/deciders.json` describing them.
Runs only load them; `pipeline.version` hashes them into the pipeline version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import joblib

NO_EVENT = "none"
EVENT = "event"  # the event decider's positive class: the rules' type is kept
EVENT_THRESHOLD = 0.5  # calibrated probability from which a candidate is an event, unless training set another
ARTEFACT = "deciders.joblib"
DESCRIPTION = "deciders.json"


@dataclass
class Models:
    """The four deciders; each takes a list of feature dicts and has `predict_proba` and `classes_`."""

    event: Any
    status: Any
    provider: Any
    recipient: Any
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def event_threshold(self) -> float:
        """The probability from which a candidate is an event (a training setting; `EVENT_THRESHOLD` by default)."""
        return float(self.info.get("settings", {}).get("event_threshold", EVENT_THRESHOLD))

    @property
    def kept_threshold(self) -> float | None:
        """The probability from which a candidate the rules keep is an event, if training set one apart."""
        value = self.info.get("settings", {}).get("kept_threshold")
        return None if value is None else float(value)

    def save(self, directory: Path) -> list[Path]:
        """Write the artefact and its description into `directory`; returns the paths written."""
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / ARTEFACT
        tmp = target.with_name(target.name + ".tmp")
        joblib.dump({"event": self.event, "status": self.status, "provider": self.provider,
                     "recipient": self.recipient, "info": self.info}, tmp, compress=3)
        tmp.replace(target)
        described = directory / DESCRIPTION
        tmp = described.with_name(described.name + ".tmp")
        tmp.write_text(json.dumps(self.info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(described)
        return [target, described]


def packaged_dir() -> Path:
    """The folder of the packaged artefacts (inside the installed package)."""
    return Path(str(resources.files("pipeline.extract").joinpath("models")))


def load(directory: Path) -> Models:
    """Models from an artefact folder."""
    data = joblib.load(directory / ARTEFACT)
    return Models(data["event"], data["status"], data["provider"], data["recipient"], data["info"])


@lru_cache(maxsize=1)
def packaged() -> Models | None:
    """The packaged models, or None before the first `python -m pipeline train`."""
    if not (packaged_dir() / ARTEFACT).exists():
        return None
    return load(packaged_dir())
