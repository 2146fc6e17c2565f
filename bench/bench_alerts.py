"""Alerting benchmark: routing with 10,000 subscriptions, webhook latency on loopback, and
a healthy subscriber beside hostile ones (issue 13).

    python bench/bench_alerts.py [--subs 10000] [--events 2000] [--latency-events 300]
                                 [--isolation-events 40]

Prints a markdown table.  Everything runs locally: an embedded Redis in a temporary
directory, SQLite, and webhook receivers on 127.0.0.1 (the hostile ones are those of the
tests: ``tests/alerts/receivers.py``, one dripping a byte every 2 s, three hanging).
"""

from __future__ import annotations

import argparse
import base64
import logging
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis

from alerts.matching import Matcher
from alerts.router import Router
from alerts.service import AlertService
from alerts.settings import AlertsSettings
from alerts.subscriptions import Subscription, parse_subscription
from newswatch.db import open_database
from newswatch.redis_server import start_embedded
from pipeline.gazetteer import Gazetteer
from pipeline.models import Event, StoredEvent
from pipeline.publish import publish_event

SECRET = "whsec_" + base64.b64encode(b"bench-secret-0123456789-abcdef").decode()
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "alerts"))
ALERT_TICK = 0.25  # the daemon's alert pass (newswatch.daemon.ALERT_TICK)
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"]


def make_subscriptions(gaz: Gazetteer, n: int, rng: random.Random) -> list[Subscription]:
    """A plausible mix: 85% by region (5% governorates, 15% districts, 80% communities),
    13% point+radius, 2% anywhere with a type and toll filter; 20% breaches only."""
    governorates = gaz.governorates()
    codes = (f"SY{g:02d}{d:02d}" for g in range(1, 15) for d in range(0, 20))
    districts = [p for p in map(gaz.get, codes) if p is not None] or governorates
    communities = [p for p in map(gaz.get, _sample_pcodes(gaz, rng, 3000)) if p is not None]
    subs = []
    for i in range(n):
        data: dict[str, Any] = {"name": f"s{i}", "id": f"s{i}", "channel": "redis"}
        roll, level = rng.random(), rng.random()
        if roll < 0.85:
            pool = governorates if level < 0.05 else districts if level < 0.2 else communities
            data["regions"] = [rng.choice(pool).pcode]
        elif roll < 0.98:
            place = rng.choice(communities)
            data.update(point=[place.lat, place.lon], radius_km=rng.choice([5, 10, 25]))
        else:
            data.update(event_types=[rng.choice(TYPES)], min_fatalities=rng.randint(0, 10))
        data["breach_only"] = rng.random() < 0.2
        subs.append(parse_subscription(data, gazetteer=gaz))
    return subs


def _sample_pcodes(gaz: Gazetteer, rng: random.Random, k: int) -> list[str]:
    """``k`` community p-codes (C<number>), found through the public ``get``."""
    communities = [f"C{n}" for n in range(1, 7000) if gaz.get(f"C{n}") is not None]
    return rng.sample(communities, min(k, len(communities)))


def make_events(gaz: Gazetteer, n: int, rng: random.Random) -> list[StoredEvent]:
    pcodes = _sample_pcodes(gaz, rng, 3000)
    events = []
    for i in range(n):
        place = gaz.get(rng.choice(pcodes))
        assert place is not None
        event = Event(
            event_type=rng.choice(TYPES), sub_event_type="Armed clash", date="2026-11-25",
            admin1_pcode=place.admin1_pcode, place_pcode=place.pcode, place_name=place.name_ar,
            latitude=place.lat, longitude=place.lon, fatalities=rng.randint(0, 12),
            ceasefire_breach=rng.random() < 0.3,
        )
        events.append(StoredEvent(f"ev{i}", 1, event, story_id=f"st{i}"))
    return events


class LinearMatcher(Matcher):
    def match(self, event: Any) -> list[Subscription]:
        return self.match_linear(event)


def time_matching(matcher: Matcher, events: list[dict[str, Any]], linear: bool) -> float:
    fn = matcher.match_linear if linear else matcher.match
    start = time.perf_counter()
    for event in events:
        fn(event)
    return len(events) / (time.perf_counter() - start)


def time_routing(client: redis.Redis, prefix: str, matcher: Matcher,
                 events: list[StoredEvent]) -> tuple[float, int]:
    router = Router(client, prefix, lambda: matcher, batch=500)
    for stored in events:
        publish_event(client, prefix, stored)
    start = time.perf_counter()
    routed = 0
    while (n := router.route_once()) > 0:
        routed += n
    elapsed = time.perf_counter() - start
    enqueued = sum(int(client.xlen(k)) for k in client.scan_iter(f"{prefix}:alerts:q:*"))
    return routed / elapsed, enqueued


