"""Crawling shared by a cluster: three instances, one Redis, one database, one replica site.

Real Redis (``NEWSWATCH_TEST_REDIS``, a key prefix of the test's own), real HTTP on
127.0.0.1, real crawl rounds (child processes); intervals and claims are seconds long so the
whole thing takes seconds.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import redis
from sqlalchemy import Engine

from crawler.cluster import CrawlCluster, HostSlots, claim_key, claims_by_instance
from crawler.models import Article
from crawler.pending import PendingStore
from crawler.runner import crawl_once
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.state import FeedStore
from newswatch.replica import ReplicaSite

REDIS_URL = os.environ.get("NEWSWATCH_TEST_REDIS", "redis://127.0.0.1:6379/9")
INTERVAL = 2  # seconds between two polls of the feed (min = max interval)
CLAIM_TTL = 3.0
CAP = 4  # crawler.max_articles_per_round
FAST = CrawlerSettings(download_delay=0.0, timeout=30.0, min_interval=INTERVAL,
                       max_interval=INTERVAL, max_articles_per_round=CAP, archive=False,
                       claim_ttl=CLAIM_TTL)


@pytest.fixture
def client(prefix: str) -> Iterator[redis.Redis]:
    try:
        conn = redis.Redis.from_url(REDIS_URL)
        conn.ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    yield conn
    for key in conn.scan_iter(match=f"{prefix}:*"):
        conn.delete(key)
    conn.close()


def replica_source(site: ReplicaSite) -> Source:
    return Source.from_dict({"id": "replica", "name": "Replica", "homepage": site.url + "/",
                             "feeds": [site.url + "/feed/"]})


def article_paths(site: ReplicaSite) -> set[str]:
    return {unquote(urlsplit(a["url"]).path) for a in site.articles}


class Instance(threading.Thread):
    """One daemon's crawl loop: a round every ``tick`` seconds until stopped."""

    def __init__(self, name: str, cluster: CrawlCluster, source: Source, engine: Engine,
                 tick: float = 0.3) -> None:
        super().__init__(name=name, daemon=True)
        self.cluster, self.source, self.engine, self.tick = cluster, source, engine, tick
        self.stop = threading.Event()
        self.articles: list[Article] = []
        self.polled = 0

    def run(self) -> None:
        while not self.stop.is_set():
            report = crawl_once(FAST, [self.source], self.engine, None, only_due=True,
                                sink=self.articles.extend, cluster=self.cluster)
            self.polled += report.polled
            self.stop.wait(self.tick)


def test_three_instances_share_the_feeds_robots_and_articles(
    client: redis.Redis, prefix: str, engine: Engine
) -> None:
    """On SQLite and on PostgreSQL (where it runs)."""
    sqlite_engine = engine
    with ReplicaSite.start(robots_crawl_delay=0, per_page=20) as site:
        listed = len(site.articles)
        assert listed > CAP * 2  # the cap leaves pages for later rounds, the feed stays 304
        instances = [
            Instance(f"i{n}", CrawlCluster(client, prefix, f"i{n}", CLAIM_TTL),
                     replica_source(site), sqlite_engine)
            for n in range(3)
        ]
        started = time.monotonic()
        for instance in instances:
            instance.start()
        # Until every listed page is stored (a loaded machine's rounds take seconds).
        while sum(len(i.articles) for i in instances) < listed:
            assert time.monotonic() - started < 120, "pages left behind"
            time.sleep(0.1)
        stored_after = len([r for r in site.requests if r.path == "/feed/"])
        time.sleep(2 * INTERVAL)  # then idle polls: the feed answers 304, nothing is left
        for instance in instances:
            instance.stop.set()
        for instance in instances:
            instance.join(60)
        elapsed = time.monotonic() - started
        requests = site.requests
    feeds = [r for r in requests if r.path == "/feed/"]
    robots = [r for r in requests if r.path == "/robots.txt"]
    pages = Counter(r.path for r in requests if r.path in article_paths(site))
    stored = [a.url for i in instances for a in i.articles]
    gaps = [b.time - a.time for a, b in itertools.pairwise(feeds)]
    print(f"\nlisted={listed} cap={CAP} window={elapsed:.1f}s feed_requests={len(feeds)} "
          f"(all stored after {stored_after}) shortest_gap={min(gaps):.2f}s "
          f"robots={len(robots)} pages={sum(pages.values())} "
          f"polls_per_instance={[i.polled for i in instances]}")
    assert len(feeds) <= elapsed / INTERVAL + 1
    # So over any window: two polls of the feed, whoever made them, an interval apart.
    assert min(gaps) >= INTERVAL - 0.1
    # The feed answers 304 after the first poll, and the pages left still come, CAP a poll.
    assert stored_after <= math.ceil(listed / CAP) + 1
    assert len(robots) <= 1
    assert set(pages) == article_paths(site) and max(pages.values()) == 1
    assert len(stored) == len(set(stored)) == listed
    assert PendingStore(sqlite_engine).count() == 0
    # Which instance polls is timing: the first whose round starts after the feed falls due
    # (one instance won all 5 polls on a loaded machine, twice). That another instance
    # polls when the one polling dies is shown by
    # test_a_dead_instances_claim_expires_and_another_takes_the_feed_over.
    assert sum(i.polled for i in instances) == len(feeds)  # every poll made by one of them
    assert claims_by_instance(client, prefix) == {}  # every claim released


