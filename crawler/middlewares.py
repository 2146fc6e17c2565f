"""Scrapy downloader middlewares of the crawl round, one job each.

- :class:`CrawlDelayMiddleware` applies robots.txt ``Crawl-delay`` (and a source's own
  ``crawl_delay``) to the host's download slot; Scrapy parses robots.txt but ignores the delay.
- :class:`OffsiteRedirectMiddleware` refuses redirects that leave the site (raises
  :class:`OffsiteRedirect`, counted as ``offsite_redirect``); loops are Scrapy's
  ``REDIRECT_MAX_TIMES`` (counted as ``redirect_loop``).
- :class:`ArchiveMiddleware` writes every raw response (and its request) to the WARC archive.
- :class:`SharedRobotsTxtMiddleware` (rounds of a cluster, see ``crawler.cluster``) is
  Scrapy's robots.txt middleware with the file cached per host on Redis for
  ``crawler.robots_refresh_hours``: one instance fetches it, every round of every instance
  reads it, instead of one fetch per round.
- :class:`ClusterSlotMiddleware` (rounds of a cluster) holds a cluster-wide host slot
  (:class:`crawler.cluster.HostSlots`) for each request while it is in flight, and lets an
  article page through only to the one instance that claimed it
  (:func:`crawler.cluster.claim_page`).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from crawler.archive import WarcArchive
from crawler.canonical import same_site
from crawler.cluster import HostSlots, claim_page, open_spec, robots_key
from crawler.reasons import CLAIMED_ELSEWHERE
from crawler.seen import url_hash

log = logging.getLogger(__name__)
ROBOTS_ERROR_TTL = 300  # seconds a 5xx robots.txt is kept: the site is down, retry soon
ROBOTS_WAIT = 20.0  # seconds to wait for another instance fetching the same robots.txt
SEND_MARGIN = 0.05  # seconds added to a host's delay across the cluster (see _delay)


class OffsiteRedirect(IgnoreRequest):
    """A redirect to another site, refused."""


class CrawlDelayMiddleware:
    """Keep each host's slot delay at least its Crawl-delay (robots.txt or source setting)."""

    def __init__(self, crawler: Crawler, user_agent: str, delays: dict[str, float]) -> None:
        self.crawler = crawler
        self.user_agent = user_agent
        self.delays = dict(delays)
        self.local = True
        # ClusterSlotMiddleware spaces the cluster's requests by the same delays.
        crawler.newswatch_host_delays = self.delays  # type: ignore[attr-defined]
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        delays = crawler.settings.getdict("NEWSWATCH_HOST_DELAYS")
        middleware = cls(crawler, crawler.settings.get("USER_AGENT", ""), delays)
        # With host slots on Redis the delays are kept by ClusterSlotMiddleware instead.
        cluster = crawler.settings.getdict("NEWSWATCH_CLUSTER")
        middleware.local = not (cluster and cluster.get("host_slots", True))
        return middleware

    def _robots_parsed(self, robotparser: Any, request: Request) -> None:
        delay = robotparser.crawl_delay(self.user_agent)
        host = urlsplit(request.url).hostname or ""
        if delay:
            self.delays[host] = max(float(delay), self.delays.get(host, 0.0))

    def process_request(self, request: Request, spider: Any = None) -> None:
        host = urlsplit(request.url).hostname or ""
        delay = self.delays.get(host)
        if not delay or not self.local:
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


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt handling, with the body shared on Redis per host (netloc).

    A miss takes a short lock so that one instance fetches the file while the others wait
    for it; Redis being unreachable falls back to fetching here, as a lone round does."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        spec = crawler.settings.getdict("NEWSWATCH_CLUSTER")
        self.client = open_spec(spec["redis"])
        self.prefix: str = spec["prefix"]
        self.instance: str = spec.get("instance") or ""
        self.ttl = max(1, int(float(spec.get("robots_ttl", 43200))))

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            waiting: Deferred[RobotParser | None] = Deferred()
            self._parsers[netloc] = waiting
            parser = await self._shared_parser(url.scheme, netloc, request)
            self._parsers[netloc] = parser
            waiting.callback(parser)
        found = self._parsers[netloc]
        if isinstance(found, Deferred):
            return await maybe_deferred_to_future(found)
        return found

    async def _shared_parser(
        self, scheme: str, netloc: str, request: Request
    ) -> RobotParser | None:
        key, lock = robots_key(self.prefix, netloc), robots_key(self.prefix, netloc) + ":lock"
        locked = False
        try:
            body = await self._cached_or_lock(key, lock)
            locked = body is None
            if body is None:
                body = await self._fetch(scheme, netloc, key)
            if body is None:
                return None
            parser = build_from_crawler(self._parserimpl, self.crawler, body)
            await self.crawler.signals.send_catch_log_async(
                signal=signals.robots_parsed, robotparser=parser, request=request
            )
            return parser
        except Exception as exc:  # as Scrapy: a robots.txt that cannot be had allows all
            if not isinstance(exc, IgnoreRequest):
                log.warning("robots.txt of %s not had: %s", netloc, exc)
            return None
        finally:
            if locked:
                with contextlib.suppress(redis.RedisError):
                    self.client.delete(lock)

    async def _cached_or_lock(self, key: str, lock: str) -> bytes | None:
        """The cached body; None when this instance must fetch it (it then holds ``lock``)."""
        waited = 0.0
        try:
            while True:
                body = self.client.get(key)
                if body is not None:
                    return bytes(body)  # type: ignore[arg-type]
                if self.client.set(lock, self.instance, nx=True, ex=int(ROBOTS_WAIT) + 10):
                    return None
                if self.client.get(lock) == self.instance.encode():
                    return None  # our killed predecessor's lock: fetch it now
                if waited >= ROBOTS_WAIT:
                    return None  # the other fetcher is stuck: fetch it here
                await _sleep(0.2)
                waited += 0.2
        except redis.RedisError as exc:
            log.warning("robots.txt cache unavailable: %s", exc)
            return None

    async def _fetch(self, scheme: str, netloc: str, key: str) -> bytes | None:
        robots = Request(f"{scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                         meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
        assert self.crawler.engine is not None
        response = await self.crawler.engine.download_async(robots)
        self._stats.inc_value("robotstxt/request_count")
        ttl = ROBOTS_ERROR_TTL if response.status >= 500 else self.ttl
        try:
            self.client.set(key, response.body, ex=ttl)
        except redis.RedisError as exc:
            log.warning("robots.txt not cached: %s", exc)
        return bytes(response.body)


class ClusterSlotMiddleware:
    """Hold one of the host's cluster-wide slots while a request is in flight, and space
    the cluster's requests to the host by its delay (Crawl-delay, or ``download_delay``)."""

    META = "newswatch_slot"

    def __init__(
        self, crawler: Crawler, slots: HostSlots, download_delay: float, instance: str = ""
    ) -> None:
        self.crawler, self.slots, self.download_delay = crawler, slots, download_delay
        self.instance = instance
        self.page_ttl = 60.0
        self._warned = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterSlotMiddleware:
        spec = crawler.settings.getdict("NEWSWATCH_CLUSTER")
        if not spec or not spec.get("host_slots", True):
            raise NotConfigured
        # A slot outlives its request only if the child dies: then it frees itself after
        # the longest a request may take.
        hold = crawler.settings.getfloat("DOWNLOAD_TIMEOUT") + 30.0
        instance = str(spec.get("instance") or "")
        slots = HostSlots(open_spec(spec["redis"]), spec["prefix"],
                          crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"), hold,
                          owner=instance)
        middleware = cls(crawler, slots, float(spec.get("download_delay", 0.0)), instance)
        middleware.page_ttl = float(spec.get("page_ttl") or 60.0)
        return middleware

    def _delay(self, host: str) -> float:
        delays: dict[str, float] = getattr(self.crawler, "newswatch_host_delays", {})
        delay = max(self.download_delay, delays.get(host, 0.0))
        # The slot is granted a moment before the request leaves: a margin keeps the host's
        # view of the gap at its delay or more.
        return delay + SEND_MARGIN if delay else 0.0

    async def process_request(self, request: Request, spider: Any = None) -> None:
        host = urlsplit(request.url).hostname or ""
        entry = request.meta.get("entry")
        if entry and not self._page_is_ours(str(entry["url"])):
            raise IgnoreRequest(f"{CLAIMED_ELSEWHERE}: {entry['url']}")
        while True:
            try:
                token, wait = self.slots.try_acquire(host, self._delay(host))
            except redis.RedisError as exc:  # local politeness still holds
                if not self._warned:
                    log.warning("cluster host slots unavailable: %s", exc)
                    self._warned = True
                return
            if token is not None:
                request.meta[self.META] = (host, token)
                return
            await _sleep(wait)

    def _page_is_ours(self, url: str) -> bool:
        try:
            return claim_page(self.slots.client, self.slots.prefix, self.instance, url_hash(url),
                              self.page_ttl)
        except redis.RedisError:
            return True  # fetched here as a lone round would; the seen-set dedups

    def _release(self, request: Request) -> None:
        held = request.meta.pop(self.META, None)
        if held is None:
            return
        with contextlib.suppress(redis.RedisError):  # it expires
            self.slots.release(*held)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Any:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        self._release(request)
