"""What every route needs, built once per app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

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

    @classmethod
    def build(
        cls, settings: Settings, engine: Engine, client: Redis | None,
        status: Callable[[], dict[str, Any]] | None = None,
    ) -> WebState:
        store = SubscriptionStore(
            engine, allow_private_webhooks=settings.alerts.allow_private_webhooks
        )
        return cls(settings, engine, client, TokenStore(engine, settings.web.admin_token),
                   store, DeliveryLog(engine), status)
