"""Deciding that two reports are the same incident, and grouping articles into stories.

Text similarity alone fails both ways: outlets share boilerplate, and one incident's
reports often share few words. So the decision rests first on what the extractor found
in each article's primary event (type family, place, date, toll), and falls back on
MinHash similarity only where the events cannot decide (no event, or a place known only
to the governorate). Everything happens within a time window.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from crawler.dates import SYRIA
from language.normalize import normal_forms, normalize
from language.sieve import TokenLed, sieved
from language.tokens import Proclitics, plain_words
from pipeline.events.places import PlaceResolver, dateline_line
from pipeline.gazetteer import Gazetteer, contains, haversine_km
from pipeline.models import Event
from pipeline.rules.scenes import EARLIER_INCIDENT_BEFORE, EARLIER_INCIDENT_REACH
from pipeline.rules.stories import FUNERAL_WORDS
from pipeline.settings import PipelineSettings
from pipeline.store.tables import stable_id
from pipeline.stories.dedup import Fingerprint, IndexEntry, StoryIndex, TextParts
from pipeline.stories.mentions import whole_text

# Event types that can describe the same incident as reported by different sides:
# one outlet's "attack on a bus" is another's "ambush and clash".
FAMILIES = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}
# Forces taking people away: an "arrest" to one outlet is an "abduction" to another.
_DETENTION = {"Arrests", "Abduction/forced disappearance"}
NEAR_KM = 15.0
# A governorate named without a town still fits a town this close to its centre
# ("near Damascus" for a strike in Rural Damascus).
VAGUE_KM = 30.0
DATE_SLACK = timedelta(days=1)
Day = date  # the field ``IncidentKey.date`` hides the type inside the class
# Shingle Jaccard this high is one hint that a vaguely placed report is the incident.
WEAK_PLACE_SIMILARITY = 0.12
# An article whose events lie in this many places (of two governorates or more, or of one)
# is a round-up of the day.
ROUNDUP_PLACES = 3
ROUNDUP_PLACES_ONE_REGION = 5
# Above this, two texts are copies whatever the extractor made of them.
COPY_SIMILARITY = 0.8


class Extractor(Protocol):
    """What stories need of ``pipeline.events.extract.EventExtractor``."""

    def extract(self, title: str, text: str, published: datetime) -> list[Event]: ...


class Verdict(Enum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"  # compatible, but the place is too vague to decide


@dataclass(frozen=True)
class IncidentKey:
    """The facts of an event that identify the incident."""

    family: str
    sub_event_type: str
    date: date | None
    admin1: str | None
    admin2: str | None
    place: str | None
    precision: int | None
    lat: float | None
    lon: float | None
    fatalities: int | None

    @classmethod
    def from_event(cls, event: Event, default_day: Day | None = None) -> IncidentKey:
        """``default_day`` stands in for a date the extractor could not resolve."""
        return cls(
            family=FAMILIES.get(event.event_type, event.event_type),
            sub_event_type=event.sub_event_type,
            date=date.fromisoformat(event.date) if event.date else default_day,
            admin1=event.admin1_pcode,
            admin2=_admin2(event.place_pcode),
            place=event.place_pcode,
            precision=event.geo_precision,
            lat=event.latitude,
            lon=event.longitude,
            fatalities=event.fatalities,
        )

    def to_dict(self) -> dict[str, Any]:
        # Field by field, not ``self.__dict__``: compiled with mypyc the class keeps no
        # instance dictionary.
        # Spelled out in field order (as ``fields`` would list them; a test keeps them in
        # step): looking the fields up on every call cost more than the dict itself.
        return {
            "family": self.family, "sub_event_type": self.sub_event_type,
            "date": self.date.isoformat() if self.date else None,
            "admin1": self.admin1, "admin2": self.admin2, "place": self.place,
            "precision": self.precision, "lat": self.lat, "lon": self.lon,
            "fatalities": self.fatalities,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IncidentKey:
        values = dict(data)
        values["date"] = date.fromisoformat(values["date"]) if values.get("date") else None
        return cls(**values)

    @property
    def precise(self) -> bool:
        """Known to a community or district, not just a governorate."""
        return self.place is not None and (self.precision or 3) <= 2


def compare(a: IncidentKey, b: IncidentKey, *, any_family: bool = False) -> Verdict:
    """Could these two events be one incident, and do the facts say so?"""
    if not any_family and a.family != b.family and not _detention(a, b) \
            and not _fire_on_protest(a, b):
        return Verdict.DIFFERENT
    if not _tolls_compatible(a.fatalities, b.fatalities):
        return Verdict.DIFFERENT
    if a.date and b.date and abs(a.date - b.date) > DATE_SLACK:
        return Verdict.DIFFERENT
    if a.date != b.date and _deaths_on_one_side(a.fatalities, b.fatalities):
        # A day apart, deaths in one report and none in the other: the next day's shelling
        # of the same town, not a later account of the first.
        return Verdict.DIFFERENT
    if _toll_falls_next_day(a, b):
        return Verdict.DIFFERENT
    if _next_day_other_kind(a, b):
        return Verdict.DIFFERENT
    if a.precise and b.precise:
        return Verdict.SAME if _near(a, b) else Verdict.DIFFERENT
    # A governorate-level report: compatible with anything in (or just by) that governorate.
    if a.admin1 == b.admin1 or _km(a, b) <= VAGUE_KM:
        return Verdict.UNKNOWN
    return Verdict.DIFFERENT


def _km(a: IncidentKey, b: IncidentKey) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _near(a: IncidentKey, b: IncidentKey) -> bool:
    if a.place == b.place or _km(a, b) <= NEAR_KM:
        return True
    # A district-level report and a community inside that district.
    coarse = a if a.precision == 2 else b if b.precision == 2 else None
    return coarse is not None and a.admin2 is not None and a.admin2 == b.admin2


def _detention(a: IncidentKey, b: IncidentKey) -> bool:
    return {a.sub_event_type, b.sub_event_type} == _DETENTION


def _fire_on_protest(a: IncidentKey, b: IncidentKey) -> bool:
    """Forces firing on a protest, told by the other side as an armed group's attack on the
    crowd ("مجموعة إرهابية مسلحة تطلق النار على المواطنين"): one shooting, coded as a
    protest met with force by one outlet and as violence by the other."""
    kinds = {a.sub_event_type: a.family, b.sub_event_type: b.family}
    return _FORCE_ON_PROTEST in kinds and "violence" in kinds.values()


_FORCE_ON_PROTEST = "Excessive force against protesters"


def _deaths_on_one_side(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and min(a, b) == 0 < max(a, b)


def _toll_falls_next_day(a: IncidentKey, b: IncidentKey) -> bool:
    """Dead on both days, fewer on the later one: tolls only rise as an incident is
    reported again, so the later day's smaller toll is the next day's strike on the same
    city, not a later account of the first."""
    if a.date is None or b.date is None or a.date == b.date:
        return False
    earlier, later = (a, b) if a.date < b.date else (b, a)
    return bool(later.fatalities) and bool(earlier.fatalities) \
        and (later.fatalities or 0) < (earlier.fatalities or 0)


def _next_day_other_kind(a: IncidentKey, b: IncidentKey) -> bool:
    """A day apart, coded as another kind, and no toll in common: the next day's event in
    the same place (shelling "the day after" the clashes), not a later account of the
    first, which keeps its kind or at least its dead."""
    if a.date is None or b.date is None or a.date == b.date:
        return False
    if a.sub_event_type == b.sub_event_type or _detention(a, b):
        return False
    return not (a.fatalities and a.fatalities == b.fatalities)


def _tolls_compatible(a: int | None, b: int | None) -> bool:
    # Tolls rise as bodies are recovered; only a wildly different count says "another event".
    if a is None or b is None or min(a, b) == 0:
        return True
    return max(a, b) <= 5 * min(a, b) + 15


def _admin2(pcode: str | None) -> str | None:
    place = Gazetteer.default().get(pcode) if pcode else None
    return place.admin2_pcode if place is not None else None


@dataclass(frozen=True)
class Report:
    """What stories compare of one article: its events and the places it names."""

    keys: tuple[IncidentKey, ...]
    mentions: frozenset[str] = frozenset()
    scenes: int = 0  # distinct places of all the article's events
    regions: int = 0  # and their distinct governorates
    sites: frozenset[str] = frozenset()  # quarters and works its headline and lead name
    near: bool = False  # places its incident only "near" the town of its primary event
    funeral: bool = False  # its headline reports a funeral (``funeral``)

    @property
    def roundup(self) -> bool:
        """Reports incidents in several places of more than one governorate, or in many
        places: a day's round-up, not one incident's report (which may name a few
        villages of one front)."""
        return (self.scenes >= ROUNDUP_PLACES and self.regions >= 2) \
            or self.scenes >= ROUNDUP_PLACES_ONE_REGION

    def to_dict(self) -> dict[str, Any]:
        return {"keys": [k.to_dict() for k in self.keys], "mentions": sorted(self.mentions),
                "scenes": self.scenes, "regions": self.regions, "sites": sorted(self.sites),
                "near": self.near, "funeral": self.funeral}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        keys = tuple(IncidentKey.from_dict(k) for k in data.get("keys", ()))
        return cls(keys, frozenset(data.get("mentions", ())), int(data.get("scenes", 0)),
                   int(data.get("regions", 0)), frozenset(data.get("sites", ())),
                   bool(data.get("near", False)), bool(data.get("funeral", False)))


# A named part of a town, or a named work by it, that the gazetteer does not tell apart:
# "حي الشعار" and "حي السكري" are both Aleppo, "سد تشرين" and "جسر قره قوزاق" both fall to
# one community. Matched in normalised text; the name's first word is the site.
# (token-led: the four words are looked for first, language.sieve.TokenLed)
_SITE_WORDS = ("حي", "مخيم", "سد", "جسر")
_SITE = TokenLed(r"(?<!\S)[وبل]?(?:حي|مخيم|سد|جسر)\s+(?:(?:حي|مخيم)\s+)?([\u0621-\u064A]{2,})",
                 _SITE_WORDS, reach=1)
_SITE_EN = re.compile(r"(?:\b[A-Z][\w-]*['’]s\s+)?(?<![\w-])((?:al-|el-)?[A-Z]\w*)(?![\w'’-])"
                      r"(?:\s+[A-Z][\w'-]*){0,2}\s+"
                      r"(?i:district|neighbou?rhood|quarter|camp|dam|bridge)\b")
# Every match of ``_SITE_EN`` holds one of these (in any case): a text without them, most
# Arabic leads, is not searched (the pattern's capitals are tried at every position).
_SITE_EN_NOUNS = ("district", "neighbo", "quarter", "camp", "dam", "bridge")
# Words after "حي" that name no particular quarter: "حي سكني", "حي شعبي".
_NOT_SITES = normal_forms((
    "سكني", "شعبي", "شعبية", "مجاور", "مجاورة", "قريب", "آخر", "اخر", "يرزق"))
# ... and words before "district" or "neighbourhood" that say what kind of quarter, not
# which: "a mainly Alawite neighbourhood", "the old quarter", "a residential district".
_NOT_SITES_EN = frozenset({
    "alawite", "sunni", "shiite", "shia", "christian", "kurdish", "druze", "armenian",
    "residential", "industrial", "commercial", "old", "central", "eastern", "western",
    "northern", "southern", "same", "border", "rebel-held", "government-held", "besieged"})
# The consonants of a name, as both scripts write them ("الشعار" and "Shaar" are "Sr"):
# vowels, weak letters and the gutturals English drops are left out.
_AR_SKELETON = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "d", "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "غ": "g",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ا": None, "أ": None, "إ": None, "آ": None, "ء": None, "ئ": None, "ؤ": None, "ح": None,
    "ع": None, "ه": None, "ة": None, "و": None, "ي": None, "ى": None,
})
_EN_SKELETON = (("sh", "S"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                ("ph", "f"), ("q", "k"), ("c", "k"), ("z", "d"), ("p", "b"))


# Words that place an incident by a town rather than in it: "near the town of Amuda",
# "قرب مدينة عامودا".
_NEAR = sieved(r"(?:\b(?:near|close\s+to|outside|outskirts\s+of)\s+(?:the\s+(?:town|city|"
                   r"village)\s+of\s+)?|(?<!\S)(?:قرب|بالقرب\s+من|محيط|أطراف|اطراف)\s+"
                   r"(?:(?:مدين[ةه]|بلد[ةه]|قري[ةه])\s+)?)$")


_SENTENCE_END = re.compile(r"[.!?؟\n]")
_EARLIER = re.compile("|".join(map(re.escape, EARLIER_INCIDENT_BEFORE)), re.IGNORECASE)


def _earlier_incident(text: str, start: int) -> bool:
    """Whether the place at ``start`` is named in its sentence after words that tell an
    earlier incident (``EARLIER_INCIDENT_BEFORE``): that incident's town."""
    before = _SENTENCE_END.split(text[max(0, start - EARLIER_INCIDENT_REACH):start])[-1]
    return _EARLIER.search(before) is not None


