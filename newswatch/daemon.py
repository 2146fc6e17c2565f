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
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any

import redis
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

from crawler.clock import utcnow
from crawler.cluster import CrawlCluster
from newswatch import health, sdnotify
from newswatch.roles import ALL_ROLES, ordered
from newswatch.settings import Settings, load_settings
from newswatch.status import (
    HEARTBEAT_TTL,
    heartbeat_key,
    register_instance,
    status_of,
    unregister_instance,
)
from newswatch.wiring import IngestSummary, Services
from pipeline.compiled import build

log = logging.getLogger("newswatch.daemon")

ALERT_TICK = 0.25  # seconds between alert-worker passes; an idle pass is a few Redis calls
PIPELINE_TICK = 1.0  # seconds between pipeline-worker passes over the articles stream
# systemd and docker wait 10 s after SIGTERM before SIGKILL; the work in flight gets this
# much of it, closing Redis and the database the rest.
STOP_BUDGET = 7.0


@dataclass
class Daemon:
    """The long-running process; build with :meth:`from_settings`, then :meth:`serve`."""

    settings: Settings
    engine: Engine
    redis: redis.Redis
    clock: Callable[[], datetime] = utcnow
    stop_event: threading.Event = field(default_factory=threading.Event)
    # Set on stop, after no new job can start: ends the running round's child process.
    round_stop: threading.Event = field(default_factory=threading.Event)
    reload_requested: threading.Event = field(default_factory=threading.Event)
    started_at: datetime = field(default_factory=utcnow)
    last_round: dict[str, Any] = field(default_factory=dict)
    # Stable across restarts (newswatch.instance): a restarted daemon resumes its own
    # unacknowledged alerts at once.  None: a fresh identity, for tests and one-off runs.
    worker_id: str | None = None
    # The stages this instance runs (newswatch.roles); all of them by default.
    roles: frozenset[str] = ALL_ROLES

    def __post_init__(self) -> None:
        # Its name in the cluster: the claims on feeds and the instance registry.
        self.instance_id = self.worker_id or f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"
        # Host slots on Redis only where other instances can share it (not the embedded one).
        self.cluster = CrawlCluster(self.redis, self.settings.redis.prefix, self.instance_id,
                                    self.settings.crawler.claim_ttl,
                                    host_slots=bool(self.settings.redis.url))
        self.services = Services.build(
            self.settings, self.engine, self.redis, self.clock, worker_id=self.worker_id
        )
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": 30},
        )
        self._crawl_lock = threading.Lock()
        self._busy = threading.Condition()  # counts the jobs in flight (see _job)
        self._running = 0
        self.web_state: dict[str, Any] = {}  # the dashboard: url, up, error (for status)

    def _counted(self, job: Callable[[], None]) -> Callable[[], None]:
        """``job`` as the scheduler runs it: counted while in flight, so that a stop can wait
        for it, and not started at all once stopping (a run queued before the stop)."""

        def run() -> None:
            with self._in_flight() as started:
                if started:
                    job()

        run.__name__ = job.__name__
        return run

    @contextmanager
    def _in_flight(self) -> Iterator[bool]:
        with self._busy:
            if self.stop_event.is_set():
                yield False
                return
            self._running += 1
        try:
            yield True
        finally:
            with self._busy:
                self._running -= 1
                self._busy.notify_all()

    # -- jobs -----------------------------------------------------------------------------

    def crawl_round(self) -> None:
        """Poll every due feed once and push new articles through the pipeline."""
        if self.stop_event.is_set() or not self._crawl_lock.acquire(blocking=False):
            return
        try:
            self._crawl()
        finally:
            self._crawl_lock.release()

    def _crawl(self) -> None:
        from crawler.runner import crawl_once
        from newswatch.sources import active_sources

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
                sink=lambda articles: summaries.append(
                    self.services.ingest(articles, here=self._runs("pipeline"))
                ),
                stop=self.round_stop,
                cluster=self.cluster,  # each due feed polled by one instance of the cluster
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
            for reason, count in report.failures.items():
                health.CRAWL_FAILURES.labels(reason=reason).inc(count)
            health.ARTICLES.inc(summary.new_articles)
            health.EVENTS.inc(summary.events)
            log.info("crawl round done", extra=self.last_round)
        except Exception:
            health.FAILURES.labels(stage="crawl").inc()
            log.exception("crawl round failed; next round goes on")

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
            if not self.stop_event.is_set():
                self._schedule_polls()

    def _schedule_polls(self) -> None:
        tick = max(1, min(self.settings.crawler.min_interval, 30))
        self.scheduler.add_job(
            self._counted(self.crawl_round), "interval", seconds=tick, id="crawl",
            next_run_time=self.clock(),
        )

    # -- the pipeline stage (role "pipeline") ---------------------------------------------

    def _runs(self, role: str) -> bool:
        """Whether this instance runs a stage (``--role``; every stage by default)."""
        return role in self.roles

    def pipeline_pass(self) -> None:
        """Process what any instance's crawler put on the articles stream, and take over
        articles a dead worker left unfinished."""
        try:
            summary = self.services.pipeline_worker().drain()
            if summary.articles:
                health.ARTICLES.inc(summary.new_articles)
                health.EVENTS.inc(summary.events)
                log.info("pipeline", extra=summary.as_dict())
        except redis.ConnectionError as exc:
            health.FAILURES.labels(stage="pipeline").inc()
            log.warning("redis unavailable, pipeline waits: %s", exc)
        except Exception:
            health.FAILURES.labels(stage="pipeline").inc()
            log.exception("pipeline pass failed; next pass goes on")

    # -- alerts ---------------------------------------------------------------------------

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
        self._beat("stopping" if self.stop_event.is_set() else "running")
        try:
            health.observe(status_of(self.settings, lambda: self.engine, lambda: self.redis))
        except Exception as exc:  # the gauges wait for the next beat
            log.warning("health gauges not updated: %s", exc)
        latencies = self.services.alerts.latencies
        while latencies:
            health.DELIVERY_LATENCY.observe(latencies.popleft())
        sdnotify.notify("WATCHDOG=1")

    def _beat(self, state: str) -> None:
        """Write the heartbeat that ``status`` reads; it expires if the process dies."""
        beat = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "state": state,
            "started_at": self.started_at.isoformat(),
            "heartbeat": self.clock().isoformat(),
            "last_round": self.last_round,
            "web": self.web_state or None,
        }
        try:
            self.redis.set(heartbeat_key(self.settings.redis.prefix), json.dumps(beat),
                           ex=HEARTBEAT_TTL)
            register_instance(self.redis, self.settings.redis.prefix, {
                "id": self.instance_id, "roles": ordered(self.roles), "pid": beat["pid"],
                "host": beat["host"], "state": state, "started_at": beat["started_at"],
                "heartbeat": beat["heartbeat"],
            })
        except redis.RedisError as exc:
            log.warning("heartbeat not written: %s", exc)

    # -- lifecycle ------------------------------------------------------------------------

    def schedule(self) -> None:
        add, counted, roles = self.scheduler.add_job, self._counted, self.roles
        if "crawl" in roles:
            add(counted(self.catch_up_then_poll), id="catch-up", next_run_time=self.clock())
            add(counted(self.retention), "interval", hours=6, id="retention")
        if "alerts" in roles:
            add(counted(self.alert_pass), "interval", seconds=ALERT_TICK, id="alerts")
            add(counted(self.reclaim), "interval", seconds=self.settings.alerts.reclaim_idle,
                id="reclaim")
        if "pipeline" in roles:  # the pipeline stage's jobs: only here
            add(counted(self.pipeline_pass), "interval", seconds=PIPELINE_TICK, id="pipeline")
            add(counted(self.publish_pending), "interval", seconds=5, id="outbox")
        add(counted(self.heartbeat), "interval", seconds=10, id="heartbeat",
            next_run_time=self.clock())

    def serve(self) -> int:
        """Run until SIGTERM/SIGINT; SIGHUP reloads configuration and sources.

        Returns once the work in flight is done; the caller closes Redis and the database,
        then logs ``stopped``.
        """
        self._install_signals()
        if "alerts" in self.roles:
            self.services.sync_subscriptions()
        # First: the first heartbeat says how the dashboard is.
        server = self._serve_web() if "web" in self.roles else None
        self.schedule()
        self.scheduler.start()
        sdnotify.notify("READY=1")
        log.info("newswatch running", extra={"home": str(self.settings.home),
                                             "roles": ordered(self.roles),
                                             "instance": self.instance_id,
                                             "text_to_events": build()})
        while not self.stop_event.wait(0.5):
            if self.reload_requested.is_set():
                self.reload_requested.clear()
                self.reload()
        return self.shutdown(server)

    def shutdown(self, server: Any) -> int:
        """Stop in order: take no new work, end the round's child, let the jobs in flight
        store and send what they hold, stop the dashboard, clear the heartbeat."""
        sdnotify.notify("STOPPING=1")
        log.info("stopping: finishing in-flight work")
        deadline = time.monotonic() + STOP_BUDGET
        with self._busy:  # from here no job starts (see _counted)
            self.stop_event.set()
        self._beat("stopping")
        self.scheduler.shutdown(wait=False)
        # Deliveries in flight are abandoned, not acknowledged: redelivered after the
        # restart under the same webhook-id, whatever the receivers do meanwhile.
        self.services.alerts.stop(timeout=2.0)
        self.round_stop.set()  # the round's child exits; its articles are still stored
        with self._busy:
            while self._running and self._busy.wait(max(0.0, deadline - time.monotonic())):
                pass
            if self._running:
                log.warning("stopping with %d job(s) still running", self._running)
        if server is not None:
            server.stop(timeout=max(0.5, deadline - time.monotonic()))
        try:
            self.redis.delete(heartbeat_key(self.settings.redis.prefix))
            unregister_instance(self.redis, self.settings.redis.prefix, self.instance_id)
        except redis.RedisError as exc:
            log.warning("heartbeat not cleared: %s", exc)
        return 0

    def _serve_web(self) -> Any:
        """The API, the map page, /healthz, /readyz and /metrics on one port (``web.port =
        0`` disables them); a port in use is logged, shown by ``status``, and not fatal."""
        web = self.settings.web
        if not web.port:
            return None
        from newswatch.web import create_app, serve_in_thread

        url = f"http://{web.host}:{web.port}/"
        app = create_app(self.settings, self.engine, self.redis, status=self.status)
        try:
            server = serve_in_thread(app, web.host, web.port)
        except OSError as exc:
            self.web_state = {"url": url, "up": False, "error": exc.strerror or str(exc)}
            health.FAILURES.labels(stage="web").inc()
            log.error("dashboard down: %s", exc.strerror or exc)
            return None
        self.web_state = {"url": url, "up": True, "error": None}
        return server

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
