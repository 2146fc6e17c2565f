"""The router: reads the events stream in a consumer group and enqueues deliveries.

For each event entry it matches subscriptions and, in one MULTI/EXEC transaction per
batch, XADDs a delivery to each matching subscription's queue and XACKs the event
entries: either both happen or neither, so a crash re-routes the entries (after
XAUTOCLAIM) without duplicating what was already enqueued.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

import redis

from alerts import keys
from alerts.matching import Matcher
from alerts.redis_util import claimed_entries, consumer_name, ensure_group, text_client

log = logging.getLogger(__name__)


class Router:
    def __init__(
        self,
        client: redis.Redis,
        prefix: str,
        matcher: Callable[[], Matcher],
        *,
        reclaim_idle_ms: int = 60_000,
        batch: int = 200,
        consumer: str | None = None,
    ) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.matcher = matcher
        self.reclaim_idle_ms = reclaim_idle_ms
        self.batch = batch
        self.consumer = consumer or consumer_name("router")
        self.stream = keys.events_stream(prefix)
        self._resumed = False
        ensure_group(client, self.stream, keys.ROUTER_GROUP)

    def route_once(self, block_ms: int = 0) -> int:
        """Route up to ``batch`` new events; returns how many entries were handled."""
        if not self._resumed:  # our own backlog first, one batch per call
            if handled := self.resume():
                return handled
            self._resumed = True
        return self._read_and_route(">", block_ms)

    def resume(self) -> int:
        """Route what this very consumer read before a crash and never acknowledged.

        Only a consumer with a stable name (see ``newswatch.instance``) ever finds any.
        """
        return self._read_and_route("0")

    def _read_and_route(self, start: str, block_ms: int = 0) -> int:
        """``start`` ">" reads new entries; "0" re-reads this consumer's pending ones."""
        reply = self.client.xreadgroup(
            keys.ROUTER_GROUP, self.consumer, {self.stream: start},
            count=self.batch, block=block_ms or None,
        )
        entries = reply[0][1] if reply else []
        if entries:
            self.route_entries(entries)
        return len(entries)

    def reclaim(self) -> int:
        """Take over events a dead router read but never acknowledged, and route them."""
        handled, start = 0, "0-0"
        while True:
            reply = self.client.xautoclaim(
                self.stream, keys.ROUTER_GROUP, self.consumer,
                min_idle_time=self.reclaim_idle_ms, start_id=start, count=self.batch,
            )
            entries = claimed_entries(reply)
            if entries:
                self.route_entries(entries)
                handled += len(entries)
            start = reply[0]
            if start in ("0-0", b"0-0"):
                return handled

    def unread(self) -> int:
        """Events no router has read yet (pending ones of a dead router: see ``reclaim``)."""
        for group in self.client.xinfo_groups(self.stream):
            if group["name"] == keys.ROUTER_GROUP:
                lag = group.get("lag")
                if lag is not None:
                    return int(lag)
                # Redis 6.2 has no "lag": count the entries after the last delivered id.
                last = str(group["last-delivered-id"])
                return len(self.client.xrange(self.stream, min=f"({last}", count=self.batch))
        return 0

    def route_entries(self, entries: list[tuple[str, dict[str, str] | None]]) -> int:
        """Enqueue events for every matching subscription and acknowledge them, atomically.

        One MULTI/EXEC for the whole batch: one round trip, and all or nothing.
        """
        pipe = self.client.pipeline(transaction=True)
        touched: set[str] = set()
        matcher = self.matcher()
        for entry_id, fields in entries:
            event = _event(entry_id, fields)
            if event is not None and fields is not None:
                delivery = _delivery(fields)
                for sub in matcher.match(event):
                    pipe.xadd(keys.delivery_queue(self.prefix, sub.id), delivery)
                    touched.add(sub.id)
        if touched:
            pipe.sadd(keys.active_set(self.prefix), *touched)
        pipe.xack(self.stream, keys.ROUTER_GROUP, *[entry_id for entry_id, _ in entries])
        pipe.execute()
        return len(touched)


def _delivery(fields: dict[str, str]) -> dict[str, str]:
    return {
        "kind": "event",
        "event_id": fields["event_id"],
        "version": fields["version"],
        "event": fields["event"],
        "replayed": fields.get("replayed", "0"),
        "routed_at": f"{time.time():.6f}",  # for the enqueue-to-delivery latency
    }


def _event(entry_id: str, fields: dict[str, str] | None) -> dict[str, Any] | None:
    if not fields:
        return None
    try:
        event = json.loads(fields["event"])
        int(fields["version"])
        str(fields["event_id"])
    except (KeyError, ValueError, TypeError):
        # A malformed entry can never be routed; acknowledging it keeps it from blocking.
        log.warning("events entry %s is malformed; skipped", entry_id)
        return None
    return event if isinstance(event, dict) else None
