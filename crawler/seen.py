"""The persistent seen-set: which article URLs were already fetched, across restarts.

Each canonical URL is reduced to a signed 64-bit hash (first 8 bytes of BLAKE2b); the table
``crawl_seen`` holds the hash, the source and the first-seen time, so a million URLs cost
about 110 MB of SQLite on disk and nothing in memory: each lookup is an indexed query in
batches. Pruning by age and count keeps it bounded.
Collisions (1 in ~10^19 per pair) would only skip one article; that is accepted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, func, insert, select

from crawler.canonical import canonicalize
from crawler.state import crawl_seen

_BATCH = 500


def url_hash(url: str) -> int:
    """Signed 64-bit hash of the canonical form of ``url`` (fits BIGINT everywhere)."""
    digest = hashlib.blake2b(canonicalize(url).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class SeenSet:
    """Article URLs already fetched, stored in ``crawl_seen``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def seen(self, urls: Iterable[str]) -> set[str]:
        """The subset of ``urls`` already seen."""
        by_hash: dict[int, list[str]] = {}
        for url in urls:
            by_hash.setdefault(url_hash(url), []).append(url)
        found: set[str] = set()
        hashes = list(by_hash)
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), _BATCH):
                rows = conn.execute(
                    select(crawl_seen.c.hash).where(crawl_seen.c.hash.in_(hashes[i : i + _BATCH]))
                )
                for (h,) in rows:
                    found.update(by_hash[h])
        return found

    def add(self, urls: Iterable[str], source: str, now: datetime) -> int:
        """Record ``urls`` as seen; returns how many were new."""
        hashes = {url_hash(u) for u in urls}
        with self.engine.begin() as conn:
            known: set[int] = set()
            listed = list(hashes)
            for i in range(0, len(listed), _BATCH):
                chunk = listed[i : i + _BATCH]
                known.update(
                    conn.scalars(select(crawl_seen.c.hash).where(crawl_seen.c.hash.in_(chunk)))
                )
            new = [{"hash": h, "source": source, "first_seen": now} for h in hashes - known]
            if new:
                conn.execute(insert(crawl_seen), new)
        return len(new)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(crawl_seen)).scalar_one())

    def prune(self, now: datetime, max_age: timedelta, max_count: int) -> int:
        """Forget hashes older than ``max_age`` and, beyond ``max_count``, the oldest ones."""
        with self.engine.begin() as conn:
            removed = conn.execute(
                delete(crawl_seen).where(crawl_seen.c.first_seen < now - max_age)
            ).rowcount
            excess = conn.execute(select(func.count()).select_from(crawl_seen)).scalar_one()
            excess -= max_count
            if excess > 0:
                cutoff = (
                    select(crawl_seen.c.first_seen)
                    .order_by(crawl_seen.c.first_seen)
                    .offset(excess - 1)
                    .limit(1)
                    .scalar_subquery()
                )
                removed += conn.execute(
                    delete(crawl_seen).where(crawl_seen.c.first_seen <= cutoff)
                ).rowcount
        return int(removed)