class _Receiver:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        arrivals = self.arrivals

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["content-length"]))
                arrivals[self.headers["webhook-id"]] = time.time()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


def time_latency(client: redis.Redis, home: Path, gaz: Gazetteer, n: int) -> dict[str, float]:
    receiver = _Receiver()
    engine = open_database(f"sqlite:///{home / 'bench.db'}")
    settings = AlertsSettings(allow_private_webhooks=True)
    service = AlertService.from_settings(settings, engine, client, "lat", gazetteer=gaz)
    sub = service.store.create({"name": "hook", "channel": receiver.url, "secret": SECRET})
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            service.route_once(block_ms=20)
            service.deliver_once()

    worker = threading.Thread(target=loop, daemon=True)
    worker.start()
    published: dict[str, float] = {}
    events = make_events(gaz, n, random.Random(5))
    for stored in events:
        published[f"{sub.id}.{stored.id}.v1"] = time.time()
        publish_event(client, "lat", stored)
        time.sleep(0.02)
    _wait(lambda: len(receiver.arrivals) >= n, 30)
    stop.set()
    worker.join()
    end_to_end = [receiver.arrivals[k] - t for k, t in published.items() if k in receiver.arrivals]
    receiver.server.shutdown()
    engine.dispose()
    return {**_percentiles("enqueue→webhook", list(service.latencies)),
            **_percentiles("publish→webhook", end_to_end)}


def time_isolation(client: redis.Redis, home: Path, gaz: Gazetteer, n: int,
                   hostile: bool) -> dict[str, float]:
    """A healthy webhook subscriber, alone or beside 1 dripping + 3 hanging receivers
    (webhook_timeout 5 s), driven like the daemon: route and start lanes every 0.25 s."""
    from receivers import Listener, hostile_set

    engine = open_database(f"sqlite:///{home / f'iso-{hostile}.db'}")
    settings = AlertsSettings(allow_private_webhooks=True, webhook_timeout=5.0,
                              backoff_base=1.0, backoff_max=2.0)
    prefix = f"iso{int(hostile)}"
    service = AlertService.from_settings(settings, engine, client, prefix, gazetteer=gaz)
    bad = list(hostile_set()) if hostile else []
    for k, listener in enumerate(bad):
        service.store.create({"name": f"bad{k}", "channel": listener.url(), "secret": SECRET})
    good = Listener("ok")
    service.store.create({"name": "good", "channel": good.url(), "secret": SECRET})
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            service.route_once()
            service.dispatch()
            time.sleep(ALERT_TICK)

    worker = threading.Thread(target=loop, daemon=True)
    worker.start()
    for stored in make_events(gaz, n, random.Random(9)):
        publish_event(client, prefix, stored)
        time.sleep(0.2)
    _wait(lambda: len(good.requests) >= n, 60)
    stop.set()
    worker.join()
    started = time.perf_counter()
    service.stop(timeout=5)
    stop_took = time.perf_counter() - started
    held = [s for b in bad for s in b.closed_after]
    for listener in [*bad, good]:
        listener.close()
    engine.dispose()
    return {**_percentiles("routed→accepted", list(service.latencies)),
            "stop, attempts in flight (s)": stop_took,
            "longest attempt held by a hostile receiver (s)": max(held, default=0.0),
            "delivered": float(len(good.requests))}


