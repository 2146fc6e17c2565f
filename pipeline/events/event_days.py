"""The day each event of an article happened: the day its own clause names, a night that
another sentence puts past midnight, the day after the one the sentence before tells, the
day of the sentence that told the same kind of act before it; and the article whose incident
is weeks old. ``pipeline.events.dates`` reads the date words of one sentence; this module
chooses among an article's sentences, for ``pipeline.events.extract``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pipeline.events.background import names_an_earlier_month
from pipeline.events.classify import Detection, Sentence, sentence_types
from pipeline.events.dates import (
    after_midnight,
    day_after_in,
    event_date_in,
    in_clauses,
    resolve_event_date,
    same_day_in,
    statement_date_in,
)
from pipeline.events.places import PlaceMatch, PlaceMention
from pipeline.events.scenes import Scene
from pipeline.models import Event

__all__ = ["another_days", "clause_days", "day_at", "day_told_before", "days_before",
           "first_date", "next_day", "night_day", "old_news", "same_day", "sentence_day"]


def old_news(det: Detection, sentences: list[str], when: datetime,
             recalled: frozenset[int] = frozenset()) -> bool:
    """An article whose incident is dated weeks before it (an inquiry's findings about an
    attack "في أبريل/نيسان 2018", a court case, an anniversary) reports no new event. (A
    lead of background, ``recalled``, before the day's news dates nothing of the incident.)"""
    if len(sentences) < 3:
        return False  # a lone sentence or headline: nothing says what the article is about
    told = {det.evidence, *(s for i, s in enumerate(sentences[:2])
                            if i >= (1 if det.sentence else 0) and i not in recalled)}
    return any(names_an_earlier_month(s, when) for s in told)


def days_before(day: str | None, incident: str | None) -> int:
    """How many days ``day`` falls before the incident's (0 when either is unknown)."""
    if not day or not incident:
        return 0
    return (date.fromisoformat(incident) - date.fromisoformat(day)).days


def day_at(sentence: str, place: PlaceMatch, sentences: list[str],
            when: datetime | None) -> date | None:
    """The day the clause of ``sentence`` that names ``place`` dates its act to
    (``event_date_in``), or the sentence's where the place is not found as written."""
    if when is None:
        return None
    at = sentence.find(place.name) if place.name else -1
    if at < 0 or not in_clauses(sentence):
        return night_day(sentence, sentences, when)
    return event_date_in(sentence, when, at=at)


def another_days(sentence: str, at: int, primary: Event, when: datetime | None) -> bool:
    """Whether the clause of ``sentence`` at offset ``at`` dates its act to a day other than
    the primary's ("قتلوا الخميس"، "، فيما قصفت المدفعية أمس بلدة B"): another day's
    violence, not the primary's kind told at a further town."""
    if when is None or primary.date is None:
        return False
    own = event_date_in(sentence, when, at=at)
    return own is not None and own.isoformat() != primary.date


def clause_days(sentence: str, mentions: list[PlaceMention], places: list[PlaceMatch],
                 day: str | None, when: datetime | None) -> list[str | None]:
    """Each place's day: that of the clause naming it where the clause (or one before it)
    dates its act ("قصفت الطائرات مساء الثلاثاء بلدة A، فيما قصفت المدفعية صباح اليوم بلدة
    B"), else the sentence's ``day``."""
    if when is None:
        return [day] * len(places)
    starts = {m.place.pcode: m.start for m in reversed(mentions)}
    out = []
    for p in places:
        at = starts.get(p.place.pcode)
        own = event_date_in(sentence, when, at=at) if at is not None else None
        out.append(own.isoformat() if own is not None and in_clauses(sentence) else day)
    return out


def night_day(sentence: str, sentences: list[str], when: datetime) -> date | None:
    """``event_date_in``, with a night that another sentence of the article puts past its
    midnight ("ليلة الجمعة" then "في الساعات الأولى من يوم الجمعة") on the day after it:
    one act, one day, whichever sentence tells it."""
    return after_midnight(sentence, sentences, when) or event_date_in(sentence, when)


def next_day(sentences: list[str], index: int, incident: date | None,
              when: datetime | None) -> date | None:
    """"وعثر الأهالي على جثته صباح اليوم التالي": the day after the one the sentence before
    dates its act to (or the incident's), no later than the page; "وفي اليوم ذاته، أعدم
    عناصر التنظيم راعياً": that very day."""
    if when is None:
        return None
    after = day_after_in(sentences[index])
    if not after and not same_day_in(sentences[index]):
        return None
    # (the nearest sentence before that dates its act: a statement between, "وقالت الوزارة
    # إن ...", tells no day of its own)
    before = next((d for i in range(index - 1, 0, -1)
                   if (d := event_date_in(sentences[i], when)) is not None), None) or incident
    if before is None:
        return None
    return min(before + timedelta(days=int(after)), resolve_event_date("", when))


def day_told_before(analysed: list[Sentence], sentences: list[str], scene: Scene,
                     recalled: frozenset[int], when: datetime | None) -> date | None:
    """The day of the sentence just before a scene's undated one, when it tells the scene's
    kind of act: "وألقت قوات الأمن أمس القبض على شخصين" then "وجرى توقيفهما في حي عكرمة"
    details that day's arrests, not the lead's incident."""
    before = scene.sentence - 1
    if when is None or before < 1 or before in recalled or scene.sub_event_type not in \
            sentence_types(analysed[before], analysed, generic=False):
        return None
    return event_date_in(sentences[before], when)


def sentence_day(sentence: str, when: datetime | None) -> str | None:
    return resolve_event_date(sentence, when).isoformat() if when else None


def first_date(candidates: list[str], when: datetime | None,
                context: list[str] | None = None) -> str | None:
    """The day the first sentence dating the event gives (evidence, title, then the rest;
    "اليوم" dates it too; a night the article's ``context`` puts past midnight is the day
    after it); the publication day when none does."""
    if when is None:
        return None
    said = None
    for sentence in candidates:
        found = night_day(sentence, context or candidates, when)
        if found is not None:
            return found.isoformat()
        said = said or statement_date_in(sentence, when)
    # The day of the statement that told it, else the publication day.
    return said.isoformat() if said else sentence_day("", when)


def same_day(about: list[str], evidence: str, day: str | None,
              when: datetime | None) -> list[str]:
    """The sentences about the event without those dated to another day ("قتلت طفلة ليل
    الأحد" in a report of Monday's shelling): their dead are another incident's."""
    if when is None or day is None:
        return about
    return [s for s in about if s == evidence or (d := event_date_in(s, when)) is None
            or d.isoformat() == day]
