"""``crawl_once``: one polling round over the due feeds, in a child process (crawler.child).

The parent (this module) decides what is due, writes the job, runs it in the child, reads
the records back, then updates ``crawl_feeds`` (schedule, validators, health) and
``crawl_seen``. A round that crashes or overruns counts as a failure of every feed it held
(``round_crashed``/``round_timeout``) and never raises to the caller.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import redis
from sqlalchemy import Engine

from crawler import child
from crawler.clock import Clock, utcnow
from crawler.cluster import CrawlCluster
from crawler.models import Article
from crawler.pending import PendingStore
from crawler.schedule import Outcome, apply
from crawler.seen import SeenSet
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.state import FeedState, FeedStore

log = logging.getLogger(__name__)


@dataclass
class SourceStats:
    polled: int = 0
    not_modified: int = 0
    unchanged: int = 0
    new_items: int = 0
    articles: int = 0
    failures: Counter[str] = field(default_factory=Counter)


@dataclass
class CrawlReport:
    """What one round did: the new articles, and counts per source and per failure reason."""

    articles: list[Article] = field(default_factory=list)
    sources: dict[str, SourceStats] = field(default_factory=dict)
    failures: Counter[str] = field(default_factory=Counter)
    polled: int = 0

    def stats(self, source: str) -> SourceStats:
        return self.sources.setdefault(source, SourceStats())

    def as_dict(self) -> dict[str, Any]:
        return {
            "polled": self.polled,
            "articles": len(self.articles),
            "failures": dict(self.failures),
            "sources": {
                k: {**asdict(v), "failures": dict(v.failures)} for k, v in self.sources.items()
            },
        }


def crawl_once(
    settings: CrawlerSettings,
    sources: list[Source],
    engine: Engine,
    archive_dir: Path | None,
    clock: Clock = utcnow,
    only_due: bool = False,
    *,
    round_timeout: float | None = None,
    sink: Callable[[list[Article]], object] | None = None,
    stop: threading.Event | None = None,
    cluster: CrawlCluster | None = None,
) -> CrawlReport:
    """Poll the sources' feeds once (only those due when ``only_due``); never raises for a
    site's misbehaviour. Returns the articles fetched in this round.

    ``sink`` receives the round's articles BEFORE the feeds' validators and the seen-set are
    saved: if it raises (or the process dies), nothing is marked done and the next round
    fetches the same articles again, so an article is never "seen" without being stored.

    ``stop`` set while the child runs ends it (the daemon is stopping): what it fetched so
    far is handed to ``sink`` and saved; the feeds it had not polled keep their state.
    """
    now, started = clock(), time.time()
    store = FeedStore(engine)
    wanted = {url: s for s in sources if s.enabled for url in s.poll_urls}
    states = store.load(wanted)
    due = [url for url in wanted
           if not only_due or states.get(url) is None or states[url].due(now)]
    if cluster is None:
        return _round(settings, sources, engine, archive_dir, started, now, wanted, states,
                      due, round_timeout, sink, stop, None)
    # A cluster: poll only the feeds this instance claims, and of those only the ones still
    # due once claimed (another instance may have polled and saved one meanwhile).
    try:
        claimed = cluster.claim(due)
    except redis.RedisError as exc:
        # Redis down: the news must still come in, so poll as a lone instance would (each
        # instance then polls every due feed; the seen-set still keeps articles single).
        log.warning("feeds not claimed, polling them unclaimed: %s", exc)
        return _round(settings, sources, engine, archive_dir, started, now, wanted, states,
                      due, round_timeout, sink, stop, None)
    with cluster.holding(claimed):
        states = store.load(wanted)
        mine = [url for url in claimed
                if not only_due or states.get(url) is None or states[url].due(now)]
        return _round(settings, sources, engine, archive_dir, started, now, wanted, states,
                      mine, round_timeout, sink, stop, cluster)


def _round(
    settings: CrawlerSettings,
    sources: list[Source],
    engine: Engine,
    archive_dir: Path | None,
    started: float,
    now: datetime,
    wanted: dict[str, Source],
    states: dict[str, FeedState],
    due: list[str],
    round_timeout: float | None,
    sink: Callable[[list[Article]], object] | None,
    stop: threading.Event | None,
    cluster: CrawlCluster | None,
) -> CrawlReport:
    store, pending = FeedStore(engine), PendingStore(engine)
    carried = _unseen_pending(pending.load(due), SeenSet(engine))
    polls = [_poll(url, wanted[url], states.get(url), carried.get(url)) for url in due]
    report = CrawlReport(polled=len(polls))
    if not polls:
        return report
    extra: dict[str, Any] = {}
    if cluster is not None:
        extra["cluster"] = cluster.job_spec(settings.robots_refresh_hours * 3600)
    job = child.make_job(
        settings, sources, engine, archive_dir, now, polls=polls,
        # Scrapy's INFO chatter is noise in the daemon's log; --debug asks for all of it.
        log_level="DEBUG" if log.isEnabledFor(logging.DEBUG) else "WARNING", **extra,
    )
    if cluster is not None:
        _free_dead_slots(cluster)
    records, crash = child.run(job, round_timeout or _default_timeout(settings, polls), stop)
    if crash and cluster is not None:
        cluster.slots_clean = False  # a killed child does not give its slots back
    outcomes = _collect(records, report)
    if crash and crash != child.ROUND_STOPPED:
        for poll in polls:
            outcomes.setdefault(poll["url"], Outcome("failed", error=crash))
            report.failures[crash.split(":")[0]] += 1
    if sink is not None:
        try:
            sink(report.articles)
        except Exception as exc:  # a full disk or a locked database: one line, then retry
            log.error(
                "articles not stored, this round's feeds will be fetched again: %s",
                str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            )
            log.debug("sink failure", exc_info=True)
            report.failures["sink_failed"] += 1
            return report
    # A feed's schedule runs from when it was fetched, not from when the round began: the
    # next round (maybe another instance's, started faster) then never polls it early.
    late = {r["url"]: min(max(float(r.get("at") or started) - started, 0.0), 3600.0)
            for r in records if r["kind"] == "poll"}
    _save(store, wanted, states, outcomes, now, settings, late)
    child.record_seen(SeenSet(engine), records, now)
    for record in records:  # after the seen-set: a page is never both seen and dropped
        if record["kind"] == "pending" and record["url"] in wanted:
            pending.replace(record["url"], record["source"], record["entries"], now)
    for record in records:  # pages another instance took: until it has stored them
        if record["kind"] == "pending_add" and record["url"] in wanted:
            pending.add(record["url"], record["source"], record["entries"], now)
    return report


def _free_dead_slots(cluster: CrawlCluster) -> None:
    """Before a round's child starts: the slots a killed child of this instance held (a
    ``kill -9`` of the daemon, a round that overran) go back at once, instead of holding
    this round's requests to their hosts back until they expire."""
    if cluster.slots_clean or not cluster.host_slots:
        return
    try:
        cluster.free_dead_slots()
    except redis.RedisError as exc:
        log.warning("host slots of killed rounds not freed, they expire: %s", exc)
        return
    cluster.slots_clean = True


