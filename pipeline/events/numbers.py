"""Numbers and death tolls in Arabic news text.

``parse_number`` reads digits (Western or Eastern) and number words, compound ones too
("ثلاثة وعشرون", "خمسة عشر", "مئتين"), and dual nouns ("شخصين" = 2, "قتيلا" = 1).
``fatalities`` totals the people reported killed (not wounded) in a span: counts joined in
one sentence add up ("مقتل 15 ... وقتل 9"), while sentences repeating a toll do not (the
largest sentence total wins, which also takes the latest figure of a rising toll).
"""

from __future__ import annotations

import re

from language.normalize import normal_forms
from language.numbers import HUNDREDS, TENS, THOUSANDS, UNITS, number_at
from language.tokens import Proclitics, tokens
from pipeline.rules import tolls

__all__ = ["fatalities", "parse_number"]

# The lists of pipeline.rules.tolls in their matching form; duals and singulars derived.
_PERSONS = normal_forms(tolls.PERSONS)
_DUALS = {f"{stem[:-1]}ت{end}" if stem.endswith("ه") else f"{stem}{end}": stem
          for stem in _PERSONS for end in ("ان", "ين")}
_DUALS.update({f"{stem}ان": stem for stem in normal_forms(tolls.DUAL_IN_AN)})
_KIN = frozenset(f"{k}{p}" for k in normal_forms(tolls.KIN) for p in tolls.KIN_PRONOUNS)
_SINGULARS = _PERSONS | {f"{p}ا" for p in _PERSONS} | normal_forms(tolls.NISBA) | _KIN
_PLURAL_PERSONS = normal_forms(tolls.PLURAL_PERSONS)
_VAGUE = normal_forms(tolls.VAGUE)
_HEDGES = normal_forms(tolls.HEDGES)
_FORWARD = normal_forms(tolls.FORWARD)
_MARTYRED = normal_forms(tolls.MARTYRED)
_VERB_AFTER = normal_forms(tolls.VERB_AFTER)
_FILLERS = normal_forms(tolls.FILLERS)
_BACKWARD = normal_forms(tolls.BACKWARD)
_DEAD_TWO = normal_forms(tolls.DEAD_TWO)
_DEAD_ONE = normal_forms(tolls.DEAD_ONE)
_RISING = tuple(normal_forms(tolls.RISING))
_RISES_TO = normal_forms(tolls.RISES_TO)
_IN_ADDITION = normal_forms(tolls.IN_ADDITION)
_IN_ADDITION_TO = normal_forms(tolls.IN_ADDITION_TO)
_NEGATIONS = normal_forms(tolls.NEGATIONS)
_GENERIC = normal_forms(tolls.GENERIC)
_INJURY = normal_forms(tolls.INJURY)
_LIST_STOP = normal_forms(tolls.LIST_STOP)
_CLAUSE_STOP = normal_forms(tolls.CLAUSE_STOP)
_PLURAL_END = ("ين", "ون", "ات")

# Words the toll reader knows, which keep their clitics apart: "والعشرين"، "بشخصين".
_KNOWN = (frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(THOUSANDS)
          | frozenset(_DUALS) | _SINGULARS)
_CLITICS = Proclitics(("وال", "بال", "لل", "ال", "و", "ب"))


def _strip(token: str) -> str:
    """Drop a conjunction/preposition and the article: "والعشرين" -> "عشرين"."""
    return _CLITICS.strip(token, _KNOWN)


def parse_number(text: str) -> int | None:
    """The first number the text expresses: "15", "١٥", "خمسة عشر", "شخصين" (2), "قتيلا" (1)."""
    words = tokens(text, split_digits=True)
    for i, raw in enumerate(words):
        found = number_at(words, i)
        if found is not None:
            return found[0]
        word = _strip(raw)
        if word in _DUALS:
            return 2
        if word in _SINGULARS:
            return 1
    return None


# -- death tolls ---------------------------------------------------------------------------
_TRIGGERS = _FORWARD | _BACKWARD
_TRIGGER_CLITICS = Proclitics(("و", "ف", "ب", "ل", "وال", "بال", "ال"))


def _trigger(word: str) -> str:
    return _TRIGGER_CLITICS.strip(word, _TRIGGERS)


def _negated(words: list[str], i: int) -> bool:
    """Negated ("لم يسجل وقوع قتلى") or generic ("عمليات اغتيال") mentions count nothing."""
    return (any(w in _NEGATIONS for w in words[max(0, i - 4):i])
            or (i > 0 and _strip(words[i - 1]) in _GENERIC))


