"""Articles read back from the WARC archive of one day, with no network.

The archive holds every response of every round: feeds, robots.txt, sitemaps, homepages,
redirects and article pages. Article pages are told apart by elimination: a 200 HTML
response on a source's host that is not one of its listings (homepage, feeds, sitemap,
date archives) and from which the crawler's own extraction gets an article.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from crawler.archive import ArchivedResponse, iter_responses
from crawler.backfill import is_listing
from crawler.decode import decode_html
from crawler.extract import NoArticle, extract_article
from crawler.models import Article
from crawler.sources import Source


def host_key(url: str) -> str:
    """``host[:port]`` without ``www.``, the key a response is matched to its source by."""
    netloc = urlsplit(url).netloc.lower().rsplit("@", 1)[-1]
    return netloc.removeprefix("www.")


def source_hosts(sources: Iterable[Source]) -> dict[str, Source]:
    """Every host of the sources' homepage, feeds and sitemap; the first source wins."""
    hosts: dict[str, Source] = {}
    for source in sources:
        if source.type != "feed":  # Telegram previews are not article pages
            continue
        for url in (source.homepage, *source.feeds, source.sitemap or ""):
            if url:
                hosts.setdefault(host_key(url), source)
    return hosts


def read_day(archive_dir: Path, day: date, sources: list[Source]) -> dict[str, list[Article]]:
    """The articles archived on ``day`` (UTC), per source id, each canonical URL once."""
    hosts = source_hosts(sources)
    redirects: dict[str, str] = {}
    out: dict[str, dict[str, Article]] = {}
    for response in iter_responses(archive_dir, day):
        if 300 <= response.status < 400:
            _remember_redirect(response, redirects)
            continue
        source = hosts.get(host_key(response.url))
        if source is None or response.status != 200 or not _is_html(response):
            continue
        if is_listing(response.url, source):
            continue
        article = to_article(response, source, redirects.get(response.url, response.url))
        if article is not None:
            out.setdefault(source.id, {}).setdefault(article.canonical_url, article)
    return {sid: list(by_url.values()) for sid, by_url in out.items()}


def to_article(response: ArchivedResponse, source: Source, url: str) -> Article | None:
    """The crawler's extraction of one archived page, or None if it holds no article."""
    text, _ = decode_html(response.body, _header(response, "content-type"))
    try:
        got = extract_article(text, response.url, source.selectors)
    except NoArticle:
        return None
    return Article(
        source=source.id, url=url, canonical_url=got.canonical_url, title=got.title,
        text=got.text, published_at=got.published_at, fetched_at=response.fetched_at,
        language=got.language or source.language, author=got.author,
    )


def _remember_redirect(response: ArchivedResponse, redirects: dict[str, str]) -> None:
    # The crawler names an article by the URL it was listed under, before redirects.
    location = _header(response, "location")
    if location:
        target = urljoin(response.url, location)
        redirects[target] = redirects.get(response.url, response.url)


def _is_html(response: ArchivedResponse) -> bool:
    ctype = (_header(response, "content-type") or "").lower()
    if ctype:
        return "html" in ctype
    return response.body.lstrip()[:1] == b"<"


def _header(response: ArchivedResponse, name: str) -> str | None:
    for key, value in response.headers.items():
        if key.lower() == name:
            return value
    return None