@lru_cache(maxsize=8192)
def _skeleton(name: str) -> str:
    # Remembered: every report spells the names of the places it mentions (both scripts).
    if re.search(r"[a-zA-Z]", name):
        word = name.lower().removeprefix("al-").removeprefix("el-")
        for latin, sound in _EN_SKELETON:
            word = word.replace(latin, sound)
        word = re.sub(r"[aeiouwyh'\-]", "", word)
    else:
        word = name.removeprefix("ال").translate(_AR_SKELETON)
    return re.sub(r"(.)\1+", r"\1", word)


def _lead(text: str) -> str:
    """The first sentence of a report, past a dateline line of its own ("حلب – مراسل
    الشبكة"): the town it was filed from and its outlet name no site of the incident."""
    body = text.strip()
    first, _, rest = body.partition("\n")
    if rest and dateline_line(first):
        body = rest.strip()
    return re.split(r"(?<=[.!?؟])\s|\n", body, maxsplit=1)[0]


def sites(title: str, text: str, places: frozenset[str] = frozenset()) -> frozenset[str]:
    """The quarters and works ("حي", "مخيم", "سد", "جسر"; "the X district", "X camp") the
    headline and the first sentence name, by their consonants (``_skeleton``): where a
    report places its incident inside its town, in either language. A later paragraph
    recalling another quarter's strike ("بعد ساعات على مجزرة حي الشعار") does not count,
    nor a "site" that is a place of the gazetteer (``places``: "the Afrin district")."""
    lead = _lead(text)
    # Normalised apart (the same as together: the map is one of characters, and a line
    # break is kept), so that the extractor's normalised headline and lead are reused.
    names = [m.group(1) for m in _SITE.finditer(f"{normalize(title)}\n{normalize(lead)}")
             if m.group(1) not in _NOT_SITES]
    english = f"{title}\n{lead}"
    folded = english.casefold()
    if any(noun in folded for noun in _SITE_EN_NOUNS):
        names += [m.group(1) for m in _SITE_EN.finditer(english)
                  if m.group(1).lower() not in _NOT_SITES_EN]
    found = {_skeleton(n) for n in names}
    return frozenset(found - places - {""})


