"""The dashboard as Streamlit runs it (AppTest), over a real output folder made by the pipeline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pipeline import runs
from pipeline.dashboard import queries
from pipeline.dashboard.render import render_png
from pipeline.dashboard.world import features
from pipeline.prefect_setup import free_port
from tests.conftest import RAW, REPO

APP = str(REPO / "pipeline" / "dashboard" / "app.py")
PAGES = ["Overview", "World map", "Provider → recipient", "Events", "Document", "Runs"]


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tables of one run over the shipped sample plus one empty file."""
    src = tmp_path_factory.mktemp("in")
    for f in RAW.glob("*.txt"):
        shutil.copy(f, src / f.name)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    plan = runs.plan_run(runs.discover(src), out, "v1", root=src)
    runs.commit(out, plan, [runs.process_paths(plan.to_process, "v1", root=str(src))])
    return out


def _app(output: Path, page: str) -> AppTest:
    os.environ["VACCINE_OUTPUT"] = str(output)
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["page"] = page
    return at.run()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(output: Path, page: str) -> None:
    at = _app(output, page)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert at.title[0].value == page


def test_overview_counts_what_the_tables_hold(output: Path) -> None:
    at = _app(output, "Overview")
    counts = queries.counts(output)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["events (mentions)"] == f"{counts['events']:,}" and counts["events"] > 10
    assert metrics["failed files"] == "1" and "last updated" in at.sidebar.caption[0].value


def test_event_filters_change_what_is_shown(output: Path) -> None:
    at = _app(output, "Events")
    everything = len(at.dataframe[0].value)
    at.multiselect(key="types").set_value(["offer"]).run()
    offers = at.dataframe[0].value
    assert 0 < len(offers) < everything and set(offers["event_type"]) == {"offer"}
    at.slider(key="min_confidence").set_value(0.99).run()
    assert len(at.dataframe[0].value) < len(offers)
    at.text_input(key="text").set_value("no such evidence text").run()
    assert len(at.dataframe[0].value) == 0


def test_document_page_highlights_the_event_sentences(output: Path) -> None:
    at = _app(output, "Document")
    assert any("<mark" in m.value for m in at.markdown)


def test_empty_output_folder_says_no_runs_yet(tmp_path: Path) -> None:
    at = _app(tmp_path, "Overview")
    assert not at.exception and "No runs yet" in at.info[0].value


def test_world_geometry_ships_offline_with_iso3_ids() -> None:
    ids = {f["id"] for f in features()}
    assert {"GHA", "PRK", "IND", "BRA", "USA"} <= ids and len(ids) > 150


def test_readme_picture_renders_without_a_browser(output: Path, tmp_path: Path) -> None:
    png = render_png(output, tmp_path / "dashboard.png")
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


@pytest.mark.slow
def test_the_real_server_answers_health(output: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "dashboard", "--output", str(output), "--port",
                             str(port)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline, body = time.monotonic() + 90, b""
        while time.monotonic() < deadline and body != b"ok":
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as resp:
                    body = resp.read()
            except OSError:
                time.sleep(0.5)
        assert body == b"ok"
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)
