"""Machine-readable documents of the replica: RSS 2.0, Atom, sitemap and robots.txt.

The markup follows what WordPress emits (``/feed/``, ``/feed/atom/``, ``?paged=N``) so the
crawler meets the same shapes it will meet on real Syrian outlets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from newswatch.replica.articles import Article

SITE_TITLE = "شبكة الرصد السوري"
SITE_TAGLINE = "أخبار سوريا لحظة بلحظة"


def _cdata(text: str) -> str:
    # A literal "]]>" would end the section early; split it across two sections.
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _rss_item(article: Article, base: str) -> str:
    link = escape(base + article.path)
    return (
        "<item>\n"
        f"<title>{escape(article.title)}</title>\n"
        f"<link>{link}</link>\n"
        f"<dc:creator>{_cdata(article.author)}</dc:creator>\n"
        f"<pubDate>{format_datetime(article.published)}</pubDate>\n"
        f"<category>{_cdata(article.category)}</category>\n"
        f'<guid isPermaLink="false">{escape(base)}/?p={article.id}</guid>\n'
        f"<description>{_cdata(article.excerpt + ' […]')}</description>\n"
        "</item>\n"
    )


def render_rss(page: Sequence[Article], base: str, *, ttl: int, updated: datetime) -> str:
    """One page of the RSS 2.0 feed; ``page`` is already newest first."""
    items = "".join(_rss_item(a, base) for a in page)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">\n'
        "<channel>\n"
        f"<title>{SITE_TITLE}</title>\n"
        f'<atom:link href="{escape(base)}/feed/" rel="self" type="application/rss+xml"/>\n'
        f"<link>{escape(base)}/</link>\n"
        f"<description>{SITE_TAGLINE}</description>\n"
        f"<lastBuildDate>{format_datetime(updated)}</lastBuildDate>\n"
        "<language>ar</language>\n"
        f"<ttl>{ttl}</ttl>\n"
        "<sy:updatePeriod>hourly</sy:updatePeriod>\n"
        "<sy:updateFrequency>1</sy:updateFrequency>\n"
        "<generator>https://wordpress.org/?v=6.4.3</generator>\n"
        f"{items}"
        "</channel>\n"
        "</rss>\n"
    )


def _atom_entry(article: Article, base: str) -> str:
    link = escape(base + article.path)
    stamp = article.published.isoformat()
    return (
        "<entry>\n"
        f"<author><name>{escape(article.author)}</name></author>\n"
        f'<title type="html">{_cdata(article.title)}</title>\n'
        f'<link rel="alternate" type="text/html" href="{link}"/>\n'
        f"<id>{escape(base)}/?p={article.id}</id>\n"
        f"<updated>{stamp}</updated>\n"
        f"<published>{stamp}</published>\n"
        f'<category scheme="{escape(base)}" term="{escape(article.category)}"/>\n'
        f'<summary type="html">{_cdata(article.excerpt + " […]")}</summary>\n'
        "</entry>\n"
    )


def render_atom(page: Sequence[Article], base: str, *, updated: datetime) -> str:
    entries = "".join(_atom_entry(a, base) for a in page)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">\n'
        f'<title type="text">{SITE_TITLE}</title>\n'
        f'<subtitle type="text">{SITE_TAGLINE}</subtitle>\n'
        f"<updated>{updated.isoformat()}</updated>\n"
        f'<link rel="alternate" type="text/html" href="{escape(base)}/"/>\n'
        f"<id>{escape(base)}/feed/atom/</id>\n"
        f'<link rel="self" type="application/atom+xml" href="{escape(base)}/feed/atom/"/>\n'
        f"{entries}"
        "</feed>\n"
    )


def render_sitemap(articles: Sequence[Article], base: str, *, updated: datetime) -> str:
    urls = [f"<url><loc>{escape(base)}/</loc><lastmod>{updated.isoformat()}</lastmod></url>\n"]
    for a in articles:
        urls.append(
            f"<url><loc>{escape(base + a.path)}</loc>"
            f"<lastmod>{a.published.isoformat()}</lastmod></url>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{''.join(urls)}"
        "</urlset>\n"
    )


def render_robots(base: str, crawl_delay: float) -> str:
    lines = ["User-agent: *"]
    if crawl_delay:
        # Integral delays are written as WordPress plugins write them: "Crawl-delay: 1".
        delay = int(crawl_delay) if float(crawl_delay).is_integer() else crawl_delay
        lines.append(f"Crawl-delay: {delay}")
    lines += ["Disallow: /private/", "Disallow: /wp-admin/", "", f"Sitemap: {base}/sitemap.xml"]
    return "\n".join(lines) + "\n"
