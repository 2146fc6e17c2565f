"""Actors: which parties of the war a text names, which of them acted and which was acted
on, and the names and actor-type codes ACLED gives them.

The names, their periods and codes, and the words that mark a side are data, in
``pipeline.rules.actors``; matching uses the same normalised-token rules as the trigger
lexicon (clitics stripped, ``*`` for inflection). ``find_actors`` lists the parties a text
names; ``code_actors`` codes one event's actor1 (the side that acted), actor2 (its target),
associated actors and ACLED's inter1/inter2/interaction from the sentence's grammar: the
party after a "by" ("برصاص", "على يد", "بقصف من/لـ"), the subject of an attack verb ("شنّ X
غارات على Y", "X تقصف"), against the party after "على"/"ضد", among the dead ("مقتل عناصر
من Y") or at the positions hit ("مواقع لـY").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from language.normalize import normalize
from language.tokens import tokens
from pipeline.events.lexicon import Hit, Lexicon, forms
from pipeline.rules import actors as rules
from pipeline.rules.actors import ACTORS, CIVILIANS, ERAS, INTER, PROTESTERS, RIOTERS, UNIDENTIFIED
from pipeline.rules.triggers import TERRITORY_TYPES as _TERRITORY

__all__ = ["ActorCoding", "Mention", "acled_name", "code_actors", "find_actors", "interaction",
           "mentions", "victims"]

_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Events whose unnamed dead or hurt ("مقتل 3 أشخاص") ACLED counts as civilians.
_HARM = frozenset({"Explosions/Remote violence", "Violence against civilians"})
_FORCE_ON_PROTEST = frozenset({"Protest with intervention", "Excessive force against protesters"})
# How far before a mention the words that mark its side are looked for.
_REACH = 6
AGENT, TARGET, ALLY, NONE, PLACE, SPEAKER = "agent", "target", "ally", "", "place", "speaker"


def _words(words: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Normalised whole words, and the stems of the ``*`` ones."""
    exact = frozenset(normalize(w) for w in words if not w.endswith("*"))
    stems = tuple(normalize(w[:-1]) for w in words if w.endswith("*"))
    return exact, stems


_AGENT = _words(rules.AGENT_BEFORE)
_STRIKE = _words(rules.STRIKE_NOUNS)
_VERB = _words(rules.ATTACK_VERBS)
_DONE_BY = _words(rules.DONE_BY_VERBS)
_FORMER = _words(rules.FORMER)
_ACCUSED = _words(rules.ACCUSED_TIES)
_TARGET = _words(rules.TARGET_BEFORE)
_PASS = _words(rules.PASS_OVER)
_ALLY = _words(rules.ALLY_BEFORE)
_DEFENCE = _words(rules.DEFENCE_VERBS)
_CONTROL = _words(rules.CONTROL_BEFORE)
_SOURCE = _words(rules.SOURCE_BEFORE)
_POSITION = _words(rules.POSITIONS)
_UNDER = _words(rules.SUBORDINATE)
_HURT = _words(rules.HURT_AFTER)
_SAYS = _words(rules.SPEAKER_VERBS)
_SOURCE_OF_NEWS = _words(rules.SPEAKER_BEFORE)
_RELATIVE = _words(rules.RELATIVE)
_COUNTED = _words(rules.COUNTED)
# Words of the air: a party named by them, or by a strike made with them, struck from the air.
_AIR = _words(("طيران", "الطيران", "طائرات", "الطائرات", "مقاتلات", "مروحيات", "غاره",
               "غارات", "مسيره", "مسيرات", "طائره", "المروحيات", "سلاح", "جوي", "جويه",
               "ضربه", "ضربات"))
_VICTIM = _words(rules.CIVILIAN_VICTIMS)
# A party named by its aircraft or its strikes ("الطيران الروسي", "غارة إسرائيلية") is the
# one that struck.
_WEAPON = _words(("طيران", "الطيران", "طائرات", "الطائرات", "مقاتلات", "مروحيات", "غاره",
                  "غارات", "مسيره", "سلاح", "حرس", "طائره", "براميل", "البراميل", "برميل*",
                  "انتحاري", "انتحاريا", "مدفعيه", "دبابات"))


