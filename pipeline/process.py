"""From one crawled article to stored, deduplicated incidents.

``Pipeline.process`` stores the article once (by canonical URL), extracts its events,
puts it in a story, and merges each event into the incident it reports: one
``StoredEvent`` per incident however many outlets report it. Every new or changed
incident goes to the publisher. Processing the same article again changes nothing.

Any number of pipeline workers, on any number of machines, may run this at once on one
database: ``process_batch`` makes its decisions under the lock all workers share, after
taking in what the others indexed (see ``pipeline.store.decisions``), so an incident
reported by two outlets is one event with one id whichever workers read the two reports.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Engine

from crawler.clock import Clock, utcnow
from crawler.models import Article
from pipeline.batch import Incidents, Stories
from pipeline.events.places import PlaceResolver
from pipeline.models import Event, StoredEvent
from pipeline.settings import PipelineSettings
from pipeline.store.decisions import DecisionBatch
from pipeline.store.store import PipelineStore
from pipeline.store.tables import article_id, stable_id
from pipeline.stories.dedup import Deferred, StoryIndex, TextParts, text_parts
from pipeline.stories.stories import (
    DATE_SLACK,
    Extractor,
    IncidentKey,
    Report,
    StoryClusterer,
    Verdict,
    compare,
)

log = logging.getLogger(__name__)
Publisher = Callable[[StoredEvent, bool], None]
Status = Literal["new", "updated", "duplicate", "unchanged"]


@dataclass(frozen=True)
class ProcessResult:
    """What one article did: its status, story and the incidents it created or changed."""

    status: Status
    article_id: str
    story_id: str | None
    events: list[StoredEvent] = field(default_factory=list)


class Pipeline:
    """Article in, incidents out (stored, and announced through ``publisher``)."""

    def __init__(
        self,
        store: PipelineStore,
        extractor: Extractor,
        index: StoryIndex,
        publisher: Publisher | None = None,
        clock: Clock = utcnow,
        *,
        window: timedelta = timedelta(hours=72),
        min_confidence: float = 0.0,
        places: PlaceResolver | None = None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.index = index
        self.publisher = publisher
        self.clock = clock
        self.min_confidence = min_confidence
        self.stories = StoryClusterer(index, window, places)
        self.failures: Counter[str] = Counter()  # reasons an article lost its events
        # Seconds spent before the lock (CPU) and holding it (CPU, wall): the share of a
        # worker's time that other workers must wait for (see bench/bench_pipeline_whole.py).
        self.timings: dict[str, float] = {
            "prepare_cpu": 0.0, "locked_cpu": 0.0, "locked_wall": 0.0, "lock_wait": 0.0
        }
        self._lock_taken = 0.0

    @classmethod
    def from_settings(
        cls,
        settings: PipelineSettings,
        engine: Engine,
        publisher: Publisher | None = None,
        clock: Clock = utcnow,
    ) -> Pipeline:
        from pipeline.events.extract import EventExtractor

        store = PipelineStore(engine)
        index = StoryIndex.from_settings(settings, persistence=store)
        index.load()
        # One resolver for extractor and stories: it remembers its recent scans, so an
        # article's places are scanned once (see ``pipeline.stories.mentions``).
        places = PlaceResolver.from_settings(settings)
        pipeline = cls(
            store,
            EventExtractor(places, settings.min_confidence),
            index,
            publisher,
            clock,
            window=timedelta(hours=settings.story_window_hours),
            min_confidence=settings.min_confidence,
            places=places,
        )
        _freeze_setup()
        return pipeline

    def process(self, article: Article, *, replayed: bool = False) -> ProcessResult:
        return self.process_batch([article], replayed=replayed)[0]

    def process_batch(
        self, articles: Sequence[Article], *, replayed: bool = False
    ) -> list[ProcessResult]:
        """Process articles in order, as ``process`` one by one would, in one transaction.

        What depends on no one else (extraction, paragraphs, places named) happens first,
        outside the lock; then the batch's story and incident decisions are made under
        the database lock every worker takes (``PipelineStore.decisions``), against the
        index as all workers left it, and written at once. Events are announced after
        the commit.
        """
        if not articles:
            return []
        started = time.process_time()
        known = self.store.article_digests(a.canonical_url for a in articles)
        prepared = [self._prepare(a, known.get(a.canonical_url)) for a in articles]
        unlocked, wall = time.process_time(), time.perf_counter()
        try:
            with self.index.deferred() as held, self.store.decisions() as batch:
                results, incidents = self._decide(prepared, batch, held, replayed)
        except Exception:
            # The transaction is rolled back: so must the copy of the index be.
            self.index.reset()
            raise
        self.timings["locked_cpu"] += time.process_time() - unlocked
        self.timings["locked_wall"] += time.perf_counter() - wall
        self.timings["lock_wait"] += self._lock_taken - wall
        self.timings["prepare_cpu"] += unlocked - started
        self._announce(incidents, replayed)
        return results

    def _prepare(self, article: Article, known: tuple[str, str] | None) -> _Prepared:
        published = article.published_at or article.fetched_at
        if known is None or known[1] != article.title:
            # Certainly extracted: first, so that the paragraphs' words are read from the
            # sentences the extractor has just normalised and tokenised (``plain_words``).
            events = self._events(article, published)
            parts = text_parts(article.title, article.text, self.index.num_perm)
        else:
            parts = text_parts(article.title, article.text, self.index.num_perm)
            if known[0] == parts.digest:  # unchanged: nothing to extract
                return _Prepared(article, parts, parts.digest, published, [], None)
            events = self._events(article, published)
        report = self.stories.report(article.title, article.text, events, published)
        return _Prepared(article, parts, parts.digest, published, events, report)

    def _events(self, article: Article, published: datetime) -> list[Event]:
        return [e for e in self._extract(article, published) if e.confidence >= self.min_confidence]

    def _decide(
        self, prepared: list[_Prepared], batch: DecisionBatch, held: Deferred, replayed: bool
    ) -> tuple[list[ProcessResult], Incidents]:
        self._lock_taken = time.perf_counter()  # the batch's transaction holds the lock
        now = self.clock()
        self.index.absorb(batch.index_rows_after(self.index.cursor))
        stored, copies = batch.articles_and_copies(
            (p.article.canonical_url for p in prepared), (p.digest for p in prepared))
        rows: dict[str, tuple[dict[str, Any], bool]] = {}
        self.index.prune()
        results: list[ProcessResult] = []
        todo: list[tuple[int, _Prepared, str]] = []
        for p in prepared:
            article, aid = p.article, article_id(p.article.canonical_url)
            existing = stored.get(article.canonical_url)
            if existing is not None and (existing["text_hash"], existing["title"]) == (
                p.digest,
                article.title,
            ):
                results.append(ProcessResult("unchanged", aid, existing["story_id"]))
                continue
            if existing is None and (copy := copies.get(p.digest)) is not None:
                # A verbatim copy at another URL: remembered, so it is recognised next time.
                values = self._article_row(article, aid, p.digest, copy["story_id"], 1)
                self._keep(values, rows, stored, copies)
                results.append(ProcessResult("duplicate", aid, copy["story_id"]))
                continue
            if p.report is None:  # changed since the unlocked look: extract after all
                p = self._prepare(article, None)
            decision = self.stories.assign(
                aid, article.source, p.published, article.title, article.text, p.events,
                story_id=existing["story_id"] if existing else None, parts=p.parts,
                report=p.report,
            )  # fmt: skip
            version = existing["version"] + 1 if existing else 1
            values = self._article_row(article, aid, p.digest, decision.story_id, version)
            self._keep(values, rows, stored, copies)
            todo.append((len(results), p, "new" if existing is None else "updated"))
            results.append(ProcessResult("new" if existing is None else "updated", aid,
                                         decision.story_id))  # fmt: skip
        stories = Stories(batch.stories_present({results[i].story_id or "" for i, *_ in todo}))
        incidents = Incidents(now)
        keys = _Keys()
        incidents.load(batch.events(
            {results[i].story_id or "" for i, *_ in todo}, _candidate_days(todo, keys)
        ))  # fmt: skip
        for i, p, status in todo:
            aid, story_id = results[i].article_id, results[i].story_id or ""
            if status == "new":
                stories.touch(story_id, aid, now)
            changed = self._merge_events(p.article, aid, story_id, p.events, incidents, replayed,
                                         keys)  # fmt: skip
            results[i] = replace(results[i], events=changed)
        self.index.cursor = batch.write(
            list(rows.values()), stories.touched, incidents.rows(),
            _last_per_article(held.saved), held.deleted,
        )  # fmt: skip
        return results, incidents

    def _keep(
        self,
        values: dict[str, Any],
        rows: dict[str, tuple[dict[str, Any], bool]],
        stored: dict[str, dict[str, Any]],
        copies: dict[str, dict[str, Any]],
    ) -> None:
        """One article row to write, and seen by the rest of the batch as stored."""
        exists = rows[values["id"]][1] if values["id"] in rows else (
            values["canonical_url"] in stored
        )
        rows[values["id"]] = (values, exists)
        stored[values["canonical_url"]] = values
        copies.setdefault(values["text_hash"], values)

    def _extract(self, article: Article, published: datetime) -> list[Event]:
        """Events of one article; a bug in a rule must not lose the article itself."""
        try:
            return self.extractor.extract(article.title, article.text, published)
        except Exception:
            self.failures["extract_error"] += 1
            log.exception(
                "extraction failed; article kept without events", extra={"url": article.url}
            )
            return []

    def _article_row(
        self, article: Article, aid: str, digest: str, story_id: str | None, version: int
    ) -> dict[str, Any]:
        return {
            "id": aid,
            "source": article.source,
            "url": article.url,
            "canonical_url": article.canonical_url,
            "title": article.title,
            "text": article.text,
            "text_hash": digest,
            "language": article.language,
            "published_at": article.published_at,
            "fetched_at": article.fetched_at,
            "updated_at": self.clock(),
            "story_id": story_id,
            "version": version,
        }

    def _merge_events(
        self,
        article: Article,
        aid: str,
        story_id: str,
        events: list[Event],
        incidents: Incidents,
        replayed: bool,
        keys: _Keys,
    ) -> list[StoredEvent]:
        changed: list[StoredEvent] = []
        claimed: set[str] = set()
        for event in events:
            match = self._find_incident(event, story_id, claimed, incidents, keys)
            if match is None:
                stored = self._new_incident(event, story_id, article, aid, incidents)
                bumped = True
            else:
                stored, bumped = merge(match, event, article, aid)
                if stored == match:
                    claimed.add(match.id)
                    continue
            claimed.add(stored.id)
            incidents.put(stored, replayed)
            if bumped:
                changed.append(stored)
                incidents.announced.append(stored)
        return changed

    def _announce(self, incidents: Incidents, replayed: bool) -> None:
        """Publish every version the batch made, then mark them in one statement."""
        if self.publisher is None:
            return
        done: list[tuple[str, int]] = []
        for stored in incidents.announced:
            if self._publish(stored, replayed, mark=False):
                done.append((stored.id, stored.version))
        self.store.mark_published_many(done)

    def _publish(self, stored: StoredEvent, replayed: bool, *, mark: bool = True) -> bool:
        """Announce one version; on failure it stays owed in the outbox, never lost."""
        if self.publisher is None:
            return False
        try:
            self.publisher(stored, replayed)
        except Exception as exc:
            self.failures["publish_failed"] += 1
            log.warning("event %s v%s not published yet: %s", stored.id, stored.version, exc)
            return False
        if mark:
            self.store.mark_published(stored.id, stored.version)
        return True

    def publish_pending(self, limit: int = 500) -> int:
        """Publish every stored version the events stream has not accepted; returns how many."""
        if self.publisher is None:
            return 0
        done = 0
        for stored, replayed in self.store.unpublished(limit):
            if not self._publish(stored, replayed):
                break  # the stream is still down: try again on the next pass
            done += 1
        return done

    def _find_incident(
        self, event: Event, story_id: str, claimed: set[str], incidents: Incidents, keys: _Keys
    ) -> StoredEvent | None:
        """The stored incident this event reports: in its story first, then nearby in time."""
        key = keys.of(event)
        own = [s for s in incidents.of_story(story_id) if s.id not in claimed]
        for stored in own:
            if compare(key, keys.of(stored.event)) is not Verdict.DIFFERENT:
                return stored
        if key.date is None or not key.precise:
            return None
        for stored in incidents.around(key.date, DATE_SLACK, key.admin1):
            if stored.id not in claimed and compare(key, keys.of(stored.event)) is Verdict.SAME:
                return stored
        return None

    def _new_incident(
        self, event: Event, story_id: str, article: Article, aid: str, incidents: Incidents
    ) -> StoredEvent:
        # Derived from story and position so that replaying the same articles gives the
        # same ids, whichever worker makes them; a taken id (stories grow) moves on.
        position = len(incidents.of_story(story_id))
        while (event_id := stable_id("event", story_id, str(position))) in incidents.events:
            position += 1
        return StoredEvent(
            id=event_id,
            version=1,
            event=event,
            story_id=story_id,
            sources=(article.source,),
            article_ids=(aid,),
            urls=(article.url,),
        )


@dataclass
class _Prepared:
    """One article's work done before the lock: text parts, events, report (None when the
    article looked unchanged and was not extracted)."""

    article: Article
    parts: TextParts
    digest: str
    published: datetime
    events: list[Event]
    report: Report | None


_frozen = False


def _freeze_setup() -> None:
    """Leave what the process has built so far (modules, gazetteer, rules, the index) out of
    the cyclic collector's full passes, once per process: they live as long as it does, and
    every full collection a worker's batches set off traversed all of them again (in the
    unseen pass, a tenth of the whole pipeline's instructions beyond extraction). Garbage
    is collected first, so none is kept for good."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