_FUNERAL = normal_forms(FUNERAL_WORDS)
_CLITICS = Proclitics(min_stem=3)


_FUNERAL_LENGTHS = tuple(sorted({len(w) for w in _FUNERAL}))


def funeral(title: str) -> bool:
    """Whether a headline names a funeral (``FUNERAL_WORDS``, past proclitics: "وتشييع",
    "بجنازة"): the report of the funeral, not of the deaths it mourns."""
    return any(_ends_in_funeral(word) and (
        word in _FUNERAL or any(s in _FUNERAL for s in _CLITICS.stems(word)))
        for word in plain_words(title))


def _ends_in_funeral(word: str) -> bool:
    # The word and its stems all end it: none is a funeral word unless an ending of one of
    # their lengths is (one set lookup per length, not a try of every proclitic chain).
    return any(word[-n:] in _FUNERAL for n in _FUNERAL_LENGTHS)


def same_story(a: Report, b: Report, similarity: float, threshold: float) -> float:
    """A score > 0 when two articles report one incident (higher = more certain)."""
    if similarity >= COPY_SIMILARITY:
        return 2 + similarity
    if not a.keys or not b.keys:
        return similarity if similarity >= threshold else 0.0
    if a.roundup != b.roundup:
        # A round-up of the day's incidents is its own story, though one of its incidents
        # is another report's whole story: the incidents still merge as events.
        return 0.0
    # Primary events only: a report that mentions another incident in passing is not it.
    verdict = _verdict(a, b)
    if verdict is Verdict.SAME:
        return 1 + similarity
    if verdict is Verdict.UNKNOWN:
        support = _support(a, b, similarity)
        # Without any place on one side, "same kind, same day" is too common to suffice.
        needed = 2 if a.keys[0].admin1 and b.keys[0].admin1 else 3
        return 0.5 + 0.1 * support + similarity if support >= needed else 0.0
    if _same_scene(a, b):
        return 0.6 + similarity
    return 0.0


