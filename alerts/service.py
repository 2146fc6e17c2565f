"""The alerting stage as one object: router, delivery workers and their shared state.

``AlertService.from_settings(...)`` is what the daemon, the CLI and the demo build.
``drain()`` routes and delivers until nothing is left to do (for commands and tests);
the daemon calls ``route_once``/``deliver_once``/``reclaim`` on its schedule.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import redis
from sqlalchemy import Engine

from alerts.attempt import AttemptControl
from alerts.channels import Channel
from alerts.channels.apprise_channel import AppriseChannel
from alerts.channels.redis_stream import RedisStreamChannel, read_tail
from alerts.channels.webhook import WebhookChannel
from alerts.delivery import DeliveryWorker
from alerts.matching import Matcher
from alerts.message import Delivery
from alerts.netguard import OutboundGuard
from alerts.redact import REDACTOR
from alerts.redis_util import consumer_name
from alerts.router import Router
from alerts.settings import AlertsSettings
from alerts.store import DeliveryLog, SubscriptionStore
from alerts.subscriptions import GazetteerLike, Subscription, default_gazetteer
from crawler.clock import Clock, utcnow

REFRESH_SECONDS = 1.0  # how stale the subscription cache may get (CLI edits from elsewhere)


class AlertService:
    def __init__(
        self,
        settings: AlertsSettings,
        store: SubscriptionStore,
        log_store: DeliveryLog,
        client: redis.Redis,
        prefix: str,
        *,
        clock: Clock = utcnow,
        rng: random.Random | None = None,
        gazetteer: GazetteerLike | None = None,
        channel: Callable[[Subscription], Channel] | None = None,
        worker_id: str | None = None,
        guard: OutboundGuard | None = None,
    ) -> None:
        self.settings = settings
        self.guard = guard or store.guard
        self.control = AttemptControl()
        self._refresh_lock = threading.Lock()
        self.store = store
        self.client = client
        self.prefix = prefix
        self.clock = clock
        self._gazetteer = gazetteer
        self._subs: dict[str, Subscription] = {}
        self._matcher: Matcher | None = None
        self._fingerprint: tuple[int, str] | None = None
        self._checked = 0.0
        self.latencies: deque[float] = deque(maxlen=10_000)  # seconds, enqueue -> accepted
        # A stable worker_id (the daemon keeps one in its data directory) lets a restarted
        # process resume its own unacknowledged work at once instead of after reclaim_idle.
        self.router = Router(
            client, prefix, self.matcher, reclaim_idle_ms=settings.reclaim_idle * 1000,
            consumer=consumer_name("router", worker_id),
        )
        self.worker = DeliveryWorker(
            client,
            prefix,
            settings,
            subscription=self.subscription,
            channel=channel or self.make_channel,
            log_store=log_store,
            clock=clock,
            rng=rng or random.Random(),
            on_delivered=self._measure,
            worker_id=worker_id,
            control=self.control,
        )

    @classmethod
    def from_settings(
        cls,
        settings: AlertsSettings,
        engine: Engine,
        redis: redis.Redis,
        prefix: str,
        clock: Clock = utcnow,
        rng: random.Random | None = None,
        gazetteer: GazetteerLike | None = None,
        worker_id: str | None = None,
        guard: OutboundGuard | None = None,
    ) -> AlertService:
        loader = gazetteer if gazetteer is not None else default_gazetteer
        store = SubscriptionStore(
            engine,
            gazetteer=loader,
            guard=guard or OutboundGuard(allow_private=settings.allow_private_webhooks),
            clock=clock,
        )
        return cls(
            settings,
            store,
            DeliveryLog(engine, clock=clock),
            redis,
            prefix,
            clock=clock,
            rng=rng,
            gazetteer=gazetteer,
            worker_id=worker_id,
        )

    # -- subscriptions, cached and refreshed when the table changes -----------------------

    def refresh(self, force: bool = False) -> None:
        with self._refresh_lock:  # lanes ask from several threads
            now = time.monotonic()
            if not force and now - self._checked < REFRESH_SECONDS:
                return
            self._checked = now
            fingerprint = self.store.fingerprint()
            if force or fingerprint != self._fingerprint:
                subs = {s.id: s for s in self.store.list()}
                for sub in subs.values():  # their secrets stay out of every log line
                    REDACTOR.add([sub.secret])
                    REDACTOR.add_url(sub.channel)
                self._subs = subs
                self._matcher = None
                self._fingerprint = fingerprint

    def subscription(self, sub_id: str) -> Subscription | None:
        self.refresh()
        return self._subs.get(sub_id)

    def matcher(self) -> Matcher:
        self.refresh()
        if self._matcher is None:
            if self._gazetteer is None and self._subs:
                self._gazetteer = default_gazetteer()
            self._matcher = Matcher(self._subs.values(), self._gazetteer or _NoPlaces())
        return self._matcher

    def make_channel(self, sub: Subscription) -> Channel:
        if sub.channel_kind == "redis":
            return RedisStreamChannel(self.client, self.prefix, sub.id)
        return make_network_channel(sub, self.settings, self.guard, self.control, self.clock)

    # -- the loop ---------------------------------------------------------------------------

    def route_once(self, block_ms: int = 0) -> int:
        return self.router.route_once(block_ms)

    def deliver_once(self) -> int:
        """One delivery pass, waiting for its lanes; returns messages delivered."""
        return self.worker.deliver_once(wait=True)

    def dispatch(self) -> int:
        """One delivery pass that waits for nothing (the daemon's loop): lanes start for
        subscriptions with due work; returns messages delivered by lanes that ended since
        the last call."""
        return self.worker.deliver_once(wait=False)

    def stop(self, timeout: float = 2.0) -> bool:
        """Abandon attempts in flight without acknowledging them (redelivered after the
        restart, same ``webhook-id``) and wait up to ``timeout`` s for the lanes."""
        return self.worker.stop(timeout)

    def reclaim(self) -> int:
        """Route events a dead router left unacknowledged (idle > ``reclaim_idle``)."""
        return self.router.reclaim()

    def drain(self, timeout: float = 10.0) -> int:
        """Route and deliver until nothing is left to do now, or ``timeout`` s have passed
        (attempts still in flight then are abandoned, to be delivered later); returns
        messages delivered."""
        deadline = time.monotonic() + timeout
        delivered = 0
        self.reclaim()
        try:
            while (left := deadline - time.monotonic()) > 0:
                handled = self.worker.handled
                routed = self.route_once()
                delivered += self.worker.deliver_once(wait=True, timeout=left)
                if routed or self.worker.handled != handled or self.router.unread():
                    continue
                wait = self._retry_wait()
                if wait is None or time.monotonic() + wait > deadline:
                    break
                time.sleep(max(wait, 0.01))
        finally:
            if self.worker.lanes.busy():
                self.worker.stop(timeout=1.0)
                self.control.resume()
        return delivered

    def _retry_wait(self) -> float | None:
        """Seconds until the earliest retry is due, None when no retry is waiting."""
        _, next_at = self.worker.waiting()
        if next_at is None:
            return None
        return min(max(next_at - self.clock().timestamp(), 0.0), 1.0)

    def tail(self, subscription_id: str, count: int = 20) -> list[dict[str, Any]]:
        sub = self.store.get(subscription_id)
        return read_tail(self.client, self.prefix, sub.id, count)

    def _measure(self, delivery: Delivery, fields: dict[str, str]) -> None:
        routed_at = fields.get("routed_at")
        if routed_at:
            self.latencies.append(time.time() - float(routed_at))


def make_network_channel(
    sub: Subscription, settings: AlertsSettings, guard: OutboundGuard,
    control: AttemptControl, clock: Clock,
) -> Channel:
    """The webhook or Apprise channel of ``sub``, under the guard and one deadline."""
    REDACTOR.add([sub.secret])  # whoever builds it, its tokens stay out of the logs
    REDACTOR.add_url(sub.channel)
    if sub.channel_kind == "webhook":
        return WebhookChannel(sub.channel, sub.secret, timeout=settings.webhook_timeout,
                              guard=guard, control=control, clock=clock)
    return AppriseChannel(sub.channel, sub.language, timeout=settings.webhook_timeout,
                          guard=guard, control=control)


class _NoPlaces:
    """Stands in for the gazetteer while no subscription needs one."""

    def get(self, pcode: str) -> Any:
        return None

    def contains(self, region_pcode: str, pcode: str) -> bool:
        return False

    def resolve(self, name: str) -> list[Any]:
        return []
