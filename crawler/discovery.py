"""Find a site's feed when the listed one fails: autodiscovery, common paths, then sitemap.

The crawl round walks :func:`candidates` in order until one answers with a feed; the order is
the issue's: ``<link rel="alternate" type="application/rss+xml|atom+xml">`` on the homepage,
then the usual paths, then the sitemap (whose newest URLs are used as feed entries).
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from crawler.dates import parse_date
from crawler.feeds import FeedEntry

COMMON_PATHS = ("/feed/", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_SM_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def alternate_links(page: str, base_url: str) -> list[str]:
    """Feed URLs announced by ``<link rel="alternate">`` in an HTML page."""
    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    out = []
    for link in tree.iterfind(".//link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower()
        if "alternate" in rel and kind in FEED_TYPES and link.get("href"):
            out.append(urljoin(base_url, link.get("href")))
    return list(dict.fromkeys(out))


def common_feed_urls(homepage: str) -> list[str]:
    return [urljoin(homepage, path) for path in COMMON_PATHS]


def archive_url(pattern: str, day: datetime) -> str:
    """A date-archive URL from a pattern such as ``https://x.sy/{yyyy}/{mm}/{dd}/``."""
    return pattern.format(yyyy=f"{day.year:04d}", mm=f"{day.month:02d}", dd=f"{day.day:02d}")


def archive_links(page: str, page_url: str) -> list[str]:
    """Article links on a date-archive page: same host, below the archive path."""
    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    tree.make_links_absolute(page_url)
    out = [
        href for href in (a.get("href") or "" for a in tree.iterfind(".//a"))
        if href.startswith(page_url) and len(href.rstrip("/")) > len(page_url.rstrip("/"))
        and "/page/" not in href and "#" not in href
    ]
    return list(dict.fromkeys(out))


# First path segments of pages that list articles rather than being one (WordPress and the
# usual Arabic CMSs): fetching them as articles yields a page of teasers.
_LISTING_SEGMENTS = frozenset({"category", "tag", "author", "page", "section", "sections",
                               "topics", "feed", "search", "wp-admin", "wp-content"})


def is_listing_page(url: str) -> bool:
    """True for a home page or a section/tag/author listing: not an article URL."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return True
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return not parts.query  # "/?p=123" is WordPress's plain permalink: an article
    return segments[0].lower() in _LISTING_SEGMENTS


def sitemap_entries(body: bytes, limit: int = 50) -> tuple[list[FeedEntry], list[str]]:
    """``(newest URLs as entries, child sitemaps)`` from a sitemap or sitemap index."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    children = [(loc.text or "").strip() for loc in root.iter(f"{_SM_NS}sitemap", "sitemap")
                for loc in loc.iter(f"{_SM_NS}loc", "loc")]
    entries = []
    for url in root.iter(f"{_SM_NS}url", "url"):
        loc = url.findtext(f"{_SM_NS}loc") or url.findtext("loc") or ""
        lastmod = url.findtext(f"{_SM_NS}lastmod") or url.findtext("lastmod")
        if re.match(r"https?://", loc.strip()) and not is_listing_page(loc.strip()):
            entries.append(FeedEntry(loc.strip(), "", parse_date(lastmod), ""))
    entries.sort(key=lambda e: e.published.timestamp() if e.published else 0.0, reverse=True)
    return entries[:limit], children
