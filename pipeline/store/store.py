"""``PipelineStore``: the one class that reads and writes the pipeline's tables
(``pipeline.store.tables``): articles, events with their sources, stories, and the rows the
dedup index comes back from after a restart.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Engine,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from pipeline.models import StoredEvent
from pipeline.store.decisions import DecisionBatch
from pipeline.store.rows import article_dict, aware, event_values, stored_events
from pipeline.store.tables import ARTICLES, DEDUP, EVENT_SOURCES, EVENTS, STORIES


def _date_text(value: date | datetime | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value[:10]
    return value.isoformat()[:10]


class PipelineStore:
    """Articles, events, stories and the dedup index, on SQLite or PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # On a SQLite file, the workers of one machine queue for the decisions on a lock
        # file first: the kernel wakes the next one at the release, where SQLite's busy
        # handler would poll for its write lock in sleeps of up to 100 ms.
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self._queue = (f"{database}.decisions.lock"
                       if database and database != ":memory:" and not database.startswith("file:")
                       else None)  # fmt: skip

    # -- articles -----------------------------------------------------------------

    def get_article(self, canonical_url: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(ARTICLES).where(ARTICLES.c.canonical_url == canonical_url))
                .mappings()
                .first()
            )
        return article_dict(row) if row else None

    def article_digests(self, canonical_urls: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(text hash, title) of the stored articles among these, by canonical URL: a look
        before the batch's lock that spares extracting what has not changed."""
        urls = sorted(set(canonical_urls))
        found: dict[str, tuple[str, str]] = {}
        cols = (ARTICLES.c.canonical_url, ARTICLES.c.text_hash, ARTICLES.c.title)
        with self.engine.connect() as conn:
            for start in range(0, len(urls), 500):
                chunk = urls[start : start + 500]
                for url, digest, title in conn.execute(
                    select(*cols).where(ARTICLES.c.canonical_url.in_(chunk))
                ):
                    found[url] = (digest, title)
        return found

    def find_by_text_hash(self, text_hash: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(ARTICLES).where(ARTICLES.c.text_hash == text_hash).limit(1))
                .mappings()
                .first()
            )
        return article_dict(row) if row else None

    def save_article(self, values: dict[str, Any]) -> None:
        """Insert the article, or overwrite it when its id exists (an update)."""
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(ARTICLES.c.id).where(ARTICLES.c.id == values["id"])
            ).first()
            if exists:
                conn.execute(update(ARTICLES).where(ARTICLES.c.id == values["id"]).values(values))
            else:
                conn.execute(insert(ARTICLES).values(values))

    def list_articles(
        self, source: str | None = None, since: datetime | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Stored articles, oldest fetch first (for replays and re-extraction)."""
        query = select(ARTICLES).order_by(ARTICLES.c.fetched_at, ARTICLES.c.id)
        if source is not None:
            query = query.where(ARTICLES.c.source == source)
        if since is not None:
            query = query.where(ARTICLES.c.fetched_at >= since)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [article_dict(row) for row in rows]

    # -- stories ------------------------------------------------------------------

    def touch_story(self, story_id: str, article: str, at: datetime) -> None:
        """Create the story on its first article, count later ones."""
        with self.engine.begin() as conn:
            found = conn.execute(select(STORIES.c.id).where(STORIES.c.id == story_id)).first()
            if found:
                conn.execute(
                    update(STORIES)
                    .where(STORIES.c.id == story_id)
                    .values(updated_at=at, articles=STORIES.c.articles + 1)
                )
            else:
                conn.execute(
                    insert(STORIES).values(
                        id=story_id, first_article_id=article, created_at=at, updated_at=at
                    )
                )

    # -- events -------------------------------------------------------------------

    def save_event(self, stored: StoredEvent, at: datetime, *, replayed: bool = False) -> None:
        """Insert or overwrite one incident and (re)write its sources."""
        values = event_values(stored, at, replayed)
        del values["id"]
        with self.engine.begin() as conn:
            found = conn.execute(select(EVENTS.c.id).where(EVENTS.c.id == stored.id)).first()
            if found:
                conn.execute(update(EVENTS).where(EVENTS.c.id == stored.id).values(values))
            else:
                conn.execute(insert(EVENTS).values(id=stored.id, first_seen=at, **values))
            conn.execute(delete(EVENT_SOURCES).where(EVENT_SOURCES.c.event_id == stored.id))
            rows = [
                {"event_id": stored.id, "article_id": a, "source": s, "url": u, "position": i}
                for i, (a, s, u) in enumerate(
                    zip(stored.article_ids, stored.sources, stored.urls, strict=True)
                )
            ]
            if rows:
                conn.execute(insert(EVENT_SOURCES), rows)

    @contextmanager
    def decisions(self) -> Iterator[DecisionBatch]:
        """One batch of decisions, serialised with every other worker's (see ``decisions``)."""
        with self._queued(), self.engine.begin() as conn:
            yield DecisionBatch(conn)

    @contextmanager
    def _queued(self) -> Iterator[None]:
        if self._queue is None:
            yield
            return
        fd = os.open(self._queue, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def mark_published_many(self, versions: Sequence[tuple[str, int]]) -> None:
        """``mark_published`` for a batch, in one statement."""
        if not versions:
            return
        with self.engine.begin() as conn:
            conn.execute(
                update(EVENTS)
                .where(EVENTS.c.id == bindparam("eid"),
                       EVENTS.c.published_version < bindparam("v"))
                .values(published_version=bindparam("v")),
                [{"eid": e, "v": v} for e, v in versions],
            )

    def mark_published(self, event_id: str, version: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(EVENTS)
                .where(EVENTS.c.id == event_id, EVENTS.c.published_version < version)
                .values(published_version=version)
            )

    def unpublished(self, limit: int = 500) -> list[tuple[StoredEvent, bool]]:
        """Event versions stored but not yet on the events stream, oldest change first."""
        with self.engine.connect() as conn:
            rows = (
                conn.execute(
                    select(EVENTS)
                    .where(EVENTS.c.published_version < EVENTS.c.version)
                    .order_by(EVENTS.c.updated_at)
                    .limit(limit)
                )
                .mappings()
                .all()
            )
            events = stored_events(conn, rows)
        return [(e, bool(r["replayed"])) for e, r in zip(events, rows, strict=True)]

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(EVENTS).where(EVENTS.c.id == event_id)).mappings().first()
            return stored_events(conn, [row])[0] if row else None

    def list_events(
        self,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        admin1: str | None = None,
        limit: int | None = None,
        *,
        story_id: str | None = None,
        event_types: Sequence[str] | None = None,
    ) -> list[StoredEvent]:
        """Incidents by event date (inclusive bounds, compared as YYYY-MM-DD)."""
        query = select(EVENTS).order_by(EVENTS.c.event_date, EVENTS.c.first_seen, EVENTS.c.id)
        if (low := _date_text(since)) is not None:
            query = query.where(EVENTS.c.event_date >= low)
        if (high := _date_text(until)) is not None:
            query = query.where(EVENTS.c.event_date <= high)
        if admin1 is not None:
            query = query.where(EVENTS.c.admin1_pcode == admin1)
        if story_id is not None:
            query = query.where(EVENTS.c.story_id == story_id)
        if event_types:
            query = query.where(EVENTS.c.event_type.in_(list(event_types)))
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return stored_events(conn, conn.execute(query).mappings().all())

    def events_of_article(self, article: str) -> list[StoredEvent]:
        with self.engine.connect() as conn:
            ids = select(EVENT_SOURCES.c.event_id).where(EVENT_SOURCES.c.article_id == article)
            rows = conn.execute(select(EVENTS).where(EVENTS.c.id.in_(ids))).mappings().all()
            return stored_events(conn, rows)

    def count_events(self) -> int:
        return self._count(EVENTS)

    def count_articles(self) -> int:
        return self._count(ARTICLES)

    def count_stories(self) -> int:
        return self._count(STORIES)

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.count_articles(),
            "events": self.count_events(),
            "stories": self.count_stories(),
        }

    def _count(self, table: Table) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    # -- dedup index persistence --------------------------------------------------

    def save_index_entry(self, row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(DEDUP).where(DEDUP.c.article_id == row["article_id"]))
            conn.execute(insert(DEDUP).values(row))

    def delete_index_entries(self, article_ids: Iterable[str]) -> None:
        ids = list(article_ids)
        if ids:
            with self.engine.begin() as conn:
                conn.execute(delete(DEDUP).where(DEDUP.c.article_id.in_(ids)))

    def load_index_entries(self, since: datetime) -> list[dict[str, Any]]:
        query = select(DEDUP).where(DEDUP.c.seen_at >= since).order_by(DEDUP.c.seen_at)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**row, "seen_at": aware(row["seen_at"])} for row in rows]