def _unseen_pending(
    carried: dict[str, list[dict[str, object]]], seen: SeenSet
) -> dict[str, list[dict[str, object]]]:
    """Pending pages minus those fetched meanwhile (listed by another feed, say)."""
    urls = [str(e["url"]) for entries in carried.values() for e in entries]
    done = seen.seen(urls) if urls else set()
    return {feed: [e for e in entries if e["url"] not in done]
            for feed, entries in carried.items()}


def _poll(
    url: str, source: Source, state: FeedState | None,
    pending: list[dict[str, object]] | None = None,
) -> dict[str, Any]:
    state = state or FeedState(url=url, source=source.id)
    return {
        "url": url,
        "source": source.id,
        "fetch_url": state.effective_url or url,
        "etag": state.etag,
        "last_modified": state.last_modified,
        "body_hash": state.body_hash,
        "pending": pending or [],
    }


def _default_timeout(settings: CrawlerSettings, polls: list[dict[str, Any]]) -> float:
    # Generous: every feed and its articles one after another, plus interpreter start-up.
    per_feed = settings.timeout * 3 + settings.download_delay * settings.max_articles_per_round
    return 60.0 + per_feed * max(1, len(polls) // max(1, settings.concurrent_per_host))


def _collect(records: list[dict[str, Any]], report: CrawlReport) -> dict[str, Outcome]:
    outcomes: dict[str, Outcome] = {}
    for record in records:
        kind, stats = record["kind"], report.stats(record.get("source") or "")
        if kind == "poll":
            outcome = Outcome(**record["outcome"])
            outcomes[record["url"]] = outcome
            stats.polled += 1
            stats.new_items += outcome.new_items
            stats.not_modified += outcome.status == "not_modified"
            stats.unchanged += outcome.status == "unchanged"
        elif kind == "article":
            report.articles.append(child.article(record["article"]))
            report.stats(record["article"]["source"]).articles += 1
        elif kind == "failure":
            report.failures[record["reason"]] += 1
            stats.failures[record["reason"]] += 1
            log.warning("crawl failure: %s %s: %s", record["source"], record["url"],
                        _failure_line(record))
    return outcomes


def _failure_line(record: dict[str, Any]) -> str:
    """One line, starting with the reason the failure is counted under."""
    reason = str(record["reason"])
    detail = " ".join(str(record.get("detail") or "").split())[:300]
    if not detail or detail == reason:
        return reason
    return detail if detail.startswith(f"{reason}:") else f"{reason}: {detail}"


def _save(
    store: FeedStore,
    wanted: dict[str, Source],
    states: dict[str, FeedState],
    outcomes: dict[str, Outcome],
    now: datetime,
    settings: CrawlerSettings,
    late: dict[str, float] | None = None,
) -> None:
    updated = []
    for url, outcome in outcomes.items():
        if url not in wanted:
            continue
        state = states.get(url) or FeedState(url=url, source=wanted[url].id)
        at = now + timedelta(seconds=(late or {}).get(url, 0.0))
        updated.append(apply(state, outcome, at, settings))
    store.save(updated)
