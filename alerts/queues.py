"""A subscription's delivery queue in Redis: its head entry, acknowledgement, lease.

The queue is a stream read in one consumer group; the worker holding the lease of a
subscription is the only one reading it, so entries leave in order.
"""

from __future__ import annotations

import redis

from alerts import keys
from alerts.redis_util import acquire, claimed_entries, ensure_group, release, text_client
from alerts.stages import Entry


class Queues:
    def __init__(self, client: redis.Redis, prefix: str, consumer: str) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.consumer = consumer

    def name(self, sub_id: str) -> str:
        return keys.delivery_queue(self.prefix, sub_id)

    def lease(self, sub_id: str, token: str, lease_ms: int) -> bool:
        return acquire(self.client, keys.delivery_lock(self.prefix, sub_id), token, lease_ms)

    def release(self, sub_id: str, token: str) -> None:
        release(self.client, keys.delivery_lock(self.prefix, sub_id), token)

    def head(self, sub_id: str) -> Entry | None:
        """The oldest entry not yet acknowledged (claimed from anyone), else the next one."""
        queue = self.name(sub_id)
        ensure_group(self.client, queue, keys.DELIVERY_GROUP)
        # We hold the lease, so any pending entry is orphaned (ours or a dead worker's):
        # the oldest one is the head of the queue and must go first.
        reply = self.client.xautoclaim(
            queue, keys.DELIVERY_GROUP, self.consumer, min_idle_time=0, start_id="0-0", count=1
        )
        for entry_id, fields in claimed_entries(reply):
            if fields:
                return Entry(queue, entry_id, fields)
            self.client.xack(queue, keys.DELIVERY_GROUP, entry_id)  # deleted meanwhile
        fresh = self.client.xreadgroup(keys.DELIVERY_GROUP, self.consumer, {queue: ">"}, count=1)
        if fresh and fresh[0][1]:
            entry_id, fields = fresh[0][1][0]
            return Entry(queue, entry_id, fields)
        return None

    def ack(self, entry: Entry, outcome: str) -> str:
        self.client.xack(entry.queue, keys.DELIVERY_GROUP, entry.entry_id)
        return outcome

    def drop(self, sub_id: str) -> None:
        """A removed subscription's queue is of no use to anyone."""
        self.client.delete(self.name(sub_id), keys.retry_state(self.prefix, sub_id))
        self.client.srem(keys.active_set(self.prefix), sub_id)

    def deactivate(self, sub_id: str) -> None:
        # Remove, then look again: an enqueue racing with us re-adds itself after XADD.
        self.client.srem(keys.active_set(self.prefix), sub_id)
        if self._has_work(self.name(sub_id)):
            self.client.sadd(keys.active_set(self.prefix), sub_id)

    def _has_work(self, queue: str) -> bool:
        groups = self.client.xinfo_groups(queue)
        group = next((g for g in groups if g["name"] == keys.DELIVERY_GROUP), None)
        if group is None or int(group["pending"]):
            return True
        last = str(group["last-delivered-id"])
        return bool(self.client.xrange(queue, min=f"({last}", count=1))

    def active(self) -> list[str]:
        return sorted(str(s) for s in self.client.smembers(keys.active_set(self.prefix)))

    def next_attempts(self, sub_ids: list[str]) -> dict[str, float]:
        """When each backing-off subscription may be tried again (epoch seconds)."""
        pipe = self.client.pipeline(transaction=False)
        for sub_id in sub_ids:
            pipe.hget(keys.retry_state(self.prefix, sub_id), "next_at")
        return {s: float(t) for s, t in zip(sub_ids, pipe.execute(), strict=True) if t}
