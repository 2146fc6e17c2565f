"""Finding Syrian places in Arabic (or English) text and choosing the place of an event.

``PlaceResolver.find`` matches gazetteer names longest-first over tokens, after stripping
proclitics (بإدلب، وحلب، لدرعا), reads the word before a name ("ريف X" is the governorate,
"مدينة/بلدة/قرية/حي X" a community, "ناحية X" a sub-district) and disambiguates names that
repeat across governorates by the governorates the text names. ``best`` picks the most
specific place of one event, preferring the evidence sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from language.normalize import fold, normalize
from language.sieve import TokenLed, sieved
from language.tokens import CliticSplitter, Proclitics, sentence_spans, word_spans
from pipeline.events.lexicon import alternation
from pipeline.gazetteer import Gazetteer, Place, contains, name_key
from pipeline.rules import places as rules

if TYPE_CHECKING:
    from pipeline.settings import PipelineSettings

__all__ = [
    "PlaceMatch",
    "PlaceMention",
    "PlaceResolver",
    "accused_of",
    "as_match",
    "dateline_line",
    "fled_from",
    "home_town",
    "in_dateline",
    "item_heading",
    "named_elsewhere",
    "protested_against",
    "road_far_end",
    "road_first_end",
    "villages_of_region",
]

_MAX_WORDS = 4
_ARTICLE = Proclitics(("ال",), min_stem=2)


def _keys(words: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# The lists of pipeline.rules.places in their matching form.
_LATIN_ARTICLES = _keys(rules.LATIN_ARTICLES)
_REGION = _keys(rules.REGION)
_COUNTRYSIDE = _keys(rules.COUNTRYSIDE)
_TOWN_COUNTRYSIDE = _keys(rules.TOWN_COUNTRYSIDE)
_SUBDISTRICT = _keys(rules.SUBDISTRICT)
_DESERT = _keys(rules.DESERT)
_DISTRICT = _keys(rules.DISTRICT)
_AREAS = _keys(rules.AREAS)
_TOWN = _keys(rules.TOWN)
_ENDINGS = tuple((normalize(a), normalize(b)) for a, b in rules.SPELLING_ENDINGS)
_QUARTER = _keys(rules.QUARTER)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# A round-up item's heading: "وفي إدلب،", "ففي حلب،" (``_headings``).
_HEADING_BEFORE = re.compile(r"(?<![^\s.!?؟\n])[وف]?في\s+$")
_HEADING_AFTER = re.compile(r"\s*[،,]")
# "وفي مدينة درعا،": a chief town named as a city is a scene, no round-up item's heading.
_CITY_WORD = normalize("مدينة")
_PLURAL = _keys(rules.PLURAL)
_SCATTERED = _PLURAL - _QUARTER
_LISTING = _keys(rules.LISTING)
_MARKERS = _REGION | _SUBDISTRICT | _TOWN | _DISTRICT | _AREAS
_STOP = _keys(rules.STOP)
_SHORT_HEADS = _keys(rules.SHORT_HEADS)
_DIRECTIONS = _keys(rules.DIRECTIONS)
_NEAR = _keys(rules.NEAR)
_ORDINARY = _keys(rules.ORDINARY)
_PLACE_WORD_NAMES = _keys(rules.PLACE_WORD_NAMES)
_FUNCTION = _keys(rules.FUNCTION_WORDS)
_QUALIFIER_GAP = _keys(rules.QUALIFIER_GAP)
# "بريف إدلب الجنوبي": the side of a region, as (north, east) steps.
_SIDES = {"شمالي": (1, 0), "جنوبي": (-1, 0), "شرقي": (0, 1), "غربي": (0, -1)}
_SIDE = sieved(r"^\s*ال(شمالي|جنوبي|شرقي|غربي)(?:ة|ه)?(?![\w])")
# Proclitics that may stand before a place name: "وحلب", "بإدلب", "لدرعا". Not كـ ("like")
# or فـ: "كمال", "فقرة" are no كـ/فـ plus a village.
_NOT_BEFORE_PLACE = frozenset({"ك", "ف"})
# Damascus is also said for its countryside: "عدرا، دمشق" is Rural Damascus's عدرا.
_DAMASCUS, _RURAL_DAMASCUS = "SY01", "SY03"
_LOCATED = _keys(rules.LOCATED_BY_TOWN)
_TOWN_WORDS = frozenset({"مدينه", "بلده"})  # a town within a region: "ريف مدينة جبلة"
_FROM = frozenset({"من"})
_AIRPORT = _keys(rules.AIRPORT)
_MILITARY = _keys(rules.MILITARY)
_QUALIFIED, _LONGER_NAME = 1, 2
_DEFINITE = ("ال", "وال", "بال", "لل", "فال")
_DEFINITE_FORMS = (*_DEFINITE, "ول", "كال", "وبال", "ولل", "فبال")
# quotes: "مدينة \"اللطامنة\" بريف حماة"; a bracket closing a town's other name: "قرية زورآفا
# (زرافة) غرب مدينة كوباني"
_QUALIFIER_PUNCT = re.compile(r"^[\s،,\-–\"“”«»)]*$")
# "Uqayribat (عقيربات)", "Khirbat Ghazalah (خربة غزالة)": the rest of an English name, then
# its Arabic gloss in brackets
_GLOSS = re.compile(r"(?:[ \t-]+(?:[A-Z][\w'’]*|al|el|as|ash|ar|ad|at|az|an)){0,3}"
                    r"[ \t]*\([ \t]*[\u0621-\u064a]")
_OTHER_NAME = re.compile(r"\s*\(\s*")  # "قرية زورآفا (زرافة)": the second name's bracket
_OTHER_NAME_END = re.compile(r"\s*\)")
# "مدينة سري كانيه/رأس العين"، "قامشلو / القامشلي": the town's other name after a slash (as
# Kurdish-area outlets write the Kurdish and the Arabic name), the same place when both
# names share one.
_SLASH_NAME = re.compile(r"[ \t]*/[ \t]*")
_ELSEWHERE_BEFORE = re.compile(rf"({alternation(rules.ELSEWHERE_BEFORE)})(\s+\S+){{0,2}}\s*$")
_STREET_IN_TOWN = frozenset(rules.STREET_IN_TOWN)
_CAPITAL_SPEAKS = re.compile(rf"(?<!\S)و?(?:{alternation(rules.CAPITAL_SPEAKS_AFTER)})\s+$")
# "الغوطة الشرقية لدمشق"، "الريفين الشمالي والغربي لحلب": the city the area is of
# (rules.CITY_OF_AROUND_BEFORE), written with "لـ" right after the adjective
_CITY_OF_AROUND = re.compile(
    rf"(?<!\S)و?ال(?:{alternation(rules.CITY_OF_AROUND_BEFORE)})(?:ة|ه|ين|تين|ان|تان)?\s+$")
_HOSPITALS = frozenset({"مشفى", "مشفي", "مستشفى", "مستشفي", "مشافي", "مشافى"})
_STRUCK = sieved(rf"(?:{alternation(rules.HOSPITAL_STRUCK_BEFORE)})\s*$")
_ROAD_NAMED = sieved(rf"(?:^|\s)(?:ال)?({alternation(rules.ROAD_NAMED)})\s*$")
_ROAD_BETWEEN = re.compile(r"\s*[-–]|\s+و")
# "على الطريق الواصل بين مدينتي عامودا وقامشلو، قرب قرية تل حبش": two towns name the road,
# and the village the road was hit near is the scene (``_road_ends``).
_ROAD_FROM = sieved(r"(?:^|\s)(?:ال)?طريق\S*(?:\s+\S+)?\s+بين\s+(?:\S+\s+)?$")
_ROAD_TO = re.compile(r"^\s*(?:[-–]\s*|و\s*)?$")
_ROAD_SECOND = re.compile(r"^\s*(?:[-–]\s*|و\s*)?(?:(?:مدين|بلد|قري)[ةه]\s+)?$")
_NEAR_ROAD = sieved(r"^[\s،,]*(?:قرب|بالقرب\s+من)\s+(?:(?:قري[ةه]|بلد[ةه])\s+)?$")
# ... or named "near" right before the road ("قرب قرية تل حبش، على الطريق الواصل بين مدينتي
# عامودا وقامشلو"): the same, the other way round.
_NEAR_BEFORE = sieved(r"(?:^|\s)(?:قرب|بالقرب\s+من)\s+(?:(?:قري[ةه]|بلد[ةه])\s+)?$")
_NEAR_TO_ROAD = sieved(r"^[\s،,]*(?:على|عند|في)?\s*(?:ال)?طريق")
_LANDMARK_BEFORE = sieved(
    rf"^[\s,،]*(ال)?({alternation(rules.LANDMARK_DIRECTIONS)})(ي|ية|يّ)?\s+"
    rf"(({alternation(rules.LANDMARK_NOUNS)})\s+)?\S?$"
)
# "the city" standing alone ("كراج المدينة", "وسط المدينة"), not a name's head ("مدينة حمص",
# "المدينة الصناعية").
_THE_CITY = sieved(r"(?:^|\s)(?:[وبف]?ال|لل)مدينة(?=\s*(?:$|[^\sا\w]|ا[^ل]|[^\Wا]))")
# "في المدينة"، "أطراف البلدة": a definite place word alone, with its clitics (``_back``).
_BACK_REFERENCE = {normalize(k): v for k, v in rules.BACK_REFERENCE.items()}
_BACK_NOUNS = sorted({k[2:] for k in rules.BACK_REFERENCE}, key=len, reverse=True)
# (token-led: the nouns are looked for first, the pattern tried at their token's start)
_BACK = TokenLed(r"(?<!\S)[وف]?(?:[بك]?ال|لل)(" + "|".join(_BACK_NOUNS) + r")(?!\w)",
                 _BACK_NOUNS, reach=4)
_BACK_WORDS = frozenset(rules.BACK_REFERENCE.values())
# "عند مدخلها": a part of the town its pronoun stands for (``PART_WITH_PRONOUN``).
_PART_OF_IT = TokenLed(rf"(?<!\S)[وفبل]?(?:{alternation(rules.PART_WITH_PRONOUN)})(?!\w)",
                       rules.PART_WITH_PRONOUN, reach=1)
_PRONOUN_WORDS = frozenset(rules.PRONOUN_PLACE_WORDS)
_FLED_FROM = re.compile(rf"(?<!\S)و?({alternation(_keys(frozenset(rules.FLED_FROM)))})"
                        r"(\s+\S+){0,2}\s+من\s+(\S+\s+)?$")
_RETURNING_FROM = sieved(rf"(?<!\S)[وب]?(?:{alternation(_keys(frozenset(rules.RETURNING_FROM)))})"
                         rf"\s+من(?:\s+(?!(?:الي|إلى|نحو|باتجاه)\s)[^\s،,.]+)"
                         rf"{{0,{rules.RETURNING_REACH}}}\s+$")
_LEFT = re.compile(rf"(?<!\S)[وف]?(?:{alternation(rules.LEFT)})\s+(?:\S+\s+)?$")
_QUOTES = str.maketrans(dict.fromkeys("\"“”«»'"))
_WITHDREW_TO = sieved(rf"(?<!\S)[وف]?(?:{alternation(sorted(set(rules.WITHDREW)))})"
                      rf"(?:\s+\S+){{0,4}}\s+(?:{alternation(rules.WITHDREW_TOWARD)})"
                      rf"(?:\s+\S+){{0,{rules.WITHDREW_TOWARD_WORDS}}}\s+$")
# (Sieved: these three are tried before every place a sentence names, and their words are
# rare; language.sieve skips the search where the text holds none of them.)
_ACCUSED = sieved(rf"(?<!\S)[وب]?(?:{alternation(rules.ACCUSED_OF)})"
                  rf"(?:\s+[^\s،,]+){{1,{rules.ACCUSED_REACH}}}\s+$")
# "احتجاجاً على ما وصفوه باستهداف بلدة X": the place is what a crowd protests, not its own.
_PROTESTED = sieved(rf"(?<!\S)و?(?:{alternation(rules.PROTESTED_AGAINST)})\S*"
                    rf"(?:\s+[^\s،,]+){{0,{rules.PROTESTED_REACH}}}\s+$")
# "رفعوا خلالها صور معتقلين اعتقلوا في مدينة X": where the people pictured were, not the crowd.
_CARRIED = sieved(rf"(?<!\S)[وف]?(?:{alternation(rules.CARRIED)})\S*(?:\s+[^\s،,]+)?"
                  rf"\s+[وب]?(?:{alternation(rules.PICTURES)})\S*"
                  rf"(?:\s+[^\s،,]+){{0,{rules.CARRIED_REACH}}}\s+$")
# "تطالب بإسقاط النظام وفك الحصار عن حمص": the besieged town a crowd demands relief for.
_DEMANDED = sieved(rf"(?<!\S)[وف]?(?:{alternation(rules.DEMANDED)})\S*"
                   rf"(?:\s+[^\s،,]+){{0,{rules.DEMANDED_REACH}}}\s+"
                   rf"\S*(?:{alternation(rules.LIFTED_SIEGE)})\s+(?:\S+\s+)?$")
_ADJECTIVE_PREFIXES = tuple(rules.ADJECTIVE_PREFIXES)
_KUNYA_HEADS = frozenset(rules.KUNYA_HEADS)
_NOUN_PHRASES = {name: (frozenset(before), tuple(after))
                 for name, (before, after) in rules.NOUN_PHRASES.items()}
_BACK_TO_PAIR = dict(rules.BACK_TO_PAIR)
_PERSON_BEFORE = frozenset(rules.PERSON_BEFORE)
_NAMED_BEFORE = frozenset(rules.NAMED_BEFORE)
_NAMED_PLACE_NOUNS = frozenset(rules.NAMED_PLACE_NOUNS)
# "DAMASCUS (Reuters) -": what follows a wire dateline's town (pipeline.rules.places).
_DATELINE = re.compile(rf"\s*{rules.DATELINE_DATE}\s*\([^()\n]{{2,{rules.DATELINE_AGENCY}}}\)"
                       rf"\s*[-–—]|{rules.DATELINE_COUNTRY}|{rules.DATELINE_DASH}")
_HOME_TOWN = sieved(rf"(?<!\S)و?(?:{alternation(rules.HOME_TOWN_BEFORE)})\s+"
                        rf"(?:(?:{alternation(rules.HOME_TOWN_NOUNS)})\s+)?$")
_SITE_BEFORE = re.compile(r"(?:^|\s)ال\S+\s+$")
_OPEN_QUOTES = "«\"“”'"
_OUTLET_BEFORE = sieved(rf"(?:^|[\s{_OPEN_QUOTES}])[وفبل]?(?:{alternation(rules.OUTLET_BEFORE)})"
                            rf"\s*[{_OPEN_QUOTES}]?\s*$")
_OUTLET_NUMBER = re.compile(rf"\s*(?:{alternation(rules.OUTLET_NUMBERS)})(?!\d)\s*([»\"“”']?)")
_OUTLET_AFTER = re.compile(rf"\s+(?:{alternation(rules.OUTLET_AFTER)})(?![\w])", re.IGNORECASE)
# "ودمشق تعزز انتشارها": the capital as its government (pipeline.rules.places).
_SEAT = frozenset(rules.GOVERNMENT_SEATS)
_STATE_VERB_AFTER = re.compile(rf"\s+(?:{alternation(rules.STATE_VERBS_AFTER)})")
_ZONE_AFTER = sieved(rf"\s*[»\"“”']?\s*(?:{alternation(rules.ZONE_AFTER)})")
_OUTLET_SOURCE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation(rules.OUTLET_SOURCE_BEFORE)})\s*$")
_SCAN_CACHE = 512  # texts whose scans are kept (an article's sentences, a few times over)
_NOT_SCENE_PENALTY = 3.0  # more than a town marker and a repeated name together
_LEVEL_RANK_TOWN = {4: 0, 3: 1, 2: 2, 1: 3}
_LEVEL_RANK_BARE = {1: 0, 4: 1, 3: 2, 2: 3}
_SPECIFICITY = {4: 1.0, 3: 0.8, 2: 0.4, 1: 0.0}
_CAPITAL_SPECIFICITY = 0.2
_PRECISION = {4: 1, 3: 1, 2: 2, 1: 3}


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text at ``text[start:end] == surface``."""

    place: Place
    start: int
    end: int
    surface: str
    marker: str = ""
    landmark: bool = False  # names the region of the place before it ("عدرا، دمشق")
    back: bool = False  # "المدينة": the town named before with that word (BACK_REFERENCE)


