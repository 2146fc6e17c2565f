"""From one crawled article to stored, deduplicated incidents.

``Pipeline.process`` stores the article once (by canonical URL), extracts its events,
puts it in a story, and merges each event into the incident it reports: one
``StoredEvent`` per incident however many outlets report it. Every new or changed
incident goes to the publisher. Processing the same article again changes nothing.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Engine

from crawler.clock import Clock, utcnow
from crawler.models import Article
from pipeline.events.places import PlaceResolver
from pipeline.models import Event, StoredEvent
from pipeline.settings import PipelineSettings
from pipeline.store.store import PipelineStore
from pipeline.store.tables import article_id, stable_id
from pipeline.stories.dedup import StoryIndex, text_hash
from pipeline.stories.stories import (
    DATE_SLACK,
    Extractor,
    IncidentKey,
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
        return cls(
            store,
            EventExtractor.from_settings(settings),
            index,
            publisher,
            clock,
            window=timedelta(hours=settings.story_window_hours),
            min_confidence=settings.min_confidence,
            places=PlaceResolver.from_settings(settings),
        )

    def process(self, article: Article, *, replayed: bool = False) -> ProcessResult:
        aid = article_id(article.canonical_url)
        digest = text_hash(article.text)
        existing = self.store.get_article(article.canonical_url)
        if existing is not None and (existing["text_hash"], existing["title"]) == (
            digest,
            article.title,
        ):
            return ProcessResult("unchanged", aid, existing["story_id"])
        if existing is None and (copy := self.store.find_by_text_hash(digest)) is not None:
            # A verbatim copy at another URL: remembered, so it is recognised next time.
            self._save_article(article, aid, digest, copy["story_id"], 1)
            return ProcessResult("duplicate", aid, copy["story_id"])
        now = self.clock()
        self.index.prune()
        published = article.published_at or article.fetched_at
        events = [
            e for e in self._extract(article, published) if e.confidence >= self.min_confidence
        ]
        decision = self.stories.assign(
            aid,
            article.source,
            published,
            article.title,
            article.text,
            events,
            story_id=existing["story_id"] if existing else None,
        )
        version = existing["version"] + 1 if existing else 1
        self._save_article(article, aid, digest, decision.story_id, version)
        if existing is None:
            self.store.touch_story(decision.story_id, aid, now)
        changed = self._merge_events(article, aid, decision.story_id, events, now, replayed)
        return ProcessResult("updated" if existing else "new", aid, decision.story_id, changed)

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

    def _save_article(
        self, article: Article, aid: str, digest: str, story_id: str | None, version: int
    ) -> None:
        self.store.save_article(
            {
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
        )

    def _merge_events(
        self,
        article: Article,
        aid: str,
        story_id: str,
        events: list[Event],
        now: datetime,
        replayed: bool,
    ) -> list[StoredEvent]:
        changed: list[StoredEvent] = []
        claimed: set[str] = set()
        for event in events:
            match = self._find_incident(event, story_id, claimed)
            if match is None:
                stored = self._new_incident(event, story_id, article, aid)
                bumped = True
            else:
                stored, bumped = merge(match, event, article, aid)
                if stored == match:
                    claimed.add(match.id)
                    continue
            claimed.add(stored.id)
            self.store.save_event(stored, now, replayed=replayed)
            if bumped:
                changed.append(stored)
                self._publish(stored, replayed)
        return changed

    def _publish(self, stored: StoredEvent, replayed: bool) -> bool:
        """Announce one version; on failure it stays owed in the outbox, never lost."""
        if self.publisher is None:
            return False
        try:
            self.publisher(stored, replayed)
        except Exception as exc:
            self.failures["publish_failed"] += 1
            log.warning("event %s v%s not published yet: %s", stored.id, stored.version, exc)
            return False
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

    def _find_incident(self, event: Event, story_id: str, claimed: set[str]) -> StoredEvent | None:
        """The stored incident this event reports: in its story first, then nearby in time."""
        key = IncidentKey.from_event(event)
        own = [s for s in self.store.list_events(story_id=story_id) if s.id not in claimed]
        for stored in own:
            if compare(key, IncidentKey.from_event(stored.event)) is not Verdict.DIFFERENT:
                return stored
        if key.date is None or not key.precise:
            return None
        nearby = self.store.list_events(
            since=key.date - DATE_SLACK, until=key.date + DATE_SLACK, admin1=key.admin1
        )
        for stored in nearby:
            other = IncidentKey.from_event(stored.event)
            if stored.id not in claimed and compare(key, other) is Verdict.SAME:
                return stored
        return None

    def _new_incident(self, event: Event, story_id: str, article: Article, aid: str) -> StoredEvent:
        # Derived from story and position so that replaying the same articles gives the
        # same ids; a taken id (stories grow) moves on to the next position.
        position = len(self.store.list_events(story_id=story_id))
        while self.store.get_event(event_id := stable_id("event", story_id, str(position))):
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
