"""/healthz says the process answers; /readyz says whether it is doing its job."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine
from web_helpers import Api, web_settings

from crawler.settings import CrawlerSettings
from crawler.state import FeedState, FeedStore
from newswatch.settings import Settings
from newswatch.web import create_app, serve_in_thread

NOW = datetime.now(UTC)
SOURCES = tuple(
    {"id": f"s{n}", "name": f"S{n}", "homepage": f"http://127.0.0.1:9/{n}/",
     "feeds": [f"http://127.0.0.1:9/{n}/feed/"]}
    for n in range(4)
)  # fmt: skip


def settings_for(home: Path, prefix: str) -> Settings:
    base = web_settings(home)
    return dataclasses.replace(
        base, sources=SOURCES,
        crawler=CrawlerSettings(use_registry=False),
        redis=dataclasses.replace(base.redis, prefix=prefix),
    )  # fmt: skip


def feed(n: int, *, failing: bool = False, last_success: datetime | None = NOW) -> FeedState:
    return FeedState(
        url=f"http://127.0.0.1:9/{n}/feed/", source=f"s{n}", last_poll=NOW,
        failures=3 if failing else 0, last_error="dns: no such host" if failing else None,
        last_success=last_success,
    )  # fmt: skip


@pytest.fixture
def serve(engine: Engine, tmp_path: Path, redis_embedded: redis.Redis, prefix: str
          ) -> Iterator[Any]:
    servers = []

    def start(client: redis.Redis | None = redis_embedded, daemon_ok: bool = True) -> Api:
        app = create_app(settings_for(tmp_path, prefix), engine, client,
                         status=lambda: {"ok": daemon_ok})  # as the daemon serves it
        servers.append(serve_in_thread(app, "127.0.0.1", 0))
        return Api(servers[-1].url)

    yield start
    for server in servers:
        server.stop()


def test_ready_while_the_sources_work(engine: Engine, serve: Any) -> None:
    FeedStore(engine).save([feed(n) for n in range(4)])
    reply = serve().get("/readyz")
    assert reply.status == 200, reply.body
    assert reply.body["ready"] is True and reply.body["reasons"] == []
    assert reply.body["sources"] == {"enabled": 4, "failing": [], "stale": []}
    assert reply.body["last_success"]["s0"] == NOW.isoformat()
    assert reply.body["queues"]["events"] == 0


def test_not_ready_when_most_sources_fail_or_are_stale(engine: Engine, serve: Any) -> None:
    old = NOW - timedelta(days=2)
    FeedStore(engine).save([feed(0, failing=True), feed(1, failing=True),
                            feed(2, last_success=old), feed(3)])  # fmt: skip
    api = serve()
    ready = api.get("/readyz")
    assert ready.status == 503
    assert ready.body["reasons"] == ["2 of 4 sources failing: s0, s1", "1 of 4 sources stale: s2"]
    assert ready.body["sources"] == {"enabled": 4, "failing": ["s0", "s1"], "stale": ["s2"]}
    live = api.get("/healthz")  # liveness is not readiness
    assert live.status == 200 and live.body["ok"] is True


def test_one_failing_source_of_four_is_not_an_outage(engine: Engine, serve: Any) -> None:
    FeedStore(engine).save([feed(0, failing=True), feed(1), feed(2), feed(3)])
    assert serve().get("/readyz").status == 200  # health.max_unhealthy_share = 0.5


def test_not_ready_without_redis_or_while_stopping(
    engine: Engine, serve: Any, tmp_path: Path
) -> None:
    FeedStore(engine).save([feed(n) for n in range(4)])
    gone = redis.Redis(unix_socket_path=str(tmp_path / "no-redis.sock"), decode_responses=True)
    reply = serve(client=gone).get("/readyz")
    assert reply.status == 503
    (reason,) = reply.body["reasons"]
    assert reason.startswith("redis unreachable: ConnectionError")
    stopping = serve(daemon_ok=False).get("/readyz")
    assert stopping.status == 503 and stopping.body["reasons"] == ["daemon stopping"]
    gone.close()