def test_a_dead_instances_claim_expires_and_another_takes_the_feed_over(
    client: redis.Redis, prefix: str, sqlite_engine: Engine
) -> None:
    with ReplicaSite.start(robots_crawl_delay=0, per_page=20) as site:
        source = replica_source(site)
        feed = source.poll_urls[0]
        dead = CrawlCluster(client, prefix, "dead", CLAIM_TTL)
        assert dead.claim([feed]) == [feed]  # then killed: it never renews nor releases
        assert claims_by_instance(client, prefix) == {"dead": [feed]}
        killed = time.monotonic()
        alive = Instance("alive", CrawlCluster(client, prefix, "alive", CLAIM_TTL), source,
                         sqlite_engine)
        alive.start()
        deadline = killed + 2 * INTERVAL + CLAIM_TTL + 5.0  # + a child's start-up
        while not any(r.path == "/feed/" for r in site.requests):
            assert time.monotonic() < deadline, "the feed was never taken over"
            time.sleep(0.05)
        taken = time.monotonic() - killed
        alive.stop.set()
        alive.join(60)
    print(f"\ntaken over after {taken:.1f}s (claim ttl {CLAIM_TTL}s)")
    assert taken >= CLAIM_TTL - 0.5  # not before the claim expired
    assert alive.articles and FeedStore(sqlite_engine).load()[feed].last_success is not None
    assert client.get(claim_key(prefix, feed)) is None


def test_a_claim_is_won_once_renewed_by_its_holder_only(client: redis.Redis, prefix: str) -> None:
    a, b = (CrawlCluster(client, prefix, n, 1.0) for n in ("a", "b"))
    assert a.claim(["f1", "f2"]) == ["f1", "f2"]
    assert b.claim(["f1", "f2", "f3"]) == ["f3"]
    # A restarted daemon (same home, same id) takes its killed predecessor's claims at once.
    assert CrawlCluster(client, prefix, "a", 1.0).claim(["f2", "f3"]) == ["f2"]
    assert b.renew(["f1"]) == ["f1"]  # not b's: reported lost, left alone
    b.release(["f1"])
    assert claims_by_instance(client, prefix) == {"a": ["f1", "f2"], "b": ["f3"]}
    with a.holding(["f1"]):
        time.sleep(1.5)  # longer than the claim lives: renewed meanwhile
        assert client.get(claim_key(prefix, "f1")) == b"a"
    assert client.get(claim_key(prefix, "f1")) is None  # released at the end
    time.sleep(1.1)
    assert b.claim(["f2"]) == ["f2"]  # a's unrenewed claim expired


