"""Gold corpora and the contract's scorer (`../shared`): where they are, and how to read them.

Training and evaluation need the shared corpora and `tools/score.py`; runs never do. The shared folder
is found beside the repository (`../shared`), or where `VACCINE_SHARED` points.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
TRAINING = ("dev", "seeds", "negatives")  # the corpora models are fitted on
VALIDATION = "valid"  # read as a whole, never tuned on


class SharedMissing(FileNotFoundError):
    """The shared corpora or scorer are not where they should be."""


def shared_dir() -> Path:
    """The shared folder: `$VACCINE_SHARED`, else `../shared` beside the repository or the working directory."""
    env = os.environ.get("VACCINE_SHARED")
    options = [Path(env)] if env else [REPO.parent / "shared", Path.cwd().parent / "shared"]
    for path in options:
        if (path / "tools" / "score.py").is_file():
            return path
    raise SharedMissing(f"shared corpora not found (looked in {', '.join(map(str, options))}); "
                        "set VACCINE_SHARED to the folder holding corpus/ and tools/score.py")


def corpus_dir(name: str) -> Path:
    """A corpus folder of the shared corpora, by name (`dev`, `seeds`, `negatives`, `valid`) or path."""
    path = Path(name)
    if path.is_dir():
        return path
    path = shared_dir() / "corpus" / name
    if not path.is_dir():
        raise SharedMissing(f"corpus not found: {path}")
    return path


@lru_cache(maxsize=1)
def scorer() -> ModuleType:
    """The contract's scorer, `tools/score.py`, imported as a module."""
    path = shared_dir() / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("vaccine_score", path)
    if spec is None or spec.loader is None:
        raise SharedMissing(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_by_document(corpus: Path) -> dict[str, list[dict]]:
    """The gold events of a corpus, by document name (the file name without `.txt`)."""
    out: dict[str, list[dict]] = {p.stem: [] for p in sorted(corpus.glob("*.txt"))}
    for path in sorted(corpus.glob("gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                out.setdefault(gold["doc"], []).append(gold)
    if not any(corpus.glob("gold*.jsonl")):
        raise SharedMissing(f"no gold*.jsonl in {corpus}")
    return out
