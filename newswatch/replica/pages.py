"""HTML of the replica: a WordPress-style Arabic news theme and a t.me/s/ channel preview.

Pages carry the boilerplate real outlets have (header menu, sidebar, "اقرأ أيضاً" block, share
buttons, footer) so that extraction has something to strip. Share buttons point back at the
site itself (``?share=facebook``, as Jetpack does), so no page links a crawler off loopback
except the deliberately disallowed ``/private/`` area.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from html import escape

from newswatch.replica.articles import Article
from newswatch.replica.feeds import SITE_TAGLINE, SITE_TITLE

META_UTF8 = '<meta charset="utf-8">'
MONTHS = ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
          "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
          "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر")
SHARES = (("facebook", "فيسبوك"), ("twitter", "إكس"), ("whatsapp", "واتساب"),
          ("telegram", "تلغرام"))


def arabic_date(when: datetime) -> str:
    """``10 آذار/مارس 2025 - 09:40``: how Syrian outlets print dates."""
    return f"{when.day} {MONTHS[when.month - 1]} {when.year} - {when:%H:%M}"


def layout(title: str, main: str, base: str, *, head: str = "", sidebar: str = "") -> str:
    feed_title = escape(f"{SITE_TITLE} « الخلاصة")
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{META_UTF8}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – {SITE_TITLE}</title>
<link rel="alternate" type="application/rss+xml" title="{feed_title}" href="{base}/feed/">
<link rel="alternate" type="application/atom+xml" title="{feed_title}" href="{base}/feed/atom/">
{head}
</head>
<body class="rtl wp-theme-akhbar">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="{base}/" rel="home">{SITE_TITLE}</a>
<p class="site-description">{SITE_TAGLINE}</p></div>
<nav id="site-navigation" class="main-navigation"><ul class="menu">
<li><a href="{base}/">الرئيسية</a></li><li><a href="{base}/?cat=daraa">أخبار درعا</a></li>
<li><a href="{base}/?cat=syria">أخبار سوريا</a></li>
<li><a href="{base}/?cat=economy">اقتصاد</a></li>
<li><a href="{base}/private/editor/">لوحة التحرير</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
{main}
</main>
{sidebar}
</div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><p>من نحن | اتصل بنا | سياسة الخصوصية | أعلن معنا</p></div>
<div class="site-info">جميع الحقوق محفوظة © {SITE_TITLE}. يُمنع نسخ المحتوى دون ذكر المصدر.</div>
</footer>
</body>
</html>
"""


def sidebar(recent: Sequence[Article], base: str) -> str:
    links = "".join(f'<li><a href="{base}{a.path}">{escape(a.title)}</a></li>' for a in recent)
    return f"""<aside id="secondary" class="widget-area sidebar">
<section class="widget widget_recent_entries"><h2 class="widget-title">الأكثر قراءة</h2>
<ul>{links}</ul></section>
<section class="widget widget_newsletter"><h2 class="widget-title">النشرة البريدية</h2>
<p>اشترك في نشرتنا اليومية لتصلك آخر الأخبار.</p></section>
</aside>"""


def _summary(article: Article, base: str, heading: str = "h2") -> str:
    return (
        f'<article id="post-{article.id}" class="post type-post">'
        f'<{heading} class="entry-title"><a href="{base}{article.path}" rel="bookmark">'
        f"{escape(article.title)}</a></{heading}>"
        f'<time class="entry-date" datetime="{article.published.isoformat()}">'
        f"{arabic_date(article.published)}</time>"
        f'<div class="entry-summary"><p>{escape(article.excerpt)}</p></div></article>\n'
    )


def home_page(latest: Sequence[Article], base: str) -> str:
    main = "".join(_summary(a, base) for a in latest)
    return layout("الرئيسية", main, base, sidebar=sidebar(latest[:5], base))


def archive_page(day: datetime, articles: Sequence[Article], base: str) -> str:
    title = f"أرشيف يوم: {arabic_date(day).split(' - ')[0]}"
    main = f'<header class="page-header"><h1 class="page-title">{escape(title)}</h1></header>\n'
    main += "".join(_summary(a, base) for a in articles)
    return layout(title, main, base)


