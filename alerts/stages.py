"""Delivery as a chain of small stages behind one protocol (after Alertmanager's).

A stage takes a :class:`Job` (one entry of a subscription's queue, and what is known of
it so far) and either hands a job on or ends the chain with an outcome:

    dedup  ->  policy  ->  retry(send)

``dedup`` asks "should I send?" (the idempotency key), ``policy`` holds or suppresses
(digests, quiet hours, replays) and renders the message, ``send`` hands it to the
channel and records success only after it, ``retry`` turns a failure into a later
attempt or a dead letter.  Each acknowledges the queue entry when it ends the chain; an
attempt abandoned at shutdown (``alerts.attempt.Abandoned``) leaves it unacknowledged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from alerts.message import Alert, Delivery
from alerts.store import DeliveryLog
from alerts.subscriptions import Subscription

# Outcomes that end a chain.
SENT, HELD, SKIPPED, RETRY, DEAD = "sent", "held", "skipped", "retry", "dead"
# Statuses after which an (subscription, event, version) key is never acted on again.
FINAL = ("delivered", "held", "skipped")


@dataclass(frozen=True)
class Entry:
    """One entry of a subscription's delivery queue."""

    queue: str
    entry_id: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Job:
    """What the chain knows of one entry so far."""

    sub: Subscription
    entry: Entry
    alert: Alert | None = None  # None for a digest
    key: str = ""  # idempotency key: the webhook-id
    delivery: Delivery | None = None
    attempt: int = 1  # which attempt at sending this is (retry sets it)

    def with_(self, **changes: object) -> Job:
        return replace(self, **changes)  # type: ignore[arg-type]


class Stage(Protocol):
    def __call__(self, job: Job) -> Job | str:
        """The job for the next stage, or an outcome that ends the chain."""
        ...


def run_chain(stages: Sequence[Stage], job: Job) -> str:
    result: Job | str = job
    for stage in stages:
        assert isinstance(result, Job)
        result = stage(result)
        if isinstance(result, str):
            return result
    raise RuntimeError("a delivery chain must end in an outcome")


def record(log: DeliveryLog, job: Job, status: str, *, attempts: int = 0,
           error: str | None = None) -> None:
    """One row of delivery history for the job's key."""
    if job.delivery is not None:
        first = job.delivery.alerts[0]
        digest = job.delivery.kind == "digest"
        event_id = f"digest:{first.event_id}" if digest else first.event_id
        kind, version = job.delivery.kind, first.version
    else:
        assert job.alert is not None
        event_id, version = job.alert.event_id, job.alert.version
        kind = "update" if job.alert.update else "alert"
    log.record(job.key, sub_id=job.sub.id, event_id=event_id, version=version, kind=kind,
               status=status, attempts=attempts, error=error)
