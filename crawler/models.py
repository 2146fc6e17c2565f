"""What the crawler hands to the pipeline."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article as fetched and extracted, before any understanding."""

    source: str
    url: str
    canonical_url: str
    title: str
    text: str
    published_at: datetime | None
    fetched_at: datetime
    language: str = "ar"
    author: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        data["fetched_at"] = self.fetched_at.isoformat()
        return data
