"""Numbers and death tolls in Arabic (and English) news text.

``parse_number`` reads digits (Western or Eastern) and number words, compound ones too
("ثلاثة وعشرون", "خمسة عشر", "مئتين"), and dual nouns ("شخصين" = 2, "قتيلا" = 1).
``fatalities`` totals the people reported killed (not wounded) in a span: each sentence is
read by ``pipeline.events.toll_sentence`` (counts joined in one sentence add up, "مقتل 15
... وقتل 9"), while sentences repeating a toll do not (the largest sentence total wins,
which also takes the latest figure of a rising toll). ``acled_estimate`` gives ACLED's
figure for a vague number ("عشرات" 10).
"""

from __future__ import annotations

import re
from functools import lru_cache

from language.normalize import normalize
from language.numbers import number_at
from language.sieve import sieved
from language.tokens import Proclitics, tokens
from pipeline.events.toll_sentence import (
    attacker_deaths,
    lowered_by_rival,
    people_noun,
    person_count,
    persons_dead,
    rising,
    self_detonated,
    sentence_toll,
    toll_update,
    victims_update,
    wounded_told,
)
from pipeline.rules import tolls

__all__ = ["MAX_TOLL", "acled_estimate", "attackers_killed", "fatalities", "parse_number",
           "risen_toll", "risen_victims", "tells_wounded", "toll_rises",
           "wounded_died"]

# ACLED's figures for vague numbers (see pipeline.rules.tolls.VAGUE_ESTIMATES), by the
# word in its matching form, with or without its article or a conjunction.
_VAGUE_ESTIMATES = {normalize(k): v for k, v in tolls.VAGUE_ESTIMATES.items()}
_ESTIMATE_CLITICS = Proclitics(("وال", "ال", "و"))


def acled_estimate(word: str) -> int | None:
    """ACLED's figure for a vague number ("عشرات" 10, "مئات" 100), None for other words."""
    return _VAGUE_ESTIMATES.get(_ESTIMATE_CLITICS.strip(normalize(word), _VAGUE_ESTIMATES))


def parse_number(text: str) -> int | None:
    """The first number the text expresses: "15", "١٥", "خمسة عشر", "شخصين" (2), "قتيلا" (1)."""
    words = tokens(text, split_digits=True)
    for i, raw in enumerate(words):
        found = number_at(words, i)
        if found is not None:
            return found[0]
        people = person_count(raw)
        if people is not None:
            return people
    return None


_SENTENCE = re.compile(r"[.!?؟\n]+")
# What the words alone cannot tell, read from the written text before it is split:
# a range gives its lower bound ("25-31 شخصا" -> 25, as ACLED takes the most conservative
# figure); a decimal ("عيار 14.5") is a calibre or a measure, never a count (digits glued
# to a weapon, "رشاش23", are split off and read after NUMBERED); a bracket with digits
# after a count is its breakdown ("19 مقاتلا (15 من ... و4 من ...)") or an age ("طفل (12
# عاما)"), already counted or no count.
# (Case-blind, for "Between 10 and 15": a sieve could not skip a text for it.)
_RANGE = re.compile(r"(\d+)\s*(?:[-–—]|\bto\b)\s*\d+|\bbetween\s+(\d+)\s+and\s+\d+", re.I)
_DECIMAL = re.compile(r"\d+[.٫]\d+")
_FIGURE = re.compile(r"\d")
_BRACKETED = re.compile(r"\([^()]*\d[^()]*\)")
# A bracket holding a number alone is the count itself, bracketed for emphasis: "مقتل (3)
# أشخاص" (a people noun follows; "طفل (12)" is an age).
_BARE_BRACKETED = re.compile(r"\(\s*(\d+)\s*\)(?=\s*(\w+))")


# A nisba or participle written with a fatha before its "ين" ("مقاتلَين"، "مدنيَّين"،
# "مواطنَين") is the dual, which writers mark so because its bare spelling is also the
# plural: it is read as the unambiguous nominative dual ("مقاتلان", two;
# ``pipeline.rules.tolls.DUAL_IN_AN``). The plural has a kasra there ("مقاتلِين").
_MARKED_DUAL = re.compile("([\u0621-\u064A]+)\u0651?\u064E\u0651?ين(?![\u0621-\u064A])")
_DUAL_IN_AN = frozenset(normalize(w) for w in tolls.DUAL_IN_AN)


