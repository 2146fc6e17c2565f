"""Routing and delivery against real Redis and a real webhook receiver on 127.0.0.1."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import redis
from alerts_helpers import SECRET, FakeClock, Receiver, stored

from alerts import keys
from alerts.dlq import list_dead, retry_dead
from alerts.service import AlertService
from pipeline.publish import publish_event

ServiceFactory = Callable[..., AlertService]


def add(service: AlertService, **fields: Any) -> str:
    sub = service.store.create({"channel": "redis", **fields})
    service.refresh(force=True)
    return sub.id


def publish(r: redis.Redis, prefix: str, *, replayed: bool = False, **kw: Any) -> None:
    publish_event(r, prefix, stored(**kw), replayed=replayed)


def test_redis_channel_gets_matching_events_once(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str
) -> None:
    service = make_service()
    idlib = add(service, name="idlib", regions=["Idlib"], breach_only=True)
    daraa = add(service, name="daraa", regions=["SY12"])
    publish(redis_client, prefix, event_id="a")
    publish(redis_client, prefix, event_id="b", ceasefire_breach=False)
    assert service.drain(timeout=5) == 1
    (alert,) = service.tail(idlib, 10)
    assert alert["event_id"] == "a" and alert["version"] == 1 and not alert["replayed"]
    assert alert["event"]["place_pcode"] == "C4268" and "Air/drone strike" in alert["text"]
    assert service.tail(daraa, 10) == []
    publish(redis_client, prefix, event_id="a")  # the same version again: nothing new
    assert service.drain(timeout=5) == 0
    assert len(service.tail(idlib, 10)) == 1


def test_updates_follow_the_subscription(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str
) -> None:
    service = make_service()
    wants = add(service, name="wants", language="ar")
    skips = add(service, name="skips", updates=False)
    publish(redis_client, prefix, event_id="e", version=1, fatalities=2)
    publish(redis_client, prefix, event_id="e", version=2, fatalities=5)
    service.drain(timeout=5)
    first, second = service.tail(wants, 10)
    assert (first["update"], second["update"]) == (False, True)
    assert second["text"].startswith("تحديث") and "القتلى: 5" in second["text"]
    assert [a["version"] for a in service.tail(skips, 10)] == [1]


def test_replay_policies(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str, clock: FakeClock
) -> None:
    service = make_service()
    deliver = add(service, name="deliver")
    suppress = add(service, name="suppress", replay_policy="suppress")
    digest = add(service, name="digest", replay_policy="digest")
    publish(redis_client, prefix, event_id="old1", replayed=True)
    publish(redis_client, prefix, event_id="old2", replayed=True)
    service.drain(timeout=5)
    assert [a["replayed"] for a in service.tail(deliver, 10)] == [True, True]
    assert service.tail(suppress, 10) == []
    got = service.tail(digest, 10)
    assert [(a["event_id"], a["kind"]) for a in got] == [("old1", "digest"), ("old2", "digest")]


def test_daily_digest_and_quiet_hours(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str, clock: FakeClock
) -> None:
    service = make_service()
    daily = add(service, name="daily", mode="daily", timezone="Asia/Damascus")
    # 12:00 UTC = 15:00 in Damascus: quiet from 14:00 to 16:00; only severity >= 5 passes.
    quiet = add(service, name="quiet", quiet_hours="14:00-16:00", quiet_min_severity=5)
    publish(redis_client, prefix, event_id="minor")
    publish(redis_client, prefix, event_id="major", fatalities=40)
    service.drain(timeout=5)
    assert service.tail(daily, 10) == []
    assert [a["event_id"] for a in service.tail(quiet, 10)] == ["major"]
    clock.advance(hours=1, minutes=30)  # 16:30 local: quiet hours over
    service.drain(timeout=5)
    assert [a["event_id"] for a in service.tail(quiet, 10)] == ["major", "minor"]
    assert service.tail(daily, 10) == []
    clock.advance(hours=10)  # past midnight in Damascus: yesterday's digest goes out
    service.drain(timeout=5)
    assert [a["event_id"] for a in service.tail(daily, 10)] == ["minor", "major"]


def test_webhook_signed_and_in_order_after_outage(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str, clock: FakeClock,
    receiver: Receiver,
) -> None:
    service = make_service(backoff_base=1.0, backoff_max=4.0)
    add(service, name="hook", channel=receiver.url, secret=SECRET)
    receiver.fail = 5
    for i in range(4):
        publish(redis_client, prefix, event_id=f"e{i}")
    for _ in range(20):
        service.route_once()
        service.deliver_once()
        clock.advance(seconds=5)  # past the longest jittered backoff
    assert [r.body["event_id"] for r in receiver.received] == ["e0", "e1", "e2", "e3"]
    assert all(r.valid for r in receiver.received)
    first = receiver.received[0]
    assert first.webhook_id.endswith(".e0.v1") and first.body["type"] == "alert"
    history = service.worker.log.history(service.store.get("hook").id)
    assert {h["status"] for h in history} == {"delivered"}


def test_receiver_that_never_recovers_dead_letters(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str, clock: FakeClock,
    receiver: Receiver,
) -> None:
    service = make_service(retry_for=60, backoff_base=1.0, backoff_max=10.0)
    sub_id = add(service, name="hook", channel=receiver.url, secret=SECRET)
    receiver.fail = -1
    publish(redis_client, prefix, event_id="x")
    publish(redis_client, prefix, event_id="y")
    for _ in range(60):
        service.route_once()
        service.deliver_once()
        clock.advance(seconds=11)
    dead = list_dead(redis_client, prefix)
    assert [(d["event_id"], d["subscription_id"]) for d in dead] == [("x", sub_id), ("y", sub_id)]
    assert "HTTP 500" in dead[0]["error"] and SECRET not in str(dead)
    receiver.fail = 0
    assert retry_dead(redis_client, prefix) == 2
    service.drain(timeout=5)
    assert [r.body["event_id"] for r in receiver.received] == ["x", "y"]
    assert list_dead(redis_client, prefix) == []


def test_crash_between_send_and_record_sends_one_duplicate_with_same_id(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str, receiver: Receiver,
) -> None:
    service = make_service()
    add(service, name="hook", channel=receiver.url, secret=SECRET)
    publish(redis_client, prefix, event_id="once")
    service.route_once()
    log = service.worker.log
    original = log.record
    log.record = lambda *a, **k: (_ for _ in ()).throw(SystemExit("crash"))  # type: ignore[method-assign]
    with contextlib.suppress(SystemExit):
        service.deliver_once()
    log.record = original  # type: ignore[method-assign]
    redis_client.delete(keys.delivery_lock(prefix, service.store.get("hook").id))  # lease lost
    service.drain(timeout=5)
    service.drain(timeout=5)
    ids = [r.webhook_id for r in receiver.received]
    assert len(ids) == 2 and ids[0] == ids[1]


def test_redirects_are_checked_and_followed(
    make_service: ServiceFactory, receiver: Receiver
) -> None:
    from alerts.channels import ChannelError
    from alerts.message import Alert, Delivery

    delivery = Delivery("k1", "alert", "s", (Alert("e", 1, {"event_type": "Battles"}),), "t")
    service = make_service()
    hop = Receiver(redirect_to=receiver.url)
    bad = Receiver(redirect_to="file:///etc/passwd")
    try:
        sub = service.store.create({"name": "hop", "channel": hop.url, "secret": SECRET})
        service.make_channel(sub).send(delivery)  # 307: re-POSTed, still signed
        assert [r.webhook_id for r in receiver.received] == ["k1"] and receiver.received[0].valid
        refused = service.store.create({"name": "bad", "channel": bad.url, "secret": SECRET})
        try:
            service.make_channel(refused).send(delivery)
        except ChannelError as exc:
            assert "not an http(s) URL" in exc.detail
        else:
            raise AssertionError("followed a redirect to a file:// URL")
        public = make_service(allow_private_webhooks=False)
        try:
            public.make_channel(sub).send(delivery)
        except ChannelError as exc:
            assert "private/loopback/link-local" in exc.detail
        else:
            raise AssertionError("sent to a loopback address without permission")
    finally:
        hop.close()
        bad.close()


def test_apprise_json_to_local_receiver(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str
) -> None:
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    bodies: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        service = make_service()
        port = server.server_address[1]
        add(service, name="apprise", channel=f"json://127.0.0.1:{port}/notify", language="ar")
        publish(redis_client, prefix, event_id="ap")
        assert service.drain(timeout=5) == 1
        (body,) = bodies
        assert "غارة جوية" in body["message"] and "بزابور" in body["title"]
    finally:
        server.shutdown()
        server.server_close()


def test_webhook_timeout_is_a_retry(
    make_service: ServiceFactory, redis_client: redis.Redis, prefix: str, clock: FakeClock,
    receiver: Receiver,
) -> None:
    service = make_service(webhook_timeout=0.2, backoff_base=1.0)
    sub_id = add(service, name="hook", channel=receiver.url, secret=SECRET)
    receiver.delay = 0.5
    publish(redis_client, prefix, event_id="slow")
    service.route_once()
    assert service.deliver_once() == 0
    state = redis_client.hgetall(keys.retry_state(prefix, sub_id))
    assert state["attempts"] == "1" and "no complete answer within" in state["error"]
    receiver.delay = 0
    clock.advance(seconds=2)
    assert service.deliver_once() == 1
    assert {r.webhook_id for r in receiver.received} == {f"{sub_id}.slow.v1"}


def test_a_worker_renews_its_own_lease_restored_by_redis(redis_client: redis.Redis) -> None:
    from alerts.redis_util import acquire

    assert acquire(redis_client, "lease-x", "me", 60_000)
    assert acquire(redis_client, "lease-x", "me", 60_000)  # e.g. brought back by the AOF
    assert not acquire(redis_client, "lease-x", "someone-else", 60_000)
