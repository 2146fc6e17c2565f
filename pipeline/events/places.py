"""Finding Syrian places in Arabic (or English) text and choosing the place of an event.

``PlaceResolver.find`` matches gazetteer names longest-first over tokens, after stripping
proclitics (بإدلب، وحلب، لدرعا), reads the word before a name ("ريف X" is the governorate,
"مدينة/بلدة/قرية/حي X" a community, "ناحية X" a sub-district) and disambiguates names that
repeat across governorates by the governorates the text names. ``best`` picks the most
specific place of one event, preferring the evidence sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from language.normalize import normalize
from language.tokens import CliticSplitter, Proclitics, word_spans
from pipeline.events.lexicon import alternation
from pipeline.gazetteer import Gazetteer, Place, contains
from pipeline.rules import places as rules

if TYPE_CHECKING:
    from pipeline.settings import PipelineSettings

__all__ = ["PlaceMatch", "PlaceMention", "PlaceResolver"]

_MAX_WORDS = 4
_ARTICLE = Proclitics(("ال",), min_stem=2)


def _keys(words: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# The lists of pipeline.rules.places in their matching form.
_LATIN_ARTICLES = _keys(rules.LATIN_ARTICLES)
_REGION = _keys(rules.REGION)
_SUBDISTRICT = _keys(rules.SUBDISTRICT)
_TOWN = _keys(rules.TOWN)
_QUARTER = _keys(rules.QUARTER)
_MARKERS = _REGION | _SUBDISTRICT | _TOWN
_STOP = _keys(rules.STOP)
_ELSEWHERE_BEFORE = re.compile(rf"({alternation(rules.ELSEWHERE_BEFORE)})(\s+\S+){{0,2}}\s*$")
_LANDMARK_BEFORE = re.compile(
    rf"^[\s,،]*(ال)?({alternation(rules.LANDMARK_DIRECTIONS)})(ي|ية|يّ)?\s+"
    rf"(({alternation(rules.LANDMARK_NOUNS)})\s+)?\S?$"
)
_NOT_SCENE_PENALTY = 3.0  # more than a town marker and a repeated name together
_LEVEL_RANK_TOWN = {4: 0, 3: 1, 2: 2, 1: 3}
_LEVEL_RANK_BARE = {1: 0, 4: 1, 3: 2, 2: 3}
_SPECIFICITY = {4: 1.0, 3: 0.8, 2: 0.4, 1: 0.0}
_PRECISION = {4: 1, 3: 1, 2: 2, 1: 3}


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text at ``text[start:end] == surface``."""

    place: Place
    start: int
    end: int
    surface: str
    marker: str = ""


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