def _verdict(a: Report, b: Report, *, any_family: bool = False) -> Verdict:
    """``compare`` of the primary events, where two towns must name each other.

    Reports of one incident that place it in two nearby towns ("X near Y") both name both;
    a report from the next village only names the first incident's town, if at all.
    """
    if a.funeral != b.funeral:
        # A funeral is held after the deaths it mourns: not the report of the killing.
        return Verdict.DIFFERENT
    ka, kb = a.keys[0], b.keys[0]
    if ka.fatalities == 0 and (kb.fatalities or 0) > 0 and ka.place != kb.place \
            and not _town_and_its_nahia(ka, kb):
        # ``a`` is the later report: a toll does not fall back to none, and another place
        # with no deaths after one with deaths is the next incident ("بعد ساعات من مقتل").
        return Verdict.DIFFERENT
    ka, kb = _primary(a, b)
    verdict = compare(ka, kb, any_family=any_family)
    named_apart = (not _names_as_scene(b, ka.place) and not _only_near(b, a)) \
        or (not _names_as_scene(a, kb.place) and not _only_near(a, b))
    if verdict is Verdict.SAME and _two_towns(ka, kb) and named_apart \
            and not (_second_town(a, kb) or _second_town(b, ka)):
        return Verdict.DIFFERENT
    if verdict is not Verdict.DIFFERENT and _one_area(ka, kb) and _other_sites(a, b):
        return Verdict.DIFFERENT
    return verdict


