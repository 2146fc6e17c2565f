"""Which document answers which path: the replica's URL map, on an immutable snapshot."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qs, quote

from newswatch.replica import feeds, pages
from newswatch.replica.articles import Article

HTML = "text/html; charset=UTF-8"
ARTICLE_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+)/(amp/)?$")
DAY_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/$")
TELEGRAM_RE = re.compile(r"^/s/(\w{3,64})/?$", re.ASCII)
TELEGRAM_PAGE = 20
TELEGRAM_FIRST_ID = 100


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    # Only real documents get an ETag/Last-Modified and may answer 304.
    cacheable: bool = False


@dataclass(frozen=True)
class Snapshot:
    """The site as one request sees it; ``articles`` newest first."""

    articles: tuple[Article, ...]
    base: str
    updated: datetime
    feed_ttl: int
    crawl_delay: float
    per_page: int


def _doc(text: str, content_type: str, modified: datetime | None) -> Response:
    return Response(200, text.encode("utf-8"), content_type, last_modified=modified, cacheable=True)


def _redirect(status: int, location: str) -> Response:
    return Response(status, b"", headers={"Location": location})


def not_found(snap: Snapshot) -> Response:
    return Response(404, pages.not_found_page(snap.base).encode("utf-8"))


def route(snap: Snapshot, path: str, query: str) -> Response:
    """Answer a GET of the decoded ``path`` with raw ``query``."""
    params = {k: v[-1] for k, v in parse_qs(query).items()}
    response = _route(snap, path, params)
    # WordPress redirects slash-less permalinks to their canonical form.
    slashless = not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]
    if response.status == 404 and slashless and _route(snap, path + "/", params).status == 200:
        return _redirect(301, snap.base + quote(path) + "/")
    return response


def _route(snap: Snapshot, path: str, params: dict[str, str]) -> Response:
    if path == "/":
        return _home(snap, params)
    if path in ("/feed/", "/feed/atom/"):
        return _feed(snap, atom=path == "/feed/atom/", paged=params.get("paged", "1"))
    if path == "/sitemap.xml":
        xml = feeds.render_sitemap(snap.articles, snap.base, updated=snap.updated)
        return _doc(xml, "application/xml; charset=UTF-8", snap.updated)
    if path == "/robots.txt":
        text = feeds.render_robots(snap.base, snap.crawl_delay)
        return _doc(text, "text/plain; charset=UTF-8", None)
    if path.startswith("/private/"):
        return _doc(pages.private_page(snap.base), HTML, None)
    if DAY_RE.match(path):
        return _day(snap, path)
    if match := ARTICLE_RE.match(path):
        return _article(snap, path, match)
    if match := TELEGRAM_RE.match(path):
        return _telegram(snap, match.group(1), params.get("before"))
    return not_found(snap)


def _home(snap: Snapshot, params: dict[str, str]) -> Response:
    if "p" in params:  # WordPress short link /?p=ID
        for article in snap.articles:
            if str(article.id) == params["p"]:
                return _redirect(301, snap.base + article.path)
        return not_found(snap)
    html = pages.home_page(snap.articles[: snap.per_page], snap.base)
    return _doc(html, HTML, snap.updated)


def _feed(snap: Snapshot, *, atom: bool, paged: str) -> Response:
    page = int(paged) if paged.isdigit() else 0
    start = (page - 1) * snap.per_page
    items = snap.articles[start : start + snap.per_page]
    if page < 1 or (not items and page > 1):
        return not_found(snap)
    if atom:
        xml = feeds.render_atom(items, snap.base, updated=snap.updated)
        return _doc(xml, "application/atom+xml; charset=UTF-8", snap.updated)
    xml = feeds.render_rss(items, snap.base, ttl=snap.feed_ttl, updated=snap.updated)
    return _doc(xml, "application/rss+xml; charset=UTF-8", snap.updated)


def _day(snap: Snapshot, path: str) -> Response:
    day = [a for a in snap.articles if a.day_path == path]
    if not day:
        return not_found(snap)
    html = pages.archive_page(day[0].published, day, snap.base)
    return _doc(html, HTML, max(a.published for a in day))


def _article(snap: Snapshot, path: str, match: re.Match[str]) -> Response:
    day_path, slug = path[:12], match.group(4)
    for article in snap.articles:
        if article.day_path == day_path and article.slug == slug:
            related = [a for a in snap.articles if a.id != article.id][:3]
            html = pages.article_page(article, related, snap.base, amp=bool(match.group(5)))
            return _doc(html, HTML, article.published)
    return not_found(snap)


def telegram_posts(snap: Snapshot) -> list[tuple[int, Article]]:
    """Every article as a channel post, oldest first, numbered by article id."""
    ordered = sorted(snap.articles, key=lambda a: (a.published, a.id))
    return [(TELEGRAM_FIRST_ID + a.id, a) for a in ordered]


def _telegram(snap: Snapshot, channel: str, before: str | None) -> Response:
    posts = telegram_posts(snap)
    if before is not None and before.isdigit():
        posts = [p for p in posts if p[0] < int(before)]
    shown = posts[-TELEGRAM_PAGE:]
    more = shown[0][0] if len(posts) > len(shown) else None
    html = pages.telegram_page(channel, shown, snap.base, more_before=more)
    modified = max((a.published for _, a in shown), default=None)
    return _doc(html, HTML, modified)
