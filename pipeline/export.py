"""Stored incidents in the formats analysts use: ACLED CSV, GeoJSON, JSON lines.

The ACLED columns follow ACLED's export (its column order since the March 2023 change) and
are filled with what the pipeline knows: the actors, their associated actors and ACLED's
actor-type codes (``inter1``, ``inter2``, ``interaction``) come from extraction
(``pipeline.events.actors``); what it does not code (source scale, and the actor codes of
events stored before extraction coded them) stays empty rather than guessed. As in ACLED's files,
``location`` is the English name (the gazetteer's ``name_en``) and ``fatalities`` is always
an integer, 0 when no number is known; the Arabic name of the place goes into ``notes``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TextIO

from pipeline.gazetteer import Gazetteer
from pipeline.models import Event, StoredEvent

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
FORMATS = ("acled-csv", "geojson", "jsonl")
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
CEASEFIRE_TAG = "ceasefire breach"


def acled_row(stored: StoredEvent, gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """One ACLED CSV row; admin and location names come from the gazetteer."""
    event = stored.event
    admin = _admin_names(event.place_pcode or event.admin1_pcode, gazetteer)
    return {
        "event_id_cnty": f"SYR{stored.id}",
        "event_date": event.date or "",
        "year": event.date[:4] if event.date else "",
        "time_precision": 1 if event.date else "",
        "disorder_type": DISORDER.get(event.event_type, ""),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": _blank(event.inter1),
        "actor2": event.actor2 or "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": _blank(event.inter2),
        "interaction": _blank(event.interaction),
        "civilian_targeting": "Civilian targeting" if _targets_civilians(event) else "",
        "iso": 760,
        "region": "Middle East",
        "country": "Syria",
        **admin,
        "location": _location_en(event, gazetteer) or admin["admin1"],
        "latitude": _blank(event.latitude),
        "longitude": _blank(event.longitude),
        "geo_precision": event.geo_precision or "",
        "source": "; ".join(dict.fromkeys(stored.sources)),
        "source_scale": "",
        "notes": _notes(event, gazetteer),
        # ACLED writes 0 where no number is known, so the column stays an integer column.
        "fatalities": event.fatalities or 0,
        "tags": CEASEFIRE_TAG if event.ceasefire_breach else "",
        "timestamp": _timestamp(stored),
    }


def _targets_civilians(event: Event) -> bool:
    """ACLED marks an event whose target was civilians: all violence against civilians, and
    a strike or bombing whose target (actor2, inter code 7) was civilians."""
    return event.event_type == "Violence against civilians" or event.inter2 == 7


def _blank(value: object) -> object:
    return "" if value is None else value


def _location_en(event: Event, gazetteer: Gazetteer | None) -> str:
    place = gazetteer.get(event.place_pcode) if gazetteer and event.place_pcode else None
    return place.name_en if place else ""


def _notes(event: Event, gazetteer: Gazetteer | None) -> str:
    """The evidence, then the place's Arabic name as the text gave it (or the gazetteer's)."""
    place = gazetteer.get(event.place_pcode) if gazetteer and event.place_pcode else None
    arabic = event.place_name or (place.name_ar if place else "")
    if not arabic:
        return event.evidence
    located = f"location in Arabic: {arabic}"
    return f"{event.evidence} ({located})" if event.evidence else located


def _admin_names(pcode: str | None, gazetteer: Gazetteer | None) -> dict[str, str]:
    names = {"admin1": "", "admin2": "", "admin3": ""}
    place = gazetteer.get(pcode) if gazetteer and pcode else None
    if gazetteer is None or place is None:
        return names
    for level, code in (
        ("admin1", place.admin1_pcode), ("admin2", place.admin2_pcode),
        ("admin3", place.admin3_pcode),
    ):
        parent = gazetteer.get(code) if code else None
        names[level] = parent.name_en if parent else ""
    return names


def _timestamp(stored: StoredEvent) -> int | str:
    updated = stored.extra.get("updated_at")
    return int(datetime.fromisoformat(updated).timestamp()) if updated else ""


def write_acled_csv(events: Iterable[StoredEvent], out: TextIO) -> int:
    gazetteer = Gazetteer.default()
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for stored in events:
        writer.writerow(acled_row(stored, gazetteer))
        count += 1
    return count


def geojson(events: Iterable[StoredEvent]) -> dict[str, Any]:
    """A FeatureCollection of points; events without coordinates get a null geometry."""
    features = []
    for stored in events:
        event = stored.event
        located = event.latitude is not None and event.longitude is not None
        geometry = (
            {"type": "Point", "coordinates": [event.longitude, event.latitude]}
            if located
            else None
        )
        features.append(
            {"type": "Feature", "id": stored.id, "geometry": geometry,
             "properties": stored.to_dict()}
        )  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Iterable[StoredEvent], out: TextIO) -> int:
    collection = geojson(events)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


def write_jsonl(events: Iterable[StoredEvent], out: TextIO) -> int:
    count = 0
    for stored in events:
        out.write(json.dumps(stored.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def export(events: Iterable[StoredEvent], fmt: str, out: TextIO) -> int:
    """Write events in one of ``FORMATS``; returns how many were written."""
    writers = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}
    if fmt not in writers:
        raise ValueError(f"format: must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return writers[fmt](events, out)


def export_text(events: Iterable[StoredEvent], fmt: str) -> str:
    buffer = io.StringIO()
    export(events, fmt, buffer)
    return buffer.getvalue()
