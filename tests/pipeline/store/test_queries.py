"""PipelineQueries on SQLite and PostgreSQL: filtered keyset pages, daily counts, stories,
articles per source (the API's reads; tests/web checks what the API makes of them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from pipeline.models import Event, StoredEvent
from pipeline.store import PipelineStore
from pipeline.store.queries import EventQuery, PipelineQueries, event_key
from pipeline.store.tables import article_id

T0 = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
# id, date, governorate, place, type, deaths, breach, source
ROWS = [
    ("e1", "2024-03-08", "SY07", "C4278", "Battles", 3, True, "enab"),
    ("e2", "2024-03-09", "SY07", "C4300", "Protests", 0, False, "sana"),
    ("e3", "2024-03-09", "SY12", "C6111", "Battles", 1, True, "horan"),
    ("e4", None, "SY12", None, "Battles", 2, False, "enab"),
    ("e5", "2024-03-09", "SY12", "C6124", "Battles", 5, False, "enab"),
]


def _seed(engine: Engine) -> PipelineQueries:
    store = PipelineStore(engine)
    for n, (eid, day, adm1, place, kind, deaths, breach, source) in enumerate(ROWS):
        event = Event(kind, "x", day, admin1_pcode=adm1, place_pcode=place, fatalities=deaths,
                      ceasefire_breach=breach)
        # e3 and e5 share a day and a first-seen time: the id breaks the tie.
        at = T0 if eid in ("e3", "e5") else T0 + timedelta(minutes=n)
        store.save_event(StoredEvent(eid, 1, event, f"story-{eid}", (source,), (f"a-{eid}",),
                                     (f"https://{source}.example/{eid}",)), at)
    return PipelineQueries(engine)


def _ids(events: list[StoredEvent]) -> list[str]:
    return [e.id for e in events]


def test_newest_first_in_keyset_pages(engine: Engine) -> None:
    queries = _seed(engine)
    everything = _ids(queries.newest_events(EventQuery(), 10))
    assert everything == ["e2", "e5", "e3", "e1", "e4"]  # undated last
    pages, after = [], None
    while page := queries.newest_events(EventQuery(), 2, after):
        pages.append(_ids(page))
        after = event_key(page[-1])
    assert pages == [["e2", "e5"], ["e3", "e1"], ["e4"]]
    first = queries.newest_events(EventQuery(), 1)[0]
    assert first.sources == ("sana",) and first.extra["first_seen"].endswith("+00:00")


def test_filters_that_sql_indexes(engine: Engine) -> None:
    queries = _seed(engine)

    def ids(**query: object) -> list[str]:
        return sorted(_ids(queries.newest_events(EventQuery(**query), 50)))

    assert ids(since="2024-03-09", until="2024-03-09") == ["e2", "e3", "e5"]
    assert ids(governorates=("SY12",), breach=True) == ["e3"]
    assert ids(governorates=("SY12", "SY07")) == []
    assert ids(places=frozenset({"C4278", "C6124"})) == ["e1", "e5"]
    assert ids(types=("Protests",)) == ["e2"] and ids(sub_types=("y",)) == []
    assert ids(sources=("enab",), min_fatalities=3) == ["e1", "e5"]


def test_daily_counts_per_governorate(engine: Engine) -> None:
    counts = _seed(engine).daily_counts(EventQuery(types=("Battles",)))
    assert counts == [
        {"admin1_pcode": "SY07", "date": "2024-03-08", "events": 1, "fatalities": 3,
         "breaches": 1},
        {"admin1_pcode": "SY12", "date": "2024-03-09", "events": 2, "fatalities": 6,
         "breaches": 1},
    ]


def test_stories_and_articles_per_source(engine: Engine) -> None:
    store, queries = PipelineStore(engine), _seed(engine)
    for n, source in enumerate(["north", "north", "south"]):
        url = f"https://{source}.example/{n}"
        store.save_article({
            "id": article_id(url), "source": source, "url": url, "canonical_url": url,
            "title": f"title {n}", "text": "t", "text_hash": f"h{n}", "language": "ar",
            "published_at": T0, "fetched_at": T0 + timedelta(hours=n), "updated_at": T0,
            "story_id": "story-e1", "version": 1,
        })
    store.touch_story("story-e1", article_id("https://north.example/0"), T0)
    store.touch_story("story-e1", article_id("https://north.example/1"), T0 + timedelta(hours=1))
    store.touch_story("story-e2", article_id("https://south.example/2"), T0)
    stories = queries.stories(10)
    assert [(s["id"], s["title"], s["articles"], s["events"]) for s in stories] == [
        ("story-e1", "title 0", 2, 1), ("story-e2", "title 2", 1, 1)]
    assert stories[0]["updated_at"] == T0 + timedelta(hours=1)
    assert queries.stories(10, offset=1) == stories[1:]
    assert queries.stories(10, since=T0 + timedelta(minutes=30)) == stories[:1]
    assert queries.articles_per_source() == {
        "north": (2, T0 + timedelta(hours=1)), "south": (1, T0 + timedelta(hours=2))}
