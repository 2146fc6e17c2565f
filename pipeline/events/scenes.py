"""One event per place and sub-event type, as ACLED codes them.

The classifier (``pipeline.events.classify``) finds the article's incident and the further
incidents that a connective introduces ("وفي سياق متصل"). Real reports also list several
scenes in one breath: "ألقى الطيران براميل على تلبيسة، تلاها قصف مدفعي" (an air strike and
a shelling in one town), "قصفت كفرزيتا واللطامنة والزكاة" (three shellings), "تظاهر
معارضون في دمشق وحماة وداريا" (three protests). ACLED codes each place and sub-type as an
event; ``scenes`` finds those the events so far leave out.

A scene needs a sentence that reports (its triggers survived the cues that govern them:
negation, future, history ...), is not context or background, and names a place that is
the scene itself, not where the fire came from, where the wounded were taken or where
someone came from (``pipeline.rules.scenes``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from language.tokens import tokens
from pipeline.events.classify import Sentence, sentence_types
from pipeline.events.lexicon import EVENT_TYPES, alternation, lexicon
from pipeline.events.places import PlaceMatch, PlaceMention, PlaceResolver, as_match
from pipeline.gazetteer import Gazetteer, contains, haversine_km, name_key
from pipeline.rules.places import DESTINATION_BEFORE, FUNCTION_WORDS, ROAD_BEFORE
from pipeline.rules.scenes import (
    ARREST_VERBS,
    ARTILLERY,
    BARE_NOUNS,
    BLAST_ONLY,
    CLAUSE_OPENERS,
    FIGHT_BEFORE,
    MAX_SCENES,
    NOT_SCENE_BEFORE,
    ONE_PER_PLACE_TYPES,
    PER_PLACE,
    RECURRING,
    RESULT_OF_VIOLENCE,
    SAME_BLAST,
    SAME_SCENE_KM,
    SOURCE_BEFORE,
    TREATED_BEFORE,
)
from pipeline.rules.triggers import BOMBARDMENT, VIOLENT_TYPES

__all__ = ["Scene", "find_scenes"]

_NOT_SCENE = re.compile(
    rf"({alternation((*NOT_SCENE_BEFORE, *DESTINATION_BEFORE, *ROAD_BEFORE))})"
    r"\s*(\S+\s+)?\S*\s*$"
)
_TREATED = re.compile(alternation((*TREATED_BEFORE, *SOURCE_BEFORE)))
_RECURRING = re.compile(alternation(RECURRING))
_FUNCTION = frozenset(name_key(w) for w in FUNCTION_WORDS)
_BARE = frozenset(BARE_NOUNS)
_ARRESTED_AFTER_FIGHT = re.compile(
    rf"(?<!\S)(?:[وف])?(?:{alternation(ARREST_VERBS)})\s+(?:\S+\s+){{0,2}}?"
    rf"(?:{alternation(FIGHT_BEFORE)})")
_CAPITAL = re.compile(r"العاصمة\s*$")  # "في العاصمة دمشق": the name is plainly a city
_CLAUSE = re.compile(rf"(?:^|\s)(?:{alternation(CLAUSE_OPENERS)})(?=\s)")
_AIR = "Air/drone strike"
_SHELLING = "Shelling/artillery/missile attack"
_CLASH = "Armed clash"
_IED = "Remote explosive/landmine/IED"
# Sentences that only recall, tally or frame: their places are not today's scenes.
_NOT_REPORTING = ("background", "history", "period", "denial", "earlier",
                  "funeral", "negotiation", "exercise", "hypothetical", "future")


@dataclass(frozen=True)
class Scene:
    """A further event: its sub-type, the sentence that reports it and its place.
    ``alone`` is true when the sentence reports nothing else, so its toll is this scene's."""

    sub_event_type: str
    sentence: int
    place: PlaceMatch
    alone: bool


def find_scenes(sentences: list[Sentence], resolver: PlaceResolver, gazetteer: Gazetteer,
                taken: Iterable[tuple[str, str | None]]) -> list[Scene]:
    """Scenes the events ``taken`` (sub-event type, place p-code) leave out, in text order."""
    have = {(t, p) for t, p in taken if p}
    # An article that reports air strikes bombs from the air: its later bare "قصف" ("وطال
    # القصف بلدة ..."، "استهدف القصف السوق") is those strikes, not artillery.
    air = any(t == _AIR for t, _ in have)
    out: list[Scene] = []
    for sent in sentences[1:]:  # the headline restates the lead, from which events came
        if sent.is_context or any(sent.has_cue(c) for c in _NOT_REPORTING) \
                or _RECURRING.search(sent.text):
            continue
        types = _types(sent, sentences, air)
        if not types:
            continue
        places = _scenes_of(sent.text, resolver.find(sent.text), gazetteer)
        alone = len(types) == len(places) == 1
        blast_only = all(h.phrase in BLAST_ONLY for h in sent.triggers if h.label == _IED)
        for label, place in _pairs(sent.text, types, places):
            if _covered(label, place, have, gazetteer, blast_only and label == _IED):
                continue
            have.add((label, place.place.pcode))
            out.append(Scene(label, sent.index, place, alone))
            if len(out) >= MAX_SCENES:
                return out
    return out


