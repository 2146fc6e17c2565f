"""Feed bytes to entries with feedparser; broken feeds keep whatever entries survive.

feedparser flags malformed input with ``bozo``; the reason is returned (the round logs it and
counts ``bozo_feed``) and the partial entries are still used: a truncated feed with three good
items is three articles, not zero.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

import feedparser

from crawler.dates import parse_date

log = logging.getLogger(__name__)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


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


def parse_feed(
    body: bytes, url: str = "", content_type: str | None = None, zone: tzinfo | None = None
) -> ParsedFeed:
    """Parse RSS/Atom bytes; ``is_feed`` is False for HTML pages and other non-feeds.

    Never raises: feedparser itself lets exceptions escape on some hostile bytes (an
    ``encoding="\\xbf"`` declaration, a loose-parser ``KeyError``); such a body is an empty,
    malformed feed whose ``bozo_reason`` names the exception. ``zone`` is the source's: the
    zone of dates that the feed gives without one.
    """
    headers = {"content-type": content_type} if content_type else None
    try:
        parsed: Any = feedparser.parse(body, response_headers=headers)
    except Exception as exc:  # feedparser's own bugs on hostile input: a malformed feed
        reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        log.warning("unparseable feed %s: %s", url, reason)
        return ParsedFeed([], False, reason)
    items = parsed.get("entries") or []
    entries = [e for e in (_entry(item, zone) for item in items) if e is not None]
    version = parsed.get("version") or ""
    bozo = None
    if parsed.get("bozo"):
        bozo = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
        log.warning("malformed feed %s: %s (%d entries kept)", url, bozo, len(entries))
    return ParsedFeed(entries, bool(version) or bool(entries), bozo, _ttl(parsed))


def _entry(item: Any, zone: tzinfo | None) -> FeedEntry | None:
    # feedparser's values are usually strings, but odd markup (``<links/>``) makes dicts.
    link = _own_link(item) or _text(item.get("link")) or _text(item.get("id"))
    if not link.strip().startswith(("http://", "https://")):
        return None
    return FeedEntry(
        url=link.strip(),
        title=_text(item.get("title")).strip(),
        published=parse_date(_text(item.get("published")) or _text(item.get("updated")), zone),
        summary=_text(item.get("summary")),
    )


def _own_link(item: Any) -> str:
    """The item's own page: its first ``rel=alternate`` HTML link. feedparser's ``link`` is the
    LAST ``<atom:link>`` of an item, which real feeds use for related articles."""
    links = item.get("links")
    for link in links if isinstance(links, list) else []:
        if not isinstance(link, dict):
            continue
        rel, kind = _text(link.get("rel")) or "alternate", _text(link.get("type")) or "text/html"
        href = _text(link.get("href")).strip()
        if rel == "alternate" and kind in _HTML_TYPES and href.startswith(("http://", "https://")):
            return href
    return ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _ttl(parsed: Any) -> int | None:
    raw = parsed.get("feed", {}).get("ttl")
    try:
        return int(raw) if raw else None
    except (TypeError, ValueError):
        return None
