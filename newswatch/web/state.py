"""What every route needs, built once per app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from alerts.attempt import AttemptControl
from alerts.netguard import OutboundGuard
from alerts.store import DeliveryLog, SubscriptionStore
from newswatch.settings import Settings
from newswatch.web.auth import TokenStore

if TYPE_CHECKING:
    from redis import Redis


@dataclass
class WebState:
    settings: Settings
    engine: Engine
    redis: Redis | None
    tokens: TokenStore
    subscriptions: SubscriptionStore
    deliveries: DeliveryLog
    status: Callable[[], dict[str, Any]] | None = None
    guard: OutboundGuard = field(default_factory=OutboundGuard)
    attempts: AttemptControl = field(default_factory=AttemptControl)

    @classmethod
    def build(
        cls, settings: Settings, engine: Engine, client: Redis | None,
        status: Callable[[], dict[str, Any]] | None = None,
        guard: OutboundGuard | None = None,
    ) -> WebState:
        guard = guard or OutboundGuard(allow_private=settings.alerts.allow_private_webhooks)
        store = SubscriptionStore(engine, guard=guard)
        return cls(settings, engine, client, TokenStore(engine, settings.web.admin_token),
                   store, DeliveryLog(engine), status, guard)
