"""Places for the web: region containment as p-code sets, names, and the base map.

The gazetteer answers "is X inside Y" one pair at a time; the API needs "every p-code
inside Y" to put in a SQL ``IN``, so the packaged CSV is read once more here into a
parent index.  The governorate outlines are the packaged ``pipeline/data`` copy.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from typing import Any

from pipeline.gazetteer import Gazetteer, Place

_DATA = "data"


def _data_text(name: str) -> str:
    return (resources.files("pipeline") / _DATA / name).read_text(encoding="utf-8")


@cache
def _children() -> dict[str, frozenset[str]]:
    """Every p-code of level 2 and 3 mapped to the p-codes it contains (itself included)."""
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(_data_text("gazetteer.csv"))):
        pcode = row["pcode"]
        for parent in (row["admin2_pcode"], row["admin3_pcode"], pcode):
            if parent:
                out.setdefault(parent, set()).add(pcode)
    return {k: frozenset(v) for k, v in out.items()}


def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def place(pcode: str) -> Place | None:
    return gazetteer().get(pcode.strip().upper())


def contained_pcodes(region: Place) -> frozenset[str]:
    """P-codes of the places inside ``region`` (not used for governorates: admin1 is a column)."""
    return _children().get(region.pcode, frozenset({region.pcode}))


def place_dict(p: Place) -> dict[str, Any]:
    return {
        "pcode": p.pcode,
        "level": p.level,
        "name_en": p.name_en,
        "name_ar": p.name_ar,
        "admin1_pcode": p.admin1_pcode,
        "lat": p.lat,
        "lon": p.lon,
    }


def search_places(query: str, limit: int = 10) -> list[dict[str, Any]]:
    """Places named ``query`` (Arabic or English, spelling-insensitive), broadest first."""
    gaz = gazetteer()
    exact = gaz.get(query.strip().upper())
    found = [exact] if exact else gaz.resolve(query)
    if not found:
        query_low = query.strip().lower()
        found = [
            g for g in gaz.governorates()
            if query_low and (query_low in g.name_en.lower() or query.strip() in g.name_ar)
        ]
    return [place_dict(p) for p in found[:limit]]


def governorate_names() -> dict[str, tuple[str, str]]:
    return {g.pcode: (g.name_en, g.name_ar) for g in gazetteer().governorates()}


@cache
def outlines_json() -> bytes:
    """The governorate outlines as compact GeoJSON bytes (served as they are)."""
    data = json.loads(_data_text("syria_admin1.geojson"))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
