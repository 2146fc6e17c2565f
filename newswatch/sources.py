"""The sources this instance polls: the shipped registry plus the configuration's tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newswatch.errors import UserError
from newswatch.settings import Settings

if TYPE_CHECKING:
    from crawler.sources import Source


def active_sources(settings: Settings) -> list[Source]:
    """Registry (unless ``crawler.use_registry = false``) overlaid by ``[[source]]`` tables."""
    from crawler.sources import Source, SourceError, load_registry, merge

    registry = load_registry() if settings.crawler.use_registry else []
    user = []
    for number, table in enumerate(settings.sources, start=1):
        try:
            user.append(Source.from_dict(table))
        except SourceError as exc:
            raise UserError(f"[[source]] #{number} in the configuration: {exc}") from None
    return merge(registry, user)
