"""The pipeline as a shared stage: several workers on one Redis and one database decide as
one worker does (one event per incident, one alert per subscriber), and an article a
worker took and never finished is taken over by another.

Real Redis (embedded, and the machine's own where it runs) and real databases (SQLite,
and PostgreSQL where it runs). The extractor is a table (events by the article's first
line): what is under test is who decides, not what the text says.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import Engine

from alerts.service import AlertService
from alerts.settings import AlertsSettings
from crawler.models import Article
from newswatch.db import make_engine, migrate
from newswatch.pipeline_worker import PipelineWorker
from newswatch.wiring import IngestSummary, make_publisher
from pipeline.gazetteer import Gazetteer, Place, distance_km
from pipeline.intake import PIPELINE_GROUP, articles_stream, enqueue
from pipeline.models import Event, StoredEvent
from pipeline.process import Pipeline, ProcessResult
from pipeline.publish import events_stream
from pipeline.store.store import PipelineStore
from pipeline.stories.dedup import StoryIndex

T0 = datetime(2024, 3, 10, 6, 0, tzinfo=UTC)
INCIDENTS = 12
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
# Two outlets' ways of telling one incident: different words, so that only the events
# (same kind, place and day) say it is one.
WORDING = {
    "outlet-a": "قصفت قوات النظام بلدة {n} بالمدفعية الثقيلة صباح اليوم ما أدى إلى مقتل {d} "
                "مدنيين وإصابة آخرين بجروح متفاوتة بحسب مصادر محلية في المنطقة",
    "outlet-b": "أفاد ناشطون بسقوط {d} قتلى جراء قذائف مدفعية استهدفت الأحياء السكنية في "
                "{n} فيما تواصل فرق الإسعاف البحث عن ناجين تحت الأنقاض",
}  # fmt: skip


def _places(n: int) -> list[str]:
    """``n`` communities at least 40 km apart (no two incidents are near each other)."""
    gaz = Gazetteer.default()
    chosen: list[Place] = []
    for pcode in gaz.pcodes():
        place = gaz.get(pcode)
        if place is None or place.level != 4:
            continue
        if all(distance_km(place, other) > 40 for other in chosen):
            chosen.append(place)
        if len(chosen) == n:
            break
    return [p.pcode for p in chosen]


class Table:
    """Events keyed by the article's first line."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events

    def extract(self, title: str, text: str, published: datetime) -> list[Event]:
        return self.events.get(text.split("\n")[0], [])


def corpus() -> tuple[list[Article], dict[str, list[Event]]]:
    """Each incident reported by two outlets, the second report hours later with a
    higher toll; articles interleaved as two crawlers would bring them."""
    gaz = Gazetteer.default()
    articles, table = [], {}
    for i, pcode in enumerate(_places(INCIDENTS)):
        place = gaz.get(pcode)
        assert place is not None
        day = (T0 + timedelta(days=i % 3)).date().isoformat()
        for k, source in enumerate(WORDING):
            deaths = 3 + k
            line = WORDING[source].format(n=place.name_ar, d=deaths) + f" ({i})"
            table[line] = [Event(
                *SHELLING, day, fatalities=deaths, confidence=0.9,
                admin1_pcode=place.admin1_pcode, place_pcode=pcode, latitude=place.lat,
                longitude=place.lon, geo_precision=1,
            )]  # fmt: skip
            at = T0 + timedelta(days=i % 3, hours=k * 3, minutes=i)
            url = f"https://{source}.example/news/{i}"
            articles.append(Article(source, url, url, f"قصف {place.name_ar}", line, at, at))
    articles.sort(key=lambda a: a.fetched_at)
    return articles, table


def build_pipeline(engine: Engine, table: Table, client: redis.Redis, prefix: str) -> Pipeline:
    store = PipelineStore(engine)
    index = StoryIndex(persistence=store)
    index.load()
    return Pipeline(store, table, index, make_publisher(client, prefix),
                    clock=lambda: T0 + timedelta(days=5))  # fmt: skip


def as_summary(pipeline: Pipeline) -> Callable[[list[Article]], IngestSummary]:
    def process(articles: list[Article]) -> IngestSummary:
        results: list[ProcessResult] = pipeline.process_batch(articles)
        return IngestSummary(articles=len(results))

    return process


def grouping(engine: Engine) -> tuple[set[frozenset[str]], int]:
    """The incidents as sets of article URLs, and how many events there are."""
    events = PipelineStore(engine).list_events()
    return {frozenset(e.urls) for e in events}, len(events)


