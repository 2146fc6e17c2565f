"""Replay of missed days and the daemon's catch-up, against the local replica site.

The embedded Redis only: replay adds nothing Redis-specific the alert tests do not cover.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine

from crawler.runner import crawl_once
from crawler.settings import CrawlerSettings
from crawler.state import FeedState, FeedStore
from newswatch.db import open_database
from newswatch.errors import UserError
from newswatch.replay import (
    CursorStore,
    ReplaySummary,
    catch_up,
    plan_catch_up,
    replay,
    run_key,
)
from newswatch.replica import ReplicaSite
from newswatch.settings import DatabaseSettings, RedisSettings, Settings
from newswatch.sources import active_sources
from newswatch.wiring import Services
from pipeline.publish import events_stream
from pipeline.store.store import PipelineStore

REPO = Path(__file__).resolve().parents[1]
FAST = CrawlerSettings(use_registry=False, download_delay=0.0, timeout=5.0)
EVERYTHING = {"name": "everything", "channel": "redis"}


def _source(site: ReplicaSite) -> dict[str, Any]:
    return {"id": "replica", "name": "Replica", "homepage": site.url + "/",
            "feeds": [site.url + "/feed/"], "archive": "/{yyyy}/{mm}/{dd}/"}


@pytest.fixture
def client(embedded_redis: Any) -> Iterator[redis.Redis]:
    conn = redis.Redis(unix_socket_path=embedded_redis.socket_file, decode_responses=True)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def site() -> Iterator[ReplicaSite]:
    with ReplicaSite.start(robots_crawl_delay=0) as replica:
        yield replica


def make_settings(home: Path, site: ReplicaSite, prefix: str, embedded: Any,
                  crawler: CrawlerSettings = FAST) -> Settings:
    return Settings(
        home=home, crawler=crawler, sources=(_source(site),), subscriptions=(EVERYTHING,),
        redis=RedisSettings(url=f"unix://{embedded.socket_file}", prefix=prefix),
    )


def wiped(settings: Settings, tmp_path: Path, name: str = "wiped") -> tuple[Settings, Engine]:
    """The same home (and archive) with an empty database and a fresh Redis prefix."""
    fresh = dataclasses.replace(
        settings, database=DatabaseSettings(url=f"sqlite:///{tmp_path / name}.db"),
        redis=dataclasses.replace(settings.redis, prefix=f"{settings.redis.prefix}-{name}-"
                                  f"{uuid.uuid4().hex[:6]}"),
    )
    return fresh, open_database(fresh)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory, site: ReplicaSite,
            embedded_redis: Any) -> Iterator[tuple[Settings, Engine, date]]:
    """One live round over the replica, archived and processed; yields (settings, db, day).

    Shared by the module's tests (a round costs seconds); each replays into a fresh database.
    """
    home = tmp_path_factory.mktemp("crawled") / "home"
    settings = make_settings(home, site, f"nwtest-{uuid.uuid4().hex[:8]}", embedded_redis)
    engine = open_database(settings)
    client = redis.Redis(unix_socket_path=embedded_redis.socket_file, decode_responses=True)
    report = crawl_once(settings.crawler, active_sources(settings), engine, settings.archive_dir)
    assert len(report.articles) >= 10
    services = Services.build(settings, engine, client)
    services.sync_subscriptions()
    services.handle(report.articles)
    day = date.fromisoformat(min(settings.archive_dir.glob("*.warc.gz")).name[:10])
    client.close()
    yield settings, engine, day
    engine.dispose()


def _stored(engine: Engine) -> tuple[set[str], int]:
    store = PipelineStore(engine)
    urls = {row["canonical_url"] for row in store.list_articles(None, None, None)}
    return urls, store.count_events()


def replayed_flags(client: redis.Redis, prefix: str) -> set[str]:
    """The ``replayed`` field of every entry of the events stream."""
    entries: list[tuple[str, dict[str, str]]] = client.xrange(  # type: ignore[assignment]
        events_stream(prefix))
    return {fields["replayed"] for _, fields in entries}


def _alerts(client: redis.Redis, settings: Settings, engine: Engine) -> list[dict[str, Any]]:
    services = Services.build(settings, engine, client)
    sub = services.alerts.store.list()[0]
    return services.alerts.tail(sub.id, 1000)


def test_archive_replay_rebuilds_the_day_without_network(
    crawled: tuple[Settings, Engine, date], site: ReplicaSite, client: redis.Redis,
    tmp_path: Path,
) -> None:
    settings, engine, day = crawled
    before = len(site.requests)
    fresh, empty = wiped(settings, tmp_path)
    summary = replay(fresh, empty, client, day, day)
    assert len(site.requests) == before  # no network at all
    assert summary.archive_days == 1 and summary.fetched_days == 0
    assert _stored(empty) == _stored(engine)
    assert summary.new_articles == len(_stored(engine)[0]) and summary.events > 0
    assert replayed_flags(client, fresh.redis.prefix) == {"1"}
    alerts = _alerts(client, fresh, empty)
    assert summary.alerts == len(alerts) > 0 and all(a["replayed"] for a in alerts)
    empty.dispose()


def test_second_replay_changes_nothing(
    crawled: tuple[Settings, Engine, date], client: redis.Redis, tmp_path: Path
) -> None:
    settings, _engine, day = crawled
    fresh, empty = wiped(settings, tmp_path)
    first = replay(fresh, empty, client, day, day)
    state = _stored(empty)
    stream_length = client.xlen(events_stream(fresh.redis.prefix))
    second = replay(fresh, empty, client, day, day)
    assert (second.new_articles, second.events, second.alerts) == (0, 0, 0)
    assert second.skipped_duplicates == second.articles == first.articles > 0
    assert _stored(empty) == state
    assert client.xlen(events_stream(fresh.redis.prefix)) == stream_length
    empty.dispose()


class Interrupt(Exception):
    pass


class StopAfterFirstDay:
    def start(self, total: int) -> None:
        pass

    def advance(self, days: int, label: str, summary: ReplaySummary) -> None:
        raise Interrupt(label)


def test_interrupted_run_resumes_after_completed_days(
    crawled: tuple[Settings, Engine, date], client: redis.Redis, tmp_path: Path
) -> None:
    settings, _engine, day = crawled
    fresh, empty = wiped(settings, tmp_path)
    with pytest.raises(Interrupt):
        replay(fresh, empty, client, day, day, progress=StopAfterFirstDay())
    cursor = CursorStore(empty)
    assert cursor.done(run_key(day, day, ["replica"], "replay")) == {("replica", day.isoformat())}
    resumed = replay(fresh, empty, client, day, day)
    assert (resumed.resumed_days, resumed.articles) == (1, 0)
    assert cursor.count() == 0  # a completed run forgets its cursor: the next one starts over
    again = replay(fresh, empty, client, day, day)
    assert again.resumed_days == 0 and again.skipped_duplicates > 0
    empty.dispose()


def _dated(days_ago: int, title: str, place: str) -> dict[str, Any]:
    when = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    return {
        "title": title, "published": (when - timedelta(days=days_ago)).isoformat(),
        "text": f"قُتل مدنيان وأصيب خمسة آخرون اليوم في قصف مدفعي استهدف بلدة {place} في "
                "ريف إدلب الجنوبي، بحسب ما أفاد مراسلون محليون.\n\nوقال الدفاع المدني إن "
                "فرقه عملت على إسعاف المصابين ونقلهم إلى المشافي القريبة.",
    }


ITEMS = [_dated(4, "قصف على كفرنبل", "كفرنبل"), _dated(3, "قصف على معرة النعمان", "معرة النعمان"),
         _dated(3, "قصف على سراقب", "سراقب"), _dated(0, "قصف على أريحا", "أريحا")]


def test_days_the_archive_lacks_are_fetched_politely(
    tmp_path: Path, prefix: str, embedded_redis: Any, client: redis.Redis
) -> None:
    with ReplicaSite.start(articles=ITEMS, robots_crawl_delay=0.2) as site:
        settings = make_settings(tmp_path / "home", site, prefix, embedded_redis)
        engine = open_database(settings)
        today = datetime.now(UTC).date()
        summary = replay(settings, engine, client, today - timedelta(days=4),
                         today - timedelta(days=3))
        assert summary.fetched_days == 2 and summary.archive_days == 0
        titles = {row["title"] for row in PipelineStore(engine).list_articles(None, None, None)}
        assert titles == {"قصف على كفرنبل", "قصف على معرة النعمان", "قصف على سراقب"}
        paths = [r.path for r in site.requests]
        assert paths[0] == "/robots.txt" and "/sitemap.xml" in paths
        assert any(p.startswith(f"/{today - timedelta(days=3):%Y/%m/%d}/") for p in paths)
        times = [r.time for r in site.requests if r.path != "/robots.txt"]
        assert min(b - a for a, b in itertools.pairwise(times)) >= 0.18  # Crawl-delay: 0.2
        assert replayed_flags(client, prefix) == {"1"}
        # --refetch fetches the same articles again; nothing new comes of it.
        before = len(site.requests)
        again = replay(settings, engine, client, today - timedelta(days=3),
                       today - timedelta(days=3), refetch=True)
        assert again.articles == again.skipped_duplicates == 2 and again.events == 0
        assert len(site.requests) > before
        engine.dispose()


def test_plan_catch_up(sqlite_engine: Engine) -> None:
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    assert plan_catch_up(sqlite_engine, now, timedelta(days=3)) is None  # never polled
    store = FeedStore(sqlite_engine)
    store.save([FeedState(url="http://a/feed/", source="a", last_success=now - timedelta(days=1)),
                FeedState(url="http://b/feed/", source="b",
                          last_success=now - timedelta(minutes=5))])
    assert plan_catch_up(sqlite_engine, now, timedelta(days=3)) is None  # polled just now
    store.save([FeedState(url="http://b/feed/", source="b", last_success=now - timedelta(days=2))])
    assert plan_catch_up(sqlite_engine, now, timedelta(days=3)) == (now - timedelta(days=1), now)
    assert plan_catch_up(sqlite_engine, now, timedelta(hours=6)) == (now - timedelta(hours=6), now)


def test_catch_up_delivers_what_was_missed_as_replayed(
    tmp_path: Path, prefix: str, embedded_redis: Any, client: redis.Redis
) -> None:
    with ReplicaSite.start(articles=ITEMS[:2], robots_crawl_delay=0) as site:
        settings = make_settings(tmp_path / "home", site, prefix, embedded_redis)
        engine = open_database(settings)
        crawl_once(settings.crawler, active_sources(settings), engine, settings.archive_dir)
        Services.build(settings, engine, client).process([])  # nothing delivered live
        site.publish(ITEMS[2])  # while the daemon was down
        site.publish(ITEMS[3])
        now = datetime.now(UTC)
        stamp = now - timedelta(days=3, hours=13)
        FeedStore(engine).save([FeedState(url=site.url + "/feed/", source="replica",
                                          last_success=stamp)])
        window = plan_catch_up(engine, now, timedelta(days=7))
        assert window is not None
        summary = catch_up(settings, engine, client, *window)
        assert summary.new_articles == 2  # the two seen before the downtime are not refetched
        alerts = _alerts(client, settings, engine)
        assert summary.alerts == len(alerts) > 0 and all(a["replayed"] for a in alerts)
        engine.dispose()


def test_cli_replay_json(crawled: tuple[Settings, Engine, date], tmp_path: Path,
                         site: ReplicaSite) -> None:
    settings, _engine, day = crawled
    config = tmp_path / "config.toml"
    config.write_text(
        "[crawler]\nuse_registry = false\ndownload_delay = 0.0\n\n"
        f'[[source]]\nid = "replica"\nname = "Replica"\nhomepage = "{site.url}/"\n'
        f'feeds = ["{site.url}/feed/"]\n', encoding="utf-8")
    env = {**os.environ, "NEWSWATCH_HOME": str(settings.home), "NEWSWATCH_CONFIG": str(config),
           "REDIS_URL": settings.redis.url, "NEWSWATCH_REDIS__PREFIX": settings.redis.prefix,
           "NEWSWATCH_DATABASE__URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    before = len(site.requests)
    proc = subprocess.run(
        [sys.executable, "-m", "newswatch", "replay", "--from", day.isoformat(),
         "--to", day.isoformat(), "--json"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {"articles", "events", "alerts", "skipped_duplicates"} <= set(out)
    assert out["articles"] >= 10 and out["events"] > 0 and len(site.requests) == before
    assert "articles" in proc.stderr  # the progress bar


def test_bad_range_and_unknown_source_are_user_errors(
    crawled: tuple[Settings, Engine, date], client: redis.Redis
) -> None:
    settings, engine, day = crawled
    with pytest.raises(UserError, match=r"^--from: "):
        replay(settings, engine, client, day, day - timedelta(days=1))
    with pytest.raises(UserError, match=r"^--source: unknown source id 'nope'"):
        replay(settings, engine, client, day, day, source_ids=["nope"])


def test_cursor_store_on_every_database(engine: Engine) -> None:
    cursor = CursorStore(engine)
    run = run_key(date(2026, 3, 1), date(2026, 3, 2), ["b", "a"], "replay")
    assert run == run_key(date(2026, 3, 1), date(2026, 3, 2), ["a", "b"], "replay")
    cursor.mark(run, [("a", "2026-03-01"), ("b", "2026-03-01")], "archive", 3)
    assert cursor.done(run) == {("a", "2026-03-01"), ("b", "2026-03-01")}
    assert cursor.done("another run") == set()
    cursor.finish(run)
    assert cursor.count() == 0
