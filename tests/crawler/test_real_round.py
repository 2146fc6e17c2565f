"""Component tests of issue 16's fixes through a whole round: crawl_once against a real HTTP
server on 127.0.0.1, feeds without dates as the real-page benchmark lists them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from crawl_site import LocalSite
from sqlalchemy import Engine

from crawler.runner import crawl_once
from crawler.settings import CrawlerSettings
from crawler.sources import Source, SourceError, load_registry, load_sources_file

FAST = CrawlerSettings(download_delay=0.0, timeout=5.0, min_interval=60, max_interval=3600)
NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)
PARAS = "".join(
    f"<p>قالت مصادر محلية إن قصفاً مدفعياً استهدف بلدة في ريف درعا الغربي في الفقرة {i}، ما أدى "
    "إلى أضرار مادية في منازل المدنيين وفق ناشطين في المنطقة.</p>" for i in range(3)
)


def undated_feed(site: LocalSite, paths: list[str], extra: str = "") -> bytes:
    items = "".join(f"<item><title>خبر</title><link>{site.url}{p}</link>{extra}</item>"
                    for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3'
            f'.org/2005/Atom"><channel><title>t</title><link>{site.url}/</link>{items}</channel>'
            "</rss>").encode()


def source(site: LocalSite, **extra: object) -> Source:
    return Source.from_dict({"id": "local", "name": "Local", "homepage": site.url + "/",
                             "feeds": [site.url + "/feed/"], **extra})


def test_zoneless_page_time_is_read_in_the_source_zone(site: LocalSite,
                                                       sqlite_engine: Engine) -> None:
    head = '<meta property="article:published_time" content="2025-03-15 10:00:00">'
    site.page("/a/", f"<html><head>{head}</head><body><article><h1>خبر</h1>{PARAS}</article>"
                     "</body></html>")
    site.page("/feed/", undated_feed(site, ["/a/"]), "application/rss+xml")
    report = crawl_once(FAST, [source(site, zone="Africa/Cairo")], sqlite_engine, None,
                        clock=lambda: NOW)
    published = report.articles[0].published_at
    assert published is not None and published.utcoffset() == timedelta(hours=2)
    assert published == datetime(2025, 3, 15, 8, 0, tzinfo=UTC)


def test_page_day_defers_to_the_feed_time_that_day(site: LocalSite,
                                                   sqlite_engine: Engine) -> None:
    line = "<div>الجمعة 14 آذار 2025</div>"
    site.page("/a/", f"<html><body><article><h1>خبر</h1>{line}{PARAS}</article></body></html>")
    site.page("/b/", f"<html><body><article><h1>خبر</h1>{PARAS}</article></body></html>")
    stamp = "<pubDate>Fri, 14 Mar 2025 18:30:00 +0300</pubDate>"
    site.page("/feed/", undated_feed(site, ["/a/", "/b/"], stamp), "application/rss+xml")
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    times = {a.url.rsplit("/", 2)[1]: a.published_at for a in report.articles}
    assert times == {"a": datetime(2025, 3, 14, 15, 30, tzinfo=UTC),
                     "b": datetime(2025, 3, 14, 15, 30, tzinfo=UTC)}


def test_undated_page_in_an_undated_feed_has_no_date(site: LocalSite,
                                                     sqlite_engine: Engine) -> None:
    site.page("/a/", f"<html><body><article><h1>خبر</h1>{PARAS}</article><footer>© 2016"
                     "</footer></body></html>")
    site.page("/feed/", undated_feed(site, ["/a/"]), "application/rss+xml")
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert report.articles[0].published_at is None


def test_only_the_items_own_article_is_fetched(site: LocalSite, sqlite_engine: Engine) -> None:
    related = (f"<atom:link href='{site.url}/related/'/>"
               f"<atom:link rel='related' type='text/html' href='{site.url}/other/'/>")
    site.page("/feed/", undated_feed(site, ["/own/"], related), "application/rss+xml")
    for path in ("/own/", "/related/", "/other/"):
        site.page(path, f"<html><body><article><h1>خبر</h1>{PARAS}</article></body></html>")
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert [a.url for a in report.articles] == [site.url + "/own/"]
    assert not site.paths("/related/") and not site.paths("/other/")


@pytest.mark.parametrize("ctype", ["text/html; charset=UTF-8", "text/html"])
def test_real_arabic_in_windows_1256_bytes(site: LocalSite, sqlite_engine: Engine,
                                          shared_data: Path, ctype: str) -> None:
    """A real article's text as a windows-1256 site sends it: declared UTF-8, or undeclared."""
    lines = (shared_data / "realnews" / "real_2020_2026.jsonl").read_text(encoding="utf-8")
    real = json.loads(lines.splitlines()[0])
    paragraphs = [p for p in real["text"].split("\n") if len(p) > 40][:4]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>t</title></head><body><article>{body}</article></body></html>"
    site.page("/a/", page.encode("cp1256", "xmlcharrefreplace"), ctype)
    site.page("/feed/", undated_feed(site, ["/a/"]), "application/rss+xml")
    report = crawl_once(FAST, [source(site)], sqlite_engine, None, clock=lambda: NOW)
    assert [line for line in report.articles[0].text.splitlines() if line in paragraphs]


def test_zone_is_validated_with_a_line_naming_the_key(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nid = "x"\nname = "X"\nfeeds = ["https://x.example/feed"]\n'
                    'zone = "Cairo"\n', encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_sources_file(path)
    message = str(caught.value)
    assert "\n" not in message and "[[source]] #1: zone: 'Cairo' is not an IANA" in message


def test_zone_survives_the_trip_to_the_round() -> None:
    table = {"id": "x", "name": "X", "feeds": ["https://x.example/feed"], "zone": "Asia/Amman"}
    assert Source.from_dict(Source.from_dict(table).to_dict()).zone == "Asia/Amman"


def test_registry_outlets_name_their_zone() -> None:
    assert all(s.zone for s in load_registry())
