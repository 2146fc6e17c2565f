"""Event queries of the API: filters, newest-first keyset pages, GeoJSON, daily counts.

Reads the pipeline's tables (``pl_events``, ``pl_event_sources``) with SQLAlchemy Core
because ``PipelineStore.list_events`` has no keyset pagination nor most of the filters.
Filters that SQL can index run in SQL; actor and free text are matched in Python on the
decoded event (Arabic is stored JSON-escaped, so ``LIKE`` cannot see it) while scanning.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, case, exists, func, or_, select
from sqlalchemy.engine import RowMapping

from language.normalize import normalize
from newswatch.web import places
from newswatch.web.errors import ApiError, bad_cursor
from pipeline.store.store import stored_events
from pipeline.store.tables import EVENT_SOURCES, EVENTS

MAX_SCAN = 5000  # rows read per request when Python-side filters reject most of them
_DATE_KEY = func.coalesce(EVENTS.c.event_date, "")


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

    def sql(self) -> list[ColumnElement[bool]]:
        c = EVENTS.c
        where: list[ColumnElement[bool]] = []
        if self.since:
            where.append(c.event_date >= self.since)
        if self.until:
            where.append(c.event_date <= self.until)
        if self.admin1:
            where.append(c.admin1_pcode == self.admin1)
        if self.pcode:
            where.append(_region_clause(self.pcode))
        if self.types:
            where.append(c.event_type.in_(self.types))
        if self.sub_types:
            where.append(c.sub_event_type.in_(self.sub_types))
        if self.breach is not None:
            where.append(c.ceasefire_breach.is_(self.breach))
        if self.min_fatalities:
            where.append(c.fatalities >= self.min_fatalities)
        if self.sources:
            src = EVENT_SOURCES.c
            where.append(exists().where(src.event_id == c.id, src.source.in_(self.sources)))
        return where

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


def _region_clause(pcode: str) -> ColumnElement[bool]:
    region = places.place(pcode)
    if region is None:
        raise ApiError(422, f"pcode: unknown p-code {pcode!r}", "pcode")
    if region.level == 1:
        return EVENTS.c.admin1_pcode == region.pcode
    return EVENTS.c.place_pcode.in_(sorted(places.contained_pcodes(region)))


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


def _encode(row: RowMapping) -> str:
    first_seen = row["first_seen"]
    key = [row["event_date"] or "", _aware(first_seen).isoformat(), row["id"]]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day_key, seen, ident = json.loads(raw)
        return str(day_key), _aware(datetime.fromisoformat(seen)), str(ident)
    except (binascii.Error, ValueError, TypeError):
        raise bad_cursor() from None


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _after(cursor: str) -> ColumnElement[bool]:
    day_key, seen, ident = _decode(cursor)
    c, when = EVENTS.c, _DATE_KEY
    return or_(
        when < day_key,
        and_(when == day_key, c.first_seen < seen),
        and_(when == day_key, c.first_seen == seen, c.id < ident),
    )


# -- reading ----------------------------------------------------------------------------------


def page(
    engine: Engine, flt: EventFilter, limit: int, cursor: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Up to ``limit`` events newest first, and the cursor of the next page (or None)."""
    base = select(EVENTS).where(*flt.sql())
    order = (_DATE_KEY.desc(), EVENTS.c.first_seen.desc(), EVENTS.c.id.desc())
    batch = max(limit + 1, 200) if flt.python_side else limit + 1
    kept: list[RowMapping] = []
    after, scanned = cursor, 0
    with engine.connect() as conn:
        while len(kept) <= limit and scanned < MAX_SCAN:
            query = base.where(_after(after)) if after else base
            rows = conn.execute(query.order_by(*order).limit(batch)).mappings().all()
            for row in rows:
                if flt.accepts(row["data"]):
                    kept.append(row)
            scanned += len(rows)
            if len(rows) < batch:
                break
            after = _encode(rows[-1])
        items = _with_sources(conn, kept[:limit])
    if len(kept) > limit:
        return items, _encode(kept[limit - 1])
    more = scanned >= MAX_SCAN and after is not None and after != cursor
    return items, after if more else None


def get(engine: Engine, event_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(EVENTS).where(EVENTS.c.id == event_id)).mappings().first()
        return _with_sources(conn, [row])[0] if row else None


def _with_sources(conn: Any, rows: Sequence[RowMapping]) -> list[dict[str, Any]]:
    return [
        {**stored.to_dict(), "first_seen": stored.extra["first_seen"],
         "updated_at": stored.extra["updated_at"]}
        for stored in stored_events(conn, rows)
    ]


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
    c = EVENTS.c
    query = (
        select(
            c.admin1_pcode,
            c.event_date,
            func.count().label("events"),
            func.coalesce(func.sum(c.fatalities), 0).label("fatalities"),
            func.sum(case((c.ceasefire_breach.is_(True), 1), else_=0)).label("breaches"),
        )
        .where(*flt.sql(), c.admin1_pcode.is_not(None), c.event_date.is_not(None))
        .group_by(c.admin1_pcode, c.event_date)
        .order_by(c.event_date, c.admin1_pcode)
    )
    names = places.governorate_names()
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [
        {
            "admin1_pcode": r["admin1_pcode"],
            "name_en": names.get(r["admin1_pcode"], ("", ""))[0],
            "name_ar": names.get(r["admin1_pcode"], ("", ""))[1],
            "date": r["event_date"],
            "events": int(r["events"]),
            "fatalities": int(r["fatalities"] or 0),
            "breaches": int(r["breaches"] or 0),
        }
        for r in rows
    ]
