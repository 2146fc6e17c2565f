"""What one batch of articles did: the summary the crawl sink, the pipeline worker and the
commands report (its own module so that the worker need not import the wiring that starts it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["IngestSummary"]


@dataclass
class IngestSummary:
    """What one batch of articles did, for command output and logs."""

    articles: int = 0
    new_articles: int = 0
    skipped_duplicates: int = 0
    events: int = 0
    alerts: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "new_articles": self.new_articles,
            "events": self.events,
            "alerts": self.alerts,
            "skipped_duplicates": self.skipped_duplicates,
        }
