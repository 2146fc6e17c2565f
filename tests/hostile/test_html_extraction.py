"""Hostile pages into ``crawler.decode.decode_html`` + ``crawler.extract.extract_article``:
whatever the bytes, charset or markup, only ``NoArticle`` (the documented refusal, counted as
``no_article``) may escape, and Arabic in legacy charsets decodes to the same text."""

from __future__ import annotations

import time
from datetime import UTC
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.decode import decode_html
from crawler.extract import Extracted, NoArticle, extract_article

CI = settings(max_examples=40, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
URL = "http://127.0.0.1:8765/2025/03/15/khabar/"
PARAGRAPH = ("قالت مصادر محلية إن قصفاً مدفعياً استهدف بلدة في ريف إدلب الجنوبي، ما أدى إلى "
             "أضرار مادية في منازل المدنيين وفق ناشطين.")
CONTENT_TYPES = st.sampled_from([
    None, "", "text/html", "text/html; charset=UTF-8", "text/html; charset=windows-1256",
    "text/html; charset=iso-8859-6", "text/html; charset=iso-8859-1", "text/html; charset=utf-16",
    "text/html; charset=nonsense", "text/html; charset=", 'text/html; charset="utf-8',
])
ARABIC_WORDS = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ،.")),
                       min_size=1, max_size=60)
TAGS = st.sampled_from(["div", "p", "article", "span", "b", "table", "td", "li", "script",
                        "style", "svg", "math", "template", "noscript", "iframe", "time", "h1"])
ATTRS = st.sampled_from(["class", "id", "lang", "dir", "content", "datetime", "href", "rel",
                         "property", "itemprop", "charset", "style"])


def _extract(page: str, selectors: dict[str, str] | None = None,
             zone: ZoneInfo | None = None) -> Extracted | None:
    """The only allowed outcomes: an article with sane fields, or NoArticle."""
    try:
        got = extract_article(page, URL, selectors, zone=zone)
    except NoArticle as exc:
        assert str(exc)  # the reason is logged with the counter
        return None
    assert got.text and len(got.text) >= 80
    assert got.canonical_url.startswith(("http://", "https://"))
    assert got.published_at is None or got.published_at.tzinfo is not None
    return got


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Random, often malformed HTML with Arabic text, odd attributes and stray closers."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 5))
        if choice == 0 or depth > 3:
            parts.append(draw(ARABIC_WORDS))
        elif choice == 1:
            parts.append(f"</{draw(TAGS)}>")
        elif choice == 2:
            parts.append(draw(st.text(max_size=30)))
        else:
            tag, attr = draw(TAGS), draw(ATTRS)
            value = draw(st.one_of(st.text(max_size=20), ARABIC_WORDS))
            parts.append(f'<{tag} {attr}="{value}">{draw(markup(depth + 1))}')
            if draw(st.booleans()):
                parts.append(f"</{tag}>")
    return "".join(parts)


@CI
@given(st.binary(max_size=3000), CONTENT_TYPES)
def test_arbitrary_bytes_decode_and_extract(body: bytes, content_type: str | None) -> None:
    text, encoding = decode_html(body, content_type)
    assert isinstance(text, str) and encoding
    _extract(text)


@CI
@given(markup(), st.booleans())
def test_random_markup_only_refuses_with_no_article(page: str, with_article: bool) -> None:
    body = f"<article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>" if with_article else ""
    _extract(f"<html lang=ar><head><title>خبر</title></head><body>{page}{body}{page}</body></html>")


@CI
@given(markup(), st.dictionaries(st.sampled_from(["body", "title", "date", "author"]),
                                 st.text(max_size=30), max_size=4))
def test_hostile_selectors_only_refuse_with_no_article(page: str,
                                                       selectors: dict[str, str]) -> None:
    _extract(f"<html><body><article><p>{PARAGRAPH}</p>{page}</article></body></html>", selectors)


@CI
@given(st.lists(ARABIC_WORDS, min_size=1, max_size=6),
       st.sampled_from(["cp1256", "iso8859_6"]),
       st.sampled_from(["meta", "header"]))
def test_legacy_arabic_charsets_decode_to_the_same_text(words: list[str], codec: str,
                                                        where: str) -> None:
    label = {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}[codec]
    text = " ".join(words)
    meta = f'<meta charset="{label}">' if where == "meta" else ""
    page = f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
    header = f"text/html; charset={label}" if where == "header" else "text/html"
    decoded, _ = decode_html(page.encode(codec), header)
    assert text in decoded
    _extract(decoded)


