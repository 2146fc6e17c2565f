"""Pipeline.process: one incident per many reports, versions, idempotency, restarts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import redis
from sqlalchemy import Engine

from crawler.models import Article
from newswatch.db import make_engine, migrate
from pipeline.models import Event, StoredEvent
from pipeline.process import Pipeline
from pipeline.settings import PipelineSettings
from pipeline.store.store import PipelineStore
from pipeline.stories.dedup import StoryIndex

DATA = Path(__file__).resolve().parents[1] / "data"
T0 = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
ARIHA: dict[str, Any] = {"admin1_pcode": "SY07", "place_pcode": "C4278", "latitude": 35.8126,
         "longitude": 36.6097, "geo_precision": 1}  # fmt: skip
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def shelling(deaths: int, confidence: float = 0.9) -> list[Event]:
    return [Event(*SHELLING, "2024-03-10", fatalities=deaths, confidence=confidence, **ARIHA)]


class Table:
    """Events keyed by the article's first text line: the extractor is not under test."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events

    def extract(self, title: str, text: str, published: datetime) -> list[Event]:
        return self.events.get(text.split("\n")[0], [])


def article(source: str, n: int, text: str, hours: int = 0) -> Article:
    url = f"https://{source}.example/news/{n}"
    at = T0 + timedelta(hours=hours)
    return Article(source, url, url, f"عنوان {n}", text, at, at + timedelta(minutes=5))


EXTRACTED = {"r1": shelling(2), "r2": shelling(2), "r3": shelling(5), "r3b": shelling(7),
             "weak": shelling(1, confidence=0.1)}  # fmt: skip


def build(engine: Engine, sent: list[tuple[StoredEvent, bool]]) -> Pipeline:
    store = PipelineStore(engine)
    index = StoryIndex(persistence=store)
    index.load(T0)
    return Pipeline(
        store, Table(EXTRACTED), index, lambda s, r: sent.append((s, r)),
        clock=lambda: T0 + timedelta(hours=12), min_confidence=0.3,
    )  # fmt: skip


def test_three_outlets_one_incident(engine: Engine) -> None:
    sent: list[tuple[StoredEvent, bool]] = []
    pipeline = build(engine, sent)
    first = pipeline.process(article("north", 1, "r1\nقصف على أريحا"))
    second = pipeline.process(article("levant", 2, "r2\nقذائف على المدينة", 2))
    third = pipeline.process(article("obs", 3, "r3\nارتفاع الحصيلة", 4))
    assert [r.status for r in (first, second, third)] == ["new", "new", "new"]
    assert first.story_id == second.story_id == third.story_id
    assert [(s.version, s.event.fatalities, len(s.sources)) for s, _ in sent] == [
        (1, 2, 1), (2, 2, 2), (3, 5, 3)
    ]  # fmt: skip
    stored = PipelineStore(engine).list_events()
    assert len(stored) == 1 and stored[0].sources == ("north", "levant", "obs")
    assert stored[0].id == first.events[0].id and stored[0].version == 3


def test_reprocessing_is_idempotent_and_updates_bump(engine: Engine) -> None:
    sent: list[tuple[StoredEvent, bool]] = []
    pipeline = build(engine, sent)
    report = article("obs", 3, "r3\nارتفاع الحصيلة")
    pipeline.process(report)
    again = pipeline.process(report, replayed=True)
    assert again.status == "unchanged" and again.events == [] and len(sent) == 1
    updated = pipeline.process(replace(report, text="r3b\nارتفاع الحصيلة مجددا"))
    assert updated.status == "updated" and updated.story_id == again.story_id
    assert [(s.version, s.event.fatalities) for s, _ in sent] == [(1, 5), (2, 7)]
    assert PipelineStore(engine).count_articles() == 1


def test_verbatim_copy_is_a_duplicate(engine: Engine) -> None:
    sent: list[tuple[StoredEvent, bool]] = []
    pipeline = build(engine, sent)
    original = pipeline.process(article("north", 1, "r1\nقصف على أريحا"))
    copy = pipeline.process(article("mirror", 9, "r1\nقصف على أريحا"))
    assert copy.status == "duplicate" and copy.story_id == original.story_id
    assert len(sent) == 1
    assert pipeline.process(article("mirror", 9, "r1\nقصف على أريحا")).status == "unchanged"


def test_low_confidence_events_are_dropped(sqlite_engine: Engine) -> None:
    sent: list[tuple[StoredEvent, bool]] = []
    result = build(sqlite_engine, sent).process(article("north", 1, "weak\nربما"))
    assert result.status == "new" and result.events == [] and sent == []