def _marked_dual(match: re.Match[str]) -> str:
    stem = match.group(1)
    bare = stem[2:] if stem.startswith(("ال", "لل")) else stem.lstrip("وفبل")
    return f"{stem}ان" if normalize(bare) in _DUAL_IN_AN else match.group(0)


def _unbracketed(match: re.Match[str]) -> str:
    return f" {match.group(1)} " if people_noun(normalize(match.group(2))) else match.group(0)


def _written_counts(text: str) -> str:
    if "\u064E" in text:
        text = _MARKED_DUAL.sub(_marked_dual, text)
    if "(" in text:
        text = _BARE_BRACKETED.sub(_unbracketed, text)
    if _FIGURE.search(text) is None:
        return text  # every match of the three below holds a figure (``\d``): none to change
    text = _BRACKETED.sub(" ", _DECIMAL.sub(" ", text))
    return _RANGE.sub(lambda m: m.group(1) or m.group(2), text)

# No single report of the Syrian war counts more dead than this; a larger "toll" is a misread
# number (a phone number, a sum of money, a typo), not deaths.
MAX_TOLL = 100_000

# English reports (agency copy, translated bulletins): "two civilians were killed",
# "killing 15 people", "3 dead". Words up to ninety-nine ("twenty-three") cover what tolls
# spell out.
_EN_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen")
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_EN_NUMBERS = {w: n for n, w in enumerate(_EN_UNITS)} | _EN_TENS | {
    f"{t}{sep}{u}": v + n for t, v in _EN_TENS.items() for n, u in enumerate(_EN_UNITS)
    if 0 < n < 10 for sep in ("-", " ")}
_EN_COUNT = r"(\d+|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + r")"
_EN_BEFORE = sieved(_EN_COUNT + r"\s+(?:[a-z\-]+\s+){0,5}?"
                        r"(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+|are\s+)?"
                        r"(?:killed|dead|died)\b")
_EN_AFTER = sieved(r"\b(?:killing|kills|killed|kill)\s+(?:at\s+least\s+)?"
                       + _EN_COUNT + r"\b")
# One person: "a doctor was killed", "a man was shot dead" (the verb in the passive, so "an
# air strike killed ..." is no toll of one).
_EN_ONE = sieved(r"\b(?:a|an)\s+(?:[a-z\-]+\s+){1,3}?was\s+(?:killed|shot\s+dead)\b")
# Deaths without a number: "killing dozens", "dozens of people were killed".
_EN_VAGUE = sieved(r"\b(?:(?:killing|killed|kills)\s+(?:dozens|scores|hundreds)"
                       r"|(?:dozens|scores|hundreds)\s+(?:of\s+[a-z]+\s+)?(?:were\s+)?"
                       r"(?:killed|dead))\b")
# The other side's dead joined to a toll: "22 troops were killed, along with 14 fighters".
_EN_ALONG = sieved(r"\b(?:along\s+with|as\s+well\s+as|in\s+addition\s+to)\s+"
                       r"(?:at\s+least\s+)?" + _EN_COUNT + r"\s+[a-z]")
# Another side's dead told in a second clause of the same report: "said 30 militants were
# killed, and that four of its fighters died" (the two add up, like "along with").
_EN_AND_THAT = sieved(r"\b(?:and\s+that|while)\s+(?:at\s+least\s+)?" + _EN_COUNT
                          + r"\s+(?:[a-z\-]+\s+){0,5}?(?:were\s+|have\s+been\s+|had\s+been\s+"
                          r"|was\s+)?(?:killed|dead|died)\b")
# Two groups counted before one verb: "14 policemen and 9 gunmen were killed" (31).
_EN_PAIR = sieved(_EN_COUNT + r"\s+(?:[a-z\-]+\s+){1,3}?and\s+(?:at\s+least\s+)?"
                      + _EN_COUNT + r"\s+(?:[a-z\-]+\s+){1,3}?"
                      r"(?:(?:were\s+|have\s+been\s+|had\s+been\s+)(?:killed|dead)|died)\b")
