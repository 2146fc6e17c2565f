"""Read-only routes: events, GeoJSON, stories, sources, counts, places, the taxonomy."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from alerts.taxonomy import ACLED, arabic_name
from newswatch import __version__
from newswatch.web import events, places, schemas, sources, stories
from newswatch.web.errors import not_found
from newswatch.web.state import WebState
from pipeline.store.store import PipelineStore

router = APIRouter()
ERRORS: dict[int | str, dict[str, Any]] = {422: {"model": schemas.ErrorOut}}
# With a GeoJSON route FastAPI would declare its errors as GeoJSON too; they are JSON.
_ERROR_JSON = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
GEO_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"description": "A query parameter is wrong", "content": _ERROR_JSON}
}

Since = Annotated[str | None, Query(description="First event date, ISO date or date-time.")]
Until = Annotated[str | None, Query(description="Last event date (inclusive).")]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Cursor = Annotated[str | None, Query(description="The 'next' value of the previous page.")]
Types = Annotated[list[str], Query(default_factory=list, description="ACLED event type(s).")]
SubTypes = Annotated[list[str], Query(default_factory=list, description="ACLED sub-event type(s).")]
SourceIds = Annotated[list[str], Query(default_factory=list, description="Source id(s).")]


def _state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def _filter(
    since: str | None, until: str | None, admin1: str | None, pcode: str | None,
    types: list[str] | None, sub_types: list[str] | None, breach: bool | None,
    actor: str | None, source: list[str] | None, min_fatalities: int | None, q: str | None,
) -> events.EventFilter:
    return events.EventFilter(
        since=events.day(since, "since"), until=events.day(until, "until"),
        admin1=admin1.upper() if admin1 else None, pcode=pcode or None,
        types=tuple(types or ()), sub_types=tuple(sub_types or ()), breach=breach,
        actor=(actor or "").strip() or None, sources=tuple(source or ()),
        min_fatalities=min_fatalities, q=(q or "").strip() or None,
    )


def event_filter(
    *,
    since: Since = None,
    until: Until = None,
    admin1: Annotated[str | None, Query(description="Governorate p-code, e.g. SY12.")] = None,
    pcode: Annotated[str | None, Query(description="Any p-code; events inside it.")] = None,
    type: Types,
    sub_type: SubTypes,
    breach: Annotated[bool | None, Query(description="Ceasefire breaches only (or not).")] = None,
    actor: Annotated[str | None, Query(description="Text in actor1 or actor2.")] = None,
    source: SourceIds,
    # Bounded: a larger integer overflows the database's (a 500 before).
    min_fatalities: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None,
    q: Annotated[str | None, Query(description="Words in the evidence, place or actors.")] = None,
) -> events.EventFilter:
    return _filter(since, until, admin1, pcode, type, sub_type, breach, actor, source,
                   min_fatalities, q)


Filter = Annotated[events.EventFilter, Depends(event_filter)]


@router.get("/healthz", response_model=schemas.Health, tags=["health"])
def healthz(request: Request) -> dict[str, Any]:
    """Liveness and a cheap database check (plus the daemon's status when it serves this)."""
    state = _state(request)
    extra = state.status() if state.status else {}
    count = PipelineStore(state.engine).count_events()
    return {**extra, "ok": bool(extra.get("ok", True)), "events": count, "version": __version__}


@router.get("/api/events", response_model=schemas.EventPage, responses=ERRORS, tags=["events"])
def list_events(
    request: Request, flt: Filter, limit: Limit = 50, cursor: Cursor = None
) -> dict[str, Any]:
    """Events newest first (by event date, then first seen), one page at a time."""
    items, nxt = events.page(_state(request).engine, flt, limit, cursor)
    return {"items": items, "next": nxt}


class GeoJSONResponse(JSONResponse):
    media_type = "application/geo+json"


@router.get(
    "/api/events.geojson", response_model=schemas.FeatureCollection, responses=GEO_ERRORS,
    response_class=GeoJSONResponse, tags=["events"],
)
def events_geojson(
    request: Request, flt: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """The same events as GeoJSON points (events without coordinates are left out)."""
    items, nxt = events.page(_state(request).engine, flt, limit, cursor)
    return events.geojson(items, nxt)


@router.get(
    "/api/events/{event_id}", response_model=schemas.EventOut,
    responses={404: {"model": schemas.ErrorOut}}, tags=["events"],
)
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event with its sources, their URLs and the evidence sentence."""
    item = events.get(_state(request).engine, event_id)
    if item is None:
        raise not_found(f"event {event_id!r}")
    return item


@router.get("/api/stories", response_model=schemas.StoryPage, responses=ERRORS, tags=["events"])
def list_stories(
    request: Request, limit: Limit = 50, cursor: Cursor = None, since: Since = None
) -> dict[str, Any]:
    """Stories (articles grouped as one news story), most recently active first."""
    start = _start(since, "since") if since else None
    items, nxt = stories.list_stories(_state(request).engine, limit, cursor, start)
    return {"items": items, "next": nxt}


@router.get("/api/sources", response_model=schemas.SourceList, tags=["sources"])
def list_sources(request: Request) -> dict[str, Any]:
    """Every configured source with its crawl health and stored article count."""
    state = _state(request)
    return {"items": sources.source_health(state.engine, state.settings.sources)}


@router.get(
    "/api/stats/governorates", response_model=schemas.GovernorateStats, responses=ERRORS,
    tags=["events"],
)
def governorate_stats(
    request: Request, flt: Filter,
) -> dict[str, Any]:
    """Events, deaths and breaches per governorate and day (default: the last 30 days)."""
    if flt.since is None:
        default = (datetime.now(UTC).date() - timedelta(days=30)).isoformat()
        flt = events.EventFilter(**{**flt.__dict__, "since": default})
    items = events.governorate_counts(_state(request).engine, flt)
    return {"since": flt.since, "until": flt.until, "items": items}


@router.get("/api/places", response_model=schemas.PlaceList, tags=["places"])
def search_places(
    q: Annotated[str, Query(min_length=1, max_length=200, description="Name or p-code.")],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    """Places by name, broadest first (for picking subscription regions)."""
    return {"items": places.search_places(q, limit)}


@router.get("/api/governorates.geojson", tags=["places"], response_class=GeoJSONResponse)
def governorate_outlines() -> Response:
    """The governorate outlines the map is drawn from (OCHA COD, see ATTRIBUTION)."""
    return Response(places.outlines_json(), media_type="application/geo+json")


@router.get("/api/taxonomy", response_model=schemas.Taxonomy, tags=["events"])
def taxonomy() -> dict[str, Any]:
    """ACLED event types and sub-event types, with their Arabic names."""
    return {"items": [
        {"name": kind, "name_ar": arabic_name(kind),
         "sub_types": [{"name": s, "name_ar": arabic_name(s)} for s in subs]}
        for kind, subs in ACLED.items()
    ]}


def _start(value: str, name: str) -> datetime:
    text = events.day(value, name) or ""
    return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
