"""Small Redis helpers shared by the router and the delivery workers."""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any

import redis

# Release a lease only if we still hold it (another worker may have taken it over).
_RELEASE = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end "
    "return 0"
)

# Take a lease, or renew it if we hold it already: after a Redis restart the AOF can bring
# back our own lease (its release fell in the last unsynced second); a plain SET NX would
# then lock this very worker out of its subscription until the lease expired.
_ACQUIRE = (
    "local held = redis.call('get', KEYS[1]) "
    "if held == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end "
    "if held then return 0 end "
    "redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1"
)


def consumer_name(role: str, worker_id: str | None = None) -> str:
    """``role-worker_id`` for a worker with a stable identity (``newswatch.instance``): its
    restarted self resumes its work at once. Without one, unique per process: a restarted
    worker is a new consumer and its dead self is reclaimed after ``reclaim_idle``."""
    if worker_id:
        return f"{role}-{worker_id}"
    return f"{role}-{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def ensure_group(client: redis.Redis, stream: str, group: str) -> None:
    """Create the group from the stream's beginning (entries written before it count too)."""
    try:
        client.xgroup_create(stream, group, id="0", mkstream=True)
    except redis.ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


def acquire(client: redis.Redis, key: str, token: str, lease_ms: int) -> bool:
    return bool(client.eval(_ACQUIRE, 1, key, token, lease_ms))


def release(client: redis.Redis, key: str, token: str) -> None:
    client.eval(_RELEASE, 1, key, token)


def claimed_entries(reply: Any) -> list[tuple[str, dict[str, str] | None]]:
    """The entries of an XAUTOCLAIM reply (Redis 6.2 and 7 shapes)."""
    return list(reply[1]) if reply else []


def text_client(client: redis.Redis) -> Any:
    """The client, typed for what it returns here.

    Our clients use ``decode_responses=True``, so replies are ``str``; redis-py's stubs
    type them as ``bytes | str | None`` unions that would need a cast at every call.
    """
    return client
