"""Webhook receivers that hang, reset, answer 500 or answer slowly: retries keep the order
of each subscription, keep the webhook-id, and end in delivery (or dead letters)."""

from __future__ import annotations

import random
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from faults_helpers import (
    SECRET,
    DaemonProcess,
    Hook,
    RedisProcess,
    breach_article,
    stored_events,
    wait_for,
    write_config,
)
from sqlalchemy import Engine

from alerts.dlq import list_dead, retry_dead
from alerts.service import AlertService
from alerts.settings import AlertsSettings
from newswatch.replica import ReplicaSite
from pipeline.gazetteer import Gazetteer
from pipeline.models import Event, StoredEvent
from pipeline.publish import publish_event

sys.path.insert(0, str(Path(__file__).parents[1] / "alerts"))
from receivers import Listener, hostile_set

FAST_RETRIES = {"allow_private_webhooks": True, "webhook_timeout": 0.5,
                "backoff_base": 0.05, "backoff_max": 0.2}


@pytest.fixture
def hook() -> Iterator[Hook]:
    h = Hook(hang_for=1.5, slow_for=0.3)
    yield h
    h.close()


def _service(engine: Engine, client: redis.Redis, prefix: str, **settings: object) -> AlertService:
    return AlertService.from_settings(
        AlertsSettings(**{**FAST_RETRIES, **settings}),  # type: ignore[arg-type]
        engine, client, prefix, rng=random.Random(3), gazetteer=Gazetteer.default(),
    )


def _publish(client: redis.Redis, prefix: str, *event_ids: str) -> None:
    for n, event_id in enumerate(event_ids):
        event = Event(
            event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
            date="2026-11-25", admin1_pcode="SY07", place_pcode="C4268", place_name="بزابور",
            latitude=35.77, longitude=36.61, fatalities=n + 1, ceasefire_breach=True,
            evidence="غارة",
        )
        publish_event(client, prefix, StoredEvent(event_id, 1, event, story_id=f"s{n}",
                                                  sources=("outlet",)))


def _event_of(webhook_id: str) -> str:
    return webhook_id.rsplit(".", 2)[1]  # <subscription>.<event>.v<version>


@pytest.mark.timeout(40)
def test_hang_reset_500_slow_are_retried_in_order_until_all_arrive_once(
    sqlite_engine: Engine, redis_client: redis.Redis, prefix: str, hook: Hook
) -> None:
    service = _service(sqlite_engine, redis_client, prefix)
    service.store.create({"name": "hook", "channel": hook.url, "secret": SECRET})
    hook.script = ["hang", "reset", "500", "slow", "500", "reset", "ok", "hang", "slow"]
    _publish(redis_client, prefix, "e0", "e1", "e2", "e3")
    service.drain(timeout=30)
    accepted = [_event_of(a.webhook_id) for a in hook.accepted]
    assert accepted == ["e0", "e1", "e2", "e3"]  # all, once each, in order
    tried = [_event_of(a.webhook_id) for a in hook.attempts]
    assert tried == sorted(tried)  # a failing head blocks its queue: no overtaking
    assert len(hook.attempts) > len(accepted)  # the failures were retried
    assert all(a.valid for a in hook.attempts)  # every retry signed, same webhook-id
    ids: dict[str, set[str]] = {}
    for attempt in hook.attempts:
        ids.setdefault(_event_of(attempt.webhook_id), set()).add(attempt.webhook_id)
    assert all(len(v) == 1 for v in ids.values()), ids


@pytest.mark.timeout(40)
def test_receiver_that_never_behaves_ends_in_dead_letters_then_retry(
    sqlite_engine: Engine, redis_client: redis.Redis, prefix: str, hook: Hook
) -> None:
    service = _service(sqlite_engine, redis_client, prefix, retry_for=1)
    sub = service.store.create({"name": "hook", "channel": hook.url, "secret": SECRET})
    hook.default = "500"
    _publish(redis_client, prefix, "d0", "d1")
    service.drain(timeout=10)
    dead = list_dead(redis_client, prefix, 10)
    assert [(d["subscription_id"], d["event_id"]) for d in dead] == [(sub.id, "d0"),
                                                                     (sub.id, "d1")]
    assert all("500" in d["error"] and int(d["attempts"]) >= 2 for d in dead)
    assert hook.accepted == []
    ids = {a.webhook_id for a in hook.attempts}
    assert {_event_of(i) for i in ids} == {"d0", "d1"} and len(ids) == 2  # one id per event
    hook.default = "ok"
    assert retry_dead(redis_client, prefix, None) == 2
    service.drain(timeout=10)
    assert [_event_of(a.webhook_id) for a in hook.accepted] == ["d0", "d1"]
    assert {a.webhook_id for a in hook.accepted} == ids  # the same ids as the failed tries
    assert list_dead(redis_client, prefix, 10) == []


