"""An article page to title, text, publication time, author, language and canonical URL.

Which wins, field by field: a site selector from the source's ``selectors`` table wins when it
is defined and matches non-empty text; otherwise the page's own metadata (``<meta>``
``article:published_time``/``og:*``, JSON-LD, ``itemprop``, ``<link rel=canonical>``) for the
time, author and canonical URL, and trafilatura for title and body. A body selector that
matches skips trafilatura altogether. Boilerplate that survives extraction ("اقرأ أيضاً" link
lists, share-button labels, comment policies, date lines) is removed line by line.

The publication time, first found wins:
1. the page's metadata (``<meta>`` tags and JSON-LD ``datePublished``), a value that states
   its zone before one that does not; among zone-less ones JSON-LD's (schema.org's "first
   publication") before ``<meta>``; a value that cannot be parsed (a Persian-calendar
   ``article:published_time``) is passed over for the next;
2. a ``<time datetime>`` element, only where the metadata has none (it is often the update);
3. the article's own date line, just after its ``<h1>`` ("الجمعة 8 فيفري 2019");
4. htmldate through trafilatura without its extensive search, never a year-only guess
   (1 January at midnight): a page without a date gets the feed's date, or none.
A time without a zone is in the source's ``zone`` (Syria's by default).

The page is parsed once, without its HTML comments (React and Next.js put ``<!-- -->`` inside
links, and text after one was lost): the tree is read for metadata and selectors, then handed
to trafilatura, so the extra cost over bare trafilatura stays small (bench/bench_crawler.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

import trafilatura
from lxml import etree, html

from crawler.canonical import canonicalize, same_site
from crawler.dates import aware, is_date_line, parse_stated
from crawler.pagemeta import clean_title, detect_language, lead, site_names

MIN_TEXT = 80
# Candidates for pruning, found in C; _boilerplate_class then reads their class WORDS: the
# JNews theme's article container is "entry-content no-share", which a substring rule pruned.
_PRUNE_CANDIDATES = (
    '//*[contains(@class, "share") or contains(@class, "social") or contains(@class, "related")'
    ' or contains(@class, "read") or contains(@id, "share") or contains(@id, "related")'
    ' or contains(@class, "caption") or contains(@class, "image") or contains(@class, "photo")]'
)
_PRUNE_WORDS = ("share", "sharing", "social", "related", "readmore")
# Picture blocks and their captions ("article_image", "wp-caption"): pruned where they hold
# no paragraph, so that a caption's words do not pass for the article's.
_MEDIA_WORDS = ("caption", "image", "photo")
_PRUNE_PAIRS = (("read", "also"), ("read", "more"))
_BOILERPLATE = re.compile(
    r"^\s*(?:[إا]قرأ\s+أيضا[ًً]?|اقرأ\s+المزيد|شارك(?:\s+(?:هذا|الخبر|المقال))?|مشاركة|"
    r"تابعونا\s+على|Read\s+also|Read\s+more|Share(?:\s+this)?)\b.*$",
    re.I,
)
# Comment policies and footers that sit inside the article block ("ترحب شبكة CNN بالنقاش...",
# "الآراء الواردة أدناه لا تعبر عن رأي الموقع", "جميع الحقوق محفوظة").
_POLICY = re.compile(
    r"^(?:ترحب|يرحب)\b.{0,60}\bب(?:ال)?(?:نقاش|تعليقات|مشاركات)"
    r"|(?:الآراء|التعليقات|المشاركات|المقالات)\s+(?:الواردة|المنشورة).{0,60}لا\s+(?:تعبر|تمثل)"
    r"|^(?:جميع\s+)?(?:الحقوق|حقوق\s+(?:النشر|الطبع))\s+محفوظة"
    r"|^(?:©|Copyright\s+©?\s*\d{4}|All\s+rights\s+reserved)",
    re.I,
)
_SHARE_WORDS = frozenset(
    {"فيسبوك", "تويتر", "واتساب", "تلغرام", "Facebook", "Twitter", "WhatsApp", "Telegram", "X"}
)
_DATE_META = (
    'meta[@property="article:published_time"]/@content',
    'meta[@name="article:published_time"]/@content',
    'meta[@property="og:article:published_time"]/@content',
    'meta[@itemprop="datePublished"]/@content',
    'meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="datePublished"]'
    "/@content",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# trafilatura hands these to htmldate: no guesses from free text, the original date.
_HTMLDATE = {"extensive_search": False, "original_date": True}


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
    published_day_only: bool = False  # the page states the day, not the time


def extract_article(
    page: str, url: str, selectors: Mapping[str, str] | None = None, zone: tzinfo | None = None
) -> Extracted:
    """Extract an article from decoded HTML; raises :class:`NoArticle`. ``zone`` is the
    source's: the zone of times that the page gives without one."""
    tree = _parse(page)
    chosen = {k: _select(tree, css) for k, css in (selectors or {}).items()}
    meta = _metadata(tree, url)
    doc: dict[str, Any] = {}
    if not chosen.get("body"):
        _prune(tree)
        result = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_HTMLDATE,
        )
        doc = result.as_dict() if result is not None and not isinstance(result, dict) else {}
    text = clean_text(chosen.get("body") or doc.get("text") or "")
    if len(text) < MIN_TEXT:
        raise NoArticle(f"no article text ({len(text)} characters)")
    names = site_names(tree, url)
    if not chosen.get("body"):
        first = lead(tree, text, names)
        text = f"{first}\n{text}" if first else text
    published, day_only = _published(tree, chosen.get("date"), doc.get("date"), zone)
    title = (chosen.get("title") or meta["title"] or doc.get("title") or "").strip()
    return Extracted(
        title=title if chosen.get("title") else clean_title(title, names),
        text=text,
        published_at=published,
        author=chosen.get("author") or meta["author"] or doc.get("author") or None,
        language=detect_language(text, meta["lang"] or doc.get("language")),
        canonical_url=meta["canonical"],
        published_day_only=day_only,
    )


