"""Feed bytes to entries with feedparser; broken feeds keep whatever entries survive.

feedparser flags malformed input with ``bozo``; the reason is returned (the round logs it and
counts ``bozo_feed``) and the partial entries are still used: a truncated feed with three good
items is three articles, not zero.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import feedparser

from crawler.dates import parse_date

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    published: datetime | None
    summary: str


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[FeedEntry]
    is_feed: bool
    bozo_reason: str | None = None
    ttl_minutes: int | None = None


def parse_feed(body: bytes, url: str = "", content_type: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom bytes; ``is_feed`` is False for HTML pages and other non-feeds."""
    headers = {"content-type": content_type} if content_type else None
    parsed: Any = feedparser.parse(body, response_headers=headers)
    entries = [e for e in (_entry(item) for item in parsed.entries) if e is not None]
    version = parsed.get("version") or ""
    bozo = None
    if parsed.get("bozo"):
        bozo = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
        log.warning("malformed feed %s: %s (%d entries kept)", url, bozo, len(entries))
    return ParsedFeed(entries, bool(version) or bool(entries), bozo, _ttl(parsed))


def _entry(item: Any) -> FeedEntry | None:
    link = item.get("link") or item.get("id") or ""
    if not link.startswith(("http://", "https://")):
        return None
    published = item.get("published") or item.get("updated") or ""
    return FeedEntry(
        url=link.strip(),
        title=(item.get("title") or "").strip(),
        published=parse_date(published),
        summary=(item.get("summary") or ""),
    )


def _ttl(parsed: Any) -> int | None:
    raw = parsed.get("feed", {}).get("ttl")
    try:
        return int(raw) if raw else None
    except (TypeError, ValueError):
        return None