def test_host_slots_bound_the_clusters_connections_and_space_them(
    client: redis.Redis, prefix: str
) -> None:
    """Three instances' requests to one host: at most 2 in flight, 0.2 s apart."""
    slots = [HostSlots(client, prefix, limit=2, hold=30) for _ in range(3)]
    lock, in_flight, most, starts = threading.Lock(), [0], [0], []

    def fetch(slot: HostSlots) -> None:
        for _ in range(3):
            token = slot.acquire("example.test", delay=0.2, timeout=30)
            with lock:
                in_flight[0] += 1
                most[0] = max(most[0], in_flight[0])
                starts.append(time.monotonic())
            time.sleep(0.5)  # the request takes longer than the delay
            with lock:
                in_flight[0] -= 1
            slot.release("example.test", token)

    workers = [threading.Thread(target=fetch, args=(s,)) for s in slots]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    starts.sort()
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert most[0] == 2 and len(starts) == 9
    # Each start is noted after acquire returns, so a thread the machine runs late notes its
    # start late and the next gap looks shorter (0.188 s seen under a loaded machine); with
    # no spacing, the two slots' requests would start together (gaps near 0).
    assert min(gaps) >= 0.15


def test_a_dead_childs_host_slot_frees_itself(client: redis.Redis, prefix: str) -> None:
    slots = HostSlots(client, prefix, limit=1, hold=1.0)
    slots.acquire("example.test", delay=0)  # never released: its child was killed
    assert slots.try_acquire("example.test", 0)[0] is None
    started = time.monotonic()
    slots.acquire("example.test", delay=0, timeout=5)
    assert 0.5 < time.monotonic() - started < 2.0


def test_slots_are_named_after_their_instance_which_alone_frees_them(
    client: redis.Redis, prefix: str
) -> None:
    mine = HostSlots(client, prefix, limit=5, hold=600, owner="daemon-a")
    theirs = HostSlots(client, prefix, limit=5, hold=600, owner="daemon-b")
    nameless = HostSlots(client, prefix, limit=5, hold=600)
    held = [s.acquire(host, delay=0) for s in (mine, theirs, nameless)
            for host in ("a.test", "b.test")]
    assert held[0].startswith("daemon-a/") and held[2].startswith("daemon-b/")
    assert CrawlCluster(client, prefix, "daemon-a", CLAIM_TTL).free_dead_slots() == 2
    for host in ("a.test", "b.test"):  # another instance's slot and a nameless one stay
        left = [m.decode() for m in client.zrange(f"{prefix}:crawl:host:{host}:slots", 0, -1)]
        assert sorted(t.startswith("daemon-b/") for t in left) == [False, True], left
        assert not [t for t in left if t.startswith("daemon-a/")]


def test_a_restarted_instance_does_not_wait_for_the_slots_its_killed_round_held(
    client: redis.Redis, prefix: str, sqlite_engine: Engine
) -> None:
    """``kill -9`` of a daemon kills its round's child with requests in flight, whose host
    slots would stay taken for the longest a request may take.  They are named after the
    instance: the restarted instance's first round gives them back before it starts."""
    with ReplicaSite.start(robots_crawl_delay=0) as site:
        host = urlsplit(site.url).hostname or ""
        killed = HostSlots(client, prefix, limit=FAST.concurrent_per_host, hold=3600,
                           owner="daemon-a")
        for _ in range(FAST.concurrent_per_host):
            killed.acquire(host, delay=0)  # never released: the child was killed
        assert killed.try_acquire(host, 0)[0] is None  # every slot of the host is taken
        restarted = CrawlCluster(client, prefix, "daemon-a", CLAIM_TTL)
        # A round that waited for the slots would overrun this and fetch nothing.
        report = crawl_once(FAST, [replica_source(site)], sqlite_engine, None,
                            round_timeout=60, cluster=restarted)
    assert report.articles and not report.failures, report.as_dict()
    assert restarted.slots_clean  # later rounds of this process do not look again