def _pairs(text: str, types: list[str],
           places: list[PlaceMatch]) -> list[tuple[str, PlaceMatch]]:
    """Which place goes with which sub-type. One act, or one place: every pairing. Else
    clause by clause ("فيما"، "تلاها" open another act): a clause's places go with its own
    acts, or the acts before it when it names none; a clause's acts without a place take
    the places before them ("براميل على تلبيسة، تلاها قصف بالمدفعية" shells Talbiseh too).
    """
    if len(types) < 2 or not places:
        return [(t, p) for t in types for p in places]
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    triggers = lexicon()[0]
    out: list[tuple[str, PlaceMatch]] = []
    acts: list[str] = []
    where: list[PlaceMatch] = []
    for start, end in itertools.pairwise(cuts):
        clause = text[start:end]
        here = [p for p in places if p.name and p.name in clause]
        own = [t for t in types if any(h.label == t for h in triggers.find(tokens(clause)))]
        acts, where = own or acts, here or where
        out += [(t, p) for t in acts for p in where if (t, p) not in out]
    return out or [(t, p) for t in types for p in places]


def _types(sent: Sentence, sentences: list[Sentence], air: bool) -> list[str]:
    types = [t for t in sentence_types(sent, sentences, generic=False) if t in PER_PLACE]
    if air and _SHELLING in types and all(
            h.phrase in BOMBARDMENT for h in sent.triggers if h.label == _SHELLING):
        types = list(dict.fromkeys(_AIR if t == _SHELLING else t for t in types))
    if any(h.label == "territory" for h in sent.triggers) and _CLASH in types:
        types.remove(_CLASH)  # "سيطرت على البلدة بعد معارك": the battle is the takeover
    if _CLASH in types and _ARRESTED_AFTER_FIGHT.search(sent.text):
        types.remove(_CLASH)  # "اعتقلوه بعد اشتباكات بينهم": the fight is the arrest's
    if _AIR in types and _SHELLING in types and not any(
            h.phrase in ARTILLERY for h in sent.triggers if h.label == _SHELLING):
        types.remove(_SHELLING)  # the aircraft's bombs and missiles, not a second attack
    if sent.has_cue("statement"):  # what speakers at a protest demanded is not a scene
        types = [t for t in types if EVENT_TYPES[t] not in ONE_PER_PLACE_TYPES]
    return types


def _scenes_of(text: str, mentions: list[PlaceMention],
               gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The places of a sentence that are scenes, the most specific of each nesting.

    A further scene must be a town, village or quarter (a governorate or district named
    in passing only locates), and must be plainly a place: named after a place noun
    ("قرية"، "بلدة"، "حي"), in several words, a well-known name, or the next item of a list
    that began so ("قرى الزيتونة والجميلة"); a one-word name alone is too often an ordinary
    word or a person ("رامي"، "غرب"، "قصير").
    """
    kept: list[PlaceMention] = []
    dropped_end = -100
    for m in mentions:
        if name_key(m.surface) in _FUNCTION or name_key(m.surface.lstrip("وف")) in _FUNCTION:
            continue  # "الرصاص الحي على"، "وعلى أطرافها": a preposition, not a village
        bare = m.surface.strip()
        if bare in _BARE or (bare[:1] in ("و", "ف") and bare[1:] in _BARE):
            continue  # "عند باب الكراج": a gate, not the town of al-Bab
        gap = text[dropped_end:m.start] if m.start - dropped_end <= 12 else ""
        if _NOT_SCENE.search(text[max(0, m.start - 30):m.start]) \
                or _TREATED.search(text[max(0, m.start - 40):m.start]) \
                or gap.lstrip().startswith("و"):  # the next item of a list that is no scene
            dropped_end = m.end
            continue
        listed = bool(kept) and m.start - kept[-1].end <= 4 and \
            text[kept[-1].end:m.start].strip(" ،,\"“”«»") in ("و", "")
        plain = m.marker or " " in m.surface.strip() or listed or gazetteer.is_alias(
            name_key(m.surface), m.place.pcode) or _CAPITAL.search(text[:m.start])
        if plain:
            kept.append(m)
    inner = [m for m in kept if not any(contains(m.place, o.place) for o in kept)
             and m.place.level > 2]
    seen: set[str] = set()
    out = []
    for m in inner:
        if m.place.pcode not in seen:
            seen.add(m.place.pcode)
            out.append(as_match(m))
    return out


def _covered(label: str, place: PlaceMatch, have: set[tuple[str, str]],
             gaz: Gazetteer, blast: bool = False) -> bool:
    """An event of this type already at this place, at a place inside or around it, or
    close by; for protests, any protest there; for a bare ``blast``, any explosion there."""
    coarse = EVENT_TYPES[label] in ONE_PER_PLACE_TYPES or blast
    for t, pcode in have:
        same = t == label or (coarse and EVENT_TYPES.get(t) == EVENT_TYPES[label]) \
            or {t, label} <= SAME_BLAST \
            or (label in RESULT_OF_VIOLENCE and EVENT_TYPES.get(t) in VIOLENT_TYPES)
        if not same:
            continue
        if pcode == place.place.pcode or gaz.contains(pcode, place.place.pcode) \
                or gaz.contains(place.place.pcode, pcode):
            return True
        other = gaz.get(pcode)
        if other is not None and other.level > 1 and place.place.level > 1 and haversine_km(
                other.lat, other.lon, place.lat, place.lon) <= SAME_SCENE_KM:
            return True
    return False
