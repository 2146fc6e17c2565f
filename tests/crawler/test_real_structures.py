"""Structures that real news pages have and the replica sites did not (issue 16), each on a
small page written for this test: no outlet's text is in the repository. The real pages that
showed them are scored by ``bench/bench_realpages.py``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler.dates import is_date_line, parse_date
from crawler.extract import Extracted, extract_article
from crawler.feeds import parse_feed
from crawler.telegram import parse_preview

URL = "http://127.0.0.1:8765/news/khabar-1234/"
ONE = ("قالت مصادر محلية إن قصفاً مدفعياً استهدف بلدة في ريف إدلب الجنوبي صباح اليوم، ما أدى "
       "إلى أضرار مادية في منازل المدنيين وفق ناشطين في المنطقة.")
TWO = ("وأضافت المصادر أن فرق الدفاع المدني عملت على إخماد الحرائق التي اندلعت في الأراضي "
       "الزراعية المحيطة بالبلدة حتى ساعات المساء.")
THREE = ("ولم تصدر أي جهة رسمية بياناً حول القصف حتى لحظة إعداد هذا الخبر، فيما تواصل حركة "
         "النزوح من القرى القريبة نحو الشمال.")
CAIRO = ZoneInfo("Africa/Cairo")


def page(body: str, head: str = "", lang: str = ' lang="ar"', title: str = "خبر القصف") -> str:
    return (f"<html{lang}><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<nav><a href='/'>الرئيسية</a> <a href='/news'>أخبار</a></nav>{body}"
            "<footer>جميع الحقوق محفوظة 2016</footer></body></html>")


def article(inner: str = "", h1: str = "خبر القصف") -> str:
    return f"<article><h1>{h1}</h1>{inner}<p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></article>"


def extract(html: str, zone: ZoneInfo | None = None) -> Extracted:
    return extract_article(html, URL, zone=zone)


# -- bodies ----------------------------------------------------------------------------------

def test_article_container_named_no_share_is_kept() -> None:
    """JNews wraps the article in "entry-content no-share": prune class words, not substrings."""
    share = ("<div class='jeg_share_button share-float'><a>فيسبوك</a><a>تويتر</a>"
             "<p>شارك الخبر مع أصدقائك عبر الشبكات الاجتماعية المختلفة الآن</p></div>")
    body = (f"<div class='jeg_inner_content'><h1>خبر</h1><div class='entry-content no-share'>"
            f"<div class='content-inner'><p>{ONE}</p><p>{TWO}</p>{share}<p>{THREE}</p></div>"
            "</div></div>")
    got = extract(page(body))
    assert ONE in got.text and THREE in got.text
    assert "أصدقائك" not in got.text


def test_related_block_inside_the_article_is_pruned() -> None:
    related = ("<div class='jnews_inline_related_post'><p>إقرأ أيضاً</p><p>عنوان خبر آخر لا صلة "
               "له بالقصف على الإطلاق يظهر هنا في الصندوق الجانبي</p></div>")
    got = extract(page(article(related)))
    assert "الصندوق الجانبي" not in got.text and ONE in got.text


def test_text_after_a_react_comment_inside_a_link_is_kept() -> None:
    """React and Next.js write ``<!-- -->`` between a link's text nodes."""
    tail = "وهي المرة الثالثة التي تتعرض فيها البلدة للقصف خلال الأسبوع الجاري بحسب الأهالي."
    body = (f"<article><h1>خبر</h1><p>{ONE}</p><p>وقال <a href='/x'>المرصد<!-- --> السوري"
            f"<!-- --> </a> إن القصف استهدف الحي الشرقي. {tail}</p><p>{TWO}</p></article>")
    got = extract(page(body))
    assert tail in got.text


def test_comment_policy_and_date_lines_leave_the_body() -> None:
    policy = ("<div><p>ترحب شبكتنا بالنقاش الحيوي والمفيد، وننصحك بمراجعة إرشادات الاستخدام "
              "قبل التعليق.</p><p>الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر "
              "أصحابها فقط.</p></div>")
    body = (f"<article><h1>خبر</h1><div class='meta'>تم نشره الجمعة 24 نيسان / أبريل 2020 "
            f"09:22 مساءً</div><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>{policy}</article>")
    got = extract(page(body))
    assert "ترحب" not in got.text and "لا تعبر عن رأي" not in got.text
    assert "تم نشره" not in got.text and ONE in got.text


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    assert is_date_line("الجمعة 8 فيفري 2019")
    assert is_date_line("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)")
    assert not is_date_line("وفي 15 آذار 2011 بدأت الاحتجاجات في درعا")
    assert not is_date_line("لا تاريخ هنا")


