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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from language.normalize import normalize
from language.numbers import number_at
from language.sieve import sieved
from language.tokens import tokens, word_spans
from pipeline.events.classify import Sentence, sentence_types
from pipeline.events.lexicon import EVENT_TYPES, Hit, Lexicon, alternation, lexicon
from pipeline.events.places import (
    PlaceMatch,
    PlaceMention,
    PlaceResolver,
    as_match,
    city_of_around,
    fled_from,
    home_town,
    in_dateline,
    item_heading,
    place_match,
    protested_against,
    road_far_end,
    villages_of_region,
)
from pipeline.gazetteer import Gazetteer, Place, contains, haversine_km, name_key
from pipeline.rules.places import (
    CROWD_STANDS_WITH,
    DESTINATION_BEFORE,
    DIRECTIONS,
    FUNCTION_WORDS,
    LANDMARK_DIRECTIONS,
    LISTING,
    NEAR,
    PLURAL,
    QUALIFIER_GAP,
    QUARTER,
    ROAD_BEFORE,
    STOP,
)
from pipeline.rules.scenes import (
    ALONGSIDE,
    ANOTHER_DENIED,
    ANOTHER_NOT_CUES,
    ANOTHER_ORDINALS,
    ARREST_VERBS,
    ARTILLERY,
    ATTACK_NOUNS,
    BARE_NOUNS,
    BASED_IN,
    BASED_REACH,
    BLAST_ONLY,
    BLAST_WORDS,
    CLAUSE_OPENERS,
    CONTROL_NOUNS,
    CROSSING_REACH,
    CROSSING_WORDS,
    CROWD_VOICE,
    DEMONSTRATIVES,
    EARLIER_BY_HOURS,
    EARLIER_INCIDENT_BEFORE,
    EARLIER_INCIDENT_REACH,
    FIGHT_BEFORE,
    FIRE_FELL,
    FIRE_LANDED,
    GROUND_SHELLERS,
    HANDLED_AFTER,
    HEADED_FOR,
    HEARD_BLAST,
    INCURSION_VERBS,
    JUDGED_AS,
    JUDGING,
    LANDMARK_BEFORE,
    LAUNCHED_FROM,
    LIST_OPENERS,
    LOCATOR_WORDS,
    LONG_LIST,
    MAX_SCENES,
    NAME_ENDS_BEFORE,
    NARRATING_OPENERS,
    NOT_A_NAME,
    NOT_SCENE_BEFORE,
    ONE_PER_PLACE_TYPES,
    OTHER_PLACES,
    OTHER_WORDS,
    OWN_COUNTRYSIDE,
    PER_PLACE,
    PLUPERFECT_MARK,
    POSITIONS_BEFORE,
    POSITIONS_REACH,
    RAID_WORDS,
    RECURRING,
    REPORTER_PLACE_WORDS,
    REPORTERS,
    RESTORED_TO,
    RESULT_OF_VIOLENCE,
    RESULT_WORD,
    ROAD_DASHES,
    ROAD_LINKS,
    ROAD_WORDS,
    SAME_BLAST,
    SAME_SCENE_KM,
    SAME_TAKING,
    SCENE_PREPOSITIONS,
    SOURCE_BEFORE,
    SOURCES_OF_FIRE,
    TAKEN_AWAY,
    TAKEN_BY_NAME,
    TAKEN_GUESSED,
    TAKEN_REACH,
    TAKEN_TO,
    TAKEN_WHAT,
    TALLY_WORDS,
    TERSE_IN,
    THREATENED_BEFORE,
    THREATENED_REACH,
    TOLD_AGAIN_AFTER,
    TOLD_BY_ITS_PEOPLE,
    TOLL_IN,
    TOLL_ITEM_GAP,
    TOLL_LIST,
    TRAILING_CUES,
    TREATED_BEFORE,
    UNLISTED_HEADS,
    UNLISTED_SEVERAL,
    UNLISTED_WORDS,
    UNNAMED_SCENES,
    UNNAMED_WORDS,
    WEAPON_PAST,
)
from pipeline.rules.scope import (
    HEADLINE_MARKS,
    NEGATED_ANY,
    NEGATED_ANY_REACH,
    NOT_WHERE,
    SIMILAR,
    USED_IN_IT,
)
from pipeline.rules.triggers import BOMBARDMENT, GENERIC, VIOLENT_TYPES
from pipeline.rules.triggers import TERRITORY_TYPES as _TERRITORY

__all__ = ["Scene", "based_too", "find_scenes", "fire_from", "headline_part_places",
           "launched_from", "sources_there", "taken_to", "threatened_target", "told_as_result",
           "told_before",
           "treated_or_buried"]

# What parts a headline's acts (pipeline.rules.scope.HEADLINE_MARKS).
_HEADLINE_MARK = re.compile(alternation(HEADLINE_MARKS))
_NOT_SCENE = re.compile(
    rf"({alternation((*NOT_SCENE_BEFORE, *DESTINATION_BEFORE, *ROAD_BEFORE, *CROWD_STANDS_WITH))})"
    r"\s*([^\s،,]+\s+)?[^\s،,]*\s*$"  # up to the next place: a comma ends the landmark
)
# A direction names the town it locates right after it: one followed by "في" is a word of a
# name ("حي باب شرقي في دمشق القديمة": the gate's quarter, then its city).
_DIRECTION_THEN_IN = re.compile(
    rf"(?<!\S)(?:{alternation(sorted(DIRECTIONS, key=len, reverse=True))})\s+في\s*$")
# The other end of a road its towns name ("طريق يربط مدينة طفس ببلدة المزيريب"): a word of
# ROAD_LINKS, a few words, and the place's "بـ" (on its place word or on the name itself).
# (Read on the text up to the name's first letter.)
_OTHER_END = re.compile(rf"(?:{alternation(ROAD_LINKS)})\s+(?:[^\s،,.]+\s+){{0,2}}"
                        r"(?:ب[^\s،,.]*\s+\S|[^\s،,.]+\s+ب)$")
_AFTER_NO_SCENE = re.compile(
    rf"({alternation((*NOT_SCENE_BEFORE, *DESTINATION_BEFORE))})"
    r"(?:\s+[^\s،,.]+){1,3}\s+و[^\s،,.]*(?:\s+[^\s،,.]+)?\s*$"
)
_BASED_TOO = sieved(
    rf"(?:{alternation(BASED_IN)})[^،,.؛]{{0,80}}\sوفي\s+(?:[^\s،,.]+\s+)?$")
# (Up to a sentence's end or a clause that tells another act: "..., while drones hit X".)
_THREATENED = re.compile(
    rf"(?<!\w)(?:{alternation(THREATENED_BEFORE)})(?!\w)"
    r"(?:(?!\bwhile\b|\bbut\b|فيما|بينما|في حين|لكن)[^.;؛])*$")
_LANDMARK = frozenset(LANDMARK_BEFORE)
# Where fire was launched from, right before the place or its place word ("من جهة جبل").
_LAUNCHED = sieved(rf"(?<!\S)(?:{alternation(LAUNCHED_FROM)})\s+(?:[^\s،,.]+\s+)?$")
# A clause of what the act amounts to (pipeline.rules.scenes.RESULT_WORD): "لتكتمل بذلك".
_RESULT = sieved(rf"(?<!\S)ل\S+\s+{RESULT_WORD}(?!\S)")
_DIRECTIONS = frozenset(DIRECTIONS)
_TREATED = re.compile(alternation(TREATED_BEFORE))
_SOURCE = re.compile(alternation(SOURCE_BEFORE))
_POSITIONS = re.compile(alternation(POSITIONS_BEFORE))
# The source placed ("في" a town), then where the fire fell ("على ..."); or a verb of
# falling before the source, and where (pipeline.rules.scenes.FIRE_LANDED, FIRE_FELL).
_LANDED = re.compile(rf"\sفي\s.*\s(?:{alternation(FIRE_LANDED)})\s")
_LANDED_ON = re.compile(rf"\s(?:{alternation(FIRE_LANDED)})\s")
_FELL = re.compile(rf"(?<!\S)[وف]?(?:{alternation(FIRE_FELL)})(?!\S)")
# (A whole word, with its endings: "متكررة" recurs, but "دوريات" are patrols, not "دورياً".)
_RECURRING = re.compile(rf"(?:{alternation(RECURRING)})(?:ة|ه|ا|ين|ون)?[\u064b-\u0652]*"
                        r"(?![\u0621-\u064a])")
_FUNCTION = frozenset(name_key(w) for w in FUNCTION_WORDS)
_LISTING = frozenset(name_key(w) for w in LISTING)
_BARE = frozenset(BARE_NOUNS)
_ARRESTED_AFTER_FIGHT = sieved(
    rf"(?<!\S)(?:[وف])?(?:{alternation(ARREST_VERBS)})\s+(?:\S+\s+){{0,2}}?"
    rf"(?:{alternation(FIGHT_BEFORE)})")
_ANOTHER_BLAST = sieved(
    rf"(?<!\S)[وب]?(?:ال)?(?:{alternation(BLAST_WORDS)})\s+(?:ال)?(?:{alternation(ANOTHER_ORDINALS)})"
    r"(?!\S)")
