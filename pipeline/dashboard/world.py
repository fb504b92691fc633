"""Country shapes for the map, from the `countryinfo` package's data (no internet needed): GeoJSON
features whose `id` is the ISO3 code."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def features() -> tuple[dict[str, Any], ...]:
    """One GeoJSON feature per country, `id` = ISO3, `properties.name` = its name."""
    out = []
    for entry in resources.files("countryinfo").joinpath("data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        iso3 = (data.get("ISO") or {}).get("alpha3")
        for feature in ((data.get("geoJSON") or {}).get("features") or []) if iso3 else []:
            out.append({"type": "Feature", "id": iso3, "properties": {"iso3": iso3, "name": data.get("name", iso3)},
                        "geometry": rewind(feature["geometry"])})
    return tuple(sorted(out, key=lambda f: f["id"]))


def _area(ring: list[list[float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1, *_), (x2, y2, *_) in zip(ring, ring[1:] + ring[:1])) / 2


def rewind(geometry: dict[str, Any]) -> dict[str, Any]:
    """Outer rings clockwise and holes anticlockwise, as Vega's spherical geometry reads them; the other
    way round a country would be drawn as the whole world but itself."""
    def polygon(rings: list[list[list[float]]]) -> list[list[list[float]]]:
        return [ring if (_area(ring) < 0) == (i == 0) else ring[::-1] for i, ring in enumerate(rings)]

    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": polygon(geometry["coordinates"])}
    if geometry["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [polygon(p) for p in geometry["coordinates"]]}
    return geometry
