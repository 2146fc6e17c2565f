"""ACLED CSV, GeoJSON and JSON lines of stored incidents."""

from __future__ import annotations

import csv
import io
import json

import pandas
import pytest

from pipeline.export import ACLED_COLUMNS, export_text
from pipeline.models import Event, StoredEvent

BREACH = StoredEvent(
    id="abc123", version=2, story_id="s1",
    event=Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2024-03-10",
                admin1_pcode="SY07", place_pcode="C4278", place_name="أريحا", latitude=35.81,
                longitude=36.61, geo_precision=1, fatalities=3, ceasefire_breach=True,
                actor1="Military Forces of Syria", evidence="قتل ثلاثة مدنيين بقصف",
                assoc_actor_1="Syrian Arab Army", inter1=1, inter2=7, interaction=17),
    sources=("north", "levant", "north"), article_ids=("a1", "a2", "a3"), urls=("u1", "u2", "u3"),
    extra={"updated_at": "2024-03-10T12:00:00+00:00"},
)  # fmt: skip
ACTOR_CODES = ("assoc_actor_1", "assoc_actor_2", "inter1", "inter2", "interaction")
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
    assert row["location"] == "Ariha" and row["geo_precision"] == "1"
    assert row["source"] == "north; levant" and row["fatalities"] == "3"
    assert row["timestamp"] == "1710072000"
    assert row["notes"] == "قتل ثلاثة مدنيين بقصف (location in Arabic: أريحا)"
    assert (row["assoc_actor_1"], row["inter1"], row["inter2"], row["interaction"]) == (
        "Syrian Arab Army", "1", "7", "17")
    empty = rows[1]
    assert empty["event_date"] == "" and empty["tags"] == "" and empty["fatalities"] == "0"
    assert empty["disorder_type"] == "Demonstrations" and empty["inter1"] == ""
    assert empty["location"] == "" and empty["notes"] == ""


def test_acled_columns_in_acleds_order() -> None:
    """ACLED's export since March 2023 (acledR's codebook lists the same order)."""
    assert ACLED_COLUMNS == (
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
        "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
        "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    )  # fmt: skip


def test_location_falls_back_to_the_governorate_in_english() -> None:
    event = Event("Battles", "Armed clash", "2024-03-10", admin1_pcode="SY12", place_pcode="SY12",
                  place_name="درعا", geo_precision=3)  # fmt: skip
    stored = StoredEvent(id="g1", version=1, story_id="s", event=event)
    (row,) = csv.DictReader(io.StringIO(export_text([stored], "acled-csv")))
    assert row["location"] == "Dar'a" and row["admin1"] == "Dar'a"
    assert row["notes"] == "location in Arabic: درعا"


def test_pandas_reads_fatalities_as_integers() -> None:
    """Analysts load the file with pandas; a blank toll made the column float."""
    frame = pandas.read_csv(io.StringIO(export_text([BREACH, VAGUE], "acled-csv")))
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert pandas.api.types.is_integer_dtype(frame["fatalities"])
    assert frame["fatalities"].tolist() == [3, 0]


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
    first, second = (json.loads(line) for line in lines)
    assert (first["assoc_actor_1"], first["interaction"]) == ("Syrian Arab Army", 17)
    assert {k: second[k] for k in ACTOR_CODES} == dict.fromkeys(ACTOR_CODES)
    with pytest.raises(ValueError, match="format"):
        export_text([BREACH], "xml")


def test_extracted_actor_codes_fill_the_acled_columns() -> None:
    """Extraction codes the actors and their types; the CSV carries them, and the strike on
    civilians is marked as civilian targeting."""
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    extractor = EventExtractor.from_settings(PipelineSettings())
    (event, *_) = extractor.extract(
        "خمسة قتلى مدنيين بغارات روسية على سراقب",
        "قُتل خمسة مدنيين، بينهم طفلان، فجر اليوم الأربعاء، جراء غارات جوية شنتها طائرات "
        "حربية روسية على الأحياء السكنية في مدينة سراقب بريف إدلب الشرقي.",
        "2020-01-15T10:00:00+02:00")
    stored = StoredEvent(id="x1", version=1, story_id="s", event=event)
    (row,) = csv.DictReader(io.StringIO(export_text([stored], "acled-csv")))
    assert (row["actor1"], row["inter1"]) == ("Military Forces of Russia", "8")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Civilians (Syria)", "7", "78")
    assert row["assoc_actor_1"] == row["assoc_actor_2"] == ""
    assert row["civilian_targeting"] == "Civilian targeting"
