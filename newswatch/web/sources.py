"""Sources and their health: the registry and configured sources, joined with what the
crawler recorded per polled URL (``crawl_feeds``) and the articles stored per source."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select

from crawler.sources import Source, SourceError, load_registry, merge
from crawler.state import crawl_feeds
from pipeline.store.tables import ARTICLES


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
    with engine.connect() as conn:
        for row in conn.execute(select(crawl_feeds)).mappings():
            h = out.setdefault(row["source"], {"failures": 0, "last_poll": None,
                                               "last_success": None, "last_error": None,
                                               "degraded": False, "polled": 0})
            h["polled"] += 1
            h["failures"] = max(h["failures"], int(row["failures"] or 0))
            h["degraded"] = h["degraded"] or bool(row["degraded"])
            for key in ("last_poll", "last_success"):
                if row[key] is not None and (h[key] is None or row[key] > h[key]):
                    h[key] = row[key]
            if row["failures"] and row["last_error"]:
                h["last_error"] = row["last_error"]
    return out


def _article_counts(engine: Engine) -> dict[str, tuple[int, datetime | None]]:
    a = ARTICLES.c
    query = select(a.source, func.count(), func.max(a.fetched_at)).group_by(a.source)
    with engine.connect() as conn:
        return {row[0]: (int(row[1]), row[2]) for row in conn.execute(query)}


def _status(h: Mapping[str, Any] | None) -> str:
    if not h or not h["polled"] or h["last_poll"] is None:
        return "unknown"
    if h["failures"] and h["last_success"] is None:
        return "failing"
    if h["failures"] or h["degraded"]:
        return "degraded"
    return "ok"


def source_health(engine: Engine, tables: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    health, counts = _feed_health(engine), _article_counts(engine)
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
