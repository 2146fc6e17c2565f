"""The replica news site over real HTTP on 127.0.0.1: feeds, pages, conditional GET, faults."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.utils import format_datetime, parsedate_to_datetime

import feedparser
import pytest

from newswatch.replica import FAULT_KINDS, ReplicaSite, load_shipped

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
DARAA_TOWNS = ("طفس", "بصرى الشام", "نوى", "جاسم", "الصنمين", "درعا البلد")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # tests look at each 3xx themselves; nothing may leave loopback


OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, headers: dict[str, str] | None = None,
          method: str = "GET") -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture
def site() -> Iterator[ReplicaSite]:
    with ReplicaSite.start(clock=lambda: NOW) as running:
        yield running


def test_shipped_items_exercise_the_pipeline() -> None:
    items = load_shipped()
    assert 12 <= len(items) <= 14
    for item in items:
        assert {"id", "slug", "title", "text", "published", "author", "category"} <= set(item)
        assert 80 <= len(item["text"].split()) <= 200, item["slug"]
        assert "\n\n" in item["text"] and datetime.fromisoformat(item["published"]).utcoffset()
    # A crawler's first poll sees only the feed's first page: the 10 newest must carry the
    # cases the demo routes (Dar'a events, ceasefire breaches), the protest and a non-event.
    first_page = sorted(items, key=lambda i: i["published"], reverse=True)[:10]
    daraa = [i for i in first_page
             if "درعا" in i["text"] and any(t in i["text"] for t in DARAA_TOWNS)]
    breaches = [i for i in first_page if "خرق" in i["text"]]
    assert len(daraa) >= 4 and len(breaches) >= 3
    assert any("السويداء" in i["title"] and "مظاهرة" in i["title"] for i in first_page)
    assert [i["id"] for i in sorted(items, key=lambda i: i["published"])] == list(
        range(1, len(items) + 1)
    )


def test_shipped_dates_move_to_the_clock_and_given_ones_stay(site: ReplicaSite) -> None:
    dates = [datetime.fromisoformat(a["published"]) for a in site.articles]
    assert max(dates) <= NOW and NOW - max(dates) < timedelta(days=1)
    assert max(dates) - min(dates) < timedelta(days=5)
    given = [{"title": "خبر", "text": "نص الخبر.", "published": "2025-01-02T10:00:00+03:00"}]
    with ReplicaSite.start(given, clock=lambda: NOW) as other:
        assert other.articles[0]["published"] == "2025-01-02T10:00:00+03:00"


def test_rss_feed_is_wordpress_shaped(site: ReplicaSite) -> None:
    status, headers, body = fetch(site.url + "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(body)
    assert not feed.bozo and feed.version == "rss20"
    assert b"<ttl>15</ttl>" in body
    entries = feed.entries
    assert len(entries) == 10
    stamps = [parsedate_to_datetime(e.published) for e in entries]
    assert stamps == sorted(stamps, reverse=True)
    newest = site.articles[0]
    assert entries[0].title == newest["title"] and entries[0].link == newest["url"]
    assert entries[0].author == newest["author"] and entries[0].id.endswith(f"?p={newest['id']}")


def test_atom_feed_and_autodiscovery(site: ReplicaSite) -> None:
    feed = feedparser.parse(fetch(site.url + "/feed/atom/")[2])
    assert not feed.bozo and feed.version == "atom10" and len(feed.entries) == 10
    home = fetch(site.url + "/")[2].decode("utf-8")
    link = f'type="application/rss+xml" title="شبكة الرصد السوري « الخلاصة" href="{site.url}/feed/"'
    assert link in home


def test_feed_pages_of_ten_then_404(site: ReplicaSite) -> None:
    total = len(site.articles)
    second = feedparser.parse(fetch(site.url + "/feed/?paged=2")[2])
    assert len(second.entries) == total - 10
    first_links = {e.link for e in feedparser.parse(fetch(site.url + "/feed/")[2]).entries}
    assert not first_links & {e.link for e in second.entries}
    assert fetch(site.url + "/feed/?paged=3")[0] == 404
    assert fetch(site.url + "/feed/?paged=0")[0] == 404


def test_conditional_get_answers_304(site: ReplicaSite) -> None:
    _, headers, _ = fetch(site.url + "/feed/")
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert fetch(site.url + "/feed/", {"If-None-Match": etag})[0] == 304
    assert fetch(site.url + "/feed/", {"If-Modified-Since": modified})[0] == 304
    older = format_datetime(parsedate_to_datetime(modified) - timedelta(hours=1), usegmt=True)
    assert fetch(site.url + "/feed/", {"If-Modified-Since": older})[0] == 200
    both = {"If-None-Match": '"other"', "If-Modified-Since": modified}
    assert fetch(site.url + "/feed/", both)[0] == 200  # the ETag decides when both are sent
    article = site.articles[0]["url"]
    page_etag = fetch(article)[1]["ETag"]
    assert fetch(article, {"If-None-Match": page_etag})[0] == 304
    assert [r.status for r in site.requests][-2:] == [200, 304]


def test_publish_changes_feed_and_etag(site: ReplicaSite) -> None:
    etag = fetch(site.url + "/feed/")[1]["ETag"]
    url = site.publish({"title": "قصف جديد على بلدة نوى في ريف درعا الغربي",
                        "text": "قُتل مدني صباح اليوم.\n\nوأصيب آخرون."})
    status, headers, body = fetch(site.url + "/feed/", {"If-None-Match": etag})
    assert status == 200 and headers["ETag"] != etag
    entries = feedparser.parse(body).entries
    assert entries[0].link == url and entries[0].title.startswith("قصف جديد")
    assert fetch(url)[0] == 200 and site.articles[0]["url"] == url
    with pytest.raises(ValueError, match="title"):
        site.publish({"text": "بلا عنوان"})


def test_article_page_markup_is_utf8_arabic(site: ReplicaSite) -> None:
    article = site.articles[1]
    status, headers, body = fetch(article["url"])
    assert status == 200 and headers.get_content_charset() == "utf-8"
    html = body.decode("utf-8")
    for needle in ('<meta charset="utf-8">', f'<link rel="canonical" href="{article["url"]}">',
                   f'<meta property="og:url" content="{article["url"]}">',
                   f'<meta property="article:published_time" content="{article["published"]}">',
                   f'<time class="entry-date published" datetime="{article["published"]}">',
                   "<article ", f'<h1 class="entry-title">{article["title"]}</h1>',
                   article["author"], "اقرأ أيضاً", "?share=facebook", 'id="colophon"',
                   'id="secondary"'):
        assert needle in html, needle
    assert html.count("<p>") >= len(article["text"].split("\n\n"))
    amp = fetch(article["url"] + "amp/")[2].decode("utf-8")
    assert f'<link rel="canonical" href="{article["url"]}">' in amp


def test_date_archive_lists_that_days_articles(site: ReplicaSite) -> None:
    article = site.articles[0]
    day = article["url"].rsplit("/", 2)[0] + "/"
    same_day = [a for a in site.articles if a["published"][:10] == article["published"][:10]]
    html = fetch(day)[2].decode("utf-8")
    assert all(f'href="{a["url"]}"' in html for a in same_day)
    assert fetch(site.url + "/1999/01/01/")[0] == 404


def test_redirects_for_shortlinks_and_slashless_permalinks(site: ReplicaSite) -> None:
    article = site.articles[2]
    status, headers, _ = fetch(f"{site.url}/?p={article['id']}")
    assert status == 301 and headers["Location"] == article["url"]
    status, headers, _ = fetch(article["url"].rstrip("/"))
    assert status == 301 and headers["Location"] == article["url"]


def test_robots_txt_and_sitemap(site: ReplicaSite) -> None:
    robots = fetch(site.url + "/robots.txt")[2].decode()
    assert "User-agent: *\nCrawl-delay: 1\nDisallow: /private/" in robots
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(robots.splitlines())
    assert str(parser.crawl_delay("newswatch")) == "1"
    assert not parser.can_fetch("newswatch", site.url + "/private/editor/")
    assert parser.can_fetch("newswatch", site.articles[0]["url"])
    root = ET.fromstring(fetch(site.url + "/sitemap.xml")[2])
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {u.findtext("s:loc", namespaces=ns) for u in root.findall("s:url", ns)}
    assert {a["url"] for a in site.articles} <= locs
    assert all(u.findtext("s:lastmod", namespaces=ns) for u in root.findall("s:url", ns))
    with ReplicaSite.start(robots_crawl_delay=0) as quick:
        assert "Crawl-delay" not in fetch(quick.url + "/robots.txt")[2].decode()


def test_request_log_records_every_request(site: ReplicaSite) -> None:
    article = site.articles[0]
    fetch(article["url"] + "?utm_source=x", {"User-Agent": "newswatch-test"}, method="HEAD")
    fetch(site.url + "/nowhere/")
    first, second = site.requests
    assert (first.method, first.query, first.status) == ("HEAD", "utm_source=x", 200)
    assert first.path == "/" + "/".join(article["url"].split("/")[3:6]) + f"/{article['slug']}/"
    assert first.headers["User-Agent"] == "newswatch-test"
    assert (second.path, second.status) == ("/nowhere/", 404) and second.time >= first.time
    site.clear_requests()
    assert site.requests == []


def test_telegram_preview_markup(site: ReplicaSite) -> None:
    html = fetch(site.url + "/s/syria_news")[2].decode("utf-8")
    assert html.count('class="tgme_widget_message text_not_supported_wrap') == len(site.articles)
    assert 'data-post="syria_news/' in html and "tgme_widget_message_text" in html
    newest = site.articles[0]
    assert f'data-post="syria_news/{100 + newest["id"]}"' in html
    assert f'<time datetime="{newest["published"]}"' in html and newest["title"] in html
    older = fetch(f"{site.url}/s/syria_news?before={100 + newest['id']}")[2].decode()
    assert f'data-post="syria_news/{100 + newest["id"]}"' not in older


# -- faults ------------------------------------------------------------------------------


def test_rate_limit_faults_then_recover(site: ReplicaSite) -> None:
    site.set_fault("/feed/", "429", retry_after=7, times=2)
    answers = [fetch(site.url + "/feed/") for _ in range(3)]
    assert [a[0] for a in answers] == [429, 429, 200]
    assert answers[0][1]["Retry-After"] == "7"
    site.set_fault("/feed/*", "503")
    assert fetch(site.url + "/feed/atom/")[0] == 503
    assert fetch(site.url + "/feed/atom/")[0] == 200


def test_slow_fault_delays_the_answer(site: ReplicaSite) -> None:
    site.set_fault("/robots.txt", "slow", delay=0.3)
    started = time.monotonic()
    assert fetch(site.url + "/robots.txt")[0] == 200
    assert time.monotonic() - started >= 0.3


def test_garbage_and_broken_feed_are_bozo(site: ReplicaSite) -> None:
    site.set_fault("/feed/", "garbage", size=2000)
    status, headers, body = fetch(site.url + "/feed/")
    assert status == 200 and headers["Content-Type"] == "text/xml" and len(body) == 2000
    assert feedparser.parse(body).bozo
    site.set_fault("/feed/", "broken_feed")
    status, _, body = fetch(site.url + "/feed/")
    assert status == 200 and body.startswith(b"<?xml") and b"</rss>" not in body
    assert feedparser.parse(body).bozo


@pytest.mark.parametrize("declare", [True, False])
def test_huge_fault_streams_the_size(site: ReplicaSite, declare: bool) -> None:
    site.set_fault("/big/", "huge", size=3_000_000, declare_length=declare)
    status, headers, body = fetch(site.url + "/big/")
    assert status == 200 and len(body) == 3_000_000
    assert (headers["Content-Length"] == "3000000") is declare


def test_default_huge_fault_is_fifty_megabytes(site: ReplicaSite) -> None:
    site.set_fault("/big/", "huge")
    with OPENER.open(site.url + "/big/", timeout=10) as response:
        assert int(response.headers["Content-Length"]) == 50 * 1024 * 1024
        assert len(response.read(100_000)) == 100_000  # then hang up: the server copes


def test_redirect_faults(site: ReplicaSite) -> None:
    site.set_fault("/loop/", "redirect_loop")
    status, headers, _ = fetch(site.url + "/loop/")
    assert status == 302 and headers["Location"] == site.url + "/loop/?loop=1"
    assert fetch(headers["Location"])[1]["Location"] == site.url + "/loop/?loop=2"
    site.set_fault("/away/", "offsite_redirect")
    status, headers, _ = fetch(site.url + "/away/")
    assert status == 302 and headers["Location"] == "http://example.invalid/"


def test_reset_fault_closes_without_answer(site: ReplicaSite) -> None:
    site.set_fault("/feed/", "reset")
    with pytest.raises((ConnectionError, urllib.error.URLError)):
        fetch(site.url + "/feed/")
    assert site.requests[-1].status == -1
    assert fetch(site.url + "/robots.txt")[0] == 200


@pytest.mark.parametrize(("kind", "label", "codec"), [("cp1256", "windows-1256", "cp1256"),
                                                      ("iso8859_6", "iso-8859-6", "iso8859_6")])
def test_legacy_charset_faults(site: ReplicaSite, kind: str, label: str, codec: str) -> None:
    article = site.articles[0]
    path = "/" + article["url"].split("/", 3)[3]
    site.set_fault(path, kind)
    _, headers, body = fetch(article["url"])
    assert headers.get_content_charset() == "utf-8"  # the lie a real server tells
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    html = body.decode(codec)
    assert f'<meta charset="{label}">' in html and article["title"] in html
    site.set_fault(path, kind, header="missing")
    assert fetch(article["url"])[1]["Content-Type"] == "text/html"


def test_not_modified_never_ignores_validators(site: ReplicaSite) -> None:
    etag = fetch(site.url + "/feed/")[1]["ETag"]
    site.set_fault("/feed/", "not_modified_never")
    assert fetch(site.url + "/feed/", {"If-None-Match": etag})[0] == 200
    site.clear_faults()
    assert fetch(site.url + "/feed/", {"If-None-Match": etag})[0] == 304


def test_private_area_and_unknown_fault_kind(site: ReplicaSite) -> None:
    assert fetch(site.url + "/private/editor/")[0] == 200
    assert "reset" in FAULT_KINDS
    with pytest.raises(ValueError, match="unknown fault kind"):
        site.set_fault("/feed/", "explode")


def test_standalone_module_publishes_on_a_timer() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newswatch.replica", "--port", "0", "--publish-every", "0.2"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert proc.stdout.readline().startswith("published ")
        titles = [e.title for e in feedparser.parse(fetch(url + "/feed/")[2]).entries]
        assert "(تحديث 1)" in titles[0] or "(تحديث 2)" in titles[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