def _second_town(report: Report, other: IncidentKey) -> bool:
    """The report's attack fell on two towns ("قذائف على مدينة X وبلدة Y"), and the other
    report's incident is its attack on the second: an event of the primary's very kind and
    day, in a town near the primary's and with no dead of its own, is the same attack's
    other scene (one with its own dead is another attack the report recalls)."""
    first = report.keys[0]
    return other.sub_event_type == first.sub_event_type and any(
        k.place == other.place and k.precise and other.precise and not k.fatalities
        and k.sub_event_type == first.sub_event_type and k.date == first.date
        and _near(k, first) and compare(k, other) is Verdict.SAME
        for k in report.keys[1:])


def _names_as_scene(report: Report, place: str | None) -> bool:
    """The report names the place, and not only as the scene of another event it tells
    ("تزامناً مع قصف طال أطراف بلدة X" in a report of the strike on Y)."""
    return place in report.mentions and all(k.place != place for k in report.keys[1:])


def _only_near(vague: Report, other: Report) -> bool:
    """A report that places the incident only "near" a town ("near the town of Amuda") need
    not name the village the other report places it in, when the other names that town too
    and not as the place of another event it tells ("بعد ساعات من استهداف سيارة في X")."""
    town = vague.keys[0].place
    return vague.near and town in other.mentions \
        and all(k.place != town for k in other.keys[1:])


def _headline_dated(title: str, events: list[Event],
                    keys: tuple[IncidentKey, ...]) -> tuple[IncidentKey, ...]:
    """Keys whose event the headline alone tells, dated as the body dates it.

    A headline carries no day ("مقتل اثنين بهجوم على أطراف البلدة"): its event stands at
    the publication day unless a sentence dates it, while the lead of a report published
    the next morning tells the same incident "مساء أمس". So an event whose evidence is the
    headline takes the date of an event the body tells of its family, at its place or at
    a place that holds it (the governorate), when the body dates that one otherwise: one
    report does not tell its incident on two days. A body event at another town is
    another incident, and keeps the headline's event as it is."""
    head = title.strip()
    if not head:
        return keys
    gaz = Gazetteer.default()
    out = list(keys)
    for i, (key, event) in enumerate(zip(keys, events, strict=False)):
        if event.evidence.strip() != head or key.date is None:
            continue
        for other in events:
            if other.evidence.strip() == head or not other.date \
                    or FAMILIES.get(other.event_type, other.event_type) != key.family:
                continue
            day = date.fromisoformat(other.date)
            if day == key.date or abs(day - key.date) > DATE_SLACK:
                continue
            pa, pb = gaz.get(key.place or ""), gaz.get(other.place_pcode or "")
            if other.place_pcode == key.place or (
                    pa is not None and pb is not None and contains(pb, pa)):
                out[i] = replace(key, date=day)
                break
    return tuple(out)


def _regions_apart(events: list[Event]) -> set[str]:
    """The governorates of an article's events, a governorate whose events all lie within
    ``VAGUE_KM`` of the primary event counting as the primary's: the mortars on Damascus
    and the raids on the suburbs they came from are one front, not a round-up of two."""
    if not events:
        return set()
    first = events[0]
    out = {first.admin1_pcode} if first.admin1_pcode else set()
    for event in events[1:]:
        if event.admin1_pcode and event.admin1_pcode not in out and not (
                first.latitude is not None and first.longitude is not None
                and event.latitude is not None and event.longitude is not None
                and haversine_km(first.latitude, first.longitude, event.latitude,
                                 event.longitude) <= VAGUE_KM):
            out.add(event.admin1_pcode)
    return out


def _one_area(a: IncidentKey, b: IncidentKey) -> bool:
    """One town, or a district and a town of it ("ريف منبج" and the community by the dam)."""
    if a.place == b.place:
        return True
    coarse = a if a.precision == 2 else b if b.precision == 2 else None
    return coarse is not None and a.admin2 is not None and a.admin2 == b.admin2


