"""Tables of the crawler stage and the small store that reads and writes feed state.

``crawl_feeds``: one row per polled URL (feed, Telegram preview, or homepage to discover
from) with its conditional-GET validators, schedule and health. ``crawl_seen``: hashes of
article URLs already fetched (see ``crawler.seen``). ``crawl_pending``: article pages a feed
listed that a capped round (``crawler.max_articles_per_round``) left for later; the next
rounds of the feed fetch them first, whether or not the feed changed (see
``crawler.pending``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from crawler.utc import UtcDateTime

METADATA = MetaData()

crawl_feeds = Table(
    "crawl_feeds",
    METADATA,
    Column("url", String(1000), primary_key=True),
    Column("source", String(100), nullable=False, index=True),
    Column("effective_url", String(1000)),
    Column("etag", String(500)),
    Column("last_modified", String(100)),
    Column("body_hash", String(64)),
    Column("last_poll", UtcDateTime()),
    Column("next_poll", UtcDateTime()),
    Column("interval", Integer, nullable=False, default=0),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("last_success", UtcDateTime()),
    Column("items_seen", Integer, nullable=False, default=0),
    Column("degraded", Boolean, nullable=False, default=False),
)

crawl_seen = Table(
    "crawl_seen",
    METADATA,
    Column("hash", BigInteger, primary_key=True, autoincrement=False),
    Column("source", String(100), nullable=False),
    Column("first_seen", UtcDateTime(), nullable=False, index=True),
)

crawl_pending = Table(
    "crawl_pending",
    METADATA,
    Column("feed", String(1000), primary_key=True),
    Column("hash", BigInteger, primary_key=True, autoincrement=False),
    Column("source", String(100), nullable=False),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("published", UtcDateTime()),
    Column("listed_at", UtcDateTime(), nullable=False),
)


@dataclass(frozen=True)
class FeedState:
    """What is known about one polled URL between rounds."""

    url: str
    source: str
    effective_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_poll: datetime | None = None
    next_poll: datetime | None = None
    interval: int = 0
    failures: int = 0
    last_error: str | None = None
    last_success: datetime | None = None
    items_seen: int = 0
    degraded: bool = False

    def due(self, now: datetime) -> bool:
        return self.next_poll is None or self.next_poll <= now


class FeedStore:
    """Reads and upserts :class:`FeedState` rows."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def load(self, urls: Iterable[str] | None = None) -> dict[str, FeedState]:
        query = select(crawl_feeds)
        if urls is not None:
            query = query.where(crawl_feeds.c.url.in_(list(urls)))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        names = [f.name for f in fields(FeedState)]
        return {row["url"]: FeedState(**{n: row[n] for n in names}) for row in rows}

    def newest_success(self) -> datetime | None:
        """When any feed was last polled successfully (None: never)."""
        query = select(func.max(crawl_feeds.c.last_success))
        with self.engine.connect() as conn:
            newest: datetime | None = conn.execute(query).scalar_one()  # aware: UtcDateTime
        return newest

    def save(self, states: Iterable[FeedState]) -> None:
        rows = [asdict(s) for s in states]
        if not rows:
            return
        with self.engine.begin() as conn:
            if conn.dialect.name in ("sqlite", "postgresql"):
                dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
                stmt = dialect.insert(crawl_feeds)
                cols = {c: stmt.excluded[c] for c in rows[0] if c != "url"}
                conn.execute(stmt.on_conflict_do_update(index_elements=["url"], set_=cols), rows)
                return
            for row in rows:  # other databases: portable update-or-insert
                done = conn.execute(
                    update(crawl_feeds).where(crawl_feeds.c.url == row["url"]).values(**row)
                ).rowcount
                if not done:
                    conn.execute(crawl_feeds.insert().values(**row))

