"""The dead-letter stream: deliveries that failed for longer than ``retry_for``."""

from __future__ import annotations

from typing import Any

import redis

from alerts import keys
from alerts.redis_util import text_client

_META = ("subscription_id", "queue_entry", "attempts", "error", "dead_at")


def list_dead(client: redis.Redis, prefix: str, count: int = 100) -> list[dict[str, Any]]:
    """Dead letters, oldest first, without the (large) event bodies."""
    r = text_client(client)
    out = []
    for entry_id, fields in r.xrange(keys.dead_letters(prefix), count=count):
        row: dict[str, Any] = {"id": entry_id}
        row.update({k: v for k, v in fields.items() if k not in ("event", "items")})
        out.append(row)
    return out


def retry_dead(client: redis.Redis, prefix: str, ids: list[str] | None = None) -> int:
    """Put dead letters back on their subscription's queue (all, or the given ids)."""
    r = text_client(client)
    stream = keys.dead_letters(prefix)
    entries = r.xrange(stream) if not ids else _by_ids(r, stream, ids)
    for entry_id, fields in entries:
        sub_id = fields["subscription_id"]
        delivery = {k: v for k, v in fields.items() if k not in _META}
        pipe = r.pipeline(transaction=True)
        pipe.xadd(keys.delivery_queue(prefix, sub_id), delivery)
        pipe.sadd(keys.active_set(prefix), sub_id)
        pipe.xdel(stream, entry_id)
        pipe.execute()
    return len(entries)


def _by_ids(client: Any, stream: str, ids: list[str]) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    for entry_id in ids:
        found.extend(client.xrange(stream, min=entry_id, max=entry_id))
    return found
