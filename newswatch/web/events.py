"""Event queries of the API: filters, newest-first keyset pages, GeoJSON, daily counts.

The pipeline's tables are read through ``pipeline.store.queries.PipelineQueries``: the filters
that SQL can index run there; actor and free text are matched here, in Python, on the
decoded event (Arabic is stored JSON-escaped, so ``LIKE`` cannot see it) while scanning.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from language.normalize import normalize
from newswatch.web import places
from newswatch.web.errors import ApiError, bad_cursor
from pipeline.gazetteer import Place
from pipeline.models import StoredEvent
from pipeline.store import PipelineStore
from pipeline.store.queries import EventKey, EventQuery, PipelineQueries, event_key

MAX_SCAN = 5000  # rows read per request when Python-side filters reject most of them


@dataclass(frozen=True)
class EventFilter:
    """What a caller asked for; every field optional."""

    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    admin1: str | None = None
    pcode: str | None = None
    types: tuple[str, ...] = ()
    sub_types: tuple[str, ...] = ()
    breach: bool | None = None
    actor: str | None = None
    sources: tuple[str, ...] = ()
    min_fatalities: int | None = None
    q: str | None = None
    _terms: tuple[str, ...] = field(default=(), repr=False)

    def query(self) -> EventQuery:
        """The filters SQL can index, for the pipeline's queries."""
        governorates = [self.admin1] if self.admin1 else []
        inside: frozenset[str] | None = None
        if self.pcode:
            region = _region(self.pcode)
            if region.level == 1:
                governorates.append(region.pcode)
            else:
                inside = places.contained_pcodes(region)
        return EventQuery(
            since=self.since, until=self.until, governorates=tuple(governorates),
            places=inside, types=self.types, sub_types=self.sub_types, breach=self.breach,
            sources=self.sources, min_fatalities=self.min_fatalities,
        )

    def accepts(self, data: dict[str, Any]) -> bool:
        """The Python-side filters (actor, text) on a decoded event."""
        if self.actor:
            actors = " ".join(str(data.get(k) or "") for k in ("actor1", "actor2"))
            if normalize(self.actor) not in normalize(actors):
                return False
        if self.q:
            text = normalize(" ".join(str(data.get(k) or "") for k in _TEXT_FIELDS))
            return all(term in text for term in normalize(self.q).split())
        return True

    @property
    def python_side(self) -> bool:
        return bool(self.actor or self.q)


_TEXT_FIELDS = ("evidence", "place_name", "actor1", "actor2", "event_type", "sub_event_type")


def _region(pcode: str) -> Place:
    region = places.place(pcode)
    if region is None:
        raise ApiError(422, f"pcode: unknown p-code {pcode!r}", "pcode")
    return region


def day(value: str | None, name: str) -> str | None:
    """A query bound as YYYY-MM-DD: accepts a date or an ISO date-time."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(422, f"{name}: {value!r} is not an ISO date or date-time", name) from None
    return parsed.date().isoformat()


# -- keyset cursor: (event date, first seen, id), newest first -------------------------------


def _encode(key: EventKey) -> str:
    raw = [key.day, key.first_seen.isoformat(), key.id]
    return base64.urlsafe_b64encode(json.dumps(raw).encode()).decode().rstrip("=")


def _decode(cursor: str) -> EventKey:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day_key, seen, ident = json.loads(raw)
        day_key, ident = str(day_key), str(ident)
        if "\x00" in day_key + ident:  # PostgreSQL refuses NUL in text
            raise ValueError
        return EventKey(day_key, _aware(datetime.fromisoformat(seen)), ident)
    # OverflowError: a first-seen time at the end of year 9999 moved to UTC.
    except (binascii.Error, ValueError, TypeError, OverflowError, RecursionError):
        raise bad_cursor() from None


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# -- reading ----------------------------------------------------------------------------------


def page(
    engine: Engine, flt: EventFilter, limit: int, cursor: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Up to ``limit`` events newest first, and the cursor of the next page (or None)."""
    queries, query = PipelineQueries(engine), flt.query()
    batch = max(limit + 1, 200) if flt.python_side else limit + 1
    kept: list[StoredEvent] = []
    after, scanned = cursor, 0
    while len(kept) <= limit and scanned < MAX_SCAN:
        rows = queries.newest_events(query, batch, _decode(after) if after else None)
        kept += [stored for stored in rows if flt.accepts(stored.event.to_dict())]
        scanned += len(rows)
        if len(rows) < batch:
            break
        after = _encode(event_key(rows[-1]))
    items = [_item(stored) for stored in kept[:limit]]
    if len(kept) > limit:
        return items, _encode(event_key(kept[limit - 1]))
    more = scanned >= MAX_SCAN and after is not None and after != cursor
    return items, after if more else None


def get(engine: Engine, event_id: str) -> dict[str, Any] | None:
    stored = PipelineStore(engine).get_event(event_id)
    return _item(stored) if stored else None


def _item(stored: StoredEvent) -> dict[str, Any]:
    return {**stored.to_dict(), "first_seen": stored.extra["first_seen"],
            "updated_at": stored.extra["updated_at"]}


def geojson(items: list[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    """Events with coordinates as Point features (RFC 7946 order: lon, lat)."""
    features = [
        {
            "type": "Feature",
            "id": item["id"],
            "geometry": {"type": "Point", "coordinates": [item["longitude"], item["latitude"]]},
            "properties": {k: v for k, v in item.items() if k not in ("latitude", "longitude")},
        }
        for item in items
        if item.get("latitude") is not None and item.get("longitude") is not None
    ]
    return {"type": "FeatureCollection", "features": features, "next": next_cursor}


def governorate_counts(engine: Engine, flt: EventFilter) -> list[dict[str, Any]]:
    """Events, deaths and breaches per governorate and event date."""
    names = places.governorate_names()
    return [
        {
            "admin1_pcode": row["admin1_pcode"],
            "name_en": names.get(row["admin1_pcode"], ("", ""))[0],
            "name_ar": names.get(row["admin1_pcode"], ("", ""))[1],
            "date": row["date"],
            "events": row["events"],
            "fatalities": row["fatalities"],
            "breaches": row["breaches"],
        }
        for row in PipelineQueries(engine).daily_counts(flt.query())
    ]