# A person and his kin killed with him: "a woman and her two children were killed" (3).
_EN_ONE_AND_KIN = sieved(r"\b(?:a|an)\s+[a-z\-]+\s+and\s+(?:his|her|their)\s+"
                             + _EN_COUNT + r"\s+[a-z\-]+\s+(?:were\s+)?(?:killed|died)\b")
# The dead counted by their bodies, or by what they included: "the bodies of 6 men were
# found", "the dead included 9 civilians and 4 fighters" (13).
_EN_BODIES = sieved(r"\bbodies\s+of\s+(?:at\s+least\s+)?" + _EN_COUNT + r"\b")
_EN_INCLUDED = sieved(r"\b(?:dead|killed|victims)\s+included\s+" + _EN_COUNT
                          + r"\s+[a-z\-]+\s+and\s+" + _EN_COUNT + r"\s+[a-z]")
# A count whose breakdown stands between it and its verb: "18 people, including two medics
# and a child, were killed" (the breakdown is no count of its own).
_EN_INCLUDING = sieved(r",\s+(?:including|among\s+them|most\s+of\s+them)\b[^,.]{0,80},")
# One person named as the object of an active verb, and his companions with him: "the raid
# killed a militia leader and three of his bodyguards" (4). Not "killed a number of".
_EN_ONE_AND = sieved(r"\b(?:killing|killed|kills)\s+(?:a|an)\s+(?!number|total|few|"
                         r"dozen|handful|further|estimated|reported)(?:[a-z'\-]+\s+){1,6}?"
                         r"and\s+" + _EN_COUNT + r"\s+(?:of\s+)?(?:his|her|their)\s+[a-z]")
# A toll named as such: "raising the toll to seven", "the death toll rose to 14" (a later
# count, it stands for the sentence's), "state media put the toll at 9" (a rival figure,
# the lowest stands); an earlier or initial one is superseded and counts nothing.
# (Headlines put the rise in the present, "toll climbs to 6"; a long relative clause may
# stand between the toll and its verb, "the toll from Sunday's shelling of a bakery on the
# main road ... has risen to 14".)
_EN_TOLL_RISEN = sieved(r"\btoll\b[^.;]{0,200}?\b(?:rose|risen|rising|rises|climbed|"
                            r"climbs|increased|increases|reached|reaches|jumped|jumps)\s+to\s+"
                            r"(?:at\s+least\s+)?" + _EN_COUNT + r"\b"
                            r"|\b(?:raising|bringing|pushing|taking|revised|raised)\s+the\s+"
                            r"(?:death\s+)?toll\s+to\s+(?:at\s+least\s+)?" + _EN_COUNT + r"\b"
                            r"|\b(?:updated|revised|new|latest)\s+(?:death\s+)?toll\s+(?:of|at|to)\s+"
                            r"(?:at\s+least\s+)?" + _EN_COUNT + r"\b")
_EN_TOLL_AT = sieved(r"\btoll\s+(?:at|of)\s+(?:at\s+least\s+)?" + _EN_COUNT + r"\b")
_EN_EARLIER = sieved(r"\b(?:earlier|initial|previous|preliminary)\b")
_LATIN = re.compile(r"[A-Za-z]{3}")
_SLOGAN = re.compile(r"((?<!\S)(?:" + "|".join(map(re.escape, tolls.SLOGAN_BEFORE))
                     + r")\S*\s*:?\s*)(«[^»\n]{1,120}»)")
_EN_UNQUOTED = str.maketrans("", "", tolls.EN_QUOTES)
# A day of the month: "aug 19", "august 19,", "19 august" (lower case; rules.tolls.EN_MONTHS).
_EN_MONTH = "|".join(sorted(tolls.EN_MONTHS, key=len, reverse=True))
_EN_DATE = re.compile(rf"\b(?:(?:{_EN_MONTH})\.?\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+(?:{_EN_MONTH})\b)")