@pytest.fixture
def second_engine(db_url: str) -> Iterator[Engine]:
    """Another connection pool on the same database, as another instance would have."""
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def run_workers(
    n: int, db_url: str, client: redis.Redis, prefix: str, table: Table, batch: int
) -> list[PipelineWorker]:
    """``n`` workers, each with its own engine, index and consumer, until the stream is done."""
    engines = [make_engine(db_url) for _ in range(n)]
    workers = [
        PipelineWorker(client, prefix, as_summary(build_pipeline(e, table, client, prefix)),
                       batch=batch, consumer=f"w{i}")
        for i, e in enumerate(engines)
    ]  # fmt: skip
    errors: list[BaseException] = []

    def work(worker: PipelineWorker) -> None:
        try:
            while client.xlen(articles_stream(prefix)):
                done = worker.run_once().articles
                worker.processed = processed_by(worker) + done  # type: ignore[attr-defined]
        except BaseException as exc:  # surfaced in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for e in engines:
        e.dispose()
    assert not errors, errors
    return workers


def processed_by(worker: PipelineWorker) -> int:
    return int(getattr(worker, "processed", 0))


@pytest.mark.timeout(180)
def test_three_workers_group_as_one_does(
    engine: Engine, db_url: str, redis_client: redis.Redis, prefix: str, tmp_path: Path
) -> None:
    articles, events = corpus()
    table = Table(events)
    # One worker, alone, on a database of its own: the reference.
    alone_engine = make_engine(f"sqlite:///{tmp_path / 'alone.db'}")
    migrate(alone_engine)
    enqueue(redis_client, prefix + "-alone", articles)
    run_workers(1, str(alone_engine.url), redis_client, prefix + "-alone", table, batch=64)
    expected, expected_events = grouping(alone_engine)
    alone_engine.dispose()
    assert expected_events == INCIDENTS and all(len(g) == 2 for g in expected)

    service = AlertService.from_settings(AlertsSettings(), engine, redis_client, prefix)
    sub = service.store.create({"channel": "redis", "name": "everything"})
    service.refresh(force=True)
    enqueue(redis_client, prefix, articles)
    workers = run_workers(3, db_url, redis_client, prefix, table, batch=3)

    got, got_events = grouping(engine)
    assert got == expected and got_events == INCIDENTS  # one event per incident
    assert redis_client.xlen(articles_stream(prefix)) == 0
    assert not redis_client.xpending(articles_stream(prefix), PIPELINE_GROUP)["pending"]
    assert sum(processed_by(w) > 0 for w in workers) >= 2  # the work was really shared
    # Every version announced once, on the events stream and to the subscriber.
    entries: list[tuple[str, dict[str, str]]] = redis_client.xrange(  # type: ignore[assignment]
        events_stream(prefix)
    )
    announced = [(f["event_id"], int(f["version"])) for _, f in entries]
    assert len(announced) == len(set(announced))
    stored = {e.id: e.version for e in PipelineStore(engine).list_events()}
    assert {e for e, _ in announced} == set(stored)
    service.drain(timeout=10)
    alerts = [(a["event_id"], a["version"]) for a in service.tail(sub.id, 1000)]
    assert len(alerts) == len(set(alerts)) and set(alerts) <= set(announced)  # none twice
    # Workers announce after their commits, so an incident's version 2 can reach the
    # stream before its version 1; the subscriber then has the newer one, and the older is
    # skipped as overtaken (alerts.dedup). Every other version reaches it.
    newest = {e: max(v for a, v in announced if a == e) for e, _ in announced}
    assert {e: max(v for a, v in alerts if a == e) for e, _ in alerts} == newest
    assert all(any(a == e and w > v for a, w in alerts)
               for e, v in set(announced) - set(alerts))
    assert {e for e, _ in alerts} == set(stored)  # every incident alerted


