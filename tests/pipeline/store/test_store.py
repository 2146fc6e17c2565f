"""PipelineStore on SQLite and PostgreSQL: articles, events with sources, index rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Engine, insert

from pipeline.models import Event, StoredEvent
from pipeline.store.store import PipelineStore
from pipeline.store.tables import EVENTS, article_id, stable_id

T0 = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)


def _article(n: int, source: str = "north", at: datetime = T0) -> dict[str, object]:
    url = f"https://{source}.example/{n}"
    return {
        "id": article_id(url), "source": source, "url": url, "canonical_url": url,
        "title": f"t{n}", "text": f"text {n}", "text_hash": f"h{n}", "language": "ar",
        "published_at": at, "fetched_at": at + timedelta(minutes=n), "updated_at": at,
        "story_id": "s1", "version": 1,
    }  # fmt: skip


def _stored(eid: str, day: str, admin1: str = "SY07", sources: int = 1) -> StoredEvent:
    event = Event("Battles", "Armed clash", day, admin1_pcode=admin1, place_pcode="C4278",
                  fatalities=3, ceasefire_breach=True)  # fmt: skip
    return StoredEvent(
        id=eid, version=1, event=event, story_id="s1",
        sources=tuple(f"src{i}" for i in range(sources)),
        article_ids=tuple(f"a{i}" for i in range(sources)),
        urls=tuple(f"https://x.example/{i}" for i in range(sources)),
    )  # fmt: skip


def test_ids_are_stable() -> None:
    assert article_id("https://a.example/1") == article_id("https://a.example/1")
    assert stable_id("x", "1") != stable_id("x1")


def test_articles_saved_once_and_listed(engine: Engine) -> None:
    store = PipelineStore(engine)
    for n in range(3):
        store.save_article(_article(n, "north" if n < 2 else "south"))
    updated = {**_article(1), "title": "changed", "version": 2}
    store.save_article(updated)
    assert store.count_articles() == 3
    got = store.get_article("https://north.example/1")
    assert got is not None and got["title"] == "changed" and got["version"] == 2
    assert store.find_by_text_hash("h2") is not None
    listed = store.list_articles(source="north")
    assert [a["title"] for a in listed] == ["t0", "changed"]
    assert listed[0]["published_at"] == T0.isoformat()
    assert set(listed[0]) >= {"id", "source", "url", "canonical_url", "title", "text",
                              "published_at", "fetched_at"}  # fmt: skip
    assert len(store.list_articles(since=T0 + timedelta(minutes=1), limit=5)) == 2
    assert len(store.list_articles(limit=1)) == 1


def test_events_round_trip_with_sources(engine: Engine) -> None:
    store = PipelineStore(engine)
    store.save_event(_stored("e1", "2024-03-10", sources=3), T0)
    store.save_event(_stored("e2", "2024-03-12", admin1="SY12"), T0, replayed=True)
    got = store.get_event("e1")
    assert got is not None
    assert got.sources == ("src0", "src1", "src2") and got.article_ids[2] == "a2"
    assert got.event.ceasefire_breach and got.event.fatalities == 3
    assert got.extra["first_seen"] == T0.isoformat()
    bumped = StoredEvent(**{**got.__dict__, "version": 2, "sources": ("src0",),
                            "article_ids": ("a0",), "urls": ("u",)})  # fmt: skip
    store.save_event(bumped, T0 + timedelta(hours=1))
    again = store.get_event("e1")
    assert again is not None and again.version == 2 and again.sources == ("src0",)
    assert store.get_event("nope") is None
    assert [e.id for e in store.list_events()] == ["e1", "e2"]
    assert [e.id for e in store.list_events(since="2024-03-11")] == ["e2"]
    assert [e.id for e in store.list_events(until=datetime(2024, 3, 10, 23, tzinfo=UTC))] == [
        "e1"
    ]
    assert [e.id for e in store.list_events(admin1="SY12")] == ["e2"]
    assert [e.id for e in store.events_of_article("a9")] == []
    assert sorted(e.id for e in store.events_of_article("a0")) == ["e1", "e2"]
    assert store.counts() == {"articles": 0, "events": 2, "stories": 0}


def test_stories_and_index_rows(engine: Engine) -> None:
    store = PipelineStore(engine)
    store.touch_story("s1", "a1", T0)
    store.touch_story("s1", "a2", T0)
    assert store.count_stories() == 1
    row = {"article_id": "a1", "story_id": "s1", "source": "north", "seen_at": T0,
           "signature": "00" * 8, "data": {"buckets": ["day:2024-03-10"]}}  # fmt: skip
    store.save_index_entry(row)
    store.save_index_entry({**row, "story_id": "s2"})
    loaded = store.load_index_entries(T0 - timedelta(days=1))
    assert len(loaded) == 1 and loaded[0]["story_id"] == "s2"
    assert loaded[0]["seen_at"] == T0
    assert store.load_index_entries(T0 + timedelta(days=1)) == []
    store.delete_index_entries(["a1"])
    assert store.load_index_entries(T0 - timedelta(days=1)) == []


def test_actor_codes_are_stored_and_old_rows_read_without_them(engine: Engine) -> None:
    store = PipelineStore(engine)
    coded = replace(_stored("e1", "2024-03-10").event, assoc_actor_1="Syrian Arab Army",
                    assoc_actor_2="Civilians (Syria)", inter1=1, inter2=7, interaction=17)
    store.save_event(replace(_stored("e1", "2024-03-10"), event=coded), T0)
    got = store.get_event("e1")
    assert got is not None and got.event == coded
    old = {k: v for k, v in _stored("e2", "2024-03-10").event.to_dict().items()
           if k not in ("assoc_actor_1", "assoc_actor_2", "inter1", "inter2", "interaction")}
    with engine.begin() as conn:  # a row written before these fields existed
        conn.execute(insert(EVENTS).values(
            id="e2", version=1, story_id="s1", data=old, event_type="Battles",
            sub_event_type="Armed clash", first_seen=T0, updated_at=T0))
    legacy = store.get_event("e2")
    assert legacy is not None and legacy.event.interaction is None
    assert legacy.event.assoc_actor_1 is None


def test_sqlite_workers_queue_for_decisions_on_a_lock_file(sqlite_engine: Engine) -> None:
    # Workers of one machine wait for each other's decisions on a lock file (woken at the
    # release), not in SQLite's busy handler (which polls in sleeps of up to 100 ms).
    import fcntl
    import os

    store = PipelineStore(sqlite_engine)
    lock = f"{sqlite_engine.url.database}.decisions.lock"

    def free() -> bool:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        finally:
            os.close(fd)

    with store.decisions():
        assert not free()
    assert free()


def test_a_batch_writes_every_value_as_given(engine: Engine) -> None:
    """The batch's bulk writes (``COPY`` on PostgreSQL) keep text that needs escaping,
    instants in any zone, JSON and the columns' defaults, as a plain insert does."""
    store = PipelineStore(engine)
    awkward = "سطر أول\tبعد جدول\nسطر ثان \\N وخط مائل \\ و\"اقتباس\" ,فاصلة"
    article = {**_article(1), "title": awkward, "text": awkward + "\r\n\\.",
               "published_at": datetime(2024, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=3)))}
    row = {"article_id": "a1", "story_id": "s1", "source": "north", "seen_at": T0,
           "signature": "ab" * 8, "data": {"keys": ["حلب|2024-03-10"], "n": None}}
    with store.decisions() as batch:
        batch.write([(article, False)], {"s1": ("a1", T0, 1, False)},
                    [(_stored("e1", "2024-03-10", sources=2), T0, False, False)], [row], [])
    got = store.get_article(str(article["canonical_url"]))
    assert got is not None and got["title"] == awkward and got["text"] == awkward + "\r\n\\."
    assert got["published_at"] == "2024-03-10T09:00:00+00:00"
    event = store.get_event("e1")
    assert event is not None and event.event == _stored("e1", "2024-03-10").event
    assert event.urls == ("https://x.example/0", "https://x.example/1")
    assert [e.id for e, _ in store.unpublished()] == ["e1"]  # published_version's default
    assert store.count_stories() == 1
    (entry,) = store.load_index_entries(T0 - timedelta(days=1))
    assert entry["data"] == {"keys": ["حلب|2024-03-10"], "n": None} and entry["seen_at"] == T0


