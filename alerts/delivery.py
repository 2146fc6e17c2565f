"""Delivery workers: each subscription's queue, in order, through the chain of stages.

    pick subscriptions with work  ->  one lane each (bounded, side by side)
    lane: lease, then head entry after head entry:  dedup -> policy -> retry(send)

One worker at a time owns a subscription (a lease in Redis), so alerts arrive in queue
order; subscriptions do not wait for each other (``alerts.lanes``).  Each network send is
one attempt under ``alerts.webhook_timeout`` as a whole (``alerts.attempt``).  A failure
leaves its entry pending and the subscription backing off (``alerts.retry``); entries
left pending by a dead worker are claimed by the next worker that takes the lease.
A stop abandons attempts in flight without acknowledging them.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable
from datetime import datetime

import redis

from alerts import digest, keys
from alerts.attempt import AttemptControl
from alerts.channels import Channel
from alerts.dedup import Dedup
from alerts.lanes import Lanes
from alerts.message import Delivery
from alerts.policy import Policy
from alerts.queues import Queues
from alerts.redis_util import consumer_name, text_client
from alerts.retry import Backoff, Retry
from alerts.send import Send
from alerts.settings import AlertsSettings
from alerts.stages import RETRY, SENT, Entry, Job, Stage, run_chain
from alerts.store import DeliveryLog
from alerts.subscriptions import Subscription

Clock = Callable[[], datetime]
__all__ = ["Backoff", "DeliveryWorker"]


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
        control: AttemptControl | None = None,
    ) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.settings = settings
        self.subscription = subscription
        self.log = log_store
        self.clock = clock
        self.control = control or AttemptControl()
        self.queues = Queues(client, prefix, consumer_name("deliver", worker_id))
        # The lease is re-entrant for its token: the same worker_id after a restart takes
        # its own lease back at once.
        self.token = worker_id or uuid.uuid4().hex
        send = Send(client, prefix, log_store, self.queues, channel, on_delivered)
        retry = Retry(send, client, prefix, log_store, retry_for=settings.retry_for,
                      backoff=Backoff(settings.backoff_base, settings.backoff_max, rng),
                      clock=clock)
        self.stages: list[Stage] = [
            Dedup(log_store, self.queues, settings.map_url),
            Policy(client, prefix, log_store, clock, settings.map_url),
            retry,
        ]
        self.lanes = Lanes(settings.delivery_workers, self.work)
        self.limit = 100  # entries per lane before it makes room for others
        self._handled = 0  # entries acted on (sent, held, skipped, dead): progress for drain()
        self._count = threading.Lock()

    @property
    def handled(self) -> int:
        return self._handled

    def deliver_once(self, *, wait: bool = True, timeout: float | None = None) -> int:
        """One pass: a lane for every subscription with work that is due.

        ``wait``: until those lanes end (at most ``timeout`` s); returns messages sent by
        them.  Otherwise returns at once, with the messages sent by lanes of earlier
        passes that ended since (the daemon's loop).
        """
        self.flush_digests()
        futures = [self.lanes.submit(s, collect=not wait) for s in self.due()]
        if not wait:
            return self.lanes.collect()
        return self.lanes.wait(futures, timeout)

    def due(self) -> list[str]:
        """Subscriptions with queued work, not in a lane already, not backing off."""
        active = [s for s in self.queues.active() if s not in self.lanes.busy()]
        now = self.clock().timestamp()
        later = self.queues.next_attempts(active)
        return [s for s in active if later.get(s, 0.0) <= now]

    def flush_digests(self) -> int:
        moved = 0
        for sub_id in self.client.smembers(keys.digest_set(self.prefix)):
            sub = self.subscription(str(sub_id))
            if sub is not None and not sub.paused:
                moved += digest.flush(self.client, self.prefix, sub, self.clock())
        return moved

    def waiting(self) -> tuple[int, float | None]:
        """(subscriptions with queued work, earliest retry time as epoch seconds or None)."""
        active = self.queues.active()
        due = self.queues.next_attempts(active)
        return len(active), min(due.values()) if due else None

    def stop(self, timeout: float) -> bool:
        """Abandon attempts in flight (unacknowledged) and wait up to ``timeout`` for the
        lanes to end.  True when they did."""
        self.control.cancel_all()
        return self.lanes.join(timeout)

    def work(self, sub_id: str, limit: int | None = None) -> int:
        """One lane: the head of one subscription's queue until empty, blocked or ``limit``."""
        sub = self.subscription(sub_id)
        if sub is None:
            self.queues.drop(sub_id)
            return 0
        if sub.paused or self._backing_off(sub_id):
            return 0
        if not self.queues.lease(sub_id, self.token, self.settings.reclaim_idle * 1000):
            return 0
        try:
            return self._drain(sub, limit or self.limit)
        finally:
            self.queues.release(sub_id, self.token)

    def _backing_off(self, sub_id: str) -> bool:
        next_at = self.queues.next_attempts([sub_id]).get(sub_id)
        return next_at is not None and next_at > self.clock().timestamp()

    def _drain(self, sub: Subscription, limit: int) -> int:
        sent = 0
        for _ in range(limit):
            if self.control.stopped:
                break
            entry = self.queues.head(sub.id)
            if entry is None:
                self.queues.deactivate(sub.id)
                break
            outcome = self.process(sub, entry)
            if outcome == RETRY:
                break
            with self._count:
                self._handled += 1
            sent += outcome == SENT
        return sent

    def process(self, sub: Subscription, entry: Entry) -> str:
        """Decide and act on one queue entry: sent, held, skipped, retry or dead."""
        return run_chain(self.stages, Job(sub, entry))