def guard_and_secrets(gaz: Gazetteer) -> dict[str, str]:
    """Private destinations accepted (of the issue's list), and deliveries the official
    ``standardwebhooks`` library verifies, with a generated and a given secret."""
    import standardwebhooks
    from receivers import PRIVATE_APPRISE, Listener

    from alerts.attempt import AttemptControl
    from alerts.channels.webhook import WebhookChannel
    from alerts.message import Alert, Delivery
    from alerts.netguard import OutboundGuard
    from alerts.subscriptions import SubscriptionError, generate_secret

    private = [*PRIVATE_APPRISE, "http://127.0.0.1/h", "http://169.254.169.254/latest",
               "http://[::ffff:10.0.0.1]/x", "http://100.100.100.200/", "http://0.0.0.0/"]
    accepted = 0
    for url in private:
        try:
            parse_subscription({"name": "x", "channel": url, "secret": SECRET}, gazetteer=gaz)
            accepted += 1
        except SubscriptionError:
            pass
    listener, verified, sent = Listener("ok"), 0, 0
    for secret in (generate_secret(), SECRET):
        channel = WebhookChannel(listener.url(), secret, timeout=5,
                                 guard=OutboundGuard(allow_private=True),
                                 control=AttemptControl(), clock=lambda: datetime.now(UTC))
        for i in range(50):
            channel.send(Delivery(f"s.e{i}.v1", "alert", "s", (Alert(f"e{i}", 1, {}),), "t"))
            request = listener.requests[-1]
            sent += 1
            try:
                standardwebhooks.Webhook(secret).verify(request.body, request.headers)
                verified += 1
            except standardwebhooks.webhooks.WebhookVerificationError:
                pass
    listener.close()
    return {"private destinations accepted (no allow_private_webhooks)":
            f"{accepted} of {len(private)}",
            "deliveries verified by `standardwebhooks` (generated + given whsec_)":
            f"{verified} of {sent} ({100 * verified / sent:.0f} %)"}


def _wait(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def _percentiles(label: str, values: list[float]) -> dict[str, float]:
    q = statistics.quantiles(values, n=100)
    return {f"{label} p50": q[49], f"{label} p95": q[94], f"{label} p99": q[98]}


def _isolation_rows(alone: dict[str, float], beside: dict[str, float]) -> list[tuple[str, str]]:
    rows = []
    for key in ("routed→accepted p50", "routed→accepted p95", "routed→accepted p99"):
        rows.append((f"healthy webhook {key}, alone / beside 1 dripping + 3 hanging (ms)",
                     f"{alone[key] * 1000:.1f} / {beside[key] * 1000:.1f} "
                     f"({beside[key] / alone[key]:.2f}x)"))
    rows += [
        ("healthy alerts delivered beside the hostile ones",
         f"{beside['delivered']:.0f} of {alone['delivered']:.0f}"),
        ("longest attempt a hostile receiver held (webhook_timeout 5 s)",
         f"{beside['longest attempt held by a hostile receiver (s)']:.2f} s"),
        ("stop() with 4 attempts in flight", f"{beside['stop, attempts in flight (s)']:.3f} s"),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subs", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--latency-events", type=int, default=300)
    parser.add_argument("--isolation-events", type=int, default=40)
    args = parser.parse_args()
    logging.getLogger("alerts").setLevel(logging.ERROR)  # the hostile receivers' failures
    rng = random.Random(1)
    gaz = Gazetteer.default()
    subs = make_subscriptions(gaz, args.subs, rng)
    events = make_events(gaz, args.events, rng)
    dicts = [e.to_dict() for e in events]
    matcher = Matcher(subs, gaz)
    indexed = time_matching(matcher, dicts, linear=False)
    linear = time_matching(matcher, dicts[: max(200, args.events // 10)], linear=True)
    with tempfile.TemporaryDirectory() as tmp:
        server = start_embedded(Path(tmp) / "redis")
        client = redis.Redis(unix_socket_path=server.socket_file, decode_responses=True)
        routed, enqueued = time_routing(client, "idx", matcher, events)
        lin_events = events[: max(200, args.events // 10)]
        routed_linear, _ = time_routing(client, "lin", LinearMatcher(subs, gaz), lin_events)
        latency = time_latency(client, Path(tmp), gaz, args.latency_events)
        alone = time_isolation(client, Path(tmp), gaz, args.isolation_events, hostile=False)
        beside = time_isolation(client, Path(tmp), gaz, args.isolation_events, hostile=True)
        client.close()
        server.close()
    rows = [
        ("subscriptions", f"{args.subs:,}"),
        ("matching only, index (events/s)", f"{indexed:,.0f}"),
        ("matching only, linear scan (events/s)", f"{linear:,.0f}"),
        ("matching speed-up (index / linear)", f"{indexed / linear:,.1f}x"),
        ("routed via Redis, index (events/s)", f"{routed:,.0f}"),
        ("routed via Redis, linear scan (events/s)", f"{routed_linear:,.0f}"),
        ("routing speed-up (index / linear)", f"{routed / routed_linear:,.1f}x"),
        ("deliveries enqueued per event (mean)", f"{enqueued / len(events):.1f}"),
        *((k + " (ms)", f"{v * 1000:.1f}") for k, v in latency.items()),
        *_isolation_rows(alone, beside),
        *guard_and_secrets(gaz).items(),
    ]
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
