"""From an article's title and text to ACLED-coded events.

``EventExtractor.extract(title, text, published)`` classifies the sentences
(``pipeline.events.classify``), then fills each event from its evidence: the place
(``PlaceResolver.best`` focused on the evidence), the date (resolved against the publication
time), the deaths (over the sentences about that event), the actors and a confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from crawler.dates import parse_date
from language.normalize import unmask
from pipeline.events.actors import acled_name, code_actors, find_actors
from pipeline.events.background import background_sentences
from pipeline.events.breach import Claim, bombardment_in, violence_in
from pipeline.events.breach import claims as breach_claims
from pipeline.events.breach import covers as breach_covers
from pipeline.events.classify import Detection, analyse, classify, split_sentences
from pipeline.events.dates import event_date_in, resolve_event_date, statement_date_in
from pipeline.events.lexicon import EVENT_TYPES, alternation
from pipeline.events.numbers import fatalities as count_deaths
from pipeline.events.places import PlaceMatch, PlaceMention, PlaceResolver
from pipeline.events.scenes import find_scenes, place_match
from pipeline.gazetteer import Gazetteer, contains
from pipeline.models import Event
from pipeline.rules.actors import CIVILIANS
from pipeline.rules.not_news import RELATED_HEADINGS
from pipeline.rules.places import DESTINATION_BEFORE, ROAD_BEFORE
from pipeline.settings import PipelineSettings

__all__ = ["EventExtractor"]


_MAX_TITLE, _MAX_TEXT = 1_000, 20_000
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_SAME_DAY = re.compile(r"(اليوم|الوقت) (ذاته|نفسه)")
_TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory",
                        "Non-violent transfer of territory"})
# "القصف" after air raids is the raids themselves, not shelling.
_SAME_BOMBARDMENT = frozenset({("Air/drone strike", "Shelling/artillery/missile attack")})
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Where the wounded were taken or fire came from is not where the event happened.
_DESTINATION = re.compile(rf"({alternation(DESTINATION_BEFORE)})\s+\S*\s*$")
# Towns that name a road ("الطريق الدولي حلب – الحسكة"), or are joined by a dash to another.
_ROAD = re.compile(rf"({alternation(ROAD_BEFORE)})\s+\S*\s*$|\S\s*[–-]\s*$")
# Where fire came from: "من مواقعها في قرية النجمة", "المتمركزة في حاجز".
_SOURCE = re.compile(r"(من\s+(مواقع|حواجز|نقاط|مقر)\S*|المتمركز\S*|المتواجد\S*|المتمركزه)"
                     r"(\s+\S+){0,3}\s*$")
# A town named to locate another scene: "شرق مدينة الحسكة", "بين بلدتي" (its outskirts,
# "على أطراف بلدة الشيخ يوسف", are the town's own).
_LANDMARK = re.compile(r"(?<!\S)(شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي|بين|مقابل)\s+"
                       r"(?:(مدينه|مدينة|بلده|بلدة|قريه|قرية)\s+)?$")
# A town named by an institution of it: "قيادة شرطة حماة", "مديرية صحة درعا".
_INSTITUTION = re.compile(r"(?<!\S)(شرطة|شرطه|مديرية|مديريه|محافظ|مجلس|جامعة|جامعه|صحة|صحه)\s+$")
# Where the reporter is: "وذكر مراسل الوكالة في اللاذقية".
_REPORTER = re.compile(r"مراسل\S*(\s+\S+){0,2}\s+(في|ب)\s*$")
# A place within the scene's town: "حي قاضي عسكر", "دوار", "مخيم".
_WITHIN = re.compile(r"(?<!\S)(حي|أحياء|احياء|دوار|شارع|سوق|مخيم|مشفى|مستشفى|جامع|مسجد)\s+$")
# A town in an organisation's name: "مركز حمص الإعلامي", "المجلس المحلي", "ديرالزور 24".
_ORGANISATION = re.compile(r"\s*(الإعلامي|الاعلامي|الإعلامية|الاعلامية|المحلي|الإخباري|"
                           r"الاخباري|الإخبارية|الاخبارية|الحرة|\d)")
# Where the wounded were taken: "نُقل المصابون إلى المشفى الوطني في مدينة السويداء".
_TAKEN_TO = re.compile(r"(نقل|نُقل|نقلت|نقلوا|اسعاف|إسعاف|اسعف|أسعف)\S*\s+(\S+\s+){0,9}\S*$")
# Lines listing other articles' headlines.
_RELATED = re.compile(rf"^\s*({alternation(RELATED_HEADINGS)})",
                      re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=4)
def _resolver(camel_data: str) -> PlaceResolver:
    # One resolver per process and data directory: loading the gazetteer is the slow part.
    return PlaceResolver.from_settings(PipelineSettings(camel_data=camel_data))


class EventExtractor:
    """Extracts events from one article; holds only the (shared) place resolver."""

    def __init__(self, resolver: PlaceResolver, min_confidence: float = 0.0) -> None:
        self._resolver = resolver
        self._min_confidence = min_confidence

    @classmethod
    def from_settings(cls, settings: PipelineSettings) -> EventExtractor:
        return cls(_resolver(settings.camel_data), settings.min_confidence)

    def extract(self, title: str, text: str,
                published: datetime | str | None) -> list[Event]:
        """The events of one article, primary first; ``[]`` when it reports none."""
        # News puts the incident in the headline and lead; a page far longer than any
        # article is scraping debris, and reading all of it would only cost time.
        title, text = (title or "")[:_MAX_TITLE], _without_related((text or "")[:_MAX_TEXT])
        title, text = unmask(title), unmask(text)
        when = _published(published)
        detections = classify(title, text, when.year if when else None)
        if not detections:
            return []
        sentences = split_sentences(title, text)
        said = breach_claims(sentences, self._resolver)
        recalled = background_sentences(sentences, when)
        # A recalled event is no new event (the primary stays: the article is about it).
        detections = [d for i, d in enumerate(_broken_not_agreed(detections, said, sentences))
                      if i == 0 or d.sentence not in recalled]
        if not detections:
            return []
        first, place = self._primary(detections[0], title, text, sentences, when, said,
                                     recalled)
        events = [first]
        for det in detections[1:]:
            events.extend(self._breach(e, det, sentences, said)
                          for e in self._secondary(det, first, place, sentences, when))
        events.extend(self._breach(e, detections[0], sentences, said)
                      for e in self._bombardment(detections[0], events, sentences, recalled,
                                                 when))
        further, told = self._elsewhere(detections[0], events, sentences, recalled, when)
        events.extend(self._breach(e, detections[0], sentences, said) for e in further)
        events[0] = _without_their_dead(events[0], detections[0], told, sentences, recalled)
        events[0] = _without_others_dead(events[0], detections[0], events[1:])
        events += self._scenes(title, text, when, events, sentences, recalled)
        return [e for e in events if e.confidence >= self._min_confidence]

    def _scenes(self, title: str, text: str, when: datetime | None, events: list[Event],
                sentences: list[str], recalled: frozenset[int]) -> list[Event]:
        """Further places and sub-types the sentences report (``pipeline.events.scenes``),
        dated like their sentence; a sentence dated days before the incident recalls."""
        primary = events[0]
        first_day = date.fromisoformat(primary.date) if primary.date else None
        analysed = analyse(title, text, when.year if when else None)
        taken = [(e.sub_event_type, e.place_pcode) for e in events]
        evidence = {e.evidence for e in events}
        out = []
        for scene in find_scenes(analysed, self._resolver, Gazetteer.default(), taken):
            if scene.sentence in recalled:  # background recalls, it reports nothing new
                continue
            sentence = sentences[scene.sentence]
            day = event_date_in(sentence, when) if when else None
            if day and first_day and (first_day - day).days > 1:
                continue
            det = Detection(scene.sub_event_type, scene.sentence, sentence, (scene.sentence,),
                            False, analysed[scene.sentence].has_cue("death"), 0.0,
                            any(e.ceasefire_breach and e.admin1_pcode == scene.place.admin1_pcode
                                for e in events))
            det = replace(det, breach=det.breach and det.event_type in _VIOLENT)
            deaths = (_deaths(det, [sentence]) if scene.alone and sentence not in evidence
                      else 0)
            out.append(_event(det, scene.place, day.isoformat() if day else primary.date,
                              deaths, [title, sentence], 0.4))
        return out

    def _primary(self, det: Detection, title: str, text: str, sentences: list[str],
                 when: datetime | None, said: list[Claim],
                 recalled: frozenset[int]) -> tuple[Event, PlaceMatch | None]:
        # The incident's place, toll and date come from the sentences that tell it, not
        # from those that recall earlier events ("معارك تدمر والقريتين" in a paragraph of
        # background does not move shelling of Talbiseh to Tadmur).
        whole = f"{title}\n\n{text}" if not recalled else "\n\n".join(
            s for i, s in enumerate(sentences) if i not in recalled)
        place = self._resolver.best(whole, focus=det.evidence if det.sentence else title)
        if place is None and det.sentence:
            place = self._resolver.best(whole, focus=title)
        about = [sentences[i] for i in det.about if i == det.sentence or i not in recalled]
        confidence = min(0.95, 0.35 + det.score / 40 + (0.1 if place else 0.0))
        # A headline is dated by its lead; the lead dates what a later sentence details; and
        # when the evidence dates only a statement ("قال ناشطون اليوم إن ..."), the sentence
        # after it often dates the incident ("شن هجوماً يوم أمس").
        lead = sentences[1:2] if det.sentence <= 1 else [sentences[1]] if len(sentences) > 1 else []
        stated = when is not None and statement_date_in(det.evidence, when) is not None
        after = [s for i, s in enumerate(sentences[det.sentence + 1:det.sentence + 2],
                                         det.sentence + 1) if stated and i not in recalled]
        date = _first_date([det.evidence, title, *about, *lead, *after], when)
        event = _event(det, place, date, _deaths(det, about),
                       [title, det.evidence], confidence)
        return self._breach(event, det, sentences, said), place

    def _breach(self, event: Event, det: Detection, sentences: list[str],
                said: list[Claim]) -> Event:
        """Whether the event breaks a truce in force where it happened: a claim of the
        article covers it (``pipeline.events.breach``), or a lead framing a truce in force
        does, and the truce does not leave out one of its actors."""
        if det.event_type not in _VIOLENT:
            return replace(event, ceasefire_breach=False)
        if not said:
            event = replace(event, ceasefire_breach=False)
            return self._excluded(self._framed_breach(event, det, sentences), det, sentences)
        about = (det.sentence, *det.about) if event.evidence == det.evidence else \
            tuple(i for i, s in enumerate(sentences) if s == event.evidence)
        named = tuple(m.place for m in self._resolver.find(event.evidence))
        claimed = any(breach_covers(c, event, about, named) for c in said)
        event = replace(event, ceasefire_breach=claimed)
        return self._excluded(self._framed_breach(event, det, sentences), det, sentences)

    def _framed_breach(self, event: Event, det: Detection, sentences: list[str]) -> Event:
        """Violence after a lead that frames a truce in force breaks it, when the truce
        covers the event's governorate (or names no place): a truce in Idlib is not broken
        by an attack in Homs."""
        if det.truce_frame is None or event.ceasefire_breach or event.admin1_pcode is None:
            return event
        areas = {m.place.admin1_pcode for m in self._resolver.find(sentences[det.truce_frame])}
        if areas and event.admin1_pcode not in areas:
            return event
        return replace(event, ceasefire_breach=True)

    def _excluded(self, event: Event, det: Detection, sentences: list[str]) -> Event:
        """No breach of a truce that leaves out one of the event's actors ("لا يشمل الاتفاق
        تنظيم داعش")."""
        if event.ceasefire_breach and det.truce_exclusion is not None:
            left_out = {acled_name(p, event.date, event.admin1_pcode)
                        for p in find_actors(sentences[det.truce_exclusion])} - {CIVILIANS}
            if left_out & {event.actor1, event.actor2}:
                return replace(event, ceasefire_breach=False)
        return event

    def _bombardment(self, det: Detection, events: list[Event], sentences: list[str],
                     recalled: frozenset[int], when: datetime | None) -> list[Event]:
        """Air strikes or shelling that opened or backed the fighting an article reports
        ("استعادت الفصائل الكتيبة ... بعد غارات جوية شنها الطيران فجر اليوم"): ACLED codes
        the bombardment as an event of its own, on the fighting's day and at its place unless
        the sentence names another."""
        if det.event_type != "Battles":
            return []
        have = {e.sub_event_type for e in events}
        out: list[Event] = []
        for i in range(max(det.sentence, 1), min(det.sentence + 3, len(sentences))):
            if i in recalled:
                continue
            sentence = sentences[i]
            if when is not None and events[0].date is not None:
                own = event_date_in(sentence, when)
                if own is not None and own.isoformat() != events[0].date:
                    continue
            for kind in bombardment_in(sentence):
                if kind in have:
                    continue
                have.add(kind)
                mentions = [m for m in self._resolver.find(sentence) if m.place.level >= 3
                            and (m.marker or not Gazetteer.default().is_chief_town(m.place))
                            and m.place.pcode != events[0].place_pcode
                            and m.place.admin1_pcode == events[0].admin1_pcode]
                where = place_match(mentions[0]) if mentions else None
                event = _event(replace(det, sub_event_type=kind), where, events[0].date, 0,
                               [sentence], 0.45)
                if where is None:
                    event = replace(event, admin1_pcode=events[0].admin1_pcode,
                                    place_pcode=events[0].place_pcode,
                                    place_name=events[0].place_name,
                                    latitude=events[0].latitude, longitude=events[0].longitude,
                                    geo_precision=events[0].geo_precision)
                out.append(event)
        return out

    def _elsewhere(self, det: Detection, events: list[Event], sentences: list[str],
                   recalled: frozenset[int], when: datetime | None
                   ) -> tuple[list[Event], set[int]]:
        """The primary's kind of violence told at further towns: ACLED codes one event per
        place ("ألقى الطيران براميل على تلبيسة ... وقصفت المدفعية قرية تيرمعلة ... وسقطت
        قذيفة في بلدة الغنطو" is three). Only towns and villages count (a governorate or
        district named is the area, not another scene), and only in body sentences that
        tell the incident (not recalled ones) and do not name it as a destination, a road or
        where fire came from. Also the sentences whose tolls the new events took."""
        if det.event_type not in _VIOLENT or not det.sentence \
                or det.sub_event_type in _TERRITORY:
            return [], set()  # villages taken in one push are one front
        taken = [e.place_pcode for e in events if e.place_pcode]
        gazetteer = Gazetteer.default()
        places = [gazetteer.get(p) for p in taken]
        out: list[Event] = []
        told: set[int] = set()
        # A town of another governorate only where the article names that governorate
        # ("الأتارب في ريف حلب"): elsewhere it is a misread name ("رامي", "النيرب").
        found = {i: self._resolver.find(sentences[i]) for i in det.about
                 if i not in (0, det.sentence) and i not in recalled}
        named = {e.admin1_pcode for e in events} | {
            m.place.admin1_pcode for ms in found.values() for m in ms if m.place.level <= 2}
        for i in det.about:
            # The evidence sentence's other towns qualify its scene ("شرق مدينة الحسكة").
            if i in (0, det.sentence) or i in recalled:
                continue
            sentence = sentences[i]
            if when is not None and events[0].date is not None:
                own = event_date_in(sentence, when)
                if own is not None and own.isoformat() != events[0].date:
                    continue  # another day's violence, recalled ("قتلوا الخميس")
            mentions = found[i]
            areas = named | {m.place.admin1_pcode for m in mentions if m.place.level <= 2}
            scenes = []
            for m in mentions:
                before = sentence[max(0, m.start - 60):m.start]
                if m.place.level < 3 or m.place.pcode in taken \
                        or (not m.marker and gazetteer.is_chief_town(m.place)) \
                        or m.place.admin1_pcode not in areas \
                        or _DESTINATION.search(before[-12:]) or _ROAD.search(before[-20:]) \
                        or _SOURCE.search(before[-30:]) or _LANDMARK.search(before[-25:]) \
                        or _TAKEN_TO.search(before) or _WITHIN.search(before[-12:]) \
                        or _INSTITUTION.search(before[-12:]) or _REPORTER.search(before[-40:]) \
                        or _ORGANISATION.match(sentence[m.end:m.end + 14]) \
                        or any(p is not None and (contains(p, m.place) or contains(m.place, p))
                               for p in places):
                    continue
                taken.append(m.place.pcode)
                places.append(m.place)
                scenes.append(m)
            if not scenes:
                continue
            # The kind that sentence tells ("وقصفت المدفعية ..." after a raid), unless it
            # only names the primary's bombardment vaguely ("وطال القصف" after raids).
            own_kind = violence_in(sentence)
            kind = replace(det, sub_event_type=own_kind) if own_kind \
                and own_kind != det.sub_event_type \
                and EVENT_TYPES[own_kind] == det.event_type \
                and (det.sub_event_type, own_kind) not in _SAME_BOMBARDMENT else det
            # A toll not broken down by place is split evenly, as ACLED does.
            for share, m in zip(_split(_deaths(kind, [sentence]), len(scenes)), scenes,
                                strict=True):
                out.append(_event(kind, place_match(m), events[0].date, share, [sentence], 0.45))
            told.add(i)
        return out, told

    def _secondary(self, det: Detection, primary: Event, primary_place: PlaceMatch | None,
                   sentences: list[str], when: datetime | None) -> list[Event]:
        """Further events: one per place the sentence names other than the primary's.

        Without a place of its own, only a second harm of the headline incident (people
        killed and others abducted, ``det.about`` shared with the title) stands.
        """
        sentence = sentences[det.sentence]
        mentions = [m for m in self._resolver.find(sentence, context="\n".join(sentences))
                    if not _DESTINATION.search(sentence[max(0, m.start - 12):m.start])
                    and not _ROAD.search(sentence[max(0, m.start - 20):m.start])]
        places = _distinct(mentions, primary.place_pcode)
        deaths = _deaths(det, [sentence])
        if places:
            date = _date(sentence, when)
            if date == _date("", when) or _SAME_DAY.search(sentence):
                date = primary.date  # no date of its own, or "في اليوم ذاته"
            return [_event(det, p, date, deaths, [sentence], 0.5) for p in places]
        other_kind = det.event_type != primary.event_type and det.deadly
        if det.sentence == 0 or sentence == primary.evidence or other_kind:
            # A second harm of the headline incident, or another kind of event where it
            # happened ("بعد ساعات من السيطرة على المدينة، ألقت المروحيات براميل على أحيائها").
            return [_event(det, primary_place, primary.date, deaths, [sentences[0], sentence],
                           0.5)]
        return []