_DENIED = sieved(rf"(?<!\S)[و]?(?:{alternation(ANOTHER_DENIED)})(?!\S)")
_GROUND_FIRE = sieved(
    rf"(?<!\S)[وب]?(?:ال)?قصف\S{{0,3}}\s+(?:{alternation(GROUND_SHELLERS)})(?!\S)")
# "قصف المعارضة لدمشق": the one word after the attack noun and its agent, with "ل"
_ATTACKED = sieved(
    rf"(?<!\S)[وب]?(?:ال)?(?:{alternation(ATTACK_NOUNS)})\S{{0,3}}\s+(?:{alternation(GROUND_SHELLERS)})\s+$")
_AND_OTHERS = sieved(
    rf"\s*(?:{alternation(OTHER_PLACES)})\s+(?:{alternation(OTHER_WORDS)})(?!\S)")
_INCURSION = sieved(rf"(?<!\S)(?:{alternation(INCURSION_VERBS)})(?!\S)")
_HEADED = frozenset(HEADED_FOR)
_ALONGSIDE = sieved(rf"(?:{alternation(ALONGSIDE)})[^،,]*[،,]")
_ROAD_END = sieved(rf"(?<!\S)(?:{alternation(ROAD_WORDS)})\s*$")
_UNKNOWN_END = re.compile(rf"\s*[{ROAD_DASHES}]\s*([^\s،,.]+)")  # the road's other end
_DEMONSTRATIVES = frozenset(DEMONSTRATIVES)
_TOLD_AGAIN_AFTER = frozenset(TOLD_AGAIN_AFTER)
_ITS_PEOPLE = frozenset(TOLD_BY_ITS_PEOPLE)
_CROWD_VOICE = frozenset(normalize(w) for w in CROWD_VOICE)
_CAPITAL = sieved(r"العاصمة\s*$")  # "في العاصمة دمشق": the name is plainly a city
# "على حي القصاع في دمشق": the city of a quarter the gazetteer lacks is plainly a place (its
# scene), one or two words of the quarter's name between.
_QUARTER_OF = sieved(r"(?<!\S)(?:حي|حيي|أحياء|احياء)\s+\S+(?:\s+\S+)?\s+(?:في\s+|ب)$")
_CLAUSE = re.compile(rf"(?:^|\s)(?:{alternation(CLAUSE_OPENERS)})(?=\s)")
# "بلدات أخرى": places a clause speaks of without naming them
_UNNAMED_OTHERS = sieved(
    rf"(?<!\S)[وف]?(?:ب|في\s+)?(?:{alternation(p.removeprefix('و') for p in OTHER_PLACES)})"
    rf"\s+(?:{alternation(OTHER_WORDS)})(?!\S)")
_UNNAMED_SCENE = sieved(rf"(?<!\S)[وفبل]?(?:{alternation(UNNAMED_SCENES)})(?!\w)")
_AIR = "Air/drone strike"
_BATTLES = "Battles"
_SHELLING = "Shelling/artillery/missile attack"
_CLASH = "Armed clash"
# Ground taken in a battle: the fighting there that day is the takeover's own.
_TAKEN_IN_BATTLE = frozenset({"Non-state actor overtakes territory",
                              "Government regains territory"})
_CONTROL = frozenset(CONTROL_NOUNS)
# "سُمع دوي انفجارات": blasts only heard (pipeline.rules.scenes.HEARD_BLAST).
_HEARD = re.compile(rf"(?:{alternation(HEARD_BLAST)})", re.IGNORECASE)
_VOWELS = re.compile(r"[\u064b-\u0652\u0640]")
_TALLY = re.compile(rf"(?<!\S)({alternation(TALLY_WORDS)})(?!\S)")
# "في كلّ من": the words of a list opener, with any short vowels or shadda on them.
_LIST_OPENER = re.compile("|".join(
    r"\s+".join("".join(f"{c}[\u064b-\u0652]*" for c in word) for word in opener.split())
    for opener in LIST_OPENERS))
_TAKEN_WHAT = frozenset(TAKEN_WHAT)
_IED = "Remote explosive/landmine/IED"
_ARRESTS = "Arrests"
_RAIDED = sieved(rf"(?<!\S)(?:[وف]?(?:ب|ل)?)(?:{alternation(RAID_WORDS)})")
_CROSSING = sieved(rf"(?<!\S)(?:{alternation(CROSSING_WORDS)})(?:\s+\S+){{0,{CROSSING_REACH}}}?"
                       r"\s+من\s+")
_OWN_COUNTRYSIDE = sieved(rf"(?<!\S)[وب]?(?:{alternation(OWN_COUNTRYSIDE)})(?!\S)")
_UNLISTED_HEADS = frozenset(normalize(w) for w in UNLISTED_HEADS)
_UNLISTED_SEVERAL = frozenset(normalize(w) for w in UNLISTED_SEVERAL)
_AROUND = frozenset(normalize(w) for w in NEAR)  # "ومحيط قرية X": the next item, near
# No name begins with an ordinary word of STOP ("وقرية مجاورة"، "وبلدة شمال"، "وقرية
# بالقرب من")...
_NOT_A_NAME = frozenset(normalize(w) for w in (*NOT_A_NAME, *STOP, *DIRECTIONS, *NEAR,
                                               *FUNCTION_WORDS, *QUALIFIER_GAP))
# ... and these end one ("وبلدة الشيخ بحر اليوم"، "وجبل عبد العزيز غربي الحسكة").
_NAME_ENDS = frozenset(normalize(w) for w in (*NOT_A_NAME, *NAME_ENDS_BEFORE, *DIRECTIONS,
                                              *NEAR, *FUNCTION_WORDS, *QUALIFIER_GAP))
# A word is looked up as it is and without the article or a preposition ("بالقرب").
_CLITICS = ("", "ال", "ب", "ل", "بال", "لل")
_NAME_END = re.compile(r"[،,.؛:()\[\]\"“”«»!?؟]")
_NAME_OPEN = re.compile(r"[\s(\"“”«»]*")
_LOCATOR = re.compile(rf"^[\s\"“”«»)]*(?:\S*(?:{alternation(LANDMARK_DIRECTIONS)})\S*\s+|في\s+)?"
                      rf"(?:[بو]?(?:{alternation(LOCATOR_WORDS)})\s+)?$")
# Sentences that only recall, tally or frame: their places are not today's scenes.
# Cues that take an act back: its clause's places are no scenes (``denied_clauses``).
_TAKEN_BACK = ("negation", "denial")
_NOT_REPORTING = ("background", "history", "period", "denial", "earlier",
                  "funeral", "negotiation", "exercise", "hypothetical", "future")


def _heard_only(sent: Sentence) -> bool:
    """Whether the sentence's bomb words only say something blew up and it tells them as
    heard ("فيما سُمع دوي انفجارات متقطعة في أحياء X"): a sound, no bombing."""
    return all(h.phrase in BLAST_ONLY for h in sent.triggers if h.label == _IED) \
        and _HEARD.search(_VOWELS.sub("", sent.text)) is not None


@dataclass(frozen=True)
class Scene:
    """A further event: its sub-type, the sentence that reports it and its place.
    ``alone`` is true when the sentence reports nothing else, so its toll is this scene's;
    ``toll`` is its dead when the sentence lists them place by place."""

    sub_event_type: str
    sentence: int
    place: PlaceMatch
    alone: bool
    toll: int | None = None  # its own dead, when a toll list gives them by place


