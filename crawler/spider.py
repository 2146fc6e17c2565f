"""The Scrapy spider of one crawl round: poll feeds, discover when they fail, fetch articles.

It decides nothing about timing (``crawler.schedule`` does, in the parent) and stores nothing:
every outcome goes to a :class:`Sink` as a plain record ("poll", "article", "seen",
"failure"), which ``crawler.round`` writes to a file for the parent process.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any, Protocol

import scrapy
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from crawler.canonical import canonicalize
from crawler.decode import decode_html
from crawler.discovery import (
    alternate_links,
    archive_links,
    archive_url,
    common_feed_urls,
    sitemap_entries,
)
from crawler.extract import Extracted, NoArticle, extract_article
from crawler.feeds import FeedEntry, parse_feed
from crawler.models import Article
from crawler.reasons import CLAIMED_ELSEWHERE, PARSE_ERROR, exc_reason, failure_reason
from crawler.schedule import Outcome
from crawler.sources import Source
from crawler.telegram import parse_preview

log = logging.getLogger(__name__)
# Statuses the spider handles itself; 3xx are left to RedirectMiddleware (loops, off-site).
HANDLED_STATUSES = [304, *range(400, 600)]


class Sink(Protocol):
    def __call__(self, record: dict[str, Any]) -> None: ...


class NewsSpider(scrapy.Spider):
    name = "newswatch"

    def __init__(
        self,
        polls: list[dict[str, Any]],
        sources: dict[str, Source],
        sink: Sink,
        seen: Callable[[Iterable[str]], set[str]],
        now: datetime,
        max_articles: int,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.polls, self.sources, self.sink = polls, sources, sink
        self.seen, self.now, self.max_articles = seen, now, max_articles
        self.queued: set[str] = set()
        self.per_source: dict[str, int] = {}
        # Per feed: listed pages not fetched this round (the cap), kept in crawl_pending.
        self.leftover: dict[str, list[FeedEntry]] = {}

    async def start(self) -> AsyncIterator[Any]:
        for poll in self.polls:
            yield self._request(poll["fetch_url"], poll, "listed", _conditional(poll))
            # Pages an earlier capped round left: fetched first, whatever the feed answers.
            self.leftover[poll["url"]] = []
            carried = [_pending_entry(e) for e in poll.get("pending") or []]
            for request in self._article_requests(poll, self._unseen(carried)):
                yield request

    def _request(
        self, url: str, poll: dict[str, Any], step: str, headers: dict[str, str] | None = None,
        plan: list[tuple[str, str]] | None = None, first_error: str | None = None,
    ) -> Request:
        meta = {"poll": poll, "step": step, "plan": plan or [], "first_error": first_error,
                "handle_httpstatus_list": HANDLED_STATUSES}
        return Request(url, callback=self.on_poll, errback=self.on_poll_error, meta=meta,
                       headers=headers or {}, dont_filter=True, priority=10)

    # -- polls ------------------------------------------------------------------------------

    def on_poll(self, response: Response) -> list[Request]:
        """A bug or a hostile body that still makes a step raise fails this feed's poll
        (``parse_error``: counted, the feed's state saved) instead of vanishing in Scrapy's
        log; ``list`` runs the generators inside the guard."""
        try:
            return list(self._on_poll(response))
        except Exception as exc:
            return self._broken(response.meta["poll"], response.url, exc)

    def _broken(self, poll: dict[str, Any], url: str, exc: Exception) -> list[Request]:
        log.warning("%s breaks the spider: %s", url, exc_reason(exc), exc_info=True)
        return self._failed(poll, f"{PARSE_ERROR}: {exc_reason(exc)}")

    def _on_poll(self, response: Response) -> Iterable[Request]:
        poll, step = response.meta["poll"], response.meta["step"]
        source = self.sources[poll["source"]]
        if response.status == 304 and step == "listed":
            return self._done(poll, Outcome("not_modified"))
        if response.status in (429, 503):
            retry = _retry_after(response.headers.get(b"Retry-After"), self.now)
            return self._failed(poll, f"http_{response.status}", retry)
        if response.status >= 400:
            return self._next_step(response, f"http_{response.status}")
        if source.type == "telegram":
            return self._telegram(response, poll)
        body_hash = hashlib.sha256(response.body).hexdigest()
        if step == "listed" and body_hash == poll.get("body_hash"):
            return self._done(poll, Outcome("unchanged", body_hash=body_hash))
        return self._parse_listing(response, poll, step, body_hash)

    def _parse_listing(
        self, response: Response, poll: dict[str, Any], step: str, body_hash: str
    ) -> Iterable[Request]:
        kind = step.split(":")[0]
        if kind == "alternate":
            text, _ = decode_html(response.body, content_type(response))
            found = [("feed", u) for u in alternate_links(text, response.url)]
            return self._next_step(response, None, prepend=found)
        if kind == "archive":
            text, _ = decode_html(response.body, content_type(response))
            entries = [FeedEntry(u, "", None, "") for u in archive_links(text, response.url)]
            return self._entries(poll, entries, body_hash, None, None, effective=None) if entries \
                else self._next_step(response, "not_a_feed")
        parsed = parse_feed(response.body, response.url, content_type(response),
                            zone=self.sources[poll["source"]].tz)
        if parsed.bozo_reason:
            self.sink({"kind": "failure", "source": poll["source"], "reason": "bozo_feed",
                       "url": response.url, "detail": parsed.bozo_reason})
        entries, ttl = parsed.entries, parsed.ttl_minutes
        if not parsed.is_feed:
            entries, children = sitemap_entries(response.body, self.max_articles)
            if children and not entries:
                plan = [("sitemap", c) for c in children[-1:]]
                return self._next_step(response, None, prepend=plan)
            if not entries:
                return self._next_step(response, "not_a_feed")
        return self._entries(poll, entries, body_hash, ttl, response, effective=response.url)

    def _entries(
        self, poll: dict[str, Any], entries: list[FeedEntry], body_hash: str, ttl: int | None,
        response: Response | None, effective: str | None,
    ) -> list[Request]:
        source = poll["source"]
        fresh = self._unseen(entries)
        outcome = Outcome(
            "ok", new_items=len(fresh), ttl_minutes=ttl, body_hash=body_hash,
            etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
            effective_url=effective if effective != poll["url"] else None,
        )
        requests = list(self._article_requests(poll, fresh))
        self.sink({"kind": "poll", "url": poll["url"], "source": source,
                   "outcome": asdict(outcome), "at": time.time()})
        self._pending_record(poll)
        return requests

    def _article_requests(
        self, poll: dict[str, Any], entries: list[FeedEntry]
    ) -> Iterable[Request]:
        """Requests for ``entries`` up to the source's cap; the rest are the feed's leftover."""
        source = poll["source"]
        for entry in entries:
            if self.per_source.get(source, 0) >= self.max_articles:
                self.leftover.setdefault(poll["url"], []).append(entry)
                continue
            self.per_source[source] = self.per_source.get(source, 0) + 1
            # dont_filter: the round dedupes itself (self.queued), and a redirect back to the
            # same URL must count as a loop instead of vanishing in Scrapy's dupe filter.
            yield Request(entry.url, callback=self.on_article, errback=self.on_article_error,
                          dont_filter=True, meta={"source": source, "entry": asdict(entry),
                                "feed": poll["url"],
                                "handle_httpstatus_list": HANDLED_STATUSES})

    def _pending_record(self, poll: dict[str, Any]) -> None:
        """What the feed still has pending once its poll is over (the parent keeps it)."""
        left = self.leftover.pop(poll["url"], None)
        if left is None:
            return  # told already (a poll ends once; discovery steps end in the same poll)
        entries = [{"url": e.url, "title": e.title,
                    "published": e.published.isoformat() if e.published else None}
                   for e in left]
        self.sink({"kind": "pending", "url": poll["url"], "source": poll["source"],
                   "entries": entries})

    def _unseen(self, entries: list[FeedEntry]) -> list[FeedEntry]:
        fresh = {}
        for entry in entries:
            key = canonicalize(entry.url)
            if key not in self.queued and key not in fresh:
                fresh[key] = entry
        known = {canonicalize(u) for u in self.seen(list(fresh))}
        out = [e for k, e in fresh.items() if k not in known]
        self.queued.update(fresh)
        return out

    def _telegram(self, response: Response, poll: dict[str, Any]) -> Iterable[Request]:
        text, _ = decode_html(response.body, content_type(response))
        posts = {canonicalize(p.url): p for p in parse_preview(text)}
        known = {canonicalize(u) for u in self.seen(list(posts))}
        fresh = [p for k, p in posts.items() if k not in known]
        for post in fresh:
            article = Article(
                source=poll["source"], url=post.url, canonical_url=canonicalize(post.url),
                title=post.title, text=post.text, published_at=post.published,
                fetched_at=self.now, language=self.sources[poll["source"]].language,
            )
            self.sink({"kind": "article", "article": article.to_dict(), "seen": [post.url]})
        return self._done(poll, Outcome("ok", new_items=len(fresh)))

    def _next_step(
        self, response: Response, error: str | None, prepend: list[tuple[str, str]] | None = None
    ) -> Iterable[Request]:
        poll, step = response.meta["poll"], response.meta["step"]
        first_error = response.meta["first_error"] or error
        plan = list(response.meta["plan"]) if step != "listed" else self._plan(poll)
        plan = (prepend or []) + plan
        if not plan:
            return self._failed(poll, first_error or "not_a_feed")
        kind, url = plan.pop(0)
        return [self._request(url, poll, f"{kind}:{url}", plan=plan, first_error=first_error)]

    def _plan(self, poll: dict[str, Any]) -> list[tuple[str, str]]:
        source = self.sources[poll["source"]]
        home = source.homepage or poll["url"]
        plan = [("alternate", home)] + [("feed", u) for u in common_feed_urls(home)]
        plan.append(("sitemap", source.sitemap or archive_url_root(home)))
        if source.archive:
            plan.append(("archive", archive_url(source.archive, self.now)))
        tried = {poll["fetch_url"]}
        return [(k, u) for k, u in plan if u not in tried]

    def on_poll_error(self, failure: Failure) -> list[Request]:
        request = failure.request  # type: ignore[attr-defined]
        poll, step = request.meta["poll"], request.meta["step"]
        reason = failure_reason(failure.value or Exception("unknown"))
        if step == "listed":
            return self._failed(poll, reason)
        try:
            return list(self._next_step(_FakeResponse(request.meta),  # type: ignore[arg-type]
                                        reason))
        except Exception as exc:
            return self._broken(poll, request.url, exc)

    def _done(self, poll: dict[str, Any], outcome: Outcome) -> list[Request]:
        self.sink({"kind": "poll", "url": poll["url"], "source": poll["source"],
                   "outcome": asdict(outcome), "at": time.time()})
        self._pending_record(poll)
        return []

    def _failed(self, poll: dict[str, Any], reason: str, retry: float | None = None) -> list[Any]:
        self.sink({"kind": "failure", "source": poll["source"], "reason": reason.split(":")[0],
                   "url": poll["fetch_url"], "detail": reason})
        return self._done(poll, Outcome("failed", error=reason, retry_after=retry))

    # -- articles ---------------------------------------------------------------------------

    def on_article(self, response: Response) -> None:
        """Like :meth:`on_poll`: an exception is this article's ``parse_error``. Not marked
        seen: a fixed extractor gets the page on a later round."""
        try:
            self._on_article(response)
        except Exception as exc:
            log.warning("%s breaks the extractor: %s", response.url, exc_reason(exc),
                        exc_info=True)
            self._article_failed(response.meta["source"], response.meta["entry"]["url"],
                                 f"{PARSE_ERROR}: {exc_reason(exc)}", False)

    def _on_article(self, response: Response) -> None:
        source_id, entry = response.meta["source"], response.meta["entry"]
        if response.status != 200:
            permanent = response.status in (404, 410)
            return self._article_failed(source_id, entry["url"], f"http_{response.status}",
                                        permanent)
        source = self.sources[source_id]
        text, _ = decode_html(response.body, content_type(response))
        try:
            got = extract_article(text, response.url, source.selectors, zone=source.tz)
        except NoArticle as exc:
            return self._article_failed(source_id, entry["url"], f"no_article: {exc}", True)
        article = Article(
            source=source_id, url=entry["url"], canonical_url=got.canonical_url,
            title=got.title or entry["title"], text=got.text,
            published_at=_published(got, _entry_date(entry)), fetched_at=self.now,
            language=got.language or source.language, author=got.author,
        )
        seen = [entry["url"], response.url, got.canonical_url]
        self.sink({"kind": "article", "article": article.to_dict(), "seen": seen})
        return None

    def on_article_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        reason = failure_reason(failure.value or Exception("unknown"))
        if reason == CLAIMED_ELSEWHERE:
            # Another instance fetches it; kept pending here in case that one dies first
            # (the seen-set drops it from the next round once stored).
            entry = request.meta["entry"]
            self.sink({"kind": "pending_add", "url": request.meta["feed"],
                       "source": request.meta["source"], "entries": [{
                           "url": entry["url"], "title": entry.get("title") or "",
                           "published": entry["published"].isoformat()
                           if isinstance(entry.get("published"), datetime) else None}]})
            return
        permanent = reason.startswith(("robots_forbidden", "offsite_redirect", "too_large"))
        self._article_failed(request.meta["source"], request.meta["entry"]["url"], reason,
                             permanent)

    def _article_failed(self, source: str, url: str, reason: str, permanent: bool) -> None:
        self.sink({"kind": "failure", "source": source, "reason": reason.split(":")[0],
                   "url": url, "detail": reason})
        if permanent:  # never coming back: remember it so it is not fetched again
            self.sink({"kind": "seen", "source": source, "urls": [url]})


class _FakeResponse:
    """Carries a failed request's meta into :meth:`NewsSpider._next_step`."""

    def __init__(self, meta: dict[str, Any]) -> None:
        self.meta = meta


def archive_url_root(home: str) -> str:
    from urllib.parse import urljoin

    return urljoin(home, "/sitemap.xml")


def _conditional(poll: dict[str, Any]) -> dict[str, str]:
    headers = {}
    if poll.get("etag"):
        headers["If-None-Match"] = poll["etag"]
    if poll.get("last_modified"):
        headers["If-Modified-Since"] = poll["last_modified"]
    return headers


def content_type(response: Response) -> str | None:
    """The response's Content-Type header (its charset guides decoding), None when absent."""
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


def _header(response: Response | None, name: bytes) -> str | None:
    value = response.headers.get(name) if response is not None else None
    return value.decode("latin-1") if value else None


def _retry_after(value: bytes | None, now: datetime) -> float | None:
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isascii() and text.isdigit():  # "²".isdigit() is True too, but float() refuses it
        return float(text)
    from email.utils import parsedate_to_datetime

    try:
        return max((parsedate_to_datetime(text) - now).total_seconds(), 0.0)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _published(got: Extracted, listed: datetime | None) -> datetime | None:
    """The page's time; the feed's where the page states none, or only the day it agrees on
    (a feed gives the time, the page's day at midnight would move the article's "اليوم")."""
    if got.published_at is None:
        return listed
    if got.published_day_only and listed is not None \
            and listed.astimezone(got.published_at.tzinfo).date() == got.published_at.date():
        return listed
    return got.published_at


def _pending_entry(data: dict[str, Any]) -> FeedEntry:
    published = data.get("published")
    return FeedEntry(str(data["url"]), str(data.get("title") or ""),
                     datetime.fromisoformat(published) if isinstance(published, str) else None,
                     "")


def _entry_date(entry: dict[str, Any]) -> datetime | None:
    value = entry.get("published")
    return value if isinstance(value, datetime) else None
