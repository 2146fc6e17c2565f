"""The HTTP API over real HTTP: filters, pages, GeoJSON, counts, sources, stories."""

from __future__ import annotations

from sqlalchemy import Engine
from web_helpers import SEED, Api, seed_events

from newswatch.web import WebServer

Live = tuple[Api, WebServer, Engine]


def ids(api: Api, query: str) -> list[str]:
    reply = api.get("/api/events?" + query)
    assert reply.status == 200, reply.body
    return [item["id"] for item in reply.body["items"]]


def test_health_and_openapi(api: Api) -> None:
    health = api.get("/healthz")
    assert health.status == 200 and health.body["ok"] is True and health.body["events"] == 5
    spec = api.get("/openapi.json").body
    for path in ("/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/stories",
                 "/api/sources", "/api/stats/governorates", "/api/subscriptions",
                 "/api/subscriptions/{sub_id}/deliveries", "/healthz"):
        assert path in spec["paths"], path


def test_events_newest_first_with_the_fields_of_extract(api: Api) -> None:
    reply = api.get("/api/events?limit=50")
    assert reply.body["next"] is None
    assert [i["id"] for i in reply.body["items"]] == [
        "ev-damascus-1", "ev-aleppo-1", "ev-idleb-1", "ev-daraa-2", "ev-daraa-1",
    ]
    item = reply.body["items"][2]
    assert item["sources"] == ["enab"] and item["place_name"] == "سراقب"
    for key in ("event_type", "sub_event_type", "date", "admin1_pcode", "place_pcode",
                "latitude", "longitude", "geo_precision", "fatalities", "ceasefire_breach",
                "actor1", "actor2", "confidence", "evidence", "id", "version"):
        assert key in item


FILTERS = [
    ("admin1=SY12&breach=true&since=2026-11-01", ["ev-daraa-1"]),
    ("admin1=sy12", ["ev-daraa-2", "ev-daraa-1"]),
    ("breach=false", ["ev-damascus-1", "ev-aleppo-1", "ev-daraa-2"]),
    ("pcode=SY1203", ["ev-daraa-2", "ev-daraa-1"]),  # a district: its communities
    ("pcode=SY120301", ["ev-daraa-1"]),  # a sub-district
    ("pcode=C3916", ["ev-idleb-1"]),  # a community
    ("pcode=SY07", ["ev-idleb-1"]),  # a governorate
    ("type=Protests&type=Battles", ["ev-aleppo-1", "ev-daraa-1"]),
    ("sub_type=Air/drone strike", ["ev-idleb-1"]),
    ("actor=الروسية", ["ev-idleb-1"]),
    ("actor=government", ["ev-daraa-1"]),
    ("source=sana", ["ev-damascus-1", "ev-aleppo-1"]),
    ("source=horan&source=enab", ["ev-idleb-1", "ev-daraa-2", "ev-daraa-1"]),
    ("min_fatalities=3", ["ev-idleb-1", "ev-daraa-1"]),
    ("q=سراقب", ["ev-idleb-1"]),
    ("q=Nawa evidence", ["ev-daraa-2"]),
    ("since=2026-11-21T00:00:00Z&until=2026-11-22",
     ["ev-aleppo-1", "ev-idleb-1", "ev-daraa-2"]),
    ("until=2026-11-20", ["ev-daraa-1"]),
]


def test_filters(api: Api) -> None:
    # One server for all cases: starting one per case would cost more than the checks.
    for query, expected in FILTERS:
        assert ids(api, query) == expected, query


def test_bad_queries_name_the_field(api: Api) -> None:
    for query, field in [("pcode=SY99", "pcode"), ("since=yesterday", "since"),
                         ("limit=0", "limit"), ("cursor=not-a-cursor", "cursor"),
                         ("min_fatalities=-1", "min_fatalities")]:
        reply = api.get("/api/events?" + query)
        assert reply.status == 422, query
        assert reply.body["field"] == field and reply.body["error"].startswith(f"{field}: ")