@CI
@given(st.lists(ARABIC_WORDS, min_size=1, max_size=4), st.sampled_from(["utf-16", "utf-8-sig"]),
       CONTENT_TYPES)
def test_byte_order_marks_win_over_wrong_declarations(words: list[str], codec: str,
                                                      content_type: str | None) -> None:
    text = " ".join(words)
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{text}</p></body></html>'
    decoded, _ = decode_html(page.encode(codec), content_type)
    assert text in decoded


@pytest.mark.parametrize("depth", [300, 5_000, 60_000])
@pytest.mark.parametrize("tag", ["div", "b", "table"])
def test_deep_nesting_is_bounded(depth: int, tag: str) -> None:
    page = f"<html><body>{f'<{tag}>' * depth}<p>{PARAGRAPH}</p>{f'</{tag}>' * depth}</body></html>"
    started = time.monotonic()
    _extract(page)
    assert time.monotonic() - started < 10.0


@pytest.mark.parametrize("size", [100_000, 5_000_000])
def test_huge_attribute_values_are_bounded(size: int) -> None:
    junk = "ش" * size
    page = (f'<html><head><meta property="og:title" content="{junk}">'
            f'<link rel="canonical" href="{URL}?{junk}"></head><body><article title="{junk}">'
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>")
    started = time.monotonic()
    _extract(page)
    assert time.monotonic() - started < 10.0


@pytest.mark.parametrize("page", [
    "", " ", "\x00", "<", "<!-- only -->", "<?xml version='1.0' encoding='utf-8'?><html/>",
    "\ud800<p>x</p>", "<html>" + "\x0b" * 100, "<frameset><frame src=x></frameset>",
    f"<html><body><script>{PARAGRAPH * 5}</script></body></html>",
    f"<html><body><p>{PARAGRAPH}</p></body></html>" * 200,
], ids=lambda page: f"{len(page)}-{page[:10]!r}")
def test_degenerate_pages(page: str) -> None:
    _extract(page)


@pytest.mark.parametrize("charset", ["punycode", "undefined"])
def test_declared_codecs_that_raise_unicode_error(charset: str) -> None:
    decode_html(f'<html><head><meta charset="{charset}"></head><body>x<y</body></html>'.encode(),
                None)


def test_malformed_canonical_link_is_ignored() -> None:
    page = (f'<html><head><link rel="canonical" href="http://[::1"></head><body><article>'
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>")
    got = _extract(page)
    assert got is not None and got.canonical_url.startswith("https://127.0.0.1")


def test_published_time_is_convertible_to_utc() -> None:
    page = ('<html><head><meta property="article:published_time" '
            'content="0001-01-01T00:00:00+05:00"></head><body><article>'
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>")
    got = _extract(page)
    assert got is not None and got.published_at is not None
    got.published_at.astimezone(UTC)


ZONES = st.sampled_from([None, ZoneInfo("Africa/Cairo"), ZoneInfo("Pacific/Kiritimati"),
                         ZoneInfo("America/Adak"), ZoneInfo("Asia/Tehran")])
DATE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["2020-10-07 12:09", "الأربعاء، 07 أكتوبر 2020 - 12:09 م", "۱۳۹۹/۰۲/۲۱",
                     "8 فيفري 2019", "0001-01-01T00:00", "9999-12-31T23:59", "2020-13-45",
                     "28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+9999)", "2016"]),
)
CLASS_WORDS = st.lists(st.sampled_from(["share", "no-share", "entry-content", "social",
                                        "related", "read-also", "article_image", "caption",
                                        "jeg_share_button", "has-image", "content-inner"]),
                       max_size=3).map(" ".join)


@CI
@given(DATE_TEXT, DATE_TEXT, ZONES, CLASS_WORDS, CLASS_WORDS)
def test_hostile_dates_zones_and_classes(meta: str, line: str, zone: ZoneInfo | None,
                                         outer: str, inner: str) -> None:
    """Whatever the date texts, the source's zone and the class words, the published time is
    aware (or None), never a bare year's 1 January, and the article itself is not pruned away."""
    page = (f'<html><head><meta property="article:published_time" content="{meta}">'
            f'<script type="application/ld+json">{{"datePublished": "{line}"}}</script></head>'
            f'<body><div class="{outer}"><h1>خبر</h1><div>{line}</div><div class="{inner}">'
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div></body></html>")
    got = _extract(page, zone=zone)
    assert got is not None and PARAGRAPH in got.text
    if got.published_at is not None:
        got.published_at.astimezone(UTC)
        assert (meta, line) != ("2016", "2016")