def test_caption_of_the_picture_is_not_body() -> None:
    picture = ("<div class='article_image'><img src='/a.jpg' alt=''>"
               "<div class='red'>صورة أرشيفية لبلدة في ريف إدلب</div></div>")
    got = extract(page(article(picture)))
    assert "صورة أرشيفية" not in got.text


def test_lead_paragraph_outside_the_kept_block_is_added() -> None:
    standfirst = ("أكدت مصادر محلية أن القصف المدفعي على ريف إدلب الجنوبي تجدد صباح اليوم بعد "
                  "هدوء استمر أياماً")
    head = f"<meta property='og:description' content='{standfirst}'>"
    body = (f"<header><h1>خبر</h1><span class='standfirst'>{standfirst}</span></header>"
            f"<article><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></article>")
    got = extract(page(body, head))
    assert got.text.startswith(standfirst) and got.text.count(standfirst) == 1


# -- titles and languages ----------------------------------------------------------------------

HEADLINE = "قصف مدفعي على ريف إدلب الجنوبي"


@pytest.mark.parametrize(("title", "head"), [
    (f"{HEADLINE} - اليوم", "<meta name='publisher' content='صحيفة اليوم'>"),
    (f"{HEADLINE} | قناة الشمال", ""),
    (f"المدينة نيوز - {HEADLINE}", ""),
    (f"وكالة الأنباء المحلية :: {HEADLINE}", ""),
    (f"{HEADLINE} - Local Times", "<meta property='og:site_name' content='Local Times'>"),
])
def test_site_name_leaves_the_title(title: str, head: str) -> None:
    got = extract(page(article(h1="عاجل"), f"<meta property='og:title' content='{title}'>{head}"))
    assert got.title == HEADLINE


def test_title_that_only_has_a_dash_keeps_it() -> None:
    title = "درعا - اشتباكات عنيفة بين مجموعات محلية في الريف الغربي"
    got = extract(page(article(), f"<meta property='og:title' content='{title}'>"))
    assert got.title == title


@pytest.mark.parametrize("lang", [' lang="en-US"', ""])
def test_language_comes_from_the_text(lang: str) -> None:
    assert extract(page(article(), lang=lang)).language == "ar"


def test_english_text_on_a_page_marked_arabic_is_english() -> None:
    text = ("Local sources said artillery shelling hit a town in the southern Idlib countryside "
            "this morning, damaging civilian homes, according to activists in the area. ")
    got = extract(page(f"<article><h1>News</h1><p>{text}</p><p>{text}</p></article>"))
    assert got.language == "en"


# -- dates -----------------------------------------------------------------------------------

def jsonld(value: str) -> str:
    return ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":'
            f'"{value}"}}</script>')


