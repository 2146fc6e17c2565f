"""Health for machines: the Prometheus metrics that ``/metrics`` (newswatch.web) serves."""

from __future__ import annotations

import logging

from prometheus_client import Counter, Gauge, Histogram

log = logging.getLogger("newswatch.health")

ROUNDS = Counter("newswatch_crawl_rounds_total", "Crawl rounds completed")
ARTICLES = Counter("newswatch_articles_total", "New articles stored")
EVENTS = Counter("newswatch_events_total", "Events created or updated")
ALERTS = Counter("newswatch_alerts_delivered_total", "Alerts delivered to subscribers")
FAILURES = Counter("newswatch_failures_total", "Failures by stage", ["stage"])
POLLS = Counter("newswatch_polls_total", "Feeds polled")
QUEUE_DEPTH = Gauge("newswatch_queue_depth", "Entries waiting, by queue", ["queue"])
DELIVERY_LATENCY = Histogram(
    "newswatch_delivery_latency_seconds",
    "From event publication to delivery",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300),
)
