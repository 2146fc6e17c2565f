"""What the pipeline produces: events coded in ACLED's taxonomy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EVENT_FIELDS = (
    "event_type",
    "sub_event_type",
    "date",
    "admin1_pcode",
    "place_pcode",
    "place_name",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "ceasefire_breach",
    "actor1",
    "actor2",
    "confidence",
    "evidence",
    "assoc_actor_1",
    "assoc_actor_2",
    "inter1",
    "inter2",
    "interaction",
)


@dataclass(frozen=True)
class Event:
    """One incident as an analyst would code it; the fields of ``newswatch extract``."""

    event_type: str
    sub_event_type: str
    date: str | None  # YYYY-MM-DD, Syria local time
    admin1_pcode: str | None = None
    place_pcode: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # 1 community, 2 district, 3 governorate
    fatalities: int | None = 0
    ceasefire_breach: bool = False
    actor1: str | None = None
    actor2: str | None = None
    confidence: float = 0.5
    evidence: str = ""
    # ACLED's associated actors and actor-type codes (inter 1-8; interaction: the two codes
    # joined, lower first, e.g. 13). None until extraction codes them; older stored events
    # lack them and read back as None.
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None

    def to_dict(self) -> dict[str, Any]:
        # Every field is a plain value: a shallow copy is asdict's result, without its
        # recursive deep copy (this runs for every event a batch writes).
        return {name: getattr(self, name) for name in EVENT_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(**{k: data[k] for k in EVENT_FIELDS if k in data})


@dataclass(frozen=True)
class StoredEvent:
    """An event as kept in the database: one incident, however many reports."""

    id: str  # stable across updates
    version: int  # grows when the incident's facts change (toll, sources)
    event: Event
    story_id: str
    sources: tuple[str, ...] = ()  # source ids of the outlets that reported it
    article_ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.event.to_dict()
        data.update(
            id=self.id,
            version=self.version,
            story_id=self.story_id,
            sources=list(self.sources),
            article_ids=list(self.article_ids),
            urls=list(self.urls),
        )
        return data