def _toll_update(words: list[str], i: int) -> int | None:
    """"ارتفع عدد القتلى إلى 11": the number after الى following a definite death noun.

    A sentence that opens with "ارتفع" may put the whole story of the incident between the
    noun and its new figure ("ارتفع عدد الشهداء جراء التفجير ... مساء الخميس إلى ثلاثة").
    """
    reach = 40 if words[:1] and _rising(words[:1]) else 6
    for j in range(i + 1, min(len(words), i + reach)):
        if words[j] in _RISES_TO:
            found = number_at(words, j + 1)
            if found is not None or reach == 6:
                return found[0] if found else None
    return None


def _count_after(words: list[str], i: int) -> tuple[int | None, int] | None:
    """Who was killed after a forward trigger: a number, a dual, a list of persons."""
    j = i + 1
    while j < len(words) and (words[j] in _HEDGES or words[j] in _FILLERS):
        j += 1
    if j >= len(words) or words[j] in _CLAUSE_STOP:
        return None
    if _strip(words[j]) in _VAGUE:
        return (None, j + 1)
    found = number_at(words, j)
    if found is not None:
        return found[0], found[1]
    word = _strip(words[j])
    apposed = number_at(words, j + 1) if j + 1 < len(words) else None
    if apposed is not None and apposed[0] < 20:
        return apposed  # the number follows its noun: "مدنيان اثنان", "عناصر ثلاثه"
    if word in _DUALS:
        return 2, j + 1
    if word.endswith(_PLURAL_END) or word in _PLURAL_PERSONS:
        return (None, j + 1)
    return 1, j + 1


def _count_before(words: list[str], i: int) -> int | None:
    for j in range(i - 1, max(-1, i - 4), -1):
        found = number_at(words, j)
        if found is not None and found[1] > j:
            return found[0]
        if _strip(words[j]) in _DUALS:
            return 2
    word = _trigger(words[i])
    if word in _DEAD_TWO:
        return 2
    if word in _DEAD_ONE:
        return 1  # "عثر على جثة شاب": one body
    return None


def _listed_more(words: list[str], j: int, base: int = 1) -> tuple[int, int]:
    """Persons joined by و after a count: "ثلاثه مقاتلين ... واثنين من"، "طفل وامراه",
    "عنصران من قوات النظام ومقاتل", "... إضافة إلى أربعة من"."""
    extra, subset = 0, False
    for k in range(j, min(len(words), j + 12)):
        raw = words[k]
        if raw in _CLAUSE_STOP or _strip(raw) in _INJURY:
            break
        if raw in _LIST_STOP:
            # "ستة عناصر بينهم ضابط، و4 من مقاتلي ...": after the subset named with بينهم,
            # only a count "of" another group ("و4 من") adds to the toll.
            subset = True
            continue
        if raw == "و" and k + 1 < len(words):  # "و٤ من": digits are a word of their own
            found = number_at(words, k + 1)
            after = _strip(words[found[1]]) if found is not None and found[1] < len(words) else ""
            people = after == "من" or (not subset and (after in _SINGULARS or after in _DUALS
                                                      or after.endswith(_PLURAL_END)))
            if found is not None and people:  # "و100001 دولار" is money, not people
                extra += found[0]
            continue
        if subset:
            rest = raw[1:] if raw.startswith("و") else ""
            found = number_at([rest, *words[k + 1:k + 3]], 0) if rest else None
            if found is not None and words[k + 1:k + 2] == ["من"]:
                extra += found[0]
            continue
        if raw in _IN_ADDITION and k + 2 < len(words) and words[k + 1] in _IN_ADDITION_TO:
            found = number_at(words, k + 2)
            if found is not None:
                extra += found[0]
            break
        if raw.startswith("و") and len(raw) > 2:
            rest = raw[1:]
            found = number_at([rest, *words[k + 1:k + 3]], 0)
            if found is not None:
                extra += found[0]
            elif _strip(rest) in _DUALS:
                extra += 2
            elif _strip(rest) in _KIN and base >= 2:
                pass  # "قتل مدنيان، رجل وزوجته": the two, named
            elif _strip(rest) in _SINGULARS:
                extra += 1
    return extra, j


