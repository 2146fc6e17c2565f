"""Two daemons, one configuration, one Redis, one database: ``kill -9`` the one polling,
the other takes its feed over once the claim expires, and what is published after the
kill is stored and alerted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults_helpers import (
    DaemonProcess,
    RedisProcess,
    article_key,
    breach_article,
    stored_urls,
    subscriber_entries,
    wait_for,
)

from crawler.cluster import claim_key
from newswatch.replica import ReplicaSite

pytestmark = pytest.mark.slow

INTERVAL = 2
CLAIM_TTL = 3


@pytest.fixture
def site() -> Iterator[ReplicaSite]:
    with ReplicaSite.start([breach_article(15)], robots_crawl_delay=0, per_page=50) as s:
        yield s


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisProcess]:
    server = RedisProcess(tmp_path / "redis")
    server.start()
    yield server
    server.kill9()


def config(path: Path, site: ReplicaSite) -> Path:
    path.write_text(f"""
[crawler]
min_interval = {INTERVAL}
max_interval = {INTERVAL}
claim_ttl = {CLAIM_TTL}
download_delay = 0
use_registry = false
archive = false
[web]
port = 0
[log]
level = "INFO"
[[source]]
id = "replica"
name = "Replica"
homepage = "{site.url}/"
feeds = ["{site.url}/feed/"]
[[subscription]]
name = "everything"
channel = "redis"
""", encoding="utf-8")
    return path


@pytest.mark.timeout(150)
def test_kill_9_of_the_polling_instance_hands_its_feed_over(
    tmp_path: Path, site: ReplicaSite, redis_server: RedisProcess
) -> None:
    db = tmp_path / "shared.db"
    env = {"REDIS_URL": redis_server.url, "DATABASE_URL": f"sqlite:///{db}"}
    cfg = config(tmp_path / "newswatch.toml", site)
    daemons = {name: DaemonProcess(tmp_path / name, cfg, tmp_path / f"{name}.log", env=env)
               for name in ("a", "b")}
    client = redis_server.client()
    try:
        for daemon in daemons.values():
            daemon.start()
        assert wait_for(lambda: len(subscriber_entries(client)) >= 1, 60), \
            daemons["a"].log.read_text() + daemons["b"].log.read_text()
        # Catch one of them holding the feed's claim (its round is running), and kill it.
        key = claim_key("newswatch", f"{site.url}/feed/")
        holder: list[str] = []

        def held() -> bool:
            owner = client.get(key)
            if owner:
                holder[:] = [str(owner)]
            return bool(owner)

        assert wait_for(held, 30, 0.02)
        victim = next(n for n in daemons
                      if (tmp_path / n / "worker-id").read_text().strip() == holder[0])
        survivor = "b" if victim == "a" else "a"
        daemons[victim].kill9()
        killed = time.monotonic()
        before = len(subscriber_entries(client))
        new_url = site.publish(breach_article(3))
        assert wait_for(lambda: article_key(new_url) in stored_urls(db), 60), (
            f"{survivor} never stored it; claim held by {client.get(key)!r}; site saw "
            f"{[(round(r.time - killed, 1), r.path, r.status) for r in site.requests]}"
            f"ids { {n: (tmp_path / n / 'worker-id').read_text() for n in daemons} }"
            f"alive { {n: d.alive() for n, d in daemons.items()} }\n"
            + daemons["a"].log.read_text()[-6000:] + "\n" + daemons["b"].log.read_text()[-6000:])
        assert wait_for(lambda: len(subscriber_entries(client)) > before, 30)
        polls = [r.time for r in site.requests if r.path == "/feed/" and r.time > killed]
        taken = polls[0] - killed
        print(f"\n{victim} killed holding the feed; {survivor} polled it {taken:.1f}s later "
              f"(bound {2 * INTERVAL + CLAIM_TTL}s + a round's start-up)")
        # 2 x interval + claim expiry, and the seconds a loaded machine takes to start a round.
        assert taken <= 2 * INTERVAL + CLAIM_TTL + 8
        assert daemons[survivor].alive()
        urls = stored_urls(db)
        assert len(urls) == len(set(urls))
    finally:
        client.close()
        for daemon in daemons.values():
            daemon.stop()