def find_scenes(sentences: list[Sentence], resolver: PlaceResolver, gazetteer: Gazetteer,
                taken: Iterable[tuple[str, str | None]],
                dated: Mapping[tuple[str, str], str] | None = None,
                day_of: Callable[[int], str | None] | None = None) -> list[Scene]:
    """Scenes the events ``taken`` (sub-event type, place p-code) leave out, in text order.

    With ``dated`` (the day of each taken event) and ``day_of`` (the day a sentence dates
    its acts to, if it names one), an act of the same sub-type at the same place on
    another day is another event ("قتلت طفلة ليل الأحد بقصف على كفرزيتا" beside today's
    shelling of Kafr Zita)."""
    taken = list(taken)
    have = {(t, p) for t, p in taken if p}
    exact: set[tuple[str, str]] = set()  # areas of one place each (``_unlisted``)
    # The town of each kind of blast told so far: a further one named with no town is there.
    blasts = {t: p for t, p in reversed(taken) if p and t in SAME_BLAST}
    again: set[tuple[str, str]] = set()  # a second blast already added at a town
    # An article that reports air strikes bombs from the air: its later bare "قصف" ("وطال
    # القصف بلدة ..."، "استهدف القصف السوق") is those strikes, not artillery.
    # (Not where the article reports shelling too: its bare "قصف" may be either.)
    air = any(t == _AIR for t, _ in have) and not any(t == _SHELLING for t, _ in have)
    out: list[Scene] = []
    unplaced: tuple[int, list[str], set[str]] | None = None  # a sentence's acts with no town
    # A name several villages share is the one of the governorates of the events so far.
    regions = {p.admin1_pcode for _, c in have if (p := gazetteer.get(c)) is not None}
    # The headline restates the lead, from which events came; but a place it names that the
    # body never does ("اشتباكات في درعا واغتيال مختار في جبلة") is an
    # incident the headline alone tells.
    body = " ".join(s.text for s in sentences[1:])
    # The governorate of the article's town (its first event's), for "ريف المدينة".
    first = gazetteer.get(taken[0][1]) if taken and taken[0][1] else None
    home = gazetteer.get(first.admin1_pcode) if first is not None and first.level >= 3 \
        else None
    for sent in sentences:
        headline = sent.index == 0
        cut = _trailing_cut(sent)
        # (a cue the sentence lacks reports nothing: most sentences have none of them)
        labels = {c.label for c in sent.cues}
        if (sent.is_context and not _narrates(sent)) \
                or any(_reports_not(sent, c, cut) for c in _NOT_REPORTING
                       if c in labels) \
                or _RECURRING.search(sent.text) or _remembered(sent):
            continue
        like = taken[0][0] if taken else None
        types = _types(sent, sentences, air, like=like)
        if _IED in types and _heard_only(sent):
            types = [t for t in types if t != _IED]  # "سُمع دوي انفجارات": a sound
        # Types only generic words give ("هجوم"، "استهداف"، "مقتل") may retell an event
        # already coded there: any violent event at the place covers them.
        told = set(_types(sent, sentences, air, generic=False, like=like))
        told_in = sent.index  # the sentence that tells the acts (their evidence and date)
        if not types and unplaced and unplaced[0] == sent.index - 1 and (
                _places_the_dead(sent) or (_RAIDED.search(sent.text) and _ARRESTS in unplaced[1])):
            # "سقط القتلى في كل من اليعربية وصرين": where the acts just told happened;
            # "نفذت عمليات دهم في قرى ..." after a campaign's arrests: where it made them
            told_in, types, told = unplaced
            if _ARRESTS in types and not _places_the_dead(sent):
                told_in, types, told = sent.index, [_ARRESTS], {_ARRESTS}
        if not types:
            continue
        mentions = resolver.find(sent.text, regions=regions)
        mentions = _attested(sent.text, mentions, regions, gazetteer)
        if first is not None and first.level >= 4:
            mentions = _quarters_of(mentions, first, gazetteer)
        if headline:
            mentions = [m for m in mentions if m.surface.strip() not in body
                        and m.place.name_ar not in body]
            if mentions:  # the body may name them in another spelling ("Saraqeb")
                named = {n.place.pcode for s in sentences[1:]
                         for n in resolver.find(s.text, regions=regions)}
                mentions = [m for m in mentions if m.place.pcode not in named]
            if not mentions:
                continue
        if cut is not None:  # the purpose or background clause at the end names no scene
            mentions = [m for m in mentions if m.start < cut[1]]
        denied = denied_clauses(sent)
        mentions = [m for m in mentions if not in_spans(m.start, denied)]
        crossed = _crossing_point(sent.text, mentions)
        places = [crossed] if crossed else _scenes_of(sent.text, mentions, gazetteer,
                                                      terse=headline)
        unnamed = [] if crossed else _unnamed_items(sent.text, mentions, places, gazetteer)
        places += unnamed
        # Areas that stand for one place (a village the gazetteer lacks, a crossing point):
        # they neither cover nor are covered by the places inside them.
        unlisted = [crossed] if crossed else [] if headline else _unlisted(
            sent.text, mentions, places, gazetteer)
        places += [p for p in unlisted if p not in places]
        counted = _toll_items(sent.text, mentions)
        own_dead = {m.place.pcode: counted[m.start] for m in mentions if m.start in counted}
        unplaced = None if places or headline else (sent.index, types, told)
        another = _another_blast(sent)
        if another and not places:
            places = [place_match(p, p.name_ar) for t in types if t in blasts
                      if (p := gazetteer.get(blasts[t])) is not None][:1]
        if not places and types and (sent.has_cue("death") or told) \
                and not _TALLY.search(sent.text):
            region = _region_of(sent.text, mentions, types, told, have, gazetteer)
            if region is not None:
                # "خطف شاب من أبناء مدينة شهبا بريف السويداء": the victim's town in it
                town = home_town(sent.text, mentions, region.place)
                places = [as_match(town) if town is not None else region]
        elif places and types and not headline and not _TALLY.search(sent.text):
            places += _clause_regions(sent, mentions, places, types, told, have, gazetteer)
        if not places and types and home is not None and not headline:
            countryside = _OWN_COUNTRYSIDE.search(sent.text)
            if countryside is not None:  # the countryside of the article's town
                places = unlisted = [place_match(home, countryside.group().strip())]
        alone = len(types) == len(places) == 1
        # "قصفت القوات بلدتي A وB": towns a place word for several names apart, however close
        listed = frozenset(m.place.pcode for m in mentions
                           if m.marker and name_key(m.marker) in _LISTING)
        blast_only = all(h.phrase in BLAST_ONLY for h in sent.triggers if h.label == _IED)
        for label, place in _pairs(sent.text, types, places):
            if headline and len(types) > 1 and place.place.pcode not in {
                    m.place.pcode for m in headline_part_places(label, sent, mentions)}:
                continue  # "شهداء بقصف على X.. واعتقالات في Y": no shelling at Y
            loose = label not in told or label in _TERRITORY  # a battle there took it
            key = (label, place.place.pcode)
            # An unnamed place around a town ("جبل عبد العزيز غربي الحسكة") is not the town.
            around = place in unnamed
            if place in unlisted:
                if key in have or key in exact:
                    continue
            elif _covered(label, place, have, gazetteer, loose=loose,
                          blast=blast_only and label == _IED, around=around,
                          apart=listed) and not _another_day(
                    label, place, sent.index, dated, day_of, out) and not (
                    another and label in SAME_BLAST
                    and (label, place.place.pcode) in have
                    and (label, place.place.pcode) not in again):
                continue
            if another and label in SAME_BLAST:
                again.add(key)
            (exact if place in unlisted else have).add(key)
            out.append(Scene(label, told_in, place, alone,
                             own_dead.get(place.place.pcode) if told_in == sent.index else None))
            if len(out) >= MAX_SCENES:
                return out
    return out


