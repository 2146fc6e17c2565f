"""The replica's articles: loading the shipped items, validating published ones, URL paths.

The shipped items carry fixed dates in March 2025. By default they are moved forward by whole
days (so "صباح اليوم" stays in the morning) until the newest one lies just before the clock's
now, so that retention windows and "recent" filters downstream treat them as fresh news.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any
from urllib.parse import quote

from crawler.dates import SYRIA

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Article:
    """One news item of the replica site."""

    id: int
    slug: str
    title: str
    text: str
    published: datetime
    author: str
    category: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, default_id: int, now: datetime) -> Article:
        """Build from a dict as in ``articles.json``; missing id/slug/date/author get defaults."""
        for key in ("title", "text"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise ValueError(f"article {key!r} must be a non-empty string")
        published = data.get("published") or now
        if isinstance(published, str):
            published = datetime.fromisoformat(published)
        if not isinstance(published, datetime) or published.tzinfo is None:
            raise ValueError("article 'published' must be a timezone-aware ISO date")
        return cls(
            id=int(data.get("id") or default_id),
            slug=str(data.get("slug") or slugify(data["title"])),
            title=data["title"].strip(),
            text=data["text"].strip(),
            published=published.astimezone(SYRIA),
            author=str(data.get("author") or "فريق التحرير"),
            category=str(data.get("category") or "أخبار سوريا"),
        )

    @property
    def path(self) -> str:
        """WordPress permalink ``/YYYY/MM/DD/<slug>/``, the Arabic slug percent-encoded."""
        return f"{self.day_path}{quote(self.slug)}/"

    @property
    def day_path(self) -> str:
        return self.published.strftime("/%Y/%m/%d/")

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]

    @property
    def excerpt(self) -> str:
        return self.paragraphs[0]

    def as_dict(self, base_url: str) -> dict[str, Any]:
        return {
            "id": self.id, "slug": self.slug, "title": self.title, "text": self.text,
            "published": self.published.isoformat(), "author": self.author,
            "category": self.category, "url": base_url + self.path,
        }


def slugify(title: str) -> str:
    """Arabic-preserving slug: words joined by '-', punctuation dropped (as WordPress does)."""
    words = re.findall(r"\w+", title)
    return "-".join(words)[:80].strip("-") or "article"


def load_shipped() -> list[dict[str, Any]]:
    """The Arabic news items shipped in ``newswatch/replica/content/articles.json``."""
    text = resources.files("newswatch.replica").joinpath("content/articles.json").read_text(
        encoding="utf-8"
    )
    items: list[dict[str, Any]] = json.loads(text)
    return items


def build_articles(items: Iterable[Mapping[str, Any]], now: datetime) -> list[Article]:
    articles: list[Article] = []
    for item in items:
        articles.append(Article.from_dict(item, default_id=len(articles) + 1, now=now))
    return articles


def rebase(articles: list[Article], now: datetime) -> list[Article]:
    """Shift every date by the same whole number of days so the newest is not after ``now``."""
    if not articles:
        return articles
    newest = max(a.published for a in articles)
    days = (now.astimezone(SYRIA).date() - newest.date()).days
    if newest + timedelta(days=days) > now:
        days -= 1
    shift = timedelta(days=days)
    return [replace(a, published=a.published + shift) for a in articles]


def newest_first(articles: Iterable[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.published, a.id), reverse=True)
