"""Sentence-level event classification: which sentences report which ACLED sub-event.

An article is split into sentences (the title first). In each sentence the trigger lexicon
finds candidate events and the cue lexicon finds what governs them: a negation, future,
anniversary, statement/call or background cue shortly *before* a trigger (or a "recurring"
cue right after it) removes that trigger. The primary event comes from the headline and the
lead, where news puts the incident itself; later sentences only add further events when
they name another incident (a connective such as "بالتزامن"/"أخرى"/"كما").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from language.calendar import EVENT_MONTHS
from language.normalize import normal_forms, normalize
from language.numbers import number_at
from language.sieve import sieved
from language.tokens import SENTENCE_BREAK, tokens, word_spans
from pipeline.events import veto
from pipeline.events.background import bulletin_item, is_background, lead_recalled
from pipeline.events.lexicon import (
    EVENT_TYPES,
    GENERIC,
    SPECIFICITY,
    Hit,
    alternation,
    forms,
    lexicon,
)
from pipeline.events.places import dateline_line
from pipeline.events.toll_sentence import people_noun, person_count
from pipeline.gazetteer import Gazetteer
from pipeline.rules import actors, not_news, places, scope
from pipeline.rules import background as background_rules
from pipeline.rules.cues import COLLAPSED_TALKS, PERIOD_OF_DAYS
from pipeline.rules.tolls import ROUND_UP_TOTAL
from pipeline.rules.triggers import (
    AGREEMENT_REACHED,
    AGREEMENT_SIGNED,
    AIRCRAFT_MUNITIONS,
    AIRCRAFT_MUNITIONS_REACH,
    AMBUSH,
    AMID_FIGHTING,
    AMID_FIGHTING_WITH,
    AMONG_DEAD,
    AMONG_DEAD_REACH,
    ARREST_TAKEN_AWAY,
    ASSASSINATION,
    BEATING,
    BOMBARDMENT,
    CAPTURED_NOUNS,
    CAPTURED_WITH_DEAD_REACH,
    CHEMICAL_DELIVERY,
    CONTROLLED_REACH,
    CONTROLLED_THINGS,
    CROWD_CONFRONTATIONS,
    DEVICES,
    DOWNING,
    FIGHT_WEAPONS_OPEN,
    FIGHT_WEAPONS_REACH,
    GUNFIRE,
    IMPLEMENTATION,
    IMPLEMENTATION_STARTED,
    IN_EFFECT,
    KIDNAP_WORDS,
    LEAD_SECOND_ACTS,
    MASSACRE,
    OFFENSIVE,
    PASSIVE_AUXILIARIES,
    RAID_WORDS,
    RELATIVE_AGREEMENT_DAYS,
    RELATIVE_AGREEMENT_NOUNS,
    RELATIVE_AGREEMENT_REACH,
    RELATIVE_PRONOUNS,
    RELATIVE_REACHED_VERBS,
    SECOND_ACT_CLAUSE_NOT,
    SECOND_ACT_NOT_AFTER,
    SECOND_CLAUSE_OPENERS,
    SEIZED_WEAPONS,
    SEIZURE_REACH,
    TAKEN_GROUND,
    TAKEN_THINGS,
    TAKEN_THINGS_REACH,
    TAKING_THINGS_VERBS,
    TOOK_EFFECT_REACH,
    TOOK_EFFECT_VERBS,
    UNLAUNCHED,
)
from pipeline.rules.triggers import VIOLENT_TYPES as _VIOLENT_TYPES

__all__ = ["Detection", "Sentence", "classify", "continued", "split_sentences"]

# The words of pipeline.rules in their matching form.
_RECURRING = tuple(normalize(w) for w in scope.RECURRING)
_REPEAT = frozenset(normalize(w) for w in scope.REPEAT)
# Talks failing or pending, which cancel even an agreement told as reached.
_AGAINST_REACHED = scope.NEGOTIATION_AGAINST_REACHED | set(COLLAPSED_TALKS)
_REMNANTS = normal_forms(scope.REMNANTS)
_NOT_STATE = frozenset(normalize(w) for w in actors.NOT_STATE)
_PERPETRATOR = frozenset(normalize(w) for w in actors.PERPETRATOR)
_TRANSFER = "Non-violent transfer of territory"
# A suicide bombing is a blast too: its words come with the blast's.
_ONE_BLAST = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
_DEVELOPMENTS = "Strategic developments"
_NON_LETHAL = frozenset({"Abduction/forced disappearance", "Arrests", "Agreement",
                         "Peaceful protest", "Protest with intervention"})
# Primary events come from the title (0), the lead (1) and the sentence after it (2).
_PRIMARY_WEIGHT = {0: 3.0, 1: 2.5, 2: 1.0}
# A feature story opens with scene-setting; its incident comes later, in a dated sentence.
_LATE_LEAD = range(3, 5)
_SPLIT = SENTENCE_BREAK
# "الذكرى الأولى للمجزرة، التي قتل فيها ...": a relative clause tells the remembered dead.
_RELATIVES = frozenset(normalize(w) for w in actors.RELATIVE)
_PLUPERFECT_OPENERS = frozenset(normalize(w) for w in background_rules.PLUPERFECT_OPENERS)
_YESTERDAY = frozenset(normalize(w) for w in background_rules.YESTERDAY)
_NOT_YESTERDAY_BEFORE = frozenset(normalize(w) for w in background_rules.NOT_YESTERDAY_BEFORE)
_PLUPERFECT_REPORTED = frozenset(normalize(w) for w in background_rules.PLUPERFECT_REPORTED)
_PLUPERFECT_REACH = 9  # "وكانت ... قد": the two words at most this far apart
_NOT_PASSED_OPENERS = frozenset(background_rules.NOT_PASSED_OPENERS)
_UNTIL = frozenset(normalize(w) for w in background_rules.UNTIL)
# A year written alone, among words joined by spaces (words hold no space).
# ``(?<!\S)(?:19|20)\d\d(?!\S)``, with its first figure before the lookbehind (which then
# asks of the character before that figure what the original asks): ``re`` skips ahead to
# a "1" or "2" instead of trying the lookbehind at every position.
_YEARS = re.compile(r"(?:1(?<!\S.)9|2(?<!\S.)0)\d\d(?!\S)")


@dataclass
class Sentence:
    """One sentence with its normalised words, trigger hits and cue hits."""

    index: int  # 0 is the title
    text: str
    tokens: list[str]
    triggers: list[Hit] = field(default_factory=list)
    cues: list[Hit] = field(default_factory=list)
    generic: str | None = None  # resolve_generic's answer, once per sentence
    # sentence_types' answers (with and without generic violence), once per sentence
    types: dict[bool, dict[str, float]] = field(default_factory=dict)
    # A lead of background before the sentence that turns to the day's news
    # (pipeline.events.background.lead_recalled).
    recalled: bool = False
    # It names a scene across the border (pipeline.events.veto.told_abroad).
    abroad: bool = False

    def has_cue(self, name: str) -> bool:
        for c in self.cues:  # noqa: SIM110  (a loop: no generator made; asked very often)
            if c.label == name:
                return True
        return False

    @property
    def is_context(self) -> bool:
        """Opens like "ويأتي ..."/"وكانت ...", or recalls as the lead of an article that opens
        on its background: context for the incident, not a new one."""
        if self.recalled:
            return True
        for c in self.cues:  # (a loop: no generator made; asked very often)
            if c.label == "context_open" and c.start == 0 \
                    and not (c.phrase in _PLUPERFECT_OPENERS and self.of_the_day) \
                    and not (c.phrase in _NOT_PASSED_OPENERS and self.told_after_until):
                return True
        return False

    @cached_property
    def told_after_until(self) -> bool:
        """"لم تمضِ ساعات على انسحاب القوات حتى شن الطيران، صباح اليوم، غارات": the clause
        after "حتى" dates itself and tells an act, news of the article
        (pipeline.rules.background: NOT_PASSED_OPENERS, UNTIL)."""
        until = next((i for i, w in enumerate(self.tokens) if w in _UNTIL), None)
        return until is not None \
            and any(c.label == "dated" and c.start > until for c in self.cues) \
            and any(h.start > until for h in self.triggers)

    @cached_property
    def of_the_day(self) -> bool:
        """"وكانت المواجهات قد اندلعت أمس الأربعاء": a body sentence in the pluperfect dated
        to the day before the page tells yesterday's incident (pipeline.rules.background:
        PLUPERFECT_OPENERS, YESTERDAY)."""
        words = self.tokens
        if self.index < 2 or not _YESTERDAY.intersection(words):
            return False
        had = next((i for i, w in enumerate(words[1:_PLUPERFECT_REACH], 1) if w == "قد"), None)
        return had is not None and had + 1 < len(words) \
            and words[had + 1] not in _PLUPERFECT_REPORTED and any(
                w in _YESTERDAY and words[i - 1] not in _NOT_YESTERDAY_BEFORE
                for i, w in enumerate(words) if i > had)

    @cached_property
    def commemorates(self) -> bool:
        """Names an anniversary and tells no death in a clause of its own after it: the
        violence it names is what is remembered ("في الذكرى الأولى للمجزرة التي قتل فيها
        مئة شخص"), not news ("ولم تمنع الذكرى القوات من مواصلة القصف، إذ قتل ثلاثة مدنيين
        ظهر اليوم")."""
        marks = [c.end for c in self.cues if c.label == "anniversary"]
        if not marks:
            return False
        last = max(marks)
        # (its day too, after the anniversary: "في مثل هذا اليوم، قتل ..." is the day recalled)
        return not any(c.label == "dated" and c.start >= last for c in self.cues) or not any(
            c.label == "death" and c.start >= last and _comma_between(self, last, c.start)
            and not _RELATIVES.intersection(self.tokens[last:c.start]) for c in self.cues)

    @cached_property
    def recalls(self) -> bool:
        """A body sentence past the lead that recalls an earlier event by its wording ("ففي
        السابع من شباط الماضي قتل ..."، "وفي حزيران الماضي ..."): it names the series the
        headline's incident belongs to, so it neither chooses the primary nor is its
        evidence (``pipeline.events.background``; the headline and lead always tell)."""
        return self.index > 1 and is_background(self.text)


@dataclass(frozen=True)
class Detection:
    """One event the classifier believes the article reports."""

    sub_event_type: str
    sentence: int  # index of the evidence sentence
    evidence: str
    about: tuple[int, ...]  # sentences that describe this event (for fatalities)
    primary: bool
    deadly: bool
    score: float
    breach: bool
    # The sentence that frames a truce in force ("يسري منذ ... اتفاق لوقف إطلاق النار"), if
    # any: violence in the same area then breaks it (pipeline.events.extract decides the area).
    truce_frame: int | None = None
    # The sentence presenting the violence as a breach, and one saying whom the truce leaves
    # out ("لا يشمل الاتفاق تنظيم داعش"): pipeline.events.extract checks the area and the actors.
    breach_sentence: int | None = None
    truce_exclusion: int | None = None
    # A further event whose sentence opens with a connective of another incident ("وفي وقت
    # لاحق"، "في سياق منفصل"): its own event even where the primary happened.
    separate: bool = False
    # The day a follow-up on a later day tells for itself (pipeline.events.extract).
    day: str | None = None

    @property
    def event_type(self) -> str:
        return EVENT_TYPES[self.sub_event_type]

    @property
    def lethal_possible(self) -> bool:
        return self.sub_event_type not in _NON_LETHAL


def split_sentences(title: str, text: str) -> list[str]:
    """The title, then the body's sentences (split at . ! ? ؟ and line breaks)."""
    parts = [title.strip()] + [s.strip() for s in _SPLIT.split(text or "")]
    return [p for p in parts if p] if title.strip() else ["", *[p for p in parts[1:] if p]]


@lru_cache(maxsize=4)
def analyse(title: str, text: str, published_year: int | None = None) -> list[Sentence]:
    """Sentences with their surviving triggers (governed ones removed) and cues."""
    triggers, cues = lexicon()
    out: list[Sentence] = []
    for i, raw in enumerate(split_sentences(title, text)):
        sent = Sentence(i, raw, tokens(raw))
        sent.cues = cues.find(sent.tokens)
        truces = [c for c in sent.cues if c.label == "truce"]
        found = [_repelled_afar(_reached_afar(t, sent), sent)
                 for t in _outermost(triggers.find(sent.tokens))]
        # While they are judged, a sentence's triggers are every hit, governed or not
        # (``_seized`` reads the other weapons of a seizure's list among them).
        sent.triggers = found
        sent.triggers = [_bodies_of_fighters(t, sent) for t in found
                         if not _inside(t, truces) and not _governed(t, sent, published_year)]
        # Frames of no incident and the learned veto (pipeline.events.veto).
        sent.triggers = veto.screen(i, raw, sent.tokens, sent.triggers, sent.cues)
        sent.triggers += _declared_ceasefires(found, sent)
        sent.triggers += _entered_unresisted(sent, published_year)
        sent.triggers += _weapons_seized(sent, published_year)
        sent.triggers += _drones_downed_by_count(sent)
        sent.triggers += _detained_by_count(sent, published_year)
        if truces and not sent.triggers:  # (an act the sentence tells is its news)
            sent.triggers = _reached_in_relative(sent) or _took_effect_today(sent)
        sent.abroad = veto.told_abroad(sent.tokens, bool(out) and out[-1].abroad)
        out.append(sent)
    # In news of Syria's war, an incident across the border is the other country's
    # (pipeline.rules.places); news of that country reports it as its own.
    if any(s.abroad for s in out) and veto.news_of_syria(title, text):
        for sent in out:
            sent.triggers = [] if sent.abroad else sent.triggers
    else:
        for sent in out:
            sent.abroad = False
    for i in lead_recalled([s.text for s in out], published_year):
        out[i].recalled = True
    return out


_REACHING = tuple(normalize(w) for w in AGREEMENT_REACHED)
_TO_AN_AGREEMENT = (normalize("إلى اتفاق"), normalize("إلى تفاهم"))
_SIGNING = tuple(normalize(w) for w in AGREEMENT_SIGNED)
_AGREEMENT_OBJECT = normalize("اتفاقاً")  # the accusative: the object of a verb before it


def _reached_afar(hit: Hit, sent: Sentence) -> Hit:
    """"توصلت لجنة التفاوض عن حي X، اليوم الاثنين، إلى اتفاق مع ...": "إلى اتفاق" with the
    verb of reaching (AGREEMENT_REACHED) a few words before it (scope.REACHED_REACH) tells an
    agreement reached, as the joined phrase does."""
    if hit.label != "Agreement":
        return hit
    before = sent.tokens[max(0, hit.start - scope.REACHED_REACH):hit.start]
    if sent.tokens[hit.start] == _AGREEMENT_OBJECT and any(
            w.startswith(_SIGNING) or w.removeprefix("و").startswith(_SIGNING) for w in before):
        # "وقّعوا أمس اتفاقاً مع ...": signed, as reached (triggers.AGREEMENT_SIGNED)
        return Hit(hit.label, f"{AGREEMENT_REACHED[0]}* {hit.phrase}", hit.start, hit.end)
    if not hit.phrase.startswith(_TO_AN_AGREEMENT):
        return hit
    if not any(w.lstrip("وف").startswith(_REACHING) for w in before):
        return hit
    return Hit(hit.label, f"{AGREEMENT_REACHED[0]}* {hit.phrase}", hit.start, hit.end)


_REPELLED = frozenset(normalize(w) for w in scope.REPELLED)
_ATTACK_WORD = normalize("هجوم")


def _repelled_afar(hit: Hit, sent: Sentence) -> Hit:
    """"صدّت القوات، مساء أمس، هجوماً شنّه مسلحون": an attack word with a verb of repelling
    a few words before it (scope.REPELLED, REPELLED_REACH) tells a clash, as the joined
    phrase "صد هجوم" does."""
    if hit.label != GENERIC or not sent.tokens[hit.start].lstrip("وفب").startswith(
            _ATTACK_WORD):
        return hit
    before = sent.tokens[max(0, hit.start - scope.REPELLED_REACH):hit.start]
    if not any(w in _REPELLED or (w[:1] in "وف" and w[1:] in _REPELLED) for w in before):
        return hit
    return Hit("Armed clash", "صد* هجوم*", hit.start, hit.end)


def _bodies_of_fighters(hit: Hit, sent: Sentence) -> Hit:
    """"بعد العثور على جثث أربعة عناصر كانوا في عداد المفقودين": bodies found of fighters
    are the dead of a fight, not an execution of civilians; the words say violence only,
    and who was hit decides (``resolve_generic``)."""
    if hit.label == "Attack" and "جث" in hit.phrase and any(
            c.label == "combatant" and hit.end <= c.start <= hit.end + 2 for c in sent.cues):
        return Hit(GENERIC, hit.phrase, hit.start, hit.end)
    return hit


# How many words before "دون مقاومة" (cue "unresisted") the entry verb may stand: "دخلت
# وحدات من الجيش إلى بلدة ... في ريف درعا دون مقاومة". (As far again where the other side's
# withdrawal stands between, within that reach of each: "دخلت القوات المعبر بعد ظهر اليوم،
# عقب انسحاب مقاتلي الفصائل منه دون قتال".)
ENTRY_REACH = 12


def _entered_unresisted(sent: Sentence, published_year: int | None) -> list[Hit]:
    """"دخلت القوات البلدة دون مقاومة"، "انتشرت في المدينة دون أي مواجهات": forces that
    went in unopposed took the ground without a fight, a territory trigger (the cue is also
    a "handover", so ``_territory`` makes it a transfer). Not when the sentence has one."""
    if any(h.label == "territory" for h in sent.triggers):
        return []
    for cue in sent.cues:
        if cue.label != "unresisted":
            continue
        withdrawals = [c for c in sent.cues if c.label == "withdrawal"
                       and 0 <= cue.start - c.end < ENTRY_REACH]
        entry = next((c for c in sent.cues if c.label == "entry" and c.end <= cue.start
                      and (cue.start - c.end < ENTRY_REACH or any(
                          0 <= w.start - c.end < ENTRY_REACH for w in withdrawals))), None)
        if entry is None:
            continue
        hit = Hit("territory", entry.phrase, entry.start, entry.end)
        if not _governed(hit, sent, published_year):
            return [hit]
    return []


_DOWNING = tuple(normalize(w) for w in DOWNING)
# How far before the drones the word of downing may stand: a number of up to three words
# ("ثلاث"، "خمس عشرة"، "مئة وعشرين") between them.
_DOWNED_REACH = 4


def _drones_downed_by_count(sent: Sentence) -> list[Hit]:
    """"إسقاط ثلاث طائرات مسيرة": a word of downing (triggers.DOWNING), a number, then the
    drones is the Disrupted weapons use the joined phrases tell. Read only where drones
    were found, a few words before them."""
    for hit in sent.triggers:
        if hit.label != "Air/drone strike" or "مسير" not in hit.phrase:
            continue
        for at in range(max(0, hit.start - _DOWNED_REACH), hit.start - 1):
            if sent.tokens[at].lstrip("وف").startswith(_DOWNING):
                counted = number_at(sent.tokens, at + 1)
                if counted is not None and counted[1] == hit.start:
                    return [Hit("Disrupted weapons use", hit.phrase, at, hit.end)]
    return []


_DETAINING = frozenset(normalize(w) for w in scope.DETAINING)
# (a sentence without such a verb, however its hamza is written, is not read word by word)
_DETAINING_WORD = re.compile(r"(?<!\w)[وف]?[أإاآيت]وقف(?:ت|وا|ون)?(?!\w)")


def _detained_by_count(sent: Sentence, published_year: int | None) -> list[Hit]:
    """"أوقفت دورية مشتركة ثلاثة أشخاص مطلوبين": a verb of stopping (scope.DETAINING) with
    people counted a few words after it is an arrest, and so are two people in the dual ("أوقفت
    الدورية ليلاً شخصين"). Not where an arrest is told already."""
    # ("وقف" first: a test in C spares most sentences the pattern, tried at every letter.)
    if "وقف" not in sent.text or not _DETAINING_WORD.search(sent.text) \
            or any(h.label == "Arrests" for h in sent.triggers):
        return []
    words = sent.tokens
    for at, word in enumerate(words):
        if word.lstrip("وف") not in _DETAINING:
            continue
        for k in range(at + 1, min(len(words), at + 1 + scope.DETAINED_REACH)):
            counted = number_at(words, k)
            end = counted[1] + 1 if counted is not None and counted[1] < len(words) \
                and people_noun(words[counted[1]]) else k + 1 if person_count(words[k]) == 2 \
                else None
            if end is not None:
                hit = Hit("Arrests", "اوقف*", at, end)
                return [] if _governed(hit, sent, published_year) else [hit]
    return []


def _weapons_seized(sent: Sentence, published_year: int | None) -> list[Hit]:
    """"ضبطت وحدات الأمن اليوم عبوات ناسفة"، "seized a weapons cache": weapons taken or
    found, the Disrupted weapons use of ACLED, at the seizure's verb. Not in a sentence of
    arrests, whose raid the seizure is part of."""
    if any(h.label == "Arrests" for h in sent.triggers):
        return []
    for cue in sent.cues:
        if cue.label == "seizure" and _seizes_weapons(cue, sent):
            hit = Hit("Disrupted weapons use", cue.phrase, cue.start, cue.end)
            if not _governed(hit, sent, published_year):
                return [hit]
    return []


def _seizes_weapons(cue: Hit, sent: Sentence) -> bool:
    """Whether a weapon (``SEIZED_WEAPONS``) is named within SEIZURE_REACH words after a
    seizure cue, in its clause."""
    for at in range(cue.end, min(len(sent.tokens), cue.end + SEIZURE_REACH)):
        if _is_weapon(sent.tokens[at]):
            return not _comma_between(sent, cue.end, at)
    return False


_SEIZED_WEAPONS = tuple(normalize(w) for w in SEIZED_WEAPONS)


def _is_weapon(token: str) -> bool:
    return any(f.startswith(_SEIZED_WEAPONS) for f in forms(token))


def _seized(trigger: Hit, sent: Sentence) -> bool:
    """"ضبطت ... عبوات ناسفة وقذائف هاون"، "seized rifles, hand grenades and explosive
    devices", "explosive devices found": a weapon named as what was seized or found is no
    bombing or shelling. The trigger's own first word is the weapon, not a verb of its use,
    and every other trigger between it and the seizure is a weapon too ("ضبطت الشرطة
    أسلحة، فيما انفجرت عبوة" keeps the explosion)."""
    if not _is_weapon(sent.tokens[trigger.start]):
        return False
    for cue in sent.cues:
        if cue.label != "seizure":
            continue
        if trigger.end <= cue.start <= trigger.end + 2:
            return True  # passive: "explosive devices found", "عبوات ناسفة ضبطت"
        if cue.end <= trigger.start and trigger.start - cue.end < SEIZURE_REACH and all(
                _is_weapon(sent.tokens[h.start]) for h in sent.triggers
                if cue.end <= h.start < trigger.start) and not any(
                c.label in ("another", "another_incident") and cue.end <= c.start
                < trigger.start for c in sent.cues):
            return True
    return False


# Cues that make a ceasefire's words something other than one declared: asked for, threatened,
# negotiated, denied.
_NOT_DECLARED = ("statement", "future", "negotiation", "demand", "denial", "hedge")
_SINCE = ("background", "earlier")
_ANNOUNCED_WHEN = frozenset(normalize(w) for w in scope.ANNOUNCED_WHEN)


def _declared_ceasefires(found: list[Hit], sent: Sentence) -> list[Hit]:
    """"الرئاسة تعلن وقفاً شاملاً لإطلاق النار": a ceasefire declared is an Agreement; one
    called for ("دعا إلى وقف إطلاق النار") or negotiated is not."""
    out = []
    for hit in found:
        if hit.label != GENERIC or not _ceasefire_words(hit, sent):
            continue
        stop = _stop_word(hit, sent)
        announced = any(c.label == "announce" and c.end <= stop
                        and _words_between(sent, c.end, stop) <= scope.ANNOUNCE_REACH
                        and not _since_announced(c, sent) for c in sent.cues)
        agreed = _agreed_on(stop, sent)
        if (announced or agreed) and not any(
                c.label in _NOT_DECLARED and c.start < hit.start for c in sent.cues):
            # agreed between the parties, it was reached (as "التوصل إلى اتفاق")
            phrase = f"{AGREEMENT_REACHED[0]}* {hit.phrase}" if agreed else hit.phrase
            out.append(Hit("Agreement", phrase, hit.start, hit.end))
    return out


_AGREEMENT_NOUNS = frozenset(normalize(w) for w in RELATIVE_AGREEMENT_NOUNS)
_RELATIVE_PRONOUNS = frozenset(normalize(w) for w in RELATIVE_PRONOUNS)
_REACHED_VERBS = tuple(normalize(w) for w in RELATIVE_REACHED_VERBS)
_AGREEMENT_DAYS = frozenset(normalize(w) for w in RELATIVE_AGREEMENT_DAYS)
_NOT_REACHED = ("statement", "future", "negotiation", "demand", "denial", "hedge", "breach")


def _reached_in_relative(sent: Sentence) -> list[Hit]:
    """"تنفيذ الاتفاق الذي تم التوصل إليه أمس الأربعاء بين ...": an agreement a relative
    clause says was reached on the day of the news (RELATIVE_AGREEMENT_* in
    pipeline.rules.triggers) is an Agreement, unless asked for, denied or said broken. Read
    only in a sentence that tells no act of its own ("دخلت وحدات الجيش البلدة ... وفق
    الاتفاق الذي جرى التوصل إليه مساء أمس" tells the entry)."""
    words, reach = sent.tokens, RELATIVE_AGREEMENT_REACH
    for i, word in enumerate(words):
        if word not in _RELATIVE_PRONOUNS or not _AGREEMENT_DAYS.intersection(
                words[i + 2:i + 2 + 2 * reach]):
            continue
        noun = next((k for k in range(i - 1, max(-1, i - 1 - reach), -1)
                     if not _AGREEMENT_NOUNS.isdisjoint(forms(words[k]))), None)
        verb = next((k for k in range(i + 1, min(len(words), i + 1 + reach))
                     if words[k].startswith(_REACHED_VERBS)), None)
        if noun is None or verb is None or any(
                c.label in _NOT_REACHED and c.start < noun for c in sent.cues):
            continue
        if any(w in _AGREEMENT_DAYS and words[k - 1] not in _NOT_YESTERDAY_BEFORE
               for k, w in enumerate(words[verb + 1:verb + 1 + reach], verb + 1)):
            return [Hit("Agreement", f"{AGREEMENT_REACHED[0]}* {words[noun]}", noun, verb + 1)]
    return []


_TOOK_EFFECT = tuple(normalize(w) for w in TOOK_EFFECT_VERBS)
_IN_EFFECT = tuple(normalize(w) for w in IN_EFFECT)
_STARTED = tuple(normalize(w) for w in IMPLEMENTATION_STARTED)
_IMPLEMENTATION = frozenset(normalize(w) for w in IMPLEMENTATION)


def _verb(word: str, verbs: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``verbs``, as written or after its و or ف."""
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


def _took_effect_today(sent: Sentence) -> list[Hit]:
    """"دخل اتفاق خفض التصعيد في ريف المحافظة حيز التنفيذ ظهر اليوم"، "بدأ اليوم تنفيذ المرحلة
    الأولى من الاتفاق": an agreement the sentence's own verb says took effect on the day of
    the news (TOOK_EFFECT_* in pipeline.rules.triggers) is an Agreement, unless asked for,
    denied or said broken. Read only in a sentence that tells no act of its own. One a
    relative clause describes is dated by that clause (``_reached_in_relative``)."""
    words, reach = sent.tokens, TOOK_EFFECT_REACH
    truces = [c.start for c in sent.cues if c.label == "truce"]
    for i, word in enumerate(words):
        if i > 0 and words[i - 1] in _RELATIVE_PRONOUNS:
            continue
        if _verb(word, _TOOK_EFFECT):
            end = next((k + 2 for k in range(i + 1, min(len(words) - 1, i + 1 + reach))
                        if (words[k], words[k + 1]) == _IN_EFFECT), None)
            lo = i + 1
        elif _verb(word, _STARTED):
            at = next((k for k in range(i + 1, min(len(words), i + 1 + reach))
                       if words[k] in _IMPLEMENTATION), None)
            end = None if at is None else min(len(words), at + 1 + reach)
            lo = i + 1 if at is None else at + 1
        else:
            continue
        if end is None:
            continue
        noun = next((k for k in truces if lo <= k < end), None)
        if noun is None or any(c.label in _NOT_REACHED and c.start < noun for c in sent.cues):
            continue
        if not _RELATIVE_PRONOUNS.isdisjoint(words[noun + 1:noun + 1 + RELATIVE_AGREEMENT_REACH]):
            continue  # "تنفيذ الاتفاق الذي تم التوصل إليه الشهر الماضي": its clause dates it
        near = range(max(0, i - reach), min(len(words), end + reach))
        if any(words[k] in _AGREEMENT_DAYS and (k == 0 or words[k - 1] not in _NOT_YESTERDAY_BEFORE)
               for k in near):
            return [Hit("Agreement", f"{words[i]} {words[noun]}", noun, noun + 1)]
    return []


def _words_between(sent: Sentence, start: int, end: int) -> int:
    """The words from ``start`` to ``end``, the time of day and weekday not counted."""
    return sum(1 for t in sent.tokens[start:end] if t not in _ANNOUNCED_WHEN)


def _stop_word(hit: Hit, sent: Sentence) -> int:
    """Where the ceasefire's "وقف" stands (``_ceasefire_words`` found it before ``hit``)."""
    return next(i for i in range(max(0, hit.start - 3), hit.start)
                if sent.tokens[i].startswith(("وقف", "ووقف", "بوقف", "لوقف")))


def _agreed_on(at: int, sent: Sentence) -> bool:
    """"اتفق مع قائد قسد، خلال اجتماع في دمشق، على وقف شامل لإطلاق النار": the verb of
    agreeing, then its "على" right before the ceasefire's "وقف" (at ``at``)."""
    return at > 0 and sent.tokens[at - 1] == "علي" and any(
        c.label == "agreed" and c.end < at and at - c.end <= scope.AGREED_REACH
        for c in sent.cues)


def _since_announced(announce: Hit, sent: Sentence) -> bool:
    """"منذ إعلان وقف إطلاق النار"، "بعد أيام من إعلان الهدنة": the time since a ceasefire
    declared before, not its declaration (a "background" or "earlier" cue right before it)."""
    return any(c.label in _SINCE and 0 <= announce.start - c.end <= 1 for c in sent.cues)


def _outermost(hits: list[Hit]) -> list[Hit]:
    """A word inside a longer phrase of another sub-type reads as that phrase: "قصف" in
    "قصف جوي" is no shelling, "تفجير" in "تفجير انتحاري" no plain IED, "هجوم" in "هجوم جوي"
    no generic violence."""
    # Only a phrase of two words or more can hold another: most sentences have none.
    longer = [o for o in hits if o.end - o.start > 1]
    if not longer:
        return hits
    return [h for h in hits if not any(
        o.label != h.label and o.start <= h.start and h.end <= o.end
        and o.end - o.start > h.end - h.start for o in longer)]


def _inside(trigger: Hit, spans: list[Hit]) -> bool:
    """"اطلاق النار" inside "وقف اطلاق النار" is a truce, not shooting."""
    return trigger.label != "Agreement" and any(
        s.start <= trigger.start and trigger.end <= s.end for s in spans)


# Words that have a figurative use ("هجوماً حاداً", "انفجار الأسعار", "قصف إعلامي"); a
# bomber, a barrel or an abduction has none ("الانتحاريين استهدفا حاجز السياسية").
_FIGURATIVE = frozenset({GENERIC, "Shelling/artillery/missile attack",
                         "Remote explosive/landmine/IED", "Attack", "Armed clash"})
# How near before a territory word a "held" cue must stand: "الخاضعة لسيطرة".
_HELD_REACH = 2
# ... and a "shared" one: "تتقاسم فصائل المعارضة والتنظيم السيطرة" (pipeline.rules.scope).
_HOLDING = {"held": _HELD_REACH, "shared": scope.SHARED_REACH}


def _walked_out(trigger: Hit, sent: Sentence) -> bool:
    """Whether the trigger is a walkout's own word or its motive ("انسحب أعضاء الوفد من
    القاعة احتجاجاً": ``scope.WALKOUT_MOTIVE``), a gesture in a hall, no event."""
    motives = [k for k, w in enumerate(sent.tokens) if w in scope.WALKOUT_MOTIVE]
    for cue in sent.cues:
        told = [m for m in motives if 0 <= m - cue.end <= scope.WALKOUT_REACH]
        # (no "in (cue.start, *told)": mypyc cannot compile a starred tuple tested with "in")
        if cue.label == "walkout" and told \
                and (trigger.start == cue.start or trigger.start in told):
            return True
    return False


def _one_of_its_kind(trigger: Hit, cue: Hit, sent: Sentence) -> bool:
    """Whether the act is counted as one of a series between it and the period cue after
    it ("هي الثالثة من نوعها في المدينة خلال أسبوعين": ``scope.OF_ITS_KIND``)."""
    words = sent.tokens
    return trigger.end <= cue.start and any(
        words[k] in scope.OF_ITS_KIND and words[k - 1] == "من"
        for k in range(max(trigger.end, 1), cue.start))


def _governed(trigger: Hit, sent: Sentence, published_year: int | None) -> bool:
    for cue in sent.cues:
        reach = scope.REACH.get(cue.label)
        if not reach or not _applies(cue.label, trigger.label):
            continue
        if cue.label in ("figurative", "simile") and trigger.label not in _FIGURATIVE:
            continue
        if cue.label == "funeral" and (_killed_this_day(trigger, sent)
                                       or _at_the_funeral(cue, sent)):
            continue
        if cue.label == "statement" and _despite(cue, sent):
            continue  # "رغم التحذيرات… «داعش» يقتل خمسة": the act happened all the same
        if cue.label == "attempt_on_person" and not _attempted(trigger, sent):
            continue
        if cue.label == "past_adj" and cue.start > trigger.end \
                and sent.tokens[cue.start - 1] in scope.FORMER_HOLDERS:
            continue  # "اغتيال قيادي سابق": a former commander, killed now
        if cue.label in ("negotiation", "proposal") and trigger.label == "Agreement" \
                and cue.phrase not in _AGAINST_REACHED \
                and any(w in trigger.phrase for w in AGREEMENT_REACHED):
            continue  # "التوصل إلى تفاهم ... بوساطة وجهاء": the talks that reached it
        if cue.label == "negotiation" and trigger.label == "Agreement" \
                and cue.start >= trigger.end and _exchange_done(trigger, sent):
            continue  # "جرت عملية تبادل ... بوساطة وجهاء": how the exchange came about
        if cue.label == "negation" and trigger.label == "Agreement" and any(
                c.label == "truce" and c.start == cue.start for c in sent.cues):
            continue  # the "وقف" of "وقف إطلاق النار" names a truce, it negates nothing
        if cue.label == "period" and _one_of_its_kind(trigger, cue, sent):
            continue  # "في حادثة هي الثالثة من نوعها خلال أسبوعين": the series is counted
        if cue.label == "proposal" and cue.start > 0 \
                and sent.tokens[cue.start - 1] in scope.PROPOSAL_TAKEN_BEFORE:
            continue  # "وافق الطرفان على مقترح الهدنة": taken up, not only proposed
        unless = scope.NOT_WHERE.get(cue.label)
        if unless and any(c.label == unless and c.start <= cue.start < c.end
                          for c in sent.cues):
            continue
        if cue.label == "earlier" and any(cue.end <= h.start and h.end <= trigger.start
                                          for h in sent.triggers):
            continue  # "بعد ساعات من إعلان الهدنة مواجهات": the earlier event is named first
        if cue.label == "background" and any(c.label == "since_today"
                                              and 0 <= c.start - cue.end <= 1
                                              for c in sent.cues):
            continue  # "تتواصل منذ مساء أمس اشتباكات": going on since yesterday, today's news
        # A reach of 0 means "not on that side" (not "adjacent only").
        # A cue phrase that starts before the trigger and runs into it ("قد تقصف") governs it.
        before = reach[0] > 0 and cue.start < trigger.start and (
            trigger.start - cue.end <= reach[0])
        after = reach[1] > 0 and trigger.end <= cue.start and cue.start - trigger.end <= reach[1]
        if before and cue.label in scope.CLAUSE_BOUND and _comma_between(sent, cue.end,
                                                                         trigger.start):
            continue
        if before or after:
            return True
    if trigger.label in scope.WALKOUT_GOVERNS and sent.has_cue("walkout") \
            and _walked_out(trigger, sent):
        return True
    if trigger.label == "Agreement" and _agreement_mentioned_only(trigger, sent):
        return True
    if trigger.phrase in scope.EXCHANGE_BARE and not any(
            f.startswith(scope.EXCHANGE_WHOM) for t in
            sent.tokens[trigger.end:trigger.end + scope.EXCHANGE_WHOM_REACH] for f in forms(t)):
        return True  # "عملية تبادل المعلومات": an exchange of no prisoners
    if trigger.label == "territory" and (_held(trigger, sent) or _takes_things(trigger, sent)
                                         or _cause_of_a_state(trigger, sent)):
        return True
    if trigger.label in scope.WEAPON_LABELS and _seized(trigger, sent):
        return True
    if trigger.label == "Abduction/forced disappearance" and any(
            c.label == "freed" and c.end <= trigger.start <= c.end + 1 for c in sent.cues):
        return True
    if trigger.label == GENERIC and _ceasefire_words(trigger, sent):
        return True
    if (trigger.label in scope.WEAPON_LABELS or trigger.label in (GENERIC, "Chemical weapon")) \
            and sent.has_cue("accident"):
        return True
    if trigger.label in _FIGURATIVE and _quoted_figure(trigger, sent):
        return True
    following = sent.tokens[trigger.end:trigger.end + 3]
    if any(a.endswith(_RECURRING) for a in following):  # (a tuple: one call per word)
        return True
    if _dated_gone_by(trigger, sent):
        return True
    if trigger.label == "Shelling/artillery/missile attack" and any(
            a in _REMNANTS for a in following):
        return True  # "قذيفة من مخلفات الحرب": a leftover that blew up, no fire
    return _near_past_year(trigger, sent, published_year) \
        or _month_of_past_year(trigger, sent, published_year)


_QUOTED = [re.compile(rf"{re.escape(a)}([^{re.escape(a + b)}\n]*){re.escape(b)}")
           for a, b in scope.QUOTE_PAIRS]


def _exchange_done(trigger: Hit, sent: Sentence) -> bool:
    """"جرت ظهر اليوم ... عملية تبادل شملت عشرة محتجزين": an exchange of prisoners a verb
    before it tells as done (pipeline.rules.scope.EXCHANGE_*)."""
    if scope.EXCHANGE_WORD not in trigger.phrase:
        return False
    return any(_verb(w, _EXCHANGE_DONE) for w in
               sent.tokens[max(0, trigger.start - scope.EXCHANGE_DONE_REACH):trigger.start])


_EXCHANGE_DONE = tuple(scope.EXCHANGE_DONE)


def _quoted_figure(trigger: Hit, sent: Sentence) -> bool:
    """"يقول مزارع إن «الموسم انفجر بين أيدينا»": a trigger inside a short quoted phrase
    (``scope.QUOTE_PAIRS``, ``QUOTED_FIGURE_WORDS``) that with the words right after it
    names no weapon, number or people is a figure of speech. (Read only in a sentence with
    a quotation mark.)"""
    marks = [q for q, (a, _) in zip(_QUOTED, scope.QUOTE_PAIRS, strict=True) if a in sent.text]
    if not marks:
        return False
    spans = [m.span() for m in itertools.islice(word_spans(sent.text), trigger.end + 1)]
    if len(spans) < trigger.end:
        return False
    at, to = spans[trigger.start][0], spans[trigger.end - 1][1]
    for quoted in marks:
        for m in quoted.finditer(sent.text):
            if m.start(1) <= at and to <= m.end(1):
                inside = [k for k, (a, b) in enumerate(spans) if m.start(1) <= a and b <= m.end(1)]
                words = len(tokens(m.group(1)))
                first = inside[0] if inside else trigger.start
                window = sent.tokens[first:first + words + scope.QUOTED_OBJECT_WORDS]
                return words <= scope.QUOTED_FIGURE_WORDS and not any(
                    w.isdigit() or _is_weapon(w) or (len(w) > 3 and people_noun(w))  # not "بين"
                    or number_at(window, k) is not None for k, w in enumerate(window))
    return False


def _attempted(trigger: Hit, sent: Sentence) -> bool:
    """"محاولة الأخير اعتقال شبان"، "حاولوا أن يخطفوه": the arrest or abduction is what the
    attempt tried for, its verbal noun (``scope.ATTEMPTED_ACTS``) or a verb after "أن"; not
    an arrest told by a verb of its own ("حاول الفرار فاعتقلته الدورية")."""
    before = sent.tokens[trigger.start - 1] if trigger.start else ""
    return before in scope.ATTEMPTED_VERB_AFTER or any(
        f.startswith(scope.ATTEMPTED_ACTS) for f in forms(sent.tokens[trigger.start]))


def _comma_between(sent: Sentence, end: int, start: int) -> bool:
    """Whether clause punctuation (``scope.CLAUSE_MARKS``) stands between the word before
    token ``end`` and token ``start``: "دون أي مواجهات، بعد انسحاب ..." negates no more
    than its clause."""
    spans = [m.span() for m in itertools.islice(word_spans(sent.text), start + 1)]
    if len(spans) <= start or end < 1:
        return False
    between = sent.text[spans[end - 1][1]:spans[start][0]]
    return any(mark in between for mark in scope.CLAUSE_MARKS)


def _killed_this_day(trigger: Hit, sent: Sentence) -> bool:
    """"شيّع الأهالي مساء اليوم جثمان الشاب الذي قتل فجراً برصاص مسلحين": the one buried was
    killed the same day, right after the killing's word; the funeral's report is news of that
    killing. (One killed "أمس" or on a named day is an earlier incident.)"""
    after = sent.tokens[trigger.end:trigger.end + scope.FUNERAL_SAME_DAY_REACH]
    return any(" ".join(after[i:i + 2]) in scope.FUNERAL_SAME_DAY
               or after[i] in scope.FUNERAL_SAME_DAY for i in range(len(after)))


def _despite(cue: Hit, sent: Sentence) -> bool:
    """A statement conceded ("رغم التحذيرات"، "على الرغم من الدعوات"; ``scope.DESPITE``)."""
    if cue.start < 1 or sent.tokens[cue.start - 1] not in scope.DESPITE:
        return False
    return sent.tokens[cue.start - 1] != "من" or (
        cue.start >= 2 and sent.tokens[cue.start - 2] in scope.DESPITE_BEFORE_MIN)


def _at_the_funeral(cue: Hit, sent: Sentence) -> bool:
    """"وبالتزامن مع التشييع، انفجرت عبوة"، "وأثناء التشييع أطلق الأمن النار": the funeral
    named as the time of the act (``scope.DURING_FUNERAL``), which is news of the day."""
    if cue.start < 1 or sent.tokens[cue.start - 1] not in scope.DURING_FUNERAL:
        return False
    return sent.tokens[cue.start - 1] != "مع" or (
        cue.start >= 2 and sent.tokens[cue.start - 2] in scope.DURING_FUNERAL_WITH)


def _held(trigger: Hit, sent: Sentence) -> bool:
    """"خاضعة لسيطرة المعارضة"، "مناطق تسيطر عليها": who holds the ground, not a takeover;
    so is a present verb with its object as a pronoun ("تسيطر عليها")."""
    if any(c.label in _HOLDING and c.end <= trigger.start <= c.end + _HOLDING[c.label] - 1
           for c in sent.cues):
        return True
    verb = sent.tokens[trigger.start]
    after = sent.tokens[trigger.end:trigger.end + 1]
    return verb[:1] in ("ت", "ي") and after in (["عليها"], ["عليه"], ["عليهما"])


def _entered_after_withdrawal(sent: Sentence) -> bool:
    """"دخلت قوات النظام المدينة بعد انسحاب الفصائل منها": a side entering where the other
    withdrew tells a taking of ground (whether fought for, ``_territory`` decides)."""
    entries = [c.start for c in sent.cues if c.label == "entry"]
    return bool(entries) and any(c.label == "withdrawal" and c.start > min(entries)
                                 and not _raiders_withdrew(sent.tokens, c)
                                 for c in sent.cues)


def _raiders_withdrew(tokens: list[str], cue: Hit) -> bool:
    """"عند انسحابهم نحو البادية": the entrants' own way back (``scope.RAIDERS_WITHDREW``)."""
    return tokens[cue.start] in scope.RAIDERS_WITHDREW \
        and cue.end < len(tokens) and tokens[cue.end] in scope.RAIDERS_WITHDREW_TOWARD


def _cause_of_a_state(trigger: Hit, sent: Sentence) -> bool:
    """"وبدخول المدينة، باتت النقطة التركية محاصرة": a territory word joined to "ب" (or after
    "مع") with a verb of becoming right after it retells the taking as the cause of a state;
    it reports no new takeover."""
    word = sent.tokens[trigger.start].removeprefix("و")
    before = sent.tokens[trigger.start - 1] if trigger.start > 0 else ""
    if not word.startswith("ب") and before not in scope.STATE_CAUSE_BEFORE:
        return False
    return any(c.label == "becoming" and 0 <= c.start - trigger.end <= scope.STATE_REACH
               for c in sent.cues)


def _takes_things(trigger: Hit, sent: Sentence) -> bool:
    """"seized weapons caches"، "captured a shipment of ammunition": the verb takes things,
    not ground (``TAKEN_THINGS``: the first thing or ground word after it decides)."""
    if not sent.tokens[trigger.start].startswith(TAKING_THINGS_VERBS):
        return _controls_things(trigger, sent)
    before = [w for w in sent.tokens[max(0, trigger.start - 3):trigger.start]
              if w not in PASSIVE_AUXILIARIES]
    if before and before[-1].startswith(TAKEN_THINGS):
        return True  # "Weapons cache seized in Daraa"
    for word in sent.tokens[trigger.end:trigger.end + TAKEN_THINGS_REACH]:
        if word.startswith(TAKEN_GROUND):
            return False
        if word.startswith(TAKEN_THINGS):
            return True
    return False


def _controls_things(trigger: Hit, sent: Sentence) -> bool:
    """"السيطرة على الحريق"، "فقد السيطرة على سيارته": a fire, a vehicle or a situation
    mastered or lost, not ground (``CONTROLLED_THINGS``, the object after the first "على")."""
    window = sent.tokens[trigger.start:trigger.start + CONTROLLED_REACH + 1]
    if "علي" not in window:
        return False
    at = trigger.start + window.index("علي") + 1
    return at < len(sent.tokens) and \
        sent.tokens[at].removeprefix("ال").startswith(CONTROLLED_THINGS)


def _ceasefire_words(trigger: Hit, sent: Sentence) -> bool:
    """"وقفاً شاملاً لإطلاق النار": the shooting stops, it does not happen."""
    return "اطلاق" in trigger.phrase and any(
        t.startswith(("وقف", "ووقف", "بوقف", "لوقف"))
        for t in sent.tokens[max(0, trigger.start - 3):trigger.start])


def _agreement_mentioned_only(trigger: Hit, sent: Sentence) -> bool:
    """A truce said to hold, or named as what violence broke, is no new agreement. (One
    reached, "التوصل إلى اتفاق ... وعودة الهدوء", is new, calm or not.)"""
    reached = any(w in trigger.phrase for w in AGREEMENT_REACHED)
    # (An exchange of prisoners is an act of its own, whether the truce it comes under holds
    # or was broken: "رغم الخروقات، جرت عملية تبادل شملت عشرة محتجزين".)
    exchange = scope.EXCHANGE_WORD in trigger.phrase
    return (sent.has_cue("holding") and not reached and not exchange) or any(
        (c.label == "breach" and c.start <= trigger.start and not exchange)
        # "انضم بعد التسوية إلى مجموعة": the time after an agreement made before
        or (c.label == "after" and c.end == trigger.start and not reached)
        or (c.label == "earlier" and c.end <= trigger.start and trigger.start - c.end <= 6)
        for c in sent.cues)


_SINCE_WORDS = frozenset(normalize(w) for w in background_rules.SINCE)
_THAT = frozenset(normalize(w) for w in background_rules.MONTH_YEAR_DAY_NOT_ACROSS)
# "تموز الماضي"، "تشرين الثاني المنصرم", as words joined by spaces
_MONTHS_GONE_BY = tuple(f"{m} {normalize(p)}" for m in EVENT_MONTHS
                        for p in background_rules.PAST_MONTH)


def _dated_gone_by(trigger: Hit, sent: Sentence) -> bool:
    """"بالمواجهات التي شهدتها المحافظة منتصف تموز الماضي": the act's word, then a relative
    clause dating it to a month gone by (pipeline.rules.background.PAST_RELATIVE_*)."""
    words = sent.tokens
    after = trigger.end + background_rules.PAST_RELATIVE_GAP + 1
    rel = next((i for i in range(trigger.end, min(after, len(words)))
                if words[i] in _RELATIVES), None)
    if rel is None:
        return False
    clause = words[rel + 1:rel + 1 + background_rules.PAST_RELATIVE_REACH + 1]
    if _SINCE_WORDS.intersection(clause):
        return False
    text = f" {' '.join(clause)} "
    return any(f" {m} " in text for m in _MONTHS_GONE_BY)


def _applies(cue: str, trigger: str) -> bool:
    """Whether a cue may govern a trigger of this sub-event type at all."""
    only = scope.GOVERNS_ONLY.get(cue)
    spared = scope.SPARES_TYPES.get(cue, frozenset())
    return (only is None or trigger in only) and EVENT_TYPES.get(trigger) not in spared


def _near_past_year(trigger: Hit, sent: Sentence, published_year: int | None) -> bool:
    """A year before publication close to the trigger dates it to history."""
    if published_year is None:
        return False
    lo, hi = max(0, trigger.start - 15), trigger.end + 15
    # The words joined: one search finds the years among them, no match tried a word.
    joined = " ".join(sent.tokens[lo:hi])
    if "19" not in joined and "20" not in joined:
        return False  # (a year opens with one of these: most windows have neither)
    return any(int(m.group()) < published_year for m in _YEARS.finditer(joined))


def _month_of_past_year(trigger: Hit, sent: Sentence, published_year: int | None) -> bool:
    """"ألقت مروحية أسطوانتين ... على مدينة دوما في نيسان 2018": later in the trigger's
    clause, a month named with a year before publication dates the act to history
    (``background_rules.MONTH_YEAR_SINCE_REACH``). A day named first ("أضرب العرب أمس
    احتجاجاً على ... قتلوا 13 متظاهراً في تشرين الأول 2000") dates the act itself."""
    if published_year is None:
        return False
    words = sent.tokens
    years = _YEARS.finditer(" ".join(words[trigger.end:]))
    if not any(int(m.group()) < published_year for m in years):
        return False  # (most sentences name no year gone by)
    for k in range(trigger.end + 1, len(words)):
        if not _YEARS.fullmatch(words[k]) or int(words[k]) >= published_year:
            continue
        if words[k - 1] not in EVENT_MONTHS and " ".join(words[k - 2:k]) not in EVENT_MONTHS:
            continue
        since = words[max(0, k - 1 - background_rules.MONTH_YEAR_SINCE_REACH):k - 1]
        dated_first = any(c.label == "dated" and c.start < k and trigger.start - c.end
                          <= background_rules.MONTH_YEAR_DAY_BEFORE
                          and _THAT.isdisjoint(words[c.end:trigger.start]) for c in sent.cues)
        if _SINCE_WORDS.isdisjoint(since) and not dated_first \
                and not _comma_between(sent, trigger.end, k):
            return True
    return False


def resolve_generic(sent: Sentence) -> str:
    """Generic violence (هجوم، مقتل) is an Attack when civilians are hit, else a clash.

    Who was hit is first the noun right after the verb ("مقتل شاب"، "قتل ثلاثة عناصر");
    otherwise any victim word of the sentence, except the armed men who did it ("برصاص
    عناصر من الميليشيا").
    """
    if sent.generic is None:
        sent.generic = _victims_decide(sent)
    return sent.generic


def _told_whom(sent: Sentence, sentences: list[Sentence]) -> Sentence:
    """The sentence that says who was hit by a headline's violence: the headline itself, or,
    where it names no victim ("هجوم على سجن في القامشلي"), the lead that does ("قتل فيه
    حراس من السجن ومسلحون من المهاجمين"). A dateline line under the headline ("طرطوس –
    شبكة الساحل") is no lead: the sentence after it is."""
    if sent.index != 0 or len(sentences) < 2 or any(
            c.label in ("civilian", "combatant") for c in sent.cues):
        return sent
    shift = 1 if len(sentences) > 2 and dateline_line(sentences[1].text) else 0
    lead = sentences[1 + shift]
    told = any(h.label == GENERIC for h in lead.triggers) and any(
        c.label in ("civilian", "combatant") for c in lead.cues)
    return lead if told else sent


def _victims_decide(sent: Sentence) -> str:
    victim_at: dict[int, str] = {}
    for cue in sent.cues:
        if cue.label in ("civilian", "combatant"):
            victim_at.setdefault(cue.start, cue.label)
    for hit in sent.triggers:
        if hit.label != GENERIC:
            continue
        right_after = next((victim_at[i] for i in range(hit.end, hit.end + 3) if i in victim_at),
                           None)
        if right_after:
            return "Attack" if right_after == "civilian" else "Armed clash"
    civ = any(c.label == "civilian" for c in sent.cues)
    armed = any(c.label == "combatant" and not _perpetrator(c, sent) for c in sent.cues)
    # "هجوم منسق للفلول على حواجز الأمن العام": a government force after the violence is
    # its target, armed men
    starts = [h.start for h in sent.triggers if h.label == GENERIC]
    armed = armed or (not civ and any(c.label == "government" and any(
        0 < c.start - s <= 8 for s in starts) for c in sent.cues))
    return "Attack" if civ and not armed else "Armed clash" if armed else "Attack"


def _perpetrator(cue: Hit, sent: Sentence) -> bool:
    return any(t in _PERPETRATOR for t in sent.tokens[max(0, cue.start - 2):cue.start])


def _territory(sent: Sentence, sentences: list[Sentence]) -> str:
    """Who takes the ground decides the Battles sub-type: government or not; ground handed
    over without a fight is a transfer."""
    told = (sent, *sentences[:2])
    # (The fighting that won the ground may be told right after the lead: "seized the city
    # after troops withdrew" then "overran the airport after eight days of fighting".)
    fought = any(h.label in ("Armed clash", GENERIC) for s in (*told, *sentences[2:3])
                 for h in s.triggers) or any(s.has_cue("siege") for s in told)
    handed = any(s.has_cue("handover") or s.has_cue("unresisted") for s in told) or (
        any(s.has_cue("withdrawal") for s in told) and not fought)
    if handed and not any(h.label == "Armed clash" for s in told for h in s.triggers):
        return "Non-violent transfer of territory"
    # The reporter adds a little later that no fight took place ("وأوضح المراسل أن دخول
    # الوحدات تم من دون أي مواجهات"): the ground the headline and lead tell was handed over.
    later = [s for s in sentences[2:4] if not s.is_context]
    if not fought and any(s.has_cue("unresisted") for s in later) and not any(
            h.label == "Armed clash" for s in (*told, *later) for h in s.triggers):
        return "Non-violent transfer of territory"
    # Told in its own sentence as taken without a fight ("دخلت القوات بلدة ... دون أي
    # مواجهات"): a transfer, whatever fighting the lead tells of another place.
    if sent.has_cue("unresisted") and not any(
            h.label == "Armed clash" for h in sent.triggers):
        return "Non-violent transfer of territory"
    # A further item of its own ("كما دخلت الفصائل بلدة الزربة إثر انسحاب قوات النظام منها")
    # that tells the other side's withdrawal and no fighting: a transfer, whatever fighting
    # the lead tells for another town.
    if sent.index > 1 and sent.has_cue("withdrawal") and _opens_another(sent) \
            and not sent.has_cue("siege") \
            and not any(h.label in ("Armed clash", GENERIC) for h in sent.triggers):
        return "Non-violent transfer of territory"
    for s in (sent, *sentences[:2]):
        gov = [c for c in s.cues if c.label == "government" and not _rebel_army(c, s)]
        if gov and min(c.start for c in gov) <= 3:
            return "Government regains territory"
    # The government named right after the verbal noun: "أعلنت الوزارة استعادة قوى الأمن
    # العام السيطرة على محيط مدينة جبلة".
    taken = [(h.start, h.end) for h in sent.triggers if h.label == "territory"]
    if any(0 <= c.start - e <= 1 or 0 <= b - c.end <= 2 for c in sent.cues
           if c.label == "government" and not _rebel_army(c, sent) for b, e in taken):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _rebel_army(cue: Hit, sent: Sentence) -> bool:
    return any(t in _NOT_STATE for t in sent.tokens[cue.end:cue.end + 2])


_PROTESTERS = ("متظاهر", "المتظاهر", "محتج", "المحتج")
_KILLED_NEAR = 3


def _protesters_killed(sent: Sentence) -> bool:
    """"قتلت القوات 9 متظاهرين"، "ثلاثة متظاهرين قتلوا": protesters next to the killing."""
    for hit in sent.triggers:
        if hit.label != GENERIC:
            continue
        near = sent.tokens[max(0, hit.start - _KILLED_NEAR):hit.end + _KILLED_NEAR]
        if any(t.startswith(_PROTESTERS) for t in near):
            return True
    return False


def _grievance_end(sent: Sentence, start: int) -> int:
    """Where what a crowd demands, told from token ``start``, ends: GRIEVANCE_REACH words on,
    or at a word opening another clause (pipeline.rules.scope)."""
    end = min(start + scope.GRIEVANCE_REACH, len(sent.tokens))
    return next((i for i in range(start, end) if sent.tokens[i] in scope.GRIEVANCE_ENDS), end)


def refine_protest(sent: Sentence) -> str:
    """A protest's sub-type from what the sentence says happened to or by the crowd."""
    if sent.has_cue("armed_protesters"):
        return "Violent demonstration"
    # "إطلاق النار" inside "وقف إطلاق النار" is the ceasefire a crowd marches about, and an
    # arrest or shooting just after "للمطالبة بالإفراج عن" is what the crowd protests.
    truce = [(c.start, c.end) for c in sent.cues if c.label == "truce"]
    truce += [(c.end, _grievance_end(sent, c.end)) for c in sent.cues
              if c.label == "protest_grievance"]
    done = [c for c in sent.cues if not any(a <= c.start and c.end <= b for a, b in truce)]
    done = _in_the_protests_clause(sent, done)
    # "ولم تسجل أي مواجهات"، "دون مواجهات": an intervention denied did not happen.
    done = [c for c in done if c.label != "protest_intervention" or not _negated(c, sent)]
    buried = _how_the_buried_died(sent)
    force = any(c.label == "protest_force" and c.start not in buried for c in done)
    if sent.has_cue("crowd_violence"):
        return "Violent demonstration"  # force used on a crowd that burns and stones
    if any(c.label == "death" and c.start not in buried for c in sent.cues) \
            and (force or _protesters_killed(sent)):
        return "Excessive force against protesters"
    if sent.has_cue("protest_violence"):
        return "Violent demonstration"
    if force or (any(c.label == "protest_intervention" for c in done)
                 and not sent.has_cue("protest_calm")):
        return "Protest with intervention"
    return "Peaceful protest"


def _how_the_buried_died(sent: Sentence) -> frozenset[int]:
    """The words right after a funeral's ("تشييع شاب قتل برصاص مجهولين"), up to
    pipeline.rules.scope.BURIED_REACH and no comma: how the one buried died."""
    return frozenset(k for c in sent.cues if c.label == "funeral"
                     for k in range(c.end, min(len(sent.tokens), c.end + scope.BURIED_REACH))
                     if not _comma_between(sent, c.end, k))


def _in_the_protests_clause(sent: Sentence, cues: list[Hit]) -> list[Hit]:
    """A headline of two acts ("تعتقل خلية في المخيم.. ونساء المدينة يحتججن"): what the
    other clause tells (the arrests) happened to no crowd; only the protest's own clause
    refines it."""
    cut = _headline_cut(sent) if sent.index == 0 else None
    protests = [h.start >= cut for h in sent.triggers
                if cut is not None and h.label == "Peaceful protest"]
    if not protests or len(set(protests)) > 1:
        return cues
    return [c for c in cues if (c.start >= cut) == protests[0]] if cut is not None else cues


_EARLIER_CROWD = frozenset(tuple(w.split()) for w in scope.EARLIER_CROWD)


def _earlier_crowd(sent: Sentence) -> bool:
    """Whether every protest word of the sentence follows "بعد ليلة شهدت" and the like
    (pipeline.rules.scope.EARLIER_CROWD): a crowd of an earlier night or day."""
    hits = [h for h in sent.triggers if h.label == "Peaceful protest"]
    return bool(hits) and all((h.start >= 3 and tuple(sent.tokens[h.start - 3:h.start])
                               in _EARLIER_CROWD) or _took_part_before(h, sent) for h in hits)


def _took_part_before(hit: Hit, sent: Sentence) -> bool:
    """"بعد ساعات من مشاركتهم في الوقفة الاحتجاجية": a protest the people of the act took part
    in before it (pipeline.rules.scope.EARLIER_PART_*)."""
    # (the protest's word right after "في", or its adjective after its noun: "الوقفة
    # الاحتجاجية")
    for at in (hit.start - 2, hit.start - 3):
        if at >= 0 and sent.tokens[at] in scope.EARLIER_PART_NOUNS \
                and sent.tokens[at + 1] == "في" and any(
                t in scope.EARLIER_PART_AFTER
                for t in sent.tokens[max(0, at - scope.EARLIER_PART_REACH):at]):
            return True
    return False


def _fell_unexploded(sent: Sentence) -> bool:
    """Whether the sentence tells only of a weapon that fell and did not explode ("fell",
    "unexploded" in pipeline.rules.cues): every weapon it names stands between the fall and
    the "did not explode", nobody is killed or wounded, and nothing else blew up."""
    dud = [c for c in sent.cues if c.label == "unexploded"]
    fell = [c for c in sent.cues if c.label == "fell"]
    if not dud or not fell or sent.has_cue("death") or sent.has_cue("wounded"):
        return False
    if any(c.label == "exploded" and not any(d.start <= c.start < d.end for d in dud)
           for c in sent.cues):
        return False
    start, end = min(c.start for c in fell), max(c.start for c in dud)
    weapons = [h for h in sent.triggers if h.label in scope.WEAPON_LABELS or h.label == _AIR]
    return bool(weapons) and all(start < h.start < end for h in weapons)


def _drop_generic_beside_specific(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"قتلى بغارة" is an air strike: the generic reading yields to a specific violent one.
    Not to a development told with the killing: "قتل راعٍ برصاص مسلحين ... وسلبوا قطيعه" is
    a killing and a theft (the strategic sub-types name no violence)."""
    specific = {h.label for h in sent.triggers if h.label not in (GENERIC, "territory")
                and EVENT_TYPES.get(h.label) != _DEVELOPMENTS}
    if not specific - _NON_LETHAL:
        return found
    generic = {resolve_generic(sent)} - specific
    return {k: v for k, v in found.items() if k not in generic}


def _massacre_by_weapon(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"ارتكب الطيران مجزرة بإلقائه برميلين": the weapon is the sub-type, not an Attack."""
    if "Attack" not in found or not any(EVENT_TYPES.get(k) == _REMOTE for k in found) \
            or any(h.label == "Attack" and h.phrase not in MASSACRE for h in sent.triggers):
        return found
    return {k: v for k, v in found.items() if k != "Attack"}


def sentence_types(sent: Sentence, sentences: list[Sentence],
                   generic: bool = True) -> dict[str, float]:
    """Sub-event types this sentence supports, each with its specificity score.

    Without ``generic``, words that only say "violence" (هجوم، استهداف) are ignored.
    """
    if generic not in sent.types:
        if (not generic) in sent.types and all(h.label != GENERIC for h in sent.triggers):
            # ``generic`` only decides whether generic words count: a sentence without one
            # has the same types either way (the scenes ask both of every sentence)
            sent.types[generic] = sent.types[not generic]
        else:
            sent.types[generic] = _sentence_types(sent, sentences, generic)
    return dict(sent.types[generic])


def _sentence_types(sent: Sentence, sentences: list[Sentence],
                    generic: bool) -> dict[str, float]:
    found: dict[str, float] = {}
    for hit in sent.triggers:
        label = hit.label
        if label == GENERIC and not generic:
            continue
        if label == _TRANSFER and _raiders_withdrew(sent.tokens, hit):
            continue  # "عند انسحابهم نحو البادية": raiders going back, no ground changed hands
        if label == GENERIC:
            label = resolve_generic(_told_whom(sent, sentences))
            score = float(SPECIFICITY[GENERIC]) + (3 if label == "Attack" else 2)
        elif label == "territory" or (label == _TRANSFER and sent.has_cue("withdrawal") and (
                any(h.label == "territory" for s in (sent, *sentences[:2]) for h in s.triggers)
                or _entered_after_withdrawal(sent))):
            # (A side's withdrawal is the other's takeover where the text tells one, and
            # fighting: "دخلت الفصائل البلدة وقد انسحب منها الجيش بعد قتال دام يومين";
            # "دخلت القوات المدينة بعد انسحاب الفصائل منها" tells one by the entry)
            label = _territory(sent, sentences)
            score = float(SPECIFICITY[label])
        else:
            score = float(SPECIFICITY[label])
        found[label] = max(found.get(label, 0.0), score)
    if not found and _crowd_rioted(sent):
        found[_RIOT] = float(SPECIFICITY[_RIOT])
    if _AIR in found and (sent.has_cue("intercepted") or "Disrupted weapons use" in found) \
            and not sent.has_cue("death") and all(
            "مسير" in h.phrase or "drone" in h.phrase for h in sent.triggers if h.label == _AIR):
        # "اعترضت المضادات مسيّرتين فوق المطار وأسقطتهما": the drones met and downed are the
        # weapon disrupted, no strike
        found.pop(_AIR)
        found["Disrupted weapons use"] = float(SPECIFICITY["Disrupted weapons use"])
    if _fell_unexploded(sent):
        # "سقطت طائرة مسيّرة قرب القرية دون أن تنفجر": what did not explode struck nothing
        found = {k: v for k, v in found.items() if k not in scope.WEAPON_LABELS and k != _AIR}
    found = _drop_generic_beside_specific(found, sent)
    found = _massacre_by_weapon(found, sent)
    if any(h.phrase in AMBUSH for h in sent.triggers):
        found.pop("Shelling/artillery/missile attack", None)  # the ambush's own rockets
    if "Armed clash" in found and _offensive_by_weapon(found, sent):
        found.pop("Armed clash")  # "استهدفت المدفعية تجمعات الإرهابيين": the weapon's
    if _SHELLING in found and sent.has_cue("from_airspace"):
        found[_AIR] = max(found.get(_AIR, 0.0), found.pop(_SHELLING))  # the aircraft's fire
    if _AIR in found and _SHELLING in found and _dropped_from_the_air(sent):
        found.pop(_SHELLING)  # "ألقت مروحيات عسكرية قذائف": what the aircraft dropped
    if "Armed clash" in found and _fire_of_the_fighting(sent):
        found.pop("Shelling/artillery/missile attack", None)
    if "Armed clash" in found:
        for label in _FIGHT_ARMS:
            if label in found and _weapons_of_the_fight(label, sent):
                found.pop(label)
    if any(h.phrase.startswith("مسير") and "انتحاري" in h.phrase for h in sent.triggers):
        found.pop("Suicide bomb", None)  # "مسيّرة انتحارية" is a drone, not a bomber
    if "Armed clash" in found and _protest_turned(sent):
        # "احتجاجات تحولت إلى مواجهات مع القوات": the crowd's fight is a riot
        found["Violent demonstration"] = max(found.pop("Armed clash"),
                                             float(SPECIFICITY["Violent demonstration"]))
        found.pop("Peaceful protest", None)
    if "Peaceful protest" in found and _ABDUCTION in found and _crowd_for_the_missing(sent):
        found.pop(_ABDUCTION)  # "ورفعوا صوراً للمغيبين قسرياً": whom the crowd rallies for
    if "Peaceful protest" in found and _ARREST in found and _arrests_grieved(sent):
        found.pop(_ARREST)  # "رفعوا صور شبان اعتقلوا على الحواجز": whom the crowd rallies for
    if "Peaceful protest" in found and len(found) > 1 and _earlier_crowd(sent):
        found.pop("Peaceful protest")  # "اعتقالات بعد ليلة شهدت مظاهرة": the arrests'
    if "Peaceful protest" in found:
        refined = refine_protest(sent)
        found[refined] = found.pop("Peaceful protest")
        if refined != "Peaceful protest":  # arrests at a protest are how it was broken up
            found.pop("Arrests", None)
            # and the shooting or killing is the protest's own violence, not another event
            specific = {h.label for h in sent.triggers}
            if any(h.label == GENERIC for h in sent.triggers):
                violence = resolve_generic(sent)
                if violence not in specific:
                    found.pop(violence, None)
    if "Armed clash" in found and _riots_confrontations(sent, sentences):
        found[_RIOT] = max(found.get(_RIOT, 0.0), found.pop("Armed clash"))
    if _RIOT in found and "Armed clash" in found:
        # any riot's exchange of fire ("محتجون حاولوا اقتحام المبنى ... وسط تبادل لإطلاق
        # النار مع مسلحين كانوا بين المحتجين"، "هاجم محتجون شاحنات ... قبل أن يتطور الأمر
        # إلى إطلاق نار متبادل مع الحراس") is the riot's own, its dead the riot's
        found[_RIOT] = max(found[_RIOT], found.pop("Armed clash"))
    found = _beaten_by_a_crowd(found, sent)
    found = _assassinated_with(found, sent)
    found = _arrested_and_taken_away(found, sent)
    found = _kidnapped_in_a_raid(found, sent)
    found = _captured_with_dead(found, sent)
    found = _bombers_among_dead(found, sent)
    found = _chemical(found, sent)
    if sent.has_cue("death"):
        for label in found:
            if label not in _NON_LETHAL:
                found[label] += 3
    return found


_ABDUCTION = "Abduction/forced disappearance"


def _crowd_for_the_missing(sent: Sentence) -> bool:
    """Whether every abduction word of a protest's sentence is a noun with the article ("رفعوا
    صوراً لعدد من المغيبين قسرياً"، "وقفة تنديداً بالاختطاف"): the missing the crowd rallies
    for, or the practice it protests, not an abduction of the day."""
    return all(sent.tokens[h.start].startswith(_DEFINITE_FORMS)
               for h in sent.triggers if h.label == _ABDUCTION)


_DEFINITE_FORMS = ("ال", "بال", "وال", "لل", "وبال", "ولل")


def _arrests_grieved(sent: Sentence) -> bool:
    """Whether every arrest word of a protest's sentence lies in what the crowd demands or
    holds up (CUES "protest_grievance": "للمطالبة بالإفراج عن"، "رفعوا صور شبان اعتقلوا"):
    the arrests it protests, not an arrest of the day."""
    spans = [(c.end, _grievance_end(sent, c.end)) for c in sent.cues
             if c.label == "protest_grievance"]
    return all(any(a <= h.start < b for a, b in spans)
               for h in sent.triggers if h.label == _ARREST)


# How near a crowd's words stand to the violence it did: "اقتحم عشرات الشبان المعبر".
_CROWD_ACT_REACH = 3


def _crowd_rioted(sent: Sentence) -> bool:
    """"اقتحم عشرات الشبان معبر جرابلس وحطموا زجاج مكاتبه": a crowd ("crowd" in
    pipeline.rules.cues) that storms, burns or smashes is a riot, no protest word needed."""
    crowd = [c.start for c in sent.cues if c.label == "crowd"]
    return any(c.label == "protest_violence" and any(abs(c.start - k) <= _CROWD_ACT_REACH
                                                    for k in crowd) for c in sent.cues)


def _riots_confrontations(sent: Sentence, sentences: list[Sentence]) -> bool:
    """"وأسفرت المواجهات عن مقتل أربعة" right after a sentence telling a riot: the crowd's
    confrontations (CROWD_CONFRONTATIONS in pipeline.rules.triggers), not a battle."""
    clashes = [h for h in sent.triggers if h.label == "Armed clash"]
    if not clashes or any(h.phrase not in CROWD_CONFRONTATIONS for h in clashes) \
            or sent.index < 2:
        return False
    return _RIOT in sentence_types(sentences[sent.index - 1], sentences)


def _protest_turned(sent: Sentence) -> bool:
    """Whether every clash word of the sentence follows, closely, a word of a protest
    turning ("احتجاجات ... تحولت ... إلى مواجهات", cues "turned_into")."""
    turned = [c.end for c in sent.cues if c.label == "turned_into"
              and any(w in t for t in sent.tokens[:c.start] for w in scope.TURNED_FROM)]
    return bool(turned) and all(
        any(0 <= h.start - end <= scope.TURNED_REACH for end in turned)
        for h in sent.triggers if h.label == "Armed clash")


_CHEMICAL = "Chemical weapon"
_REMOTE = "Explosions/Remote violence"
_OFFENSIVE = frozenset(OFFENSIVE)


def _offensive_by_weapon(found: dict[str, float], sent: Sentence) -> bool:
    """Whether the sentence's only clash words are state media's offensive formula
    (pipeline.rules.triggers.OFFENSIVE) and it names the weapon the army used."""
    return any(EVENT_TYPES.get(k) == _REMOTE for k in found) and all(
        h.phrase in _OFFENSIVE for h in sent.triggers if h.label == "Armed clash")


_AMID = normal_forms(AMID_FIGHTING)
_AMID_WITH = normal_forms(AMID_FIGHTING_WITH)


def _fire_of_the_fighting(sent: Sentence) -> bool:
    """Whether every shelling phrase of the sentence follows a word of AMID_FIGHTING
    ("اشتباكات ... وسط قصف مدفعي متبادل") or one of AMID_FIGHTING_WITH and "مع" ("ترافقت
    مع قصف مكثف"): the clash's own fire."""
    shelling = sorted((h for h in sent.triggers
                       if h.label == "Shelling/artillery/missile attack"), key=lambda h: h.start)
    amid: set[int] = set()  # ends of the phrases that follow such a word, or one of them
    for h in shelling:
        if h.start > 0 and (sent.tokens[h.start - 1] in _AMID or h.start in amid or (
                h.start > 1 and sent.tokens[h.start - 1] == "مع"
                and sent.tokens[h.start - 2] in _AMID_WITH)):
            amid.add(h.end)
        else:
            return False
    return bool(shelling)


_FIGHT_OPEN = normal_forms(FIGHT_WEAPONS_OPEN)
# Weapons a fight's list may name that are also sub-types of their own.
_FIGHT_ARMS = ("Shelling/artillery/missile attack", "Grenade")


def _weapons_of_the_fight(label: str, sent: Sentence) -> bool:
    """Whether every ``label`` phrase of the sentence is in the list of a clash's weapons
    that a FIGHT_WEAPONS_OPEN word opens after the clash's word ("اشتباكات بالأسلحة
    الرشاشة والقذائف"), within FIGHT_WEAPONS_REACH words of it and in the same clause, or
    is joined to the clash's word by "و" ("تبادل لإطلاق النار والقذائف")."""
    clashes = [h for h in sent.triggers if h.label == "Armed clash"]
    arms = [h for h in sent.triggers if h.label == label]

    def listed(arm: Hit) -> bool:
        return any(
            0 <= arm.start - c.end <= FIGHT_WEAPONS_REACH
            and any(t in _FIGHT_OPEN for t in sent.tokens[c.end:arm.start])
            and not _comma_between(sent, c.end, arm.start) for c in clashes) or any(
            # "تبادل لإطلاق النار والقذائف": what was exchanged, joined to the fire by "و"
            arm.start == c.end and sent.tokens[arm.start].startswith("و") for c in clashes)

    return bool(arms) and all(listed(h) for h in arms)


def _beaten_by_a_crowd(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"انهال عليه عشرات من سكان الحي بالضرب المبرح": a beating by a crowd is Mob violence."""
    if "Attack" not in found or not sent.has_cue("crowd") or not any(
            h.label == "Attack" and h.phrase in BEATING for h in sent.triggers):
        return found
    out = {k: v for k, v in found.items() if k != "Attack"}
    out[_MOB] = max(found["Attack"], found.get(_MOB, 0.0)) + 1
    return out


_MOB = "Mob violence"
_RIOT = "Violent demonstration"


def _assassinated_with(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"اغتيال" says whom, a bomb or a drone in the same sentence says how: the weapon is
    the sub-type (an assassination by gunfire stays an Attack)."""
    if "Attack" not in found or not any(EVENT_TYPES[k] == _REMOTE for k in found):
        return found
    if any(h.label == "Attack" and h.phrase not in ASSASSINATION for h in sent.triggers):
        return found
    if sent.index == 0 and _listed_apart(sent):
        return found  # "اغتيال قيادي في تسيل وعبوة قرب إنخل": two acts the headline lists
    return {k: v for k, v in found.items() if k != "Attack"}


_ARREST, _ABDUCTION = "Arrests", "Abduction/forced disappearance"
_SUICIDE = "Suicide bomb"


def _arrested_and_taken_away(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"اعتقلت قسد ثلاثة أشخاص خلال مداهمة منازل، واقتادتهم إلى جهة مجهولة": where the
    arrested were taken after their arrest is no abduction of its own (ARREST_TAKEN_AWAY in
    pipeline.rules.triggers)."""
    if _ARREST not in found or _ABDUCTION not in found:
        return found
    arrested = min((h.start for h in sent.triggers if h.label == _ARREST), default=None)
    taken = [h for h in sent.triggers if h.label == _ABDUCTION]
    if arrested is None or any(h.phrase not in ARREST_TAKEN_AWAY or h.start < arrested
                               for h in taken):
        return found
    return {k: v for k, v in found.items() if k != _ABDUCTION}


def _kidnapped_in_a_raid(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"اختطاف المواطنَين بعد مداهمة منزليهما": a raid beside a kidnapping's own word
    (KIDNAP_WORDS, RAID_WORDS in pipeline.rules.triggers) is how the abduction was done."""
    if _ARREST not in found or _ABDUCTION not in found:
        return found
    arrests = [h for h in sent.triggers if h.label == _ARREST]
    kidnap = any(h.label == _ABDUCTION and any(w in h.phrase for w in KIDNAP_WORDS)
                 for h in sent.triggers)
    if not kidnap or any(h.phrase not in RAID_WORDS for h in arrests):
        return found
    return {k: v for k, v in found.items() if k != _ARREST}


def _captured_with_dead(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"أسفرت عن مقتل عنصرين من التنظيم واعتقال ثالث": an arrest's noun joined by "و" to the
    dead of the violence its sentence tells is that raid's outcome, not an arrest apart
    (CAPTURED_NOUNS in pipeline.rules.triggers)."""
    if _ARREST not in found or not any(EVENT_TYPES.get(k) in _VIOLENT_TYPES for k in found):
        return found
    deaths = [c.start for c in sent.cues if c.label == "death"]
    arrests = [h.start for h in sent.triggers if h.label == _ARREST]
    if not deaths or any(sent.tokens[a][:1] != "و" or sent.tokens[a][1:] not in CAPTURED_NOUNS
                         or not any(0 < a - d <= CAPTURED_WITH_DEAD_REACH for d in deaths)
                         for a in arrests):
        return found
    return {k: v for k, v in found.items() if k != _ARREST}


def _bombers_among_dead(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """"مقتل 11 عنصراً من التنظيم، بينهم انتحاريان فجرا نفسيهما" in a sentence telling a
    battle or a takeover: the bombers are among the battle's dead (AMONG_DEAD in
    pipeline.rules.triggers), no suicide bombing apart."""
    if _SUICIDE not in found or not any(
            EVENT_TYPES.get(k) == "Battles" for k in found) \
            or not sent.has_cue("death"):
        return found
    bombers = [h.start for h in sent.triggers if h.label == _SUICIDE]
    if any(not any(w in AMONG_DEAD for w in sent.tokens[max(0, b - AMONG_DEAD_REACH):b])
           for b in bombers):
        return found
    return {k: v for k, v in found.items() if k != _SUICIDE}


def _listed_apart(head: Sentence) -> bool:
    """Whether every weapon a headline names beside its killing is an act of its own: the
    later of the two joined by "و" ("اغتيال مختار في X وعبوة قرب Y", "عبوة في X واغتيال في
    Y") or after a mark ("اغتيال في X، عبوة غرب Y"), not the killing's means ("اغتيال مختار
    بعبوة ناسفة")."""
    killed = min((h.start for h in head.triggers if h.label == "Attack"), default=None)
    weapons = [h for h in head.triggers if EVENT_TYPES.get(h.label) == _REMOTE]
    if killed is None or not weapons:
        return False
    spans = [m.span() for m in word_spans(head.text)]
    for hit in weapons:
        if hit.start == killed or max(hit.start, killed) >= len(spans):
            return False
        first, later = sorted((killed, hit.start))
        between = head.text[spans[first][1]:spans[later][0]]
        if not head.text.startswith("و", spans[later][0]) \
                and not any(mark in between for mark in scope.HEADLINE_MARKS):
            return False
    return True


def _chemical(found: dict[str, float], sent: Sentence) -> dict[str, float]:
    """A toxic agent named with a weapon or an attack makes it a Chemical weapon, however
    delivered: "براميل متفجرة تحوي غاز الكلور" is no plain air strike, "هجوم كيماوي" no
    plain attack. The agent denied ("ليس بالكلور") changes nothing."""
    agent = any(c.label == "chemical" and not _negated(c, sent) for c in sent.cues)
    carriers = {k: v for k, v in found.items() if k in CHEMICAL_DELIVERY}
    if not carriers or not (agent or _CHEMICAL in found):
        return found
    score = max(found.get(_CHEMICAL, float(SPECIFICITY[_CHEMICAL])), *carriers.values())
    out = {k: v for k, v in found.items() if k not in carriers}
    out[_CHEMICAL] = score + 1  # the agent says more than the carrier
    return out


def classify(title: str, text: str, published_year: int | None = None) -> list[Detection]:
    """The events an article reports, primary first; ``[]`` when it reports none."""
    sentences = analyse(title, text, published_year)
    if _not_news_of_an_incident(title, sentences):
        return []
    primary = _primary(sentences)
    if primary is None or _trend(primary, sentences):
        return []
    breach = _breach(sentences)
    frame = _truce_frame(sentences)
    exclusion = next((s.index for s in sentences
                      if s.has_cue("excluded") and s.has_cue("truce")), None)
    found = [primary, *_secondaries(sentences, primary)]
    before = {s.index for s in sentences if _violence_before_truce(s)}
    return [_with_breach(d, breach, None if d.sentence in before else frame, exclusion)
            for d in found]


def _violence_before_truce(sent: Sentence) -> bool:
    """"دخل وقف إطلاق النار حيز التنفيذ بعد معارك عنيفة", "يسود هدوء حذر مع سريان الهدنة
    بعد قصف استهدف البلدة أمس": a sentence about a truce in force that tells its violence
    after "بعد" (with no truce word between) tells what came before the truce."""
    if not (sent.has_cue("truce") and sent.has_cue("in_force")):
        return False
    afters = [c.end for c in sent.cues if c.label == "after"]
    truces = [c.start for c in sent.cues if c.label in ("truce", "in_force")]
    return any(0 <= h.start - a < scope.AFTER_REACH and not any(a <= t < h.start for t in truces)
               for h in sent.triggers if EVENT_TYPES.get(h.label) in _VIOLENT_TYPES
               or h.label == GENERIC for a in afters)


def _with_breach(det: Detection, breach: int | None, frame: int | None,
                 exclusion: int | None) -> Detection:
    violent = det.event_type in _VIOLENT_TYPES
    return replace(det, breach=breach is not None and violent,
                   truce_frame=frame if violent else None,
                   breach_sentence=breach if violent else None,
                   truce_exclusion=exclusion if violent else None)


def _truce_frame(sentences: list[Sentence]) -> int | None:
    """A headline or lead saying a truce is in force, without itself reporting a breach:
    the article then tells what broke it (its own sentence's violence too: "قصفت ... بعد
    ساعات من بدء سريان وقف إطلاق النار"). One not yet in force ("قبيل سريان الهدنة")
    frames nothing."""
    for sent in sentences[:3]:
        labels = {c.label for c in sent.cues}
        if {"in_force", "truce"} <= labels and not labels & {"future", "not_yet"}:
            return sent.index
    return None


def _figurative(sentences: list[Sentence]) -> bool:
    """Sports reports borrow the vocabulary of war (قذيفة صاروخية، هجمة، الهدف القاتل)."""
    return sum(1 for s in sentences for c in s.cues if c.label == "sports") >= 2


_CULTURE = "culture"  # the frame of works of art (pipeline.rules.not_news)
_DRILL = "drill"  # the frame of blasts explained as a drill (pipeline.rules.not_news)
_WORKS = frozenset(not_news.WORKS)
# Opinion, interviews and analysis recall events; they do not report them.
_GENRE = re.compile(rf"^\s*({alternation(not_news.GENRES)})\s*[|:–—-]", re.IGNORECASE)


def _not_news_of_an_incident(title: str, sentences: list[Sentence]) -> bool:
    """Whole articles that report no incident: a genre that only recalls, an anniversary,
    a period's tally or a drill named in the headline, sports prose."""
    head = sentences[0]
    if _GENRE.match(title or "") or _figurative(sentences) or _commemorative(sentences) \
            or _work_of_art(sentences):
        return True
    if head.has_cue("exercise") and not head.has_cue("death"):
        return True
    # A headline that denies, tallies or reports talks, with no incident of its own. (A
    # tally told beside a killing the lead dates is that killing's news: "العثور على لاجئة
    # مقتولة في المخيم.. وحصيلة الجرائم منذ مطلع العام ترتفع إلى 48" over "عثر سكان صباح
    # اليوم على جثة ...".)
    lead = _lead(sentences)
    # Nor is a headline of talks or of a deadline ("بوساطة روسية.. اتفاق تسوية"، "تسليم
    # السلاح خلال ثلاثة أيام") over a lead that dates the agreement signed or reached.
    # (Nor a headline of the denial that followed a strike, "إدانات بعد غارة أريحا… وموسكو
    # تنفي", over a lead dating the strike's dead: the strike is the news it answers.)
    if not head.triggers and any(head.has_cue(c) for c in ("period", "denial", "negotiation")) \
            and not ((head.has_cue("period") or head.has_cue("denial")) and _dated_killing(lead)) \
            and not (head.has_cue("period") and days_told(sentences)) \
            and not (lead is not None and not head.has_cue("denial")
                     and _agreement_reached(lead)):
        return True
    # Reactions ("إدانات واسعة إثر العملية"): headline and lead only quote what was said.
    return (not head.triggers and head.has_cue("statement") and lead is not None
            and not lead.triggers and lead.has_cue("statement"))


def days_told(sentences: list[Sentence]) -> bool:
    """A headline's tally over a few days (``PERIOD_OF_DAYS``) that the body breaks down by
    day: a sentence of the first few past it dates a killing to a day it names ("قتل يوم
    الثلاثاء 24 مدنياً في غارات"). Each day's killing is an incident of its own."""
    spans = [c.phrase.split()[-1] for c in sentences[0].cues if c.label == "period"]
    return bool(spans) and all(span in PERIOD_OF_DAYS for span in spans) \
        and any(_dated_killing(s) for s in sentences[1:5])


def _lead(sentences: list[Sentence]) -> Sentence | None:
    """The sentence after the headline, past a dateline line of its own ("بيروت – «عرب
    ديسك»")."""
    at = 2 if len(sentences) > 2 and dateline_line(sentences[1].text) else 1
    return sentences[at] if len(sentences) > at else None


def _dated_killing(sent: Sentence | None) -> bool:
    """A sentence telling a death on a day it names, no recalled one."""
    return sent is not None and bool(sent.triggers) and not sent.is_context \
        and sent.has_cue("dated") and sent.has_cue("death") \
        and not sent.has_cue("period") and not sent.has_cue("denial")


def _trend(primary: Detection, sentences: list[Sentence]) -> bool:
    """A headline whose event no body sentence tells, over a lead about a period with no day
    ("المسيّرات الانتحارية.. سلاح يغيّر ..." then "باتت المسيّرات خلال العام الحالي السلاح
    الأكثر حضوراً"): the headline names a trend the piece analyses, not an incident. So does
    a headline over a lead that explains its blasts as a drill ("مصدر يوضح سبب أصوات
    الانفجارات" then "... ناجمة عن تدريبات بالذخيرة الحية")."""
    if primary.sentence != 0 or len(sentences) < 2:
        return False
    lead = sentences[1]
    if _DRILL in veto.frames_of(lead.tokens):
        return True
    return (lead.has_cue("period") or lead.has_cue("history")) and not lead.has_cue("dated")


def _work_of_art(sentences: list[Sentence]) -> bool:
    """A headline and a lead about a play, a film or a song ("مسرحية تستعيد ليالي القصف"،
    "افتتح أمس العرض الأول لمسرحية ..."): the barrels and martyrs the review then describes
    are the work's scenes, whether or not their sentence names the work again. (A lead that
    tells a death, "قتل الممثل ... بقصف", is news.)"""
    # (the lead past a dateline line of its own: "دمشق – خاص")
    told = [s for s in sentences[:3] if s.index == 0 or not dateline_line(s.text)][:2]
    if len(told) < 2 or any(s.has_cue("death") for s in told):
        return False
    return all(_CULTURE in veto.frames_of(s.tokens) for s in told) or all(
        any(t in _WORKS for t in s.tokens) for s in told)


def _commemorative(sentences: list[Sentence]) -> bool:
    """A headline about an anniversary, with no incident of its own in it. (A lead that
    reports people demonstrating for it is a protest: "تظاهر معارضون إحياء للذكرى"; a body
    sentence after the lead that dates a killing to the day's news, and commemorates
    nothing, is the news the anniversary frames: "في ذكرى المجزرة.. صاروخ يقتل ثلاثة"
    over "سقط صباح اليوم صاروخ ... ما أدى إلى مقتل ثلاثة".)"""
    title = sentences[0]
    if not title.has_cue("anniversary") or title.triggers:
        return False
    if any(_dated_killing(s) and not s.commemorates for s in sentences[2:5]):
        return False
    lead = sentences[1] if len(sentences) > 1 else None
    return lead is None or not any(EVENT_TYPES.get(h.label) == "Protests" for h in lead.triggers)


def _primary(sentences: list[Sentence]) -> Detection | None:
    tallies = {s.index for s in sentences[1:2] if _day_tally(s)}
    totals = _primary_totals(sentences, tallies)
    if not totals and tallies:
        totals = _primary_totals(sentences, frozenset())  # the tally is all there is
    if not totals:
        return _late_lead(sentences)
    return _primary_of(sentences, totals)


_ROUND_UP_TOTAL = tuple(normalize(p) for p in ROUND_UP_TOTAL)


def _day_tally(sent: Sentence) -> bool:
    """"وثّق المركز مقتل 41 شخصاً في مناطق سورية عدة اليوم": a lead that only totals the
    dead of the items told after it (ROUND_UP_TOTAL in pipeline.rules.tolls), by words of
    violence that say nothing of how, is no incident of its own. (A headline's "هجمات
    متفرقة في ريف دير الزور" still weighs for the lead's kind.)"""
    return bool(sent.triggers) and all(h.label == GENERIC for h in sent.triggers) and any(
        p in normalize(sent.text) for p in _ROUND_UP_TOTAL)


def _primary_totals(sentences: list[Sentence], skipped: set[int] | frozenset[int]
                    ) -> dict[str, float]:
    totals: dict[str, float] = {}
    second = _headline_second_clause_only(sentences[0])
    for sent in sentences[:3]:
        if sent.is_context or sent.recalls or sent.index in skipped:
            continue
        for label, score in sentence_types(sent, sentences).items():
            if sent.index == 0 and label in second:
                continue  # "مقتل مختار برصاص مجهولين.. وعبوة تستهدف آلية": the second
                # clause's kind is its own event (``_headline_second_act``), not the primary
            totals[label] = totals.get(label, 0.0) + score + _PRIMARY_WEIGHT[sent.index]
    return totals


def _primary_of(sentences: list[Sentence], totals: dict[str, float]) -> Detection:
    label = max(totals, key=lambda k: (totals[k], SPECIFICITY.get(k, 0)))
    score = totals[label]
    if label in _BOMBER_REFINES and _bomber_told(sentences) and not _battle_told(label,
                                                                                sentences):
        # "التفجير" or "هجوم" of the lead, "انتحاري"/"فجّر نفسه" in a later or context
        # sentence: the same attack, told more precisely. The bomber may stand where no
        # total was counted (a fourth sentence, a "وكان ... قد" one), so the attack keeps
        # the score it won with.
        label = "Suicide bomb"
        score = max(score, totals.get(label, 0.0))
    if label == "Attack" and _assassination_by_weapon(sentences) is not None:
        label = _assassination_by_weapon(sentences) or label
        score = max(score, totals.get(label, 0.0))
    if label in ("Attack", "Armed clash") and _weapon_of_generic_violence(sentences):
        label = _weapon_of_generic_violence(sentences) or label
        score = max(score, totals.get(label, 0.0))
    if label == "Armed clash" and (taken := _won_by_fighting(sentences)):
        label = taken
        score = max(score, totals.get(label, 0.0))
    if label == _SHELLING and _bombed_from_the_air(sentences):
        label = _AIR
        score = max(score, totals.get(label, 0.0))
    if label in CHEMICAL_DELIVERY and any(
            _CHEMICAL in sentence_types(s, sentences) for s in sentences[:4] if not s.is_context):
        # The headline's barrels or shells, the lead's "حالات اختناق": one gas attack.
        label = _CHEMICAL
        score = max(score, totals.get(label, 0.0))
    if label == _PEACEFUL:
        # "مظاهرة في معرة النعمان" over a lead that tells how it was broken up ("تخللها
        # عراك بالأيدي"، "فرقتها قوات الأمن"): the same protest, told more precisely.
        label = _broken_up(sentences) or label
        score = max(score, totals.get(label, 0.0))
    told = {t for s in sentences[:3] if not s.is_context for t in sentence_types(s, sentences)}
    if label == "Attack" and (_FORCE in told or _deadly_riot(sentences)):
        # "قتيلان برصاص الأمن" over a lead that tells live fire on a demonstration: the
        # crowd was the target, the same incident told more precisely. "قتلى في عفرين"
        # over protesters who stoned a building and were fired on, dead: the riot's dead.
        label = _FORCE if _FORCE in told else _RIOT
        score = max(score, totals.get(label, 0.0))
    evidence = _evidence(sentences, label)
    about = _about(sentences, label, evidence)
    deadly = any(sentences[i].has_cue("death") for i in about)
    return Detection(label, evidence, sentences[evidence].text, about, True, deadly,
                     score, False)


_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _won_by_fighting(sentences: list[Sentence]) -> str | None:
    """"سيطرت القوات على الحي بعد معارك عنيفة استمرت أياماً": the fighting a lead tells in
    the sentence of a takeover is how the ground was won; the event is the takeover, and
    the dead of "المعارك" told after it are its dead."""
    for sent in sentences[:3]:
        if sent.is_context or sent.recalls:
            continue
        types = sentence_types(sent, sentences)
        taken = [t for t in _TAKEN if t in types]
        if taken and _fight_after_taking(sent):
            return taken[0]
    return None


def _fight_after_taking(sent: Sentence) -> bool:
    """A word of fighting right after "بعد"/"إثر" (cue "after"), past the word of taking:
    "سيطرت ... على الحي بعد معارك عنيفة", the fighting told as how the ground was won."""
    taken = [h.end for h in sent.triggers if h.label == "territory"]
    after = {c.end for c in sent.cues if c.label == "after"}
    return bool(taken) and any(h.label == "Armed clash" and h.start in after
                               and h.start >= min(taken) for h in sent.triggers)


def _deadly_riot(sentences: list[Sentence]) -> bool:
    """Whether a sentence of the lead tells a riot and dead in it (a riot told without dead
    after a killing, "وعلى إثر الحادثة، أشعلوا النار في الإطارات", is the killing's sequel)."""
    return any(not s.is_context and s.has_cue("death") and _RIOT in sentence_types(s, sentences)
               for s in sentences[:4])


_PEACEFUL = "Peaceful protest"
_FORCE = "Excessive force against protesters"
# Protest sub-types by what was done to the crowd, the gravest first.
_INTERVENED = ("Excessive force against protesters", "Protest with intervention")


def _broken_up(sentences: list[Sentence]) -> str | None:
    """How the headline and lead say a protest was broken up, the gravest, if they do."""
    told = {t for s in sentences[:2] if not s.is_context for t in sentence_types(s, sentences)}
    return next((t for t in _INTERVENED if t in told), None)


_SHELLING = "Shelling/artillery/missile attack"
_AIR = "Air/drone strike"


def _assassination_by_weapon(sentences: list[Sentence]) -> str | None:
    """The weapon of an assassination the headline names without it: "اغتيال طبيب ...
    اغتالوه عبر تفجير عبوة ناسفة"."""
    for sent in sentences[:3]:
        if sent.is_context or not any(h.phrase in ASSASSINATION for h in sent.triggers):
            continue
        types = sentence_types(sent, sentences)
        weapons = [k for k in types if EVENT_TYPES[k] == _REMOTE]
        if weapons and "Attack" not in types:
            return max(weapons, key=lambda k: types[k])
    return None


def _weapon_of_generic_violence(sentences: list[Sentence]) -> str | None:
    """A lead that only says violence happened ("ضحايا باستهداف الجامع") and a next sentence
    of the same incident that names the weapon ("قصفت ... بقذائف الهاون"): the weapon is the
    sub-type. A sentence opening another incident ("وفي سياق متصل") names no weapon of it."""
    lead = [s for s in sentences[:3] if not s.is_context]
    if any(_says_how(h) for s in lead for h in s.triggers):
        return None  # a specific attack, clash, arrest or shooting of its own
    for sent in sentences[1:4]:
        if sent.is_context or _opens_another(sent):
            continue
        if any(_says_how(h) for h in sent.triggers):
            return None  # "معارك عنيفة ... بالصواريخ": fighting, with rockets in it
        types = sentence_types(sent, sentences)
        weapons = [k for k in types if EVENT_TYPES[k] == _REMOTE]
        if weapons:
            return max(weapons, key=lambda k: types[k])
    return None


def _dropped_from_the_air(sent: Sentence) -> bool:
    """Whether every shelling phrase of the sentence is a munition an aircraft drops or fires
    (pipeline.rules.triggers.AIRCRAFT_MUNITIONS), within AIRCRAFT_MUNITIONS_REACH words after
    an aircraft's word or after such a munition, not joined by "و" nor past a comma."""
    ends = {h.end for h in sent.triggers if h.label == _AIR}
    shelling = sorted((h for h in sent.triggers if h.label == _SHELLING), key=lambda h: h.start)
    if not ends or not shelling:
        return False
    for h in shelling:
        end = max((e for e in ends if e <= h.start), default=None)
        if (end is None or h.start - end > AIRCRAFT_MUNITIONS_REACH
                or h.phrase not in AIRCRAFT_MUNITIONS
                or sent.tokens[h.start].startswith("و")
                or _comma_between(sent, end, h.start)):
            return False
        ends.add(h.end)
    return True


def _says_how(hit: Hit) -> bool:
    """A trigger that names violence other than a remote weapon: a clash, an execution, an
    arrest, a takeover, gunfire ("برصاص"، "إطلاق النار")."""
    if hit.label == GENERIC:
        return hit.phrase in GUNFIRE
    if hit.phrase in MASSACRE:
        return False  # "مجزرة أمام الفرن" over "استهدفت طائرات الميغ الطابور": the weapon says
    return EVENT_TYPES.get(hit.label) != _REMOTE


def _bombed_from_the_air(sentences: list[Sentence]) -> bool:
    """The lead says only "قصف" (bombed, not how) and the next sentences name the aircraft:
    "قصف على ريف دمشق ... مروحيات تابعة للجيش قصفت البلدة" is an air strike; so are missiles
    the lead says were fired from an airspace, told again later ("تصدت للصواريخ")."""
    # Guns named in a sentence without aircraft say how; beside aircraft the strike leads.
    lead = [s for s in sentences[:3]
            if not s.is_context and not any(h.label == _AIR for h in s.triggers)]
    shelling = [h for s in lead for h in s.triggers if h.label == _SHELLING]
    if any(s.has_cue("from_airspace") for s in lead if s.triggers):
        return True  # "عدوان صاروخي انطلاقاً من الأجواء ...", then "تصدت للصواريخ": the same
        # missiles, fired by aircraft
    if any(h.phrase not in BOMBARDMENT and h.phrase not in UNLAUNCHED for h in shelling):
        return False
    return any(_AIR in sentence_types(s, sentences) for s in sentences[:4])


# What an attack reads as before the text says a bomber carried it out.
# How far down a bomber refines the attack: the lead's next sentences always, further down
# only until a sentence names the device without one ("ناجم عن عبوات ناسفة مزروعة").
_BOMBER_NEAR = 4
_BOMBER_FAR = 7


def _bomber_told(sentences: list[Sentence]) -> bool:
    """Whether the article says a bomber carried out its attack (see _BOMBER_NEAR)."""
    device = False
    for sent in sentences[:_BOMBER_FAR]:
        if "Suicide bomb" in sentence_types(sent, sentences):
            return sent.index < _BOMBER_NEAR or not device
        # (Read from the words themselves: a cue may have set the device's trigger aside.)
        device = device or any(h.phrase in DEVICES for h in lexicon()[0].find(tokens(sent.text)))
    return False


def _battle_told(label: str, sentences: list[Sentence]) -> bool:
    """A battle the headline and the lead both tell in words of fighting ("معارك عنيفة"،
    "battling militants") with no bomber in them: bombers sent out later in it are part of
    the battle, not what the article reports."""
    return label == "Armed clash" and len(sentences) > 1 and all(
        any(h.label == label for h in s.triggers)
        and "Suicide bomb" not in sentence_types(s, sentences) for s in sentences[:2])


_BOMBER_REFINES = frozenset({"Remote explosive/landmine/IED", "Attack", "Armed clash"})


def _late_lead(sentences: list[Sentence]) -> Detection | None:
    """The first dated sentence with an event, when the headline and lead have none. A lead
    that tells an incident across the border ("فجر اليوم ... في جرود بلدة عرسال اللبنانية")
    dates what the article then tells of Syria ("وبالتزامن، بدأ الجيش السوري هجوماً ...")."""
    # (one further past a dateline line of its own: "حلب – متابعات")
    shift = 1 if len(sentences) > 1 and dateline_line(sentences[1].text) else 0
    dated_abroad = any(s.abroad and s.has_cue("dated") for s in sentences[1:_LATE_LEAD.start])
    for sent in sentences[_LATE_LEAD.start:_LATE_LEAD.stop + shift]:
        if sent.is_context or not (sent.has_cue("dated") or dated_abroad):
            continue
        types = sentence_types(sent, sentences)
        if types:
            label = max(types, key=lambda k: (types[k], SPECIFICITY.get(k, 0)))
            about = _about(sentences, label, sent.index)
            deadly = any(sentences[i].has_cue("death") for i in about)
            return Detection(label, sent.index, sent.text, about, True, deadly, types[label],
                             False)
    return None


def _evidence(sentences: list[Sentence], label: str) -> int:
    """The first body sentence that reports the event (it carries the date), else the title."""
    etype = EVENT_TYPES[label]
    for sent in sentences[1:4]:
        types = sentence_types(sent, sentences)
        if not sent.is_context and not sent.recalls and (
                label in types or any(EVENT_TYPES[t] == etype for t in types)):
            return sent.index
    return 1 if len(sentences) > 1 and not sentences[0].triggers else 0


# A sentence telling deaths and no act of its own tells no dead of the incident with one of
# these: a period's, history's, the background's, or the buried's ("شيّع الأهالي ضحايا
# التفجير ... لترتفع حصيلته إلى 12": an earlier incident's).
_NOT_ITS_DEAD = ("period", "history", "background", "funeral")


def _about(sentences: list[Sentence], label: str, evidence: int) -> tuple[int, ...]:
    """Title, evidence and later sentences of the same event type (tolls often come later),
    and early sentences telling only what it cost ("أسفرت عن إيقاع عشرات القتلى"); not
    those telling an incident across the border (their dead are the other country's)."""
    etype = EVENT_TYPES[label]
    about = {0, evidence}
    for sent in sentences[1:]:
        if sent.is_context or sent.abroad or _is_secondary_sentence(sent, label, sentences):
            continue
        types = sentence_types(sent, sentences)
        if any(EVENT_TYPES[t] == etype for t in types) or (
                label == _DISRUPTED and _drones_only(sent, types)) or (
                not types and sent.index <= 3 and sent.has_cue("death")
                and not _opens_another(sent)
                and not any(sent.has_cue(c) for c in _NOT_ITS_DEAD)) \
                or (sent.index <= 3 and _names_it_back(sent, sentences)):
            about.add(sent.index)
    return tuple(sorted(about))


def _names_it_back(sent: Sentence, sentences: list[Sentence]) -> bool:
    """"وأوضح المصدر أن العدوان أدى إلى استشهاد جنديين" after the strike: an undated
    sentence telling deaths whose only act is a generic word made definite names the
    incident just told, and tells its dead. (Not "مقتل 11 جندياً في هجمات شنتها ..." on a
    day of its own.)"""
    return sent.has_cue("death") and not sent.has_cue("dated") and not _opens_another(sent) \
        and bool(sent.triggers) and all(h.label == GENERIC for h in sent.triggers) \
        and not sentence_types(sent, sentences, generic=False) \
        and not any(sent.has_cue(c) for c in _NOT_ITS_DEAD)


_DISRUPTED = "Disrupted weapons use"


def _drones_only(sent: Sentence, types: dict[str, float]) -> bool:
    """A sentence whose only strike is drones ("إطلاق الطائرات المسيرة من مناطق ... يعد
    انتهاكاً"), after drones downed: the same drones told again, not a strike of their own."""
    return set(types) == {_AIR} and all(
        "مسير" in h.phrase or "drone" in h.phrase for h in sent.triggers if h.label == _AIR)


def _is_secondary_sentence(sent: Sentence, primary: str, sentences: list[Sentence]) -> bool:
    """A later sentence introducing another incident: a connective, and either another
    event type or an explicit "another/similar". An agreement reached on a day the sentence
    names, after the violence the article leads with, needs no connective ("وأعلن الوزير
    فجر اليوم التوصل إلى اتفاق لوقف شامل لإطلاق النار")."""
    if sent.index > 1 and not sent.is_context and _agreement_reached(sent) \
            and EVENT_TYPES[primary] in _VIOLENT_TYPES \
            and "Agreement" in sentence_types(sent, sentences, generic=False):
        return True
    if primary == "Agreement" and sent.index > 1 and not sent.is_context \
            and sent.has_cue("not_yet") and sent.has_cue("death") and any(
                EVENT_TYPES[t] in _VIOLENT_TYPES
                for t in sentence_types(sent, sentences, generic=False)):
        # deadly violence told as before the agreement took effect ("وقبل ساعات من بدء
        # السريان، تعرضت البلدة لقصف ... ما أدى إلى مقتل شاب"): an act of its own, with no
        # connective of another incident
        return True
    turned = scope.CROWD_TURNED_AFTER.get(primary)
    if turned is not None and sent.index > 1 and not sent.is_context and any(
            c.label == "protest_violence" and c.phrase in scope.CROWD_TURNED_ACTS
            for c in sent.cues) and turned in sentence_types(sent, sentences, generic=False):
        return True  # a crowd fired on that burnt a party office
    if sent.index == 0 or sent.is_context or not _opens_another(sent):
        return False
    if primary == _DISRUPTED and _drones_only(sent, sentence_types(sent, sentences)):
        return False  # the downed drones told again
    if primary == "Agreement" and not _act_apart_from_agreement(sent, sentences):
        return False  # the terms of one agreement are not further agreements
    repeat = any(t in _REPEAT for t in sent.tokens) or sent.has_cue("another_incident") \
        or _later_day_first(sent)
    etype = EVENT_TYPES[primary]
    types = _own_types(sent, sentences)
    # (another sub-type on a day of its own: "كما اختطف مسلحون شابين ليل السبت – الأحد"
    # after a killing the day before)
    dated = sent.has_cue("dated")
    # (a crowd elsewhere, told with "كما": "كما نظم ناشطون وقفة في ساحة الكرامة بالسويداء")
    also = any(c.label == "another" and c.start <= 1 for c in sent.cues)
    # (a bulletin's item headed by its place, "درعا: لقي أربعة مدنيين حتفهم إثر سقوط قذائف"
    # after air strikes: each item its own incident, whatever its type)
    item = _fronted_place(sent.text[:60]) or _marked_item(sent.text)
    return any(EVENT_TYPES[t] != etype or repeat or ((dated or item) and t != primary)
               or (also and etype == "Protests") for t in types)


def _later_day_first(sent: Sentence) -> bool:
    """"وصباح اليوم الإثنين، اصطدمت القوات بمقاتلين عند أطراف بلدة X" after yesterday's
    clashes: a day put first opens that day's act, an event of its own even of the same
    kind (ACLED codes one event a day)."""
    return sent.has_cue("dated") and bool(_FRONTED_TIME.match(normalize(sent.text[:60])))


def _own_types(sent: Sentence, sentences: list[Sentence]) -> dict[str, float]:
    """The kinds a further sentence tells by their own words. Where it has none but a
    killing ("وفي حي X، قتل اليوم شابان برصاص قناصة"), a sentence that opens with another
    place or incident, names its own day and counts its dead tells that killing: its kind
    is who was killed (``resolve_generic``)."""
    types = sentence_types(sent, sentences, generic=False)
    if types or not (sent.has_cue("death") and sent.has_cue("dated")) \
            or not (sent.has_cue("another_incident") or _fronted_place(sent.text[:60])):
        return types
    return sentence_types(sent, sentences)


def _named_as_its_time(sent: Sentence) -> set[str]:
    """"وبالتزامن مع التفجير، شن المسلحون هجوماً": the types only named right after a
    connective of simultaneity that opens the sentence (scope.CONCURRENT_OPENERS): the
    incident told before, given as the time of the sentence's own act."""
    opener = next((c for c in sent.cues if c.start <= 1 and c.phrase in scope.CONCURRENT_OPENERS),
                  None)
    if opener is None:
        return set()
    reach = opener.end + scope.CONCURRENT_NAMED_REACH
    named = {h.label for h in sent.triggers if h.start < reach}
    return named - {h.label for h in sent.triggers if h.start >= reach}


def _act_apart_from_agreement(sent: Sentence, sentences: list[Sentence]) -> bool:
    """"وجاء الاتفاق بعد ساعات من استعادة قوات النظام السيطرة على معبر X": after an
    agreement, a sentence that a connective of another incident opens or joins ("بعد ساعات
    من"، "في وقت لاحق"، "وفي مدينة"), or "meanwhile" opens (scope.AGREEMENT_MEANWHILE), and
    that tells an act of another kind tells that act, not a term of the agreement."""
    meanwhile = any(c.label == "another" and c.start <= 1 and c.phrase in scope.AGREEMENT_MEANWHILE
                    for c in sent.cues)
    return (meanwhile or sent.has_cue("another_incident")) and any(
        t != "Agreement" for t in sentence_types(sent, sentences, generic=False))


def _agreement_reached(sent: Sentence) -> bool:
    """An agreement told as reached ("التوصل إلى اتفاق") on a day the sentence names."""
    return sent.has_cue("dated") and any(
        h.label == "Agreement" and any(w in h.phrase for w in AGREEMENT_REACHED)
        for h in sent.triggers)


def _opens_another(sent: Sentence) -> bool:
    """"وفي سياق متصل"، "كما" open a sentence about another incident; a "فيما" inside one
    ("قتل ستة من المهاجمين، فيما استشهد جندي") links two sides of the same incident. So
    does a place put first ("جنوباً، ..."، "وفي درعا، ...": pipeline.rules.scope)."""
    return sent.has_cue("another_incident") or any(
        c.label == "another" and c.start <= 2 for c in sent.cues) or (
        sent.index > 1 and (_fronted_place(sent.text[:60])
                            or (_marked_item(sent.text) and not _item_detail(sent))))


_ITEM_MARK = re.compile(rf"^\s*(?:{alternation(scope.ITEM_MARKS)})")
_HASHTAG = re.compile(rf"^\s*#[^\s#]+\s*(?:{alternation(scope.HASHTAG_ENDS)})")


def _marked_item(text: str) -> bool:
    """An item of a bulletin opened by its bullet or its place's hashtag
    (pipeline.rules.scope.ITEM_MARKS)."""
    return bool(_ITEM_MARK.match(text) or _HASHTAG.match(text))


_DETAIL_HEADS = tuple(normalize(h).split() for h in scope.ITEM_DETAIL_HEADS)


def _item_detail(sent: Sentence) -> bool:
    """A bullet that heads more of the item before it ("🔴 المعلومات الأولية: 4 قتلى":
    pipeline.rules.scope.ITEM_DETAIL_HEADS), not the next incident."""
    return any(sent.tokens[:len(head)] == head for head in _DETAIL_HEADS)


_FRONTED_DIRECTION = sieved(rf"^\W*(?:{alternation(scope.FRONTED_DIRECTIONS)})\s*[,;؛]")
_FRONTED_IN = re.compile(
    rf"^\W*(?:{alternation(scope.FRONTED_IN)})\s+(?:(?:{alternation(scope.FRONTED_PLACE_WORDS)})"
    rf"\s+)?([^\s,.;؛]+(?:\s+[^\s,.;؛]+){{0,{scope.FRONTED_NAME_WORDS - 1}}})\s*[,;؛]")


# A bulletin's item headed by its governorate and a colon: "إدلب: فتحت قوات الأمن النار ..."،
# "ريف دمشق: شنت قوات الأمن حملة دهم ...".
_FRONTED_HEADER = re.compile(r"^\W*([^\s,.:;؛]+(?:\s+[^\s,.:;؛]+)?)\s*:")
# A time put first (pipeline.rules.scope.FRONTED_TIME_HEADS), in the matching form.
_TIME_HEADS = alternation(sorted({normalize(w) for w in scope.FRONTED_TIME_HEADS}))
_TIME_WORDS = alternation(sorted({normalize(w) for w in scope.FRONTED_TIME_WORDS}))
_FRONTED_TIME = re.compile(
    rf"^\W*[وف]?(?:في\s+)?(?:{_TIME_HEADS})(?:\s+(?:{_TIME_WORDS})){{0,3}}\s*[,،]")


@lru_cache(maxsize=4096)
def _fronted_place(opening: str) -> bool:
    text = normalize(opening)
    if _FRONTED_DIRECTION.match(text) or _FRONTED_TIME.match(text):
        return True
    header = _FRONTED_HEADER.match(text)
    if header is not None and any(
            p.level == 1 for p in Gazetteer.default().resolve(header.group(1))):
        return True
    if bulletin_item(opening):
        return True  # "قامشلو: تظاهر المئات ..."، "ريف الرقة الشرقي: ...": any place heads it
    named = _FRONTED_IN.match(text)
    if named is None or named.group(1) in _NOT_NAMES:
        return False
    return bool(Gazetteer.default().resolve(named.group(1)))


# Everyday words a fronted name may be (pipeline.rules.scope and pipeline.rules.places).
_NOT_NAMES = frozenset({*scope.FRONTED_NOT_NAMES,
                        *(normalize(w) for w in (*places.STOP, *places.ORDINARY))})


def _secondaries(sentences: list[Sentence], primary: Detection) -> list[Detection]:
    out = []
    title_types = sentence_types(sentences[0], sentences)
    abduction = "Abduction/forced disappearance"
    if abduction in title_types and primary.sub_event_type != abduction and primary.deadly:
        idx = next((s.index for s in sentences[1:4]
                    if abduction in sentence_types(s, sentences)), 0)
        out.append(Detection(abduction, idx, sentences[idx].text, (idx,), False, False,
                             title_types[abduction], False))
    if not any(d.sub_event_type == abduction for d in out):
        out.extend(_lead_second_act(sentences, primary))
    out.extend(_headline_second_act(sentences, primary))
    out.extend(_lead_passed_over(sentences, primary, out))
    for sent in sentences[primary.sentence + 1:]:
        if not _is_secondary_sentence(sent, primary.sub_event_type, sentences) \
                or any(d.sentence == sent.index for d in out):
            continue
        types = _own_types(sent, sentences)
        # "بالتزامن مع الغارة، قصفت المدفعية": the raid is the primary. (Not a suicide
        # bombing's blast: "وفي البلدة الثانية فجّر انتحاريان نفسيهما" after suicide bombings
        # elsewhere tells more of them, its "تفجير" the bombers' own.)
        if len(types) > 1 and not (primary.sub_event_type in _ONE_BLAST
                                   and set(types) <= _ONE_BLAST):
            types.pop(primary.sub_event_type, None)
        for named in _named_as_its_time(sent):
            if len(types) > 1:
                types.pop(named, None)
        label = max(types, key=lambda k: types[k])
        # an act told without its dead ("تصدى المقاتلون لمحاولة تقدم") may have them next
        counted = sent.has_cue("death") or sent.has_cue("negation")
        about = (sent.index, *(() if counted else continued(sent.index + 1, label, sentences)))
        out.append(Detection(label, sent.index, sent.text, about, False,
                             any(sentences[i].has_cue("death") for i in about), types[label],
                             False, separate=any(c.label == "another_incident" and c.start <= 2
                                                 for c in sent.cues)
                             # "وصباح اليوم الخميس، شن الطيران غارات": a time put first
                             or bool(_FRONTED_TIME.match(normalize(sent.text[:60])))
                             # "وردّت طائرات النظام اليوم بغارات": a side's reply
                             or any(c.label == "another" and c.start <= 2
                                    and c.phrase in scope.REPLY_OPENERS for c in sent.cues)
                             or (label == "Agreement" and _agreement_reached(sent))
                             # the crowd fired on that then burnt an office: its own riot
                             or label == scope.CROWD_TURNED_AFTER.get(primary.sub_event_type)
                             # "وأعلنت الشرطة في وقت لاحق توقيف ثلاثة": arrests or a protest
                             # that followed, wherever the sentence says so
                             or (label in scope.FOLLOW_UP_TYPES
                                 and sent.has_cue("another_incident"))))
    return out


_SECOND_ACTS = {label: frozenset(normalize(w) for w in words)
                for label, words in LEAD_SECOND_ACTS.items()}
_SECOND_CLAUSE = re.compile(rf"[،,;؛]|(?<!\w)(?:{alternation(SECOND_CLAUSE_OPENERS)})(?!\w)")
_NOT_SECOND = frozenset(normalize(w) for w in SECOND_ACT_NOT_AFTER)
_NOT_IN_CLAUSE = frozenset(normalize(w) for w in SECOND_ACT_CLAUSE_NOT)


def _lead_second_act(sentences: list[Sentence], primary: Detection) -> list[Detection]:
    """"قتل خمسة عناصر في هجوم على حاجز، وفقد الاتصال باثني عشر آخرين اقتادهم المسلحون إلى
    جهة مجهولة": the sentence that tells a deadly primary tells, in a clause of its own after
    it, people taken (LEAD_SECOND_ACTS in pipeline.rules.triggers): an event of its own."""
    sent = sentences[primary.sentence]
    if sent.index == 0 or not primary.deadly or primary.event_type not in _VIOLENT_TYPES \
            or not any(h.label in _SECOND_ACTS for h in sent.triggers) or sent.is_context:
        return []
    types = sentence_types(sent, sentences, generic=False)
    out: list[Detection] = []
    for label, words in _SECOND_ACTS.items():
        if label == primary.sub_event_type or label not in types:
            continue
        act = min((h.start for h in sent.triggers if h.label != label), default=None)
        hits = [h for h in sent.triggers if h.label == label and h.phrase in words]
        if act is None or not any(_second_clause(sent, act, h.start) for h in hits):
            continue
        out.append(Detection(label, sent.index, sent.text, (sent.index,), False, False,
                             types[label], False))
    return out


def _second_clause(sent: Sentence, act: int, at: int) -> bool:
    """Whether the word ``at`` stands in a clause that opens after the word ``act`` (a comma
    or a clause opener between them) and not on a word that ties it to that act."""
    if at <= act:
        return False
    spans = [m.span() for m in itertools.islice(word_spans(sent.text), at + 1)]
    if at >= len(spans):
        return False
    opened = [m.end() for m in _SECOND_CLAUSE.finditer(sent.text, spans[act][1], spans[at][0])]
    if not opened:
        return False
    after = [w for w, (start, _) in zip(sent.tokens[:at], spans, strict=False)
             if start >= opened[-1]]
    return _NOT_SECOND.isdisjoint(after[:2]) and _NOT_IN_CLAUSE.isdisjoint(after)


def _lead_passed_over(sentences: list[Sentence], primary: Detection,
                      found: list[Detection]) -> list[Detection]:
    """"مجموعات مسلحة تختطف موظفين في ريف حماة وتفجر عبوة في إدلب", a lead that tells the
    abduction and a next sentence the bomb: where the primary is told after the lead, a lead
    that tells none of the primary's type but a kind the headline names too reports that
    event of its own."""
    if primary.sentence < 2 or len(sentences) < 2 or sentences[1].is_context \
            or any(d.sentence == 1 for d in found):
        return []
    lead = sentences[1]
    types = sentence_types(lead, sentences, generic=False)
    headline = sentence_types(sentences[0], sentences, generic=False)
    if not types or any(EVENT_TYPES[t] == primary.event_type for t in types):
        return []
    label = max(types, key=lambda k: types[k])
    if label not in headline:
        return []
    return [Detection(label, 1, lead.text, (1,), False, lead.has_cue("death"), types[label],
                      False)]


# Where a headline joins a second clause: "قتيل باشتباكات في الشيخ مقصود.. واتفاق على وقف
# فوري لإطلاق النار"، "خروقات في ريف السويداء، واعتصام في ساحة الكرامة".
_HEADLINE_JOIN = re.compile(r"(?:\.\.+|…|[|،,؛:–-])\s*و")
_IN = re.compile(r"(?<!\S)في\s")


def _headline_cut(head: Sentence) -> int | None:
    """The word where a headline's second clause begins, if it has one: after a mark
    (``_HEADLINE_JOIN``), or, with none, at a second act with its "و" at a place of its own
    ("هجوم على مواقع قسد في الطيانة وقصف يقتل طفلين في ذيبان": "في" on each side)."""
    join = _HEADLINE_JOIN.search(head.text)
    if join is not None:
        return sum(1 for _ in word_spans(head.text[:join.start()]))
    if ":" in head.text:
        return None  # "حصاد أمني: عبوة في X وهجوم في Y وتوقيف في Z": a round-up's list
    spans = [m.span() for m in word_spans(head.text)]
    for hit in head.triggers[1:]:
        if hit.start >= len(spans) or hit.start == 0:
            continue
        start = spans[hit.start][0]
        if head.text.startswith("و", start) and any(h.start < hit.start for h in head.triggers) \
                and _IN.search(head.text, 0, start) and _IN.search(head.text, start):
            return hit.start
    return None


def _headline_second_clause_only(head: Sentence) -> frozenset[str]:
    """The kinds a two-clause headline tells only in its second clause, when its first
    tells one of its own."""
    cut = _headline_cut(head)
    if cut is None:
        return frozenset()
    first = {h.label for h in head.triggers if h.start < cut}
    if not first:
        return frozenset()
    return frozenset(h.label for h in head.triggers if h.start >= cut
                     and h.label not in first and h.label in EVENT_TYPES)


def _headline_second_act(sentences: list[Sentence], primary: Detection) -> list[Detection]:
    """A headline of two clauses whose second tells an event of another type than the
    primary's (an agreement after clashes, a sit-in beside shelling) reports two events: the
    second is told by the first body sentence that tells its kind, else by the headline."""
    head = sentences[0]
    cut = _headline_cut(head)
    if cut is None:
        return []
    first = {h.label for h in head.triggers if h.start < cut}
    out: list[Detection] = []
    for hit in head.triggers:
        label = _territory(head, sentences) if hit.label == "territory" else hit.label
        if hit.start < cut or hit.label == GENERIC or hit.label in first \
                or EVENT_TYPES.get(label, primary.event_type) == primary.event_type \
                or any(d.sub_event_type == label for d in out):
            continue
        # (a body sentence of its own first: the lead the primary is told by may name the
        # kind only in passing, "قافلة متجهة للمشاركة في الاعتصام")
        telling = [s for s in sentences[1:] if not s.is_context
                   and label in sentence_types(s, sentences, generic=False)]
        told = next((s for s in telling if s.index != primary.sentence),
                    telling[0] if telling else head)
        counted = told.index == 0 or told.has_cue("death") or told.has_cue("negation")
        about = (told.index, *(() if counted else continued(told.index + 1, label, sentences)))
        out.append(Detection(label, told.index, told.text, about, False,
                             any(sentences[i].has_cue("death") for i in about),
                             SPECIFICITY[label], False))
    return out


def continued(index: int, label: str, sentences: list[Sentence]) -> tuple[int, ...]:
    """"وفي سري كانيه، تصدى المقاتلون لمحاولة تقدم" then "وأكدت القوات مقتل 9 من المهاجمين
    بينما قتل اثنان من مقاتليها": the sentence after a further event's that told no dead
    (nor denied any), when it counts deaths, opens nothing new and tells no other kind of
    event, gives that event's toll."""
    if index >= len(sentences):
        return ()
    nxt = sentences[index]
    if nxt.is_context or _opens_another(nxt) or not nxt.has_cue("death"):
        return ()
    told = sentence_types(nxt, sentences, generic=False)
    return (index,) if all(EVENT_TYPES[t] == EVENT_TYPES[label] for t in told) else ()


def _breach(sentences: list[Sentence]) -> int | None:
    """The sentence presenting violence as breaking a truce in force (a breach cue about a
    truce word), if any."""
    for sent in sentences:
        if sent.has_cue("holding"):
            continue
        truces = [c.start for c in sent.cues if c.label == "truce"]
        for cue in sent.cues:
            if cue.label != "breach" or _negated(cue, sent):
                continue
            if any(cue.start <= t <= cue.end + 8 for t in truces):
                return sent.index
    return None


def _negated(cue: Hit, sent: Sentence) -> bool:
    return any(c.label == "negation" and c.end <= cue.start and cue.start - c.end <= 4
               for c in sent.cues)
