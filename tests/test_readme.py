"""The README's command-line examples, run as written (in a copy of the repository's sample)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow
LONG_RUNNING = ("watch", "dashboard", "server start", "serve")  # stay up: each has its own test


def examples() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.startswith("uv run python -m pipeline")]


def test_every_example_runs_as_written(tmp_path: Path) -> None:
    shutil.copytree(REPO / "raw", tmp_path / "raw")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PREFECT_HOME": str(tmp_path / "prefect")}
    ran = []
    for line in examples():
        args = shlex.split(line)[3:]  # after `uv run python`
        if any(" ".join(args[2:]).startswith(cmd) for cmd in LONG_RUNNING):
            continue
        result = subprocess.run([sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=600)
        assert result.returncode == 0, (line, result.stderr)
        assert "Traceback" not in result.stderr
        ran.append(args[2])
    assert ran.count("run") == 4 and {"runs", "export"} <= set(ran)
    assert (tmp_path / "output" / "export" / "events.csv").exists()
