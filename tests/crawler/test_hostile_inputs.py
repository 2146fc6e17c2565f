"""Regression tests for hostile inputs once found to escape the crawler's stages: each is now a
counted reason (or a harmless fallback), never an exception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from crawl_site import article_html, rss
from scrapy.http import HtmlResponse, Request

from crawler.canonical import canonicalize
from crawler.decode import decode_html
from crawler.discovery import is_listing_page, sitemap_entries
from crawler.extract import extract_article
from crawler.reasons import exc_reason
from crawler.schedule import Outcome, apply, failure_delay, retry_cap
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.spider import NewsSpider, _retry_after
from crawler.state import FeedState

SETTINGS = CrawlerSettings(min_interval=120, max_interval=7200, degraded_after=3)
T0 = datetime(2025, 3, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize("retry", [99_999_999_999_999.0, 1e300, float("inf"), float("nan")])
def test_retry_after_is_capped(retry: float) -> None:
    assert retry_cap(SETTINGS) == 86_400
    assert failure_delay(1, retry, SETTINGS) <= 86_400
    failed = apply(FeedState(url="u", source="s"), Outcome("failed", retry_after=retry), T0,
                   SETTINGS)
    assert failed.next_poll is not None and failed.next_poll <= T0 + timedelta(days=1)
    ok = apply(FeedState(url="u", source="s"), Outcome("ok", retry_after=retry), T0, SETTINGS)
    assert ok.interval <= 86_400


def test_retry_after_headers() -> None:
    assert _retry_after(b"Fri, 31 Dec 9999 23:59:59 GMT", T0) is not None
    assert _retry_after(b"\xc2\xb2", T0) is None  # "²" is a digit to str.isdigit only
    assert _retry_after(b"120", T0) == 120.0
    big = CrawlerSettings(min_interval=120, max_interval=200_000)
    assert failure_delay(1, 1e9, big) == 200_000  # max_interval above a day is the cap


def test_sitemap_skips_home_and_section_pages() -> None:
    body = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>https://x.sy/</loc><lastmod>2025-03-16</lastmod></url>"
            b"<url><loc>https://x.sy/category/news/</loc></url>"
            b"<url><loc>https://x.sy/?p=12</loc></url>"
            b"<url><loc>https://x.sy/2025/03/15/a/</loc><lastmod>2025-03-15</lastmod></url>"
            b"</urlset>")
    entries, _ = sitemap_entries(body)
    assert [e.url for e in entries] == ["https://x.sy/2025/03/15/a/", "https://x.sy/?p=12"]
    assert is_listing_page("http://[::1") and is_listing_page("https://x.sy")


@pytest.mark.parametrize("charset", ["punycode", "undefined", "rot13", "zlib", "unicode_escape"])
def test_odd_declared_codecs_are_ignored(charset: str) -> None:
    text, used = decode_html(f'<meta charset="{charset}"><p>x\\u0041</p>'.encode(), None)
    assert used != charset and "x\\u0041" in text


def test_malformed_canonical_falls_back_to_the_page_url() -> None:
    page = article_html("خبر").replace("<head>", '<head><link rel="canonical" href="http://[::1">')
    assert "[::1" in page
    assert extract_article(page, "https://x.sy/a/").canonical_url == canonicalize("https://x.sy/a/")


def test_exc_reason_is_one_short_line() -> None:
    assert exc_reason(KeyError("links")) == "KeyError: 'links'"
    assert exc_reason(ValueError("a\nb" + "c" * 500)) == "ValueError: a"
    assert exc_reason(RuntimeError()) == "RuntimeError"


def _spider(records: list[dict[str, Any]], seen: Any) -> NewsSpider:
    source = Source.from_dict({"id": "s", "name": "s", "feeds": ["https://x.sy/feed/"]})
    poll = {"url": "https://x.sy/feed/", "source": "s", "fetch_url": "https://x.sy/feed/"}
    def sink(record: dict[str, Any]) -> None:
        records.append(record)

    return NewsSpider(polls=[poll], sources={"s": source}, sink=sink, seen=seen, now=T0,
                      max_articles=5)


def _broken_seen(_urls: object) -> set[str]:
    raise RuntimeError("database is gone")


def test_feed_callback_exception_is_a_counted_failure() -> None:
    records: list[dict[str, Any]] = []
    spider = _spider(records, _broken_seen)
    poll = spider.polls[0]
    request = Request(poll["url"], meta={"poll": poll, "step": "listed", "plan": [],
                                         "first_error": None})
    body = rss("https://x.sy", [("/a/", "أ")]).encode()
    response = HtmlResponse(poll["url"], body=body, request=request,
                            headers={"Content-Type": "application/rss+xml"})
    assert spider.on_poll(response) == []
    failure = [r for r in records if r["kind"] == "failure"]
    assert failure[0]["reason"] == "parse_error"
    assert failure[0]["detail"] == "parse_error: RuntimeError: database is gone"
    assert records[-1]["kind"] == "poll" and records[-1]["outcome"]["status"] == "failed"


def test_article_callback_exception_is_a_counted_failure() -> None:
    records: list[dict[str, Any]] = []
    spider = _spider(records, _broken_seen)
    spider.sources = {}  # a source that vanished: the callback's lookup raises KeyError
    url = "https://x.sy/a/"
    entry = {"url": url, "title": "", "published": None, "summary": ""}
    request = Request(url, meta={"source": "s", "entry": entry})
    response = HtmlResponse(url, body=article_html("خبر").encode(), request=request)
    spider.on_article(response)
    assert [(r["kind"], r["reason"]) for r in records] == [("failure", "parse_error")]