@dataclass(frozen=True)
class PlaceMatch:
    """The place of an event; ``geo_precision`` 1 community/sub-district, 2 district,
    3 governorate (ACLED's scale)."""

    place: Place
    admin1_pcode: str
    lat: float
    lon: float
    geo_precision: int
    name: str


_EN_HEADS = frozenset(rules.EN_NAME_HEADS)
# What follows an English head word in a longer name: a capitalised word, or an article
# joined to one ("Bab al-Hawa", "Ras el-Ain").
_EN_ARTICLE = r"(?:al|el|as|ash|ar|at|ad|az|an)"
_EN_HEAD = re.compile(rf"([A-Z][a-z]+)(?:[ \t]+{_EN_ARTICLE})?")
_EN_NAME_GOES_ON = re.compile(rf"[ \t]+(?:{_EN_ARTICLE}-)?[A-Z]|-[A-Z]")
_EN_ARTICLE_BEFORE = re.compile(rf"(?i:\b{_EN_ARTICLE})[ \t-]$")


def _english_head(text: str, raw: _Raw) -> bool:
    """A one-word English match that begins a longer name ("Bab Touma", "Bab al-Hawa" are
    no al-Bab); written with its own article ("al-Bab", "Al Bab") it is the place."""
    head = _EN_HEAD.fullmatch(text, raw.start, raw.end)
    if head is None or head.group(1) not in _EN_HEADS:
        return False
    return _EN_NAME_GOES_ON.match(text, raw.end) is not None \
        and _EN_ARTICLE_BEFORE.search(text, max(0, raw.start - 4), raw.start) is None


_EN_HEAD_BEFORE = re.compile(rf"\b([A-Z][a-z]+)[ \t]+(?:{_EN_ARTICLE}[ \t-])?$")


def _english_tail(text: str, raw: _Raw) -> bool:
    """A match in English copy right after a head word that its name does not include
    ("Kfar Dael"): the end of another place's name."""
    if not text[raw.start:raw.start + 1].isascii():
        return False
    head = _EN_HEAD_BEFORE.search(text, max(0, raw.start - 12), raw.start)
    return head is not None and head.group(1) in _EN_HEADS


_EN_LOWER = re.compile(rf"(?:(?i:{_EN_ARTICLE})[ \t-])?[a-z]")


def _english_lower(text: str, raw: _Raw) -> bool:
    """English copy capitalises its place names: a match that starts in lower case (after
    its article, "al-Bab") is an everyday word ("Jabal al-Zawiya has come under fire" names
    no village Has)."""
    return _EN_LOWER.match(text, raw.start, raw.end) is not None


_COLON = re.compile(r"[:：]")
_DASH_ONLY = re.compile(r"\s*[–—-]\s*(?:\S+\s+)?")  # (and the quarter's place word)


class _Raw(NamedTuple):  # a tuple: made and copied for every name of every sentence
    candidates: tuple[Place, ...]
    key: str
    start: int
    end: int
    marker: str
    strong: bool  # a governorate/district, a multi-word or listed name, or after a marker word
    first: int = 0  # index of its first token in its sentence
    last: int = 0  # index of its last token in its sentence
    direction: bool = False  # right after a direction word: "غرب مدينة دير الزور"
    ordinary: bool = False  # an ordinary word too ("كشف"): a place only with evidence
    around: bool = False  # a town that locates a village: "قرية غرب مدينة دير الزور"
    landmark: bool = False  # qualifies the place before it: "بلدة X في ريف Y"
    airbase: bool = False  # names a military airport: "مطار دير الزور العسكري"


class _Word(NamedTuple):
    """What the scan needs of a word as written, worked out once per word (words recur
    from sentence to sentence: the scan then only looks flags up)."""

    key: str  # whole-word key
    stems: tuple[str, ...]  # keys after stripping proclitics, longest first
    flags: int  # _F_* bits: which rule lists its stems fall in
    marker: str  # its first stem that is a marker word ("مدينه", "ريف"), or ""
    matchable: bool  # a stem a gazetteer name starts with: worth a match attempt
    definite: bool  # written with ال ("القصير", "بالقصير")


class _Token(NamedTuple):
    start: int
    end: int
    key: str
    stems: tuple[str, ...]
    flags: int
    marker: str
    matchable: bool
    definite: bool