def _broken_not_agreed(detections: list[Detection], said: list[Claim],
                       sentences: list[str]) -> list[Detection]:
    """An agreement named in a breach claim is what was broken, not a new agreement: the
    claim's violence is the event ("سُجلت خروقات بعد سقوط قذائف على قرية ... بعد ساعات من
    دخول الهدنة"), or nothing when it names none."""
    claimed = {c.index for c in said}
    out = []
    for det in detections:
        if det.sub_event_type == "Agreement" and det.sentence in claimed:
            violence = violence_in(sentences[det.sentence])
            if violence is None:
                continue
            det = replace(det, sub_event_type=violence)
        out.append(det)
    return out


def _without_their_dead(primary: Event, det: Detection, told: set[int],
                        sentences: list[str], recalled: frozenset[int]) -> Event:
    """The primary's toll without the sentences whose toll went to further towns (the
    thirteen killed at قبتان الجبل are not also the lead's)."""
    if not told or primary.fatalities is None:
        return primary
    about = [sentences[i] for i in det.about
             if i == det.sentence or (i not in recalled and i not in told)]
    return replace(primary, fatalities=_deaths(det, about))


def _without_others_dead(primary: Event, det: Detection, others: list[Event]) -> Event:
    """"19 قتيلاً بغارات على حي البدو وقرية كسرة": a headline may total the article's
    incidents; when it equals the lead's toll plus the further events', the lead's is the
    primary's own."""
    lead = count_deaths(det.evidence) if det.sentence else None
    more = sum(e.fatalities or 0 for e in others)
    if lead and more and primary.fatalities == lead + more:
        return replace(primary, fatalities=lead)
    return primary


