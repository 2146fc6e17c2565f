"""Replay of missed days: ``newswatch replay`` and the daemon's catch-up after downtime.

For each UTC day of the range, the articles come from the WARC archive (no network) or, with
``refetch`` or when the archive lacks the day, from ``crawler.backfill`` (sitemaps, date
archives, paged feeds, fetched politely by the crawler). They go through the pipeline with
``replayed=True`` and the alerts are drained, so each subscription's replay policy applies.

Processing is idempotent (the pipeline stores an article once), so a second run changes
nothing. A cursor row per source and day (``replay_cursor``) is written once a day is
processed and delivered; an interrupted run started again with the same arguments skips
those days. The rows of a run are removed when it completes, so the next run starts over.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    func,
    insert,
    select,
)

from crawler.clock import Clock, utcnow
from crawler.utc import UtcDateTime
from newswatch.errors import UserError

if TYPE_CHECKING:
    import redis

    from crawler.models import Article
    from crawler.sources import Source
    from newswatch.settings import Settings
    from newswatch.wiring import IngestSummary, Services

log = logging.getLogger(__name__)
FETCH_CHUNK_DAYS = 7  # days refetched by one crawl child; the cursor advances per chunk

METADATA = MetaData()

replay_cursor = Table(
    "replay_cursor",
    METADATA,
    Column("run", String(64), primary_key=True),
    Column("source", String(100), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("mode", String(10), nullable=False),
    Column("articles", Integer, nullable=False, default=0),
    Column("done_at", UtcDateTime(), nullable=False),
)


@dataclass
class ReplaySummary:
    """Counts of one replay; ``as_dict`` is the JSON summary of ``replay --json``."""

    articles: int = 0
    new_articles: int = 0
    events: int = 0
    alerts: int = 0
    skipped_duplicates: int = 0
    days: int = 0
    archive_days: int = 0
    fetched_days: int = 0
    resumed_days: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def add(self, ingest: IngestSummary) -> None:
        self.articles += ingest.articles
        self.new_articles += ingest.new_articles
        self.events += ingest.events
        self.alerts += ingest.alerts
        self.skipped_duplicates += ingest.skipped_duplicates

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "events": self.events,
            "alerts": self.alerts,
            "skipped_duplicates": self.skipped_duplicates,
            "new_articles": self.new_articles,
            "days": self.days,
            "archive_days": self.archive_days,
            "fetched_days": self.fetched_days,
            "resumed_days": self.resumed_days,
            "failures": dict(self.failures),
        }


class Progress(Protocol):
    """Told the number of days, then each finished step (a label and the counts so far)."""

    def start(self, total: int) -> None: ...

    def advance(self, days: int, label: str, summary: ReplaySummary) -> None: ...


class CursorStore:
    """Which (source, day) pairs a run has finished."""

    def __init__(self, engine: Engine, clock: Clock = utcnow) -> None:
        self.engine, self.clock = engine, clock
        # Databases migrated before this table existed get it here (baseline create_all).
        METADATA.create_all(engine, checkfirst=True)

    def done(self, run: str) -> set[tuple[str, str]]:
        query = select(replay_cursor.c.source, replay_cursor.c.day).where(
            replay_cursor.c.run == run
        )
        with self.engine.connect() as conn:
            return {(row.source, row.day) for row in conn.execute(query)}

    def mark(self, run: str, pairs: list[tuple[str, str]], mode: str, articles: int) -> None:
        rows = [
            {
                "run": run,
                "source": s,
                "day": d,
                "mode": mode,
                "articles": articles,
                "done_at": self.clock(),
            }
            for s, d in pairs
        ]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(replay_cursor), rows)

    def finish(self, run: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(replay_cursor).where(replay_cursor.c.run == run))

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(replay_cursor)).scalar_one())


def run_key(start: date, end: date, source_ids: list[str], mode: str) -> str:
    """The cursor's name for a run: the same arguments resume the same run."""
    text = "|".join([mode, start.isoformat(), end.isoformat(), *sorted(source_ids)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def select_sources(settings: Settings, source_ids: list[str] | None) -> list[Source]:
    """Active sources, only ``source_ids`` when given; an unknown id is a :class:`UserError`."""
    from newswatch.sources import active_sources

    sources = [s for s in active_sources(settings) if s.enabled]
    if not source_ids:
        return sources
    unknown = sorted(set(source_ids) - {s.id for s in sources})
    if unknown:
        raise UserError(f"--source: unknown source id {unknown[0]!r}")
    return [s for s in sources if s.id in source_ids]


def days_between(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


@dataclass
class Replayer:
    """Replays days for a set of sources through one :class:`Services`."""

    settings: Settings
    services: Services
    sources: list[Source]
    run: str
    refetch: bool = False
    skip_seen: bool = True
    progress: Progress | None = None
    clock: Clock = utcnow
    summary: ReplaySummary = field(default_factory=ReplaySummary)

    def replay(self, start: date, end: date) -> ReplaySummary:
        from crawler.archive import day_path

        cursor = CursorStore(self.services.engine, self.clock)
        done = cursor.done(self.run)
        days = list(days_between(start, end))
        if self.progress:
            self.progress.start(len(days))
        pending_fetch: list[date] = []
        for day in days:
            todo = [s for s in self.sources if (s.id, day.isoformat()) not in done]
            self.summary.days += 1
            if not todo:
                self.summary.resumed_days += 1
                self._advance(1, f"{day} already done")
            elif not self.refetch and day_path(self.settings.archive_dir, day).exists():
                self._flush(cursor, pending_fetch, done)
                self._archive_day(cursor, day, todo)
            else:
                pending_fetch.append(day)
                if len(pending_fetch) >= FETCH_CHUNK_DAYS:
                    self._flush(cursor, pending_fetch, done)
        self._flush(cursor, pending_fetch, done)
        cursor.finish(self.run)
        return self.summary

    def _archive_day(self, cursor: CursorStore, day: date, todo: list[Source]) -> None:
        from newswatch.replay_archive import read_day

        by_source = read_day(self.settings.archive_dir, day, todo)
        articles = [a for s in todo for a in by_source.get(s.id, [])]
        self._ingest(articles)
        cursor.mark(self.run, [(s.id, day.isoformat()) for s in todo], "archive", len(articles))
        self.summary.archive_days += 1
        self._advance(1, f"{day} from the archive")

    def _flush(self, cursor: CursorStore, days: list[date], done: set[tuple[str, str]]) -> None:
        """Refetch the pending days (consecutive, at most a chunk) in one crawl child."""
        if not days:
            return
        from crawler.backfill import backfill

        todo = [s for s in self.sources if any((s.id, d.isoformat()) not in done for d in days)]
        start = datetime.combine(days[0], time(), UTC)
        end = datetime.combine(days[-1] + timedelta(days=1), time(), UTC)
        archive = self.settings.archive_dir if self.settings.crawler.archive else None
        report = backfill(
            self.settings.crawler,
            todo,
            self.services.engine,
            archive,
            start,
            end,
            clock=self.clock,
            skip_seen=self.skip_seen,
        )
        self.summary.failures.update(report.failures)
        self._ingest(report.articles)
        pairs = [
            (s.id, d.isoformat()) for s in todo for d in days if (s.id, d.isoformat()) not in done
        ]
        cursor.mark(self.run, pairs, "fetch", len(report.articles))
        self.summary.fetched_days += len(days)
        self._advance(len(days), f"{days[0]}..{days[-1]} fetched")
        days.clear()

    def _ingest(self, articles: list[Article]) -> None:
        from crawler.seen import SeenSet

        ingest = self.services.handle(articles, replayed=True)
        self.summary.add(ingest)
        # A replay after the database was lost must not make the crawler fetch them again.
        by_source: dict[str, list[str]] = {}
        for article in articles:
            by_source.setdefault(article.source, []).extend([article.url, article.canonical_url])
        seen = SeenSet(self.services.engine)
        for source, urls in by_source.items():
            seen.add(urls, source, self.clock())

    def _advance(self, days: int, label: str) -> None:
        if self.progress:
            self.progress.advance(days, label, self.summary)


def replay(
    settings: Settings,
    engine: Engine,
    client: redis.Redis,
    start: date,
    end: date,
    *,
    source_ids: list[str] | None = None,
    refetch: bool = False,
    progress: Progress | None = None,
    clock: Clock = utcnow,
) -> ReplaySummary:
    """``newswatch replay``: the days ``start``..``end`` (UTC, inclusive), flagged replayed."""
    from newswatch.wiring import Services

    if start > end:
        raise UserError(f"--from: {start} is after --to {end}")
    sources = select_sources(settings, source_ids)
    services = Services.build(settings, engine, client, clock=clock)
    services.sync_subscriptions()
    run = run_key(start, end, [s.id for s in sources], "refetch" if refetch else "replay")
    # Explicit --refetch fetches everything listed again; days the archive lacks only what
    # was never fetched (what was fetched is in the archive of the day it was fetched).
    replayer = Replayer(
        settings,
        services,
        sources,
        run,
        refetch=refetch,
        skip_seen=not refetch,
        progress=progress,
        clock=clock,
    )
    return replayer.replay(start, end)


def plan_catch_up(
    engine: Engine, now: datetime, max_gap: timedelta, *, min_gap: timedelta = timedelta(minutes=30)
) -> tuple[datetime, datetime] | None:
    """The window to catch up after downtime: from the newest successful poll to ``now``.

    None when nothing was ever polled (a fresh install has no gap) or the gap is shorter than
    ``min_gap`` (the first polls cover it). A gap longer than ``max_gap`` is cut to its end.
    """
    from crawler.state import crawl_feeds

    with engine.connect() as conn:
        newest = conn.execute(select(func.max(crawl_feeds.c.last_success))).scalar_one()
    if newest is None:
        return None
    if newest.tzinfo is None:  # SQLite hands back naive datetimes; they were stored as UTC
        newest = newest.replace(tzinfo=UTC)
    if now - newest < min_gap:
        return None
    return max(newest, now - max_gap), now


def catch_up(
    settings: Settings,
    engine: Engine,
    client: redis.Redis,
    start: datetime,
    end: datetime,
    *,
    progress: Progress | None = None,
    clock: Clock = utcnow,
) -> ReplaySummary:
    """Fetch and deliver, flagged replayed, what the sources published in the days of
    ``start``..``end`` and the crawler never fetched. Call it before the first polling round:
    the polls would otherwise take the newest items as live news and move ``last_success``."""
    from newswatch.wiring import Services

    sources = [s for s in select_sources(settings, None) if s.type == "feed"]
    services = Services.build(settings, engine, client, clock=clock)
    services.sync_subscriptions()
    # Keyed by the first day only: a restart during the catch-up resumes it though ``end`` moved.
    first, last = start.astimezone(UTC).date(), end.astimezone(UTC).date()
    run = run_key(first, first, [s.id for s in sources], "catch-up")
    replayer = Replayer(
        settings,
        services,
        sources,
        run,
        refetch=True,
        skip_seen=True,
        progress=progress,
        clock=clock,
    )
    summary = replayer.replay(first, last)
    log.info("catch-up %s..%s: %s", start.isoformat(), end.isoformat(), summary.as_dict())
    return summary
