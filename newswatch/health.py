"""Health for machines: the Prometheus metrics that ``/metrics`` serves, and readiness.

``/healthz`` is liveness only: the process answers.  ``/readyz`` (:func:`readiness`) says
whether the instance is doing its job: the database and Redis answer, the sources are not
mostly failing or stale (``health.max_unhealthy_share``), the daemon is running (not
stopping, stopped or dead) and its dashboard is up.
"""

from __future__ import annotations

import logging
from typing import Any

from prometheus_client import Counter, Gauge, Histogram

log = logging.getLogger("newswatch.health")

ROUNDS = Counter("newswatch_crawl_rounds_total", "Crawl rounds completed")
ARTICLES = Counter("newswatch_articles_total", "New articles stored")
EVENTS = Counter("newswatch_events_total", "Events created or updated")
ALERTS = Counter("newswatch_alerts_delivered_total", "Alerts delivered to subscribers")
FAILURES = Counter("newswatch_failures_total", "Failures by stage", ["stage"])
CRAWL_FAILURES = Counter(
    "newswatch_crawl_failures_total", "Failed fetches by reason (dns, timeout, http_404...)",
    ["reason"],
)
POLLS = Counter("newswatch_polls_total", "Feeds polled")
# "events": entries of the events stream the router has not finished (its consumer group's
# pending entries plus those not read yet), not the stream's length; "deliveries": the same
# over every subscription's delivery queue; "dead_letters": deliveries given up on.
QUEUE_DEPTH = Gauge(
    "newswatch_queue_depth", "Entries waiting to be processed, by queue", ["queue"]
)
SOURCES = Gauge("newswatch_sources", "Enabled sources by health state", ["state"])
FAILING_SOURCES = Gauge(
    "newswatch_sources_failing", "Enabled sources whose every feed's last poll failed"
)
DELIVERY_LATENCY = Histogram(
    "newswatch_delivery_latency_seconds",
    "From event publication to delivery",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300),
)
QUEUE_GAUGES = {
    "events": "events", "deliveries_queued": "deliveries", "dead_letters": "dead_letters"
}


def observe(status: dict[str, Any]) -> None:
    """Set the gauges from a :func:`newswatch.status.status_of` result."""
    for name, label in QUEUE_GAUGES.items():
        value = status.get("queues", {}).get(name)
        if isinstance(value, int):
            QUEUE_DEPTH.labels(queue=label).set(value)
    sources = status.get("sources")
    if sources is not None:
        FAILING_SOURCES.set(len(sources["failing"]))
        counts: dict[str, int] = {}
        for row in sources["per_source"]:
            counts[row["state"]] = counts.get(row["state"], 0) + 1
        for state in ("ok", "partial", "new", "failing", "degraded", "stale"):
            SOURCES.labels(state=state).set(counts.get(state, 0))


def readiness(status: dict[str, Any], max_unhealthy_share: float) -> dict[str, Any]:
    """``{"ready": bool, "reasons": [...], ...}`` from a status; every reason is one line."""
    reasons = []
    if "database_error" in status:
        reasons.append(f"database unreachable: {status['database_error']}")
    if "redis_error" in status:
        reasons.append(f"redis unreachable: {status['redis_error']}")
    sources = status.get("sources")
    if sources is not None:
        reasons.extend(_source_reasons(sources, max_unhealthy_share))
    daemon = status.get("daemon_state")
    if daemon is not None and daemon != "running":
        reasons.append(f"daemon {daemon}")
    web = (status.get("daemon") or {}).get("web")
    if web and not web.get("up"):  # the daemon's own dashboard (this may be `newswatch web`)
        reasons.append(f"dashboard down: {web.get('error')}")
    return {
        "ready": not reasons,
        "reasons": reasons,
        "sources": {k: sources[k] for k in ("enabled", "failing", "stale")} if sources else None,
        "last_success": {r["id"]: r["last_success"] for r in sources["per_source"]}
        if sources else None,
        "queues": status.get("queues"),
    }


def _source_reasons(sources: dict[str, Any], max_share: float) -> list[str]:
    enabled = sources["enabled"]
    if not enabled:
        return ["no enabled source"]
    out = []
    unhealthy = len(sources["failing"]) + len(sources["stale"])
    if unhealthy / enabled > max_share:
        for label in ("failing", "stale"):
            if sources[label]:
                out.append(f"{len(sources[label])} of {enabled} sources {label}: "
                           + ", ".join(sources[label][:10])
                           + (" ..." if len(sources[label]) > 10 else ""))
    return out