def test_restart_keeps_stories_and_replays_keep_ids(tmp_path: Path) -> None:
    def run(name: str, restart: bool) -> list[tuple[str, int, bool]]:
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        migrate(engine)
        sent: list[tuple[StoredEvent, bool]] = []
        build(engine, sent).process(article("north", 1, "r1\nقصف على أريحا"), replayed=True)
        pipeline = build(engine, sent) if restart else None
        (pipeline or build(engine, sent)).process(article("obs", 3, "r3\nحصيلة", 3))
        engine.dispose()
        return [(s.id, s.version, replayed) for s, replayed in sent]

    one, two = run("a.db", True), run("b.db", False)
    assert one == two
    assert [v for _, v, _ in one] == [1, 2] and one[0][0] == one[1][0]
    assert [r for _, _, r in one] == [True, False]


def test_from_settings_with_the_real_extractor(sqlite_engine: Engine) -> None:
    lines = (DATA / "dedup_small.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    sent: list[tuple[StoredEvent, bool]] = []
    pipeline = Pipeline.from_settings(
        PipelineSettings(), sqlite_engine, lambda s, r: sent.append((s, r)),
        clock=lambda: datetime(2026, 11, 1, tzinfo=UTC),  # a replay long after the news
    )  # fmt: skip
    for row in rows:
        published = datetime.fromisoformat(row["published"])
        pipeline.process(Article(row["outlet"], row["url"], row["url"], row["title"],
                                 row["text"], published, published))  # fmt: skip
    store = PipelineStore(sqlite_engine)
    ariha = [e for e in store.list_events(until="2024-03-10") if e.event.place_pcode == "C4278"]
    assert len(ariha) == 1 and len(set(ariha[0].sources)) == 3
    assert store.count_stories() == 5
    assert {s.id for s, _ in sent} == {e.id for e in store.list_events()}


def test_an_extractor_bug_keeps_the_article_and_counts_the_reason(sqlite_engine: Engine) -> None:
    class Broken:
        def extract(self, title: str, text: str, published: object) -> list[Event]:
            raise ValueError("rule bug")

    pipeline = Pipeline.from_settings(PipelineSettings(), sqlite_engine)
    pipeline.extractor = Broken()
    article = Article(
        source="s", url="https://x.example/a", canonical_url="https://x.example/a",
        title="عنوان", text="نص الخبر", published_at=None, fetched_at=datetime.now(UTC),
    )
    result = pipeline.process(article)
    assert result.status == "new" and result.events == []
    assert pipeline.failures["extract_error"] == 1
    assert PipelineStore(sqlite_engine).list_articles()[0]["url"] == "https://x.example/a"


def test_two_instances_relaying_the_outbox_announce_each_version_once(
    engine: Engine, redis_client: redis.Redis, prefix: str
) -> None:
    """Instance A stores events while its Redis link is down; then A's and B's outbox relays
    both find them owed (B's pass may also fall between A's commit and A's mark). The events
    stream gets each version once."""
    from newswatch.wiring import make_publisher
    from pipeline.publish import events_stream

    publish = make_publisher(redis_client, prefix)
    down = True

    def flaky(stored: StoredEvent, replayed: bool) -> None:
        if down:
            raise redis.ConnectionError("stream unreachable")
        publish(stored, replayed)

    def instance(publisher: Any) -> Pipeline:
        index = StoryIndex(persistence=PipelineStore(engine))
        index.load(T0)
        return Pipeline(PipelineStore(engine), Table(EXTRACTED), index, publisher,
                        clock=lambda: T0 + timedelta(hours=12), min_confidence=0.3)  # fmt: skip

    a, b = instance(flaky), instance(publish)
    a.process(article("north", 1, "r1\nقصف على أريحا"))
    a.process(article("obs", 3, "r3\nارتفاع الحصيلة", 4))
    owed = PipelineStore(engine).unpublished()
    assert [s.version for s, _ in owed] == [2] and a.failures["publish_failed"] == 2
    down = False
    # B announces, then crashes before its mark: A's relay finds the version still owed.
    publish(owed[0][0], False)
    assert a.publish_pending() == 1 and b.publish_pending() == 0
    entries: list[tuple[str, dict[str, str]]] = redis_client.xrange(  # type: ignore[assignment]
        events_stream(prefix))
    assert [(f["event_id"], f["version"]) for _, f in entries] == [(owed[0][0].id, "2")]
