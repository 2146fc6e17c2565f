"""Scrapy downloader middlewares of the crawl round, one job each.

- :class:`CrawlDelayMiddleware` applies robots.txt ``Crawl-delay`` (and a source's own
  ``crawl_delay``) to the host's download slot; Scrapy parses robots.txt but ignores the delay.
- :class:`OffsiteRedirectMiddleware` refuses redirects that leave the site (raises
  :class:`OffsiteRedirect`, counted as ``offsite_redirect``); loops are Scrapy's
  ``REDIRECT_MAX_TIMES`` (counted as ``redirect_loop``).
- :class:`ArchiveMiddleware` writes every raw response (and its request) to the WARC archive.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from crawler.archive import WarcArchive
from crawler.canonical import same_site


class OffsiteRedirect(IgnoreRequest):
    """A redirect to another site, refused."""


class CrawlDelayMiddleware:
    """Keep each host's slot delay at least its Crawl-delay (robots.txt or source setting)."""

    def __init__(self, crawler: Crawler, user_agent: str, delays: dict[str, float]) -> None:
        self.crawler = crawler
        self.user_agent = user_agent
        self.delays = dict(delays)
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        delays = crawler.settings.getdict("NEWSWATCH_HOST_DELAYS")
        return cls(crawler, crawler.settings.get("USER_AGENT", ""), delays)

    def _robots_parsed(self, robotparser: Any, request: Request) -> None:
        delay = robotparser.crawl_delay(self.user_agent)
        host = urlsplit(request.url).hostname or ""
        if delay:
            self.delays[host] = max(float(delay), self.delays.get(host, 0.0))

    def process_request(self, request: Request, spider: Any = None) -> None:
        host = urlsplit(request.url).hostname or ""
        delay = self.delays.get(host)
        if not delay:
            return
        # AutoThrottle would otherwise lower the slot's delay below the site's request.
        request.meta["autothrottle_dont_adjust_delay"] = True
        engine = self.crawler.engine
        if engine is None:
            return
        downloader = engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            _key, slot = downloader._get_slot(request)
        slot.delay = max(slot.delay, delay)
        slot.jitter = 0.0


class OffsiteRedirectMiddleware:
    """Refuse 3xx responses whose Location is on another site."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Any:
        if response.status not in (301, 302, 303, 307, 308):
            return response
        location = response.headers.get(b"Location")
        if not location:
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        if not same_site(target, request.url):
            raise OffsiteRedirect(f"offsite redirect from {request.url} to {target}")
        return response


class ArchiveMiddleware:
    """Write every response as it came off the wire (before redirects/decompression)."""

    def __init__(self, archive: WarcArchive) -> None:
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        directory = crawler.settings.get("NEWSWATCH_ARCHIVE_DIR")
        if not directory:
            raise NotConfigured
        return cls(WarcArchive(Path(directory)))

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Any:
        self.archive.write(
            url=request.url,
            method=request.method,
            request_headers=_pairs(request.headers),
            status=response.status,
            response_headers=_pairs(response.headers),
            body=response.body,
            fetched_at=datetime.now(UTC),
        )
        return response


def _pairs(headers: Any) -> list[tuple[str, str]]:
    return [
        (key.decode("latin-1"), value.decode("latin-1"))
        for key, values in headers.items()
        for value in values
    ]
