"""Every Redis key, stream and consumer-group name the alerting stage uses.

Nobody else builds these strings: a reader who wants to know what lives in Redis reads
this file.  All keys start with the instance's prefix.
"""

from __future__ import annotations

from pipeline.publish import events_stream

__all__ = [
    "DELIVERY_GROUP",
    "ROUTER_GROUP",
    "SUBSCRIBER_STREAM_MAXLEN",
    "active_set",
    "dead_letters",
    "delivery_lock",
    "delivery_queue",
    "digest_bucket",
    "digest_set",
    "events_stream",
    "retry_state",
    "subscriber_stream",
]

# The router's consumer group on the pipeline's events stream.
ROUTER_GROUP = "alerts-router"
# The delivery workers' consumer group on every per-subscription queue.
DELIVERY_GROUP = "alerts-delivery"
# A subscriber's own stream keeps this many alerts (approximate trim).
SUBSCRIBER_STREAM_MAXLEN = 10_000


def delivery_queue(prefix: str, subscription_id: str) -> str:
    """Deliveries waiting for one subscription, in the order they must arrive."""
    return f"{prefix}:alerts:q:{subscription_id}"


def active_set(prefix: str) -> str:
    """Ids of subscriptions whose queue may hold work (so workers skip the idle 10,000)."""
    return f"{prefix}:alerts:active"


def delivery_lock(prefix: str, subscription_id: str) -> str:
    """Lease of the one worker delivering a subscription right now (keeps order)."""
    return f"{prefix}:alerts:lock:{subscription_id}"


def retry_state(prefix: str, subscription_id: str) -> str:
    """Hash: the failing head entry of a queue, its attempts and when to try again."""
    return f"{prefix}:alerts:retry:{subscription_id}"


def digest_bucket(prefix: str, subscription_id: str) -> str:
    """List of held alerts (digest mode, quiet hours, replays) waiting for the next digest."""
    return f"{prefix}:alerts:digest:{subscription_id}"


def digest_set(prefix: str) -> str:
    """Ids of subscriptions whose digest bucket holds alerts."""
    return f"{prefix}:alerts:digesting"


def dead_letters(prefix: str) -> str:
    """Deliveries that failed for longer than ``retry_for``."""
    return f"{prefix}:alerts:dlq"


def subscriber_stream(prefix: str, subscription_id: str) -> str:
    """The subscriber's own stream (the ``redis`` channel), read with consumer groups."""
    return f"{prefix}:sub:{subscription_id}"