def _english_toll(sentence: str) -> tuple[int, bool]:
    """(killed counted, a death count was given but is no plausible toll)."""
    text = _EN_DATE.sub(" ", sentence.lower().translate(_EN_UNQUOTED))
    if re.search(r"\b(?:no|not|none|without)\b[^.]{0,30}\b(?:killed|dead|casualt)", text):
        return 0, False
    text = _EN_INCLUDING.sub(" ", text)
    joined = [v for m in _EN_AND_THAT.finditer(text) if (v := _en_value(m.group(1))) <= MAX_TOLL]
    text = _EN_AND_THAT.sub(" ", text)
    pairs = [a + b for m in _EN_PAIR.finditer(text)
             if max(a := _en_value(m.group(1)), b := _en_value(m.group(2))) <= MAX_TOLL
             and not _en_year(m.group(1))]
    pairs += [1 + v for m in _EN_ONE_AND.finditer(text) if (v := _en_value(m.group(1))) <= MAX_TOLL]
    pairs += [1 + v for m in _EN_ONE_AND_KIN.finditer(text)
              if (v := _en_value(m.group(1))) <= MAX_TOLL]
    pairs += [v for m in _EN_BODIES.finditer(text) if (v := _en_value(m.group(1))) <= MAX_TOLL]
    pairs += [a + b for m in _EN_INCLUDED.finditer(text)
              if max(a := _en_value(m.group(1)), b := _en_value(m.group(2))) <= MAX_TOLL]
    counts = [m.group(1) for m in _EN_BEFORE.finditer(text)]
    counts += [m.group(1) for m in _EN_AFTER.finditer(text)]
    values = [_en_value(c) for c in counts if not _en_year(c)]
    values += [1] * len(_EN_ONE.findall(text))
    plausible = [v for v in values if v <= MAX_TOLL] + pairs
    # A vague toll counts as a number given but no plausible one (None unless a number is).
    vague = not plausible and _EN_VAGUE.search(text) is not None
    along = sum(v for m in _EN_ALONG.finditer(text) if (v := _en_value(m.group(1))) <= MAX_TOLL)
    along += sum(joined)
    found = (max(plausible) + along if plausible else sum(joined))
    absurd = len(plausible) < len(values) + len(pairs) or vague
    if not _EN_EARLIER.search(text):
        risen = [v for m in _EN_TOLL_RISEN.finditer(text)
                 if (v := _en_value(m.group(1) or m.group(2) or m.group(3))) <= MAX_TOLL]
        if risen:
            return max(risen), absurd
        rival = [v for m in _EN_TOLL_AT.finditer(text) if (v := _en_value(m.group(1))) <= MAX_TOLL]
        if rival:
            return min([found, *rival]) if found else min(rival), absurd
    return found, absurd


def _en_value(count: str) -> int:
    # Length first: int() of a 5000-digit run raises ValueError (Python's digit limit).
    return int(count) if count.isdigit() and len(count) <= 6 \
        else _EN_NUMBERS.get(count, MAX_TOLL + 1)


def _en_year(count: str) -> bool:
    """"in 2015 ... were killed": a year, no count."""
    return count.isdigit() and len(count) == 4 and 1900 <= int(count) <= 2100


@lru_cache(maxsize=8192)  # the stages of one article ask again about the same sentences
def fatalities(text: str) -> int | None:
    """People reported killed in ``text``; 0 when no death is mentioned, None when deaths
    are mentioned without a number ("عشرات القتلى", "إيقاع قتلى")."""
    best, vague = 0, False
    if "«" in text:  # "تحت شعار «روسيا تقتل أطفالنا»": the crowd's words, no dead
        text = _SLOGAN.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    for sentence in _SENTENCE.split(_written_counts(text)):
        toll, unknown = sentence_toll(tokens(sentence, split_digits=True))
        if toll > MAX_TOLL:  # deaths are reported, but the number is no toll
            toll, unknown = 0, True
        if _LATIN.search(sentence):
            english, absurd = _english_toll(sentence)
            toll, unknown = max(toll, english), unknown or absurd
        best = max(best, toll)
        vague = vague or unknown
    if best == 0 and vague:
        return None
    return best


def toll_rises(sentence: str) -> bool:
    """Whether ``sentence`` updates a toll upwards ("ارتفع عدد القتلى إلى 11"): its figure
    is a later count than the others an article gives (``pipeline.rules.tolls.RISING``)."""
    return rising(tokens(sentence)) or (_LATIN.search(sentence) is not None
                                        and _EN_TOLL_RISEN.search(sentence.lower()) is not None)


