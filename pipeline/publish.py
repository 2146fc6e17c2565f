"""The events stream: where the pipeline announces every new or updated event.

Alerting reads this stream in a consumer group; the pipeline never imports ``alerts``.
Each entry has the fields ``event_id``, ``version``, ``event`` (JSON of
:meth:`StoredEvent.to_dict`) and ``replayed`` (``"1"`` or ``"0"``).
"""

from __future__ import annotations

import json
from typing import Any

import redis

from pipeline.models import StoredEvent

# Bounded: consumers read within seconds; the database keeps the full record.
EVENTS_STREAM_MAXLEN = 100_000


def events_stream(prefix: str) -> str:
    return f"{prefix}:events"


def publish_event(
    client: redis.Redis, prefix: str, stored: StoredEvent, *, replayed: bool = False
) -> str:
    """XADD one event version; returns the stream entry id."""
    fields: dict[Any, Any] = {
        "event_id": stored.id,
        "version": str(stored.version),
        "event": json.dumps(stored.to_dict(), ensure_ascii=False),
        "replayed": "1" if replayed else "0",
    }
    entry = client.xadd(
        events_stream(prefix), fields, maxlen=EVENTS_STREAM_MAXLEN, approximate=True
    )
    return str(entry)
