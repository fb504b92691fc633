"""`python -m pipeline.dashboard.render --output output --png docs/dashboard.png`: the dashboard's main
charts as one PNG, without a browser (vl-convert), for the README."""

from __future__ import annotations

import argparse
from pathlib import Path

import altair as alt

from pipeline.dashboard import charts, queries


def main_charts(output: Path) -> alt.VConcatChart:
    """The overview's chart and the map, stacked, from the committed tables of `output`."""
    return alt.vconcat(charts.doses_by_month(queries.doses_by_month(output)),
                       charts.world_map(queries.doses_received(output)))


def render_png(output: Path, png: Path, scale: float = 1.0) -> Path:
    """Write the main charts to `png` (atomically) and return its path."""
    import vl_convert as vlc

    data = vlc.vegalite_to_png(main_charts(output).to_json(), scale=scale)
    png.parent.mkdir(parents=True, exist_ok=True)
    tmp = png.with_name(f".{png.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(png)
    return png


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--output", type=Path, default=Path("output"))
    ap.add_argument("--png", type=Path, default=Path("docs/dashboard.png"))
    args = ap.parse_args()
    print(render_png(args.output, args.png))
