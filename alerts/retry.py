"""The retry stage: wraps the send stage; a failure becomes a later attempt or a dead letter.

A failing head entry blocks its own subscription's queue (order is kept) until its next
attempt, after an exponential, fully jittered delay; no worker waits meanwhile: the
subscription is simply not picked until then.  After ``retry_for`` seconds of failures
the entry goes to the dead-letter stream and the queue moves on.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

import redis

from alerts import keys
from alerts.channels import ChannelError
from alerts.redis_util import text_client
from alerts.stages import DEAD, RETRY, Job, Stage, record
from alerts.store import DeliveryLog
from crawler.clock import Clock

log = logging.getLogger("alerts.delivery")


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: uniform(0, min(cap, base * 2**(attempt-1)))."""

    base: float
    cap: float
    rng: random.Random

    def delay(self, attempt: int) -> float:
        return self.rng.uniform(0, min(self.cap, self.base * 2 ** min(attempt - 1, 60)))


class Retry:
    def __init__(
        self, send: Stage, client: redis.Redis, prefix: str, log_store: DeliveryLog,
        *, retry_for: float, backoff: Backoff, clock: Clock,
    ) -> None:
        self.send = send
        self.client = text_client(client)
        self.prefix = prefix
        self.log = log_store
        self.retry_for = retry_for
        self.backoff = backoff
        self.clock = clock

    def __call__(self, job: Job) -> Job | str:
        state = self._state(job)
        job = job.with_(attempt=int(state.get("attempts", 0)) + 1)
        try:
            return self.send(job)
        except ChannelError as exc:
            return self._failed(job, state, exc)

    def _state(self, job: Job) -> dict[str, str]:
        state: dict[str, str] = self.client.hgetall(keys.retry_state(self.prefix, job.sub.id))
        return state if state.get("entry_id") == job.entry.entry_id else {}

    def _failed(self, job: Job, state: dict[str, str], exc: ChannelError) -> str:
        now = self.clock().timestamp()
        first = float(state.get("first_at", now))
        error = str(exc)
        log.warning("delivery %s failed (attempt %d): %s", job.key, job.attempt, exc.detail)
        if now - first >= self.retry_for:
            self._dead_letter(job, error)
            record(self.log, job, "dead", attempts=job.attempt, error=error)
            return DEAD
        self.client.hset(keys.retry_state(self.prefix, job.sub.id), mapping={
            "entry_id": job.entry.entry_id, "attempts": job.attempt, "first_at": first,
            "next_at": now + self.backoff.delay(job.attempt), "error": error,
        })
        record(self.log, job, "retrying", attempts=job.attempt, error=error)
        return RETRY

    def _dead_letter(self, job: Job, error: str) -> None:
        entry = job.entry
        pipe = self.client.pipeline(transaction=True)
        pipe.xadd(keys.dead_letters(self.prefix), {
            **entry.fields, "subscription_id": job.sub.id, "queue_entry": entry.entry_id,
            "attempts": str(job.attempt), "error": error,
            "dead_at": f"{self.clock().timestamp():.3f}",
        })
        pipe.xack(entry.queue, keys.DELIVERY_GROUP, entry.entry_id)
        pipe.delete(keys.retry_state(self.prefix, job.sub.id))
        pipe.execute()