def test_batch_inserts_store_what_sqlalchemy_insert_stores(engine: Engine) -> None:
    """``_insert`` hands ``COPY`` values it converted itself on PostgreSQL: the stored row
    must be the one ``insert`` stores, raw column for raw column, defaults included."""
    from sqlalchemy import select

    from pipeline.store.decisions import _insert
    from pipeline.store.rows import event_values
    from pipeline.store.tables import ARTICLES, DEDUP

    article = {**_article(1), "published_at": datetime(2024, 3, 10, 12, 0,
                                                      tzinfo=timezone(timedelta(hours=3)))}
    del article["version"]  # left to the column's default
    event = {**event_values(_stored("e1", "2024-03-10"), T0, False), "first_seen": T0}
    del event["replayed"]
    index_row = {"article_id": "a1", "story_id": "s1", "source": "north", "seen_at": T0,
                 "signature": "ab" * 8, "data": {"keys": ["حلب"], "n": None}, "seq": 1}
    renamed = {ARTICLES: ("id", "canonical_url"), EVENTS: ("id",), DEDUP: ("article_id",)}
    for table, row in ((ARTICLES, article), (EVENTS, event), (DEDUP, index_row)):
        other = {**row, **{k: f"{row[k]}-b" for k in renamed[table]}}
        if table is DEDUP:
            other["seq"] = 2
        with engine.begin() as conn:
            _insert(conn, table, [row])
            conn.execute(insert(table), [other])
        with engine.connect() as conn:
            # Read without the columns' conversions: the values as stored.
            found = conn.exec_driver_sql(f"SELECT * FROM {table.name}").all()
        assert len(found) == 2
        skip = {i for i, c in enumerate(table.c) if c.name in renamed[table] or c.name == "seq"}
        mine, theirs = ([v for i, v in enumerate(r) if i not in skip] for r in found)
        assert mine == theirs, table.name
    with engine.connect() as conn:
        assert conn.execute(select(ARTICLES.c.version)).scalars().all() == [1, 1]
