"""A corpus of bad inputs, built here, end to end through the real command line (real Prefect flow):
the good articles' events are all there, each bad file has its row and reason, nothing is lost."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import store
from tests.conftest import RAW, REPO

pytestmark = pytest.mark.slow

GOOD = "Kenya received 880,000 doses of the AstraZeneca vaccine from COVAX on Tuesday, officials said.\n"


def _bad_corpus(root: Path) -> dict[str, tuple[str, str]]:
    """Write one file of each kind; return file name -> (expected status, fragment of its error)."""
    for f in RAW.glob("*.txt"):
        shutil.copy(f, root / f.name)
    sub = root / "sub"
    sub.mkdir()
    (root / "utf16.txt").write_bytes(("\ufeff" + GOOD.replace("Kenya", "Uganda")).encode("utf-16-le"))
    (root / "nul_early.txt").write_bytes(GOOD.replace("Kenya", "Malawi").encode() .replace(b"doses", b"do\x00ses", 1))
    (root / "nul_late.txt").write_bytes((GOOD.replace("Kenya", "Zambia") + "More.\n" * 2000).encode() + b"\x00 end.\n")
    (root / "bad_date.txt").write_text(GOOD.replace("Kenya", "Rwanda"), encoding="utf-8")
    (root / "bad_date.meta.json").write_text(json.dumps({"published": "2021-13-45", "source": "Wire"}))
    (sub / "loop").symlink_to(sub / "loop")
    (root / "huge.txt").write_bytes(b"Ghana received doses. " * 1_000_000)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "page.html").write_text(f"<html><head><title>Senegal gets doses</title></head><body><nav>Home</nav>"
                                    f"<article><p>{GOOD.replace('Kenya', 'Senegal')}</p></article></body></html>",
                                    encoding="utf-8")
    (root / "feed.jsonl").write_text("\n".join([json.dumps({"id": "a", "text": GOOD.replace("Kenya", "Nepal")}),
                                                "{broken", json.dumps({"id": "c", "text": ""})]), encoding="utf-8")
    (root / "annotations.jsonl").write_text("\n".join(json.dumps({"doc": "feed", "event_type": "delivery"})
                                                      for _ in range(30)), encoding="utf-8")
    return {"utf16.txt": ("warning", "UTF-16"), "nul_early.txt": ("warning", "NUL"),
            "nul_late.txt": ("warning", "NUL"), "bad_date.txt": ("warning", "published is not a date"),
            "loop": ("failed", "symlink loop"), "huge.txt": ("failed", "21 MiB exceeds the 1 MiB limit"),
            "empty.txt": ("failed", "empty file"), "binary.txt": ("failed", "binary file"),
            "annotations.jsonl": ("failed", "not a file of articles")}


def test_bad_inputs_end_to_end(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    expected = _bad_corpus(src)
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(src), "--output", str(out),
                             "--max-mib", "1", "--strict"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 5, result.stderr  # --strict: files failed
    assert "Traceback" not in result.stderr
    last = result.stdout.strip().splitlines()
    assert last[0].startswith("documents read ") and last[1].startswith("failed: ")
    docs = store.read_table(out, "documents")
    by_name = {Path(p).name: (s, e or "") for p, s, e in zip(docs["source_path"], docs["status"], docs["error"])}
    for name, (status, fragment) in expected.items():
        assert by_name[name][0] == status and fragment in by_name[name][1], (name, by_name[name])
        if status == "failed":
            assert name in last[1]
    jsonl = docs[docs["source_path"].str.endswith("feed.jsonl")]
    assert sorted(jsonl["status"]) == ["failed", "failed", "ok"]
    events = store.read_table(out, "events")
    recipients = {r for rs in events["recipient"] for r in rs}
    assert {"Uganda", "Malawi", "Zambia", "Rwanda", "Senegal", "Nepal"} <= recipients
    assert not events["evidence"].str.contains("\x00").any()
    assert docs.loc[docs["source_path"].str.endswith("bad_date.txt"), "source"].item() == "Wire"
    assert (out / "events.parquet").stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
