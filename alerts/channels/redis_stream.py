"""The ``redis`` channel: alerts land in the subscriber's own stream ``<prefix>:sub:<id>``.

The subscriber reads it with a consumer group of their own; ``newswatch alerts tail``
prints it.  Each entry: ``format`` (:data:`MESSAGE_FORMAT`), ``event_id``, ``version``,
``event`` (JSON), ``replayed``, ``update`` ("1"/"0"), ``kind``, ``key`` (idempotency key)
and ``text``; README.md ("Reading alerts from Redis") documents them for subscribers.
"""

from __future__ import annotations

import json
from typing import Any

import redis

from alerts import keys
from alerts.channels import ChannelError
from alerts.message import Delivery
from alerts.redis_util import text_client

# The version of the entries' format, so a subscriber's reader can tell what it reads.
# It changes when a field is removed or changes meaning; adding a field does not change it.
MESSAGE_FORMAT = "1"


class RedisStreamChannel:
    def __init__(self, client: redis.Redis, prefix: str, subscription_id: str) -> None:
        self.client = text_client(client)
        self.stream = keys.subscriber_stream(prefix, subscription_id)

    def send(self, delivery: Delivery) -> None:
        # One transaction: a digest's alerts appear together or not at all.
        pipe = self.client.pipeline(transaction=True)
        single_text = delivery.kind != "digest"
        for alert in delivery.alerts:
            fields: dict[Any, Any] = {
                "format": MESSAGE_FORMAT,
                "event_id": alert.event_id,
                "version": str(alert.version),
                "event": json.dumps(alert.event, ensure_ascii=False),
                "replayed": "1" if alert.replayed else "0",
                "update": "1" if alert.update else "0",
                "kind": delivery.kind,
                "key": delivery.key,
                "text": delivery.text if single_text else "",
            }
            pipe.xadd(
                self.stream, fields, maxlen=keys.SUBSCRIBER_STREAM_MAXLEN, approximate=True
            )
        try:
            pipe.execute()
        except redis.RedisError as exc:
            raise ChannelError(f"redis stream: {type(exc).__name__}") from exc


def read_tail(
    client: redis.Redis, prefix: str, subscription_id: str, count: int
) -> list[dict[str, Any]]:
    """The newest ``count`` alerts of a subscriber's stream, oldest first."""
    stream = keys.subscriber_stream(prefix, subscription_id)
    entries = text_client(client).xrevrange(stream, count=count)
    out = []
    for entry_id, fields in reversed(entries):
        out.append(
            {
                "id": entry_id,
                "event_id": fields["event_id"],
                "version": int(fields["version"]),
                "event": json.loads(fields["event"]),
                "replayed": fields.get("replayed") == "1",
                "update": fields.get("update") == "1",
                "kind": fields.get("kind", "alert"),
                "text": fields.get("text", ""),
            }
        )
    return out