def risen_toll(sentence: str) -> int | None:
    """The new figure of a toll that rises in ``sentence`` ("وارتفعت الحصيلة إلى ستة"), None
    when it tells none or totals several days ("ليرتفع إلى 96 ... منذ فجر الثلاثاء")."""
    risen = toll_update(tokens(_written_counts(sentence), split_digits=True))
    if risen is None and _LATIN.search(sentence) and _EN_TOLL_RISEN.search(sentence.lower()):
        risen = _english_toll(sentence)[0] or None  # "raising the toll to seven"
    return risen


def risen_victims(sentence: str) -> int | None:
    """The new figure of a toll of victims that rises in ``sentence`` ("ارتفع عدد الضحايا
    إلى 9"): the death toll only after a sentence that told the incident's dead (the
    caller's to know; "ضحايا" alone count the wounded too)."""
    return victims_update(tokens(_written_counts(sentence), split_digits=True))


_WOUNDED_GROUP = frozenset(normalize(w) for w in tolls.WOUNDED_GROUP)


def wounded_died(sentence: str) -> int:
    """The wounded a sentence says died since ("وفي المساء توفي أحد الجرحى" 1), 0 when it
    tells none, or gives a new toll ("ليرتفع العدد إلى 4": the toll already counts them)."""
    if toll_rises(sentence):
        return 0
    words = tokens(sentence, split_digits=True)
    if any(w.endswith(("حصيله", "اوليه")) for w in words):
        return 0  # "كانت الحصيلة الأولية أربعة قبل أن يتوفى اثنان من الجرحى": told
    died = 0
    for k, w in enumerate(words):
        if w not in _WOUNDED_GROUP or k == 0:
            continue
        if words[k - 1] in ("احد", "احدي"):
            died = max(died, 1)  # "توفي أحد الجرحى"
        elif words[k - 1] == "من" and k >= 2:
            # "اثنان من المصابين" (not "عدد من الجرحى": no number)
            count = next((found[0] for j in range(max(0, k - 4), k - 1)
                          if (found := number_at(words, j)) is not None and found[1] == k - 1),
                         None)
            died = max(died, count or 0)
    # the sentence must tell them dead, and no more than it counts
    return died if died and (fatalities(sentence) or 0) == died else 0


@lru_cache(maxsize=8192)
def rival_reconciled(text: str) -> bool:
    """Whether a sentence of ``text`` gives the lower of two sources' figures ("قتل 17 ...
    فيما وثق المرصد مقتل 14"): its toll competes with a higher one told elsewhere."""
    return any(lowered_by_rival(tokens(s, split_digits=True))
               for s in _SENTENCE.split(_written_counts(text)))


def tells_wounded(sentence: str) -> bool:
    """Whether ``sentence`` tells of wounded people ("ولا يزال أربعة مصابين في المشفى")."""
    return wounded_told(tokens(sentence))


@lru_cache(maxsize=8192)  # asked of every sentence about an event, for each toll worked out
def attackers_killed(text: str) -> int:
    """The attackers ``text`` says were killed ("قتلت القوات المهاجم"): ACLED counts them
    among the event's dead (``pipeline.rules.tolls.ATTACKERS``)."""
    return sum(attacker_deaths(tokens(s)) for s in _SENTENCE.split(text))


@lru_cache(maxsize=8192)
def bombers_dead(text: str) -> int:
    """The suicide bombers ``text`` says blew themselves up ("فجّر الانتحاري نفسه" 1,
    "فجرا نفسيهما" 2): ``pipeline.rules.tolls.SELF_DETONATED``."""
    if "نفس" not in text:
        return 0
    return max((self_detonated(tokens(s)) for s in _SENTENCE.split(text)), default=0)


@lru_cache(maxsize=8192)
def counts_persons(text: str) -> bool:
    """Whether ``text`` counts dead as persons of any side ("25 قتيلاً"), who may include
    the attacker (``pipeline.rules.tolls.PERSONS_DEAD``)."""
    return any(persons_dead(tokens(s)) for s in _SENTENCE.split(text))
