"""Article pages a feed listed that a capped round left for later (``crawl_pending``).

A round fetches at most ``crawler.max_articles_per_round`` pages per source. The rest are
kept here, per feed, in the shared database, and the next rounds of the feed fetch them
first (oldest listing first), whether the feed changed or answered 304.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Engine, delete, func, insert, select

from crawler.seen import url_hash
from crawler.state import crawl_pending


class PendingStore:
    """Listed article pages not fetched yet, per feed, oldest listing first."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def load(self, feeds: Iterable[str]) -> dict[str, list[dict[str, object]]]:
        """``{feed: [{"url", "title", "published"}...]}`` in the order they were listed."""
        wanted = list(feeds)
        out: dict[str, list[dict[str, object]]] = {}
        if not wanted:
            return out
        query = (select(crawl_pending).where(crawl_pending.c.feed.in_(wanted))
                 .order_by(crawl_pending.c.listed_at, crawl_pending.c.url))
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                published = row["published"]
                out.setdefault(row["feed"], []).append({
                    "url": row["url"], "title": row["title"],
                    "published": published.isoformat() if published else None,
                })
        return out

    def replace(
        self, feed: str, source: str, entries: list[dict[str, object]], now: datetime
    ) -> None:
        """What ``feed`` still has pending after a round: exactly ``entries`` (which keep
        the time they were first listed, so the oldest go first)."""
        with self.engine.begin() as conn:
            before = dict(conn.execute(
                select(crawl_pending.c.hash, crawl_pending.c.listed_at)
                .where(crawl_pending.c.feed == feed)
            ).all())
            conn.execute(delete(crawl_pending).where(crawl_pending.c.feed == feed))
            rows: dict[int, dict[str, object]] = {}
            for entry in entries:
                h = url_hash(str(entry["url"]))
                published = entry.get("published")
                rows.setdefault(h, {
                    "feed": feed, "hash": h, "source": source, "url": str(entry["url"]),
                    "title": str(entry.get("title") or ""),
                    "published": datetime.fromisoformat(published)
                    if isinstance(published, str) else None,
                    "listed_at": before.get(h, now),
                })
            if rows:
                conn.execute(insert(crawl_pending), list(rows.values()))

    def add(
        self, feed: str, source: str, entries: list[dict[str, object]], now: datetime
    ) -> None:
        """Keep ``entries`` pending for ``feed`` too (those already pending stay as they are)."""
        kept = [dict(e) for e in self.load([feed]).get(feed, [])]
        self.replace(feed, source, kept + [dict(e) for e in entries], now)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(crawl_pending)).scalar_one())
