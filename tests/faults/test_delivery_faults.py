"""Webhook receivers that hang, reset, answer 500 or answer slowly: retries keep the order
of each subscription, keep the webhook-id, and end in delivery (or dead letters)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
import redis
from faults_helpers import SECRET, Hook
from sqlalchemy import Engine

from alerts.dlq import list_dead, retry_dead
from alerts.service import AlertService
from alerts.settings import AlertsSettings
from pipeline.gazetteer import Gazetteer
from pipeline.models import Event, StoredEvent
from pipeline.publish import publish_event

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
