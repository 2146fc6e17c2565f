"""Component tests: crawl_once against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawl_site import LocalSite, article_html
from sqlalchemy import Engine

from crawler.runner import crawl_once
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.state import FeedStore

FAST = CrawlerSettings(download_delay=0.0, timeout=3.0, min_interval=60, max_interval=3600)
NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)


def source(site: LocalSite, feed: str = "/feed/", **extra: object) -> Source:
    return Source.from_dict({"id": "local", "name": "Local", "homepage": site.url + "/",
                             "feeds": [site.url + feed], **extra})


def test_second_round_fetches_nothing_again(site: LocalSite, sqlite_engine: Engine,
                                            tmp_path: Path) -> None:
    site.feed("/feed/", [("/2025/03/15/a/", "خبر أ"), ("/2025/03/15/b/", "خبر ب")])
    site.page("/2025/03/15/a/", article_html("قصف على إدلب"))
    site.page("/2025/03/15/b/", article_html("اشتباكات في درعا"))
    first = crawl_once(FAST, [source(site)], sqlite_engine, tmp_path / "archive", clock=lambda: NOW)
    assert sorted(a.title for a in first.articles) == ["اشتباكات في درعا", "قصف على إدلب"]
    assert all(a.published_at and a.published_at.utcoffset() for a in first.articles)
    later = NOW + timedelta(hours=3)
    second = crawl_once(FAST, [source(site)], sqlite_engine, tmp_path / "archive",
                        clock=lambda: later)
    assert second.articles == []
    assert sorted(site.paths("/2025/")) == ["/2025/03/15/a/", "/2025/03/15/b/"]
    feed_hits = [r for r in site.requests if r.path == "/feed/"]
    assert feed_hits[1].headers.get("if-none-match") and feed_hits[1].status == 304
    assert second.sources["local"].not_modified == 1
    assert list((tmp_path / "archive").glob("*.warc.gz"))


def test_new_item_in_changed_feed_is_fetched_alone(site: LocalSite, sqlite_engine: Engine) -> None:
    site.feed("/feed/", [("/a/", "أ")])
    site.page("/a/", article_html("خبر أول"))
    crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    site.feed("/feed/", [("/b/?utm_source=x", "ب"), ("/a/", "أ"), ("/a/?fbclid=1", "أ")])
    site.page("/b/?utm_source=x", article_html("خبر ثان"))
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert [a.title for a in report.articles] == ["خبر ثان"]
    assert site.paths("/a/") == ["/a/"]


def test_429_retry_after_is_honoured(site: LocalSite, sqlite_engine: Engine) -> None:
    site.page("/feed/", "slow down", "text/plain", status=429, headers={"Retry-After": "900"})
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert report.failures["http_429"] == 1
    state = FeedStore(sqlite_engine).load()[site.url + "/feed/"]
    assert state.next_poll is not None and state.next_poll >= NOW + timedelta(seconds=900)
    again = NOW + timedelta(seconds=600)
    crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: again, only_due=True)
    assert site.paths("/feed/") == ["/feed/"]


def test_robots_disallow_and_crawl_delay(site: LocalSite, sqlite_engine: Engine) -> None:
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\n",
              "text/plain")
    items = [("/private/x/", "ممنوع")] + [(f"/n/{i}/", f"خبر {i}") for i in range(3)]
    site.feed("/feed/", items)
    for path, title in items:
        site.page(path, article_html(title))
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert len(report.articles) == 3 and report.failures["robots_forbidden"] == 1
    assert "/private/x/" not in site.paths()
    times = [r.time for r in site.requests if r.path != "/robots.txt"]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 4 and min(gaps) >= 0.45


def test_windows_1256_article_is_decoded(site: LocalSite, sqlite_engine: Engine) -> None:
    site.feed("/feed/", [("/cp/", "ترميز")])
    page = article_html("انفجار في حلب", charset="windows-1256").encode("cp1256")
    site.page("/cp/", page, "text/html")  # no charset in the header: the meta tag says it
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert report.articles[0].title == "انفجار في حلب"
    assert "ريف إدلب" in report.articles[0].text


def test_broken_feed_counted_and_round_goes_on(site: LocalSite, sqlite_engine: Engine) -> None:
    site.feed("/broken/", [("/x/", "س"), ("/y/", "ص")], broken=True)
    site.feed("/feed/", [("/z/", "ع")])
    for path in ("/x/", "/y/", "/z/"):
        site.page(path, article_html(f"خبر {path}"))
    other = dataclasses.replace(source(site, "/broken/"), id="other")
    report = crawl_once(FAST, [other, source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert report.failures["bozo_feed"] == 1
    assert {a.source for a in report.articles} == {"other", "local"}


def test_slow_endpoint_times_out(site: LocalSite, sqlite_engine: Engine) -> None:
    import time

    def slow(_headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        time.sleep(2.0)
        return 200, {"Content-Type": "application/rss+xml"}, b"<rss/>"

    site.routes["/feed/"] = slow
    settings = dataclasses.replace(FAST, timeout=0.5)
    report = crawl_once(settings, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert report.failures["timeout"] == 1, report.failures
    state = FeedStore(sqlite_engine).load()[site.url + "/feed/"]
    assert state.failures == 1 and (state.last_error or "").startswith("timeout")