def test_pages_a_capped_round_leaves_come_while_the_feed_answers_304(
    sqlite_engine: Engine,
) -> None:
    """One instance, no cluster: the pages over the cap are kept pending, not forgotten."""
    with ReplicaSite.start(robots_crawl_delay=0, per_page=20) as site:
        listed = len(site.articles)
        rounds = [crawl_once(FAST, [replica_source(site)], sqlite_engine, None)
                  for _ in range(math.ceil(listed / CAP))]
        statuses = [r.status for r in site.requests if r.path == "/feed/"]
    assert [len(r.articles) for r in rounds] == [CAP] * (listed // CAP) + (
        [listed % CAP] if listed % CAP else [])
    assert statuses[1:] == [304] * (len(rounds) - 1)
    assert PendingStore(sqlite_engine).count() == 0


def test_crawl_delay_holds_across_instances_polling_one_host(
    client: redis.Redis, prefix: str, sqlite_engine: Engine
) -> None:
    """Two sources on one host (its RSS and its Atom feed, listing the same pages), three
    instances: whoever polls, the host sees its requests at least its robots.txt
    Crawl-delay apart, and each page once."""
    delay = 0.5
    with ReplicaSite.start(robots_crawl_delay=delay, per_page=20) as site:
        sources = [Source.from_dict({"id": name, "name": name, "homepage": site.url + "/",
                                     "feeds": [site.url + path]})
                   for name, path in (("rss", "/feed/"), ("atom", "/feed/atom/"))]
        instances = [Instance(f"i{n}", CrawlCluster(client, prefix, f"i{n}", CLAIM_TTL),
                              sources[n % 2], sqlite_engine) for n in range(3)]
        started = time.monotonic()
        for instance in instances:
            instance.start()
        while sum(len(i.articles) for i in instances) < len(site.articles):
            assert time.monotonic() - started < 120, "pages left behind"
            time.sleep(0.1)
        for instance in instances:
            instance.stop.set()
        for instance in instances:
            instance.join(60)
        times = sorted(r.time for r in site.requests if r.path != "/robots.txt")
        pages = Counter(r.path for r in site.requests if r.path in article_paths(site))
    gaps = [b - a for a, b in itertools.pairwise(times)]
    print(f"\n{len(times)} requests, shortest gap {min(gaps):.3f}s (Crawl-delay {delay}s), "
          f"most fetches of one page {max(pages.values())}")
    assert min(gaps) >= delay - 0.05
    # Both feeds list every page; each page is still fetched by one instance, once.
    assert set(pages) == article_paths(site) and max(pages.values()) == 1


def test_a_lone_instance_on_embedded_redis_keeps_scrapys_own_pacing() -> None:
    """Host slots on Redis only where other instances can share it; robots.txt is shared
    (cached) either way."""
    from crawler.round import scrapy_settings

    spec = {"redis": {"path": "/nonexistent.sock"}, "prefix": "p", "instance": "i"}
    lone = scrapy_settings(FAST, None, {}, cluster={**spec, "host_slots": False})
    shared = scrapy_settings(FAST, None, {}, cluster={**spec, "host_slots": True})
    alone = scrapy_settings(FAST, None, {})
    mw = "crawler.middlewares."
    assert f"{mw}ClusterSlotMiddleware" not in lone["DOWNLOADER_MIDDLEWARES"]
    assert lone["AUTOTHROTTLE_ENABLED"] and lone["DOWNLOAD_DELAY"] == FAST.download_delay
    assert f"{mw}SharedRobotsTxtMiddleware" in lone["DOWNLOADER_MIDDLEWARES"]
    assert shared["DOWNLOADER_MIDDLEWARES"][f"{mw}ClusterSlotMiddleware"] == 950
    assert not shared["AUTOTHROTTLE_ENABLED"]
    assert f"{mw}SharedRobotsTxtMiddleware" not in alone["DOWNLOADER_MIDDLEWARES"]