def _without_related(text: str) -> str:
    if not _RELATED.search(text):
        return text
    return "\n".join(line for line in text.split("\n") if not _RELATED.match(line))


def _published(value: datetime | str | None) -> datetime | None:
    return value if isinstance(value, datetime) else parse_date(value)


def _date(sentence: str, when: datetime | None) -> str | None:
    return resolve_event_date(sentence, when).isoformat() if when else None


def _first_date(candidates: list[str], when: datetime | None) -> str | None:
    """The day the first sentence dating the event gives (evidence, title, then the rest;
    "اليوم" dates it too); the publication day when none does."""
    if when is None:
        return None
    said = None
    for sentence in candidates:
        found = event_date_in(sentence, when)
        if found is not None:
            return found.isoformat()
        said = said or statement_date_in(sentence, when)
    # The day of the statement that told it, else the publication day.
    return said.isoformat() if said else _date("", when)


def _split(total: int | None, parts: int) -> list[int | None]:
    """``total`` in ``parts`` as even as whole numbers allow, the remainder first:
    11 in 3 is 4, 4, 3."""
    if total is None:
        return [None] * parts
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def _deaths(det: Detection, about: list[str]) -> int | None:
    """The largest toll one sentence about the event gives; None when deaths go uncounted."""
    if not det.lethal_possible:
        return 0
    counts = [count_deaths(s) for s in about]
    best = max((c for c in counts if c is not None), default=0)
    return None if best == 0 and None in counts else best