def _is(token: str, words: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    exact, stems = words
    for f in forms(token):  # noqa: SIM110  (a loop, not a generator: every token)
        if f in exact or (stems and f.startswith(stems)):
            return True
    return False


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon(ACTORS)


@dataclass(frozen=True)
class Mention:
    """A party named at tokens ``start``..``end`` of a sentence, and its side there."""

    party: str
    start: int
    end: int
    role: str = NONE
    air: bool = False  # named by its aircraft or air strikes ("الطيران الروسي")
    headline: bool = False  # named only in the headline, not in the evidence
    # the doer of an act named before it ("معركة أطلقتها الفصائل"): which act is not said,
    # so another agent of the sentence comes first ("... واستعادت قوات الأسد النقاط")
    of_named_act: bool = False


@dataclass(frozen=True)
class ActorCoding:
    """One event's actors as ACLED codes them."""

    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None


def _hits(words: list[str]) -> list[Hit]:
    """The longest mention at each position, none inside another."""
    hits = sorted(_lexicon().find(words), key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    covered_until = -1
    for hit in hits:
        if hit.start >= covered_until:
            covered_until = hit.end
            out.append(hit)
    return out


def find_actors(text: str) -> list[str]:
    """The parties a text names (keys of ``ACTORS``), in order of first mention.

    Where one mention is part of a longer one ("الجيش الوطني السوري" in which "الجيش
    السوري" is not), the longest match at a position wins.
    """
    return list(dict.fromkeys(h.label for h in _hits(tokens(text))))


def mentions(text: str) -> list[Mention]:
    """The parties a sentence names, each with its side: AGENT, TARGET, ALLY, SPEAKER,
    NONE, or PLACE for a party named only as holding the place ("تحت سيطرة الفصائل")."""
    words = tokens(text)
    out: list[Mention] = []
    for hit in _hits(words):
        before = out[-1] if out else None
        if before is not None and before.party in rules.GENERIC \
                and hit.start - before.end <= 1 and hit.label not in rules.GENERIC:
            out.pop()  # "مجموعات إرهابية من «جبهة النصرة»": the name says who
            before = out[-1] if out else None
        role = _role(words, hit, before)
        near = words[max(0, hit.start - rules.FORMER_REACH):hit.start]
        if any(_is(w, _ACCUSED) for w in near):
            continue  # "بتهمة التخابر مع ميليشيا قسد": no side of the event
        if any(_is(w, _FORMER) for w in near):
            hit = replace(hit, label=CIVILIANS)  # "اغتيال القيادي السابق في فصائل المعارضة"
        air = any(_is(w, _AIR) for w in words[max(0, hit.start - 2):hit.end])
        named_act = role == AGENT and hit.start > 0 and _is(words[hit.start - 1], _DONE_BY)
        out.append(Mention(hit.label, hit.start, hit.end, role, air, of_named_act=named_act))
    return out


def _role(words: list[str], hit: Hit, before: Mention | None) -> str:
    first = words[hit.start]
    if _is(first, _WEAPON) or _is(first, _STRIKE):
        return AGENT  # "الطيران الروسي", "القصف الإسرائيلي"
    if before is not None and before.role != TARGET and not _after_between(words, before) \
            and _joined(words, before.end, hit.start):
        return ALLY  # "الجيش التركي والفصائل الموالية له", "قوات الأسد وميليشيا حزب الله"
    lam = first.startswith("ل") and not normalize(hit.phrase).startswith("ل")
    under = armed = counted = False
    for i in range(hit.start - 1, max(-1, hit.start - 1 - _REACH), -1):
        word = words[i]
        if before is not None and i == before.end - 1:
            # Reached the party named before: "X التابعة لـY" puts Y on X's side.
            if under:
                return TARGET if before.role == TARGET else ALLY
            break
        if _is(word, _CONTROL):
            return PLACE
        if _is(word, _ALLY):
            return ALLY
        if _is(word, _AGENT) or _is(word, _STRIKE):
            return AGENT
        if _is(word, _POSITION):
            # "قصف مصدره مواقع قوات النظام": fire came from there.
            return AGENT if i > 0 and _is(words[i - 1], _SOURCE) else TARGET
        if _is(word, _TARGET):
            return TARGET
        if _is(word, _DEFENCE) and i == hit.start - 1:
            return TARGET  # "تصدّى مقاتلو المجلس لهجوم": the one attacked
        if (_is(word, _SAYS) and i == hit.start - 1) or _is(word, _SOURCE_OF_NEWS):
            return SPEAKER
        if _is(word, _DONE_BY):
            return AGENT  # "هجمات شنّتها قسد"
        if _is(word, _VERB):
            # "استهدفت قوات النظام": the subject follows its verb; "استهدفت الغارة مواقع
            # لقوات النظام" was caught at "مواقع"; "التفجيرات التي استهدفت قوات الأسد":
            # the subject is before the relative pronoun.
            if i > 0 and _is(words[i - 1], _RELATIVE):
                return TARGET
            # "استهدفت عشرات المدنيين", "استهدف عنصرًا من الأمن": a counted object.
            return AGENT if i == hit.start - 1 or not (lam or counted) else TARGET
        if _is(word, _UNDER):
            under = True
        elif _is(word, _WEAPON):
            armed = True  # "طائرة مسيّرة تابعة لـX": X's weapon
        elif word.isdigit() or _is(word, _COUNTED):
            counted = True
        elif not _is(word, _PASS):
            break
    if hit.end < len(words):
        after = words[hit.end]
        if _is(after, _DEFENCE) or _is(after, _HURT):
            return TARGET  # "قسد تتصدى لهجوم", "13 من قوات الأمن قُتلوا"
        if _is(after, _VERB):
            return AGENT  # "قوات النظام تقصف"
    return AGENT if armed else NONE


def _joined(words: list[str], end: int, start: int) -> bool:
    """Whether the party at ``start`` is joined by "و" to the one ending at ``end``, with at
    most a group noun between: "والفصائل", "وميليشيا حزب الله"."""
    if start == end:
        return words[start].startswith("و")
    return start == end + 1 and words[end].startswith("و") and _is(words[end], _PASS)


def _after_between(words: list[str], mention: Mention) -> bool:
    """"بين X وY": the two sides of a clash, not allies."""
    return any(forms(w)[-1] == "بين" or "بين" in forms(w)
               for w in words[max(0, mention.start - 2):mention.start])


def victims(text: str) -> bool:
    """Whether a text names people hurt who are civilians ("طفلان", "أهالي القرية")."""
    return any(_is(w, _VICTIM) for w in tokens(text))


def acled_name(party: str, date: str | None, admin1: str | None) -> str:
    """The name ACLED gives ``party`` on ``date`` in governorate ``admin1``: "SNA" did not
    exist before 2017-12-30 nor fight in Dar'a; "the Syrian army" is the new authorities'
    after December 2024. Without a date, the latest name."""
    eras = ERAS.get(party)
    if not eras:
        return party
    for name, start, end, governorates in eras:
        if date is not None:
            if (start is not None and date < start) or (end is not None and date >= end):
                continue
        elif end is not None:
            continue
        if governorates is not None and admin1 is not None and admin1 not in governorates:
            continue
        return name
    return eras[-1][0]


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, lower first (1 and 7 give 17); an
    event with one actor gives its type times ten (protesters alone, 60).

    As ACLED's codebook defines it ("Interaction codes", ACLED Codebook 2023), and as its
    R package acledR reads the numeric codes ("10" sole state forces … "80" sole others).
    """
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 if len(codes) == 1 else codes[0] * 10 + codes[1]


def code_actors(event_type: str, sub_event_type: str, evidence: str,
                context: Sequence[str] = (), date: str | None = None,
                admin1: str | None = None) -> ActorCoding:
    """actor1 (the side that acted), actor2 (its target) and their ACLED codes for one
    event reported by ``evidence``; ``context`` (the headline) names parties the evidence
    leaves out. Civilians are never actor1 of violence; protesters are actor1 of a protest.
    """
    found = mentions(evidence)
    for text in context:
        found = _with_context(found, mentions(text))
    # Named for the date and place first, so that two names of one force count as one.
    found = [replace(m, party=acled_name(m.party, date, admin1)) for m in found]
    harm = event_type in _HARM or sub_event_type == "Arrests"
    hurt = harm and victims(evidence)
    # Those arrested are whoever the sentence names; the people a bombing hurt are civilians
    # unless it names an armed party that was hit.
    first, second, ally1, ally2 = _sides(event_type, sub_event_type, found,
                                         hurt and event_type in _HARM)
    if harm and second is None and first != CIVILIANS and (
            event_type == "Violence against civilians" or hurt):
        second = CIVILIANS
    if first is None and event_type in _VIOLENCE and sub_event_type != "Air/drone strike":
        # ACLED always names actor1: the unknown bomber or gunman is an unidentified group.
        # An air strike's unnamed aircraft belong to a state, which one the text leaves open.
        first = UNIDENTIFIED
    a1, a2, s1, s2 = first, second, ally1, ally2
    if a2 == a1:
        a2 = None
    inter1 = INTER.get(a1) if a1 else None
    inter2 = INTER.get(a2) if a2 else None
    return ActorCoding(a1, a2, s1 if s1 != a1 else None, s2 if s2 != a2 else None,
                       inter1, inter2, interaction(inter1, inter2))


def _with_context(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    """The evidence's mentions, plus the parties only ``extra`` (the headline) names; a
    party the evidence names without a side takes the side the headline gives it."""
    sided = {m.party for m in found if m.role != NONE}
    given = {m.party: m.role for m in reversed(extra) if m.role in (AGENT, TARGET)}
    out = [replace(m, role=given[m.party])
           if m.role == NONE and m.party not in sided and m.party in given else m
           for m in found]
    seen = {m.party for m in found}
    return out + [replace(m, headline=True) for m in extra if m.party not in seen]


def _sides(event_type: str, sub_event_type: str, found: list[Mention],
           victims_named: bool = False
           ) -> tuple[str | None, str | None, str | None, str | None]:
    """The parties of actor1, actor2 and their allies, before naming them for the date."""
    crowd = {"Protests": PROTESTERS, "Riots": RIOTERS}.get(event_type)
    if crowd is not None:
        armed = [m.party for m in found if m.party not in (CIVILIANS, PROTESTERS)]
        force = event_type == "Riots" or sub_event_type in _FORCE_ON_PROTEST
        return crowd, armed[0] if armed and force else None, None, None
    if sub_event_type in _TERRITORY:
        # Who held the ground lost it: "السيطرة على تلال من قبضة النظام".
        found = [replace(m, role=TARGET) if m.role == PLACE else m for m in found]
    found = [m for m in found if m.role != PLACE]
    hit = {m.party for m in found if m.role == TARGET}
    # Civilians are never actor1: not of violence against them, nor of fighting or deals in
    # which they are only named.
    agents = [m for m in found if m.role == AGENT and m.party != CIVILIANS]
    if sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack"):
        # Aircraft strike from the air, guns from the ground: "قصف جوي روسي ومدفعي للنظام".
        by_air = sub_event_type == "Air/drone strike"
        agents.sort(key=lambda m: m.air != by_air)
    agents.sort(key=lambda m: m.of_named_act)
    # Who announces a bombing or a killing did not, for that, do it.
    quiet = (NONE,) if event_type in _HARM else (NONE, SPEAKER)
    others = [m for m in found if m.role in quiet and m.party not in hit
              and m.party != CIVILIANS]
    if event_type == "Battles" and not agents and not others:
        # Both sides named only by their dead: the first named is actor1.
        others = [m for m in found if m.role == TARGET and m.party != CIVILIANS]
    # What the evidence says first; the headline only where the evidence names no one.
    pool = [m for m in agents if not m.headline] or [m for m in others if not m.headline] \
        or agents or others
    first_m = pool[0] if pool else None
    first = first_m.party if first_m else None
    # Targets that fight first: a bombing of an Asayish post that also killed passers-by.
    rest = sorted((m for m in found if m.role == TARGET), key=lambda m: m.party == CIVILIANS) + \
        [m for m in found if (m.role in quiet or m.role == AGENT) and m is not first_m]
    second_m = next((m for m in rest if m.party != first), None)
    if victims_named and not any(m.role == TARGET and m.party != CIVILIANS for m in found):
        # People hurt and no armed party hit: the civilians were the target, not a party the
        # sentence only names ("المعارك بين الجيش والفصائل").
        return first, CIVILIANS, _ally_of(first_m, found), None
    if second_m is None and first is None:
        second_m = next((m for m in found if m.role not in (ALLY, SPEAKER)), None)
    second = second_m.party if second_m else None
    ally1 = _ally_of(first_m, found)
    ally2 = _ally_of(second_m, found)
    return first, second, ally1, ally2


def _ally_of(mention: Mention | None, found: list[Mention]) -> str | None:
    """The first party named as on ``mention``'s side, right after it or "بمساندة"."""
    if mention is None:
        return None
    at = found.index(mention)
    for m in found[at + 1:]:
        if m.party == mention.party:
            continue  # named again: "مرتزقة «فرقة السلطان مراد»"
        return m.party if m.role == ALLY else None
    return None
