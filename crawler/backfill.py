"""Backfill: find a source's articles of a past time window and fetch them, politely.

Three listings are walked, whichever the source has, and their URLs merged:

- the sitemap (``Source.sitemap`` or ``/sitemap.xml``): entries whose ``lastmod`` falls in the
  window; sitemap indexes are followed into children not older than the window;
- date archives (``Source.archive``, e.g. ``/{yyyy}/{mm}/{dd}/``), day by day, with their
  ``/page/N/`` continuations; a site's local day may straddle UTC days, so one day more is
  asked for and such articles are kept only when their own date is in the window;
- paged feeds (``?paged=N``), page after page until the items are older than the window.

Everything runs in the crawl round's child process (``crawler.round`` with a job of kind
``"backfill"``) with the same Scrapy settings, so robots.txt, ``Crawl-delay``, the download
delay, the WARC archive and the article extraction are the crawler's own. Feed schedules are
not touched; fetched URLs join the seen-set.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree, html
from scrapy.http import Request, Response
from sqlalchemy import Engine
from twisted.python.failure import Failure

from crawler import child
from crawler.clock import utcnow
from crawler.dates import parse_date
from crawler.decode import decode_html
from crawler.discovery import COMMON_PATHS, archive_links, archive_url
from crawler.feeds import FeedEntry, parse_feed
from crawler.models import Article
from crawler.reasons import PARSE_ERROR, exc_reason, failure_reason
from crawler.seen import SeenSet
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.spider import HANDLED_STATUSES, NewsSpider, content_type

_DAY_PATH = re.compile(r"/\d{4}/\d{2}/\d{2}/?(?:page/\d+/?)?")
_LISTING_PATHS = {"", "/", "/robots.txt", "/feed/atom/", *COMMON_PATHS}
MAX_LISTING_PAGES = 200  # per source: sitemaps, archive pages and feed pages together
_SM_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
Clock = Callable[[], datetime]


@dataclass
class BackfillReport:
    """Articles fetched for the window, how many URLs the listings gave, and failures."""

    articles: list[Article] = field(default_factory=list)
    listed: int = 0
    failures: Counter[str] = field(default_factory=Counter)


def backfill(
    settings: CrawlerSettings,
    sources: list[Source],
    engine: Engine,
    archive_dir: Path | None,
    start: datetime,
    end: datetime,
    *,
    clock: Clock = utcnow,
    skip_seen: bool = True,
    max_articles: int = 2000,
    timeout: float | None = None,
) -> BackfillReport:
    """Fetch the articles the sources published in ``[start, end)`` (aware datetimes).

    ``skip_seen`` leaves out URLs already fetched (a catch-up); without it every article
    listed is fetched again (``replay --refetch``). Never raises for a site's misbehaviour.
    """
    wanted = [s for s in sources if s.enabled and s.type == "feed"]
    if not wanted or start >= end:
        return BackfillReport()
    job = child.make_job(
        settings, wanted, engine, archive_dir, clock(), kind="backfill",
        window=[start.isoformat(), end.isoformat()], skip_seen=skip_seen,
        max_articles=max_articles,
    )
    records, crash = child.run(
        job, timeout or _timeout(settings, wanted, start, end, max_articles)
    )
    report = BackfillReport()
    loose = {r["url"] for r in records if r["kind"] == "listed" and not r["exact"]}
    report.listed = sum(1 for r in records if r["kind"] == "listed")
    report.articles = [a for a in _articles(records) if _in_window(a, loose, start, end)]
    report.failures.update(r["reason"] for r in records if r["kind"] == "failure")
    if crash:
        report.failures[crash.split(":")[0]] += 1
    child.record_seen(SeenSet(engine), records, clock())
    return report


def _articles(records: list[dict[str, Any]]) -> list[Article]:
    return [child.article(r["article"]) for r in records if r["kind"] == "article"]


def _in_window(article: Article, loose: set[str], start: datetime, end: datetime) -> bool:
    # Sitemap and feed dates were checked before fetching; archive days are only approximate.
    if article.url not in loose or article.published_at is None:
        return True
    return start <= article.published_at < end


def _timeout(
    settings: CrawlerSettings,
    sources: list[Source],
    start: datetime,
    end: datetime,
    max_articles: int,
) -> float:
    days = (end - start).days + 2
    delay = max([settings.download_delay, *(s.crawl_delay or 0.0 for s in sources)])
    pages = len(sources) * (days + 10)
    return 60.0 + (pages + max_articles) * (delay + 1.0) + settings.timeout * 3


# -- the child process side ----------------------------------------------------------------


class BackfillSpider(NewsSpider):
    """Walks the listings of each source over a window; article pages as :class:`NewsSpider`."""

    name = "newswatch-backfill"

    def __init__(
        self,
        sources: dict[str, Source],
        sink: Any,
        seen: Callable[[Iterable[str]], set[str]],
        now: datetime,
        max_articles: int,
        window: tuple[str, str],
        **kwargs: Any,
    ) -> None:
        super().__init__(
            polls=[],
            sources=sources,
            sink=sink,
            seen=seen,
            now=now,
            max_articles=max_articles,
            **kwargs,
        )
        self.window = (datetime.fromisoformat(window[0]), datetime.fromisoformat(window[1]))
        self.pages: Counter[str] = Counter()

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            for request in self._listings(source):
                yield request

    def _listings(self, source: Source) -> list[Request]:
        home = source.homepage or (source.feeds[0] if source.feeds else "")
        out = [self._listing(source.id, "sitemap", source.sitemap or urljoin(home, "/sitemap.xml"))]
        if source.archive:
            first, last = self.window[0].date(), (self.window[1] - timedelta(microseconds=1)).date()
            for day in _days(first, last + timedelta(days=1)):
                out.append(self._listing(source.id, "archive", day_url(source, day)))
        for feed in source.feeds:
            out.append(self._listing(source.id, "feed", paged_url(feed, 1), page=1))
        return out

    def _listing(self, source: str, kind: str, url: str, **extra: Any) -> Request:
        self.pages[source] += 1
        meta = {"source": source, "kind": kind, "handle_httpstatus_list": HANDLED_STATUSES, **extra}
        return Request(
            url, callback=self.on_listing, errback=self.on_listing_error, meta=meta, priority=10
        )

    def _more(self, source: str, kind: str, url: str, **extra: Any) -> list[Request]:
        if self.pages[source] >= MAX_LISTING_PAGES:
            return []
        return [self._listing(source, kind, url, **extra)]

    def on_listing(self, response: Response) -> Iterable[Request]:
        try:
            return self._on_listing(response)
        except Exception as exc:  # a hostile listing is a counted reason, not a dead round
            self._failure(
                response.meta["source"], response.url, f"{PARSE_ERROR}: {exc_reason(exc)}"
            )
            return []

    def _on_listing(self, response: Response) -> list[Request]:
        source, kind = response.meta["source"], response.meta["kind"]
        if response.status >= 400:
            # Past the last feed page, or a day without articles: the end, not a failure.
            if response.status != 404:
                self._failure(source, response.url, f"http_{response.status}")
            return []
        if kind == "sitemap":
            return self._sitemap(response, source)
        if kind == "archive":
            return self._archive(response, source)
        return self._feed(response, source)

    def _sitemap(self, response: Response, source: str) -> list[Request]:
        urls, children = sitemap_dated(response.body)
        start, end = self.window
        out = [
            r
            for url, mod in children
            if mod is None or mod >= start
            for r in self._more(source, "sitemap", url)
        ]
        exact = [FeedEntry(u, "", mod, "") for u, mod in urls if mod and start <= mod < end]
        return out + self._fetch(source, exact, exact=True)

    def _archive(self, response: Response, source: str) -> list[Request]:
        text, _ = decode_html(response.body, content_type(response))
        root = response.meta.get("archive_root") or response.url
        entries = [FeedEntry(u, "", None, "") for u in archive_links(text, root)]
        more = [
            r
            for u in _next_pages(text, response.url, root)
            for r in self._more(source, "archive", u, archive_root=root)
        ]
        return more + self._fetch(source, entries, exact=False)

    def _feed(self, response: Response, source: str) -> list[Request]:
        parsed = parse_feed(response.body, response.url, content_type(response))
        if not parsed.is_feed or not parsed.entries:
            return []
        start, end = self.window
        dated = [e for e in parsed.entries if e.published is not None]
        exact = [e for e in dated if e.published and start <= e.published < end]
        undated = [e for e in parsed.entries if e.published is None]
        out = self._fetch(source, exact, exact=True) + self._fetch(source, undated, exact=False)
        oldest = min((e.published for e in dated if e.published), default=None)
        if oldest is not None and oldest >= start:
            page = response.meta["page"] + 1
            out += self._more(source, "feed", paged_url(response.url, page), page=page)
        return out

    def _fetch(self, source: str, entries: list[FeedEntry], *, exact: bool) -> list[Request]:
        out = []
        source_ = self.sources[source]
        # Sitemaps list the homepage and category pages too; only articles are wanted.
        entries = [e for e in entries if not is_listing(e.url, source_)]
        for entry in self._unseen(entries):
            self.sink({"kind": "listed", "source": source, "url": entry.url, "exact": exact})
            if self.per_source.get(source, 0) >= self.max_articles:
                continue
            self.per_source[source] = self.per_source.get(source, 0) + 1
            out.append(
                Request(
                    entry.url,
                    callback=self.on_article,
                    errback=self.on_article_error,
                    dont_filter=True,
                    meta={
                        "source": source,
                        "entry": asdict(entry),
                        "handle_httpstatus_list": HANDLED_STATUSES,
                    },
                )
            )
        return out

    def on_listing_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        reason = failure_reason(failure.value or Exception("unknown"))
        self._failure(request.meta["source"], request.url, reason)

    def _failure(self, source: str, url: str, reason: str) -> None:
        self.sink(
            {
                "kind": "failure",
                "source": source,
                "reason": reason.split(":")[0],
                "url": url,
                "detail": reason,
            }
        )


def is_listing(url: str, source: Source) -> bool:
    """Whether ``url`` is a page the crawler reads for links, not an article."""
    if url in (source.homepage, source.sitemap, *source.feeds):
        return True
    parts = urlsplit(url)
    if "paged=" in parts.query or parts.path.endswith((".xml", ".rss", ".txt")):
        return True
    if parts.path in _LISTING_PATHS or _DAY_PATH.fullmatch(parts.path):
        return True
    pattern = _archive_pattern(source)
    return pattern is not None and pattern.fullmatch(parts.path) is not None


def _archive_pattern(source: Source) -> re.Pattern[str] | None:
    if not source.archive:
        return None
    path = re.escape(urlsplit(urljoin(source.homepage or "http://x/", source.archive)).path)
    for key, digits in (("{yyyy}", r"\d{4}"), ("{mm}", r"\d{2}"), ("{dd}", r"\d{2}")):
        path = path.replace(re.escape(key), digits)
    return re.compile(path.rstrip("/") + r"/?(?:page/\d+/?)?")


def day_url(source: Source, day: date) -> str:
    """The date-archive URL of ``day``; a pattern without a host is taken from the homepage."""
    url = archive_url(source.archive or "", datetime(day.year, day.month, day.day, tzinfo=UTC))
    return urljoin(source.homepage or (source.feeds[0] if source.feeds else ""), url)


def paged_url(feed: str, page: int) -> str:
    """``feed`` with ``paged=page`` (WordPress feed pagination); page 1 is the feed itself."""
    parts = urlsplit(feed)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "paged"]
    if page > 1:
        query.append(("paged", str(page)))
    return urlunsplit(parts._replace(query=urlencode(query)))


def sitemap_dated(
    body: bytes,
) -> tuple[list[tuple[str, datetime | None]], list[tuple[str, datetime | None]]]:
    """``(urls, child sitemaps)`` of a sitemap or sitemap index, each with its ``lastmod``."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []

    def pairs(tag: str) -> list[tuple[str, datetime | None]]:
        out = []
        for node in root.iter(f"{_SM_NS}{tag}", tag):
            loc = (node.findtext(f"{_SM_NS}loc") or node.findtext("loc") or "").strip()
            mod = node.findtext(f"{_SM_NS}lastmod") or node.findtext("lastmod")
            if re.match(r"https?://", loc):
                out.append((loc, parse_date(mod)))
        return out

    return pairs("url"), pairs("sitemap")


def _next_pages(page: str, page_url: str, root: str) -> list[str]:
    """WordPress continuations of a date archive (``<root>page/N/``) after this page."""
    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    tree.make_links_absolute(page_url)
    pattern = re.compile(re.escape(root.rstrip("/")) + r"/page/(\d+)/?")
    here = pattern.fullmatch(page_url)
    current = int(here.group(1)) if here else 1
    found = {}
    for href in (a.get("href") or "" for a in tree.iterfind(".//a")):
        match = pattern.fullmatch(href)
        if match and int(match.group(1)) == current + 1:
            found[href] = True
    return list(found)[:1]


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
