"""What one batch of decisions holds in memory between its reads and its one write.

``Pipeline.process_batch`` reads the batch's articles, story rows and candidate incidents
in a few queries, decides article after article against this working copy (so the fifth
article sees what the second changed, exactly as if each had been stored at once), and
writes the copy back in one transaction (``pipeline.store.decisions``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pipeline.models import StoredEvent


@dataclass
class Incidents:
    """The incidents a batch may merge into, looked up as ``PipelineStore.list_events``
    would (by story, or by governorate and days), in the same order."""

    now: datetime
    events: dict[str, StoredEvent] = field(default_factory=dict)
    stored: set[str] = field(default_factory=set)  # ids present in the database
    changed: dict[str, tuple[StoredEvent, bool]] = field(default_factory=dict)
    announced: list[StoredEvent] = field(default_factory=list)  # every version to publish
    _by_story: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _by_day: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _first_seen: dict[str, str] = field(default_factory=dict)

    def load(self, events: list[StoredEvent]) -> None:
        for stored in events:
            self.stored.add(stored.id)
            self._first_seen[stored.id] = str(stored.extra.get("first_seen") or "")
            self._put(stored)

    def put(self, stored: StoredEvent, replayed: bool) -> None:
        """A new or changed incident: kept for the next articles and for the write."""
        self._first_seen.setdefault(stored.id, self.now.isoformat())
        self._put(stored)
        self.changed[stored.id] = (stored, replayed)

    def _put(self, stored: StoredEvent) -> None:
        if stored.id not in self.events:
            self._by_story[stored.story_id].append(stored.id)
            if stored.event.date:
                self._by_day[stored.event.date[:10]].append(stored.id)
        self.events[stored.id] = stored

    def of_story(self, story_id: str) -> list[StoredEvent]:
        return self._ordered(self._by_story.get(story_id, []))

    def around(self, day: date, slack: timedelta, admin1: str | None) -> list[StoredEvent]:
        ids: list[str] = []
        current = day - slack
        while current <= day + slack:
            ids += self._by_day.get(current.isoformat(), [])
            current += timedelta(days=1)
        if admin1 is not None:
            ids = [i for i in ids if self.events[i].event.admin1_pcode == admin1]
        return self._ordered(ids)

    def _ordered(self, ids: list[str]) -> list[StoredEvent]:
        # ``list_events`` order: event date (none first), first seen, id.
        return sorted(
            (self.events[i] for i in ids),
            key=lambda s: (s.event.date or "", self._first_seen[s.id], s.id),
        )

    def rows(self) -> list[tuple[StoredEvent, Any, bool, bool]]:
        """(incident, at, replayed, exists) for ``DecisionBatch.write``."""
        return [(s, self.now, r, s.id in self.stored) for s, r in self.changed.values()]


@dataclass
class Stories:
    """Stories a batch created or grew: id -> (first article, at, new articles, exists)."""

    present: set[str] = field(default_factory=set)
    touched: dict[str, tuple[str, Any, int, bool]] = field(default_factory=dict)

    def touch(self, story_id: str, article: str, at: datetime) -> None:
        if story_id in self.touched:
            first, _, count, exists = self.touched[story_id]
            self.touched[story_id] = (first, at, count + 1, exists)
        else:
            self.touched[story_id] = (article, at, 1, story_id in self.present)
