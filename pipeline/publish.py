"""The events stream: where the pipeline announces every new or updated event.

Alerting reads this stream in a consumer group; the pipeline never imports ``alerts``.
Each entry has the fields ``event_id``, ``version``, ``event`` (JSON of
:meth:`StoredEvent.to_dict`) and ``replayed`` (``"1"`` or ``"0"``).

A version goes on the stream once, whoever announces it: the worker that stored it, or any
instance's outbox relay that found it unmarked (the relay can run between another worker's
commit and its mark, or on two instances at once after Redis was down). The announcement
and a marker key are written by one script, so the second announcer finds the marker.
"""

from __future__ import annotations

import json
from typing import Any

import redis

from pipeline.models import StoredEvent

# Bounded: consumers read within seconds; the database keeps the full record.
EVENTS_STREAM_MAXLEN = 100_000
# How long a version's "announced" marker lives: far beyond any relay's lag. After it, a
# repeat would still be skipped by the delivery log (alerts' idempotency keys).
ANNOUNCED_TTL_MS = 7 * 24 * 3600 * 1000

# KEYS: stream, marker. ARGV: ttl, maxlen, then the fields as name, value pairs.
_ADD_ONCE = (
    "if not redis.call('set', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return false end "
    "return redis.call('xadd', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', unpack(ARGV, 3))"
)


def events_stream(prefix: str) -> str:
    return f"{prefix}:events"


def announced_key(prefix: str, event_id: str, version: int) -> str:
    return f"{prefix}:announced:{event_id}:{version}"


def publish_event(
    client: redis.Redis, prefix: str, stored: StoredEvent, *, replayed: bool = False
) -> str:
    """XADD one event version unless it was announced already; returns the stream entry id,
    or ``""`` when an earlier announcement of this version stands."""
    fields: dict[Any, Any] = {
        "event_id": stored.id,
        "version": str(stored.version),
        "event": json.dumps(stored.to_dict(), ensure_ascii=False),
        "replayed": "1" if replayed else "0",
    }
    flat = [part for pair in fields.items() for part in pair]
    entry = client.eval(_ADD_ONCE, 2, events_stream(prefix),
                        announced_key(prefix, stored.id, stored.version),
                        ANNOUNCED_TTL_MS, EVENTS_STREAM_MAXLEN, *flat)  # fmt: skip
    if entry is None:
        return ""
    return entry.decode() if isinstance(entry, bytes) else str(entry)
