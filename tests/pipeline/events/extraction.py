"""What the extraction tests of this folder share: one extractor for all of them (building
one reads the gazetteer and compiles the word lists, a second or so)."""

from __future__ import annotations

from functools import lru_cache

from pipeline.events.extract import EventExtractor
from pipeline.models import Event
from pipeline.settings import PipelineSettings


@lru_cache(maxsize=1)
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def breach_by_place(title: str, text: str, published: str) -> dict[str, bool]:
    """Each event's breach flag by the place the text gave it."""
    events: list[Event] = extractor().extract(title, text, published)
    return {e.place_name or "": e.ceasefire_breach for e in events}
