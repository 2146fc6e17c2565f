"""Where to crawl: the shipped registry of Syrian outlets and users' ``[[source]]`` tables.

A source is validated once, when it is read: every problem is reported as one line naming the
field (``feeds: expected a list of URLs``), so a bad configuration is fixed, not debugged.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.dates import SYRIA, zone_named

REGISTRY_PATH = Path(__file__).with_name("sources.toml")
KINDS = ("feed", "telegram")
SELECTOR_KEYS = ("title", "body", "date", "author")
_FIELDS = {
    "id", "name", "homepage", "language", "feeds", "sitemap", "archive", "selectors",
    "crawl_delay", "orientation", "verified", "type", "channel", "enabled", "notes", "zone",
}


class SourceError(ValueError):
    """A source table with a missing or malformed field; the message names the field."""


@dataclass(frozen=True)
class Source:
    """One outlet (or public Telegram channel) and how to poll it."""

    id: str
    name: str
    homepage: str = ""
    language: str = "ar"
    feeds: tuple[str, ...] = ()
    sitemap: str | None = None
    archive: str | None = None
    selectors: Mapping[str, str] = field(default_factory=dict)
    crawl_delay: float | None = None
    orientation: str = ""
    verified: bool = False
    type: str = "feed"
    channel: str | None = None
    enabled: bool = True
    zone: str | None = None  # IANA name of the zone its pages' zone-less times are in

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """Validate one table; raise :class:`SourceError` naming the first bad field."""
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            raise SourceError(f"{unknown[0]}: unknown field")
        kind = _text(data, "type", default="feed")
        if kind not in KINDS:
            raise SourceError(f"type: {kind!r} is not one of {', '.join(KINDS)}")
        source = cls(
            id=_ident(data),
            name=_text(data, "name", required=True),
            homepage=_url(data, "homepage", optional=True) or "",
            language=_text(data, "language", default="ar"),
            feeds=tuple(_url_list(data, "feeds")),
            sitemap=_url(data, "sitemap", optional=True),
            archive=_text(data, "archive", default="") or None,
            selectors=_selectors(data),
            crawl_delay=_delay(data),
            orientation=_text(data, "orientation", default=""),
            verified=_bool(data, "verified", False),
            type=kind,
            channel=_text(data, "channel", default="") or None,
            enabled=_bool(data, "enabled", True),
            zone=_zone(data),
        )
        return source._checked()

    def _checked(self) -> Source:
        if self.type == "telegram" and not (self.channel or self.feeds):
            raise SourceError("channel: a telegram source needs a channel name")
        if self.type == "feed" and not (self.feeds or self.homepage or self.sitemap):
            raise SourceError("feeds: give feeds, a homepage or a sitemap")
        return self

    @property
    def tz(self) -> tzinfo:
        """The zone of times its pages state without one (Syria's when it names none)."""
        return zone_named(self.zone) if self.zone else SYRIA

    @property
    def poll_urls(self) -> tuple[str, ...]:
        """URLs polled each round: feeds, a Telegram preview, or the homepage to discover from."""
        if self.type == "telegram":
            return self.feeds or (f"https://t.me/s/{self.channel}",)
        if self.feeds:
            return self.feeds
        return (self.sitemap or self.homepage,)

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if v not in (None, "", (), {})}
        data["feeds"] = list(self.feeds)
        data["selectors"] = dict(self.selectors)
        data["verified"], data["enabled"] = self.verified, self.enabled
        return data


def _ident(data: Mapping[str, Any]) -> str:
    ident = _text(data, "id", required=True)
    if not all(c.isalnum() or c in "-_." for c in ident):
        raise SourceError(f"id: {ident!r} may only hold letters, digits, '-', '_' and '.'")
    return ident


def _text(data: Mapping[str, Any], key: str, *, default: str = "", required: bool = False) -> str:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise SourceError(f"{key}: missing")
        return default
    if not isinstance(value, str):
        raise SourceError(f"{key}: expected a string, got {type(value).__name__}")
    return value.strip()


def _url(data: Mapping[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = _text(data, key, required=not optional)
    if not value:
        return None
    return _check_url(key, value)


def _check_url(key: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceError(f"{key}: {value!r} is not an http(s) URL")
    return value


def _url_list(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SourceError(f"{key}: expected a list of URLs")
    return [_check_url(key, v.strip()) for v in value]


def _selectors(data: Mapping[str, Any]) -> dict[str, str]:
    value = data.get("selectors", {})
    if not isinstance(value, Mapping):
        raise SourceError("selectors: expected a table such as {title = 'h1', body = '.entry'}")
    for key, css in value.items():
        if key not in SELECTOR_KEYS:
            raise SourceError(f"selectors.{key}: unknown (use {', '.join(SELECTOR_KEYS)})")
        if not isinstance(css, str) or not css.strip():
            raise SourceError(f"selectors.{key}: expected a CSS selector string")
    return dict(value)


def _delay(data: Mapping[str, Any]) -> float | None:
    value = data.get("crawl_delay")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise SourceError(f"crawl_delay: expected seconds >= 0, got {value!r}")
    return float(value)


def _zone(data: Mapping[str, Any]) -> str | None:
    name = _text(data, "zone", default="")
    if not name:
        return None
    try:
        zone_named(name)
    except ValueError as exc:
        raise SourceError(f"zone: {exc}") from None
    return name


def _bool(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise SourceError(f"{key}: expected true or false")
    return value


def load_sources_file(path: Path) -> list[Source]:
    """Read ``[[source]]`` tables from a TOML file; errors name the file and the table."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path}: {exc}") from None
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise SourceError(f"{path}: expected [[source]] tables")
    out = []
    for number, table in enumerate(tables, start=1):
        try:
            out.append(Source.from_dict(table))
        except SourceError as exc:
            raise SourceError(f"{path}: [[source]] #{number}: {exc}") from None
    return out


@cache
def _registry() -> tuple[Source, ...]:
    return tuple(load_sources_file(REGISTRY_PATH))


def load_registry() -> list[Source]:
    """The shipped registry of Syrian outlets (``crawler/sources.toml``)."""
    return list(_registry())


def merge(registry: Iterable[Source], user_sources: Iterable[Source]) -> list[Source]:
    """Registry entries overlaid by user sources with the same id; order is kept."""
    merged = {s.id: s for s in registry}
    merged.update((s.id, s) for s in user_sources)
    return list(merged.values())