# Flags of _Word: its stems in _DIRECTIONS, _TOWN, _NEAR, _LOCATED; "مدينه"/"بلده"; "من";
# written as a preposition ("على"), which no name of several words goes on with.
_F_DIRECTION, _F_TOWN, _F_NEAR, _F_LOCATED, _F_TOWN_WORD, _F_FROM = 1, 2, 4, 8, 16, 32
_F_PREPOSITION = 64
_new_token = tuple.__new__
_PREPOSITIONS = rules.PREPOSITIONS_AS_WRITTEN
_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # short vowels and tatweel, as written


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    norm = normalize(word)
    if norm.isascii():
        return "" if norm in _LATIN_ARTICLES else norm
    return _ARTICLE.stem(norm)


class PlaceResolver:
    """Places named in a text (``find``) and the place of an event (``best``)."""

    def __init__(self, gazetteer: Gazetteer, splitter: CliticSplitter | None = None) -> None:
        self._gaz = gazetteer
        self._splitter = splitter or CliticSplitter()
        self._stems: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, _Word] = {}
        self._scans: dict[str, list[_Raw]] = {}
        self._answers: dict[tuple[str, str | None, frozenset[str]], list[PlaceMention]] = {}
        self._found: dict[tuple[str, frozenset[str]], list[PlaceMention]] = {}
        self._last_context: tuple[str, frozenset[str]] | None = None
        # Each governorate's chief town: the community that bears the governorate's name.
        self._capitals = frozenset(
            p.pcode for g in gazetteer.governorates()
            for key in {name_key(g.name_ar), name_key(g.name_en)}
            for p in gazetteer.lookup_key(key) if p.level == 4 and p.admin1_pcode == g.pcode)
        # The governorates that are one city, and that city (rules.CITY_GOVERNORATE_HEAD).
        self._city_of = {
            g.pcode: p for g in gazetteer.governorates()
            if g.name_ar.startswith(rules.CITY_GOVERNORATE_HEAD)
            for p in map(gazetteer.get, sorted(self._capitals))
            if p is not None and p.admin1_pcode == g.pcode}
        # The chief towns and the districts and sub-districts around them.
        self._capital_areas = self._capitals | frozenset(
            code for p in map(gazetteer.get, self._capitals) if p is not None
            for code in (p.admin2_pcode, p.admin3_pcode) if code)

    @classmethod
    def from_settings(cls, settings: PipelineSettings) -> PlaceResolver:
        return cls(Gazetteer.default(), CliticSplitter.from_settings(settings))

    # -- tokens -------------------------------------------------------------------------
    def _tokens(self, text: str) -> list[_Token]:
        words, word_of = self._words, self._word
        out = []
        for m in word_spans(text):
            written = m.group()
            word = words.get(written) or word_of(written)
            # (made as a tuple, not through the named tuple's own __new__ in Python: a
            # sentence has dozens of words, and that call cost more than the rest)
            out.append(_new_token(_Token, m.span() + word))
        return out

    def _word(self, written: str) -> _Word:
        key = _word_key(written)
        stems = self._stem_keys(written, key)
        flags = 0
        for bit, words in ((_F_DIRECTION, _DIRECTIONS), (_F_TOWN, _TOWN), (_F_NEAR, _NEAR),
                           (_F_LOCATED, _LOCATED), (_F_TOWN_WORD, _TOWN_WORDS),
                           (_F_FROM, _FROM)):
            if not words.isdisjoint(stems):  # (a set test, no generator: words recur)
                flags |= bit
        if _MARKS.sub("", written) in _PREPOSITIONS:
            flags |= _F_PREPOSITION
        marker = next((s for s in stems if s in _MARKERS), "")
        prefixes = self._gaz.key_prefixes()
        tried = stems if key not in _STOP else stems[:1]
        word = _Word(key, stems, flags, marker, not prefixes.isdisjoint(tried),
                     normalize(written).startswith(_DEFINITE_FORMS))
        if len(self._words) < 100_000:
            self._words[written] = word
        return word

    def _stem_keys(self, word: str, key: str) -> tuple[str, ...]:
        cached = self._stems.get(word)
        if cached is None:
            pieces = self._splitter.split(word)
            stems = [key]
            for i in range(1, len(pieces)):
                if pieces[i - 1] in _NOT_BEFORE_PLACE:
                    break
                stems.append(_word_key("".join(pieces[i:])))
            if key[:1] in ("و", "ف") and key[1:] in _SHORT_HEADS:
                stems.append(key[1:])  # "وأم شرشوح"، "وتل رفعت": too short for the splitter
            cached = tuple(dict.fromkeys([s for s in stems if s]))
            if len(self._stems) < 100_000:
                self._stems[word] = cached
        return cached

    # -- matching -----------------------------------------------------------------------
    def _scan(self, text: str) -> list[_Raw]:
        # One article's sentences are scanned by several stages (event place, further
        # scenes, breach areas, stories), alone or joined into the article: a text is
        # scanned sentence by sentence, and the recent sentences' scans are remembered.
        # A name never runs over a sentence's end, nor does a qualifier ("X. بY").
        cached = self._scans.get(text)
        if cached is None:
            spans = sentence_spans(text)
            if len(spans) == 1 and spans[0][1] == text:
                cached = self._scan_text(text)
            else:
                cached = [raw._replace(start=raw.start + offset, end=raw.end + offset)
                          for offset, sentence in spans for raw in self._scan(sentence)]
            self._scans[text] = cached
            if len(self._scans) > _SCAN_CACHE:
                del self._scans[next(iter(self._scans))]
        return list(cached)

    def _scan_text(self, text: str) -> list[_Raw]:
        toks = self._tokens(text)
        raws: list[_Raw] = []
        i, marker, direction, around, since_village = 0, "", False, False, 99
        while i < len(toks):
            tok = toks[i]
            # (after a town word, a name the gazetteer spells otherwise: ``_variant_at``)
            found = self._match_at(toks, i, marker, direction, around) \
                if tok.matchable or marker in _TOWN else None
            if found is not None and (_english_head(text, found[0])
                                      or _english_tail(text, found[0])
                                      or _english_lower(text, found[0])):
                found = None  # "Bab Touma", "Kfar Dael": a word of a longer name; "has"
            if found is not None:
                raws.append(found[0])
                # "ريفي حلب والرقة", "بلدتي دير العدس والهبارية": the region word, or a
                # word for several places, covers the names joined by و.
                nxt = found[1]
                # "ريفي إدلب الجنوبي وحماة الشمالي": the side of the first region stands
                # between it and the و.
                step = nxt + 1 if marker in _REGION and nxt + 1 < len(toks) \
                    and _SIDE.match(text[toks[nxt].start:toks[nxt].end]) else nxt
                carry = ((marker in _REGION or marker in _LISTING) and step < len(toks)
                         and text[toks[step].start] == "و")
                i = step if carry else nxt
                marker, direction, around = marker if carry else "", False, False
                continue
            flags = tok.flags
            town_of_region = marker in _REGION and bool(flags & _F_TOWN_WORD)
            # "شرق"/"شمالي" locate ("غرب مدينة X"); "الشرقي" describes ("المدخل الشرقي لمدينة X").
            bare = not text.startswith(_DEFINITE, tok.start)
            direction = (bare and bool(flags & _F_DIRECTION)) or (
                direction and bool(flags & (_F_DIRECTION | _F_TOWN)))
            # "قرية (X) غرب مدينة Y", "قرية X قرب مدينة Y": a village located by a town.
            # ("قرية X وأطراف بلدة Y": joined by "و", the town's edge is the list's next
            # item, and locates no village)
            listed = text.startswith("و", tok.start) and tok.key not in _NEAR
            near = (bool(flags & _F_NEAR) and not listed) \
                or (around and bool(flags & (_F_TOWN | _F_FROM)))
            around = (direction or near) and (since_village <= 3 or around)
            since_village = 0 if flags & _F_LOCATED else since_village + 1
            # "ريف مدينة جبلة" is the country around the town: the region marker stays.
            # English "the town of X": the marker reaches over "of".
            # English copy: "the village of Uqayribat (عقيربات)", a name the gazetteer
            # spells otherwise, glossed in Arabic: the place word reaches the gloss.
            keep = town_of_region or (marker in _TOWN and (tok.key == "of" or (
                tok.key.isascii() and _GLOSS.match(text, tok.end) is not None)))
            # "في القرى والبساتين المجاورة": a plural place word with the article is the
            # common noun, and introduces no names ("قرى X وY" does).
            marker = marker if keep else (
                "" if tok.definite and tok.marker in _PLURAL else tok.marker)
            if marker and tok.definite and tok.marker == marker and i + 1 < len(toks) \
                    and text.startswith("و", toks[i + 1].start):
                # "بين المدينة وداريا": the town word with its article, then "و", stands
                # alone (the town named before, ``_back``) and names no place after it
                marker = ""
            if marker and i + 1 < len(toks) and _COLON.search(text, tok.end, toks[i + 1].start):
                # "في المدينة: «الطيارة نزلت ...»": a place word before a colon names no
                # place in what it introduces (a quotation, a list of demands)
                marker = ""
            i += 1
        return self._qualify(text, toks, [r for r in raws if not _named_not_place(text, r)])

    def _match_at(self, toks: list[_Token], i: int, marker: str,
                  direction: bool = False, around: bool = False) -> tuple[_Raw, int] | None:
        prefixes = self._gaz.key_prefixes()
        if marker in _SUBDISTRICT and _near_point(toks, i):
            marker = "بلده"  # "قرب ناحية الدرباسية": the town that heads the sub-district
        # A common word is not a clitic plus a village: "وزارة" is no "و" + الزارة.
        stems = toks[i].stems if toks[i].key not in _STOP else toks[i].stems[:1]
        for stem in stems:
            best: tuple[str, int, tuple[Place, ...]] | None = None
            key = ""
            for n in range(1, min(_MAX_WORDS, len(toks) - i) + 1):
                if n > 1 and toks[i + n - 1].flags & _F_PREPOSITION:
                    break  # "التل على": a preposition ends the name ("تل علي" is elsewhere)
                key += stem if n == 1 else toks[i + n - 1].key
                if key not in prefixes:
                    break  # no name starts like this: longer phrases cannot match either
                cands = self._candidates(key, n, marker)
                if cands and (n == 1 or self._joins_words(toks, i, n, key)):
                    best = (key, n, cands)  # the longest name wins
            if best is not None:
                key, n, cands = best
                # a sub-district's name is a town of some size: a place on its own
                strong = (n > 1 or marker != "" or any(p.level <= 3 for p in cands)
                          or any(self._gaz.is_alias(key, p.pcode) for p in cands))
                # ("البلدة المطلة على النهر": after the town word with its article, an
                # ordinary word with its own is the town's adjective, no name)
                anaphor = marker in _TOWN and i > 0 and toks[i - 1].definite \
                    and toks[i].definite and toks[i - 1].marker == marker
                ordinary = n == 1 and key in _ORDINARY and (marker not in _TOWN or anaphor) \
                    and not any(self._gaz.is_alias(key, p.pcode) for p in cands)
                # "وقت قصير" is no "القصير", "صورة كبيرة" no "الصورة الكبيرة": a name always
                # written with ال, written without
                ordinary = ordinary or (self._gaz.always_definite(key) and not toks[i].definite)
                airbase = marker in _AIRPORT and i + n < len(toks) and toks[i + n].key in _MILITARY
                raw = _Raw(cands, key, toks[i].start, toks[i + n - 1].end, marker,
                           strong and not ordinary, i, i + n - 1, direction, ordinary, around,
                           airbase=airbase)
                return raw, i + n
        if marker in _TOWN and marker not in _PLURAL:
            return self._variant_at(toks, i, marker, direction, around)
        return None

    def _variant_at(self, toks: list[_Token], i: int, marker: str, direction: bool,
                    around: bool) -> tuple[_Raw, int] | None:
        """A one-word name after "قرية"/"بلدة" spelled with another ending than the
        gazetteer's ("بلدة كوية" for كويا): ``rules.SPELLING_ENDINGS``."""
        for stem in toks[i].stems:
            for written, listed in _ENDINGS:
                if len(stem) >= len(written) + 2 and stem.endswith(written):
                    key = stem[:-len(written)] + listed
                    cands = self._candidates(key, 1, marker)
                    if cands:
                        return _Raw(cands, key, toks[i].start, toks[i].end, marker, True, i, i,
                                    direction, False, around), i + 1
        return None

    def _joins_words(self, toks: list[_Token], i: int, n: int, key: str) -> bool:
        """A phrase of more words than the name it spells ("بصر الحرير" for "بصرالحرير")
        counts only when none of its words is a function or ordinary word ("القول إنه" is
        no "قولانة")."""
        if n <= self._gaz.name_words(key) or self._gaz.alias_in_words(key, n):
            return True
        return not any(t.key in _FUNCTION or t.key in _STOP or t.key in _ORDINARY
                       for t in toks[i:i + n])

    def _candidates(self, key: str, words: int, marker: str) -> tuple[Place, ...]:
        places = self._gaz.lookup_key(key)
        # An ordinary word is a place name only after "بلدة"/"قرية"... ("بلدة سلمى"); a
        # direction never is ("قرية غرب مدينة دير الزور").
        if not places or (words == 1 and key in _STOP
                          and (marker not in _TOWN or marker in _PLURAL
                               or (key in _MARKERS
                                   and (key not in _PLACE_WORD_NAMES or marker in _LISTING))
                               or key in _DIRECTIONS)):
            return ()
        if len(key) < 3 and (marker not in _TOWN or marker in _PLURAL):
            # (a two-letter village only after its place word: "بلدة التح")
            places = [p for p in places if p.level < 4]
        return tuple(places)

    # -- qualifiers ---------------------------------------------------------------------
    def _qualify(self, text: str, toks: list[_Token], raws: list[_Raw]) -> list[_Raw]:
        """A place right after another qualifies it: "حي X بمدينة Y", "بلدة X بريف Y",
        "X، دمشق", "قرية X الواقعة شرق مدينة Y". The first is then read inside the second:
        a name several places share is the one inside Y (and counts even if it is an
        ordinary word); a quarter of a city, or a name with no place of that name inside Y,
        leaves Y as the place."""
        out: list[_Raw] = []
        raws = _other_names(text, raws)
        skip = -1
        for n, a in enumerate(raws):
            if n == skip:
                continue
            b = raws[n + 1] if n + 1 < len(raws) else None
            # "حي طريق الباب في حلب": a name that names a road is no place to qualify.
            road = _road_named(text, a.start, a.end)
            # "طريق أنخل – جاسم": the road's two ends, neither qualifying the other
            ends = road or _road_between(text, a.start, a.end)
            joined = self._qualifies(text, toks, a, b) if b is not None and not ends else 0
            if b is not None and not joined and not road:
                # "قرية كسرة سرور في ريف الرقة": not Deir ez-Zor's الكسرة
                longer = self._longer_elsewhere(text, toks, a, raws[n + 1:n + 3])
                if longer:
                    skip = n + 1 if longer == 2 else -1
                    continue
            if b is None or not joined:
                out.append(a)
                continue
            if a.marker in _QUARTER and b.marker not in _REGION:
                # "حي باب الفرج وسط مدينة حلب", "حي وادي الذهب بحمص": the city's quarter;
                # the city is the place.
                raws[n + 1] = b._replace(marker=b.marker or "مدينه")
                continue
            if joined == _LONGER_NAME:
                continue  # "حي وادي الذهب بحمص": a longer name than the one matched
            areas = self._areas(b)
            inside = tuple(p for p in a.candidates if any(_inside(p, r) for r in areas))
            if not inside and b.marker in _TOWN_COUNTRYSIDE and areas \
                    and all(r.level == 3 for r in areas):
                # "قرية رسم الأحمر بريف مسكنة": the country a town's name covers runs over
                # its sub-district's line, into the district around it
                wider = [d for r in areas if (d := self._gaz.get(r.admin2_pcode or ""))]
                inside = tuple(p for p in a.candidates if any(_inside(p, r) for r in wider))
            if not inside and areas and all(r.level == 3 for r in areas) \
                    and _located_near(toks[a.last + 1:b.first]):
                # "قرية كفرسجنة قرب خان شيخون": a village near a town (or on one side of it)
                # may lie over the line of the sub-district the town heads, in its district
                wider = [d for r in areas if (d := self._gaz.get(r.admin2_pcode or ""))]
                inside = tuple(p for p in a.candidates if any(_inside(p, r) for r in wider))
            if len(inside) > 1:
                inside = self._on_side(text[b.end:b.end + 12], inside, areas) or inside
            if a.marker in _DISTRICT and b.marker in _COUNTRYSIDE and not a.landmark and not any(
                    s in _PLURAL for t in toks[max(0, a.first - 4):a.first] for s in t.stems):
                # "منطقة الشيخ بدر بريف طرطوس": what lies in a governorate's countryside is a
                # town, not the district it heads ("منطقة جبلة" alone is the district, and
                # so is the one of "قرى في منطقة عفرين بريف حلب" or "بلدة جنديرس في منطقة
                # عفرين بريف حلب", which locates a town)
                inside = tuple(p for p in inside if p.level == 4) or inside
            if inside:
                out.append(a._replace(candidates=inside, strong=True, ordinary=False))
                raws[n + 1] = b._replace(landmark=True)
            elif any(p.level < 4 for p in a.candidates) or not areas:
                out.append(a)
            # else: a village of that name lies elsewhere; the X meant is not in the gazetteer
        return out

    def _on_side(self, after: str, places: tuple[Place, ...],
                 areas: list[Place]) -> tuple[Place, ...]:
        """Of places sharing a name in one region, those on the side of it the words after
        the region name: "الدانا بريف إدلب الجنوبي" is the southern الدانا, not Harim's
        (the side of the governorate's chief town, or of the district's own point)."""
        m = _SIDE.match(after)
        if m is None:
            return ()
        dlat, dlon = _SIDES[m.group(1)]
        out = []
        for p in places:
            area = next((r for r in areas if _inside(p, r)), None)
            if area is None:
                continue
            ref = self._chief_town(area.admin1_pcode) if area.level == 1 else area
            if ref is not None and (p.lat - ref.lat) * dlat + (p.lon - ref.lon) * dlon > 0:
                out.append(p)
        return tuple(out)

    def _chief_town(self, admin1: str) -> Place | None:
        return next((p for c in sorted(self._capitals) if (p := self._gaz.get(c)) is not None
                     and p.admin1_pcode == admin1), None)

    def _longer_elsewhere(self, text: str, toks: list[_Token], a: _Raw,
                          after: list[_Raw]) -> int:
        """Whether a town's one-word match is the start of a two-word name ("قرية كسرة
        سرور", "قرية كسرة فرج" even where فرج is a village elsewhere) that the place after
        qualifies ("... في ريف الرقة"), with no place of either word inside it: the village
        meant is one the gazetteer lacks. 0 if not, else how many of ``after`` it takes
        (1: only the qualifier follows; 2: the second word matched a place too)."""
        if a.marker not in _TOWN or a.last + 1 >= len(toks) or not after:
            return 0
        nxt = toks[a.last + 1]
        if text[a.end:nxt.start].strip() or any(
                s in _QUALIFIER_GAP or s in _STOP or s in _FUNCTION for s in nxt.stems):
            return 0
        words = [a]
        if after[0].first == a.last + 1:  # the second word is a place's name elsewhere
            if after[0].last != a.last + 1 or after[0].marker or len(after) < 2:
                return 0
            words, after = [a, after[0]], after[1:]
        b = after[0]
        if b.ordinary:
            return 0  # "في مدينة منبج تطالب بإسقاط النظام"، "بلدة بنش للمطالبة بإسقاط النظام":
            # an everyday word qualifies nothing
        longer = a._replace(last=a.last + 1, end=nxt.end)
        if b.first <= longer.last or not self._qualifies(text, toks, longer, b):
            return 0
        areas = self._areas(b)
        if not areas or any(_inside(p, r) for w in words for p in w.candidates for r in areas):
            return 0
        return len(words)

    def _qualifies(self, text: str, toks: list[_Token], a: _Raw, b: _Raw) -> int:
        """0 when ``b`` does not qualify ``a``, _QUALIFIED when it does, _LONGER_NAME when
        it does but ``a`` is only the start of a longer name ("حي وادي الذهب بمدينة حمص")."""
        gap = toks[a.last + 1:b.first]
        rest = 0
        while (a.marker in _TOWN and rest < min(2, len(gap))
               # "حي وادي الذهب": the name goes on; "ابطع والجعيلية" is a list
               and text.startswith("ال", gap[rest].start)
               and gap[rest].key not in rules.DESCRIPTIVE
               and not any(s in _QUALIFIER_GAP for s in gap[rest].stems)):
            rest += 1
        words = gap[rest:]
        if len(words) > 4 or not all(any(s in _QUALIFIER_GAP for s in t.stems) for t in words):
            return 0
        between = text[(gap[rest - 1].end if rest else toks[a.last].end):b.start]
        for t in words:
            between = between.replace(text[t.start:t.end], " ", 1)
        if not _QUALIFIER_PUNCT.match(between):
            return 0
        first = text[b.start]
        if first == "و" and not b.key.startswith("و"):
            return 0  # "حلب وإدلب": a list, not a qualifier
        if words and text[words[0].start] == "و" and not words[0].stems[-1].startswith("و"):
            return 0  # "بين بلدة كحيل ومدينة بصرى الشام": a list too
        # "X بY", "X في Y": a joining word says Y qualifies X; "X، Y" and "X - Y" only when Y
        # is a region ("عدرا، دمشق"): "مسرابا – حمورية" is a list or a road.
        region = min(p.level for p in b.candidates) <= 3 or any(
            p.admin1_pcode == _DAMASCUS for p in b.candidates)
        joined = bool(words) or (first == "ب" and not b.key.startswith("ب")) or (
            between.strip() != "" and region)
        return (_LONGER_NAME if rest else _QUALIFIED) if joined else 0

    def _areas(self, b: _Raw) -> list[Place]:
        """What a qualifier covers: a governorate, district or sub-district, or for a town
        its district ("مخيم الهول شرق مدينة الحسكة", "حي الهلالية بالقامشلي")."""
        top = min(p.level for p in b.candidates)
        if b.marker in _REGION or top <= 3:
            return [p for p in b.candidates if p.level == top]
        districts = (self._gaz.get(p.admin2_pcode or "") for p in b.candidates)
        return [d for d in districts if d is not None]

    # -- disambiguation -----------------------------------------------------------------
    @staticmethod
    def _context(raws: list[_Raw]) -> set[str]:
        """Governorates the text names unambiguously (ريف X, X governorate, a unique town)."""
        govs = set()
        for raw in raws:
            if not raw.strong or (raw.marker in _QUARTER and raw.marker not in _PLURAL):
                # A city's quarter often shares its name with a village elsewhere ("حي
                # الفردوس" in Aleppo, a village الفردوس in Al-Hasakeh): it names no
                # governorate. ("أحياء حلب" names the city the quarters are of.)
                continue
            top = min(p.level for p in raw.candidates)
            admin1 = {p.admin1_pcode for p in raw.candidates if p.level == top or top > 2}
            if len(admin1) == 1:
                govs |= admin1
        return govs

    def _credible(self, raws: list[_Raw], govs: set[str]) -> list[_Raw]:
        """Drop bare single words that name only villages outside the governorates the text
        names: most are ordinary words ("بجروح", "بدأ") that happen to be village names."""
        out = []
        for raw in raws:
            if raw.ordinary:
                continue  # "وكشف مصدر": an ordinary word no place word or region qualifies
            if raw.marker in _QUARTER and govs and all(p.admin1_pcode not in govs
                                                       for p in raw.candidates):
                continue  # "حي الحمدانية في حلب": a city quarter, not Idleb's village
            if raw.strong:
                out.append(raw)
                continue
            inside = tuple(p for p in raw.candidates if p.admin1_pcode in govs)
            if inside:
                out.append(raw._replace(candidates=inside, strong=False))
        return out

    def _choose(self, raw: _Raw, govs: set[str], named_town: Place | None = None) -> Place:
        cands = list(raw.candidates)
        if raw.marker in _DESERT and not any(p.level == 1 for p in cands) \
                and any(p.level == 4 for p in cands):
            # "بادية تدمر": the desert named after a town is placed at the town
            return min((p for p in cands if p.level == 4), key=lambda p: (
                p.admin1_pcode not in govs, not self._is_centre(p), p.pcode))
        if raw.marker in _REGION and any(p.level <= 2 for p in cands):
            return min((p for p in cands if p.level <= 2), key=lambda p: p.level)
        if raw.marker in _TOWN_COUNTRYSIDE and any(p.level == 3 for p in cands):
            # "ريف تل تمر"، "قرية في ريف القدموس": the country around a town that heads a
            # sub-district is that sub-district, not the town (rules.TOWN_COUNTRYSIDE).
            return min((p for p in cands if p.level == 3),
                       key=lambda p: (p.admin1_pcode not in govs, p.pcode))
        if raw.marker in _TOWN_COUNTRYSIDE and all(p.level == 4 for p in cands) \
                and any(self._is_centre(p) for p in cands):
            # "بريف ديريك": a town known by another name than its sub-district's (the
            # Kurdish name of al-Malikiyah) heads it all the same: the country around it.
            return self._around(min((p for p in cands if self._is_centre(p)),
                                    key=lambda p: (p.admin1_pcode not in govs, p.pcode)))
        if raw.marker in _SCATTERED and any(p.level == 1 for p in cands):
            # "بلدات دير الزور", "قرى إدلب": villages of the governorate, not its town.
            return min((p for p in cands if p.level == 1), key=lambda p: p.pcode)
        if raw.marker in _SUBDISTRICT and any(p.level == 3 for p in cands):
            cands = [p for p in cands if p.level == 3]
        if raw.marker in _DISTRICT and any(p.level == 2 for p in cands):
            return min((p for p in cands if p.level == 2),
                       key=lambda p: (p.admin1_pcode not in govs, p.pcode))
        rank = _LEVEL_RANK_TOWN if raw.marker in _TOWN or len(raw.key) > 12 else _LEVEL_RANK_BARE
        if raw.key.startswith("مدينه"):
            rank = _LEVEL_RANK_TOWN
        best = min(cands, key=lambda p: (
            p.admin1_pcode not in govs, rank[p.level], not self._gaz.is_alias(raw.key, p.pcode),
            not self._is_centre(p), p.pcode,
        ))
        if best.level == 1 and raw.marker == "" and not raw.direction:
            # "في حمص", "العاصمة دمشق": a governorate's name alone is its chief town; "ريف
            # حمص", "محافظة حمص" and "شرق حمص" are the governorate.
            town = [p for p in cands if p.pcode in self._capitals and p.admin1_pcode == best.pcode]
            if town:
                return min(town, key=lambda p: (not self._gaz.is_alias(raw.key, p.pcode),
                                                name_key(p.name_ar) != raw.key, p.pcode))
        if best.level == 4 and raw.marker in _QUARTER and best.pcode not in self._capitals \
                and not self._gaz.is_alias(raw.key, best.pcode) \
                and (not self._is_centre(best) or (
                    named_town is not None and named_town.admin1_pcode != best.admin1_pcode)):
            # "حي X" in a city's news: a city's quarter the gazetteer does
            # not list, not a village that shares its name (villages have no quarters), nor
            # a town of another governorate ("وفي حماة، ... في حي الحاضر" is no Al-Hader);
            # of the town the sentence has just named ("ففي مدينة أريحا، ... على حي
            # الشيخ علي"), else of the governorate's chief town
            city = named_town or self._chief_town(best.admin1_pcode)
            if city is not None:
                return city
        if best.level == 4 and raw.marker in _QUARTER and named_town is not None \
                and best.pcode != named_town.pcode and self._gaz.is_alias(raw.key, best.pcode):
            # "وفي مدينة عفرين، قتل ... في حي الأشرفية": a quarter the gazetteer knows as
            # another city's (Aleppo's Ashrafiyeh) is, right after the sentence named its
            # city, a quarter of that city: many cities have a quarter of one name
            return named_town
        if best.level == 4 and raw.airbase:
            # "مطار دير الزور العسكري": an air base lies outside the town it is named after,
            # in its sub-district
            return self._gaz.get(best.admin3_pcode or "") or best
        if best.level == 4 and raw.around and (raw.marker in ("مدينه", "بلده")
                                               or raw.key.startswith("مدينه")):
            # "قرية غرب مدينة دير الزور": the town is a landmark; the place is the country
            # around it, its district where that bears its name, else its sub-district.
            return self._around(best)
        return best

    def _around(self, town: Place) -> Place:
        district = self._gaz.get(town.admin2_pcode or "")
        if district is not None and _word_key(district.name_ar.replace("مركز ", "")) == \
                _word_key(town.name_ar):
            return district
        return self._gaz.get(town.admin3_pcode or "") or town

    def _centre_of(self, subdistrict: Place, places: Iterable[Place]) -> Place | None:
        """Of ``places`` (those of one name), the town that heads ``subdistrict``."""
        return next((p for p in places if p.level == 4
                     and p.admin3_pcode == subdistrict.pcode and self._is_centre(p)), None)

    def _is_centre(self, place: Place) -> bool:
        """A community that gives its name to its sub-district (a larger town)."""
        parent = self._gaz.get(place.admin3_pcode or "")
        return parent is not None and _word_key(parent.name_ar.replace("مركز ", "")) == \
            _word_key(place.name_ar)

    def _mentions(self, text: str, raws: list[_Raw], govs: set[str]) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        town: PlaceMention | None = None  # the last "مدينة X" of the sentence
        for r in raws:
            if _adjective(text, r.start) or _kunya(text, r) or _back_to_pair(text, r):
                continue
            if town is not None and _SENTENCE_END.search(text, town.end, r.start):
                town = None
            if r.marker in _QUARTER and out and out[-1].place.level == 4 \
                    and _DASH_ONLY.fullmatch(text, out[-1].end, r.start):
                town = out[-1]  # "طريق طفس – حي المزارع": the town's own quarter
            place = self._choose(r, govs, town.place if town is not None
                                 and r.marker in _QUARTER else None)
            if place.level < 4 and place.admin1_pcode in self._city_of:
                place = self._city_of[place.admin1_pcode]  # "جنوبي دمشق": the city
            mention = PlaceMention(place, r.start, r.end, text[r.start:r.end], r.marker,
                                   r.landmark)
            if r.marker in _SUBDISTRICT and mention.place.level == 3 \
                    and _ROAD_FROM.search(text[max(0, r.start - 40):r.start]):
                # "على الطريق الواصل بين ناحية القحطانية ومدينة قامشلو": a road joins towns;
                # its end named by its sub-district is the town that heads it
                centre = self._centre_of(mention.place, r.candidates)
                mention = replace(mention, place=centre) if centre is not None else mention
            if mention.place.level == 4 and (r.marker == "مدينه" or r.key.startswith("مدينه")
                                             or mention.place.pcode in self._capitals):
                town = mention  # "ففي مدينة أريحا"، "وفي حماة": the city of the quarters after
            out.append(mention)
        out = self._headings(text, out)
        return _back(text, out) if any(m.marker in _BACK_WORDS for m in out) else out

    def _headings(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """"وفي إدلب، استشهد مدنيان بقصف على بلدة كنصفرة": a governorate's bare name opening
        a sentence, a comma after it, heads the item of a round-up that names a town of the
        governorate after it. It is the governorate, not its chief town: no scene."""
        out = list(mentions)
        for k, m in enumerate(mentions):
            if m.marker or m.place.pcode not in self._capitals or _named_city(m) \
                    or not _HEADING_AFTER.match(text, m.end) \
                    or not _HEADING_BEFORE.search(text[max(0, m.start - 12):m.start]) \
                    or not _opens_sentence(text, m.start):
                continue
            end = _SENTENCE_END.search(text, m.end)
            stop = end.start() if end else len(text)
            region = self._gaz.get(m.place.admin1_pcode)
            if region is not None and any(
                    n.start < stop and n.place.level >= 3 and n.place.pcode != m.place.pcode
                    and n.place.admin1_pcode == m.place.admin1_pcode for n in mentions[k + 1:]):
                out[k] = replace(m, place=region)
        return out

    def find(self, text: str, context: str | None = None,
             regions: Iterable[str] = ()) -> list[PlaceMention]:
        """Every place named in ``text``, in order. ``context`` (the whole article) helps
        choose between places of one name: "قصف قرية القاسمية" in an article about
        Al-Hasakeh is Al-Hasakeh's, though the sentence names only Aleppo. ``regions``
        (governorates the article's events are in) does so without reading the article."""
        # The stages of one article ask of the same sentence (a fifth of the calls): the
        # answer depends on nothing else, and the recent ones are remembered.
        regions = frozenset(regions)
        key = (text, context, regions)
        found = self._answers.get(key)
        if found is None:
            raws, named = _by_city_adjective(text, self._scan(text))
            govs = self._context(raws) | set(regions) | named
            if context:
                govs |= self._article_context(context)
            found = self._answers[key] = self._found_in(text, raws, govs)
            if len(self._answers) > _SCAN_CACHE:
                del self._answers[next(iter(self._answers))]
        return list(found)

    def _found_in(self, text: str, raws: list[_Raw], govs: set[str]) -> list[PlaceMention]:
        """``_mentions`` of the credible ``raws`` (those of ``text``): remembered by text and
        governorates, which decide them, as the extractor and the story report read one
        article's text and sentences more than once."""
        key = (text, frozenset(govs))
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._mentions(text, self._credible(raws, govs), govs)
            if len(self._found) > _SCAN_CACHE:
                del self._found[next(iter(self._found))]
        return list(found)

    def _article_context(self, text: str) -> frozenset[str]:
        # One article's sentences are read one after another: remember the last article.
        if self._last_context is None or self._last_context[0] != text:
            self._last_context = (text, frozenset(self._context(self._scan(text))))
        return self._last_context[1]

    def best(self, text: str, focus: str | None = None,
             context: str | None = None) -> PlaceMatch | None:
        """The most specific place of the event, preferring places named in ``focus``.

        Where every place ``focus`` names is clearly not the scene (a hospital's town), the
        whole text decides. ``context`` (the whole article, where ``text`` leaves out its
        background) names the regions the article is about: "الغوطة الشرقية" in a paragraph
        of background still says that a bare "زملكا" of the news is the Ghouta's town.
        """
        raws, adjectived = _by_city_adjective(text, self._scan(text))
        govs = self._context(raws) | adjectived
        if context:
            govs |= self._article_context(context)
        mentions = self._found_in(text, raws, govs)
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.place.pcode] = counts.get(m.place.pcode, 0) + 1
        named: list[PlaceMention] = []
        if focus:
            focus_raws = self._credible(self._scan(focus), govs)
            named = self._mentions(focus, focus_raws, govs)
            if any(not _not_scene(focus, m, named) for m in named):
                top = self._top(named, focus, self._context(focus_raws) or govs, counts)
                town = self._the_city(top, focus, mentions) or self._home_town(top, focus, named)
                return as_match(town or self._refine(top, mentions, text, govs, counts))
        if not mentions:
            return None
        top = self._top(mentions, text, govs, counts)
        town = self._home_town(top, focus, named) if focus else None
        return as_match(town or top)

    def _the_city(self, top: PlaceMention, focus: str,
                  mentions: list[PlaceMention]) -> PlaceMention | None:
        """"في محافظة طرطوس ... قرب كراج المدينة": a sentence that names the governorate and
        then speaks of "the city" means its chief town, which the article names."""
        if top.place.level != 1 or top.marker in _COUNTRYSIDE or not _THE_CITY.search(focus):
            return None
        return next((m for m in mentions if m.place.pcode in self._capitals
                     and m.place.admin1_pcode == top.place.pcode), None)

    def _home_town(self, top: PlaceMention, focus: str,
                   named: list[PlaceMention]) -> PlaceMention | None:
        """"قتل شاب من أبناء بلدة الحراك برصاص مجهولين في ريف درعا": where the sentence
        places its act no closer than a region, the victim's home town inside it."""
        if top.place.level > 2 and not self._bare_capital(top):
            return None
        region = top.place if top.place.level <= 2 else self._gaz.get(top.place.admin1_pcode)
        return home_town(focus, named, region) if region is not None else None

    def _refine(self, top: PlaceMention, mentions: list[PlaceMention], text: str,
                govs: set[str], counts: dict[str, int]) -> PlaceMention:
        """A sentence that names only the governorate ("غربي إدلب") is made precise by a
        town of that governorate the article names elsewhere ("قرية خربة الجوز")."""
        capital = self._bare_capital(top)
        if top.place.level > 2 and not capital:
            return top
        if capital:
            # "في السويداء" in the headline, "في محافظة السويداء" or "مدينة السويداء" in the
            # text: the article says which it means.
            gov = top.place.admin1_pcode
            said = [m for m in mentions if (m.place.pcode == gov and m.marker in _REGION
                                            and m.marker not in _COUNTRYSIDE)
                    or (m.place.pcode == top.place.pcode and not self._bare_capital(m))]
            if said:
                return said[0] if said[0].place.level > 1 else self._refine(
                    said[0], mentions, text, govs, counts)
        # "في السويداء" is made precise only by a village named as one ("قرية كناكر").
        inner = [m for m in mentions if m.place.level > 1 and m.place.pcode != top.place.pcode
                 and m.place.admin1_pcode == top.place.admin1_pcode
                 # "في منطقة عفرين" is made precise by a village of that district
                 and (top.place.level != 2 or m.place.admin2_pcode == top.place.pcode)
                 and (not capital or (m.marker in _TOWN and m.marker not in _QUARTER))
                 # "في السويداء" is the chief town only by name: no closer than "محافظة
                 # السويداء"; "الكلية الحربية بحمص" is a site in the town
                 and (not self._bare_capital(m) or _site_in_town(text, m))
                 # "ريف الرقة" is the country, not the town: "مدينة الرقة" does not refine it
                 and not (top.marker in _COUNTRYSIDE and m.place.pcode in self._capital_areas)
                 and not _not_scene(text, m, mentions)]
        return self._top(inner, text, govs, counts) if inner else top

    def _top(self, pool: list[PlaceMention], text: str, govs: set[str],
             counts: dict[str, int]) -> PlaceMention:
        # "قرية الهيشة في ناحية عين عيسى": the region is named to locate the village (a
        # village that is itself no scene, "حي طريق الباب في شرق حلب", locates nothing).
        penalties = [_not_scene(text, m, pool) for m in pool]
        scenes = [m for m, penalty in zip(pool, penalties, strict=True) if not penalty]
        whole = len(pool)
        inner = [m for m in pool if not any(contains(m.place, o.place) for o in scenes)]
        pool = inner or pool
        if scenes:
            # "قتل شاب من أبناء بلدة الحراك ... في ريف حمص": a victim's home town is no
            # rival of the region named as the scene (inside it, ``home_town`` takes it)
            pool = [m for m in pool if m in scenes
                    or not _HOME_TOWN.search(text, max(0, m.start - 30), m.start)] or pool
        if len(pool) != whole:  # (a pool the filters left whole has its penalties already)
            penalties = [_not_scene(text, m, pool) for m in pool]
        scored = [
            (self._score(m, govs, counts) - penalties[n] - 0.01 * n, m)
            for n, m in enumerate(pool)
        ]
        return max(scored, key=lambda item: item[0])[1]

    def _bare_capital(self, m: PlaceMention) -> bool:
        """"في السويداء": the chief town named by the governorate's name alone, as vague as
        the governorate."""
        return (m.marker == "" and m.place.pcode in self._capitals
                and "مدينه" not in name_key(m.surface))  # not "مدينة السويداء"

    def _score(self, m: PlaceMention, govs: set[str], counts: dict[str, int]) -> float:
        score = _SPECIFICITY[m.place.level]
        if self._bare_capital(m):
            score = _CAPITAL_SPECIFICITY  # "في حمص": less precise than a named village
        if m.marker in _TOWN or m.marker in _SUBDISTRICT or m.marker in _AREAS:
            score += 2.0
        if m.place.admin1_pcode in govs:
            score += 1.5
        return score + 0.3 * min(3, counts.get(m.place.pcode, 0))


