"""The stored events, stories and articles as a dashboard or an API reads them.

``pipeline.store.PipelineStore`` writes the pipeline's tables and looks single rows up; this
is their read side for callers that filter and page through many rows: events newest first
in keyset pages, counts per governorate and day, stories by recent activity, articles per
source. Only filters SQL can index are here; a caller that filters further in Python (words
in Arabic text, stored JSON-escaped, are out of ``LIKE``'s reach) scans page after page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Engine, and_, case, exists, func, or_, select

from pipeline.models import StoredEvent
from pipeline.store.rows import stored_events
from pipeline.store.tables import ARTICLES, EVENT_SOURCES, EVENTS, STORIES

_DATE_KEY = func.coalesce(EVENTS.c.event_date, "")


@dataclass(frozen=True)
class EventQuery:
    """Which events; every field optional, all of them must hold."""

    since: str | None = None  # event date, YYYY-MM-DD, inclusive
    until: str | None = None
    governorates: tuple[str, ...] = ()  # the event's admin1 p-code is each of these
    places: frozenset[str] | None = None  # the event's place p-code is one of these
    types: tuple[str, ...] = ()
    sub_types: tuple[str, ...] = ()
    breach: bool | None = None
    sources: tuple[str, ...] = ()  # reported by at least one of these sources
    min_fatalities: int | None = None

    def where(self) -> list[ColumnElement[bool]]:
        c = EVENTS.c
        where: list[ColumnElement[bool]] = [c.admin1_pcode == g for g in self.governorates]
        if self.since:
            where.append(c.event_date >= self.since)
        if self.until:
            where.append(c.event_date <= self.until)
        if self.places is not None:
            where.append(c.place_pcode.in_(sorted(self.places)))
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


class EventKey(NamedTuple):
    """An event's place in the newest-first order: event date ("" when unknown), first
    seen, id (which breaks ties)."""

    day: str
    first_seen: datetime
    id: str


def event_key(stored: StoredEvent) -> EventKey:
    """The key of an event read by :meth:`PipelineQueries.newest_events`."""
    first_seen = datetime.fromisoformat(stored.extra["first_seen"])
    return EventKey(stored.event.date or "", first_seen, stored.id)


def _after(key: EventKey) -> ColumnElement[bool]:
    c, when = EVENTS.c, _DATE_KEY
    return or_(
        when < key.day,
        and_(when == key.day, c.first_seen < key.first_seen),
        and_(when == key.day, c.first_seen == key.first_seen, c.id < key.id),
    )


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


class PipelineQueries:
    """Reads over the pipeline's tables, on SQLite or PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def newest_events(
        self, query: EventQuery, limit: int, after: EventKey | None = None
    ) -> list[StoredEvent]:
        """Up to ``limit`` events newest first (event date, then first seen), after ``after``.

        Each carries ``first_seen`` and ``updated_at`` in ``extra``; see :func:`event_key`.
        """
        select_ = select(EVENTS).where(*query.where())
        if after is not None:
            select_ = select_.where(_after(after))
        order = (_DATE_KEY.desc(), EVENTS.c.first_seen.desc(), EVENTS.c.id.desc())
        with self.engine.connect() as conn:
            rows = conn.execute(select_.order_by(*order).limit(limit)).mappings().all()
            return stored_events(conn, rows)

    def daily_counts(self, query: EventQuery) -> list[dict[str, Any]]:
        """Events, deaths and breaches per governorate and event date, oldest day first;
        events without either are not counted."""
        c = EVENTS.c
        select_ = (
            select(
                c.admin1_pcode,
                c.event_date,
                func.count().label("events"),
                func.coalesce(func.sum(c.fatalities), 0).label("fatalities"),
                func.sum(case((c.ceasefire_breach.is_(True), 1), else_=0)).label("breaches"),
            )
            .where(*query.where(), c.admin1_pcode.is_not(None), c.event_date.is_not(None))
            .group_by(c.admin1_pcode, c.event_date)
            .order_by(c.event_date, c.admin1_pcode)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(select_).mappings().all()
        return [
            {"admin1_pcode": r["admin1_pcode"], "date": r["event_date"],
             "events": int(r["events"]), "fatalities": int(r["fatalities"] or 0),
             "breaches": int(r["breaches"] or 0)}
            for r in rows
        ]

    def stories(
        self, limit: int, offset: int = 0, since: datetime | None = None
    ) -> list[dict[str, Any]]:
        """Stories by latest activity: id, title (of the first article), articles, events,
        created_at, updated_at (aware)."""
        events = (
            select(func.count()).where(EVENTS.c.story_id == STORIES.c.id).scalar_subquery()
        )
        title = (
            select(ARTICLES.c.title).where(ARTICLES.c.id == STORIES.c.first_article_id)
            .scalar_subquery()
        )
        select_ = select(STORIES, events.label("events"), title.label("title"))
        if since is not None:
            select_ = select_.where(STORIES.c.updated_at >= since)
        select_ = select_.order_by(STORIES.c.updated_at.desc(), STORIES.c.id.desc())
        with self.engine.connect() as conn:
            rows = conn.execute(select_.offset(offset).limit(limit)).mappings().all()
        return [
            {"id": r["id"], "title": r["title"], "articles": int(r["articles"]),
             "events": int(r["events"]), "created_at": _aware(r["created_at"]),
             "updated_at": _aware(r["updated_at"])}
            for r in rows
        ]

    def articles_per_source(self) -> dict[str, tuple[int, datetime | None]]:
        """Source id -> (articles stored, when the newest was fetched)."""
        a = ARTICLES.c
        select_ = select(a.source, func.count(), func.max(a.fetched_at)).group_by(a.source)
        with self.engine.connect() as conn:
            return {
                row[0]: (int(row[1]), _aware(row[2]) if row[2] is not None else None)
                for row in conn.execute(select_)
            }