@pytest.mark.timeout(40)
def test_two_subscriptions_do_not_block_each_other(
    sqlite_engine: Engine, redis_client: redis.Redis, prefix: str, hook: Hook
) -> None:
    """A receiver that hangs delays only its own subscription's queue."""
    bad = Hook(default="hang", hang_for=0.8)
    try:
        service = _service(sqlite_engine, redis_client, prefix, retry_for=1)
        service.store.create({"name": "bad", "channel": bad.url, "secret": SECRET})
        service.store.create({"name": "good", "channel": hook.url, "secret": SECRET})
        _publish(redis_client, prefix, "g0", "g1")
        service.drain(timeout=15)
        assert [_event_of(a.webhook_id) for a in hook.accepted] == ["g0", "g1"]
        assert bad.accepted == [] and len(list_dead(redis_client, prefix, 10)) == 2
    finally:
        bad.close()


def _hooks_config(path: Path, feed: str, hooks: dict[str, Listener]) -> Path:
    tables = "".join(
        f'[[subscription]]\nname = "{name}"\nchannel = "{hook.url()}"\nsecret = "{SECRET}"\n'
        for name, hook in hooks.items()
    )
    extra = ("[alerts]\nallow_private_webhooks = true\nwebhook_timeout = 5\n"
             "backoff_base = 0.5\nbackoff_max = 1\n" + tables)
    return write_config(path, feed, extra=extra)


def _accepted(hook: Listener) -> list[str]:
    return [r.headers["webhook-id"] for r in hook.requests if r.behaviour == "ok"]


def _has_all(hook: Listener, latest: dict[str, int]) -> bool:
    got = {i.split(".", 1)[1] for i in _accepted(hook)}  # <sub>.<event>.v<version>
    return all(f"{event}.v{version}" in got for event, version in latest.items())


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_sigterm_during_hanging_and_dripping_deliveries_then_restart(tmp_path: Path) -> None:
    """SIGTERM while three receivers hang and one drips: exit 0 within 10 s; after the
    restart every alert reaches every subscriber once, under the webhook-id it was first
    tried with."""
    hooks = dict(zip(["drip", "hang1", "hang2", "hang3"], hostile_set(), strict=True))
    hooks["good"] = Listener("ok")
    bad = [hooks[n] for n in ("drip", "hang1", "hang2", "hang3")]
    redis_server = RedisProcess(tmp_path / "redis")
    redis_server.start()
    articles = [breach_article(n) for n in range(4)]
    with ReplicaSite.start(articles, robots_crawl_delay=0, per_page=50) as site:
        cfg = _hooks_config(tmp_path / "newswatch.toml", f"{site.url}/feed/", hooks)
        daemon = DaemonProcess(tmp_path / "home", cfg, tmp_path / "daemon.log",
                               env={"REDIS_URL": redis_server.url})
        db = tmp_path / "home" / "newswatch.db"
        try:
            daemon.start()
            assert wait_for(lambda: "crawl round done" in daemon.messages(), 60)
            latest = stored_events(db)
            assert latest, daemon.log.read_text()
            assert wait_for(lambda: _has_all(hooks["good"], latest), 30)
            in_flight = lambda: all(len(h.requests) > len(h.closed_after) for h in bad)  # noqa: E731
            assert wait_for(in_flight, 30, 0.05), "no attempt in flight to abandon"
            abandoned = {id(h): h.requests[-1].headers["webhook-id"] for h in bad}
            assert daemon.proc is not None
            started = time.monotonic()
            daemon.proc.send_signal(signal.SIGTERM)
            code = daemon.proc.wait(timeout=30)
            took = time.monotonic() - started
            assert code == 0 and took <= 10.0, (code, took)
            for hook in bad:
                hook.behaviour = "ok"
            daemon.start()
            assert wait_for(lambda: all(_has_all(h, latest) for h in hooks.values()), 60), {
                n: _accepted(h) for n, h in hooks.items()}
            time.sleep(1.0)  # a later pass must not send anything twice
        finally:
            daemon.stop()
            redis_server.kill9()
            for hook in hooks.values():
                hook.close()
    for name, hook in hooks.items():
        accepted = _accepted(hook)
        assert len(accepted) == len(set(accepted)), (name, accepted)  # once each
    for hook in bad:  # the attempt cut short by SIGTERM went out again, same webhook-id
        assert abandoned[id(hook)] in _accepted(hook), (abandoned[id(hook)], _accepted(hook))