def _parse(page: str) -> html.HtmlElement:
    parser = html.HTMLParser(remove_comments=True)  # one per call: lxml parsers are not shared
    try:
        return html.fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NoArticle(f"unparseable HTML: {exc}") from None


def _prune(tree: html.HtmlElement) -> None:
    """Drop share, social, related and read-also blocks, by class word, never the article."""
    paragraphs = len(tree.xpath("//p"))
    for node in tree.xpath(_PRUNE_CANDIDATES):
        words = f"{node.get('class') or ''} {node.get('id') or ''}".split()
        if node.getparent() is None:
            continue
        held = len(node.xpath(".//p"))
        if any(_boilerplate_class(w) for w in words):
            if held < 3 or held * 2 <= paragraphs:  # else it holds most of the page: the article
                node.drop_tree()
        elif held == 0 and any(_media_class(w) for w in words):
            node.drop_tree()


def _media_class(word: str) -> bool:
    parts = [p for p in re.split(r"[-_]", word.casefold()) if p]
    return bool(parts) and parts[0] not in ("no", "has") and any(p in _MEDIA_WORDS for p in parts)


def _boilerplate_class(word: str) -> bool:
    """``jeg_share_button``, ``social-icons``, ``related-posts``: yes; ``no-share``: no."""
    parts = [p for p in re.split(r"[-_]", word.casefold()) if p]
    if not parts or parts[0] in ("no", "not", "without", "hide"):
        return False
    if any(p.startswith(_PRUNE_WORDS) for p in parts):
        return True
    return any(pair == tuple(parts[i:i + 2]) for pair in _PRUNE_PAIRS for i in range(len(parts)))


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
    lang = tree.get("lang") or ""
    return {
        "title": _first(tree, ('meta[@property="og:title"]/@content',)),
        "author": _first(tree, ('meta[@name="author"]/@content',
                                'meta[@property="article:author"]/@content')),
        "lang": lang.split("-")[0].lower() or None,
        "canonical": _canonical(tree, url),
    }


def _published(
    tree: html.HtmlElement, selected: str | None, guessed: str | None, zone: tzinfo | None
) -> tuple[datetime | None, bool]:
    """The publication time and whether only its day is known (see the module's docstring)."""
    sources: tuple[Callable[[], list[tuple[str, datetime]]], ...] = (
        lambda: _stated([selected]), lambda: _metadata_dates(tree),
        lambda: _stated(_time_tags(tree)), lambda: _stated(_date_lines(tree)),
        lambda: _stated([_not_a_guess(guessed)]),
    )
    for source in sources:  # in order, each read only when those before found nothing
        group = source()
        if group:
            raw, value = group[0]
            return aware(value, zone), ":" not in raw
    return None, False


def _metadata_dates(tree: html.HtmlElement) -> list[tuple[str, datetime]]:
    scripts = " ".join(tree.xpath('//script[@type="application/ld+json"]/text()'))
    jsonld = _stated(_JSONLD_DATE.findall(scripts)[:1])
    meta = _stated([str(v) for path in _DATE_META for v in tree.xpath(f"//{path}")])
    found = meta + jsonld
    zoned = [(raw, v) for raw, v in found if v.tzinfo is not None]
    return zoned[:1] or jsonld[:1] or meta[:1]


def _stated(texts: Sequence[str | None]) -> list[tuple[str, datetime]]:
    """The values of ``texts`` that parse, in order, each with its text."""
    out = []
    for text in texts:
        raw = (text or "").strip()
        value = parse_stated(raw)
        if value is not None:
            out.append((raw, value))
    return out


def _time_tags(tree: html.HtmlElement) -> list[str]:
    return [str(v) for v in tree.xpath("//time/@datetime")[:1]]


def _date_lines(tree: html.HtmlElement) -> list[str]:
    """The article's own date line: a short text just after its ``<h1>`` that is a date and
    its labels only ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً")."""
    for h1 in tree.xpath("//h1")[:2]:
        texts = h1.xpath("following::text()[normalize-space()]"
                         "[not(ancestor::script or ancestor::style)][position() <= 12]")
        lines = [" ".join(str(t).split()) for t in texts]
        found = [line for line in lines if is_date_line(line)]
        if found:
            return found[:1]
    return []


def _not_a_guess(value: str | None) -> str | None:
    """htmldate's date, unless it is 1 January: what a year-only guess looks like."""
    return None if not value or value[4:10] == "-01-01" else value


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
    """Drop boilerplate lines ("اقرأ أيضاً ...", share labels, comment policies, date lines)
    and blank runs."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or _BOILERPLATE.match(stripped) or stripped in _SHARE_WORDS:
            continue
        if _POLICY.search(stripped) or is_date_line(stripped):
            continue
        lines.append(stripped)
    return "\n".join(lines)