def _sentence_toll(words: list[str]) -> tuple[int, bool]:
    """(killed counted, deaths mentioned without a number) in one sentence."""
    total, vague, i, update_toll = 0, False, 0, 0
    parts: list[int] = []  # each count on its own, for a rising toll
    while i < len(words):
        word = _trigger(words[i])
        if word in ("فارق", "ففارق") and words[i + 1:i + 2] == ["الحياه"]:
            total = max(total, 1)  # "فارق الحياة": the one person the sentence is about
        if word in ("لقي", "لقيت") and any("مصرع" in w or "حتف" in w
                                                  for w in words[i + 1:i + 9]):
            word = "مصرع"
        if word in ("قضاء", "القضاء") and words[i + 1:i + 2] == ["علي"] \
                and not _negated(words, i):
            # "القضاء على 27 إرهابياً": killed, in state media
            eliminated = number_at(words, i + 2)
            if eliminated is not None:
                total += eliminated[0]
                parts.append(eliminated[0])
                i = eliminated[1]
                continue
        if word == "حصيله" and not _negated(words, i):
            update = _toll_update(words, i)
            if update is not None:
                update_toll = max(update_toll, update)
        if word in _FORWARD and not _negated(words, i):
            if word == "بحياه" and not any(w.endswith("اودي") for w in words[max(0, i - 3):i]):
                i += 1
                continue
            if word in _MARTYRED and not any(_trigger(w) in ("شهيدا", "شهداء", "شهيدين")
                                             for w in words[i + 1:i + 8]):
                i += 1
                continue
            found = _count_after(words, i)
            if word in ("اغتال", "اغتالت") and (found is None or found[0] is None):
                found = (1, i + 1)  # "اغتال مسلحون مختار البلدة": one victim, agents follow
            if found is not None:
                value, j = found
                if value is None:
                    vague = True
                else:
                    more, _ = _listed_more(words, j, value)
                    total += value + more
                    parts.append(value + more)
                i = max(i + 1, j)
                continue
        elif word in _VERB_AFTER and not _negated(words, i):
            before = _count_before(words, i) or 0
            total = max(total, before) if total else before
            parts.append(before)
        elif word in _BACKWARD and not _negated(words, i):
            # "الشهداء"/"الجثث": the dead already counted, unless a new toll follows.
            definite = words[i].startswith(("ال", "وال", "بال", "لل"))
            counted = i > 0 and _strip(words[i - 1]) == "عدد"  # "ارتفع عدد قتلى ... إلى 2"
            value = _toll_update(words, i) if definite or counted else _count_before(words, i)
            if definite and value is None:
                vague = vague or any(_strip(w) in _VAGUE for w in words[max(0, i - 2):i])
                i += 1
                continue
            if value is None:
                vague = vague or word in ("قتلي", "شهداء")
            else:
                total = max(total, value) if total else value
                parts.append(value)
        i += 1
    # "ارتفعت حصيلة القتلى إلى 7 بعد وفاة اثنين": a rising toll already counts the rest.
    if update_toll or _rising(words):
        return max([update_toll, *parts]), vague
    return total, vague


def _rising(words: list[str]) -> bool:
    return any(w.startswith(_RISING) for w in words)


_SENTENCE = re.compile(r"[.!?؟\n]+")
# No single report of the Syrian war counts more dead than this; a larger "toll" is a misread
# number (a phone number, a sum of money, a typo), not deaths.
MAX_TOLL = 100_000

# English reports (agency copy, translated bulletins): "two civilians were killed",
# "killing 15 people", "3 dead". Words up to twenty cover what tolls spell out.
_EN_NUMBERS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
_EN_COUNT = r"(\d+|" + "|".join(_EN_NUMBERS) + r")"
_EN_BEFORE = re.compile(_EN_COUNT + r"\s+(?:[a-z\-]+\s+){0,3}?"
                        r"(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+|are\s+)?"
                        r"(?:killed|dead|died)\b")
_EN_AFTER = re.compile(r"\b(?:killing|kills|killed|kill)\s+(?:at\s+least\s+)?"
                       + _EN_COUNT + r"\b")
_LATIN = re.compile(r"[A-Za-z]{3}")


def _english_toll(sentence: str) -> tuple[int, bool]:
    """(killed counted, a death count was given but is no plausible toll)."""
    text = sentence.lower()
    if re.search(r"\b(?:no|not|none|without)\b[^.]{0,30}\b(?:killed|dead|casualt)", text):
        return 0, False
    counts = [m.group(1) for m in _EN_BEFORE.finditer(text)]
    counts += [m.group(1) for m in _EN_AFTER.finditer(text)]
    # Length first: int() of a 5000-digit run raises ValueError (Python's digit limit).
    values = [int(c) if c.isdigit() and len(c) <= 6 else _EN_NUMBERS.get(c, MAX_TOLL + 1)
              for c in counts]
    plausible = [v for v in values if v <= MAX_TOLL]
    return max(plausible, default=0), len(plausible) < len(values)


def fatalities(text: str) -> int | None:
    """People reported killed in ``text``; 0 when no death is mentioned, None when deaths
    are mentioned without a number ("عشرات القتلى", "إيقاع قتلى")."""
    best, vague = 0, False
    for sentence in _SENTENCE.split(text):
        toll, unknown = _sentence_toll(tokens(sentence, split_digits=True))
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