class _Keys:
    """``IncidentKey.from_event`` of the batch's events and candidate incidents, each worked
    out once: a batch compares the same incidents with one event after another."""

    def __init__(self) -> None:
        # By the event's identity; the event is kept with its key, so that the identity
        # cannot pass to another event while the batch lasts.
        self._keys: dict[int, tuple[Event, IncidentKey]] = {}

    def of(self, event: Event) -> IncidentKey:
        found = self._keys.get(id(event))
        if found is None:
            found = self._keys[id(event)] = (event, IncidentKey.from_event(event))
        return found[1]


def _candidate_days(todo: list[tuple[int, _Prepared, str]], keys: _Keys) -> set[str]:
    """The days whose incidents the batch's precise events may merge into."""
    days: set[str] = set()
    for _, p, _ in todo:
        for event in p.events:
            key = keys.of(event)
            if key.date is not None and key.precise:
                days.update((key.date + DATE_SLACK * k).isoformat() for k in (-1, 0, 1))
    return days


def _last_per_article(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Index rows to write: an article indexed twice in one batch keeps its last entry."""
    last = {row["article_id"]: row for row in rows}
    return list(last.values())

def merge(
    stored: StoredEvent, event: Event, article: Article, aid: str
) -> tuple[StoredEvent, bool]:
    """Fold one more report into an incident; the bool says the version was bumped.

    A new outlet, a higher toll, a breach newly reported or a more precise place is news
    for subscribers (version + 1); another article of an outlet already counted is kept
    quietly.
    """
    merged = _merge_facts(stored.event, event)
    sources, article_ids, urls = stored.sources, stored.article_ids, stored.urls
    if aid not in article_ids:
        sources, article_ids, urls = (
            (*sources, article.source),
            (*article_ids, aid),
            (*urls, article.url),
        )
    news = merged != stored.event or article.source not in stored.sources
    result = replace(
        stored,
        event=merged,
        sources=sources,
        article_ids=article_ids,
        urls=urls,
        version=stored.version + 1 if news else stored.version,
    )
    return result, news


def _merge_facts(old: Event, new: Event) -> Event:
    event = old
    if new.fatalities is not None and (old.fatalities is None or new.fatalities > old.fatalities):
        event = replace(event, fatalities=new.fatalities)
    if new.ceasefire_breach and not old.ceasefire_breach:
        event = replace(event, ceasefire_breach=True)
    if new.place_pcode and (new.geo_precision or 3) < (old.geo_precision or 4):
        event = replace(
            event,
            admin1_pcode=new.admin1_pcode,
            place_pcode=new.place_pcode,
            place_name=new.place_name,
            latitude=new.latitude,
            longitude=new.longitude,
            geo_precision=new.geo_precision,
        )
    if old.date is None and new.date is not None:
        event = replace(event, date=new.date)
    return event
