"""Rows of the pipeline's tables as the code uses them: timestamps made aware (SQLite hands
them back naive), an article row as a dict, an incident's ``pl_events`` row and the stored
incidents with their sources. ``store`` and ``decisions`` both read and write through these.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, RowMapping

from pipeline.models import Event, StoredEvent
from pipeline.store.tables import EVENT_SOURCES

__all__ = ["article_dict", "aware", "event_values", "stored_events"]


def aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we store is UTC.
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: datetime | None) -> str | None:
    value = aware(value)
    return value.isoformat() if value else None


def article_dict(row: RowMapping) -> dict[str, Any]:
    return {
        "id": row["id"],
        "source": row["source"],
        "url": row["url"],
        "canonical_url": row["canonical_url"],
        "title": row["title"],
        "text": row["text"],
        "text_hash": row["text_hash"],
        "language": row["language"],
        "published_at": _iso(row["published_at"]),
        "fetched_at": _iso(row["fetched_at"]),
        "story_id": row["story_id"],
        "version": row["version"],
    }


def event_values(stored: StoredEvent, at: Any, replayed: bool) -> dict[str, Any]:
    """The ``pl_events`` row of an incident (its id included)."""
    event = stored.event
    return {
        "id": stored.id,
        "version": stored.version,
        "story_id": stored.story_id,
        "data": event.to_dict(),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "admin1_pcode": event.admin1_pcode,
        "place_pcode": event.place_pcode,
        "event_date": event.date,
        "fatalities": event.fatalities,
        "ceasefire_breach": event.ceasefire_breach,
        "updated_at": at,
        "replayed": replayed,
    }


def stored_events(conn: Connection, rows: Sequence[RowMapping]) -> list[StoredEvent]:
    """``pl_events`` rows with their sources, in the rows' order (one query for all)."""
    ids = [row["id"] for row in rows]
    sources: dict[str, list[RowMapping]] = {i: [] for i in ids}
    if ids:
        query = (
            select(EVENT_SOURCES)
            .where(EVENT_SOURCES.c.event_id.in_(ids))
            .order_by(EVENT_SOURCES.c.position)
        )
        for src in conn.execute(query).mappings():
            sources[src["event_id"]].append(src)
    return [
        StoredEvent(
            id=row["id"],
            version=row["version"],
            event=Event.from_dict(row["data"]),
            story_id=row["story_id"],
            sources=tuple(s["source"] for s in sources[row["id"]]),
            article_ids=tuple(s["article_id"] for s in sources[row["id"]]),
            urls=tuple(s["url"] for s in sources[row["id"]]),
            extra={
                "first_seen": _iso(row["first_seen"]),
                "updated_at": _iso(row["updated_at"]),
                "replayed": bool(row["replayed"]),
            },
        )
        for row in rows
    ]