def _other_names(text: str, raws: list[_Raw]) -> list[_Raw]:
    """"قرية زورآفا (زرافة) غرب مدينة كوباني"، "بريف ديريك (المالكية)": a town's other name in
    brackets right after it is the same place, no second one; so is one after a slash that
    names the same place ("سري كانيه/رأس العين"). The pair is one name whose
    places are those both name, or where they name none in common (two spellings the
    gazetteer lists apart), either's, for what qualifies them to choose from. A region in
    brackets ("الباب (حلب)") qualifies, as a region after a comma does."""
    out: list[_Raw] = []
    for b in raws:
        a = out[-1] if out else None
        slash = a is not None and _SLASH_NAME.fullmatch(text, a.end, b.start) is not None
        if a is None or (not slash and (not _OTHER_NAME.fullmatch(text, a.end, b.start)
                                        or not _OTHER_NAME_END.match(text, b.end))):
            out.append(b)
            continue
        codes = {p.pcode for p in b.candidates}
        shared = tuple(p for p in a.candidates if p.pcode in codes)
        if slash and not shared:
            out.append(b)  # "حلب/إدلب": two places, not two names of one
            continue
        if not shared and any(p.level < 4 for p in (*a.candidates, *b.candidates)):
            out.append(b)
            continue
        known = {p.pcode for p in a.candidates}
        both = shared or (*a.candidates, *(p for p in b.candidates if p.pcode not in known))
        out[-1] = a._replace(candidates=both, last=b.last, strong=a.strong or b.strong,
                             ordinary=a.ordinary and b.ordinary, end=b.end if slash else a.end)
    return out


