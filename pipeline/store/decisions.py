"""One batch of story and incident decisions as one transaction, shared by every worker.

``PipelineStore.decisions()`` opens the transaction by updating the one ``pl_decisions``
row. That holds the row lock on PostgreSQL and the write lock on SQLite until the commit,
so however many pipeline workers run, on however many machines, their decisions happen one
batch at a time and each batch sees everything committed before it: the index entries of
other workers (``index_rows_after``), the articles and the incidents. Everything a batch
needs is read in a few queries for the whole batch, and everything it decided is written at
the end in one statement per table (``executemany``, or ``COPY`` on PostgreSQL), not one
round trip per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from pipeline.models import StoredEvent
from pipeline.store.rows import article_dict, aware, event_values, stored_events
from pipeline.store.tables import ARTICLES, DECISIONS, DEDUP, EVENT_SOURCES, EVENTS, STORIES

# SQLite binds at most 32,766 parameters per statement (999 before 3.32): chunk IN lists.
_IN_CHUNK = 500


class DecisionBatch:
    """The open transaction of one batch; built by ``PipelineStore.decisions``."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # Taking the row is the lock; what it returns is the number to continue from (one
        # statement: SQLite since 3.35 and PostgreSQL both return from an update).
        self.seq = int(conn.execute(
            update(DECISIONS).where(DECISIONS.c.id == 1).values(seq=DECISIONS.c.seq)
            .returning(DECISIONS.c.seq)).scalar_one())

    # -- reads ----------------------------------------------------------------------

    def index_rows_after(self, seq: int) -> list[dict[str, Any]]:
        """Index entries other workers wrote since this worker last looked, in order."""

        query = select(DEDUP).where(DEDUP.c.seq > seq).order_by(DEDUP.c.seq)
        rows = self.conn.execute(query).mappings()
        return [{**row, "seen_at": aware(row["seen_at"])} for row in rows]

    def articles_and_copies(
        self, canonical_urls: Iterable[str], text_hashes: Iterable[str]
    ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        """``articles`` and ``copies`` in one query where both lists fit in one (a batch's
        always do): the rows of either, told apart here."""
        urls, hashes = sorted(set(canonical_urls)), sorted(set(text_hashes))
        if len(urls) > _IN_CHUNK or len(hashes) > _IN_CHUNK:
            return self.articles(urls), self.copies(hashes)
        found: dict[str, dict[str, Any]] = {}
        copies: dict[str, dict[str, Any]] = {}
        if not urls and not hashes:
            return found, copies
        wanted_urls, wanted_hashes = set(urls), set(hashes)
        query = (
            select(ARTICLES)
            .where(or_(ARTICLES.c.canonical_url.in_(urls), ARTICLES.c.text_hash.in_(hashes)))
            .order_by(ARTICLES.c.fetched_at, ARTICLES.c.id)  # ``copies`` keeps the first
        )
        for row in self.conn.execute(query).mappings():
            article = article_dict(row)
            if article["canonical_url"] in wanted_urls:
                found[article["canonical_url"]] = article
            if article["text_hash"] in wanted_hashes:
                copies.setdefault(article["text_hash"], article)
        return found, copies

    def articles(self, canonical_urls: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Stored articles by canonical URL (``PipelineStore`` article dicts)."""

        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(sorted(set(canonical_urls))):
            query = select(ARTICLES).where(ARTICLES.c.canonical_url.in_(chunk))
            for row in self.conn.execute(query).mappings():
                found[row["canonical_url"]] = article_dict(row)
        return found

    def copies(self, text_hashes: Iterable[str]) -> dict[str, dict[str, Any]]:
        """One stored article per text hash (a verbatim copy at another URL)."""

        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(sorted(set(text_hashes))):
            query = (
                select(ARTICLES)
                .where(ARTICLES.c.text_hash.in_(chunk))
                .order_by(ARTICLES.c.fetched_at, ARTICLES.c.id)
            )
            for row in self.conn.execute(query).mappings():
                found.setdefault(row["text_hash"], article_dict(row))
        return found

    def stories_present(self, story_ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(set(story_ids))):
            found.update(self.conn.scalars(select(STORIES.c.id).where(STORIES.c.id.in_(chunk))))
        return found

    def events(self, story_ids: Iterable[str], days: Iterable[str]) -> list[StoredEvent]:
        """Every incident of these stories or dated on these days (the batch's candidates)."""

        stories, dates = sorted(set(story_ids)), sorted(set(days))
        rows: dict[str, Any] = {}
        if stories and dates and len(stories) <= _IN_CHUNK and len(dates) <= _IN_CHUNK:
            # One query for both (a batch's lists always fit): the caller orders the
            # incidents itself (``Incidents``), so the rows' order does not matter.
            either = or_(EVENTS.c.story_id.in_(stories), EVENTS.c.event_date.in_(dates))
            ordered = list(self.conn.execute(select(EVENTS).where(either)).mappings())
            return stored_events(self.conn, ordered) if ordered else []
        for chunk in _chunks(stories):
            for row in self.conn.execute(select(EVENTS).where(EVENTS.c.story_id.in_(chunk)))\
                    .mappings():
                rows[row["id"]] = row
        for chunk in _chunks(dates):
            for row in self.conn.execute(select(EVENTS).where(EVENTS.c.event_date.in_(chunk)))\
                    .mappings():
                rows[row["id"]] = row
        ordered = list(rows.values())
        return stored_events(self.conn, ordered) if ordered else []

    # -- writes ---------------------------------------------------------------------

    def write(
        self,
        articles: Sequence[tuple[dict[str, Any], bool]],
        stories: dict[str, tuple[str, Any, int, bool]],
        events: Sequence[tuple[StoredEvent, Any, bool, bool]],
        index_rows: Sequence[dict[str, Any]],
        index_deleted: Iterable[str],
    ) -> int:
        """Write the batch; returns the last index sequence number it used.

        ``articles``: (values, exists); ``stories``: id -> (first article, at, new articles,
        exists); ``events``: (incident, at, replayed, exists); ``index_rows``: entries in
        the order they were decided.
        """
        conn = self.conn
        _upsert(conn, ARTICLES, "id", [a for a, _ in articles], [e for _, e in articles])
        self._write_stories(stories)
        self._write_events(events)
        gone = sorted(set(index_deleted) | {r["article_id"] for r in index_rows})
        for chunk in _chunks(gone):
            conn.execute(delete(DEDUP).where(DEDUP.c.article_id.in_(chunk)))
        rows = [{**row, "seq": self.seq + i} for i, row in enumerate(index_rows, 1)]
        if rows:
            _insert(conn, DEDUP, rows)
            self.seq += len(rows)
            conn.execute(update(DECISIONS).where(DECISIONS.c.id == 1).values(seq=self.seq))
        return self.seq

    def _write_stories(self, stories: dict[str, tuple[str, Any, int, bool]]) -> None:
        new = [
            {"id": sid, "first_article_id": first, "created_at": at, "updated_at": at,
             "articles": count}
            for sid, (first, at, count, exists) in stories.items() if not exists
        ]  # fmt: skip
        grown = [
            {"sid": sid, "at": at, "more": count}
            for sid, (_, at, count, exists) in stories.items() if exists
        ]  # fmt: skip
        if new:
            _insert(self.conn, STORIES, new)
        if grown:
            self.conn.execute(
                update(STORIES)
                .where(STORIES.c.id == bindparam("sid"))
                .values(
                    updated_at=bindparam("at"), articles=STORIES.c.articles + bindparam("more")
                ),
                grown,
            )

    def _write_events(self, events: Sequence[tuple[StoredEvent, Any, bool, bool]]) -> None:
        values, exists = [], []
        for stored, at, replayed, found in events:
            row = event_values(stored, at, replayed)
            if not found:
                row["first_seen"] = at
            values.append(row)
            exists.append(found)
        _upsert(self.conn, EVENTS, "id", values, exists)
        # Only an incident already stored has sources to replace (ids are never reused).
        ids = [stored.id for stored, _, _, found in events if found]
        for chunk in _chunks(ids):
            self.conn.execute(delete(EVENT_SOURCES).where(EVENT_SOURCES.c.event_id.in_(chunk)))
        sources = [
            {"event_id": stored.id, "article_id": a, "source": s, "url": u, "position": i}
            for stored, *_ in events
            for i, (a, s, u) in enumerate(
                zip(stored.article_ids, stored.sources, stored.urls, strict=True)
            )
        ]
        if sources:
            _insert(self.conn, EVENT_SOURCES, sources)


def _upsert(
    conn: Connection, table: Any, key: str, rows: Sequence[dict[str, Any]], exists: Sequence[bool]
) -> None:
    """Insert the new rows and update the existing ones, one statement each."""
    new = [r for r, e in zip(rows, exists, strict=True) if not e]
    old = [r for r, e in zip(rows, exists, strict=True) if e]
    if new:
        _insert(conn, table, new)
    if old:
        # Bound as ``b_<column>``: SQLAlchemy refuses a bind named like a column it sets.
        columns = [c for c in old[0] if c != key]
        statement = (
            update(table)
            .where(table.c[key] == bindparam(f"b_{key}"))
            .values({c: bindparam(f"b_{c}") for c in columns})
        )
        conn.execute(statement, [{f"b_{c}": r[c] for c in (key, *columns)} for r in old])


def _insert(conn: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows: one ``executemany`` statement, or on PostgreSQL one ``COPY``.

    psycopg runs ``executemany`` as a bound statement and a reply for each row, which cost
    the client a third of its time in the decisions (profiled: 800 rows for 156 articles);
    ``COPY`` streams the rows and answers once. The columns' own conversions (instants to
    UTC, JSON) and scalar defaults are applied here, as ``insert`` would apply them.
    """
    if conn.dialect.name != "postgresql" or conn.dialect.driver != "psycopg":
        conn.execute(insert(table), rows)
        return
    # A column no row names and without a default is left to the database's own default.
    columns = [c for c in table.c if c.default is not None or any(c.name in r for r in rows)]
    convert = [c.type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for c in columns]
    defaults = [c.default.arg if c.default is not None and c.default.is_scalar else None
                for c in columns]  # fmt: skip
    names = ", ".join(conn.dialect.identifier_preparer.quote(c.name) for c in columns)
    driver = conn.connection.driver_connection
    assert driver is not None  # a checked-out connection always has one
    cursor = driver.cursor()  # inside the batch's transaction
    with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for row in rows:
            values = [row.get(c.name, d) for c, d in zip(columns, defaults, strict=True)]
            copy.write_row([v if f is None else f(v)
                            for v, f in zip(values, convert, strict=True)])  # fmt: skip


def _chunks(values: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield list(values[start : start + _IN_CHUNK])

