"""Sources and their health: the registry and configured sources, joined with what the
crawler recorded per polled URL (``crawler.state.FeedStore``) and the articles stored per
source (``pipeline.store.queries.PipelineQueries``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from crawler.sources import Source, SourceError, load_registry, merge
from crawler.state import FeedStore
from pipeline.store.queries import PipelineQueries


def configured_sources(tables: Iterable[Mapping[str, Any]]) -> list[Source]:
    """The shipped registry overlaid by ``[[source]]`` tables (invalid ones are skipped:
    the daemon reports them; a dashboard should still show the rest)."""
    user = []
    for table in tables:
        try:
            user.append(Source.from_dict(table))
        except SourceError:
            continue
    return merge(load_registry(), user)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value.replace(tzinfo=UTC) if value.tzinfo is None else value).isoformat()


def _feed_health(engine: Engine) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for feed in FeedStore(engine).load().values():
        h = out.setdefault(feed.source, {"failures": 0, "last_poll": None,
                                         "last_success": None, "last_error": None,
                                         "degraded": False, "polled": 0})
        h["polled"] += 1
        h["failures"] = max(h["failures"], feed.failures)
        h["degraded"] = h["degraded"] or feed.degraded
        for key in ("last_poll", "last_success"):
            value = getattr(feed, key)
            if value is not None and (h[key] is None or value > h[key]):
                h[key] = value
        if feed.failures and feed.last_error:
            h["last_error"] = feed.last_error
    return out


def _status(h: Mapping[str, Any] | None) -> str:
    if not h or not h["polled"] or h["last_poll"] is None:
        return "unknown"
    if h["failures"] and h["last_success"] is None:
        return "failing"
    if h["failures"] or h["degraded"]:
        return "degraded"
    return "ok"


def source_health(engine: Engine, tables: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    health, counts = _feed_health(engine), PipelineQueries(engine).articles_per_source()
    out = []
    for src in configured_sources(tables):
        h = health.get(src.id)
        articles, latest = counts.get(src.id, (0, None))
        out.append({
            "id": src.id, "name": src.name, "homepage": src.homepage, "language": src.language,
            "type": src.type, "enabled": src.enabled, "verified": src.verified,
            "feeds": len(src.poll_urls), "status": _status(h),
            "failures": int(h["failures"]) if h else 0,
            "last_poll": _iso(h["last_poll"]) if h else None,
            "last_success": _iso(h["last_success"]) if h else None,
            "last_error": h["last_error"] if h else None,
            "articles": articles, "last_article_at": _iso(latest),
        })
    return out