def home_town(text: str, mentions: Iterable[PlaceMention], region: Place) -> PlaceMention | None:
    """The one town inside ``region`` that ``text`` names as where a victim comes from ("خطف
    شاب من أبناء مدينة شهبا بريف السويداء": HOME_TOWN_BEFORE in pipeline.rules.places), the
    nearest place to an act the text places no closer than the region; None if none or
    several."""
    towns = {m.place.pcode: m for m in mentions
             if m.place.level == 4 and m.place.pcode != region.pcode
             and contains(region, m.place)
             and _HOME_TOWN.search(text, max(0, m.start - 30), m.start)}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _inside(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in ``area``; Damascus also stands for Rural Damascus."""
    if area.admin1_pcode == _DAMASCUS and place.admin1_pcode == _RURAL_DAMASCUS:
        return True
    return contains(area, place)


def _site_in_town(text: str, m: PlaceMention) -> bool:
    """"الكلية الحربية بحمص", "سجن صيدنايا بدمشق": a town joined by بـ to the definite noun
    of a site names the town the site is in."""
    return m.surface.startswith("ب") and _SITE_BEFORE.search(text[max(0, m.start - 40):m.start]) \
        is not None


def _near_point(toks: list[_Token], i: int) -> bool:
    """Whether the name at ``i`` follows a sub-district's word right after one of NEAR ("قرب
    ناحية X"، "بالقرب من ناحية X")."""
    if i < 2 or toks[i - 1].key not in _SUBDISTRICT:
        return False
    before = toks[i - 2] if toks[i - 2].key not in ("من",) else toks[i - 3] if i >= 3 else None
    return before is not None and bool(before.flags & _F_NEAR)


def _located_near(gap: list[_Token]) -> bool:
    """Whether the words between two places hold one of NEAR or DIRECTIONS ("قرب"، "شرق", the
    flags their words carry): the second locates the first from outside, as a landmark."""
    return any(t.flags & (_F_NEAR | _F_DIRECTION) for t in gap)


def _road_named(text: str, start: int, end: int) -> bool:
    """"حي طريق الباب", "طريق حلب": a road named for one town; "طريق تدمر – السخنة", the
    road between two towns, is where the event happened."""
    return (_ROAD_NAMED.search(text, max(0, start - 12), start) is not None
            and not _ROAD_BETWEEN.match(text, end))


def _road_between(text: str, start: int, end: int) -> bool:
    """"طريق تدمر – السخنة", "طريق حلب والرقة": the first end of a road named for the two
    towns it joins."""
    return (_ROAD_NAMED.search(text, max(0, start - 12), start) is not None
            and _ROAD_BETWEEN.match(text, end) is not None)


def _road_ends(text: str, m: PlaceMention, pool: list[PlaceMention]) -> bool:
    """Whether ``m`` is one end of a road "between" two towns ("الطريق الواصل بين مدينتي
    عامودا وقامشلو") that a place named "near" right after or right before locates ("، قرب
    قرية تل حبش"): the road was hit by that place, not in either town."""
    ordered = sorted(pool, key=lambda p: p.start)
    for a, b, c in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if m not in (a, b) or not _ROAD_FROM.search(text[max(0, a.start - 40):a.start]):
            continue
        joined = text[a.end:b.start] if not b.surface.startswith("و") else \
            text[a.end:b.start] + "و"
        if _ROAD_SECOND.match(joined) and _NEAR_ROAD.match(text[b.end:c.start]):
            return True
    for near, a, b in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if m not in (a, b) or not _ROAD_FROM.search(text[max(0, a.start - 40):a.start]):
            continue
        joined = text[a.end:b.start] if not b.surface.startswith("و") else \
            text[a.end:b.start] + "و"
        if _ROAD_TO.match(joined) and _NEAR_TO_ROAD.match(text[near.end:a.start]) \
                and _NEAR_BEFORE.search(text[max(0, near.start - 20):near.start]):
            return True
    return False


def road_first_end(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is the first end of a road "between" two towns ("على الطريق الواصل
    بين مدينة X وبلدة Y"): where the road's event is placed."""
    return _ROAD_FROM.search(text[max(0, m.start - 40):m.start]) is not None


def road_far_end(text: str, m: PlaceMention, pool: list[PlaceMention]) -> bool:
    """Whether ``m`` is the second end of a road "between" two towns ("على الطريق بين مصياف
    وقرية البيضا") or named for both ("طريق تدمر – السخنة"): the road's event is placed at
    its first end (``_road_named``), whatever place word the second end bears."""
    before = [p for p in pool if p.end <= m.start]
    if not before:
        return False
    a = max(before, key=lambda p: p.end)
    if _ROAD_SECOND.match(text[a.end:m.start]) is None:
        return False
    # "على الطريق بين X وY", or "طريق أنخل – جاسم" (the road named for both its ends)
    return _ROAD_FROM.search(text[max(0, a.start - 40):a.start]) is not None \
        or _road_between(text, a.start, a.end)


def named_elsewhere(text: str, m: PlaceMention, pool: list[PlaceMention]) -> bool:
    """Whether the words before ``m`` name it as elsewhere than the event (ELSEWHERE_BEFORE in
    pipeline.rules.places: "تحيي صمود مدينة X"), or it is the next item of a list whose first
    item is so named ("تحيي صمود حماة وجسر الشغور")."""
    if _elsewhere(text, m.start) is not None:
        return True
    previous = [p for p in pool if p.end <= m.start and p.place.pcode != m.place.pcode]
    if not previous or not m.surface.startswith("و"):
        return False
    last = max(previous, key=lambda p: p.end)
    return not text[last.end:m.start].strip() and named_elsewhere(text, last, pool)


def _elsewhere(text: str, start: int) -> re.Match[str] | None:
    """The words of ``ELSEWHERE_BEFORE`` that end the text before the place at ``start``,
    but for a street the place is named to locate ("في شارع الروضة بمدينة جرمانا"، "شارع
    النيل بحلب": ``STREET_IN_TOWN``)."""
    before = text[max(0, start - 30):start]
    found = _ELSEWHERE_BEFORE.search(before)
    if found is None or found.group(1) not in _STREET_IN_TOWN:
        return found
    words = before[found.end(1):].split()
    if words and (text.startswith("ب", start) or (
            len(words) == 2 and (words[1] == "في" or words[1].startswith("ب")))):
        return None
    return found


def _not_scene(text: str, m: PlaceMention, pool: list[PlaceMention]) -> float:
    """A penalty for a place named as elsewhere (a hospital, a destination, a base), or as a
    landmark right after another place."""
    elsewhere = _elsewhere(text, m.start)
    at = max(0, m.start - 30) + (elsewhere.start() if elsewhere is not None else 0)
    if elsewhere is not None and elsewhere.group(1) in _HOSPITALS \
            and _STRUCK.search(text, max(0, at - 20), at):
        elsewhere = None  # "استهدف مشفى الأتارب": the hospital struck is the scene
    if m.landmark or elsewhere or _road_named(text, m.start, m.end):
        return _NOT_SCENE_PENALTY
    if _road_ends(text, m, pool) or road_far_end(text, m, pool):
        return _NOT_SCENE_PENALTY
    if in_dateline(text, m) or city_of_around(text, m) or _capital_speaks(text, m):
        return _NOT_SCENE_PENALTY
    if fled_from(text, m.start) or protested_against(text, m.start) \
            or accused_of(text, m.start):
        return _NOT_SCENE_PENALTY
    previous = [p for p in pool if p.end <= m.start and p.place.pcode != m.place.pcode]
    if previous:
        gap = text[max(p.end for p in previous):m.start]
        if len(gap) <= 25 and _LANDMARK_BEFORE.match(gap.replace(m.surface, "")):
            return _NOT_SCENE_PENALTY
        if named_elsewhere(text, m, pool):  # "تحيي صمود حماة وجسر الشغور": a list's next item
            return _NOT_SCENE_PENALTY
    return 0.0


def _capital_speaks(text: str, m: PlaceMention) -> bool:
    """"في حين نفت دمشق أي علاقة لها": the government (rules.CAPITAL_SPEAKS_AFTER)."""
    return not m.marker and m.place.level == 4 and name_key(m.surface) == name_key(
        m.place.name_ar) and _CAPITAL_SPEAKS.search(text, max(0, m.start - 20), m.start) is not None


def city_of_around(text: str, m: PlaceMention) -> bool:
    """"بلدات في الغوطة الشرقية لدمشق": the city whose surroundings were named, no scene."""
    return m.surface.startswith("ل") and not name_key(m.place.name_ar).startswith("ل") \
        and _CITY_OF_AROUND.search(text, max(0, m.start - 30), m.start) is not None


def _named_not_place(text: str, raw: _Raw) -> bool:
    """"مصادر لـ«دير الزور 24»"، "شبكة أخبار حلب": a town in a news outlet's name is the
    outlet's, no place (OUTLET_BEFORE, OUTLET_AFTER, OUTLET_NUMBERS in
    pipeline.rules.places); so is the governorate in a de-escalation zone's ("منطقة إدلب
    لخفض التصعيد", ZONE_AFTER)."""
    before = text[max(0, raw.start - 25):raw.start]
    if _OUTLET_BEFORE.search(before) or _ZONE_AFTER.match(text, raw.end) \
            or _OUTLET_AFTER.match(text, raw.end):
        return True
    if not raw.marker and text[raw.start:raw.end].strip() in _SEAT \
            and _STATE_VERB_AFTER.match(text, raw.end):
        return True  # "ودمشق تعزز انتشارها": the government, not the city
    if _noun_phrase(text, raw):
        return True
    number = _OUTLET_NUMBER.match(text, raw.end)
    if number is None:
        return False
    quoted = before.rstrip().endswith(tuple(_OPEN_QUOTES)) or bool(number.group(1))
    # "قالت مصادر محلية للسويداء 24": told to the outlet, the preposition joined to its name
    told_to = text.startswith("لل", raw.start) and not raw.key.startswith("ل")
    return quoted or told_to or _OUTLET_SOURCE.search(before) is not None


def _noun_phrase(text: str, raw: _Raw) -> bool:
    """"قد يفتح الباب أمام محاولات فرار": a town's name that is an everyday noun, in one of
    that noun's set phrases (NOUN_PHRASES in pipeline.rules.places), is the noun."""
    phrases = _NOUN_PHRASES.get(text[raw.start:raw.end].removeprefix("و"))
    if phrases is None or raw.marker:
        return False
    verbs, after = phrases
    words = text[max(0, raw.start - 20):raw.start].split()
    if words and (words[-1] in verbs or (words[-1][:1] in "وفل" and words[-1][1:] in verbs)):
        return True
    return text[raw.end:raw.end + 20].lstrip().startswith(after)


def _back_to_pair(text: str, raw: _Raw) -> bool:
    """"قتلوا مزارعين في قريتي A وB ثم اشتبكوا مع شبان القريتين": "the two villages" after
    the pair's place word refers back to them; it is not the town al-Qaryatayn."""
    if raw.marker:
        return False
    pair = _BACK_TO_PAIR.get(text[raw.start:raw.end].strip().removeprefix("و"))
    return pair is not None and any(f"{w} " in text[:raw.start] for w in pair)


def _kunya(text: str, raw: _Raw) -> bool:
    """"وتحدث إلينا أبو سمير، صاحب فرن": a kunya after a speaker's verb or a person's title is a
    person, not the village of that name; so is any name after a word that gives a person's
    name ("متزعم مجموعة يدعى «أبو عمر»", ``NAMED_BEFORE``) where no place noun comes just
    before that word ("في مكان يدعى X")."""
    if raw.marker:
        return False
    before = [w.removeprefix("و").removeprefix("ف") for w in
              text[max(0, raw.start - 40):raw.start].translate(_QUOTES).split()]
    if not before:
        return False
    if before[-1] in _NAMED_BEFORE or " ".join(before[-2:]) in _NAMED_BEFORE:
        named_at = len(before) - (1 if before[-1] in _NAMED_BEFORE else 2)
        # ("لنقطة طبية تدعى X": the place noun with its preposition)
        return not any(w in _NAMED_PLACE_NOUNS or w[1:] in _NAMED_PLACE_NOUNS
                       for w in before[max(0, named_at - 3):named_at])
    words = text[raw.start:raw.end].split()
    if not words or words[0].removeprefix("و") not in _KUNYA_HEADS:
        return False
    return before[-1] in _PERSON_BEFORE


_NEXT_WORD = re.compile(r"\s+(ال[\u0621-\u064a\u064b-\u0652\u0640]+)")


def _by_city_adjective(text: str, raws: list[_Raw]) -> tuple[list[_Raw], set[str]]:
    """"حي جوبر الدمشقي": a place followed by a city's adjective (rules.CITY_ADJECTIVES) is
    the one of that city's governorate, which the text thereby names."""
    named: set[str] = set()
    out = raws
    for k, raw in enumerate(raws):
        word = _NEXT_WORD.match(text, raw.end)
        gov = rules.CITY_ADJECTIVES.get(name_key(word.group(1))) if word else None
        inside = tuple(p for p in raw.candidates if p.admin1_pcode == gov)
        if gov is None or not inside:
            continue
        if out is raws:
            out = list(raws)
        out[k] = raw._replace(candidates=inside, strong=True)
        named.add(gov)
    return out, named


def _adjective(text: str, start: int) -> bool:
    """"the pro-Damascus alliance": a name after "pro-" or "anti-" is no place."""
    return start > 3 and text[start - 1] == "-" and \
        text[max(0, start - 6):start].lower().endswith(_ADJECTIVE_PREFIXES)


_DATELINE_LINE = re.compile(rules.DATELINE_LINE)


def dateline_line(line: str) -> bool:
    """Whether ``line`` is a local report's dateline line of its own ("حلب – مراسل الشبكة",
    "بيروت – «المستقبل العربي»"): no sentence of the report, whose lead comes after it."""
    line = line.strip()
    return len(line.split()) <= rules.DATELINE_LINE_WORDS \
        and _DATELINE_LINE.fullmatch(line) is not None


def in_dateline(text: str, m: PlaceMention) -> bool:
    """"DAMASCUS (Reuters) - Israeli missiles struck ... near al-Kiswah": the town opening a
    line before an agency in brackets and a dash is where the report was filed."""
    return not text[max(0, m.start - 2):m.start].strip() and (
        m.start < 2 or "\n" in text[m.start - 2:m.start]) and _DATELINE.match(text, m.end) \
        is not None


# Remembered: several stages ask of one place of one sentence (scenes, the event's place,
# the places told apart), and each search is a few regular expressions over a fold.
@lru_cache(maxsize=1024)
def fled_from(text: str, start: int) -> bool:
    """"نزحت مؤخّراً مِن قرية X": the place at ``start`` is where people fled from; "انسحب
    المسلحون نحو مواقعهم في مدينة X" (``WITHDREW``): where the attackers went; "عائداً من
    اجتماع في بلدة X" (``RETURNING_FROM``): where the victim was coming from; "غادروا محافظة X"
    (``LEFT``): where people left."""
    before = fold(text[max(0, start - 60):start]).translate(_QUOTES)
    return _FLED_FROM.search(before[-45:]) is not None or _WITHDREW_TO.search(before) is not None \
        or _RETURNING_FROM.search(before) is not None or _LEFT.search(before[-25:]) is not None


@lru_cache(maxsize=1024)
def protested_against(text: str, start: int) -> bool:
    """"احتجاجاً على ما وصفوه باستهداف بلدة X": the place at ``start`` is what the crowd
    protests or condemns (``PROTESTED_AGAINST``), what its pictures or banners show
    (``CARRIED``, ``PICTURES``), or the besieged town it demands relief for
    ("تطالب بإسقاط النظام وفك الحصار عن حمص", ``DEMANDED``), not where it gathered."""
    before = fold(text[max(0, start - 110):start]).translate(_QUOTES)
    if _PROTESTED.search(before[-80:]) is not None or _CARRIED.search(before) is not None:
        return True
    return "حصار" in text[max(0, start - 30):start] and _DEMANDED.search(
        fold(text[max(0, start - 110):start]).translate(_QUOTES)) is not None


@lru_cache(maxsize=1024)
def accused_of(text: str, start: int) -> bool:
    """"ثلاثة متهمين بنصب كمين لدورية قرب بلدة X": the place at ``start`` is where the deed
    the arrested are accused of (``ACCUSED_OF``) was done, not where they were arrested."""
    return _ACCUSED.search(fold(text[max(0, start - 90):start]).translate(_QUOTES)) is not None


# The opening of a round-up item before its heading ("وفي درعا،"), and the comma after it.
# (A bulletin heads its item with the bare name and a colon, "إدلب: فتحت قوات الأمن النار",
# or after its bullet with a bar: "🔴 دير الزور | خلايا تهاجم نقطة في بلدة البصيرة".)
_ITEM_HEAD = re.compile(
    rf"^\W*(?:(?:{alternation(rules.ITEM_HEAD_BEFORE)})\s+(?:محافظ[ةه]\s+)?)?$")
_ITEM_HEAD_END = re.compile(r"\s*[،,;؛:|｜]")


def item_heading(text: str, m: PlaceMention, pool: Iterable[PlaceMention],
                 gazetteer: Gazetteer) -> bool:
    """"وفي درعا، أطلقت قوات الأمن النار على مظاهرة في بلدة طفس": ``m`` is the governorate a
    round-up item opens with (``ITEM_HEAD_BEFORE``), and the item names a town of that
    governorate after it in ``pool``: the town is the scene, the heading none."""
    if not (m.place.level == 1 or gazetteer.is_chief_town(m.place)) or _named_city(m) \
            or _ITEM_HEAD.match(text[:m.start]) is None \
            or _ITEM_HEAD_END.match(text, m.end) is None:
        return False
    return any(o.start > m.end and o.place.admin1_pcode == m.place.admin1_pcode
               and o.place.pcode != m.place.pcode and o.place.level >= 3 for o in pool)


def _named_city(m: PlaceMention) -> bool:
    """"وفي مدينة درعا، خرج آلاف ... فيما شهدت مدينة الصنمين تظاهرة": a chief town that the
    text calls a city is the city, a scene of its own, not the governorate heading an item."""
    return m.marker == _CITY_WORD or normalize(m.surface).startswith(_CITY_WORD + " ")


def villages_of_region(m: PlaceMention) -> bool:
    """"بلدات دير الزور", "قرى إدلب": the villages of a governorate, a scene the text names
    no closer."""
    return m.place.level == 1 and m.marker in _SCATTERED


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only "وفي"/"ففي"/"في" stands between a sentence's start and ``start``."""
    before = text[:start].rstrip()
    opener = before.rsplit(None, 1)[-1] if before else ""
    rest = before[:len(before) - len(opener)].rstrip()
    return not rest or rest[-1] in ".!?؟\n"


def _back(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions with "the town" added where it points back (``BACK_REFERENCE`` in
    pipeline.rules.places): "من أبناء بلدة X ... في البادية القريبة من البلدة" names X a
    second time, where the act happened. A definite place word points back to the last
    place named before it in its sentence with the same word; one that heads a name (a name
    right after it) or has no such place before it adds nothing. (Not across sentences: an
    article's "the town" may be told in a clause that recalls the day before, "بعد يوم من
    إعدام ... في شوارع المدينة", and would weigh for that town as the scene.)"""
    out = list(mentions)
    for found in _BACK.finditer(text):
        start, end = found.start(), found.end()
        if any((m.start < end and start < m.end)
               or (end <= m.start <= end + 2 and not text.startswith("و", m.start))
               for m in mentions):
            continue  # a name's own place word, or part of a name ("المدينة وداريا": not)
        word = _BACK_REFERENCE[normalize("ال" + found.group(1))]
        named = [m for m in mentions if m.end <= start and m.marker == word and not m.back
                 and _SENTENCE_END.search(text, m.end, start) is None]
        if named:
            out.append(PlaceMention(named[-1].place, start, end, found.group(), word,
                                    back=True))
    for found in _PART_OF_IT.finditer(text):
        start, end = found.start(), found.end()
        named = [m for m in mentions if m.end <= start and not m.back
                 and _SENTENCE_END.search(text, m.end, start) is None]
        if named and named[-1].marker in _PRONOUN_WORDS:
            # (the last place named stands for "its", if it is a town named as one)
            out.append(PlaceMention(named[-1].place, start, end, found.group(),
                                    named[-1].marker, back=True))
    return sorted(out, key=lambda m: m.start)


def as_match(m: PlaceMention) -> PlaceMatch:
    """A mentioned place as an event's place (ACLED's geo precision from its level); "the
    town" that points back is given the name of the town."""
    return place_match(m.place, m.place.name_ar if m.back else m.surface)


def place_match(place: Place, name: str) -> PlaceMatch:
    """A gazetteer place as an event's place, under the name the text gave it."""
    return PlaceMatch(place, place.admin1_pcode, place.lat, place.lon,
                      _PRECISION[place.level], name)
