"""Delivery workers: take each subscription's queue in order and hand it to its channel.

One worker at a time owns a subscription (a lease in Redis), so alerts arrive in queue
order.  For the head entry: "should I send?" (idempotency key not yet recorded as
delivered), send, record success, XACK.  A failure leaves the entry pending and blocks
the queue until the next attempt, after an exponential, fully jittered delay; after
``retry_for`` seconds of failures the entry goes to the dead-letter stream and the
queue moves on.  Entries left pending by a dead worker are claimed (XAUTOCLAIM) by the
next worker that takes the lease.
"""

from __future__ import annotations

import json
import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import redis

from alerts import digest, keys
from alerts.channels import Channel, ChannelError
from alerts.matching import severity
from alerts.message import Alert, Delivery, digest_key, idempotency_key, render_alert, render_digest
from alerts.redis_util import (
    acquire,
    claimed_entries,
    consumer_name,
    ensure_group,
    release,
    text_client,
)
from alerts.settings import AlertsSettings
from alerts.store import DeliveryLog
from alerts.subscriptions import Subscription

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# Statuses after which an (subscription, event, version) key is never acted on again.
FINAL = ("delivered", "held", "skipped")


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: uniform(0, min(cap, base * 2**(attempt-1)))."""

    base: float
    cap: float
    rng: random.Random

    def delay(self, attempt: int) -> float:
        return self.rng.uniform(0, min(self.cap, self.base * 2 ** min(attempt - 1, 60)))


class DeliveryWorker:
    def __init__(
        self,
        client: redis.Redis,
        prefix: str,
        settings: AlertsSettings,
        *,
        subscription: Callable[[str], Subscription | None],
        channel: Callable[[Subscription], Channel],
        log_store: DeliveryLog,
        clock: Clock,
        rng: random.Random,
        on_delivered: Callable[[Delivery, dict[str, str]], None] | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.settings = settings
        self.subscription = subscription
        self.channel = channel
        self.log = log_store
        self.clock = clock
        self.backoff = Backoff(settings.backoff_base, settings.backoff_max, rng)
        self.consumer = consumer_name("deliver", worker_id)
        # The lease is re-entrant for its token: the same worker_id after a restart takes
        # its own lease back at once.
        self.token = worker_id or uuid.uuid4().hex
        self.on_delivered = on_delivered
        self.handled = 0  # entries acted on (sent, held, skipped, dead): progress for drain()

    def deliver_once(self, max_per_subscription: int = 100) -> int:
        """One pass over every subscription with work; returns messages delivered."""
        self.flush_digests()
        done = 0
        for sub_id in sorted(self.client.smembers(keys.active_set(self.prefix))):
            done += self.work(str(sub_id), max_per_subscription)
        return done

    def flush_digests(self) -> int:
        moved = 0
        for sub_id in self.client.smembers(keys.digest_set(self.prefix)):
            sub = self.subscription(str(sub_id))
            if sub is not None and not sub.paused:
                moved += digest.flush(self.client, self.prefix, sub, self.clock())
        return moved

    def waiting(self) -> tuple[int, float | None]:
        """(subscriptions with queued work, earliest retry time as epoch seconds or None)."""
        active = self.client.smembers(keys.active_set(self.prefix))
        times = [self.client.hget(keys.retry_state(self.prefix, s), "next_at") for s in active]
        due = [float(t) for t in times if t is not None]
        return len(active), min(due) if due else None

    def work(self, sub_id: str, limit: int) -> int:
        """Deliver the head of one subscription's queue until empty, blocked or ``limit``."""
        sub = self.subscription(sub_id)
        queue = keys.delivery_queue(self.prefix, sub_id)
        if sub is None:  # removed: its queue is of no use to anyone
            self.client.delete(queue, keys.retry_state(self.prefix, sub_id))
            self.client.srem(keys.active_set(self.prefix), sub_id)
            return 0
        if sub.paused or self._backing_off(sub_id):
            return 0
        lock = keys.delivery_lock(self.prefix, sub_id)
        if not acquire(self.client, lock, self.token, self.settings.reclaim_idle * 1000):
            return 0
        try:
            return self._drain_queue(sub, queue, limit)
        finally:
            release(self.client, lock, self.token)

    def _backing_off(self, sub_id: str) -> bool:
        next_at = self.client.hget(keys.retry_state(self.prefix, sub_id), "next_at")
        return next_at is not None and float(next_at) > self.clock().timestamp()

    def _drain_queue(self, sub: Subscription, queue: str, limit: int) -> int:
        ensure_group(self.client, queue, keys.DELIVERY_GROUP)
        sent = 0
        for _ in range(limit):
            entry = self._next(queue)
            if entry is None:
                self._deactivate(sub.id, queue)
                break
            outcome = self.process(sub, queue, *entry)
            if outcome == "retry":
                break
            self.handled += 1
            sent += outcome == "sent"
        return sent

    def _next(self, queue: str) -> tuple[str, dict[str, str]] | None:
        # We hold the lease, so any pending entry is orphaned (ours or a dead worker's):
        # the oldest one is the head of the queue and must go first.
        reply = self.client.xautoclaim(
            queue, keys.DELIVERY_GROUP, self.consumer, min_idle_time=0, start_id="0-0", count=1
        )
        for entry_id, fields in claimed_entries(reply):
            if fields:
                return entry_id, fields
            self.client.xack(queue, keys.DELIVERY_GROUP, entry_id)  # deleted meanwhile
        fresh = self.client.xreadgroup(keys.DELIVERY_GROUP, self.consumer, {queue: ">"}, count=1)
        if fresh and fresh[0][1]:
            entry_id, fields = fresh[0][1][0]
            return entry_id, fields
        return None

    def _deactivate(self, sub_id: str, queue: str) -> None:
        # Remove, then look again: an enqueue racing with us re-adds itself after XADD.
        self.client.srem(keys.active_set(self.prefix), sub_id)
        if self._has_work(queue):
            self.client.sadd(keys.active_set(self.prefix), sub_id)

    def _has_work(self, queue: str) -> bool:
        groups = self.client.xinfo_groups(queue)
        group = next((g for g in groups if g["name"] == keys.DELIVERY_GROUP), None)
        if group is None or int(group["pending"]):
            return True
        last = str(group["last-delivered-id"])
        return bool(self.client.xrange(queue, min=f"({last}", count=1))

    def process(self, sub: Subscription, queue: str, entry_id: str, fields: dict[str, str]) -> str:
        """Decide and act on one queue entry: sent, held, skipped or retry."""
        if fields.get("kind") == "digest":
            return self._send(sub, queue, entry_id, fields, self._digest(sub, fields))
        alert = Alert(
            event_id=fields["event_id"], version=int(fields["version"]),
            event=json.loads(fields["event"]), replayed=fields.get("replayed") == "1",
        )
        key = idempotency_key(sub.id, alert.event_id, alert.version)
        if self.log.status(key) in FINAL:
            return self._ack(queue, entry_id, "skipped")
        highest = self.log.highest_delivered(sub.id, alert.event_id)
        if alert.version <= highest:  # an older version overtaken by a newer one
            return self._ack(queue, entry_id, "skipped")
        if highest and not sub.updates:
            self._record(sub, alert, key, "update", "skipped")
            return self._ack(queue, entry_id, "skipped")
        alert = Alert(**{**alert.__dict__, "update": bool(highest)})
        decision = self._policy(sub, alert)
        if decision != "send":
            return self._hold_or_skip(sub, queue, entry_id, alert, key, decision)
        kind = "update" if alert.update else "alert"
        text = render_alert(alert, sub.language, self.settings.map_url)
        delivery = Delivery(key, kind, sub.id, (alert,), text)
        return self._send(sub, queue, entry_id, fields, delivery)

    def _policy(self, sub: Subscription, alert: Alert) -> str:
        if alert.replayed and sub.replay_policy == "suppress":
            return "suppress"
        if (alert.replayed and sub.replay_policy == "digest") or sub.mode != "immediate":
            return "hold"
        quiet = digest.in_quiet_hours(sub, self.clock())
        if quiet and severity(alert.event) < sub.quiet_min_severity:
            return "hold"
        return "send"

    def _hold_or_skip(
        self, sub: Subscription, queue: str, entry_id: str, alert: Alert, key: str, decision: str
    ) -> str:
        kind = "update" if alert.update else "alert"
        if decision == "suppress":
            self._record(sub, alert, key, kind, "skipped")
            return self._ack(queue, entry_id, "skipped")
        pipe = self.client.pipeline(transaction=True)
        digest.hold(pipe, self.prefix, sub.id, alert, self.clock())
        pipe.xack(queue, keys.DELIVERY_GROUP, entry_id)
        pipe.execute()
        self._record(sub, alert, key, kind, "held")
        return "held"

    def _digest(self, sub: Subscription, fields: dict[str, str]) -> Delivery:
        items = json.loads(fields["items"])
        alerts = tuple(Alert.from_dict(item) for item in items)
        first = alerts[0]
        key = digest_key(sub.id, f"{first.event_id}.v{first.version}")
        text = render_digest(alerts, sub.language, self.settings.map_url)
        return Delivery(key, "digest", sub.id, alerts, text, {"window": fields.get("window")})

    def _send(
        self, sub: Subscription, queue: str, entry_id: str, fields: dict[str, str],
        delivery: Delivery,
    ) -> str:
        if self.log.delivered(delivery.key):
            return self._ack(queue, entry_id, "skipped")
        state = self._retry_state(sub.id, entry_id)
        attempts = int(state.get("attempts", 0)) + 1
        try:
            self.channel(sub).send(delivery)
        except ChannelError as exc:
            return self._failed(sub, queue, entry_id, fields, delivery, state, attempts, str(exc))
        self._record_delivery(delivery, "delivered", attempts, None)
        self.client.delete(keys.retry_state(self.prefix, sub.id))
        self._ack(queue, entry_id, "sent")
        if self.on_delivered is not None:
            self.on_delivered(delivery, fields)
        return "sent"

    def _failed(
        self, sub: Subscription, queue: str, entry_id: str, fields: dict[str, str],
        delivery: Delivery, state: dict[str, str], attempts: int, error: str,
    ) -> str:
        now = self.clock().timestamp()
        first = float(state.get("first_at", now))
        log.warning(
            "delivery %s failed (attempt %d): %s", delivery.key, attempts, error
        )
        if now - first >= self.settings.retry_for:
            self._dead_letter(sub, queue, entry_id, fields, attempts, error)
            self._record_delivery(delivery, "dead", attempts, error)
            return "dead"
        self.client.hset(keys.retry_state(self.prefix, sub.id), mapping={
            "entry_id": entry_id, "attempts": attempts, "first_at": first,
            "next_at": now + self.backoff.delay(attempts), "error": error,
        })
        self._record_delivery(delivery, "retrying", attempts, error)
        return "retry"

    def _dead_letter(
        self, sub: Subscription, queue: str, entry_id: str, fields: dict[str, str],
        attempts: int, error: str,
    ) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.xadd(keys.dead_letters(self.prefix), {
            **fields, "subscription_id": sub.id, "queue_entry": entry_id,
            "attempts": str(attempts), "error": error,
            "dead_at": f"{self.clock().timestamp():.3f}",
        })
        pipe.xack(queue, keys.DELIVERY_GROUP, entry_id)
        pipe.delete(keys.retry_state(self.prefix, sub.id))
        pipe.execute()

    def _retry_state(self, sub_id: str, entry_id: str) -> dict[str, str]:
        state: dict[str, str] = self.client.hgetall(keys.retry_state(self.prefix, sub_id))
        return state if state.get("entry_id") == entry_id else {}

    def _ack(self, queue: str, entry_id: str, outcome: str) -> str:
        self.client.xack(queue, keys.DELIVERY_GROUP, entry_id)
        return outcome

    def _record(self, sub: Subscription, alert: Alert, key: str, kind: str, status: str) -> None:
        self.log.record(key, sub_id=sub.id, event_id=alert.event_id, version=alert.version,
                        kind=kind, status=status, attempts=0)

    def _record_delivery(self, d: Delivery, status: str, attempts: int, error: str | None) -> None:
        first = d.alerts[0]
        event_id = first.event_id if d.kind != "digest" else f"digest:{first.event_id}"
        self.log.record(d.key, sub_id=d.subscription_id, event_id=event_id, version=first.version,
                        kind=d.kind, status=status, attempts=attempts, error=error)