def test_pages_walk_every_event_once(live: Live) -> None:
    api, _server, engine = live
    seed_events(engine, extra=23)  # the same five plus 23 in Homs, all on one day
    for query in ["", "q=evidence", "type=Battles", "actor=armed"]:
        _walk(api, query)


def _walk(api: Api, query: str) -> None:
    everything = ids(api, f"limit=500&{query}")
    seen: list[str] = []
    cursor = None
    for _ in range(50):
        reply = api.get(f"/api/events?limit=4&{query}" + (f"&cursor={cursor}" if cursor else ""))
        seen += [i["id"] for i in reply.body["items"]]
        cursor = reply.body["next"]
        if cursor is None:
            break
    assert seen == everything and len(set(seen)) == len(seen), query
    assert len(everything) > 8, query


def test_one_event_with_sources_and_evidence(api: Api) -> None:
    event = api.get("/api/events/ev-daraa-1").body
    assert event["urls"] == ["https://enab.example/ev-daraa-1"]
    assert event["evidence"].endswith("evidence for ev-daraa-1")
    missing = api.get("/api/events/nope")
    assert missing.status == 404 and missing.body["error"] == "event 'nope': not found"


def test_geojson_has_points_for_located_events(api: Api) -> None:
    reply = api.get("/api/events.geojson?breach=true")
    assert reply.headers["content-type"].startswith("application/geo+json")
    fc = reply.body
    assert fc["type"] == "FeatureCollection"
    assert {f["id"] for f in fc["features"]} == {"ev-daraa-1", "ev-idleb-1"}
    idleb = next(f for f in fc["features"] if f["id"] == "ev-idleb-1")
    assert idleb["geometry"] == {"type": "Point", "coordinates": [36.80336, 35.86604]}
    assert idleb["properties"]["sources"] == ["enab"]
    everything = api.get("/api/events.geojson").body["features"]
    assert len(everything) == len([s for s in SEED if s[7] is not None])  # Damascus has none


def test_counts_per_governorate_and_day(api: Api) -> None:
    body = api.get("/api/stats/governorates?since=2026-11-01").body
    daraa = [d for d in body["items"] if d["admin1_pcode"] == "SY12"]
    assert [(d["date"], d["events"], d["fatalities"], d["breaches"]) for d in daraa] == [
        ("2026-11-20", 1, 3, 1), ("2026-11-21", 1, 1, 0),
    ]
    assert daraa[0]["name_ar"] == "درعا"
    assert api.get("/api/stats/governorates?since=2026-11-22").body["since"] == "2026-11-22"


def test_sources_stories_places_taxonomy(api: Api) -> None:
    sources = api.get("/api/sources").body["items"]
    assert sources and {"id", "status", "failures", "articles"} <= set(sources[0])
    assert {s["status"] for s in sources} == {"unknown"}  # nothing polled in this database
    assert api.get("/api/stories").body == {"items": [], "next": None}
    places = api.get("/api/places?q=درعا").body["items"]
    assert places[0]["pcode"] == "SY12"
    assert api.get("/api/places?q=Idleb").body["items"][0]["pcode"] == "SY07"
    kinds = api.get("/api/taxonomy").body["items"]
    assert kinds[0]["name"] == "Battles" and kinds[0]["name_ar"] == "معارك"
    outlines = api.get("/api/governorates.geojson")
    assert len(outlines.body["features"]) == 14


def test_page_and_static_files_are_served_with_a_strict_csp(api: Api) -> None:
    page = api.get("/")
    assert page.status == 200 and "<svg id=\"map\"" in page.body
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for name in ("app.js", "app.css", "i18n.js"):
        assert api.get(f"/static/{name}").status == 200
    assert "http://" not in api.get("/static/app.js").body.replace("http://www.w3.org/2000/svg", "")
