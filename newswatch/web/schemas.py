"""Response shapes, declared so that /openapi.json says exactly what the API returns."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class ErrorOut(BaseModel):
    error: str
    field: str | None = None


class Health(BaseModel):
    model_config = ConfigDict(extra="allow")  # the daemon adds its own status fields

    ok: bool
    events: int
    version: str


class EventOut(BaseModel):
    """The fields of ``newswatch extract`` plus the incident's identity and sources."""

    event_type: str
    sub_event_type: str
    date: str | None
    admin1_pcode: str | None
    place_pcode: str | None
    place_name: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    ceasefire_breach: bool
    actor1: str | None
    actor2: str | None
    confidence: float
    evidence: str
    id: str
    version: int
    story_id: str
    sources: list[str]
    urls: list[str]
    article_ids: list[str]
    first_seen: str
    updated_at: str


class EventPage(BaseModel):
    items: list[EventOut]
    next: str | None


class PointGeometry(BaseModel):
    type: str
    coordinates: list[float]


class Feature(BaseModel):
    type: str
    id: str
    geometry: PointGeometry
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: str
    features: list[Feature]
    next: str | None


class StoryOut(BaseModel):
    id: str
    title: str | None
    articles: int
    events: int
    created_at: str
    updated_at: str


class StoryPage(BaseModel):
    items: list[StoryOut]
    next: str | None


class SourceOut(BaseModel):
    id: str
    name: str
    homepage: str
    language: str
    type: str
    enabled: bool
    verified: bool
    feeds: int
    status: str  # ok | degraded | failing | unknown
    failures: int
    last_poll: str | None
    last_success: str | None
    last_error: str | None
    articles: int
    last_article_at: str | None


class SourceList(BaseModel):
    items: list[SourceOut]


class DayCount(BaseModel):
    admin1_pcode: str
    name_en: str
    name_ar: str
    date: str
    events: int
    fatalities: int
    breaches: int


class GovernorateStats(BaseModel):
    since: str
    until: str | None
    items: list[DayCount]


class PlaceOut(BaseModel):
    pcode: str
    level: int
    name_en: str
    name_ar: str
    admin1_pcode: str
    lat: float
    lon: float


class PlaceList(BaseModel):
    items: list[PlaceOut]


class TypeOut(BaseModel):
    name: str
    name_ar: str
    sub_types: list[dict[str, str]]


class Taxonomy(BaseModel):
    items: list[TypeOut]


class SubscriptionOut(BaseModel):
    """A subscription as ``Subscription.public_dict()`` gives it (secret masked)."""

    model_config = ConfigDict(extra="allow")

    id: str
    name: str
    channel: str
    regions: list[str]
    event_types: list[str]
    sub_event_types: list[str]
    breach_only: bool
    min_fatalities: int
    language: str
    mode: str
    paused: bool


class SubscriptionList(BaseModel):
    items: list[SubscriptionOut]


class Created(BaseModel):
    subscription: SubscriptionOut
    token: str
    secret: str | None = None  # made for a webhook created without one: shown this once


class TestResult(BaseModel):
    status: str  # delivered | failed
    error: str | None


class DeliveryOut(BaseModel):
    key: str
    event_id: str
    version: int
    kind: str
    status: str
    attempts: int
    last_error: str | None
    created_at: str | None
    updated_at: str | None
    delivered_at: str | None


class DeliveryList(BaseModel):
    items: list[DeliveryOut]
