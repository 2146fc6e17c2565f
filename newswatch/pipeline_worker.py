"""The pipeline as a shared stage: a worker of the ``pipeline`` consumer group.

Every instance whose roles include ``pipeline`` runs one. It reads batches of crawled
articles from the articles stream (``pipeline.intake``), processes each batch in one
transaction (``Pipeline.process_batch``, whose decisions are serialised with every other
worker's), then acknowledges and deletes the entries. An entry a worker read and never
acknowledged (it died mid-batch) is taken over by another worker after ``reclaim_idle``,
as alert deliveries are; processing an article twice changes nothing, so a takeover after
the commit but before the acknowledgement costs time, never a duplicate.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import redis

from alerts.redis_util import claimed_entries, consumer_name, ensure_group, text_client
from crawler.models import Article
from newswatch.summary import IngestSummary
from pipeline.intake import PIPELINE_GROUP, articles_stream, decode

log = logging.getLogger(__name__)

Entries = list[tuple[str, dict[str, str] | None]]


class PipelineWorker:
    """Reads, processes and acknowledges articles; ``run_once`` is one pass, ``drain``
    runs passes until the stream has nothing for it (burst mode, for rounds and tests)."""

    def __init__(
        self,
        client: redis.Redis,
        prefix: str,
        process: Callable[[list[Article]], IngestSummary],
        *,
        reclaim_idle_ms: int = 60_000,
        batch: int = 64,
        consumer: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.process = process
        self.reclaim_idle_ms = reclaim_idle_ms
        self.batch = batch
        self.consumer = consumer or consumer_name("pipeline")
        self.stream = articles_stream(prefix)
        self.monotonic = monotonic
        self._resumed = False
        self._next_reclaim = 0.0
        # One pass at a time in this process: the crawl round's drain and the scheduled
        # pass share the worker.
        self._lock = threading.Lock()
        ensure_group(client, self.stream, PIPELINE_GROUP)

    def run_once(self, block_ms: int = 0) -> IngestSummary:
        """One batch: this consumer's own unfinished entries first (a restart with a stable
        name), then entries idle too long under a dead consumer, then new ones."""
        with self._lock:
            entries = self._pending() or self._reclaimed() or self._read(">", block_ms)
            return self._handle(entries)

    def drain(self, max_batches: int = 10_000) -> IngestSummary:
        total = IngestSummary()
        for _ in range(max_batches):
            summary = self.run_once()
            if not summary.articles and not summary.statuses.get("unreadable"):
                break
            _add(total, summary)
        return total

    def _pending(self) -> Entries:
        if self._resumed:
            return []
        entries = self._read("0")
        if not entries:
            self._resumed = True
        return entries

    def _reclaimed(self) -> Entries:
        """Entries a dead worker took: looked for at most every half ``reclaim_idle``."""
        now = self.monotonic()
        if now < self._next_reclaim:
            return []
        reply = self.client.xautoclaim(
            self.stream, PIPELINE_GROUP, self.consumer,
            min_idle_time=self.reclaim_idle_ms, start_id="0-0", count=self.batch,
        )  # fmt: skip
        entries = claimed_entries(reply)
        if entries:
            log.info("took over unfinished articles", extra={"articles": len(entries)})
        else:
            self._next_reclaim = now + self.reclaim_idle_ms / 2000
        return entries

    def _read(self, start: str, block_ms: int = 0) -> Entries:
        reply = self.client.xreadgroup(
            PIPELINE_GROUP, self.consumer, {self.stream: start},
            count=self.batch, block=block_ms or None,
        )  # fmt: skip
        return list(reply[0][1]) if reply else []

    def _handle(self, entries: Entries) -> IngestSummary:
        if not entries:
            return IngestSummary()
        articles: list[Article] = []
        unreadable = 0
        for entry_id, fields in entries:
            article = decode(fields)
            if article is None:  # deleted meanwhile (XAUTOCLAIM gives None) or malformed
                log.warning("articles stream entry %s is not an article; dropped", entry_id)
                unreadable += 1
            else:
                articles.append(article)
        summary = self.process(articles) if articles else IngestSummary()
        if unreadable:
            summary.statuses["unreadable"] = unreadable
        # Only after the batch is committed: a crash before this leaves the entries pending,
        # for this consumer's restart or another worker's takeover.
        ids = [entry_id for entry_id, _ in entries]
        pipe = self.client.pipeline(transaction=True)
        pipe.xack(self.stream, PIPELINE_GROUP, *ids)
        pipe.xdel(self.stream, *ids)
        pipe.execute()
        return summary


def _add(total: IngestSummary, more: IngestSummary) -> None:
    total.articles += more.articles
    total.new_articles += more.new_articles
    total.skipped_duplicates += more.skipped_duplicates
    total.events += more.events
    total.alerts += more.alerts
    for status, count in more.statuses.items():
        total.statuses[status] = total.statuses.get(status, 0) + count