def meta(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


def test_page_with_only_a_year_gets_no_date() -> None:
    """The footer's year is no publication date (trafilatura made it 1 January)."""
    assert extract(page(article())).published_at is None


def test_day_in_the_url_is_a_day() -> None:
    got = extract_article(page(article()), "http://127.0.0.1:8765/2024/05/10/khabar/")
    assert got.published_at == datetime(2024, 5, 10, tzinfo=timezone(timedelta(hours=3)))
    assert got.published_day_only


def test_jsonld_instant_wins_over_a_zoneless_meta() -> None:
    got = extract(page(article(), meta("2024-09-03T04:03:19") + jsonld("2024-09-03T04:03:19Z")))
    assert got.published_at == datetime(2024, 9, 3, 4, 3, 19, tzinfo=UTC)


def test_unreadable_first_date_falls_to_jsonld() -> None:
    """A Persian-calendar article:published_time, then JSON-LD's instant."""
    got = extract(page(article(), meta("۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹") + jsonld("2020-05-10T18:59:01+04:30")))
    assert got.published_at == datetime(2020, 5, 10, 14, 29, 1, tzinfo=UTC)


def test_zoneless_time_is_in_the_source_zone() -> None:
    head = meta("الأربعاء، 07 أكتوبر 2020 - 12:09 م")
    cairo = extract(page(article(), head), zone=CAIRO).published_at
    syria = extract(page(article(), head)).published_at
    assert cairo == datetime(2020, 10, 7, 10, 9, tzinfo=UTC)
    assert syria == datetime(2020, 10, 7, 9, 9, tzinfo=UTC)


def test_zoneless_jsonld_comes_before_zoneless_meta() -> None:
    head = meta("2026-04-20T14:15:30.813") + jsonld("2026-04-20T14:09:42.493")
    got = extract(page(article(), head), zone=ZoneInfo("Europe/Istanbul"))
    assert got.published_at is not None
    assert got.published_at.astimezone(UTC) == datetime(2026, 4, 20, 11, 9, 42, 493000, tzinfo=UTC)


def test_update_time_tag_is_not_the_publication() -> None:
    head = jsonld("2012-05-10T14:29:05.000Z")
    body = article("<time datetime='2026-04-24T11:16:53.545Z'>1 day ago</time>")
    got = extract(page(body, head))
    assert got.published_at == datetime(2012, 5, 10, 14, 29, 5, tzinfo=UTC)


def test_the_article_date_line_wins_over_a_date_widget() -> None:
    """Maghrebi month names, and a sidebar of newspaper issues with their own dates."""
    sidebar = "".join(f"<li>جريدة الصباح بتاريخ 2019/02/0{d}</li>" for d in range(2, 10))
    body = (f"<aside><ul>{sidebar}</ul></aside><article><h1>حوار</h1><footer><span>الجمعة 8 "
            f"فيفري 2019</span></footer><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></article>")
    got = extract(page(body), zone=ZoneInfo("Africa/Tunis"))
    assert got.published_at == datetime(2019, 2, 8, tzinfo=ZoneInfo("Africa/Tunis"))
    assert got.published_day_only


def test_date_line_with_its_own_offset() -> None:
    line = "<div>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div>"
    got = extract(page(article(line)))
    assert got.published_at == datetime(2013, 8, 28, 10, 0, tzinfo=UTC)
    assert not got.published_day_only


@pytest.mark.parametrize(("text", "expected"), [
    ("8 فيفري 2019", datetime(2019, 2, 8, tzinfo=timezone(timedelta(hours=3)))),
    ("3 غشت 2020 10:15", datetime(2020, 8, 3, 10, 15, tzinfo=timezone(timedelta(hours=3)))),
    ("24 نيسان 2020 09:22 مساءً", datetime(2020, 4, 24, 21, 22,
                                            tzinfo=timezone(timedelta(hours=3)))),
    ("5 آذار 2020 12:10 صباحًا", datetime(2020, 3, 5, 0, 10, tzinfo=timezone(timedelta(hours=3)))),
])
def test_maghrebi_months_and_written_out_am_pm(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


# -- feeds and Telegram ------------------------------------------------------------------------

def test_feed_item_links_to_its_own_article_not_the_last_atom_link() -> None:
    rss = (b'<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
           b"<channel><title>t</title><link>http://127.0.0.1/</link><item><title>a</title>"
           b"<link>http://127.0.0.1/own/</link><atom:link href='http://127.0.0.1/other-1/'/>"
           b"<atom:link href='http://127.0.0.1/other-2/'/></item><item><title>b</title>"
           b"<atom:link rel='related' type='text/html' href='http://127.0.0.1/rel/'/>"
           b"<atom:link rel='alternate' type='text/html' href='http://127.0.0.1/own-b/'/>"
           b"</item></channel></rss>")
    assert [e.url for e in parse_feed(rss).entries] == ["http://127.0.0.1/own/",
                                                       "http://127.0.0.1/own-b/"]


def test_feed_date_without_zone_is_in_the_source_zone() -> None:
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a'
           b"</title><link>http://127.0.0.1/a/</link><pubDate>2020-10-07 12:09</pubDate></item>"
           b"</channel></rss>")
    entry = parse_feed(rss, zone=CAIRO).entries[0]
    assert entry.published == datetime(2020, 10, 7, 10, 9, tzinfo=UTC)


def tg_post(number: int, inner: str, service: bool = False) -> str:
    kind = " service_message" if service else ""
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="'
            f'tgme_widget_message text_not_supported_wrap{kind} js-widget_message" data-post='
            f'"chan/{number}"><div class="tgme_widget_message_bubble">{inner}<div class="'
            f'tgme_widget_message_footer"><time datetime="2025-03-15T10:0{number}:00+00:00">'
            "</time></div></div></div></div>")


def tg_text(text: str, reply: bool = False) -> str:
    kind = "js-message_reply_text" if reply else "js-message_text"
    return f'<div class="tgme_widget_message_text {kind}" dir="auto">{text}</div>'


def test_telegram_reply_keeps_its_own_text_and_service_messages_are_no_posts() -> None:
    quoted = tg_text("الخبر الأول", reply=True)
    quote = ('<a class="tgme_widget_message_reply" href="https://t.me/chan/1">'
             f'<span class="tgme_widget_message_author_name">القناة</span>{quoted}</a>')
    pinned = tg_text('<a class="tgme_widget_message_author_name">القناة</a> pinned «الخبر الأول»')
    preview = "".join([
        tg_post(1, tg_text("الخبر الأول")),
        tg_post(2, quote + tg_text("تحديث: ارتفاع عدد الإصابات")),
        tg_post(3, pinned, service=True),
        tg_post(4, tg_text("Channel photo updated"), service=True),
    ])
    posts = parse_preview(f"<html><body>{preview}</body></html>")
    assert [(p.url.rsplit("/", 1)[1], p.text) for p in posts] == [
        ("1", "الخبر الأول"), ("2", "تحديث: ارتفاع عدد الإصابات")]
