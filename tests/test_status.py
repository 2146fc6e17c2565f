"""What status, sources list, /readyz and the gauges say: one definition of a source's
health, and queues counted by what waits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import redis

from alerts import keys
from alerts.redis_util import ensure_group
from crawler.sources import Source
from crawler.state import FeedState
from newswatch.health import readiness
from newswatch.sources import source_health
from newswatch.status import backlog

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
STALE = timedelta(hours=6)
SRC = Source.from_dict({"id": "s", "name": "S", "homepage": "http://127.0.0.1:9/",
                        "feeds": ["http://127.0.0.1:9/a/", "http://127.0.0.1:9/b/"]})


def feed(url: str, *, failures: int = 0, degraded: bool = False,
         last_success: datetime | None = NOW, last_poll: datetime | None = NOW) -> FeedState:
    return FeedState(url=f"http://127.0.0.1:9/{url}/", source="s", last_poll=last_poll,
                     failures=failures, degraded=degraded, last_success=last_success,
                     last_error="timeout" if failures else None)  # fmt: skip


@pytest.mark.parametrize(
    ("feeds", "state", "error"),
    [
        ([feed("a"), feed("b")], "ok", None),
        ([], "new", None),
        ([feed("a", failures=1), feed("b")], "partial", "timeout"),
        ([feed("a", failures=2), feed("b", failures=1)], "failing", "timeout"),
        ([feed("a", failures=5, degraded=True), feed("b", failures=5, degraded=True)],
         "degraded", "timeout"),
        ([feed("a", last_success=NOW - timedelta(hours=7))], "stale", None),
        ([feed("a", last_success=None, last_poll=NOW - timedelta(hours=1))], "ok", None),
        ([feed("a", last_success=None, last_poll=NOW - timedelta(hours=7))], "stale", None),
    ],
)
def test_a_sources_state_never_hides_its_error(
    feeds: list[FeedState], state: str, error: str | None
) -> None:
    row = source_health(SRC, feeds, NOW, STALE)
    assert (row["state"], row["last_error"]) == (state, error)
    assert not (row["state"] == "ok" and row["last_error"])


def test_a_disabled_source_is_disabled_whatever_its_feeds() -> None:
    off = Source.from_dict({**SRC.to_dict(), "enabled": False})
    assert source_health(off, [feed("a", failures=3)], NOW, STALE)["state"] == "disabled"


def test_backlog_counts_what_waits_not_the_stream_length(redis_client: redis.Redis,
                                                         prefix: str) -> None:
    stream = keys.events_stream(prefix)
    for n in range(5):
        redis_client.xadd(stream, {"n": str(n)})
    assert backlog(redis_client, stream, keys.ROUTER_GROUP) == 5  # no reader yet
    ensure_group(redis_client, stream, keys.ROUTER_GROUP)
    read = redis_client.xreadgroup(keys.ROUTER_GROUP, "c", {stream: ">"}, count=3)
    assert backlog(redis_client, stream, keys.ROUTER_GROUP) == 5  # 3 pending + 2 unread
    redis_client.xack(stream, keys.ROUTER_GROUP, *[i for i, _ in read[0][1]])
    assert backlog(redis_client, stream, keys.ROUTER_GROUP) == 2
    redis_client.xreadgroup(keys.ROUTER_GROUP, "c", {stream: ">"})
    redis_client.xack(stream, keys.ROUTER_GROUP,
                      *[i for i, _ in redis_client.xrange(stream)])  # fmt: skip
    assert backlog(redis_client, stream, keys.ROUTER_GROUP) == 0
    assert redis_client.xlen(stream) == 5  # what the gauge used to report


def test_readiness_reasons_are_one_line_each() -> None:
    status = {
        "redis_error": "ConnectionError: Error 111 connecting",
        "sources": {"enabled": 2, "failing": ["a", "b"], "stale": [],
                    "per_source": [{"id": "a", "last_success": None},
                                   {"id": "b", "last_success": None}]},
        "daemon_state": "dead",
    }  # fmt: skip
    body = readiness(status, 0.5)
    assert body["ready"] is False
    assert body["reasons"] == [
        "redis unreachable: ConnectionError: Error 111 connecting",
        "2 of 2 sources failing: a, b",
        "daemon dead",
    ]
    web_down = {"daemon_state": "running",
                "daemon": {"web": {"up": False, "error": "cannot listen on 127.0.0.1:8080"}}}
    assert readiness(web_down, 0.5)["reasons"] == [
        "dashboard down: cannot listen on 127.0.0.1:8080"
    ]
