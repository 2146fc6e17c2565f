"""Bad input against a real local server: each gets a reason and a counter, the round goes on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from crawl_site import LocalSite, article_html
from sqlalchemy import Engine
from typer.testing import CliRunner

from crawler.runner import crawl_once
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.state import FeedStore

FAST = CrawlerSettings(download_delay=0.0, timeout=3.0, max_response_bytes=200_000)
NOW = datetime(2025, 3, 15, 12, tzinfo=UTC)


def test_bad_pages_are_counted_and_the_round_goes_on(site: LocalSite,
                                                     sqlite_engine: Engine) -> None:
    paths = ["/loop/", "/away/", "/huge/", "/reset/", "/empty/", "/ok/"]
    site.feed("/feed/", [(p, p) for p in paths])
    site.page("/loop/", "", status=302, headers={"Location": "/loop/"})
    site.page("/away/", "", status=301, headers={"Location": "http://elsewhere.invalid/x"})
    site.page("/huge/", article_html("ضخم", paragraphs=3000))
    site.routes["/reset/"] = lambda _h: (-1, {}, b"")
    site.page("/empty/", "<html><body><nav>الرئيسية</nav></body></html>")
    site.page("/ok/", article_html("خبر سليم"))
    src = Source.from_dict({"id": "bad", "name": "Bad", "feeds": [site.url + "/feed/"]})
    report = crawl_once(FAST, [src], sqlite_engine, None, clock=lambda: NOW)
    assert [a.title for a in report.articles] == ["خبر سليم"]
    for reason in ("redirect_loop", "offsite_redirect", "too_large", "connection_reset",
                   "no_article"):
        assert report.failures[reason] == 1, (reason, report.failures)
    again = crawl_once(FAST, [src], sqlite_engine, None, clock=lambda: NOW)
    assert again.articles == [] and site.paths("/empty/") == ["/empty/"]


def test_feed_found_by_autodiscovery_when_listed_one_fails(site: LocalSite,
                                                           sqlite_engine: Engine) -> None:
    site.page("/", '<html><head><link rel="alternate" type="application/rss+xml" '
                   'href="/news/rss.xml"></head><body>home</body></html>')
    site.feed("/news/rss.xml", [("/a/", "أ")])
    site.page("/a/", article_html("خبر مكتشف"))
    src = Source.from_dict({"id": "d", "name": "D", "homepage": site.url + "/",
                            "feeds": [site.url + "/old-rss"]})
    report = crawl_once(FAST, [src], sqlite_engine, None, clock=lambda: NOW)
    assert [a.title for a in report.articles] == ["خبر مكتشف"]
    state = FeedStore(sqlite_engine).load()[site.url + "/old-rss"]
    assert state.effective_url == site.url + "/news/rss.xml" and state.failures == 0
    crawl_once(FAST, [src], sqlite_engine, None, clock=lambda: NOW)
    assert site.paths("/old-rss") == ["/old-rss"]  # the next round goes straight to the feed


def test_telegram_channel_preview(site: LocalSite, sqlite_engine: Engine) -> None:
    posts = "".join(
        f'<div class="tgme_widget_message" data-post="chan/{i}"><div class="tgme_widget_message'
        f'_text">عاجل {i}: قصف على ريف حلب</div><time datetime="2025-03-15T09:00:00+00:00">'
        "</time></div>" for i in (1, 2)
    )
    site.page("/s/chan", f"<html><body>{posts}</body></html>")
    src = Source.from_dict({"id": "tg", "name": "TG", "type": "telegram", "channel": "chan",
                            "feeds": [site.url + "/s/chan"]})
    report = crawl_once(FAST, [src], sqlite_engine, None, clock=lambda: NOW)
    assert sorted(a.url for a in report.articles) == ["https://t.me/chan/1", "https://t.me/chan/2"]
    assert crawl_once(FAST, [src], sqlite_engine, None, clock=lambda: NOW).articles == []


@pytest.mark.slow
def test_cli_crawl_once_then_articles_list(site: LocalSite, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from newswatch.cli import app

    site.feed("/feed/", [("/a/", "أ")])
    site.page("/a/", article_html("قصف على إدلب"))
    (tmp_path / "s.toml").write_text(
        f'[[source]]\nid = "local"\nname = "Local"\nfeeds = ["{site.url}/feed/"]\n')
    monkeypatch.setenv("NEWSWATCH_CRAWLER__USE_REGISTRY", "false")
    monkeypatch.setenv("NEWSWATCH_CRAWLER__DOWNLOAD_DELAY", "0")
    home = ["--home", str(tmp_path / "home")]
    runner = CliRunner()
    done = runner.invoke(app, [*home, "crawl", "--once", "--sources", str(tmp_path / "s.toml"),
                               "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["articles"] == 1
    listed = runner.invoke(app, [*home, "articles", "list", "--json", "--source", "local"])
    assert listed.exit_code == 0, listed.output
    [article] = json.loads(listed.output)
    assert article["title"] == "قصف على إدلب" and article["url"] == site.url + "/a/"
    assert list((tmp_path / "home" / "archive").glob("*.warc.gz"))


