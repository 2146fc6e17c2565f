"""A test message through a subscription's own channel, recorded in its history."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from alerts.channels import Channel, ChannelError
from alerts.channels.apprise_channel import AppriseChannel
from alerts.channels.redis_stream import RedisStreamChannel
from alerts.channels.webhook import WebhookChannel
from alerts.message import Alert, Delivery, render_alert
from alerts.subscriptions import Subscription
from newswatch.web.errors import ApiError
from newswatch.web.state import WebState


def _channel(state: WebState, sub: Subscription) -> Channel:
    alerts = state.settings.alerts
    if sub.channel_kind == "redis":
        if state.redis is None:
            raise ApiError(503, "channel: Redis is not available to this server")
        return RedisStreamChannel(state.redis, state.settings.redis.prefix, sub.id)
    if sub.channel_kind == "webhook":
        return WebhookChannel(
            sub.channel, sub.secret, timeout=alerts.webhook_timeout,
            allow_private=alerts.allow_private_webhooks, clock=lambda: datetime.now(UTC),
        )
    return AppriseChannel(sub.channel, sub.language)


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
    """Send now, outside the queue; returns ``{"status", "error"}``."""
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
    except ChannelError as exc:
        error = str(exc) or type(exc).__name__
    status = "failed" if error else "delivered"
    state.deliveries.record(key, sub_id=sub.id, event_id="test", version=0, kind="test",
                            status=status, error=error)
    return {"status": status, "error": error}
