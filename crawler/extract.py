"""An article page to title, text, publication time, author, language and canonical URL.

Which wins, field by field: a site selector from the source's ``selectors`` table wins when it
is defined and matches non-empty text; otherwise the page's own metadata (``<meta>``
``article:published_time``/``og:*``, ``itemprop``, ``<link rel=canonical>``) for the
time, author and canonical URL, and trafilatura (with htmldate) for title and body. A body
selector that matches skips trafilatura altogether. Boilerplate that survives extraction
("اقرأ أيضاً" link lists, share-button labels) is removed line by line.

The page is parsed once: the lxml tree is read for metadata and selectors, then handed to
trafilatura, so the extra cost over bare trafilatura stays small (see bench/bench_crawler.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import trafilatura
from lxml import etree, html

from crawler.canonical import canonicalize, same_site
from crawler.dates import parse_date

MIN_TEXT = 80
_PRUNE = (
    '//*[contains(@class, "share") or contains(@class, "social") or contains(@class, "related")'
    ' or contains(@class, "read-also") or contains(@class, "readmore") or contains(@id, "share")]'
)
_BOILERPLATE = re.compile(
    r"^\s*(?:[إا]قرأ\s+أيضا[ًً]?|اقرأ\s+المزيد|شارك(?:\s+(?:هذا|الخبر|المقال))?|مشاركة|"
    r"تابعونا\s+على|Read\s+also|Read\s+more|Share(?:\s+this)?)\b.*$",
    re.I,
)
_SHARE_WORDS = frozenset(
    {"فيسبوك", "تويتر", "واتساب", "تلغرام", "Facebook", "Twitter", "WhatsApp", "Telegram", "X"}
)
_DATE_META = (
    'meta[@property="article:published_time"]/@content',
    'meta[@name="article:published_time"]/@content',
    'meta[@itemprop="datePublished"]/@content',
    'meta[@name="pubdate" or @name="publishdate" or @name="date"]/@content',
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


class NoArticle(Exception):
    """The page holds no article text; the message is the reason, counted as ``no_article``."""


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    published_at: datetime | None
    author: str | None
    language: str | None
    canonical_url: str


def extract_article(
    page: str, url: str, selectors: Mapping[str, str] | None = None
) -> Extracted:
    """Extract an article from decoded HTML; raises :class:`NoArticle`."""
    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise NoArticle(f"unparseable HTML: {exc}") from None
    chosen = {k: _select(tree, css) for k, css in (selectors or {}).items()}
    meta = _metadata(tree, url)
    doc: dict[str, Any] = {}
    if not chosen.get("body"):
        result = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            prune_xpath=_PRUNE,
        )
        doc = result.as_dict() if result is not None and not isinstance(result, dict) else {}
    text = clean_text(chosen.get("body") or doc.get("text") or "")
    if len(text) < MIN_TEXT:
        raise NoArticle(f"no article text ({len(text)} characters)")
    return Extracted(
        title=(chosen.get("title") or meta["title"] or doc.get("title") or "").strip(),
        text=text,
        published_at=parse_date(chosen.get("date")) or meta["date"] or parse_date(doc.get("date")),
        author=chosen.get("author") or meta["author"] or doc.get("author") or None,
        language=meta["lang"] or doc.get("language"),
        canonical_url=meta["canonical"],
    )


def _select(tree: html.HtmlElement, css: str) -> str | None:
    try:
        nodes = tree.cssselect(css)
    except Exception:  # cssselect raises several parser errors; a bad selector means "no match"
        return None
    parts = []
    for node in nodes:
        value = node.get("datetime") or node.get("content")
        parts.append(value if value else _node_text(node))
    joined = "\n".join(p.strip() for p in parts if p and p.strip())
    return joined or None


def _node_text(node: html.HtmlElement) -> str:
    blocks = node.xpath(".//p|.//li|.//h2|.//h3|.//blockquote")
    if not blocks:
        return str(node.text_content())
    return "\n".join(str(b.text_content()).strip() for b in blocks)


def _first(tree: html.HtmlElement, paths: tuple[str, ...]) -> str | None:
    for path in paths:
        found = tree.xpath(f"//head/{path}") or tree.xpath(f"//{path}")
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def _metadata(tree: html.HtmlElement, url: str) -> dict[str, Any]:
    date_text = _first(tree, _DATE_META) or _first(tree, ("time/@datetime",))
    if date_text is None:
        scripts = tree.xpath('//script[@type="application/ld+json"]/text()')
        match = _JSONLD_DATE.search(" ".join(scripts))
        date_text = match.group(1) if match else None
    lang = tree.get("lang") or ""
    return {
        "title": _first(tree, ('meta[@property="og:title"]/@content',)),
        "date": parse_date(date_text),
        "author": _first(tree, ('meta[@name="author"]/@content',
                                'meta[@property="article:author"]/@content')),
        "lang": lang.split("-")[0].lower() or None,
        "canonical": _canonical(tree, url),
    }


def _canonical(tree: html.HtmlElement, url: str) -> str:
    declared = _first(tree, ('link[@rel="canonical"]/@href', 'meta[@property="og:url"]/@content'))
    # A canonical on another site could make us skip unrelated pages; trust only our site's.
    # A malformed one (``http://[::1``) makes urlsplit raise ValueError: ignore it.
    if declared and declared.startswith(("http://", "https://")):
        try:
            if same_site(declared, url):
                return canonicalize(declared)
        except ValueError:
            pass
    return canonicalize(url)


def clean_text(text: str) -> str:
    """Drop boilerplate lines ("اقرأ أيضاً ...", share labels) and blank runs."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or _BOILERPLATE.match(stripped) or stripped in _SHARE_WORDS:
            continue
        lines.append(stripped)
    return "\n".join(lines)
