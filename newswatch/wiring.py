"""Build the stages from settings and connect them: crawler -> pipeline -> Redis -> alerts.

The stages never import each other upstream; this is the one place that knows all three.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import redis

from crawler.clock import Clock, utcnow
from crawler.models import Article
from newswatch.summary import IngestSummary as IngestSummary  # re-exported for the commands
from pipeline.models import StoredEvent
from pipeline.publish import publish_event

if TYPE_CHECKING:
    from redis import Redis
    from sqlalchemy import Engine

    from alerts.service import AlertService
    from newswatch.context import AppContext
    from newswatch.pipeline_worker import PipelineWorker
    from newswatch.settings import Settings
    from pipeline.process import Pipeline, ProcessResult

log = logging.getLogger(__name__)
# Articles per pipeline transaction: large enough that a commit's cost spreads thin, small
# enough that a worker's batch is a fraction of a second of work (and of lock time).
PIPELINE_BATCH = 64


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
    worker_id: str | None = None
    _worker: PipelineWorker | None = field(default=None, repr=False)

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
        return cls(settings, engine, client, pipeline, alerts, worker_id)

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
        """Run articles through the pipeline, ``PIPELINE_BATCH`` to a transaction; events are
        published to the events stream."""
        summary = IngestSummary()
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) == PIPELINE_BATCH:
                self._count(summary, self.pipeline.process_batch(batch, replayed=replayed))
                batch = []
        if batch:
            self._count(summary, self.pipeline.process_batch(batch, replayed=replayed))
        return summary

    @staticmethod
    def _count(summary: IngestSummary, results: list[ProcessResult]) -> None:
        for result in results:
            summary.articles += 1
            summary.statuses[result.status] = summary.statuses.get(result.status, 0) + 1
            if result.status == "new":
                summary.new_articles += 1
            elif result.status in ("duplicate", "unchanged"):
                summary.skipped_duplicates += 1
            summary.events += len(result.events)

    def pipeline_worker(self) -> PipelineWorker:
        """This process's worker of the shared pipeline stage (made on first use)."""
        if self._worker is None:
            from newswatch.pipeline_worker import PipelineWorker

            self._worker = PipelineWorker(
                self.redis, self.settings.redis.prefix, self.process,
                reclaim_idle_ms=self.settings.alerts.reclaim_idle * 1000,
                consumer=f"pipeline-{self.worker_id}" if self.worker_id else None,
                batch=PIPELINE_BATCH,
            )  # fmt: skip
        return self._worker

    def ingest(self, articles: list[Article], *, here: bool = True) -> IngestSummary:
        """A crawl round's articles: onto the articles stream, for any pipeline worker.

        ``here`` (this instance runs the pipeline stage): then drained at once by this
        instance's worker, so a single instance stores a round's articles within the round,
        as before. Redis unreachable: processed here directly (events wait in the outbox),
        or, without a pipeline stage here, the error fails the round, which is fetched again.
        """
        from pipeline.intake import enqueue

        try:
            enqueue(self.redis, self.settings.redis.prefix, articles)
        except redis.RedisError as exc:
            if not here:
                raise
            log.warning("articles stream unavailable, processing here: %s", exc)
            return self.process(articles)
        return self.pipeline_worker().drain() if here else IngestSummary(articles=len(articles))

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
