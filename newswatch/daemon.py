"""``newswatch run``: one process that polls, understands and alerts until told to stop.

APScheduler (3.x, thread pool) runs the jobs: the crawl round (each feed's adaptive interval
decides whether it is due), the alert worker, the reclaim of dead consumers and retention.
Scrapy never runs in this process: each crawl round is a child process (see
``crawler.runner``), so the daemon never meets ``ReactorNotRestartable`` and stays small.
Every job has ``max_instances=1`` and ``coalesce=True``: a slow round is never doubled.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any

import redis
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

from crawler.clock import utcnow
from newswatch import health, sdnotify
from newswatch.settings import Settings, load_settings
from newswatch.status import redis_status
from newswatch.wiring import IngestSummary, Services

log = logging.getLogger("newswatch.daemon")

ALERT_TICK = 0.25  # seconds between alert-worker passes; an idle pass is a few Redis calls


@dataclass
class Daemon:
    """The long-running process; build with :meth:`from_settings`, then :meth:`serve`."""

    settings: Settings
    engine: Engine
    redis: redis.Redis
    clock: Callable[[], datetime] = utcnow
    stop_event: threading.Event = field(default_factory=threading.Event)
    reload_requested: threading.Event = field(default_factory=threading.Event)
    started_at: datetime = field(default_factory=utcnow)
    last_round: dict[str, Any] = field(default_factory=dict)
    # Stable across restarts (newswatch.instance): a restarted daemon resumes its own
    # unacknowledged alerts at once.  None: a fresh identity, for tests and one-off runs.
    worker_id: str | None = None

    def __post_init__(self) -> None:
        self.services = Services.build(
            self.settings, self.engine, self.redis, self.clock, worker_id=self.worker_id
        )
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": 30},
        )
        self._crawl_lock = threading.Lock()

    # -- jobs -----------------------------------------------------------------------------

    def crawl_round(self) -> None:
        """Poll every due feed once and push new articles through the pipeline."""
        from crawler.runner import crawl_once
        from newswatch.sources import active_sources

        if self.stop_event.is_set() or not self._crawl_lock.acquire(blocking=False):
            return
        try:
            sources = active_sources(self.settings)
            summaries: list[IngestSummary] = []
            report = crawl_once(
                self.settings.crawler,
                sources,
                self.engine,
                self.settings.archive_dir if self.settings.crawler.archive else None,
                clock=self.clock,
                only_due=True,
                # Stored before the round is marked done: a crash here refetches, never loses.
                sink=lambda articles: summaries.append(self.services.process(articles)),
            )
            summary = summaries[0] if summaries else IngestSummary()
            self.last_round = {
                "at": self.clock().isoformat(),
                "articles": summary.articles,
                "new_articles": summary.new_articles,
                "events": summary.events,
                "failures": dict(report.failures),
            }
            health.ROUNDS.inc()
            health.POLLS.inc(report.polled)
            health.ARTICLES.inc(summary.new_articles)
            health.EVENTS.inc(summary.events)
            log.info("crawl round done", extra=self.last_round)
        except Exception:
            health.FAILURES.labels(stage="crawl").inc()
            log.exception("crawl round failed; next round goes on")
        finally:
            self._crawl_lock.release()

    def catch_up_then_poll(self) -> None:
        """Replay what was published while the daemon was down, then start polling.

        Polling first would take the newest missed items as live news and move the
        last-success mark past the gap, so the catch-up runs before the first round.
        """
        from newswatch.replay import catch_up, plan_catch_up

        crawler = self.settings.crawler
        try:
            window = None
            if crawler.catch_up_max_days > 0:
                window = plan_catch_up(
                    self.engine,
                    self.clock(),
                    max_gap=timedelta(days=crawler.catch_up_max_days),
                    min_gap=timedelta(seconds=crawler.catch_up_min_gap),
                )
            if window and not self.stop_event.is_set():
                start, end = window
                log.info("catching up", extra={"from": start.isoformat(), "to": end.isoformat()})
                with self._crawl_lock:
                    summary = catch_up(self.settings, self.engine, self.redis, start, end)
                log.info("catch-up done", extra=summary.as_dict())
        except Exception:
            health.FAILURES.labels(stage="catch_up").inc()
            log.exception("catch-up failed; polling starts anyway")
        finally:
            self._schedule_polls()

    def _schedule_polls(self) -> None:
        tick = max(1, min(self.settings.crawler.min_interval, 30))
        self.scheduler.add_job(
            self.crawl_round, "interval", seconds=tick, id="crawl", next_run_time=self.clock()
        )

    def alert_pass(self) -> None:
        try:
            routed = self.services.alerts.route_once(block_ms=0)
            # Starts lanes and returns: a slow receiver never holds up routing or others.
            delivered = self.services.alerts.dispatch()
            if delivered:
                health.ALERTS.inc(delivered)
            if routed or delivered:
                log.info("alerts", extra={"routed": routed, "delivered": delivered})
        except redis.ConnectionError as exc:
            health.FAILURES.labels(stage="alerts").inc()
            log.warning("redis unavailable, alerts wait: %s", exc)
        except Exception:
            health.FAILURES.labels(stage="alerts").inc()
            log.exception("alert pass failed; next pass goes on")

    def publish_pending(self) -> None:
        """Outbox relay: announce event versions stored while Redis was unreachable."""
        try:
            if published := self.services.pipeline.publish_pending():
                log.info("published owed events", extra={"events": published})
        except Exception:
            health.FAILURES.labels(stage="publish").inc()
            log.exception("outbox relay failed; next pass goes on")

    def reclaim(self) -> None:
        try:
            self.services.alerts.reclaim()
        except Exception:
            log.exception("reclaim failed")

    def retention(self) -> None:
        """Keep state bounded: forget old seen URLs (the dedup index prunes its own window)."""
        from crawler.seen import SeenSet

        crawler = self.settings.crawler
        try:
            removed = SeenSet(self.engine).prune(
                self.clock(), timedelta(days=crawler.seen_retention_days), crawler.seen_max_urls
            )
            log.info("retention", extra={"seen_removed": removed})
        except Exception:
            health.FAILURES.labels(stage="retention").inc()
            log.exception("retention failed; next run goes on")

    def heartbeat(self) -> None:
        state = {
            "pid": os.getpid(),
            "started_at": self.started_at.isoformat(),
            "heartbeat": self.clock().isoformat(),
            "last_round": self.last_round,
        }
        try:
            self.redis.set(f"{self.settings.redis.prefix}:daemon:health", json.dumps(state), ex=120)
            for queue, depth in redis_status(self.redis, self.settings.redis.prefix)[
                "queues"
            ].items():
                if isinstance(depth, int):
                    health.QUEUE_DEPTH.labels(queue=queue).set(depth)
        except redis.RedisError as exc:
            log.warning("heartbeat not written: %s", exc)
        latencies = self.services.alerts.latencies
        while latencies:
            health.DELIVERY_LATENCY.observe(latencies.popleft())
        sdnotify.notify("WATCHDOG=1")

    # -- lifecycle ------------------------------------------------------------------------

    def schedule(self) -> None:
        add = self.scheduler.add_job
        add(self.catch_up_then_poll, id="catch-up", next_run_time=self.clock())
        add(self.alert_pass, "interval", seconds=ALERT_TICK, id="alerts")
        add(self.publish_pending, "interval", seconds=5, id="outbox")
        add(self.reclaim, "interval", seconds=self.settings.alerts.reclaim_idle, id="reclaim")
        add(self.retention, "interval", hours=6, id="retention")
        add(self.heartbeat, "interval", seconds=10, id="heartbeat", next_run_time=self.clock())

    def serve(self) -> int:
        """Run until SIGTERM/SIGINT; SIGHUP reloads configuration and sources."""
        self._install_signals()
        self.services.sync_subscriptions()
        self.schedule()
        self.scheduler.start()
        server = self._serve_web()
        sdnotify.notify("READY=1")
        log.info("newswatch running", extra={"home": str(self.settings.home)})
        while not self.stop_event.wait(0.5):
            if self.reload_requested.is_set():
                self.reload_requested.clear()
                self.reload()
        return self.shutdown(server)

    def shutdown(self, server: Any) -> int:
        sdnotify.notify("STOPPING=1")
        log.info("stopping: finishing in-flight work")
        deadline = time.monotonic() + 8  # systemd and docker wait 10 s before SIGKILL
        self.scheduler.shutdown(wait=False)
        # Deliveries in flight are abandoned, not acknowledged: redelivered after the
        # restart under the same webhook-id, whatever the receivers do meanwhile.
        self.services.alerts.stop(timeout=2.0)
        while self._crawl_lock.locked() and time.monotonic() < deadline:
            time.sleep(0.1)
        if server is not None:
            server.stop()
        log.info("stopped")
        return 0

    def _serve_web(self) -> Any:
        """The API, the map page, /healthz and /metrics on one port; ``web.port = 0`` disables."""
        web = self.settings.web
        if not web.port:
            return None
        from newswatch.web import create_app, serve_in_thread

        app = create_app(self.settings, self.engine, self.redis, status=self.status)
        try:
            return serve_in_thread(app, web.host, web.port)
        except OSError as exc:
            log.error("web endpoint not started on %s:%s: %s", web.host, web.port, exc)
            return None

    def reload(self) -> None:
        try:
            new = load_settings(self.settings.config_path, self.settings.home)
        except Exception as exc:
            log.error("reload refused, keeping the running configuration: %s", exc)
            return
        self.settings = new
        self.services.settings = new
        self.services.sync_subscriptions()
        log.info("configuration reloaded", extra={"sources": len(new.sources)})

    def status(self) -> dict[str, Any]:
        return {
            "ok": not self.stop_event.is_set(),
            "started_at": self.started_at.isoformat(),
            "last_round": self.last_round,
        }

    def _install_signals(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            log.info("signal %s received", signal.Signals(signum).name)
            self.stop_event.set()

        def hup(_signum: int, _frame: FrameType | None) -> None:
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, hup)
