"""When to poll a feed next: pure functions of the feed's state, the outcome and the clock.

- Success: the interval follows the observed rate of new items. With ``n`` new items since the
  last poll ``elapsed`` seconds ago, the next poll is ``elapsed / n`` away (about one new item
  per poll); no new items stretch the interval by half. A feed's ``<ttl>`` is a floor.
- Failure: exponential backoff from ``min_interval`` (doubling per consecutive failure), at
  least any ``Retry-After``; everything is clamped to ``[min_interval, max_interval]`` except
  ``Retry-After``, which is honoured up to ``max(max_interval, 1 day)`` (a server asking for
  ``Retry-After: 99999999999999`` or a date in year 9999 would otherwise overflow the
  timestamp and the interval column, or silence the feed forever).
- After ``degraded_after`` consecutive failures the feed is degraded: polled once per
  ``max_interval`` until a success clears it. Nothing here raises; a bad feed never stops
  the daemon.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from crawler.settings import CrawlerSettings
from crawler.state import FeedState


@dataclass(frozen=True)
class Outcome:
    """What one poll of one URL produced (as reported by the crawl round)."""

    status: str  # "ok", "not_modified", "unchanged" or "failed"
    new_items: int = 0
    error: str | None = None
    retry_after: float | None = None
    ttl_minutes: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    effective_url: str | None = None


MAX_RETRY_AFTER = 86_400  # seconds; see the module docstring


def retry_cap(settings: CrawlerSettings) -> int:
    """The longest ``Retry-After`` honoured, in seconds."""
    return max(settings.max_interval, MAX_RETRY_AFTER)


def _retry_seconds(retry_after: float, settings: CrawlerSettings) -> int:
    if retry_after != retry_after:  # NaN
        return 0
    return int(min(max(retry_after, 0.0), float(retry_cap(settings))) + 0.999)


def clamp(value: float, settings: CrawlerSettings) -> int:
    return int(min(max(value, settings.min_interval), settings.max_interval))


def success_interval(
    state: FeedState, outcome: Outcome, now: datetime, settings: CrawlerSettings
) -> int:
    previous = state.interval or settings.min_interval
    if outcome.new_items > 0 and state.last_poll is not None:
        elapsed = max((now - state.last_poll).total_seconds(), 1.0)
        interval = clamp(elapsed / outcome.new_items, settings)
    elif outcome.new_items > 0:
        interval = settings.min_interval
    else:
        interval = clamp(previous * 1.5, settings)
    if outcome.ttl_minutes:
        interval = max(interval, min(outcome.ttl_minutes * 60, settings.max_interval))
    return interval


def failure_delay(failures: int, retry_after: float | None, settings: CrawlerSettings) -> int:
    """Seconds until the next try after ``failures`` consecutive failures (>= 1)."""
    if failures >= settings.degraded_after:
        backoff = settings.max_interval
    else:
        backoff = clamp(settings.min_interval * 2 ** (failures - 1), settings)
    if retry_after is not None:
        return max(backoff, _retry_seconds(retry_after, settings))
    return backoff


def apply(
    state: FeedState, outcome: Outcome, now: datetime, settings: CrawlerSettings
) -> FeedState:
    """The feed's state after ``outcome`` observed at ``now``."""
    if outcome.status == "failed":
        failures = state.failures + 1
        delay = failure_delay(failures, outcome.retry_after, settings)
        return replace(
            state, last_poll=now, next_poll=now + timedelta(seconds=delay), interval=delay,
            failures=failures, last_error=outcome.error or "unknown",
            degraded=failures >= settings.degraded_after,
        )
    interval = success_interval(state, outcome, now, settings)
    if outcome.retry_after:
        interval = max(interval, _retry_seconds(outcome.retry_after, settings))
    return replace(
        state, last_poll=now, next_poll=now + timedelta(seconds=interval), interval=interval,
        failures=0, degraded=False, last_success=now,
        items_seen=state.items_seen + outcome.new_items,
        etag=outcome.etag if outcome.status == "ok" else state.etag,
        last_modified=outcome.last_modified if outcome.status == "ok" else state.last_modified,
        body_hash=outcome.body_hash or state.body_hash,
        effective_url=outcome.effective_url or state.effective_url,
    )
