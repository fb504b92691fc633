"""Shared fixtures: the real spaCy pipeline and a real Prefect test server, built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "raw"
SEEDS_GOLD = Path(__file__).resolve().parent / "data" / "seeds_gold.jsonl"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def nlp() -> Language:
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def prefect_api_url() -> Iterator[str]:
    """The API URL of one Prefect server of ours for the session, for command-line tests that are not about a
    run's own server (starting one costs a run ~20 s here). Not left in os.environ: a test hands it to the runs
    it chooses."""
    from pipeline.prefect_setup import api_server, configure_prefect

    configure_prefect()
    saved = os.environ.get("PREFECT_API_URL")
    with api_server(announce=False) as url:
        os.environ.pop("PREFECT_API_URL", None)
        yield url
    if saved:
        os.environ["PREFECT_API_URL"] = saved


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared corpora and scorer (`../shared`); tests that need them skip, saying why, without them."""
    from pipeline.corpora import SharedMissing, shared_dir

    try:
        return shared_dir()
    except SharedMissing as exc:
        pytest.skip(f"needs the shared corpora: {exc}")


@pytest.fixture()
def seeds_dir(tmp_path: Path) -> Path:
    """A copy of the shipped sample articles."""
    target = tmp_path / "raw"
    target.mkdir()
    for f in sorted(RAW.glob("*.txt")):
        shutil.copy(f, target / f.name)
    return target