def headline_part_places(label: str, head: Sentence,
                         mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"شهداء بقصف الرستن ودير الزور.. واعتقالات في الميدان ومظاهرة في جامعة حلب": a
    headline that lists acts of several kinds gives each its own places, those of its own
    part. A part opens at a mark (``HEADLINE_MARKS``) or at a word joined by "و", and one
    that tells no act ("ودير الزور") goes on the part before it. The arrests are at
    al-Midan, not at al-Rastan. A headline of one kind of act keeps every place."""
    acts = [h for h in head.triggers if h.label != GENERIC]
    mine = {h.start for h in acts if h.label == label
            or (h.label == "territory" and label in _TERRITORY)}
    if not mine or len(mine) == len(acts):
        return mentions
    spans = list(word_spans(head.text))
    opens = [k for k, w in enumerate(spans) if k == 0 or w.group().startswith("و")
             or _HEADLINE_MARK.search(head.text, spans[k - 1].end(), w.start())]
    parts: list[tuple[int, set[bool]]] = []  # (first word, whose acts: the label's or others')
    for k in opens:
        told = {h.start in mine for h in acts
                if k <= h.start < next((o for o in opens if o > k), len(spans))}
        if told or not parts:
            parts.append((k, told))
        else:
            parts[-1][1].update(told)
    starts = [spans[k].start() for k, _ in parts]

    def own(m: PlaceMention) -> bool:
        k = max(i for i, at in enumerate(starts) if at <= m.start or i == 0)
        return True in parts[k][1] or not parts[k][1]

    return [m for m in mentions if own(m)]


def _quarters_of(mentions: list[PlaceMention], town: Place,
                 gazetteer: Gazetteer) -> list[PlaceMention]:
    """"قذائف على مدينة جرمانا" then "سقطت إحداها قرب مدرسة في حي الروضة": a quarter named
    with no town in its sentence is one of the article's town, when the village that
    shares its name is a small one of the town's governorate (villages have no quarters).
    ("أحياء مدينة حلب" names the city itself.)"""
    if any(m.place.level >= 4 and m.marker not in QUARTER for m in mentions):
        return mentions
    return [replace(m, place=town)
            if m.marker in QUARTER and m.marker not in PLURAL and m.place.level >= 4
            and m.place.pcode != town.pcode and m.place.admin1_pcode == town.admin1_pcode
            and ((not gazetteer.is_chief_town(m.place) and not _centre(m.place, gazetteer))
                 or _another_citys_quarter(m, town, gazetteer))
            else m for m in mentions]


def _another_citys_quarter(m: PlaceMention, town: Place, gazetteer: Gazetteer) -> bool:
    """"القصف على مركز مدينة عفرين" then "سقطت القذائف على حي الأشرفية": a quarter the
    gazetteer knows by name as one of another city (the aliases: "الأشرفية" of Aleppo),
    named with no town, in an article about a town that has quarters of its own (a chief
    town or a sub-district's centre), is the article's town's: quarter names repeat from
    city to city."""
    return name_key(m.surface) != name_key(m.place.name_ar) \
        and (gazetteer.is_chief_town(town) or _centre(town, gazetteer))


def _centre(place: Place, gazetteer: Gazetteer) -> bool:
    """A community that gives its name to its sub-district (a town of some size)."""
    parent = gazetteer.get(place.admin3_pcode or "")
    return parent is not None and name_key(parent.name_ar.replace("مركز ", "")) == \
        name_key(place.name_ar)


def _attested(text: str, mentions: list[PlaceMention], regions: set[str],
              gazetteer: Gazetteer) -> list[PlaceMention]:
    """The mentions that may be scenes: a town's bare name (no place word, no preposition of
    place: ``SCENE_PREPOSITIONS``) counts only in a governorate the events so far or the
    sentence name ("قتل الشيخ عبد الرحمن الزعبي" in a report on Dar'a names a man). A
    governorate's chief town ("دمشق"، "الرقة") is known by its name alone."""
    named = regions | {m.place.admin1_pcode for m in mentions if m.place.level <= 2}
    return [m for m in mentions if m.marker or m.place.level < 3
            or m.place.admin1_pcode in named or _chief_town(m.place, gazetteer)
            or _after_preposition(text, m)]


def _chief_town(place: Place, gazetteer: Gazetteer) -> bool:
    """A governorate's chief town, Damascus (the governorate "مدينة دمشق") among them."""
    region = gazetteer.get(place.admin1_pcode)
    return gazetteer.is_chief_town(place) or (
        region is not None and place.level >= 3 and region.name_ar.endswith(" " + place.name_ar))


def _after_preposition(text: str, m: PlaceMention) -> bool:
    words = text[max(0, m.start - 16):m.start].split()
    if words and normalize(words[-1]) in SCENE_PREPOSITIONS:
        return True
    surface, name = normalize(m.surface.strip()), normalize(m.place.name_ar)
    return surface.startswith(("ب", "وب", "فب")) and not name.startswith("ب")


def _clause_regions(sent: Sentence, mentions: list[PlaceMention], places: list[PlaceMatch],
                    types: list[str], told: set[str], have: set[tuple[str, str]],
                    gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The governorates of the clauses that tell an act and its dead at no town, in a
    sentence whose other clauses name towns ("سقط قتلى وجرحى بانفجار عبوة بسيارتهم في
    محافظة درعا، بينما هز انفجار آخر مدينة عفرين"): each such clause is a scene of its
    own, at its region (``_region_of``)."""
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(sent.text)), len(sent.text)]
    if len(cuts) < 3:
        return []
    starts = [w.start() for w in word_spans(sent.text)]
    dead = [starts[c.start] for c in sent.cues if c.label == "death" and c.start < len(starts)]
    triggers = lexicon()[0]
    out = []
    for a, b in itertools.pairwise(cuts):
        clause = sent.text[a:b]
        own = [m for m in mentions if a <= m.start < b]
        if any(p.name and p.name in clause for p in places) or not own \
                or not any(a <= d < b for d in dead):
            continue
        acts = [t for t in types if any(h.label == t for h in triggers.find(tokens(clause)))]
        region = _region_of(clause, [replace(m, start=m.start - a, end=m.end - a) for m in own],
                            acts, told, have, gazetteer) if acts else None
        if region is not None and all(p.place.pcode != region.place.pcode for p in places):
            out.append(region)
    return out


def _crossing_point(text: str, mentions: list[PlaceMention]) -> PlaceMatch | None:
    """The place someone was crossing from when shot ("أثناء محاولته العبور من ريف
    إدلب"), a region or a town, if the sentence says so."""
    found = _CROSSING.search(text)
    if found is None:
        return None
    return next((as_match(m) for m in mentions if found.end() <= m.start <= found.end() + 12),
                None)


def _unlisted(text: str, mentions: list[PlaceMention], places: list[PlaceMatch],
              gazetteer: Gazetteer) -> list[PlaceMatch]:
    """Places the gazetteer lacks that a sentence lists among its scenes ("وطال القصف
    مدينة معرة مصرين، وبلدة الشيخ بحر"، "على قريتي (X، وY)"): a name after a place word
    (``UNLISTED_HEADS``) that no mention covers, joined to a scene of the sentence by "و"
    or a comma (or after a word for several places). Each is coded at the area that holds
    the place right after it ("جبل X غربي الحسكة"), else the scene it is listed with:
    the sub-district of a town, else the district or governorate of the area."""
    if not mentions:
        return []
    spans = list(word_spans(text))
    out: list[PlaceMatch] = []
    for k, w in enumerate(spans):
        word = w.group()
        joined = word.startswith("و") and normalize(word[1:]) in _UNLISTED_HEADS
        head = normalize(word[1:] if joined else word)
        if head not in _UNLISTED_HEADS or any(m.start <= w.start() < m.end for m in mentions):
            continue
        several = head in _UNLISTED_SEVERAL
        # "بلدة الموزرة، ومحيط قرية X": an item joined by "و" and the words for around it
        near = k > 0 and spans[k - 1].group().startswith("و") \
            and normalize(spans[k - 1].group()[1:]) in _AROUND
        listed = joined or near or text[:w.start()].rstrip().endswith(("،", ","))
        if not several and not (listed and places):
            continue
        name = _unlisted_name(text, w.end(), spans[k + 1:k + 1 + UNLISTED_WORDS], mentions)
        if name is None or any(name[0] <= m.start < name[1] for m in mentions) \
                or any(p.name and text[name[0]:name[1]] in p.name for p in places) \
                or _NOT_SCENE.search(text[max(0, w.start() - 30):w.start()]) \
                or treated_or_buried(text, w.start()) \
                or fire_from(text, w.start()) or fled_from(text, w.start()):
            continue
        area = _area_of(text, name, mentions, places, gazetteer, near=not several)
        if area is not None and all(a.place.pcode != area.pcode for a in out) \
                and all(p.place.pcode != area.pcode for p in places):
            out.append(place_match(area, text[name[0]:name[1]]))
    return out


def _unlisted_name(text: str, after: int, spans: list[re.Match[str]],
                   mentions: list[PlaceMention]) -> tuple[int, int] | None:
    """Where the name after a place word begins and ends: its words up to a mark of
    punctuation, the next item ("و..."), a direction, a preposition or a known place."""
    opened = _NAME_OPEN.match(text, after)
    start = opened.end() if opened else after
    end = start
    for n, w in enumerate(spans):
        if w.start() < start or (n and _NAME_END.search(text[end:w.start()])):
            break
        word = normalize(w.group())
        stops = _NAME_ENDS if n else _NOT_A_NAME
        if (n and word.startswith("و")) or any(word[len(c):] in stops for c in _CLITICS
                                               if word.startswith(c)) \
                or any(m.start == w.start() for m in mentions):
            break
        end = w.end()
    return (start, end) if end > start else None


def _area_of(text: str, name: tuple[int, int], mentions: list[PlaceMention],
             places: list[PlaceMatch], gazetteer: Gazetteer, near: bool) -> Place | None:
    """The area of a place the gazetteer lacks: that of the place right after it, else of
    the nearest scene before it (or the nearest place, for a word for several places)."""
    after = [m for m in mentions if m.start >= name[1]
             and _LOCATOR.match(text[name[1]:m.start])]
    scenes = {p.place.pcode for p in places}
    before = [m for m in mentions if m.end <= name[0]
              and (m.place.pcode in scenes or not near)]
    if after:
        source = after[0].place
    elif before:  # the nearest, of the most specific ("محور مدينة X شمال غرب الحسكة")
        source = max(reversed(before), key=lambda m: m.place.level).place
    else:
        return None
    for code in (source.pcode if source.level < 4 else None,
                 source.admin3_pcode if source.level == 4 else None,
                 source.admin2_pcode if source.level >= 3 else None, source.admin1_pcode):
        area = gazetteer.get(code) if code else None
        if area is not None and area.pcode not in scenes:
            return area
    return None


def _another_blast(sent: Sentence) -> bool:
    """Whether the sentence tells a further blast ("الانفجار الثاني"، "عبوة ناسفة أخرى"). A
    negation, denial or bomb handled governs it from before it ("نافية وقوع انفجار ثان"،
    "فككت عبوة ثالثة"), a bomb handled also from just after it ("عبوة ثانية تم تفكيكها");
    a negation after it is about what followed ("الانفجار الثاني استهدف موقعاً آخر، إلا أن
    نتائجه لم تتوضح")."""
    found = _ANOTHER_BLAST.search(sent.text)
    if found is None or _DENIED.search(sent.text):
        return False
    at = sum(1 for w in word_spans(sent.text) if w.start() < found.start())
    return not any(c.label in ANOTHER_NOT_CUES and (
        c.start <= at or (c.label == "weapons_handled" and c.start <= at + HANDLED_AFTER))
        for c in sent.cues)


def _another_day(label: str, place: PlaceMatch, index: int,
                 dated: Mapping[tuple[str, str], str] | None,
                 day_of: Callable[[int], str | None] | None, out: list[Scene]) -> bool:
    """Whether the one event of this sub-type at this very place is of another day than
    the one the sentence names (and no scene here was added already)."""
    if not dated or day_of is None or any(
            s.sub_event_type == label and s.place.place.pcode == place.place.pcode for s in out):
        return False
    then = dated.get((label, place.place.pcode))
    day = day_of(index) if then else None
    return bool(then and day and day != then)


def denied_clauses(sent: Sentence) -> list[tuple[int, int]]:
    """The clauses (``CLAUSE_OPENERS`` open one) whose acts a negation or denial takes back,
    as spans of the text: "قصفت المدفعية البلدة، فيما لم يقع أي قتال قرب القرية"
    names the village only for what did not happen there. A clause with an act that stands
    ("..., فيما لم يسجل قتلى") keeps its places."""
    if not any(c.label in _TAKEN_BACK for c in sent.cues):
        return []
    spans = list(word_spans(sent.text))
    if len(spans) != len(sent.tokens):
        return []
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(sent.text)), len(sent.text)]
    raw = lexicon()[0].find(sent.tokens)
    out = []
    for start, end in itertools.pairwise(cuts):
        def inside(first: int, start: int = start, end: int = end) -> bool:
            return start <= spans[first].start() < end

        if any(inside(h.start) for h in raw) and any(
                inside(c.start) for c in sent.cues if c.label in _TAKEN_BACK) and not any(
                inside(h.start) for h in sent.triggers):
            out.append((start, end))
    return out


def told_of_others(text: str, label: str, named: list[int]) -> bool:
    """Whether every clause of ``text`` that tells an act of ``label`` speaks of places it does
    not name and names none (``named``: where the text's places start): "تظاهر أهالي
    البلدة X، بينما دار قتال في مناطق أخرى" tells no clash at X."""
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    triggers = lexicon()[0]
    telling = [(a, b) for a, b in itertools.pairwise(cuts)
               if any(h.label == label for h in triggers.find(tokens(text[a:b])))]
    return bool(telling) and all(
        _UNNAMED_OTHERS.search(text[a:b]) and not any(a <= n < b for n in named)
        for a, b in telling)


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a text offset lies in one of the spans."""
    return any(a <= offset < b for a, b in spans)


def _narrates(sent: Sentence) -> bool:
    """A sentence opening with "وكان" and no "قد": the day's narration, not a recall."""
    return PLUPERFECT_MARK not in sent.tokens and any(
        c.label == "context_open" and c.start == 0 and c.phrase in NARRATING_OPENERS
        for c in sent.cues)


def _reports_not(sent: Sentence, cue: str, cut: tuple[int, int] | None = None) -> bool:
    """Whether the sentence has this cue of recall or framing, leaving out the background
    words that only date the weapon ("لغم من مخلفات التنظيم" blows up today) and, when the
    sentence has a ``cut``, the cues of its trailing clause (``_trailing_cut``)."""
    # "وتفرق المعتصمون بسلام دون أي صدام": "any" after a crowd's every act is no
    # hypothesis about them (after violence it still is: "دون وقوع أي أضرار")
    told = [c for c in sent.cues if c.label == cue and not _cue_undone(c, sent)]
    if not told:
        return False  # most sentences: nothing more to work out
    crowd = bool(sent.triggers) and all(EVENT_TYPES.get(h.label) in ONE_PER_PLACE_TYPES
                                        for h in sent.triggers)
    last = max((h.end for h in sent.triggers), default=0)
    return any(not (cue == "background" and c.phrase in WEAPON_PAST)
               and not (cut is not None and c.label in TRAILING_CUES
                        and c.start >= cut[0])
               and not (cue == "hypothetical" and c.start >= last
                        and (crowd or _negated_any(c, sent)))
               for c in told)


def _remembered(sent: Sentence) -> bool:
    """"تحل اليوم ذكرى المجزرة التي قتل فيها مئة شخص في بلدة X": the violence an anniversary
    names is history, no scene of the day's (``Sentence.commemorates``). (A crowd marking it
    is: "تظاهر المئات في بلدة X إحياء لذكرى المجزرة".)"""
    return sent.commemorates and not all(
        EVENT_TYPES.get(h.label) in ONE_PER_PLACE_TYPES for h in sent.triggers)


def _negated_any(cue: Hit, sent: Sentence) -> bool:
    """"ولم يُعرف انتماؤه لأي جهة": a hypothesis word a few words after a negation
    (pipeline.rules.scope.NEGATED_ANY) is "any" of a denial."""
    return any(w in NEGATED_ANY
               for w in sent.tokens[max(0, cue.start - NEGATED_ANY_REACH):cue.start])


def _trailing_cut(sent: Sentence) -> tuple[int, int] | None:
    """Where a trailing clause of purpose or background begins, as an offset in the text,
    when every act the sentence tells comes before it: "نفذت حملة دهم في قرى ...، بهدف
    ملاحقة ..." and "اعتقلت ... متورطين بجرائم ..." report the raid and the arrests (the
    cue governs only what follows it, ``pipeline.rules.scope``): its first word, and its
    offset in the text. ``None`` otherwise."""
    trailing = [c.start for c in sent.cues if c.label in TRAILING_CUES
                and not (c.label == "background" and c.phrase in WEAPON_PAST)
                and not _cue_undone(c, sent)]
    if not trailing:
        return None
    first = min(trailing)
    if any(h.end > first for h in sent.triggers) or any(
            c.label in _NOT_REPORTING and c.label not in TRAILING_CUES and c.start < first
            for c in sent.cues):
        return None
    word = next(itertools.islice(word_spans(sent.text), first, None), None)
    return None if word is None else (first, word.start())


def _cue_undone(cue: Hit, sent: Sentence) -> bool:
    """A cue that a cue paired with it covers is none (``NOT_WHERE``): "يرجح" in "بغارات
    يرجح أنها روسية" opens no clause of the future."""
    unless = NOT_WHERE.get(cue.label)
    return unless is not None and any(c.label == unless and c.start <= cue.start < c.end
                                      for c in sent.cues)


def _places_the_dead(sent: Sentence) -> bool:
    """A sentence that only says where the dead of the acts before it fell."""
    return sent.has_cue("death") and not sent.triggers and not _TALLY.search(sent.text)


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
        acts_of = _ALONGSIDE.sub(" ", clause)  # "وتزامناً مع القصف الروسي،": told already
        own = [t for t in types if any(h.label == t for h in triggers.find(tokens(acts_of)))]
        if own and not here and (_UNNAMED_OTHERS.search(clause)
                                 or _UNNAMED_SCENE.search(clause)):
            where = []  # "بينما دار قتال في مناطق أخرى": towns it does not name
        acts, where = own or acts, here or where
        out += [(t, p) for t in acts for p in where if (t, p) not in out]
    return out or [(t, p) for t in types for p in places]


def _types(sent: Sentence, sentences: list[Sentence], air: bool,
           generic: bool = True, like: str | None = None) -> list[str]:
    types = [t for t in sentence_types(sent, sentences, generic=generic) if t in PER_PLACE]
    ground = bool(_GROUND_FIRE.search(sent.text))  # "قصف المعارضة": no aircraft
    if air and _SHELLING in types and not ground and all(
            h.phrase in BOMBARDMENT for h in sent.triggers if h.label == _SHELLING):
        types = list(dict.fromkeys(_AIR if t == _SHELLING else t for t in types))
    if any(h.label == "territory" for h in sent.triggers) and _CLASH in types:
        types.remove(_CLASH)  # "سيطرت على البلدة بعد معارك": the battle is the takeover
    if _CLASH in types and _ARRESTED_AFTER_FIGHT.search(sent.text):
        types.remove(_CLASH)  # "اعتقلوه بعد اشتباكات بينهم": the fight is the arrest's
    if not any(_takes(h, sent) for h in sent.triggers if h.label == "territory"):
        types = [t for t in types if t not in _TERRITORY]
    if _AIR in types and _SHELLING in types and not ground and not any(
            h.phrase in ARTILLERY for h in sent.triggers if h.label == _SHELLING):
        types.remove(_SHELLING)  # the aircraft's bombs and missiles, not a second attack
    # "تلك الاشتباكات": every word of that act refers back to one told already
    types = [t for t in types if not told_before(t, sent)]
    # "حملة استمرت 130 يوماً، استخدمت فيها مئات الغارات": the campaign's arsenal
    types = [t for t in types if not _arsenal_only(t, sent)]
    if like is not None:
        # "تعرضت المدينة لقصف مماثل" after a chemical attack: an act told as "similar" is of
        # the kind of the article's first event, when of its event type (as extract codes it)
        types = list(dict.fromkeys(
            like if EVENT_TYPES[t] == EVENT_TYPES.get(like) and _like_the_one_before(t, sent)
            else t for t in types))
    if _states(sent):  # what speakers at a protest demanded is not a scene
        types = [t for t in types if EVENT_TYPES[t] not in ONE_PER_PLACE_TYPES]
    return types


_SIMILAR = frozenset(normalize(w) for w in SIMILAR)
_USED_IN_IT = frozenset(tuple(normalize(w).split()) for w in USED_IN_IT)


def _arsenal_only(label: str, sent: Sentence) -> bool:
    """Whether every word of this weapon's act comes after "استخدمت فيها" and the like
    (pipeline.rules.scope.USED_IN_IT): the weapons a campaign used over its length."""
    if EVENT_TYPES[label] != "Explosions/Remote violence":
        return False
    words = sent.tokens
    used = next((i for i in range(len(words) - 1) if (words[i], words[i + 1]) in _USED_IN_IT),
                None)
    return used is not None and all(
        h.start > used for h in sent.triggers if h.label == label)


def _like_the_one_before(label: str, sent: Sentence) -> bool:
    """Whether every word of this act in the sentence is followed by "similar" ("قصف
    مماثل"، "غارات مشابهة", pipeline.rules.scope.SIMILAR)."""
    hits = [h for h in sent.triggers if h.label == label]
    return bool(hits) and all(h.end < len(sent.tokens) and sent.tokens[h.end] in _SIMILAR
                              for h in hits)


_DEFINITE = ("ال", "بال", "وال", "لل", "فال", "وبال", "ولل")


def _states(sent: Sentence) -> bool:
    """A statement cue that is not a crowd's own demand: "وقفة احتجاجية ... للمطالبة
    بالكشف عن مصير المعتقلين" tells the protest and what it was for ("protest_grievance"
    at the same word), and so does a crowd told before its demand ("نظم العشرات وقفة ...
    طالبوا فيها بـ..."); "وطالب المشاركون بـ..." tells what was said at one."""
    demands = {c.start for c in sent.cues if c.label == "protest_grievance"}
    # (what the crowd's chants or banners say: "مرددين هتافات تطالب بـ...")
    demands |= {c.start for c in sent.cues if c.label == "statement" and any(
        w in _CROWD_VOICE for w in sent.tokens[max(0, c.start - 2):c.start])}
    # (the crowd told first, then what it demanded: "نظم العشرات وقفة ... طالبوا فيها بـ";
    # not one named again with the article, "وألقيت خلال التظاهرة كلمات طالبت ...")
    crowd = min((h.start for h in sent.triggers
                 if EVENT_TYPES.get(h.label) in ONE_PER_PLACE_TYPES
                 and not sent.tokens[h.start].startswith(_DEFINITE)), default=len(sent.tokens))
    return any(c.label == "statement" and c.start not in demands and c.start < crowd
               for c in sent.cues)


def told_before(label: str, sent: Sentence) -> bool:
    """Whether every word of this act in the sentence comes after a demonstrative ("تلك
    الاشتباكات"): it names an act told already. Words of violence in general count for the
    act they are read as, where no word names it ("وتسببت تلك الاستهدافات بانقطاع
    الكهرباء")."""
    hits = [h for h in sent.triggers if h.label == label] \
        or [h for h in sent.triggers if h.label == GENERIC]
    return bool(hits) and all((h.start > 0 and sent.tokens[h.start - 1] in _DEMONSTRATIVES)
                              or _named_again(h, sent) or _judged(h, sent)
                              or _its_people(h, sent) for h in hits)


def _named_again(hit: Hit, sent: Sentence) -> bool:
    """"أن يكون القصف الأخير مقدمة لعملية برية": a body sentence's act word with its article
    and a word pointing back right after it (``TOLD_AGAIN_AFTER``) names the act told."""
    return sent.index > 1 and hit.end < len(sent.tokens) \
        and sent.tokens[hit.start].startswith(_DEFINITE) \
        and sent.tokens[hit.end] in _TOLD_AGAIN_AFTER


def _its_people(hit: Hit, sent: Sentence) -> bool:
    """Whether a body sentence's act word names the abducted or the abductors with the
    article ("بالكشف عن مصير المخطوفين"; ``TOLD_BY_ITS_PEOPLE``): people of an abduction
    told already."""
    return sent.index > 1 and hit.phrase in _ITS_PEOPLE \
        and sent.tokens[hit.start].startswith(_DEFINITE)


def _judged(hit: Hit, sent: Sentence) -> bool:
    """Whether an act word with its article is judged a breach right after it, following
    a verb of judging or saying ("واعتبرت اللجنة القصف خرقاً للاتفاق"; ``JUDGED_AS``)."""
    if hit.end - hit.start != 1 or not sent.tokens[hit.start].startswith(_DEFINITE) \
            or not any(c.label == "breach" and c.start == hit.end and c.phrase in JUDGED_AS
                       for c in sent.cues):
        return False
    return bool(_judging().find(sent.tokens[:hit.start]))


@lru_cache(maxsize=1)
def _judging() -> Lexicon:
    return Lexicon({"judging": JUDGING})


def _takes(hit: Hit, sent: Sentence) -> bool:
    """A territory word that tells a takeover: a verb, or the noun of control with what
    was taken ("سيطرتها على قرى"), not who holds a place ("مناطق سيطرة النظام")."""
    if sent.tokens[hit.start] not in _CONTROL:
        return True
    return any(t in _TAKEN_WHAT for t in sent.tokens[hit.start + 1:hit.start + 2])


def _scenes_of(text: str, mentions: list[PlaceMention],
               gazetteer: Gazetteer, terse: bool = False) -> list[PlaceMatch]:
    """The places of a sentence that are scenes, the most specific of each nesting.

    A further scene must be a town, village or quarter (a governorate or district named
    in passing only locates), and must be plainly a place: named after a place noun
    ("قرية"، "بلدة"، "حي"), in several words, a well-known name, or the next item of a list
    that began so ("قرى الزيتونة والجميلة"); a one-word name alone is too often an ordinary
    word or a person ("رامي"، "غرب"، "قصير").
    """
    kept: list[PlaceMention] = []
    dropped_end = -100
    in_list = _long_lists(text, mentions)
    tolled = _toll_items(text, mentions)
    in_list |= set(tolled)
    opened = _LIST_OPENER.search(text)
    in_list |= {m.start for m in mentions if opened and m.start >= opened.end()}
    for m in mentions:
        if name_key(m.surface) in _FUNCTION or name_key(m.surface.lstrip("وف")) in _FUNCTION:
            continue  # "الرصاص الحي على"، "وعلى أطرافها": a preposition, not a village
        bare = m.surface.strip()
        if bare in _BARE or (bare[:1] in ("و", "ف") and bare[1:] in _BARE):
            continue  # "عند باب الكراج": a gate, not the town of al-Bab
        gap = text[dropped_end:m.start] if m.start - dropped_end <= 12 else ""
        landmark = _NOT_SCENE.search(text[max(0, m.start - 30):m.start])
        if landmark and _DIRECTION_THEN_IN.search(landmark.group()):
            landmark = None
        if m.start in tolled:  # a toll's own place: "وثلاثة آخرين في محافظة إدلب"
            gap = ""
            # its own words begin at its "في" ("بالشمال واثنين في X": no landmark of X)
            own = text[max(0, m.start - 30):m.start]
            cut = own.rfind(" في ")
            landmark = _NOT_SCENE.search(own[cut + 1:]) if cut >= 0 else landmark
            if landmark and m.marker and m.marker.startswith(name_key(landmark.group(1))):
                landmark = None
        if landmark and landmark.group(1) in _HEADED and _INCURSION.search(
                text[max(0, m.start - 60):m.start]):
            landmark = None  # "توغلت قوة باتجاه بلدة سويسة ... واعتقلت شاباً": raided there
        if landmark and landmark.group(1) in ("إلى", "الى") and text[
                :max(0, m.start - 30) + landmark.start()].rstrip().endswith(RESTORED_TO):
            landmark = None  # "أعادت الأمن والاستقرار إلى بلدات X وY": retaken there
        if landmark and landmark.group(1) in _LANDMARK and not any(
                k.place.level > 2 and not item_heading(text, k, mentions, gazetteer)
                and not _CLAUSE.search(text, k.end, m.start) for k in kept):
            # "قرب بلدة عدوان" with no town before it (a bulletin item's heading, "🔴 دير
            # الزور | ... على أطراف بلدة البصيرة", is none; nor is a town of an earlier
            # clause, "... في مدينة دارة عزة، في حين قتل راع بغارة على أطراف قرية الناجية"):
            # the nearest town
            landmark = None
        if landmark \
                or _OTHER_END.search(text[max(0, m.start - 50):m.start + 1]) is not None \
                or treated_or_buried(text, m.start) or sources_there(text, m.start) \
                or fire_from(text, m.start) \
                or fled_from(text, m.start) or in_dateline(text, m) \
                or protested_against(text, m.start) \
                or road_far_end(text, m, mentions) \
                or based_too(text, m.start) or threatened_target(text, m.start) \
                or taken_to(text, m.start) \
                or told_as_result(text, m.start) \
                or after_earlier_incident(text, m.start) \
                or based_at(text, m.start) \
                or city_of_around(text, m) \
                or gap.lstrip().startswith("و") \
                or (m.start - dropped_end <= 2 and not gap.strip()
                    and m.surface.startswith("و")):  # the next item of a list that is no scene
            dropped_end = m.end
            continue
        listed = bool(kept) and _near(text, kept[-1].end, m.start) and \
            text[kept[-1].end:m.start].strip(" ،,\"“”«»") in ("و", "")
        plain = m.marker or " " in m.surface.strip() or listed or m.start in in_list \
            or (terse and text[:m.start].rstrip().endswith(TERSE_IN)) \
            or _AND_OTHERS.match(text, m.end) \
            or gazetteer.is_alias(
            name_key(m.surface), m.place.pcode) or _CAPITAL.search(text[:m.start]) \
            or (m.place.level == 4 and _QUARTER_OF.search(text[max(0, m.start - 40):m.start])) \
            or (m.surface.startswith("ل") and _ATTACKED.search(text[max(0, m.start - 40):m.start]))
        if plain:
            kept.append(m)
    inner = [m for m in kept if not any(contains(m.place, o.place) for o in kept)
             # (a heading heads its item whether or not the item's town is a scene left
             # to find: "دير الزور: أعدم التنظيم رجلاً في بلدة الشحيل", coded already)
             and not item_heading(text, m, mentions, gazetteer)
             and (m.place.level > 2 or villages_of_region(m) or m.start in tolled)]
    seen: set[str] = set()
    out = []
    for m in inner:
        if m.place.pcode not in seen:
            seen.add(m.place.pcode)
            out.append(as_match(m))
    for road in _roads(text, mentions, gazetteer):
        if road.place.pcode not in seen:
            seen.add(road.place.pcode)
            out.append(road)
    return out


# "، وجبل عبد العزيز غربي ": a list item the gazetteer does not know, placed by a direction
# from a place it does (a comma or "و" opens it; one to UNNAMED_WORDS words name it).
_UNNAMED_ITEM = re.compile(
    rf"^\s*[،,]?\s*و?\s*(?P<name>[^\s،,.]+(?:\s+[^\s،,.]+){{0,{UNNAMED_WORDS - 1}}})\s+"
    rf"(?:{alternation(sorted(DIRECTIONS, key=len, reverse=True))})\s*$")


def _unnamed_items(text: str, mentions: list[PlaceMention], places: list[PlaceMatch],
                   gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The scenes of a list of ``places`` after "كل من" whose items the gazetteer does not
    know but places by a direction from one it does ("في كل من اليعربية، صرين، وجبل عبد
    العزيز غربي الحسكة"): the country around that place, its district where the district
    bears the town's name, else its sub-district (a governorate's name stands for its chief
    town), unless a scene already."""
    opened = _LIST_OPENER.search(text) if places else None
    if opened is None:
        return []
    seen = {p.place.pcode for p in places}
    out: list[PlaceMatch] = []
    last = opened.end()
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start < opened.end():
            continue
        item = _UNNAMED_ITEM.match(text[last:m.start])
        last = m.end
        if item is None or name_key(item.group("name").split()[0]) in _FUNCTION:
            continue
        area = _country_around(m.place, gazetteer)
        if area is not None and area.pcode not in seen:
            seen.add(area.pcode)
            out.append(place_match(area, item.group("name")))
    return out


def threatened_target(text: str, start: int) -> bool:
    """Whether the place at ``start`` is the target of an offensive only threatened or
    planned in its clause (``THREATENED_BEFORE``): "هددت بشن عملية على مدينتي X وY"."""
    return bool(_THREATENED.search(text[max(0, start - THREATENED_REACH):start].lower()))


_TAKEN_TO = sieved(
    rf"(?<!\S)[وف]?(?:{alternation(TAKEN_AWAY)})\S*\s+(?:[^\s،,.]+\s+){{0,2}}?"
    rf"(?:{alternation(TAKEN_TO)})\s[^،,.؛]*"
    rf"(?:[،,]\s*(?:{alternation(TAKEN_GUESSED)})\s[^،,.؛]*)?$")


def launched_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is named as where fire was launched from ("من جهة جبل
    التركمان"، "من فوق الجولان")."""
    return _LAUNCHED.search(text, max(0, start - 30), start) is not None


# (matched on the sentence as written: its own sentence, so no full stop between)
_EARLIER = re.compile(alternation(EARLIER_INCIDENT_BEFORE), re.IGNORECASE)


def after_earlier_incident(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows, at most ``EARLIER_INCIDENT_REACH`` characters
    on, words that tell an earlier incident ("بعد ساعات من مقتل ... في مدينة X"): that
    incident's town, no scene of the day's act."""
    return _EARLIER.search(text, max(0, start - EARLIER_INCIDENT_REACH), start) is not None


_HOURS_EARLIER = re.compile(alternation(EARLIER_BY_HOURS), re.IGNORECASE)


def hours_earlier_act(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows words of an incident hours earlier
    (``EARLIER_BY_HOURS``) in a sentence that tells no act before them ("وجاء الاتفاق بعد
    ساعات من استعادة القوات السيطرة على معبر X"): that incident is what the sentence tells,
    and the place its scene."""
    found = _HOURS_EARLIER.search(text, max(0, start - EARLIER_INCIDENT_REACH), start)
    return found is not None and not lexicon()[0].find(tokens(text[:found.start()]))


def told_as_result(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows, in its sentence, the opening of a clause of
    what the act amounts to ("لتكتمل بذلك عملية فصل دوما وحرستا عن بقية بلدات الغوطة"):
    the result is said of it; no act was there."""
    return _RESULT.search(text, 0, start) is not None


def taken_to(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where detainees were taken (``TAKEN_AWAY``): "واقتادتهم
    إلى فرع الأمن العسكري في مدينة درعا" names a prison's town, not the raid's."""
    return bool(_TAKEN_TO.search(text[max(0, start - TAKEN_REACH):start]))


_BASED_AT = re.compile(rf"(?:{alternation(BASED_IN)})[^،,.؛]{{0,{BASED_REACH}}}$")


def based_at(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where a side is based (``BASED_IN``, in the same
    clause): "مجموعات تتمركز في محيط قرى ريف درعا" were there, the act was elsewhere."""
    return _BASED_AT.search(text, max(0, start - BASED_REACH - 20), start) is not None


def based_too(text: str, start: int) -> bool:
    """Whether the place at ``start`` is joined by "وفي" to where a side is based or holds
    out, in the same clause (``BASED_IN``): "تتحصن في مقر الفرقة شمال المدينة وفي مطار X"."""
    return bool(_BASED_TOO.search(text[max(0, start - 120):start]))


def _country_around(place: Place, gazetteer: Gazetteer) -> Place | None:
    """The area around a landmark town (or a governorate's chief town)."""
    if place.level == 1:
        place = next((p for p in gazetteer.resolve(place.name_ar)
                      if gazetteer.is_chief_town(p) and p.admin1_pcode == place.pcode), place)
    if place.level != 4:
        return place if place.level > 1 else None
    district = gazetteer.get(place.admin2_pcode or "")
    if district is not None and name_key(district.name_ar.replace("مركز ", "")) == \
            name_key(place.name_ar):
        return district
    return gazetteer.get(place.admin3_pcode or "")


def _roads(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The areas of the roads a sentence names by their two ends ("على طريق تدمر – حمص"):
    the district both ends are in, else their governorate; none when they share neither."""
    out = []
    for a, b in itertools.pairwise(mentions):
        dash = text[a.end:b.start].strip()
        if not dash or dash not in ROAD_DASHES \
                or not _ROAD_END.search(text[max(0, a.start - 20):a.start]):
            continue
        one, two = a.place, b.place
        if one.admin2_pcode and one.admin2_pcode == two.admin2_pcode:
            area = gazetteer.get(one.admin2_pcode)
        else:
            area = gazetteer.get(one.admin1_pcode) if one.admin1_pcode == two.admin1_pcode \
                else None
        if area is not None:
            out.append(place_match(area, f"{a.surface} – {b.surface}"))
    # "على طريق الميادين – الشولا": an end the gazetteer does not know leaves the country
    # around the known one (its district where the district bears its name).
    starts = {m.start for m in mentions}
    for a in mentions:
        far = _UNKNOWN_END.match(text, a.end)
        if far is None or far.start(1) in starts \
                or not _ROAD_END.search(text[max(0, a.start - 20):a.start]):
            continue
        area = _country_around(a.place, gazetteer) if a.place.level == 4 else None
        if area is not None:
            out.append(place_match(area, f"{a.surface} – {far.group(1)}"))
    return out


_QUOTES = "\"“”«»'"


def _near(text: str, end: int, start: int) -> bool:
    """Whether a name starting at ``start`` follows one ending at ``end`` as the next item
    of a list: at most four characters apart, not counting the quotes around names
    ("في مناطق “قمحانة”، “أرزة”، و”خطاب”")."""
    gap = text[end:start] if end <= start else None
    return gap is not None and len(gap) - sum(gap.count(q) for q in _QUOTES) <= 4


def _region_of(text: str, mentions: list[PlaceMention], labels: list[str], told: set[str],
               have: set[tuple[str, str]], gazetteer: Gazetteer) -> PlaceMatch | None:
    """The one governorate or district a sentence with its own toll and no town names as
    where its acts happened ("قتل ملازم بانفجار لغم في بادية دير الزور"), when the article
    has no event of those sub-types in that governorate yet (nor, for acts only generic
    words tell, "مقتل"، "هجوم", any violent event there: they may retell it)."""
    regions = [m for m in mentions if m.place.level <= 2
               and not _not_region(text[max(0, m.start - 30):m.start], m.marker)
               and not treated_or_buried(text, m.start)
               and not fire_from(text, m.start)
               and not fled_from(text, m.start)
               and not based_at(text, m.start)
               and not _after_no_scene(text, m)]
    if not regions or len({m.place.admin1_pcode for m in regions}) > 1:
        return None
    inner = max(regions, key=lambda m: m.place.level)
    area = inner.place.admin1_pcode
    loose = any(t not in told for t in labels)
    if any((t in labels or (loose and EVENT_TYPES.get(t) in VIOLENT_TYPES))
           and (p := gazetteer.get(c)) is not None and p.admin1_pcode == area
           for t, c in have):
        return None
    return as_match(inner)


def _after_no_scene(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is the next item of a list whose item before it is no scene: "من أبناء
    بلدة X وقرى ريف Y" names where the victims come from, Y as much as X (the words of
    ``_NOT_SCENE`` but the landmarks and directions, a name of up to three words, then "و"
    and the place words of the item)."""
    hit = _AFTER_NO_SCENE.search(text[max(0, m.start - 50):m.start])
    return hit is not None and hit.group(1) not in _LANDMARK \
        and hit.group(1) not in _DIRECTIONS


def _not_region(before: str, marker: str) -> bool:
    """Whether the words before a region make it no scene: those of ``_NOT_SCENE`` but its
    own word ("بريف حمص"، and "محافظة درعا", which only begins like "محافظ") and the
    landmark words and directions (no town comes before it: "شمالي الرقة" is in Raqqa)."""
    hit = _NOT_SCENE.search(before)
    word = name_key(hit.group(1)) if hit is not None else ""
    return hit is not None and hit.group(1) not in _LANDMARK \
        and hit.group(1) not in _DIRECTIONS and not (
            marker and (word.endswith(marker) or marker.startswith(word)))


def treated_or_buried(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where the wounded were taken or the dead buried, or
    where fire came from (``pipeline.rules.scenes``): "نقل إلى مشفى ..."، "شيّع الأهالي
    الضحايا في مدينة تدمر"."""
    before = text[max(0, start - 40):start]
    if _TREATED.search(before) is not None:
        return True
    # (not where the fire fell, named after the source: "سقطت قذيفتا هاون مصدرهما الغوطة على
    # حي القصاع في دمشق")
    return any(not _LANDED_ON.search(before, m.end() - 1) for m in _SOURCE.finditer(before))


# "وذكر مراسلنا في ..."، "وقالت مصادر طبية في مدينة ..." (pipeline.rules.scenes.REPORTERS).
# Not the sources of fire (pipeline.rules.scenes.SOURCES_OF_FIRE).
_SOURCES_THERE = sieved(rf"(?:{alternation(REPORTERS)})\S*"
                        rf"(?!\s+(?:{alternation(SOURCES_OF_FIRE)})(?!\S))"
                        rf"(?:\s+\S+){{0,2}}\s+(?:في|ب)\s*"
                        rf"(?:(?:{alternation(REPORTER_PLACE_WORDS)})\s+)?$")


def sources_there(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where the reporter or the sources are ("وذكرت مصادر
    طبية في مدينة عين العرب أن ..."), not where anything happened."""
    return _SOURCES_THERE.search(text, max(0, start - 40), start) is not None


def fire_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is in a clause that says where fire came from, however
    long ("استهدفتها من نقاط انتشارها في مطار كويرس ومحيط بلدة دير حافر"): a comma ends
    that clause."""
    clause = text[max(0, start - POSITIONS_REACH):start]
    clause = clause.rsplit("،", 1)[-1].rsplit(",", 1)[-1]
    sources = list(_POSITIONS.finditer(clause))  # the last source word before the place
    if not sources:
        return False
    after = sources[-1].end() - 1
    if _LANDED.search(clause, after):
        return False
    fell = _FELL.search(clause, after)
    if fell is not None and _LANDED_ON.search(clause, fell.end() - 1):
        return False  # "قذائف أطلقت من الغوطة سقطت عصر اليوم على حي X": X was hit
    # (the verb of falling in the clause up to the source: "سقطت قذائف هاون مصدرها")
    offset = start - len(clause) + sources[-1].start()
    opening = text[:offset].rsplit("،", 1)[-1].rsplit(",", 1)[-1]
    return not (_LANDED_ON.search(clause, after) and _FELL.search(opening))


_TOLL_IN = frozenset(TOLL_IN)


def _toll_items(text: str, mentions: list[PlaceMention]) -> dict[int, int]:
    """The mentions that are items of a toll list ("ثلاثة متظاهرين في مدينة حمص وثلاثة
    آخرين في محافظة إدلب وواحد في اللاذقية"), by start, with their own dead: each right
    after a number, at most TOLL_ITEM_GAP words and "في" (and one place word); none unless
    TOLL_LIST of them."""
    if len(mentions) < TOLL_LIST:
        return {}  # (one item at most per mention: most sentences name too few)
    out: dict[int, int] = {}
    last = 0
    for m in sorted(mentions, key=lambda x: x.start):
        words = text[max(last, m.start - 60):m.start].split()
        last = m.end
        ins = [i for i, w in enumerate(words) if w in _TOLL_IN and i >= len(words) - 2]
        if not ins:
            continue
        for w in words[max(0, ins[-1] - 1 - TOLL_ITEM_GAP):ins[-1]]:
            w = w.strip("،,")
            found = number_at(normalize(w).split(), 0) \
                or number_at(normalize(w.rstrip("اً")).split(), 0)  # "وواحداً"
            if found is not None:
                out[m.start] = found[0]
                break
    return out if len(out) >= TOLL_LIST else {}


def _long_lists(text: str, mentions: list[PlaceMention]) -> set[int]:
    """Starts of the mentions in a list of LONG_LIST or more names joined by "و" or commas
    ("في جورين وكفرهود والشريعة"): so many words in a row that are all places are places."""
    out: set[int] = set()
    run: list[PlaceMention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        gap = text[run[-1].end:m.start] if run else ""
        joined = bool(run) and _near(text, run[-1].end, m.start) \
            and gap.strip(" ،,\"“”«»") in ("و", "") \
            and (any(c in gap for c in "،,و") or m.surface.startswith("و"))
        if run and not joined:
            if len(run) >= LONG_LIST:
                out.update(r.start for r in run)
            run = []
        run.append(m)
    if len(run) >= LONG_LIST:
        out.update(r.start for r in run)
    return out


def _covered(label: str, place: PlaceMatch, have: set[tuple[str, str]],
             gaz: Gazetteer, loose: bool = False, blast: bool = False,
             around: bool = False, apart: frozenset[str] = frozenset()) -> bool:
    """An event of this type already at this place, at a place inside or around it, or
    close by; for protests, any protest there; for a bare ``blast``, any explosion there;
    for ``loose`` types (from generic words only), any violent event there. A place
    ``around`` a town is not covered by the town's events, nor one of the towns ``apart``
    by another of them, however close."""
    coarse = EVENT_TYPES[label] in ONE_PER_PLACE_TYPES or blast
    for t, pcode in have:
        exact = t == label or (coarse and EVENT_TYPES.get(t) == EVENT_TYPES[label]) \
            or {t, label} <= SAME_BLAST \
            or {t, label} <= SAME_TAKING \
            or (label == _CLASH and t in _TAKEN_IN_BATTLE)
        same = exact \
            or ((loose or label in RESULT_OF_VIOLENCE) and EVENT_TYPES.get(t) in VIOLENT_TYPES
                # ground is taken by a battle: an air strike or a bombing there takes none
                and (label not in TAKEN_BY_NAME or EVENT_TYPES.get(t) == _BATTLES))
        if not same:
            continue
        if not exact and pcode != place.place.pcode and (
                (covering := gaz.get(pcode)) is None or covering.level <= 1):
            # an act of another kind placed only at the governorate ("اختطاف شاب في ريف
            # درعا الشرقي") does not cover a killing the round-up tells in one of its towns
            continue
        if pcode == place.place.pcode or gaz.contains(pcode, place.place.pcode) \
                or (gaz.contains(place.place.pcode, pcode) and not around):
            return True
        if around or (label in TAKEN_BY_NAME and t in TAKEN_BY_NAME) or (
                pcode in apart and place.place.pcode in apart):
            continue  # (towns taken, or named apart: each its own, however close)
        other = gaz.get(pcode)
        if other is not None and other.level > 1 and place.place.level > 1 and haversine_km(
                other.lat, other.lon, place.lat, place.lon) <= SAME_SCENE_KM:
            return True
    return False
