"""Health for machines: Prometheus counters and a tiny HTTP endpoint (/healthz, /metrics)."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

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


def serve(host: str, port: int, status: Callable[[], dict[str, Any]]) -> ThreadingHTTPServer | None:
    """Start the endpoint in a daemon thread; port 0 in the settings disables it."""
    if not port:
        return None

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/healthz":
                body = json.dumps(status()).encode()
                self._send(200, "application/json", body)
            elif self.path == "/metrics":
                self._send(200, CONTENT_TYPE_LATEST, generate_latest())
            else:
                self._send(404, "application/json", b'{"error": "not found"}')

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            log.debug(format, *args)

    try:
        server = ThreadingHTTPServer((host, port), Handler)
    except OSError as exc:
        log.error("health endpoint not started on %s:%s: %s", host, port, exc)
        return None
    threading.Thread(target=server.serve_forever, daemon=True, name="health").start()
    return server