def test_an_article_a_dead_worker_took_is_taken_over(
    engine: Engine, db_url: str, second_engine: Engine, redis_client: redis.Redis, prefix: str
) -> None:
    articles, events = corpus()
    table = Table(events)
    enqueue(redis_client, prefix, articles[:4])
    dead = PipelineWorker(
        redis_client, prefix, as_summary(build_pipeline(engine, table, redis_client, prefix)),
        consumer="dead", batch=4,
    )  # fmt: skip
    alive = PipelineWorker(
        redis_client, prefix,
        as_summary(build_pipeline(second_engine, table, redis_client, prefix)),
        consumer="alive", batch=4, reclaim_idle_ms=1500,
    )  # fmt: skip
    taken = dead._read(">")  # read, then "killed": never processed, never acknowledged
    assert len(taken) == 4
    assert alive.drain().articles == 0  # not idle long enough yet: left to its owner
    time.sleep(1.6)
    alive._next_reclaim = 0.0
    assert alive.drain().articles == 4
    assert PipelineStore(engine).count_articles() == 4
    assert redis_client.xlen(articles_stream(prefix)) == 0
    assert not redis_client.xpending(articles_stream(prefix), PIPELINE_GROUP)["pending"]


def test_a_restarted_worker_finishes_its_own_entries_first(
    engine: Engine, redis_client: redis.Redis, prefix: str
) -> None:
    articles, events = corpus()
    table = Table(events)
    enqueue(redis_client, prefix, articles[:6])
    first = PipelineWorker(
        redis_client, prefix,
        as_summary(build_pipeline(engine, table, redis_client, prefix)),
        consumer="pipeline-node1", batch=3,
    )  # fmt: skip
    first._read(">")  # killed mid-batch
    again = PipelineWorker(
        redis_client, prefix,
        as_summary(build_pipeline(engine, table, redis_client, prefix)),
        consumer="pipeline-node1", batch=3,
    )  # fmt: skip
    assert again.drain().articles == 6
    assert PipelineStore(engine).count_articles() == 6


# -- one batch, one transaction ------------------------------------------------------


def build_collecting(engine: Engine, table: Table, sent: list[StoredEvent]) -> Pipeline:
    store = PipelineStore(engine)
    index = StoryIndex(persistence=store)
    index.load()
    return Pipeline(store, table, index, lambda s, _r: sent.append(s), clock=lambda: T0)


def snapshot(engine: Engine) -> list[tuple[str, int, tuple[str, ...], int | None]]:
    return sorted(
        (e.id, e.version, e.urls, e.event.fatalities) for e in PipelineStore(engine).list_events()
    )


def test_one_batch_decides_as_one_article_at_a_time(engine: Engine, tmp_path: Path) -> None:
    articles, events = corpus()
    table = Table(events)
    # Within the batch: the same article twice (unchanged) and a verbatim copy elsewhere.
    mirror = "https://mirror.example/0"
    copy = replace(articles[0], url=mirror, canonical_url=mirror)
    feed = [*articles, articles[3], copy]
    one_engine = make_engine(f"sqlite:///{tmp_path / 'one.db'}")
    migrate(one_engine)
    one_sent: list[StoredEvent] = []
    single = build_collecting(one_engine, table, one_sent)
    expected = [single.process(a) for a in feed]
    batch_sent: list[StoredEvent] = []
    got = build_collecting(engine, table, batch_sent).process_batch(feed)
    assert [(r.status, r.story_id, len(r.events)) for r in got] == [
        (r.status, r.story_id, len(r.events)) for r in expected
    ]
    assert got[-2].status == "unchanged" and got[-1].status == "duplicate"
    assert snapshot(engine) == snapshot(one_engine)
    assert [(s.id, s.version) for s in batch_sent] == [(s.id, s.version) for s in one_sent]
    store = PipelineStore(engine)
    assert store.counts() == PipelineStore(one_engine).counts()
    assert not store.unpublished()  # every version marked published, in one statement
    one_engine.dispose()


def test_a_second_worker_sees_the_first_ones_index(engine: Engine, db_url: str) -> None:
    """Two pipelines on one database: the second's decision takes in what the first indexed
    after the second had loaded its own copy."""
    articles, events = corpus()
    table = Table(events)
    other_engine = make_engine(db_url)
    first = build_collecting(engine, table, [])
    second = build_collecting(other_engine, table, [])
    a = articles[0]
    tag = a.text.rsplit(" ", 1)[1]  # the incident's number: "(0)"
    b = next(x for x in articles if x.source != a.source and x.text.endswith(" " + tag))
    first.process(a)
    result = second.process(b)  # loaded before ``a`` existed; must still join its story
    stored = PipelineStore(engine).get_article(a.canonical_url)
    assert stored is not None and result.story_id == stored["story_id"]
    assert len(PipelineStore(engine).list_events()) == 1
    other_engine.dispose()