def _other_sites(a: Report, b: Report) -> bool:
    """Both reports place their incident in a quarter (or by a work) of the one town, and
    neither names the other's: two incidents of the town ("حي الشعار" in the morning,
    "حي السكري" in the evening), however alike their kind, day and toll. A report that
    names no site leaves the question open. Names whose consonants begin alike (two at
    least) are taken for one ("صلاح الدين" read as its first word, "Salaheddine" as one)."""
    return bool(a.sites) and bool(b.sites) and not any(
        _one_site(x, y) for x in a.sites for y in b.sites)


def _one_site(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return short == long or (len(short) >= 2 and long.startswith(short))


def _primary(a: Report, b: Report) -> tuple[IncidentKey, IncidentKey]:
    """The primary events of both reports, a district's seat read as its district where
    the other report calls for it (``_seat_for_region``)."""
    ka, kb = a.keys[0], b.keys[0]
    if _seat_for_region(ka, a, kb, b):
        return replace(ka, precision=3), kb
    if _seat_for_region(kb, b, ka, a):
        return ka, replace(kb, precision=3)
    return ka, kb


def _seat_for_region(seat: IncidentKey, its: Report, town: IncidentKey, other: Report) -> bool:
    """The town that gives its district its name, standing for the district.

    "Strikes on Afrin" often means the Afrin region. When one report places the incident
    in the seat and names no other place of that district, and the other places it in a
    town of the district and names the district itself ("جنديرس في منطقة عفرين"), the
    seat is only as good as a vague place: the day, the kind and the other hints must
    still agree (``Verdict.UNKNOWN``). A report that names the seat only as a town ("X,
    hours after the shelling of Y") keeps the seat a town.
    """
    if not (seat.precision == town.precision == 1 and seat.place and town.place):
        return False
    if seat.place == town.place or seat.admin2 is None or seat.admin2 != town.admin2:
        return False
    if seat.place not in _district_seats() or town.place in its.mentions:
        return False
    if seat.admin2 not in other.mentions:
        return False
    gaz = Gazetteer.default()
    others = (gaz.get(m) for m in its.mentions - {seat.place})
    return not any(p is not None and p.level == 4 and p.admin2_pcode == seat.admin2
                   for p in others)


@lru_cache(maxsize=1)
def _district_seats() -> frozenset[str]:
    """Communities named as their district is (عفرين in منطقة عفرين, حمص in مركز حمص)."""
    gaz = Gazetteer.default()
    seats = set()
    for pcode in gaz.pcodes():
        place = gaz.get(pcode)
        district = gaz.get(place.admin2_pcode or "") if place and place.level == 4 else None
        if place is None or district is None:
            continue
        names = {district.name_en, district.name_ar, district.name_ar.removeprefix("مركز ")}
        if place.name_en in names or place.name_ar in names:
            seats.add(pcode)
    return frozenset(seats)


def _town_and_its_nahia(a: IncidentKey, b: IncidentKey) -> bool:
    """A town and the sub-district around it ("ريف عامودا" and عامودا): one place."""
    gaz = Gazetteer.default()
    pa, pb = gaz.get(a.place or ""), gaz.get(b.place or "")
    if pa is None or pb is None:
        return False
    return (pa.level == 3 and contains(pa, pb)) or (pb.level == 3 and contains(pb, pa))


def _two_towns(a: IncidentKey, b: IncidentKey) -> bool:
    """Two different places of precision 1, neither being the sub-district of the other
    ("ناحية تل تمر" and the town of تل تمر are one place)."""
    if not (a.precision == b.precision == 1 and a.place != b.place):
        return False
    gaz = Gazetteer.default()
    pa, pb = gaz.get(a.place or ""), gaz.get(b.place or "")
    return pa is None or pb is None or not (contains(pa, pb) or contains(pb, pa))


def _support(a: Report, b: Report, similarity: float) -> int:
    """Independent hints that a vaguely placed report is this incident."""
    ka, kb = _primary(a, b)
    vague, precise = (a, kb) if not ka.precise else (b, ka)
    hints = (
        ka.sub_event_type == kb.sub_event_type or _detention(ka, kb),
        ka.date is not None and ka.date == kb.date,
        precise.precise and precise.place in vague.mentions,
        bool(ka.fatalities) and ka.fatalities == kb.fatalities,
        similarity >= WEAK_PLACE_SIMILARITY,
    )
    return sum(hints)


def _same_scene(a: Report, b: Report) -> bool:
    """Same place and day, coded differently ("clashes" vs "truce after clashes"), when
    either article also reports an event of the other's primary kind."""
    ka, kb = a.keys[0], b.keys[0]
    if _verdict(a, b, any_family=True) is not Verdict.SAME:
        return False
    return any(k.family == kb.family for k in a.keys) or any(
        k.family == ka.family for k in b.keys
    )


@dataclass(frozen=True)
class StoryDecision:
    story_id: str
    matched: str | None  # the article it was matched to, if any
    score: float
    duplicate_of: str | None = None  # an article with the same normalised text


class StoryClusterer:
    """Assigns each article to a story, using the index for candidates."""

    def __init__(
        self,
        index: StoryIndex,
        window: timedelta = timedelta(hours=72),
        places: PlaceResolver | None = None,
        max_keys: int = 3,
    ) -> None:
        self.index = index
        self.window = window
        self.places = places if places is not None else PlaceResolver(Gazetteer.default())
        self.max_keys = max_keys
        # Worked out once per process over the whole gazetteer: here, with the rest of the
        # setup, rather than in the middle of whichever batch first compares a town.
        _district_seats()

    @classmethod
    def from_settings(cls, settings: PipelineSettings, index: StoryIndex) -> StoryClusterer:
        return cls(
            index,
            timedelta(hours=settings.story_window_hours),
            PlaceResolver.from_settings(settings),
        )

    @classmethod
    def in_memory(cls, settings: PipelineSettings) -> StoryClusterer:
        """A clusterer whose index lives only in this process (``newswatch cluster``)."""
        return cls.from_settings(settings, StoryIndex.from_settings(settings))

    def report(
        self, title: str, text: str, events: list[Event], seen_at: datetime | None = None
    ) -> Report:
        # An undated event is taken to be of the publication day (Syria local time), so
        # "same town, another day" stays apart even when the date was not resolved.
        day = seen_at.astimezone(SYRIA).date() if seen_at else None
        keys = _headline_dated(title, events, tuple(
            IncidentKey.from_event(e, day) for e in events[: self.max_keys]))
        if not keys:
            # No event: ``same_story`` compares such a report by its words alone and never
            # reads its places or sites, so the gazetteer is not run over it (the extractor,
            # having found no event, scanned none of its sentences: this was a whole scan).
            return Report(())
        whole = whole_text(title, text)
        found = self.places.find(whole)
        named_here: set[str] = set()
        for m in found:
            # A place already counted needs no second look at the words before it.
            if m.place.pcode not in named_here and not _earlier_incident(whole, m.start):
                named_here.add(m.place.pcode)
        mentions = frozenset(named_here)
        # The first naming of the primary's town says whether the report places it there.
        first = next((m for m in found if keys and m.place.pcode == keys[0].place), None)
        near = first is not None and _NEAR.search(whole[max(0, first.start - 40):first.start]) \
            is not None
        scenes = len({e.place_pcode or e.admin1_pcode for e in events})
        regions = len(_regions_apart(events))
        gaz = Gazetteer.default()
        named = frozenset(_skeleton(n) for p in filter(None, map(gaz.get, mentions))
                          for n in (p.name_en, p.name_ar))
        return Report(keys, mentions, scenes, regions, sites(title, text, named), near,
                      funeral(title))

    def assign(
        self, article_id: str, source: str, seen_at: datetime, title: str, text: str,
        events: list[Event], *, story_id: str | None = None,
        parts: TextParts | None = None, report: Report | None = None,
    ) -> StoryDecision:
        """Decide the article's story (unless given) and remember the article in the index.

        ``parts`` (``text_parts``) and ``report`` may come precomputed: they do not depend
        on the index, so a worker makes them before it takes the decisions' lock.
        """
        fingerprint = self.index.fingerprint(source, title, text, parts)
        if report is None:
            report = self.report(title, text, events, seen_at)
        if story_id is None:
            decision = self.decide(article_id, fingerprint, report, seen_at)
        else:
            decision = StoryDecision(story_id, None, 0.0)
        self.index.add(
            IndexEntry(
                article_id=article_id,
                story_id=decision.story_id,
                source=source,
                seen_at=seen_at,
                minhash=fingerprint.minhash,
                para_hashes=fingerprint.para_hashes,
                report=report.to_dict(),
                buckets=_buckets(report.keys, seen_at),
                text_hash=fingerprint.text_hash,
            )
        )
        return decision

    def decide(
        self, article_id: str, fingerprint: Fingerprint, report: Report, seen_at: datetime
    ) -> StoryDecision:
        exact = self.index.exact(fingerprint)
        if exact is not None and exact.article_id != article_id:
            return StoryDecision(exact.story_id, exact.article_id, 3.0, exact.article_id)
        best: tuple[float, str, str] | None = None
        for entry in self._candidates(article_id, fingerprint, report.keys, seen_at):
            similarity = float(fingerprint.minhash.jaccard(entry.minhash))
            other = Report.from_dict(entry.report)
            score = same_story(report, other, similarity, self.index.threshold)
            if score > 0 and (best is None or score > best[0]):
                best = (score, entry.story_id, entry.article_id)
        if best is None:
            return StoryDecision(stable_id("story", article_id), None, 0.0)
        return StoryDecision(best[1], best[2], best[0])

    def _candidates(
        self, article_id: str, fingerprint: Fingerprint, keys: tuple[IncidentKey, ...],
        seen_at: datetime,
    ) -> list[IndexEntry]:
        # Same days AND same governorate (or none known): a story never spans governorates,
        # and scanning a whole day's articles made the cost grow with the day's volume.
        regions = _regions(keys) | {NO_REGION}
        around = {
            f"day:{d.isoformat()}:{r}" for d in _days(keys, seen_at, spread=True) for r in regions
        }
        found = {e.article_id: e for e in self.index.in_buckets(around)}
        found.update((e.article_id, e) for e in self.index.similar(fingerprint))
        return [
            e
            for e in found.values()
            if e.article_id != article_id and abs(e.seen_at - seen_at) <= self.window
        ]


def _days(keys: tuple[IncidentKey, ...], seen_at: datetime, *, spread: bool) -> set[date]:
    days = {seen_at.date()}
    if keys and keys[0].date:
        days.add(keys[0].date)
    if spread:
        days |= {d + delta for d in days for delta in (-DATE_SLACK, DATE_SLACK)}
    return days


NO_REGION = "-"


def _regions(keys: tuple[IncidentKey, ...]) -> set[str]:
    return {k.admin1 for k in keys if k.admin1} or {NO_REGION}


def _buckets(keys: tuple[IncidentKey, ...], seen_at: datetime) -> tuple[str, ...]:
    return tuple(
        sorted(
            f"day:{d.isoformat()}:{r}"
            for d in _days(keys, seen_at, spread=False)
            for r in _regions(keys)
        )
    )


def cluster_articles(
    items: list[dict[str, Any]], extractor: Extractor, clusterer: StoryClusterer,
    errors: dict[str, str] | None = None,
) -> dict[str, str]:
    """Stories of a batch of articles (``id, title, text, published, source``).

    Articles are taken in publication order, as a crawler would deliver them; a story is
    named after its first article. Paragraphs the batch repeats within one source are
    known as boilerplate from the start. With ``errors``, an article that fails is recorded
    there (id -> one-line reason) and the batch goes on; without it, the failure propagates.
    """
    for item in items:
        clusterer.index.prime(item["source"], item["text"])
    names: dict[str, str] = {}
    stories: dict[str, str] = {}
    for item in sorted(items, key=lambda i: (i["published"], i["id"])):
        try:
            events = extractor.extract(item["title"], item["text"], item["published"])
            decision = clusterer.assign(
                item["id"], item["source"], item["published"], item["title"], item["text"],
                events,
            )
        except Exception as exc:  # one article's failure must not lose the batch
            if errors is None:
                raise
            errors[item["id"]] = f"{type(exc).__name__}: {exc}"
            continue
        stories[item["id"]] = names.setdefault(decision.story_id, item["id"])
    return stories


def pairwise_scores(
    gold: Mapping[str, str], stories: Mapping[str, str]
) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``stories`` against gold clusters (id -> key)."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_got = gold[a] == gold[b], stories[a] == stories[b]
        tp += same_gold and same_got
        fp += same_got and not same_gold
        fn += same_gold and not same_got
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def score_labelled(path: Path, settings: PipelineSettings) -> tuple[float, float, float]:
    """Cluster a labelled file (``dedup_dev.jsonl`` format) in memory and score it pairwise."""
    from pipeline.events.extract import EventExtractor

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    items = [
        {"id": r["id"], "title": r["title"], "text": r["text"], "source": r["outlet"],
         "published": datetime.fromisoformat(r["published"])}
        for r in rows
    ]  # fmt: skip
    stories = cluster_articles(
        items, EventExtractor.from_settings(settings), StoryClusterer.in_memory(settings)
    )
    return pairwise_scores({r["id"]: r["cluster"] for r in rows}, stories)
