"""Held alerts: digest mode, quiet hours and replays waiting to go out together.

A held alert is pushed to the subscription's digest bucket (a list).  When the digest is
due (the hourly/daily window in the subscriber's time zone has turned, or quiet hours are
over) the bucket becomes one ``digest`` entry on the subscription's delivery queue, in
one transaction, so it then follows the same retry/idempotency path as any alert.
"""

from __future__ import annotations

import json
from datetime import datetime, time
from zoneinfo import ZoneInfo

import redis

from alerts import keys
from alerts.message import Alert
from alerts.redis_util import text_client
from alerts.subscriptions import Subscription


def in_quiet_hours(sub: Subscription, now: datetime) -> bool:
    if not sub.quiet_hours:
        return False
    start_text, end_text = sub.quiet_hours.split("-")
    start, end = time.fromisoformat(start_text), time.fromisoformat(end_text)
    local = now.astimezone(ZoneInfo(sub.timezone)).time().replace(tzinfo=None)
    if start < end:
        return start <= local < end
    return local >= start or local < end  # spans midnight


def window_of(sub: Subscription, at: datetime) -> str:
    """The digest window ``at`` falls in, in the subscriber's time zone."""
    local = at.astimezone(ZoneInfo(sub.timezone))
    return local.strftime("%Y-%m-%d" if sub.mode == "daily" else "%Y-%m-%dT%H")


def hold(
    pipe: redis.client.Pipeline, prefix: str, sub_id: str, alert: Alert, now: datetime
) -> None:
    """Queue the commands that put ``alert`` in the digest bucket (caller executes)."""
    item = {**alert.to_dict(), "held_at": now.timestamp()}
    pipe.rpush(keys.digest_bucket(prefix, sub_id), json.dumps(item, ensure_ascii=False))
    pipe.sadd(keys.digest_set(prefix), sub_id)


def due(sub: Subscription, first_held: datetime, now: datetime) -> bool:
    if in_quiet_hours(sub, now):
        return False
    if sub.mode == "immediate":
        return True  # held only for quiet hours or a replay digest: send once allowed
    return window_of(sub, first_held) != window_of(sub, now)


def flush(client: redis.Redis, prefix: str, sub: Subscription, now: datetime) -> int:
    """Move a due bucket to the delivery queue as one digest entry; returns alerts moved."""
    bucket = keys.digest_bucket(prefix, sub.id)
    with text_client(client).pipeline(transaction=True) as pipe:
        try:
            pipe.watch(bucket)
            raw = pipe.lrange(bucket, 0, -1)
            if not raw:
                pipe.unwatch()
                pipe.srem(keys.digest_set(prefix), sub.id)
                return 0
            items = [json.loads(r) for r in raw]
            if not due(sub, datetime.fromtimestamp(items[0]["held_at"], now.tzinfo), now):
                pipe.unwatch()
                return 0
            pipe.multi()
            pipe.xadd(keys.delivery_queue(prefix, sub.id), {
                "kind": "digest",
                "items": json.dumps(items, ensure_ascii=False),
                "window": window_of(sub, now),
            })
            pipe.sadd(keys.active_set(prefix), sub.id)
            pipe.ltrim(bucket, len(items), -1)
            pipe.execute()
        except redis.WatchError:
            return 0  # someone added an alert meanwhile: flush it next round
    return len(items)
