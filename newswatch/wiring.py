"""Build the stages from settings and connect them: crawler -> pipeline -> Redis -> alerts.

The stages never import each other upstream; this is the one place that knows all three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crawler.clock import Clock, utcnow
from crawler.models import Article
from pipeline.models import StoredEvent
from pipeline.publish import publish_event

if TYPE_CHECKING:
    import redis
    from redis import Redis
    from sqlalchemy import Engine

    from alerts.service import AlertService
    from newswatch.context import AppContext
    from newswatch.settings import Settings
    from pipeline.process import Pipeline


@dataclass
class IngestSummary:
    """What one batch of articles did, for command output and logs."""

    articles: int = 0
    new_articles: int = 0
    skipped_duplicates: int = 0
    events: int = 0
    alerts: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "new_articles": self.new_articles,
            "events": self.events,
            "alerts": self.alerts,
            "skipped_duplicates": self.skipped_duplicates,
        }


def make_publisher(client: redis.Redis, prefix: str) -> Callable[[StoredEvent, bool], None]:
    def publish(stored: StoredEvent, replayed: bool) -> None:
        publish_event(client, prefix, stored, replayed=replayed)

    return publish


@dataclass
class Services:
    """The pipeline and the alert service of one process, sharing one engine and one Redis."""

    settings: Settings
    engine: Engine
    redis: Redis
    pipeline: Pipeline
    alerts: AlertService

    @classmethod
    def build(
        cls,
        settings: Settings,
        engine: Engine,
        client: Redis,
        clock: Clock = utcnow,
        worker_id: str | None = None,
    ) -> Services:
        from alerts.service import AlertService
        from pipeline.process import Pipeline

        prefix = settings.redis.prefix
        pipeline = Pipeline.from_settings(
            settings.pipeline, engine, publisher=make_publisher(client, prefix), clock=clock
        )
        alerts = AlertService.from_settings(
            settings.alerts, engine, client, prefix, clock=clock, worker_id=worker_id
        )
        return cls(settings, engine, client, pipeline, alerts)

    @classmethod
    def from_context(cls, app_ctx: AppContext) -> Services:
        return cls.build(app_ctx.settings, app_ctx.engine, app_ctx.redis)

    def sync_subscriptions(self) -> int:
        """Upsert the configuration file's ``[[subscription]]`` tables; a wrong one stops
        with a message naming the table and the key (``SettingsError``)."""
        from alerts.store import SubscriptionStore
        from alerts.subscriptions import SubscriptionError
        from newswatch.settings import SettingsError

        store = SubscriptionStore(
            self.engine, allow_private_webhooks=self.settings.alerts.allow_private_webhooks
        )
        changed = 0
        for table in self.settings.subscriptions:
            try:
                changed += store.upsert_from_config(table)
            except SubscriptionError as exc:
                raise SettingsError(f"[[subscription]] {table.get('name', '?')!r}: {exc}") from None
        return changed

    def process(self, articles: Iterable[Article], *, replayed: bool = False) -> IngestSummary:
        """Run articles through the pipeline; events are published to the events stream."""
        summary = IngestSummary()
        for article in articles:
            result = self.pipeline.process(article, replayed=replayed)
            summary.articles += 1
            summary.statuses[result.status] = summary.statuses.get(result.status, 0) + 1
            if result.status == "new":
                summary.new_articles += 1
            elif result.status in ("duplicate", "unchanged"):
                summary.skipped_duplicates += 1
            summary.events += len(result.events)
        return summary

    def handle(
        self, articles: Iterable[Article], *, replayed: bool = False, drain_timeout: float = 30.0
    ) -> IngestSummary:
        """Process articles, then route and deliver until nothing is pending."""
        summary = self.process(articles, replayed=replayed)
        summary.alerts = self.alerts.drain(timeout=drain_timeout)
        return summary


def handle_articles(
    app_ctx: AppContext, articles: Iterable[Article], *, replayed: bool = False
) -> IngestSummary:
    """Entry point for commands that fetched or read articles (crawl, ingest, replay)."""
    services = Services.from_context(app_ctx)
    services.sync_subscriptions()
    return services.handle(articles, replayed=replayed)