def _distinct(mentions: list[PlaceMention], primary_pcode: str | None) -> list[PlaceMatch]:
    """Places other than the primary's; "انخل في ريف درعا" is one place, not two."""
    out: list[PlaceMatch] = []
    seen = {primary_pcode}
    for m in mentions:
        if any(contains(m.place, other.place) for other in mentions):
            continue
        if m.place.pcode not in seen:
            seen.add(m.place.pcode)
            out.append(place_match(m))
    return out


def _event(det: Detection, place: PlaceMatch | None, date: str | None,
           deaths: int | None, actor_text: list[str], confidence: float) -> Event:
    # Roles from the evidence (the last text), the headline only filling gaps.
    actors = code_actors(det.event_type, det.sub_event_type, actor_text[-1], actor_text[:-1],
                         date, place.admin1_pcode if place else None)
    return Event(
        event_type=det.event_type,
        sub_event_type=det.sub_event_type,
        date=date,
        admin1_pcode=place.admin1_pcode if place else None,
        place_pcode=place.place.pcode if place else None,
        place_name=place.name if place else None,
        latitude=place.lat if place else None,
        longitude=place.lon if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=deaths,
        ceasefire_breach=det.breach,
        actor1=actors.actor1,
        actor2=actors.actor2,
        confidence=round(confidence, 3),
        evidence=det.evidence,
        assoc_actor_1=actors.assoc_actor_1,
        assoc_actor_2=actors.assoc_actor_2,
        inter1=actors.inter1,
        inter2=actors.inter2,
        interaction=actors.interaction,
    )
