"""The dashboard over the tables: a Streamlit app (`app.py`) on DuckDB queries (`queries.py`) and Altair
charts (`charts.py`), with the world's country shapes shipped offline (`world.py`). It only reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APP = Path(__file__).with_name("app.py")


def launch(output: Path, port: int = 8501) -> int:
    """Run the Streamlit server on 127.0.0.1:`port` until Ctrl-C; returns its exit status."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--", "--output", str(output.absolute())]
    print(f"dashboard on http://127.0.0.1:{port} over {output} (Ctrl-C stops)", flush=True)
    try:
        return subprocess.call(cmd)
    except KeyboardInterrupt:
        return 0
