"""Repair the governorate outlines once: ``python tools/repair_outlines.py [IN] [OUT]``.

The copy of OCHA's admin-1 outlines the project shipped was not valid GeoJSON (issue 15):
SY04 and SY05 had a ring of three positions, SY03, SY06 and SY10 crossed themselves, and
every exterior ring ran clockwise where RFC 7946 (section 3.1.6) asks for counter-clockwise.
This script rewrote ``pipeline/data/syria_admin1.geojson`` in place; it is kept so the
repair can be read and re-run (a second run changes nothing), not because anything runs it.

Per feature, with shapely (a dev dependency; the daemon never imports it):
1. drop rings of fewer than four positions (a ring of three positions encloses nothing);
2. ``make_valid`` and keep the polygonal parts (it may split a bow-tie in two polygons,
   or return the line left by a degenerate ring);
3. snap to the source's own grid (0.001 degree, ~100 m), which GEOS does without breaking
   validity, so the points ``make_valid`` adds have no more digits than the others;
4. ``orient`` every polygon: exterior rings counter-clockwise, holes clockwise (after
   ``normalize``, so that the output does not depend on where a ring started).
Properties (``pcode``, ``name_en``, ``name_ar``) and the order of the 14 features are kept.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.polygon import orient

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "syria_admin1.geojson"
GRID = 0.001  # the source's precision: three decimals


def _drop_short_rings(geometry: dict[str, Any]) -> dict[str, Any]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [
        geometry["coordinates"]
    ]
    kept = []
    for rings in polygons:
        if len(rings[0]) < 4:
            continue  # the exterior itself is degenerate: nothing to keep
        kept.append([ring for ring in rings if len(ring) >= 4])
    return {"type": "MultiPolygon", "coordinates": kept}


def _polygons(geom: Any) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [geom] if not geom.is_empty else []
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):  # a GeometryCollection from make_valid
        return [p for part in geom.geoms for p in _polygons(part)]
    return []  # points and lines enclose nothing


def repair(geometry: dict[str, Any]) -> dict[str, Any]:
    """One feature's geometry, repaired until a further pass changes nothing."""
    for _ in range(5):
        # Snapping can leave a vertex that the next snap removes (a spike on the grid).
        fixed = _repair_once(geometry)
        if fixed == geometry:
            break
        geometry = fixed
    return geometry


def _repair_once(geometry: dict[str, Any]) -> dict[str, Any]:
    fixed = shapely.make_valid(shape(_drop_short_rings(geometry)))
    fixed = shapely.set_precision(MultiPolygon(_polygons(fixed)), GRID)
    # normalize first: a fixed start vertex and part order make a second run byte-identical.
    parts = [orient(p, sign=1.0) for p in _polygons(shapely.normalize(fixed))]
    out = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    return _rounded(mapping(out))


def _rounded(value: Any) -> Any:
    """Coordinates as the decimals of the grid (36.756, not 36.756000000000004)."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DATA
    target = Path(argv[1]) if len(argv) > 1 else source
    data = json.loads(source.read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["geometry"] = repair(feature["geometry"])
        geom = shape(feature["geometry"])
        assert geom.is_valid, (feature["properties"]["pcode"], shapely.is_valid_reason(geom))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(data['features'])} features written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
