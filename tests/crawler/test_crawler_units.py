"""Unit tests of the crawler's pure parts: URLs, bytes, pages, feeds, dates, schedule, WARC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from crawl_site import article_html, rss
from sqlalchemy import Engine

from crawler.archive import WarcArchive, iter_responses
from crawler.canonical import canonicalize
from crawler.dates import SYRIA, parse_date
from crawler.decode import decode_html
from crawler.discovery import alternate_links, sitemap_entries
from crawler.extract import NoArticle, extract_article
from crawler.feeds import parse_feed
from crawler.schedule import Outcome, apply, failure_delay
from crawler.seen import SeenSet
from crawler.settings import CrawlerSettings
from crawler.sources import Source, SourceError, load_registry, merge
from crawler.state import FeedState
from crawler.telegram import parse_preview

SLUG = "https://enabbaladi.net/2025/03/%D9%82%D8%B5%D9%81"


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTP://WWW.Example.SY:80/a/b/", "https://www.example.sy/a/b"),
        ("https://example.sy:443/a?utm_source=fb&utm_medium=x&id=3", "https://example.sy/a?id=3"),
        ("https://example.sy/a/?fbclid=XYZ&gclid=1#comments", "https://example.sy/a"),
        ("https://example.sy/a/amp/", "https://example.sy/a"),
        ("https://example.sy/a/?amp", "https://example.sy/a"),
        ("https://amp.example.sy/a", "https://example.sy/a"),
        ("https://example.sy/?b=2&a=1", "https://example.sy/?a=1&b=2"),
        ("https://example.sy", "https://example.sy/"),
        ("https://enabbaladi.net/2025/03/قصف/", SLUG),
        ("https://enabbaladi.net/2025/03/%d9%82%d8%b5%d9%81/", SLUG),
        ("http://127.0.0.1:8080/x/", "https://127.0.0.1:8080/x"),
    ],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


ARABIC = "<html><head><meta charset='{cs}'></head><body><p>مقتل مدنيين في قصف على ريف حلب</p>"


@pytest.mark.parametrize("charset", ["windows-1256", "iso-8859-6"])
def test_decode_legacy_arabic(charset: str) -> None:
    page = ARABIC.format(cs=charset)
    text, used = decode_html(page.encode(charset), "text/html; charset=iso-8859-1")
    assert "مقتل مدنيين" in text and used == charset


def test_decode_wrong_header_and_missing_charset() -> None:
    utf8 = "<p>مقتل مدنيين في قصف على ريف حلب</p>".encode()
    assert decode_html(utf8, "text/html; charset=windows-1256")[0].startswith("<p>مقتل")
    bare = "<p>مقتل مدنيين في قصف على ريف حلب الشمالي صباح اليوم</p>".encode("cp1256")
    assert "مقتل مدنيين" in decode_html(bare, None)[0]
    assert decode_html(b"\xef\xbb\xbf<p>x</p>")[0] == "<p>x</p>"


def test_extract_arabic_page_strips_boilerplate() -> None:
    extra = ('<p>اقرأ أيضاً: مقتل شخصين في درعا</p>'
             '<div class="share-buttons"><a>فيسبوك</a><a>تويتر</a></div>')
    page = article_html("قصف على إدلب", extra=extra).replace(
        "<title>", '<link rel="canonical" href="https://x.sy/a/?utm_source=t"><title>')
    got = extract_article(page, "https://x.sy/a/")
    assert got.title == "قصف على إدلب" and "ريف إدلب" in got.text
    assert "اقرأ أيضاً" not in got.text and "فيسبوك" not in got.text
    assert got.published_at == datetime(2025, 3, 15, 7, tzinfo=UTC)
    assert got.canonical_url == "https://x.sy/a" and got.language == "ar"


def test_site_selectors_win_when_they_match() -> None:
    page = article_html("عنوان الصفحة", extra='<span class="d">15 آذار/مارس 2025</span>')
    got = extract_article(page, "https://x.sy/a", {"title": "nav", "date": ".d", "body": "h9"})
    assert got.title == "الرئيسية أخبار"
    assert got.published_at == datetime(2025, 3, 15, tzinfo=SYRIA)
    assert "ريف إدلب" in got.text  # the body selector matched nothing: trafilatura's text


def test_page_without_article_is_refused() -> None:
    with pytest.raises(NoArticle, match="no article text"):
        extract_article("<html><body><nav>الرئيسية</nav></body></html>", "https://x.sy/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 آذار/مارس 2025", datetime(2025, 3, 15, tzinfo=SYRIA)),
        ("الأحد ٣ تشرين الأول ٢٠٢٤ - 10:30 م", datetime(2024, 10, 3, 22, 30, tzinfo=SYRIA)),
        ("1 نيسان 2024", datetime(2024, 4, 1, tzinfo=SYRIA)),
        ("2025-03-15T10:00:00Z", datetime(2025, 3, 15, 10, tzinfo=UTC)),
        ("Sat, 15 Mar 2025 10:00:00 +0300", datetime(2025, 3, 15, 7, tzinfo=UTC)),
        ("لا تاريخ هنا", None),
        ("2023-03-12T10:30:00", datetime(2023, 3, 12, 10, 30, tzinfo=SYRIA)),
        ("Sun, 12 Mar 2023 10:30:00 +0000", datetime(2023, 3, 12, 10, 30, tzinfo=UTC)),
        ("الأحد 12 آذار/مارس 2023 - 10:30", datetime(2023, 3, 12, 10, 30, tzinfo=SYRIA)),
        ("١٢ مارس ٢٠٢٣", datetime(2023, 3, 12, tzinfo=SYRIA)),
        ("12/03/2023", datetime(2023, 3, 12, tzinfo=SYRIA)),
        ("not a date", None), ("", None), (None, None), ("31 شباط 2023", None),
        # what only one of the two former readers (crawler, pipeline) understood
        ("3تشرين الأول، 2024", datetime(2024, 10, 3, tzinfo=SYRIA)),
        ("2023-03-12T10", datetime(2023, 3, 12, 10, tzinfo=SYRIA)),
        ("10:30:15 | 12 من شهر آذار عام 2023", datetime(2023, 3, 12, 10, 30, 15, tzinfo=SYRIA)),
        ("نشر في ٢٠٢٣-٠٣-١٢T10:00:00Z", datetime(2023, 3, 12, 10, tzinfo=UTC)),
        # Maghrebi month names
        ("5 جويلية 2023 - 9:05 م", datetime(2023, 7, 5, 21, 5, tzinfo=SYRIA)),
        ("الأربعاء 16 أوت 2023", datetime(2023, 8, 16, tzinfo=SYRIA)),
        # the end of a year is no day: "2006 أكتوبر 1995" is no date
        ("2006 أكتوبر 1995", None),
    ],
)
def test_parse_date(text: str | None, expected: datetime | None) -> None:
    got = parse_date(text)
    assert got == expected
    assert got is None or got.tzinfo is not None


def test_feed_parsing_and_broken_feed_keeps_entries() -> None:
    good = parse_feed(rss("https://x.sy", [("/a/", "أ"), ("/b/", "ب")]).encode())
    assert [e.url for e in good.entries] == ["https://x.sy/a/", "https://x.sy/b/"]
    assert good.bozo_reason is None and good.entries[0].published is not None
    broken = parse_feed(rss("https://x.sy", [("/a/", "أ"), ("/b/", "ب")], broken=True).encode())
    assert broken.bozo_reason and len(broken.entries) >= 1
    assert not parse_feed(b"<html><body>hi</body></html>").is_feed


def test_discovery_helpers() -> None:
    page = ('<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
            "</head></html>")
    assert alternate_links(page, "https://x.sy/") == ["https://x.sy/feed/"]
    sitemap = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               b"<url><loc>https://x.sy/old</loc><lastmod>2024-01-01</lastmod></url>"
               b"<url><loc>https://x.sy/new</loc><lastmod>2025-03-15</lastmod></url></urlset>")
    entries, children = sitemap_entries(sitemap)
    assert [e.url for e in entries] == ["https://x.sy/new", "https://x.sy/old"] and not children


SETTINGS = CrawlerSettings(min_interval=120, max_interval=7200, degraded_after=3)
T0 = datetime(2025, 3, 15, 12, tzinfo=UTC)


def test_schedule_adapts_to_rate_and_backs_off() -> None:
    state = FeedState(url="u", source="s")
    state = apply(state, Outcome("ok", new_items=5), T0, SETTINGS)
    assert state.interval == 120 and state.next_poll == T0 + timedelta(seconds=120)
    t1 = T0 + timedelta(seconds=1200)
    busy = apply(state, Outcome("ok", new_items=4), t1, SETTINGS)
    assert busy.interval == 300  # 1200 s / 4 new items
    quiet = apply(busy, Outcome("not_modified"), t1, SETTINGS)
    assert quiet.interval == 450 and quiet.etag is None
    capped = apply(quiet, Outcome("ok", ttl_minutes=60), t1, SETTINGS)
    assert capped.interval == 3600
    assert [failure_delay(n, None, SETTINGS) for n in (1, 2, 3, 4)] == [120, 240, 7200, 7200]
    assert failure_delay(1, 900, SETTINGS) == 900


def test_degraded_after_consecutive_failures_and_cleared_by_success() -> None:
    state = FeedState(url="u", source="s")
    for _ in range(3):
        state = apply(state, Outcome("failed", error="timeout"), T0, SETTINGS)
    assert state.degraded and state.failures == 3 and state.last_error == "timeout"
    state = apply(state, Outcome("ok", new_items=1, etag='"e"'), T0, SETTINGS)
    assert not state.degraded and state.failures == 0 and state.etag == '"e"'


def test_warc_round_trip(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    body = article_html("خبر").encode("cp1256")
    for day in (1, 2):
        archive.write(f"https://x.sy/{day}", "GET", [("User-Agent", "t")], 200,
                      [("Content-Type", "text/html")], body, datetime(2025, 3, day, tzinfo=UTC))
    got = list(iter_responses(tmp_path, datetime(2025, 3, 1).date(), datetime(2025, 3, 2).date()))
    assert [r.url for r in got] == ["https://x.sy/1", "https://x.sy/2"]
    assert got[0].body == body and got[0].status == 200
    assert got[1].fetched_at == datetime(2025, 3, 2, tzinfo=UTC)


def test_sources_validation_and_registry() -> None:
    registry = load_registry()
    assert len({s.id for s in registry if s.type == "feed"}) >= 15
    assert all(not s.verified for s in registry)
    with pytest.raises(SourceError, match=r"^feeds: expected a list of URLs"):
        Source.from_dict({"id": "x", "name": "X", "feeds": 3})
    with pytest.raises(SourceError, match=r"^name: missing"):
        Source.from_dict({"id": "x", "feeds": ["https://x.sy/feed"]})
    with pytest.raises(SourceError, match=r"^selectors\.footer: unknown"):
        Source.from_dict({"id": "x", "name": "X", "homepage": "https://x.sy",
                          "selectors": {"footer": "f"}})
    mine = Source.from_dict({"id": "sana", "name": "Mine", "feeds": ["https://m.sy/rss"]})
    merged = merge(registry, [mine])
    assert [s for s in merged if s.id == "sana"] == [mine] and len(merged) == len(registry)
    tg = Source.from_dict({"id": "t", "name": "T", "type": "telegram", "channel": "chan"})
    assert tg.poll_urls == ("https://t.me/s/chan",)


def test_telegram_preview_parsing() -> None:
    page = ('<div class="tgme_widget_message" data-post="chan/42"><div class="'
            'tgme_widget_message_text">عاجل: قصف على ريف حلب<br>التفاصيل لاحقاً</div>'
            '<time datetime="2025-03-15T09:00:00+00:00"></time></div>')
    [post] = parse_preview(page)
    assert post.url == "https://t.me/chan/42" and post.title == "عاجل: قصف على ريف حلب"
    assert post.published == datetime(2025, 3, 15, 9, tzinfo=UTC) and "\n" in post.text


def test_seen_set_persists_equal_urls_and_prunes(sqlite_engine: Engine) -> None:
    seen = SeenSet(sqlite_engine)
    urls = [f"https://x.sy/2025/03/{i}/" for i in range(10)]
    assert seen.add(urls, "x", T0) == 10
    assert seen.add(["https://X.sy/2025/03/1?utm_source=t"], "x", T0) == 0
    again = SeenSet(sqlite_engine)
    assert again.seen(["http://x.sy/2025/03/2", "https://x.sy/new"]) == {"http://x.sy/2025/03/2"}
    seen.add(["https://x.sy/later"], "x", T0 + timedelta(days=40))
    assert seen.prune(T0 + timedelta(days=41), timedelta(days=30), 5) == 10
    assert seen.count() == 1
