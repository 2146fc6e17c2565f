"""ACLED CSV, GeoJSON and JSON lines of stored incidents."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pipeline.export import ACLED_COLUMNS, export_text
from pipeline.models import Event, StoredEvent

BREACH = StoredEvent(
    id="abc123", version=2, story_id="s1",
    event=Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2024-03-10",
                admin1_pcode="SY07", place_pcode="C4278", place_name="أريحا", latitude=35.81,
                longitude=36.61, geo_precision=1, fatalities=3, ceasefire_breach=True,
                actor1="Military Forces of Syria", evidence="قتل ثلاثة مدنيين بقصف"),
    sources=("north", "levant", "north"), article_ids=("a1", "a2", "a3"), urls=("u1", "u2", "u3"),
    extra={"updated_at": "2024-03-10T12:00:00+00:00"},
)  # fmt: skip
VAGUE = StoredEvent(
    id="def456", version=1, story_id="s2",
    event=Event("Protests", "Peaceful protest", None, fatalities=None),
)


def test_acled_csv_columns_and_values() -> None:
    rows = list(csv.DictReader(io.StringIO(export_text([BREACH, VAGUE], "acled-csv"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    row = rows[0]
    assert (row["iso"], row["region"], row["country"]) == ("760", "Middle East", "Syria")
    assert row["event_id_cnty"] == "SYRabc123" and row["year"] == "2024"
    assert row["disorder_type"] == "Political violence" and row["tags"] == "ceasefire breach"
    assert (row["admin1"], row["admin2"], row["admin3"]) == ("Idleb", "Ariha", "Ariha")
    assert row["location"] == "أريحا" and row["geo_precision"] == "1"
    assert row["source"] == "north; levant" and row["fatalities"] == "3"
    assert row["timestamp"] == "1710072000" and row["notes"] == "قتل ثلاثة مدنيين بقصف"
    empty = rows[1]
    assert empty["event_date"] == "" and empty["tags"] == "" and empty["fatalities"] == ""
    assert empty["disorder_type"] == "Demonstrations" and empty["inter1"] == ""


def test_geojson_feature_collection() -> None:
    data = json.loads(export_text([BREACH, VAGUE], "geojson"))
    assert data["type"] == "FeatureCollection"
    first, second = data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.61, 35.81]}
    assert first["properties"]["sources"] == ["north", "levant", "north"]
    assert second["geometry"] is None


def test_jsonl_and_unknown_format() -> None:
    lines = export_text([BREACH, VAGUE], "jsonl").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["abc123", "def456"]
    with pytest.raises(ValueError, match="format"):
        export_text([BREACH], "xml")
