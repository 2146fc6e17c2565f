"""The sources this instance polls, and how each one is doing.

``active_sources``: the shipped registry plus the configuration's tables.
``source_health``: one source's state from its feeds' crawl state, the single definition that
``sources list``, ``status``, ``/readyz`` and the failing-sources gauge all use, so they
never disagree (a source is never shown ``ok`` beside a current error).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from newswatch.errors import UserError
from newswatch.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from crawler.sources import Source
    from crawler.state import FeedState

# What ``state`` can be, from worst to best; ``failing``/``degraded`` and ``stale`` make an
# instance unready (see newswatch.health.readiness).
STATES = {
    "degraded": "every feed failing, for crawler.degraded_after polls or more",
    "failing": "every feed's last poll failed",
    "stale": "no successful poll for health.stale_after seconds",
    "partial": "some feeds' last poll failed, others work",
    "new": "not polled yet",
    "ok": "last polls succeeded",
    "disabled": "enabled = false",
}
UNHEALTHY = frozenset({"degraded", "failing", "stale"})


def active_sources(settings: Settings) -> list[Source]:
    """Registry (unless ``crawler.use_registry = false``) overlaid by ``[[source]]`` tables."""
    from crawler.sources import Source, SourceError, load_registry, merge

    registry = load_registry() if settings.crawler.use_registry else []
    user = []
    for number, table in enumerate(settings.sources, start=1):
        try:
            user.append(Source.from_dict(table))
        except SourceError as exc:
            raise UserError(f"[[source]] #{number} in the configuration: {exc}") from None
    return merge(registry, user)


def source_health(
    source: Source, states: Sequence[FeedState], now: datetime, stale_after: timedelta
) -> dict[str, Any]:
    """The row of ``sources list --json`` (and of ``status``) for one source."""

    def latest(attr: str) -> datetime | None:
        values = [getattr(s, attr) for s in states if getattr(s, attr) is not None]
        return max(values) if values else None

    failing = [s for s in states if s.failures]
    nexts = [s.next_poll for s in states if s.next_poll is not None]
    last_success = latest("last_success")
    return {
        "id": source.id, "name": source.name, "type": source.type, "homepage": source.homepage,
        "feeds": list(source.poll_urls), "orientation": source.orientation,
        "verified": source.verified, "enabled": source.enabled,
        "state": _state(source, states, failing, last_success, now, stale_after),
        "last_success": _iso(last_success), "last_poll": _iso(latest("last_poll")),
        "next_poll": _iso(min(nexts)) if nexts else None,
        "last_error": failing[0].last_error if failing else None,
        "failures": max((s.failures for s in states), default=0),
        "items_seen": sum(s.items_seen for s in states),
        "degraded": bool(states) and all(s.degraded for s in states),
    }  # fmt: skip


def _state(
    source: Source, states: Sequence[FeedState], failing: list[FeedState],
    last_success: datetime | None, now: datetime, stale_after: timedelta,
) -> str:
    polled = [s for s in states if s.last_poll is not None]
    if not source.enabled:
        return "disabled"
    if not polled:
        return "new"
    if len(failing) == len(polled):
        return "degraded" if all(s.degraded for s in polled) else "failing"
    # Measured from the first poll when nothing ever succeeded: a source is not stale
    # before it had the time to become so.
    since = last_success or min(s.last_poll for s in polled if s.last_poll is not None)
    if now - since > stale_after:
        return "stale"
    return "partial" if failing else "ok"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def sources_health(
    settings: Settings, engine: Engine, now: datetime, sources: Iterable[Source] | None = None
) -> list[dict[str, Any]]:
    """``source_health`` for every active source (or the given ones)."""
    from crawler.state import FeedStore

    chosen = list(sources) if sources is not None else active_sources(settings)
    states = FeedStore(engine).load()
    stale_after = timedelta(seconds=settings.health.stale_after)
    return [
        source_health(s, [states[u] for u in s.poll_urls if u in states], now, stale_after)
        for s in chosen
    ]


def summary(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Counts for ``status`` and ``/readyz``: which enabled sources fail or are stale."""
    enabled = [r for r in rows if r["enabled"]]
    return {
        "enabled": len(enabled),
        "failing": sorted(r["id"] for r in enabled if r["state"] in ("failing", "degraded")),
        "stale": sorted(r["id"] for r in enabled if r["state"] == "stale"),
    }
