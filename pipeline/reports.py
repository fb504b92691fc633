"""Reports over the committed tables for the command line: past runs, and CSV exports for spreadsheets."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import store


def runs_report(output_dir: Path, last: int = 20) -> str:
    """The last `last` runs, oldest first, with the reasons of their failed files."""
    runs = store.read_table(output_dir, "runs")
    if not len(runs):
        return f"no runs yet in {output_dir}"
    docs = store.read_table(output_dir, "documents")
    failed = docs[docs["status"] == "failed"].groupby("run_id")
    lines = [f"{'finished (UTC)':<19}  {'run':<12}  {'version':<18}  {'new':>6}  {'unchanged':>9}  {'failed':>6}  "
             f"{'removed':>7}  {'events':>7}"]
    for r in runs.sort_values("finished").tail(last).itertuples():
        removed = 0 if pd.isna(r.n_removed) else int(r.n_removed)
        lines.append(f"{r.finished:%Y-%m-%d %H:%M:%S}  {r.run_id:<12}  {r.pipeline_version:<18}  {r.n_new:>6}  "
                     f"{r.n_skipped:>9}  {r.n_failed:>6}  {removed:>7}  {r.n_events:>7}")
        if r.run_id in failed.groups:
            for f in failed.get_group(r.run_id).head(10).itertuples():
                lines.append(f"    failed {f.source_path}: {f.error}")
    return "\n".join(lines)


def _cell(value: object) -> object:
    """List cells as `a; b` so a spreadsheet shows them in one cell."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "; ".join(map(str, value))
    return value


def export_csv(output_dir: Path, target: Path) -> list[Path]:
    """Every table as `TARGET/<table>.csv` (UTF-8 with a byte-order mark, which spreadsheets read),
    each written to a temporary file and renamed into place."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in store.TABLE_FILES:
        df = store.read_table(output_dir, name)
        for col in df.columns:
            if df[col].dtype == object:
                df[col] = df[col].map(_cell)
        path = target / f"{name}.csv"
        tmp = target / f".{name}.csv.{os.getpid()}.tmp"
        df.to_csv(tmp, index=False, encoding="utf-8-sig")
        os.replace(tmp, path)
        written.append(path)
    return written