def test_a_page_another_instance_took_stays_pending_until_it_is_stored(
    client: redis.Redis, prefix: str, sqlite_engine: Engine
) -> None:
    """The instance that took a page died before storing it (its round's child outlived
    it, say): the page waits its claim out here, pending, and comes on a later round
    though the feed answers 304."""
    from crawler.cluster import claim_page, page_key
    from crawler.seen import url_hash

    with ReplicaSite.start(robots_crawl_delay=0, per_page=20) as site:
        taken = site.articles[0]["url"]
        # Held for longer than a round can take on a busy machine (the round's child
        # starts Scrapy first), then run out on purpose: the claim's expiry is Redis's.
        assert claim_page(client, prefix, "ghost", url_hash(taken), 120.0)
        cluster = CrawlCluster(client, prefix, "alive", CLAIM_TTL)
        first = crawl_once(FAST, [replica_source(site)], sqlite_engine, None, cluster=cluster)
        assert taken not in {a.url for a in first.articles} and not first.failures
        assert PendingStore(sqlite_engine).count() >= 1
        client.pexpire(page_key(prefix, url_hash(taken)), 1)
        time.sleep(0.05)
        later: list[Article] = []
        while taken not in {a.url for a in later}:
            report = crawl_once(FAST, [replica_source(site)], sqlite_engine, None,
                                cluster=cluster)
            assert report.articles, "the page was lost"
            later.extend(report.articles)
        fetched = Counter(r.path for r in site.requests)
    assert fetched[unquote(urlsplit(taken).path)] == 1
    assert [r.status for r in site.requests if r.path == "/feed/"][1:] == [304] * (
        len([r for r in site.requests if r.path == "/feed/"]) - 1)


@pytest.mark.parametrize("url", ["redis://u:pw@127.0.0.1:6390/3",
                                 "rediss://u:pw@127.0.0.1:6390/3?ssl_cert_reqs=none",
                                 "unix:///tmp/nw-test.sock?db=4"])  # fmt: skip
def test_the_crawl_child_connects_as_the_daemon_does(url: str) -> None:
    """The round's child opens its own Redis connection from a spec: same server, same
    database and credentials, and TLS where the daemon's URL is rediss://."""
    from crawler.cluster import connection_spec, open_spec

    parent = redis.Redis.from_url(url)
    child = open_spec(connection_spec(parent))
    want, got = parent.connection_pool, child.connection_pool
    assert got.connection_class is want.connection_class
    keys = ("host", "port", "path", "db", "username", "password", "ssl_cert_reqs")
    assert {k: got.connection_kwargs.get(k) for k in keys} == \
        {k: want.connection_kwargs.get(k) for k in keys}


def test_crawl_once_leaves_a_feed_another_instance_holds(
    client: redis.Redis, prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newswatch crawl --once` beside running daemons: with REDIS_URL shared, a feed that
    another instance has claimed is its to poll; once free, the one-off round polls it."""
    from typer.testing import CliRunner

    from newswatch.cli import app

    with ReplicaSite.start(robots_crawl_delay=0) as site:
        (tmp_path / "s.toml").write_text(
            f'[[source]]\nid = "replica"\nname = "Replica"\nfeeds = ["{site.url}/feed/"]\n')
        for var, value in (("REDIS_URL", REDIS_URL), ("NEWSWATCH_REDIS__PREFIX", prefix),
                           ("NEWSWATCH_CRAWLER__USE_REGISTRY", "false"),
                           ("NEWSWATCH_CRAWLER__DOWNLOAD_DELAY", "0"),
                           ("NEWSWATCH_CRAWLER__ARCHIVE", "false")):
            monkeypatch.setenv(var, value)
        command = ["--home", str(tmp_path / "home"), "crawl", "--once", "--sources",
                   str(tmp_path / "s.toml"), "--json"]
        other = CrawlCluster(client, prefix, "daemon-elsewhere", 30.0)
        assert other.claim([site.url + "/feed/"]) == [site.url + "/feed/"]

        held = CliRunner().invoke(app, command)
        assert held.exit_code == 0, held.output
        assert json.loads(held.output)["polled"] == 0
        assert not [r for r in site.requests if r.path == "/feed/"]

        other.release([site.url + "/feed/"])
        free = CliRunner().invoke(app, command)
        assert free.exit_code == 0, free.output
        assert json.loads(free.output)["polled"] == 1 and json.loads(free.output)["articles"]
        assert claims_by_instance(client, prefix) == {}  # its own claim released at the end