def _article_head(article: Article, url: str, amp: bool) -> str:
    stamp = article.published.isoformat()
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
          "datePublished": stamp, "author": {"@type": "Person", "name": article.author}}
    amp_link = "" if amp else f'<link rel="amphtml" href="{url}amp/">\n'
    return (
        f'<link rel="canonical" href="{url}">\n{amp_link}'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{escape(article.title)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:site_name" content="{SITE_TITLE}">\n'
        f'<meta property="article:published_time" content="{stamp}">\n'
        f'<meta property="article:section" content="{escape(article.category)}">\n'
        f'<meta name="author" content="{escape(article.author)}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )


def _read_also(related: Sequence[Article], base: str) -> str:
    items = "".join(f'<li><a href="{base}{a.path}">{escape(a.title)}</a></li>' for a in related)
    return f'<div class="read-also related-posts"><strong>اقرأ أيضاً:</strong><ul>{items}</ul></div>'


def _share_buttons(url: str) -> str:
    buttons = "".join(
        f'<a class="share-{key} sd-button" rel="nofollow noopener" href="{url}?share={key}">'
        f"<span>{label}</span></a>"
        for key, label in SHARES
    )
    return (
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">شارك:</h3>'
        f"{buttons}</div>"
    )


def article_page(
    article: Article, related: Sequence[Article], base: str, *, amp: bool = False
) -> str:
    url = base + article.path
    paras = [f"<p>{escape(p)}</p>" for p in article.paragraphs]
    # Real themes inject the related-posts block after the second paragraph.
    paras.insert(min(2, len(paras)), _read_also(related, base))
    stamp, shown = article.published.isoformat(), arabic_date(article.published)
    main = f"""<article id="post-{article.id}" class="post type-post status-publish">
<header class="entry-header">
<span class="cat-links"><a href="{base}/?cat={article.id}" rel="category tag">
{escape(article.category)}</a></span>
<h1 class="entry-title">{escape(article.title)}</h1>
<div class="entry-meta">
<span class="byline">بقلم <span class="author vcard">{escape(article.author)}</span></span>
<span class="posted-on">
<time class="entry-date published" datetime="{stamp}">{shown}</time></span>
</div>
</header>
<div class="entry-content">
{chr(10).join(paras)}
</div>
<footer class="entry-footer">{_share_buttons(url)}
<span class="tags-links">الوسوم: <a href="{base}/?tag=syria" rel="tag">سوريا</a></span></footer>
</article>"""
    head = _article_head(article, url, amp)
    return layout(article.title, main, base, head=head, sidebar=sidebar(related, base))


def not_found_page(base: str) -> str:
    main = (
        '<section class="error-404 not-found">'
        '<h1 class="page-title">عذراً، الصفحة غير موجودة</h1></section>'
    )
    return layout("الصفحة غير موجودة", main, base)


def private_page(base: str) -> str:
    main = '<h1>لوحة التحرير</h1><p>هذه المنطقة مخصصة لفريق التحرير.</p>'
    return layout("لوحة التحرير", main, base)


def _telegram_post(channel: str, post_id: int, article: Article, base: str) -> str:
    text = "<br/><br/>".join(escape(p) for p in (f"🔴 {article.title}", article.excerpt))
    stamp = article.published.isoformat()
    link = base + article.path
    return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap">
<div class="tgme_widget_message text_not_supported_wrap js-widget_message"
 data-post="{channel}/{post_id}" data-view="">
<div class="tgme_widget_message_bubble">
<div class="tgme_widget_message_author accent_color">
<a class="tgme_widget_message_owner_name" href="{base}/s/{channel}">
<span dir="auto">{SITE_TITLE}</span></a></div>
<div class="tgme_widget_message_text js-message_text" dir="auto">{text}<br/><br/>
<a href="{link}" target="_blank" rel="noopener">{link}</a></div>
<div class="tgme_widget_message_footer compact js-message_footer">
<div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">{1000 + 37 * post_id}</span>
<span class="tgme_widget_message_meta">
<a class="tgme_widget_message_date" href="{base}/s/{channel}/{post_id}">
<time datetime="{stamp}" class="time">{article.published:%H:%M}</time></a></span>
</div></div>
</div>
</div>
</div>
"""


def telegram_page(
    channel: str, posts: Sequence[tuple[int, Article]], base: str, *, more_before: int | None
) -> str:
    """The public preview of a channel: posts oldest first, newest at the bottom (as t.me/s)."""
    body = "".join(_telegram_post(channel, pid, a, base) for pid, a in posts)
    more = (
        f'<a class="tme_messages_more js-messages_more" data-before="{more_before}" '
        f'href="{base}/s/{channel}?before={more_before}"></a>'
        if more_before else ""
    )
    return f"""<!DOCTYPE html>
<html>
<head>
{META_UTF8}
<title>{SITE_TITLE} – Telegram</title>
<meta property="og:title" content="{SITE_TITLE}">
<meta property="og:url" content="https://t.me/s/{channel}">
</head>
<body class="widget_frame_base tgme_webpreview">
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title"><span dir="auto">{SITE_TITLE}</span></div>
<div class="tgme_channel_info_header_username">
<a href="{base}/s/{channel}">@{channel}</a></div></div>
<section class="tgme_channel_history js-message_history">
{more}
{body}</section>
</body>
</html>
"""