@dataclass(frozen=True)
class _Raw:
    candidates: tuple[Place, ...]
    key: str
    start: int
    end: int
    marker: str
    strong: bool  # a governorate/district, a multi-word or listed name, or after a marker word


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    key: str  # whole-word key
    stems: tuple[str, ...]  # keys after stripping proclitics, longest first


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

    @classmethod
    def from_settings(cls, settings: PipelineSettings) -> PlaceResolver:
        return cls(Gazetteer.default(), CliticSplitter.from_settings(settings))

    # -- tokens -------------------------------------------------------------------------
    def _tokens(self, text: str) -> list[_Token]:
        out = []
        for m in word_spans(text):
            key = _word_key(m.group())
            out.append(_Token(m.start(), m.end(), key, self._stem_keys(m.group(), key)))
        return out

    def _stem_keys(self, word: str, key: str) -> tuple[str, ...]:
        cached = self._stems.get(word)
        if cached is None:
            pieces = self._splitter.split(word)
            stems = [key] + [_word_key("".join(pieces[i:])) for i in range(1, len(pieces))]
            cached = tuple(dict.fromkeys(s for s in stems if s))
            if len(self._stems) < 100_000:
                self._stems[word] = cached
        return cached

    # -- matching -----------------------------------------------------------------------
    def _scan(self, text: str) -> list[_Raw]:
        toks = self._tokens(text)
        raws: list[_Raw] = []
        i, marker = 0, ""
        while i < len(toks):
            found = self._match_at(toks, i, marker)
            if found is not None:
                raws.append(found[0])
                i, marker = found[1], ""
                continue
            stems = toks[i].stems
            town_of_region = marker in _REGION and any(s in ("مدينه", "بلده") for s in stems)
            # "ريف مدينة جبلة" is the country around the town: the region marker stays.
            marker = marker if town_of_region else next((s for s in stems if s in _MARKERS), "")
            i += 1
        return raws

    def _match_at(self, toks: list[_Token], i: int, marker: str) -> tuple[_Raw, int] | None:
        prefixes = self._gaz.key_prefixes()
        # A common word is not a clitic plus a village: "وزارة" is no "و" + الزارة.
        stems = toks[i].stems if toks[i].key not in _STOP else toks[i].stems[:1]
        for stem in stems:
            best: tuple[str, int, tuple[Place, ...]] | None = None
            key = ""
            for n in range(1, min(_MAX_WORDS, len(toks) - i) + 1):
                key += stem if n == 1 else toks[i + n - 1].key
                if key not in prefixes:
                    break  # no name starts like this: longer phrases cannot match either
                cands = self._candidates(key, n, marker)
                if cands:
                    best = (key, n, cands)  # the longest name wins
            if best is not None:
                key, n, cands = best
                strong = (n > 1 or marker != "" or any(p.level <= 2 for p in cands)
                          or any(self._gaz.is_alias(key, p.pcode) for p in cands))
                raw = _Raw(cands, key, toks[i].start, toks[i + n - 1].end, marker, strong)
                return raw, i + n
        return None

    def _candidates(self, key: str, words: int, marker: str) -> tuple[Place, ...]:
        places = self._gaz.lookup_key(key)
        # An ordinary word is a place name only after "بلدة"/"قرية"... ("بلدة سلمى").
        if not places or (words == 1 and key in _STOP
                          and (marker not in _TOWN or key in _MARKERS)):
            return ()
        if len(key) < 3:
            places = [p for p in places if p.level < 4]
        return tuple(places)

    # -- disambiguation -----------------------------------------------------------------
    @staticmethod
    def _context(raws: list[_Raw]) -> set[str]:
        """Governorates the text names unambiguously (ريف X, X governorate, a unique town)."""
        govs = set()
        for raw in raws:
            if not raw.strong:
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
            if raw.marker in _QUARTER and govs and all(p.admin1_pcode not in govs
                                                       for p in raw.candidates):
                continue  # "حي الحمدانية في حلب": a city quarter, not Idleb's village
            if raw.strong:
                out.append(raw)
                continue
            inside = tuple(p for p in raw.candidates if p.admin1_pcode in govs)
            if inside:
                out.append(_Raw(inside, raw.key, raw.start, raw.end, raw.marker, False))
        return out

    def _choose(self, raw: _Raw, govs: set[str]) -> Place:
        cands = list(raw.candidates)
        if raw.marker in _REGION and any(p.level <= 2 for p in cands):
            return min((p for p in cands if p.level <= 2), key=lambda p: p.level)
        if raw.marker in _SUBDISTRICT and any(p.level == 3 for p in cands):
            cands = [p for p in cands if p.level == 3]
        rank = _LEVEL_RANK_TOWN if raw.marker in _TOWN or len(raw.key) > 12 else _LEVEL_RANK_BARE
        if raw.key.startswith("مدينه"):
            rank = _LEVEL_RANK_TOWN
        return min(cands, key=lambda p: (
            p.admin1_pcode not in govs, rank[p.level], not self._gaz.is_alias(raw.key, p.pcode),
            not self._is_centre(p), p.pcode,
        ))

    def _is_centre(self, place: Place) -> bool:
        """A community that gives its name to its sub-district (a larger town)."""
        parent = self._gaz.get(place.admin3_pcode or "")
        return parent is not None and _word_key(parent.name_ar.replace("مركز ", "")) == \
            _word_key(place.name_ar)

    def _mentions(self, text: str, raws: list[_Raw], govs: set[str]) -> list[PlaceMention]:
        return [
            PlaceMention(self._choose(r, govs), r.start, r.end, text[r.start:r.end], r.marker)
            for r in raws
        ]

    def find(self, text: str) -> list[PlaceMention]:
        """Every place named in ``text``, in order."""
        raws = self._scan(text)
        govs = self._context(raws)
        return self._mentions(text, self._credible(raws, govs), govs)

    def best(self, text: str, focus: str | None = None) -> PlaceMatch | None:
        """The most specific place of the event, preferring places named in ``focus``.

        Where every place ``focus`` names is clearly not the scene (a hospital's town), the
        whole text decides.
        """
        raws = self._scan(text)
        govs = self._context(raws)
        mentions = self._mentions(text, self._credible(raws, govs), govs)
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.place.pcode] = counts.get(m.place.pcode, 0) + 1
        if focus:
            focus_raws = self._credible(self._scan(focus), govs)
            named = self._mentions(focus, focus_raws, govs)
            if any(not _not_scene(focus, m, named) for m in named):
                top = self._top(named, focus, self._context(focus_raws) or govs, counts)
                return self._inside(top, mentions, text, govs, counts)
        return self._top(mentions, text, govs, counts) if mentions else None

    def _inside(self, top: PlaceMatch, mentions: list[PlaceMention], text: str,
                govs: set[str], counts: dict[str, int]) -> PlaceMatch:
        """A sentence that names only the governorate ("غربي إدلب") is made precise by a
        town of that governorate the article names elsewhere ("قرية خربة الجوز")."""
        if top.place.level != 1:
            return top
        inner = [m for m in mentions if m.place.level > 1
                 and m.place.admin1_pcode == top.admin1_pcode
                 and not _not_scene(text, m, mentions)]
        return self._top(inner, text, govs, counts) if inner else top

    def _top(self, pool: list[PlaceMention], text: str, govs: set[str],
             counts: dict[str, int]) -> PlaceMatch:
        # "قرية الهيشة في ناحية عين عيسى": the region is named to locate the village.
        inner = [m for m in pool if not any(contains(m.place, o.place) for o in pool)]
        pool = inner or pool
        scored = [
            (self._score(m, govs, counts) - _not_scene(text, m, pool) - 0.01 * n, m)
            for n, m in enumerate(pool)
        ]
        return _as_match(max(scored, key=lambda item: item[0])[1])

    @staticmethod
    def _score(m: PlaceMention, govs: set[str], counts: dict[str, int]) -> float:
        score = _SPECIFICITY[m.place.level]
        if m.marker in _TOWN or m.marker in _SUBDISTRICT:
            score += 2.0
        if m.place.admin1_pcode in govs:
            score += 1.5
        return score + 0.3 * min(3, counts.get(m.place.pcode, 0))


def _not_scene(text: str, m: PlaceMention, pool: list[PlaceMention]) -> float:
    """A penalty for a place named as elsewhere (a hospital, a destination, a base), or as a
    landmark right after another place."""
    before = text[max(0, m.start - 30):m.start]
    if _ELSEWHERE_BEFORE.search(before):
        return _NOT_SCENE_PENALTY
    previous = [p for p in pool if p.end <= m.start and p.place.pcode != m.place.pcode]
    if previous:
        gap = text[max(p.end for p in previous):m.start]
        if len(gap) <= 25 and _LANDMARK_BEFORE.match(gap.replace(m.surface, "")):
            return _NOT_SCENE_PENALTY
    return 0.0


def _as_match(m: PlaceMention) -> PlaceMatch:
    place = m.place
    return PlaceMatch(place, place.admin1_pcode, place.lat, place.lon,
                      _PRECISION[place.level], m.surface)
