"""The governorate outlines served at /api/governorates.geojson are valid RFC 7946 GeoJSON.

They were repaired once by ``tools/repair_outlines.py``; this keeps them valid.
"""

from __future__ import annotations

import itertools
import json
from importlib.resources import files
from typing import Any

import pytest
import shapely
from shapely.geometry import shape

from pipeline.gazetteer import Gazetteer

OUTLINES: dict[str, Any] = json.loads(
    files("pipeline").joinpath("data/syria_admin1.geojson").read_text(encoding="utf-8")
)
FEATURES = {f["properties"]["pcode"]: f for f in OUTLINES["features"]}


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    assert geometry["type"] in ("Polygon", "MultiPolygon")
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def _signed_area(ring: list[list[float]]) -> float:
    """Shoelace: positive when the ring runs counter-clockwise (x east, y north)."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2


def test_the_fourteen_governorates_with_their_pcodes() -> None:
    assert OUTLINES["type"] == "FeatureCollection"
    assert len(OUTLINES["features"]) == 14
    governorates = {g.pcode: g for g in Gazetteer.default().governorates()}
    assert set(FEATURES) == set(governorates)
    for pcode, feature in FEATURES.items():
        assert feature["properties"]["name_en"] == governorates[pcode].name_en


@pytest.mark.parametrize("pcode", sorted(FEATURES))
def test_rings_are_closed_and_wound_as_rfc_7946_asks(pcode: str) -> None:
    for rings in _polygons(FEATURES[pcode]["geometry"]):
        for number, ring in enumerate(rings):
            assert len(ring) >= 4, f"ring {number} has {len(ring)} positions"
            assert ring[0] == ring[-1], f"ring {number} is not closed"
            area = _signed_area(ring)
            # Exterior counter-clockwise, holes clockwise (RFC 7946, section 3.1.6).
            assert area > 0 if number == 0 else area < 0, f"ring {number} winds the wrong way"


@pytest.mark.parametrize("pcode", sorted(FEATURES))
def test_geometry_is_valid(pcode: str) -> None:
    geom = shape(FEATURES[pcode]["geometry"])
    assert geom.is_valid, shapely.is_valid_reason(geom)  # no self-intersection, no spike
    minx, miny, maxx, maxy = geom.bounds
    assert minx > 35.5 and maxx < 42.5 and miny > 32.0 and maxy < 37.5  # inside Syria


def test_checks_see_the_faults_the_old_file_had() -> None:
    """Clockwise exteriors, three-position rings and a bow-tie are caught."""
    clockwise = [[0.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, 0.0], [0.0, 0.0]]
    assert _signed_area(clockwise) < 0
    bow_tie = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    assert not shape(bow_tie).is_valid
