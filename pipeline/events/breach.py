"""Ceasefire breaches: which events an article presents as breaking a truce in force.

A *claim* is a sentence where a breach word stands by a truce word, or one telling violence
in a place a truce covers ("المشمولة باتفاق وقف إطلاق النار"; the lists are data in
``pipeline.rules.breach``). A claim in the headline or lead, or one that comments on the
article's violence ("ويأتي القصف في خرق ...", "يشار أن المدينة مشمولة باتفاق وقف التصعيد
... الأمر الذي لم يلتزم به النظام"), *frames* the article: every violent event in the truce's
area breaks it, as does one saying violence goes on against the truce it names ("وقف
إطلاق النار المعلن لم يغير شيئاً، في حين تتواصل الهجمات"). Any other claim covers only the
events it tells itself ("أعلنت الوزارة مقتل جنود في هجمات شنتها قسد في خرق للاتفاق": the
sniper of another paragraph breaks nothing).

A claim naming only an agreement ("خرق التفاهمات المبرمة") counts where the article names a
truce; a claim right after the violence it speaks of ("واتهم كل طرف الآخر بخرق الهدنة") covers
that violence's kind; one side accusing another ("واتهمت روسيا الفصائل بخرق الهدنة"), or said
not to keep the truce ("إلا أن الفصائل لم تلتزم به"), covers the acts the accused's hand did
(either side of a battle), not the other side's fire on them, and a party the article says
keeps the truce ("ويلتزم الجيش بوقف إطلاق النار") breaks it by no claim that does not accuse
it; violence measured only against
the truce's time ("وتعد الغارة الأعنف منذ سريان الهدنة") is a breach where the measure is said
of the act, and frames nothing from a background sentence on a region's escalation; fire
answering what was told before it ("ردت المدفعية بقصف مواقع ...") is a breach only by a claim
told with it or after it (``EventExtractor._breach``).

A truce's area is what its claim names: the same governorate, or within
``TRUCE_REACH_KM`` of a town it names; a claim naming no place covers the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from language.calendar import EVENT_MONTHS
from language.normalize import normalize
from language.numbers import ORDINALS, number_at
from language.sieve import holds_any
from language.tokens import tokens as _tokens
from pipeline.events.actors import acled_name, find_actors
from pipeline.events.lexicon import (
    EVENT_TYPES,
    GENERIC,
    Hit,
    Lexicon,
    alternation,
    event_type_of,
    lexicon,
)
from pipeline.events.places import PlaceResolver
from pipeline.gazetteer import Gazetteer, Place, haversine_km
from pipeline.models import Event
from pipeline.rules import background, scope
from pipeline.rules import breach as rules
from pipeline.rules.actors import UNIDENTIFIED

__all__ = ["BREACH_STEMS", "CUE_STEMS", "STEMS", "TRUCE_STEMS", "Claim", "apart",
           "bombardment_in", "breaks_other", "calls_breach", "claims", "covers", "may_claim",
           "names_act", "names_truce_of", "out_of_force", "replies", "similar", "violence_in"]

_NOT_VIOLENCE = frozenset({"Agreement", "territory", "Arrests", "Peaceful protest",
                           "Protest with intervention", "Abduction/forced disappearance"})


@dataclass(frozen=True)
class Claim:
    """A sentence presenting violence as a breach of a truce."""

    index: int  # the sentence's index (0 the title)
    framing: bool  # covers the article's violence in its area, not only its own
    areas: tuple[Place, ...]  # the places it names
    reach_km: float = rules.TRUCE_REACH_KM  # how far past them its truce reaches
    # the event types it covers, where the sentence joins two reports and the claim is in
    # one telling violence of its own; empty for any
    kinds: frozenset[str] = frozenset()
    # the parties it accuses of the breach (keys of ``ACTORS``); empty for any
    accused: tuple[str, ...] = ()
    # the sentence told right before it, where it points back at that act by its name ("أن
    # الهجمات على منطقة خفض التصعيد يجب أن تتوقف"): covered wherever the act took place
    points_at: int | None = None
    # the parties the article says keep the truce (``rules.KEPT``): their acts are not
    # covered, unless the claim accuses them
    keeping: tuple[str, ...] = ()
    # the governorates it names where it counts breaches by number ("سجل سبعة خروقات ...
    # معظمها في محافظتي اللاذقية ودمشق"): there, it counts a left-out party's act as one
    counted: tuple[str, ...] = ()
    # the sub-event types only the joined reports that make no claim tell ("قصف على القرية
    # رغم الهدنة.. وانفجار في المدينة": the explosion's), where the claim's own report tells
    # another of the same event type: not covered
    apart_kinds: frozenset[str] = frozenset()


@lru_cache(maxsize=512)
def tokens(sentence: str) -> list[str]:
    """``language.tokens.tokens`` of a sentence, remembered: the breach and bombardment
    passes read the same few sentences of an article (callers do not mutate the list)."""
    return _tokens(sentence)


# "ان القصف" and "ان هذا القصف" alike (rules.POINTING_DEMONSTRATIVES).
_POINTING = rules.POINTING_BACK + tuple(
    f"ان {d} {p[3:]}" for p in rules.POINTING_BACK if p.startswith("ان ")
    for d in rules.POINTING_DEMONSTRATIVES) + tuple(
    f"{v} {p[3:]}" for p in rules.POINTING_BACK if p.startswith("ان ")
    for v in rules.POINTING_VERBS) + tuple(
    f"{v} {p}" for v in rules.POINTING_VERBS for p in rules.POINTING_PRONOUNS
    ) + rules.POINTING_ATTACHED


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon({"breach": rules.BREACH, "despite": rules.DESPITE, "unkept": rules.UNKEPT,
                    "truce": rules.TRUCE, "not": rules.NOT_A_CLAIM,
                    "opening": rules.FRAMING_OPENINGS, "sought": rules.SOUGHT,
                    "covered": rules.COVERED, "not_near": rules.NOT_NEAR,
                    "monitoring": rules.MONITORING,
                    "around": rules.SURROUNDINGS, "past_calm": rules.PAST_CALM,
                    "reply": rules.REPLY, "not_reply": rules.NOT_REPLY,
                    "accuse_verb": rules.ACCUSE_VERBS, "accuse": rules.ACCUSE,
                    "connective": rules.CONNECTIVES, "pointing": _POINTING,
                    "in_force": rules.IN_FORCE, "in_force_before": rules.IN_FORCE_BEFORE,
                    "during": rules.DURING, "during_its": rules.DURING_ITS,
                    "soon_after": rules.SOON_AFTER, "since": rules.SINCE, "amid": rules.AMID,
                    "other_object": rules.OTHER_OBJECTS, "guarantor": rules.GUARANTOR,
                    "undergo": rules.UNDERGO, "goes_on": rules.GOES_ON,
                    "call": rules.CALLS, "calm_broken": rules.CALM_BROKEN,
                    "deadline": rules.DEADLINES, "kept": rules.KEPT,
                    "zone": rules.ZONES, "daily": rules.DAILY, "then": rules.THEN,
                    "continuing": rules.CONTINUING})


_PAUSES = frozenset(rules.PAUSES)
_CIVIL_OPERATIONS = frozenset(normalize(w) for w in rules.CIVIL_OPERATIONS)


def _find(words: list[str]) -> list[Hit]:
    """``_lexicon()``'s hits in ``words``, but a pause of an operation no army wages
    ("تعليق العملية الانتخابية": ``rules.CIVIL_OPERATIONS``), which names no truce."""
    return [h for h in _lexicon().find(words) if not (
        h.label == "truce" and h.phrase in _PAUSES and h.end < len(words)
        and words[h.end] in _CIVIL_OPERATIONS)]


@lru_cache(maxsize=1)
def _scope_lexicon() -> Lexicon:
    return Lexicon({"apart": rules.APART, "before": rules.BEFORE, "start": rules.START,
                    "entry": rules.ENTRY, "after": rules.AFTER, "ended": rules.ENDED,
                    "truce": rules.TRUCE, "similar": rules.SIMILAR})


def apart(sentences: list[str]) -> list[int]:
    """The sentences that open an incident apart from what came before ("وفي حادثة
    منفصلة، ..."; ``rules.APART``)."""
    return [i for i, s in enumerate(sentences) if any(
        h.label == "apart" and h.start <= rules.APART_REACH
        for h in _scope_lexicon().find(tokens(s)[:rules.APART_REACH + 4]))]


def out_of_force(sentence: str) -> frozenset[str] | None:
    """The truces a sentence tells its act outside of: before its truce began ("قبل الموعد
    بنحو ثلاث ساعات": any truce, the empty set) or after one ended ("بعد ساعة من انتهاء
    فترة الهدنة": that one's words); None where it tells none."""
    hits = _scope_lexicon().find(tokens(sentence))
    reach = rules.OUT_OF_FORCE_REACH
    starts = [s.start for s in hits if s.label == "start"] + [
        s.start for s in hits if s.label == "entry" and any(
            t.label == "truce" and 0 < t.start - s.start <= rules.ENTRY_REACH for t in hits)]
    if any(h.label == "before" and any(0 < s - h.start <= reach for s in starts)
           for h in hits):
        return frozenset()
    after = [h.start for h in hits if h.label == "after"]
    ended = frozenset(t.phrase for h in hits if h.label == "ended"
                      and any(0 < h.start - a <= reach for a in after)
                      for t in hits if t.label == "truce"
                      and 0 < t.start - h.start <= rules.ENDED_REACH)
    return ended or None


def names_truce_of(sentence: str, truces: frozenset[str]) -> bool:
    """Whether a sentence names one of ``truces`` (any, where they are empty)."""
    return not truces or any(h.label == "truce" and h.phrase in truces
                             for h in _find(tokens(sentence)))


def calls_breach(sentence: str) -> bool:
    """Whether a sentence calls what it tells a breach of its truce by a breach word or one
    not kept ("في خرق للهدنة"), not only by saying where a truce holds ("ضمن المنطقة
    منزوعة السلاح")."""
    words = tokens(sentence)
    return _kind(words) is not None and any(h.label in ("breach", "unkept")
                                            for h in _find(words))


def similar(sentence: str) -> bool:
    """Whether a sentence tells its act as like the one told before it ("كما استهدفت
    غارات مماثلة بلدة حيش")."""
    return any(h.label == "similar" for h in _scope_lexicon().find(tokens(sentence)))


def _kind(words: list[str]) -> str | None:
    """"tied" for a breach word by a truce word, "since" for violence measured only against
    the truce's time ("الأعنف منذ سريان الهدنة": ``rules.SINCE``), "bare" for a breach word
    alone ("سُجل خرق جديد"), None for no claim."""
    hits = _of_then_dropped(_other_breaches_dropped(_replies_read(_past_calm_kept(
        _find(words)))))
    truces = [h.start for h in hits if h.label == "truce"]
    hits = [h for h in hits if not (h.label == "not" and (any(
        w in _RIGHTS_GROUPS for w in words[max(0, h.start - rules.RIGHTS_GROUP_REACH):h.start])
        or (h.phrase in _ENDED and not any(abs(t - h.start) <= rules.ENDED_REACH
                                           or (0 < h.start - t <= rules.ENDED_AFTER_REACH
                                               and h.phrase in _ENDED_LATE)
                                           for t in truces))))]
    labels = {h.label for h in hits}
    if "deadline" in labels and any(h.label == "deadline" and _known_by_day(words, h.end)
                                    for h in hits):
        return None  # "تنص على وقف العنف بحلول العاشر من نيسان": not in force yet
    if "not" in labels or not labels & {"breach", "despite", "unkept", "covered", "during",
                                         "during_its", "soon_after", "since", "amid",
                                         "guarantor",
                                         "goes_on"}:
        return None
    near = [h.end for h in hits if h.label in ("not_near", "reply")]
    # (watching for breaches: only right before them, and not the verb opening the sentence)
    watched = [h.end for h in hits if h.label == "monitoring" and h.start > 0]
    hits = [h for h in hits if h.label not in ("breach", "despite") or (not any(
        0 <= h.start - n < rules.NOT_NEAR_REACH for n in near) and not any(
        0 <= h.start - n < rules.MONITORING_REACH for n in watched))]
    labels = {h.label for h in hits}
    if "covered" in labels and _covered(hits, words):
        return "tied"
    truces = [h.start for h in hits if h.label == "truce"]  # (those left)
    sought = [h.start for h in hits if h.label == "sought"]
    undergone = [t for t in truces if any(u.label == "undergo" and u.end == t for u in hits)]
    since = False
    for h in hits:
        reach = {"breach": rules.BREACH_REACH, "despite": rules.DESPITE_REACH}.get(h.label)
        if reach and any(h.start < t <= h.end + reach and not (
                h.label == "despite" and any(h.start < w < t for w in sought))
                for t in truces):
            return "tied"
        if h.label == "unkept" and truces:
            return "tied"
        if h.label == "breach" and any(t < h.start <= t + rules.BREACH_REACH
                                       for t in undergone):
            return "tied"  # "وتعرضت الهدنة لخرق جديد": the truce suffered it
        if h.label == "breach" and words[h.start].endswith(rules.BREACH_PRONOUNS) and any(
                h.start - rules.BREACH_PRONOUN_REACH <= t < h.start for t in truces):
            return "tied"  # "سريان الهدنة ... إذ يتكرر خرقها": the truce its pronoun names
        if h.label in ("during", "during_its") and _during(h, hits, words, truces, sought):
            return "tied"  # "في اليوم الثالث للهدنة": violence on a day of the truce
        if h.label == "amid" and h.end < len(words) and words[h.end] in _COVERED_AREAS:
            continue  # "وسط منطقة خفض التصعيد": in the middle of the zone, a place
        if h.label in ("soon_after", "since", "amid") and _during(h, hits, words, [
                t.start for t in hits if t.label == "truce"
                and t.phrase not in rules.VAGUE_TRUCE], sought, rules.SOON_AFTER_REACH
                if h.label != "amid" else rules.AMID_REACH):
            if h.label == "since":
                since = True  # (a tie of another word, further on, still makes it "tied")
                continue
            return "tied"  # "بعد ساعات من دخول الهدنة حيز التنفيذ", "في ظل هدنة هشة"
        if h.label == "guarantor" and any(
                t.label == "truce" and t.phrase not in rules.VAGUE_TRUCE for t in hits) \
                and _violence(words):
            return "tied"  # "الهجمات على منطقة خفض التصعيد ... بصفتها دولة ضامنة"
        if h.label == "goes_on" and _goes_on(h, hits, words):
            return "tied"  # "وقف إطلاق النار ...، في حين تتواصل الهجمات"
    if since:
        return "since"
    return "bare" if "breach" in labels else None


def _goes_on(h: Hit, hits: list[Hit], words: list[str]) -> bool:
    """Whether violence is said to go on (``rules.GOES_ON``: "في حين يتواصل القصف") against
    a truce named before it by more than a bare agreement, and not only called for
    ("طالبت بوقف إطلاق النار في حين يتواصل القصف")."""
    asked = [c.end for c in hits if c.label in ("sought", "call")]
    named = any(t.label == "truce" and t.end <= h.start and t.phrase not in rules.VAGUE_TRUCE
                and not any(0 <= t.start - a < rules.CALLS_REACH for a in asked) for t in hits)
    return named and any(h.end <= v.start < h.end + rules.GOES_ON_REACH
                         for v in _violence(words))


def _goes_on_in(words: list[str]) -> bool:
    """Whether a sentence says violence goes on against its truce (``_goes_on``)."""
    hits = _find(words)
    return any(h.label == "goes_on" and _goes_on(h, hits, words) for h in hits)


def _during(h: Hit, hits: list[Hit], words: list[str], truces: list[int],
            sought: list[int], reach: int = rules.DURING_REACH) -> bool:
    """Whether a day of the truce (``rules.DURING``: "في اليوم الثالث للهدنة", "في يومها
    الثاني") is told for violence: its truce right after it (or named before, for its
    pronoun), nothing only sought between, in a sentence telling violence or commenting on
    the article's."""
    if h.label != "during_its":
        named = any(h.end <= t <= h.end + reach
                    and not any(h.end <= w < t for w in sought) for t in truces)
    else:
        named = any(h.start - rules.BREACH_PRONOUN_REACH <= t < h.start for t in truces)
    return named and (any(o.label == "opening" and o.start <= 1 for o in hits)
                      or bool(_violence(words)))


def _of_then_dropped(hits: list[Hit]) -> list[Hit]:
    """``hits`` without the truces said to be of a recalled time ("رغم تفاهمات وقف إطلاق
    النار التي رعتها واشنطن وموسكو آنذاك": ``rules.THEN``), which no act of today breaks."""
    thens = [h.start for h in hits if h.label == "then"]
    if not thens:
        return hits
    return [h for h in hits if not (h.label == "truce" and any(
        0 <= t - h.end < rules.THEN_REACH for t in thens))]


def _other_breaches_dropped(hits: list[Hit]) -> list[Hit]:
    """``hits`` without the breach words that name no truce but something else
    (``rules.OTHER_OBJECTS``: "انتهاكاً للسيادة السورية")."""
    others = [h.start for h in hits if h.label == "other_object"]
    if not others:
        return hits
    truces = [h.start for h in hits if h.label == "truce"]
    return [h for h in hits if not (h.label == "breach" and any(
        h.end <= o < h.end + rules.OTHER_OBJECT_REACH for o in others) and not any(
        h.end <= t <= h.end + rules.BREACH_REACH for t in truces))]


def breaks_other(sentence: str) -> bool:
    """Whether a sentence calls its act a breach of something no truce ("في ما عدّه مصدر
    حكومي انتهاكاً جديداً للسيادة السورية"), and makes no claim of a truce."""
    if not any(stem in sentence for stem in BREACH_STEMS):
        return False
    words = tokens(sentence)
    hits = _find(words)
    return len(_other_breaches_dropped(hits)) < len(hits) and _kind(words) is None


def _past_calm_kept(hits: list[Hit]) -> list[Hit]:
    """``hits`` without the calm a truce had before its breach ("لاتفاق أستانة الذي شهد
    هدوءاً نسبياً", "بعد هدوء دام أسبوعاً"): only a calm said to reign now denies one."""
    after = [h.end for h in hits if h.label == "past_calm"]
    broken = [h.start for h in hits if h.label == "calm_broken"]
    calm = [h for h in hits if h.label == "not" and h.phrase in rules.CALM and (any(
        0 <= h.start - e < rules.PAST_CALM_REACH for e in after) or any(
        0 <= b - h.end < rules.CALM_BROKEN_REACH for b in broken))]
    ends = {h.end for h in calm}
    return [h for h in hits if h not in calm and not (
        h.label == "not" and h.phrase in rules.CALM_QUALIFIERS and h.start in ends)]


def _replies_read(hits: list[Hit]) -> list[Hit]:
    """``hits`` without the replies that are "ورد"/"وردت" read "was told", "arrived", and
    the concessives that concede what came before ("ورغم ذلك، ...")."""
    other = {h.start for h in hits if h.label == "not_reply"}
    spans = [(h.start, h.end) for h in hits if h.label == "connective"]
    return [h for h in hits if not (h.label == "reply" and h.start in other) and not (
        h.label == "despite" and any(a <= h.start < b for a, b in spans))]


_COVERED_AREAS = frozenset(normalize(w) for w in rules.COVERED_AREAS)


def _covered(hits: list[Hit], words: list[str]) -> bool:
    """A place said to be under a truce ("المشمولة باتفاق وقف إطلاق النار"), in a sentence
    telling violence or commenting on the article's ("يذكر أن المنطقة تخضع لاتفاق خفض
    التصعيد"): a truce right after the word, named within COVERED_REACH words by more than
    a bare agreement."""
    truces = [t for t in hits if t.label == "truce"]

    def truce_after(end: int) -> bool:
        if end < len(words) and words[end] in _COVERED_AREAS:
            end += 1  # "وتخضع المنطقة لاتفاق ..."
        named = [t for t in truces if end <= t.start < end + rules.COVERED_REACH]
        return any(t.start == end for t in named) and any(
            t.phrase not in rules.VAGUE_TRUCE for t in named)

    def of_a_share(start: int) -> bool:  # "معظمهم في مناطق يشملها الاتفاق"
        return any(w in _SHARE_OF_VICTIMS
                   for w in words[max(0, start - rules.SHARE_OF_VICTIMS_REACH):start])

    comment = any(h.label == "opening" and h.start <= 1 for h in hits)
    return any(c.label == "covered" and truce_after(c.end) and not of_a_share(c.start)
               for c in hits) and (comment or bool(_violence(words)))


_SHARE_OF_VICTIMS = frozenset(normalize(w) for w in rules.SHARE_OF_VICTIMS)


def violence_in(sentence: str) -> str | None:
    """The most often named kind of violence in a sentence, if any (the event a breach
    sentence tells, where an agreement is only what it broke)."""
    found = Counter(h.label for h in _violence(tokens(sentence)) if h.label != GENERIC)
    return found.most_common(1)[0][0] if found else None


def _violence(words: list[str]) -> list[Hit]:
    """The violence words of a sentence, but those inside a truce's name ("وقف إطلاق
    النار" names no shooting)."""
    truces = [h for h in _find(words) if h.label == "truce"]
    return [h for h in lexicon()[0].find(words) if h.label not in _NOT_VIOLENCE
            and not any(t.start <= h.start and h.end <= t.end for t in truces)]


# Only aircraft: a side's own artillery preparing its assault is part of its battle
# ("بدأ الهجوم بتمهيد مدفعي"), while strikes from the air are the other side's, or an ally's.
_BOMBARDMENT = ("Air/drone strike",)
_WITH_REACH = 6
# How far after an "overflight" cue its aircraft stand (pipeline.rules.scope).
_OVERFLIGHT_REACH = scope.REACH["overflight"][0]


@lru_cache(maxsize=1)
def _with_lexicon() -> Lexicon:
    return Lexicon({"with": background.BOMBARDMENT_WITH})


def bombardment_in(sentence: str) -> list[str]:
    """Air strikes a sentence puts before or alongside its fighting ("بعد غارات جوية",
    "بغطاء من الطيران الحربي"), by kind."""
    words = tokens(sentence)
    marks = [h.end for h in _with_lexicon().find(words)]
    if not marks:
        return []
    triggers, cues = lexicon()
    # Aircraft only flying over ("بالتزامن مع تحليق لطيران التحالف") bomb nothing.
    flights = [c.end for c in cues.find(words) if c.label == "overflight"]
    found: list[str] = []
    for h in triggers.find(words):
        if h.label in _BOMBARDMENT and h.label not in found \
                and any(0 <= h.start - m <= _WITH_REACH for m in marks) \
                and not any(0 <= h.start - f <= _OVERFLIGHT_REACH for f in flights):
            found.append(h.label)
    return found


# Letters every breach word contains: a sentence with one may make a claim of its own ("سُجل
# خرق جديد" once another has named the truce). Most sentences have none, and are not
# tokenised again; a test keeps them in step with pipeline.rules.breach.
BREACH_STEMS = ("خرق", "خروق", "خترق", "خارق", "نتهك", "نتهاك", "نسف", "violat", "breach",
                "نقلاب", "نقض", "خالف", "حائط", "عصف", "إخلال", "اخلال", "أخلال", "تجاوز",
                # (capitalised at a sentence's start: "Violations", "Breaking")
                "iolat", "reach", "brok", "reak", "flout", "defian", "defy", "shatter")
# Letters every other cue contains (concessive, not kept, covered, a day of the truce, soon
# after it, its guarantor, violence going on): these make a claim only beside a truce word
# in the same sentence, so a sentence with one of them is read only where it also has
# TRUCE_STEMS ("رغم", "تواصل" and "بعد يوم" are in many sentences about no truce).
CUE_STEMS = ("رغم", "لتزام", "لتزم", "حترم", "حترام", "نصل", "despite", "spite", "covered",
             "شمول", "شمل", "خضع", "خاضع", "ضمن", "فترض", "supposedly", "ضامن", "guarant",
             # a truce that did not hold: "لم تصمد الهدنة"
             "صمد", "hold",
             # a day of the truce: "في اليوم الثالث للهدنة", "في يومها الثاني" (rules.DURING)
             # (not "اليوم ال" itself, which most datelines have: "صباح اليوم الأحد")
             "اليوم الأول", "اليوم الاول", "اليوم الثاني", "اليوم الثالث", "اليوم الرابع",
             "اليوم الخامس", "اليوم السادس", "اليوم السابع", "اليوم الثامن", "اليوم التاسع",
             "اليوم العاشر", "يومها ال", "يومه ال", "ساعاتها ال", "ساعاته ال", "الساعات ال",
             "الأسبوع ال", "الاسبوع ال", "سبوعها ال", "سبوعه ال", " day", "first hours",
             # ignoring or defying it; a truce on paper; while it is in force
             "تجاهل", "في تحد", "متحدي", "متحدين", "على ورق", "paper", "سريان",
             "خلال فتر", "اثناء فتر", "أثناء فتر", "آبه", "ابه", "مكترث", "ignor",
             # soon after it took effect: "بعد ساعات من", "عقب أيام من"
             "بعد ساع", "بعد يوم", "بعد أيام", "بعد ايام", "بعد أسبوع", "بعد اسبوع", "عقب ساع",
             "عقب أيام", "عقب ايام",
             # ... or since: "منذ سريان"، "منذ إعلان الهدنة"
             "منذ دخول", "منذ بد", "منذ إعلان", "منذ اعلان", "منذ توقيع", "منذ التوصل",
             "منذ إبرام", "منذ ابرام", "بعد مرور", "عقب مرور", "بعد أقل", "بعد اقل",
             # amid it: "في ظل هدنة هشة", "وسط هدنة"; not stopping: "لم تتوقف عن القصف"
             "في ظل", "وسط", "خلال", "اثناء", "أثناء", "إبان", "ابان", "طيلة", "طوال", "amid",
             "during", "لم تتوقف", "لم يتوقف", " after", "since", "Since",
             # violence that goes on against it: "في حين يتواصل القصف", "مع استمرار الغارات"
             "تواصل", "ستمر", "continu", "ongoing")
STEMS = BREACH_STEMS + CUE_STEMS
# Letters every truce word contains (pipeline.rules.breach.TRUCE; a test keeps them in step),
# as written and in the matching form ("التهدئة", "التهديه").
TRUCE_STEMS = ("تفاق", "هدن", "تصعيد", "منزوع", "تهدئ", "تهديه", "تهدية", "تفاهم", "فصل القوات",
               "فض الاشتباك", "يقاف", "بروتوكول", "مذكر", "ستانا", "ستانة", "ستانه",
               "ف التوتر", "ض التوتر", "خطة", "خطه", "مبادر",
               # "وقف" alone is in "توقف" and "موقف"
               "وقف إطلاق", "وقف اطلاق", "وقف لإطلاق", "وقف لاطلاق", "وقفا لإطلاق",
               "وقفاً لإطلاق", "وقفا لاطلاق", "وقف النار", "وقف الأعمال", "وقف الاعمال",
               "وقف التصعيد", "وقف القتال", "وقف الاقتتال", "وقف العملي", "وقف عملي",
               "وقف الهجمات", "وقف العنف", "وقف كل", "وقف جميع", "تعليق العمل", "تعليق عملي",
               "تعليق الأعمال", "تعليق الاعمال", "تجميد العمل", "تجميد عملي",
               "easefire", "ease-fire", "ease fire", "ruce", "rmistice", "essation", "scalation",
               "emilitari", "ochi", "stana", "oscow", "dlib", "nnan", "point plan", "ause in",
               "alt to", "dditional protocol")


def _names_truce_stem(sentence: str) -> bool:
    return holds_any(sentence, TRUCE_STEMS)


def may_claim(sentence: str) -> bool:
    """Whether a sentence may make a claim, by its letters alone: a breach word, or another
    cue beside a truce word (most sentences have neither, and are not tokenised again)."""
    return holds_any(sentence, BREACH_STEMS) or (
        holds_any(sentence, CUE_STEMS) and _names_truce_stem(sentence))


def claims(sentences: list[str], resolver: PlaceResolver) -> list[Claim]:
    """The article's breach claims. A bare breach word counts once a tied claim has named
    the truce ("وسُجل خرق جديد لقوات النظام ..." after "خرقت قوات النظام اتفاق التهدئة")."""
    maybe = [i for i, s in enumerate(sentences) if may_claim(s)]
    if not any(_names_truce_stem(sentences[i]) for i in maybe):
        return []  # every tied claim names its truce in its own sentence
    words_of = {i: tokens(sentences[i]) for i in maybe}
    kinds = {i: None if kind is not None and _alleged_earlier(words) else kind
             for i, words in words_of.items() for kind in (_kind(words),)}
    if not {"tied", "since"} & set(kinds.values()) or not any(
            _names_truce(words) for words in _truce_sentences(sentences, words_of)):
        return []
    out = []
    for i, kind in kinds.items():
        if kind is None:
            continue
        words = words_of[i]
        opens = any(h.label == "opening" and h.start <= 1 for h in _find(words[:3]))
        has_violence = bool(_violence(words))
        # "أن القصف جاء ... في خرق جديد للاتفاق": what is said of an act already told
        back = kind in ("tied", "since") and (any(h.label == "pointing" for h in _find(words))
                                              or _these_acts_break(words))
        # "في حين يتواصل القصف": about the article's campaign, not one act of its own
        framing = kind == "tied" and (i <= 1 or opens or not has_violence or back
                                      or _goes_on_in(words))
        if kind == "since":
            # "وتعد الغارة الأعنف منذ سريان الهدنة": said of the act it opens by naming;
            # "المنطقة التي تشهد أعنف تصعيد منذ توقيع الاتفاق": of no act the article tells
            framing = i <= 1 or back or (opens and any(
                h.start <= rules.SINCE_SUBJECT_REACH for h in _violence(words)))
        # "وتشكل هذه الضربات انتهاكاً ...": its subject points back at all the acts told
        pointed = framing and (back or any(w in _DEMONSTRATIVES for w in words[:3]))
        if framing and _daily(words):
            framing = False  # "خلال ساعات الهدنة الإنسانية اليومية": the act told with it
        around = any(h.label == "around" or (h.label == "zone" and not _placed(words, h.end))
                     for h in _find(words))
        going_on = _continuing(words)
        claimed = _claimed(sentences[i], resolver)
        areas = _areas(_before_share(_before_example(claimed) if going_on else claimed),
                       resolver)
        before = _violence(tokens(sentences[i - 1])) if i > 1 and not opens \
            and not has_violence else []
        if framing and not areas and before and not pointed:
            # "واتهم كل طرف الآخر بانتهاك الاتفاق" right after a clash: the claim is
            # about the act just told, at its places, not about all the article's violence
            framing, areas = False, _areas(sentences[i - 1], resolver)
        told = _joined_kinds(sentences[i], resolver)
        if not framing and not told:
            # and about its kind of violence: "Each side accused the other of breaking the
            # truce" after a clash does not make an air raid of the same day a breach
            told = frozenset(event_type_of(h.label) for h in before if h.label in EVENT_TYPES)
        out.append(Claim(i, framing, areas,
                         rules.SURROUNDINGS_REACH_KM if around else rules.TRUCE_REACH_KM,
                         told, _accused(words) or going_on, i - 1 if back and i > 1
                         else None, counted=_counted(words, sentences[i], resolver),
                         apart_kinds=_apart_kinds(sentences[i], resolver)))
    out = _headline_as_lead(out, words_of)
    keeping = tuple(p for i, words in words_of.items() for p in _keeping(words))
    return [replace(c, keeping=keeping) for c in out] if keeping else out


@lru_cache(maxsize=1)
def _alleged_lexicon() -> Lexicon:
    return Lexicon({"alleged": rules.ALLEGED, "earlier": rules.ALLEGED_EARLIER,
                    "ago": rules.ALLEGED_AGO, "days": rules.ALLEGED_DAYS,
                    "was": rules.ALLEGED_PLUPERFECT, "had": rules.ALLEGED_PLUPERFECT_AFTER,
                    "today": rules.ALLEGED_TODAY, "started": background.AGREEMENT_START})


def _alleged_earlier(words: list[str]) -> bool:
    """Whether a claim only reports what a side says of the other ("ويتبادل الطرفان منذ
    أيام الاتهامات بخرق الهدنة", "وكانت الفصائل قد قالت قبل ثلاثة أيام إن النظام خرق
    الاتفاق"), dated to days before the article's act and telling no violence of its own
    (``rules.ALLEGED``): it is about those days, and covers no act the article tells."""
    hits = _alleged_lexicon().find(words)
    labels = {h.label for h in hits}
    if "alleged" not in labels or any(
            h.label == "today" and not (h.start > 0 and words[h.start - 1] == "اول")
            for h in hits):
        return False
    truces = [t.end for t in _find(words) if t.label == "truce"]
    started = [h.end for h in hits if h.label == "started" and any(
        0 <= h.start - t < rules.ALLEGED_TRUCE_DATED_REACH for t in truces)]
    ago = [h.end for h in hits if h.label == "ago" and not any(
        0 <= h.start - s < rules.ALLEGED_TRUCE_DATED_REACH for s in started)]
    was = [h.end for h in hits if h.label == "was"]
    earlier = any(
        (h.label == "earlier" and not any(
            0 <= h.start - s < rules.ALLEGED_TRUCE_DATED_REACH for s in started))
        or (h.label == "days" and any(0 <= h.start - a < rules.ALLEGED_AGO_REACH for a in ago))
        or (h.label == "had" and any(0 <= h.start - w < rules.ALLEGED_PLUPERFECT_REACH
                                     for w in was)) for h in hits)
    return earlier and not _violence(words)


def _these_acts_break(words: list[str]) -> bool:
    """Whether the subject of a breach word is an act named by a demonstrative right before
    it ("معتبراً أن تكرار مثل هذه الاعتداءات يشكل خرقاً للهدنة"): acts already told, not a
    new one (``rules.THESE_ACTS_REACH``)."""
    breaches = [h.start for h in _find(words) if h.label == "breach"]
    return bool(breaches) and any(
        h.start > 0 and words[h.start - 1] in _DEMONSTRATIVES
        and any(0 <= b - h.end <= rules.THESE_ACTS_REACH for b in breaches)
        for h in _violence(words))


_COUNT_NOT_AFTER = frozenset(normalize(w) for w in rules.COUNT_NOT_AFTER)


def _counted(words: list[str], sentence: str, resolver: PlaceResolver) -> tuple[str, ...]:
    """The governorates a claim names where it counts breaches by number ("سجل خلال
    الساعات الماضية سبعة خروقات ...، معظمها في محافظتي اللاذقية ودمشق"); none where it
    counts none."""
    if not any(h.label == "breach" and any(
            (n := number_at(words, k)) is not None and n[1] == h.start
            and not (k > 0 and words[k - 1] in _COUNT_NOT_AFTER)
            for k in range(max(0, h.start - rules.COUNT_REACH), h.start))
               for h in _find(words)):
        return ()
    return tuple(dict.fromkeys(m.place.admin1_pcode for m in resolver.find(sentence)))


def _continuing(words: list[str]) -> tuple[str, ...]:
    """The parties a claim says go on breaking the truce, in the outlet's own voice
    ("واصل الطيران الروسي وقوات النظام خرق اتفاق سوتشي", "قوات النظام تواصل خرق الهدنة":
    ``rules.CONTINUING``); none where it names none."""
    hits = _find(words)
    breaches = [h.start for h in hits if h.label == "breach"]
    for h in hits:
        if h.label != "continuing" or h.start > rules.CONTINUING_SUBJECT_REACH:
            continue
        after = [b for b in breaches if h.end <= b <= h.end + rules.ACCUSE_REACH]
        if not after:
            continue
        parties = find_actors(" ".join(words[h.end:after[0]]))
        if not parties and h.start > 0:
            parties = find_actors(" ".join(words[:h.start]))
        return tuple(parties)
    return ()


def _headline_as_lead(out: list[Claim], words_of: dict[int, list[str]]) -> list[Claim]:
    """A headline's claim that names no party, read with the parties the lead's claim of
    the same truce says go on breaking it (``_continuing``): the headline sums up the lead."""
    title = next((c for c in out if c.index == 0 and not c.accused), None)
    lead = next((c for c in out if c.index == 1), None)
    if title is None or lead is None or not lead.accused or not _continuing(words_of[1]):
        return out
    truces = {h.phrase for h in _find(words_of[1]) if h.label == "truce"}
    if not truces & {h.phrase for h in _find(words_of[0]) if h.label == "truce"}:
        return out
    return [replace(c, accused=lead.accused) if c is title else c for c in out]


_EXAMPLE = re.compile(rf"(?<!\S)(?:{alternation(rules.EXAMPLE_MARKS)})(?!\S)")


def _before_example(sentence: str) -> str:
    """A claim's sentence up to where it gives its first instance ("، إذ قصفت مدفعيته
    أطراف ناحية عين عيسى": ``rules.EXAMPLE_MARKS``)."""
    m = _EXAMPLE.search(sentence)
    return sentence[:m.start()] if m else sentence


_ZONE_PLACED = frozenset(normalize(w) for w in rules.ZONE_PLACED)
_ZONE_NAMED = frozenset(normalize(w) for w in rules.ZONE_NAMED)


def _placed(words: list[str], end: int) -> bool:
    """Whether the zone named up to ``end`` is placed in one governorate ("المنطقة منزوعة
    السلاح في إدلب"), not named by its region ("خفض التصعيد في منطقة إدلب")."""
    return end + 1 < len(words) and words[end] in _ZONE_PLACED \
        and words[end + 1] not in _ZONE_NAMED


def _daily(words: list[str]) -> bool:
    """Whether a claim's truce is one of some hours each day ("الهدنة الإنسانية اليومية":
    ``rules.DAILY``)."""
    hits = _find(words)
    return any(d.label == "daily" and any(
        t.label == "truce" and 0 <= d.start - t.end < rules.DAILY_REACH for t in hits)
               for d in hits)


_SHARE = re.compile(
    rf"(?<!\S)(?:{alternation(rules.PARTITIVES)})(?=(?:\s+\S+){{0,{rules.PARTITIVE_REACH - 1}}}"
    rf"\s+(?:{alternation(rules.PARTITIVE_IN)})(?!\S))", re.IGNORECASE)


def _before_share(sentence: str) -> str:
    """A claim's sentence up to where it names the place of a share of the breaches it
    counts ("29 خرقاً، منها 23 في محافظة حلب": ``rules.PARTITIVES``)."""
    m = _SHARE.search(sentence)
    return sentence[:m.start()] if m else sentence


_KEPT_NEGATIONS = frozenset(normalize(w) for w in rules.KEPT_NEGATIONS)


def _keeping(words: list[str]) -> list[str]:
    """The parties a sentence opens by saying keep the truce (``rules.KEPT``: "وتلتزم وحدات
    الجيش بوقف إطلاق النار المعلن")."""
    hits = _find(words)
    for h in hits:
        if h.label != "kept" or h.start > rules.KEPT_OPENING_REACH or (
                h.start > 0 and words[h.start - 1].removeprefix("و") in _KEPT_NEGATIONS):
            continue
        truce = next((t.start for t in hits if t.label == "truce"
                      and h.end <= t.start <= h.end + rules.KEPT_REACH), None)
        if truce is not None:
            return find_actors(" ".join(words[h.end:truce]))
    return []


_DEMONSTRATIVES = frozenset(normalize(w) for w in rules.DEMONSTRATIVES)
_RIGHTS_GROUPS = frozenset(normalize(w) for w in rules.RIGHTS_GROUPS)
# (hits carry their phrase as the list spells it: "انتهى" as well as its form "انتهي")
_ENDED = frozenset((*rules.ENDED, *(normalize(w) for w in rules.ENDED)))
_ENDED_LATE = frozenset((*rules.ENDED_LATE, *(normalize(w) for w in rules.ENDED_LATE)))


def _accused(words: list[str]) -> tuple[str, ...]:
    """The parties a claim accuses of its breach ("واتهمت روسيا الفصائل بخرق الهدنة": the
    factions), named between an accusation and the breach word; none where it accuses no
    party it names ("واتهم كل طرف الآخر بخرق الاتفاق")."""
    hits = _find(words)
    breaches = [h.start for h in hits if h.label == "breach"]
    for h in hits:
        if h.label not in ("accuse_verb", "accuse"):
            continue
        after = [b for b in breaches if h.end <= b <= h.end + rules.ACCUSE_REACH]
        if not after:
            continue
        parties = find_actors(" ".join(words[h.end:after[0]]))
        if h.label == "accuse_verb" and parties and (len(parties) > 1 or find_actors(
                " ".join(words[h.end:min(h.end + 2, after[0])]))[:1] == parties[:1]):
            # "اتهمت روسيا الفصائل", "واتهمت قوات النظام مجموعات مسلحة": the verb's subject
            parties = parties[1:]
        return tuple(parties)
    return next((p for h in hits if h.label == "unkept" and (p := _unkept_by(words, h))), ())


_UNKEPT_OPENERS = frozenset(normalize(w) for w in rules.UNKEPT_SUBJECT_AFTER)
_UNKEPT_PRONOUNS = frozenset(normalize(w) for w in rules.UNKEPT_TRUCE_PRONOUNS)
_UNKEPT_NOUNS = tuple(normalize(w) for w in rules.UNKEPT_NOUNS)


def _unkept_by(words: list[str], h: Hit) -> tuple[str, ...]:
    """The parties said not to keep the truce (``rules.UNKEPT_SUBJECT_AFTER``): "إلا أن
    التنظيمات الإرهابية لم تلتزم ببنوده", "الأمر الذي لم يلتزم به النظام"."""
    reach = rules.UNKEPT_PARTY_REACH
    opener = next((k for k in range(h.start - 1, max(-1, h.start - reach - 2), -1)
                   if words[k] in _UNKEPT_OPENERS), None)
    if opener is not None and (parties := find_actors(" ".join(words[opener + 1:h.start]))):
        return tuple(parties)
    after = h.end + 1 if h.end < len(words) and words[h.end] in _UNKEPT_PRONOUNS else \
        h.end if words[h.start].endswith(_UNKEPT_NOUNS) else None
    if after is None:
        return ()
    return tuple(find_actors(" ".join(words[after:after + reach])))


def _names_truce(words: list[str]) -> bool:
    """Whether a sentence names a truce by more than a vague agreement, or an agreement
    said to be in force ("للاتفاق الموقع في نيسان")."""
    hits = _find(words)
    in_force = [h.start for h in hits if h.label == "in_force"]
    taking = [h.end for h in hits if h.label == "in_force_before"]
    return any(h.label == "truce" and (h.phrase not in rules.VAGUE_TRUCE or any(
        0 <= f - h.end < rules.IN_FORCE_REACH for f in in_force) or h.start in taking
        or _known_by_day(words, h.end)) for h in hits)


_MONTH_WORDS = frozenset(name.split()[0] for name in EVENT_MONTHS)
_DAY_WORDS = frozenset((*rules.DAY_WORDS, *(f"ال{o}" for o in ORDINALS)))


def _known_by_day(words: list[str], end: int) -> bool:
    """Whether the agreement word ending at ``end`` is named by its day ("اتفاق العاشر من
    آذار"، "اتفاق 5 آذار": ``rules.DAY_WORDS``)."""
    for word in words[end:end + rules.DATED_REACH + 1]:
        if word in _MONTH_WORDS:
            return True
        if not (word.isdigit() or word in _DAY_WORDS):
            return False
    return False


def _truce_sentences(sentences: list[str],
                     words_of: dict[int, list[str]]) -> Iterator[list[str]]:
    """The words of the claims' sentences first, then of the article's others (read only
    where the claims name no more than an agreement, "خرق التفاهمات المبرمة")."""
    yield from words_of.values()
    yield from (tokens(s) for i, s in enumerate(sentences) if i not in words_of)


@lru_cache(maxsize=1)
def _acts() -> Lexicon:
    return Lexicon({**{kind: words for kind, words in rules.BREACH_BY_NAME.items()},
                    "what happened": rules.WHAT_HAPPENED})


def names_act(claim: Claim, sentences: list[str], sub_event_type: str) -> bool:
    """Whether ``claim``'s sentence names an act of ``sub_event_type`` outside the violent
    types, one it can call a breach ("وصفوا التوغل بأنه خرق للاتفاقية";
    ``rules.BREACH_BY_NAME``), or calls what happened one ("أن ما جرى انتهاك ...")."""
    return sub_event_type in rules.BREACH_BY_NAME and any(
        h.label in (sub_event_type, "what happened")
        for h in _acts().find(tokens(sentences[claim.index])))


def replies(sentence: str) -> bool:
    """Whether a sentence tells its act as a reply to fire ("ردت المدفعية بقصف ...")."""
    return any(h.label == "reply" for h in _replies_read(_find(tokens(sentence))))


_JOINT = re.compile("|".join(re.escape(j) for j in rules.JOINTS))


def _joined_kinds(sentence: str, resolver: PlaceResolver) -> frozenset[str]:
    """Where ``sentence`` joins reports (``rules.JOINTS``) and the claim stands in one that
    tells violence, the event types that one tells ("خطف مدنيين.. واشتباك يخرق الهدنة":
    the clash's, not the abduction's); empty otherwise."""
    parts = [p for part in _JOINT.split(sentence) for p in _after_claim(part, resolver)]
    if len(parts) < 2:
        return frozenset()
    kinds: set[str] = set()
    claimed = 0
    for part in parts:
        words = tokens(part)
        if _kind(words) is None:
            continue
        claimed += 1
        kinds |= {event_type_of(h.label) for h in _violence(words) if h.label in EVENT_TYPES}
    return frozenset(kinds) if claimed < len(parts) else frozenset()


def _apart_kinds(sentence: str, resolver: PlaceResolver) -> frozenset[str]:
    """Where ``sentence`` joins reports (``rules.JOINTS``) and only some make the claim, the
    sub-event types told only by the others ("قصف على القرية رغم الهدنة.. وانفجار عبوة في
    المدينة": the bomb's, not the shelling's)."""
    if not _JOINT.search(sentence):
        return frozenset()
    parts = [p for part in _JOINT.split(sentence) for p in _after_claim(part, resolver)]
    claimed: set[str] = set()
    other: set[str] = set()
    for part in parts:
        words = tokens(part)
        told = {h.label for h in _violence(words) if h.label in EVENT_TYPES}
        (claimed if _kind(words) is not None else other).update(told)
    return frozenset(other - claimed) if claimed else frozenset()


def _claimed(sentence: str, resolver: PlaceResolver) -> str:
    """Of a sentence joining reports (``rules.JOINTS``), the ones that make the claim,
    where others make none: "تفجير في A.. ومسلحون يهاجمون قرى B رغم الاتفاق" names the
    truce's area B, not A. The whole sentence otherwise."""
    parts = [p for part in _JOINT.split(sentence) for p in _after_claim(part, resolver)]
    claimed = [p for p in parts if _kind(tokens(p)) is not None]
    return " ".join(claimed) if claimed and len(claimed) < len(parts) else sentence


_AND = re.compile(r"\sو(?=\S)")


def _after_claim(part: str, resolver: PlaceResolver) -> list[str]:
    """``part`` cut where a report joined by "و" follows its claim ("اشتباكات في البلدة رغم
    الهدنة | وغارات على المدينة"): the first cut leaving a claim before and, after, a report
    that opens with its violence, makes no claim and names a place of its own (an act told
    on with "و" at the claim's place is the same report: "اقتحمت القرية في خرق للهدنة
    وأعدمت ثلاثة من أهلها")."""
    for m in _AND.finditer(part):
        before, after = part[:m.start()], part[m.end():]
        words = tokens(after)
        if _kind(tokens(before)) == "tied" and _kind(words) is None and any(
                h.start == 0 for h in _violence(words)):
            there = {p.place.pcode for p in resolver.find(after)}
            if there and not there & {p.place.pcode for p in resolver.find(before)}:
                return [before, after]
    return [part]


_LOCATING = re.compile(
    rf"(?<!\S)(?:{alternation(rules.LOCATING_BEFORE)})\s+(?:\S+\s+)?$")


def _areas(sentence: str, resolver: PlaceResolver) -> tuple[Place, ...]:
    """The places a claim names, but a town that only locates one named before it ("على
    أطراف مدينة C", "قرب C", "شرقي C")."""
    mentions = resolver.find(sentence)
    return tuple(m.place for k, m in enumerate(mentions) if k == 0 or m.place.level < 4 or not (
        m.landmark or _LOCATING.search(sentence[max(0, m.start - 25):m.start])))


def covers(claim: Claim, event: Event, about: tuple[int, ...],
           evidence_places: tuple[Place, ...]) -> bool:
    """Whether ``claim`` presents ``event`` (told in sentences ``about``, naming
    ``evidence_places``) as a breach."""
    if claim.accused and event.actor1 and event.actor1 != UNIDENTIFIED:
        # (an act whose hand the article leaves unnamed may be the accused's)
        accused = {acled_name(p, event.date, event.admin1_pcode) for p in claim.accused}
        # the hand of the act: either side of a battle, the first actor of any other act
        # (the army's shelling of the accused factions' positions is not theirs)
        hands = {event.actor1, event.actor2} if event.sub_event_type in EVENT_TYPES \
            and event_type_of(event.sub_event_type) == "Battles" else {event.actor1}
        if not accused & hands:
            return False  # "اتهمت روسيا الفصائل بخرق الهدنة" over the army's shelling
    if claim.keeping and event.actor1 in {
            acled_name(p, event.date, event.admin1_pcode) for p in claim.keeping
            } - {acled_name(p, event.date, event.admin1_pcode) for p in claim.accused}:
        return False  # "وتلتزم وحدات الجيش بوقف إطلاق النار": not the army's reply
    if claim.kinds and (event.sub_event_type not in EVENT_TYPES
                        or event_type_of(event.sub_event_type) not in claim.kinds):
        return False  # "خطف مدنيين.. واشتباك يخرق الهدنة": the clash breaks it, not the abduction
    if event.sub_event_type in claim.apart_kinds:
        return False  # "قصف على القرية رغم الهدنة.. وانفجار في المدينة": not the explosion
    if event.sub_event_type in rules.UNCLAIMED_APART and event.actor1 in (None, UNIDENTIFIED) \
            and claim.index not in about:
        return False  # an unclaimed bomb: no party to the truce is named as its hand
    named = {p.pcode for p in claim.areas}
    if claim.points_at is not None and claim.points_at in about:
        return True  # "... أن الهجوم خرق للهدنة" right after the attack, wherever it was
    if claim.index in about:
        # A claim told with the event covers it, unless it names towns and the event is at
        # none of them ("رغم تمديد اتفاق وقف إطلاق النار شنت القوات هجمات على قرى الشيوخ
        # والجلبية" does not make a shooting in the city of the lead a breach).
        # (A governorate's chief town in the event's own governorate names the truce's
        # area, "انتهاك لاتفاق سوتشي الخاص بمنطقة خفض التصعيد في إدلب", not a town.)
        gaz = Gazetteer.default()
        towns = {p.pcode for p in claim.areas if p.level == 4 and not (
            p.admin1_pcode == event.admin1_pcode and gaz.is_chief_town(p))}
        if not towns or event.place_pcode is None or event.place_pcode in towns \
                or towns & {p.pcode for p in evidence_places}:
            return True
        return claim.framing and _in_area(claim, event, named, evidence_places)
    return _in_area(claim, event, named, evidence_places)


def _in_area(claim: Claim, event: Event, named: set[str],
             evidence_places: tuple[Place, ...]) -> bool:
    """Whether the event lies where ``claim`` reaches: a town it names, or, for a framing
    claim, its truce's area."""
    if event.place_pcode in named and event.place_pcode is not None \
            and not event.place_pcode.startswith("SY"):
        return True  # a claim naming the event's town: "رغم الهدنة شنت هجمات على الجلبية"
    if not claim.framing:
        return False
    if not claim.areas or event.admin1_pcode is None:
        return True
    if event.admin1_pcode in {p.admin1_pcode for p in claim.areas}:
        return True
    gaz = Gazetteer.default()
    regions = {p.admin1_pcode for p in claim.areas if p.level == 1 or gaz.is_chief_town(p)}
    if named & {p.pcode for p in evidence_places} or (
            regions & {p.admin1_pcode for p in evidence_places}):
        # The evidence names the truce's area though the scene resolved elsewhere: the same
        # place, or the governorate a claim names by itself or by its chief town ("إدلب").
        return True
    if event.latitude is None or event.longitude is None:
        return False
    return any(p.level > 1 and haversine_km(event.latitude, event.longitude, p.lat, p.lon)
               <= claim.reach_km for p in claim.areas)

