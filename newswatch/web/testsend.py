"""A test message through a subscription's own channel, recorded in its history."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from alerts.attempt import Abandoned
from alerts.channels import Channel, ChannelError
from alerts.channels.redis_stream import RedisStreamChannel
from alerts.message import Alert, Delivery, render_alert
from alerts.service import make_network_channel
from alerts.subscriptions import Subscription
from newswatch.web.errors import ApiError
from newswatch.web.state import WebState


def _channel(state: WebState, sub: Subscription) -> Channel:
    if sub.channel_kind == "redis":
        if state.redis is None:
            raise ApiError(503, "channel: Redis is not available to this server")
        return RedisStreamChannel(state.redis, state.settings.redis.prefix, sub.id)
    return make_network_channel(sub, state.settings.alerts, state.guard, state.attempts,
                                lambda: datetime.now(UTC))


def _sample(sub: Subscription) -> Alert:
    event = {
        "event_type": "Strategic developments", "sub_event_type": "Other",
        "date": datetime.now(UTC).date().isoformat(),
        "admin1_pcode": sub.regions[0] if sub.regions else None,
        "place_name": "newswatch", "fatalities": 0, "ceasefire_breach": False,
        "sources": ["newswatch"], "test": True,
        "evidence": "رسالة تجريبية من newswatch / a test message from newswatch",
    }
    return Alert(event_id="test", version=0, event=event)


def send_test(state: WebState, sub: Subscription) -> dict[str, Any]:
    """Send now, outside the queue; returns ``{"status", "error"}``.

    The error is the channel's public one: an address the guard refused and one that did
    not answer read the same, so a subscriber cannot map the inside network with it.
    """
    alert = _sample(sub)
    key = f"{sub.id}.test.{time.time_ns() // 1_000_000}"
    delivery = Delivery(
        key=key, kind="alert", subscription_id=sub.id, alerts=(alert,),
        text=render_alert(alert, sub.language, state.settings.alerts.map_url),
        extra={"test": True},
    )
    error: str | None = None
    try:
        _channel(state, sub).send(delivery)
    except (ChannelError, Abandoned) as exc:
        error = str(exc) or type(exc).__name__
    status = "failed" if error else "delivered"
    state.deliveries.record(key, sub_id=sub.id, event_id="test", version=0, kind="test",
                            status=status, error=error)
    return {"status": status, "error": error}
