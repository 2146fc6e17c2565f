"""Background: which sentences of an article recall earlier events rather than report its
incident.

A news article tells its incident in the headline and lead, dated by "اليوم" or "أمس", then
recalls what came before: "وكانت قوات النظام قد ...", "يُذكر أن ...", "في وقت سابق",
"الشهر الماضي", "منذ سنوات", or an explicit date weeks back. What such a sentence names (a
place, a toll, a date, a truce's start) belongs to the earlier event: the incident's place,
toll and date come from the other sentences, and a recalled event is no new event.

The cue words are data in ``pipeline.rules.background``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from language.calendar import EVENT_MONTHS
from language.normalize import normalize
from language.sieve import sieved
from pipeline.events.dates import resolve_event_date, without_agreement_dates
from pipeline.rules import background as rules

__all__ = ["background_sentences", "is_background", "names_an_earlier_month", "recalls_earlier"]

# An explicit date this long before publication dates a recalled event.
_RECALLED_AFTER = timedelta(days=7)
# Only a sentence with a figure can carry an explicit date weeks back ("3 شباط 2016"), or
# one that names a month with its day in words ("في السابع والثامن من آذار").
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
# "وكانت ... قد": the two words at most this far apart.
_PLUPERFECT_GAP = 8


# Letters written in several ways: a cue matches however the outlet spelled them.
_VARIANTS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ة": "[ةه]", "ه": "[ةه]",
             "ى": "[ىي]", "ي": "[ىي]"}
# Short vowels and the tatweel, dropped before matching.
_MARKS = re.compile("[\u064b-\u0652\u0640]")


_Tree = dict[str, "_Tree"]  # matching step -> the steps after it ("" where a phrase ends)


def _alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one pattern, shaped as a tree of their shared beginnings
    ("(?:ف(?:ي\\s+وقت\\s+سابق|...)|...)"): at each character the matcher follows the one
    branch that can go on, instead of trying every phrase in turn. Where several phrases
    match at one place, the longest is taken, as a list sorted by length would."""
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[""] = {}  # a phrase ends here
    return _branches(tree)


def _units(phrase: str) -> list[str]:
    """A phrase as matching steps: one letter (with the letters written for it) or a space."""
    out: list[str] = []
    for k, word in enumerate(phrase.split()):
        out += [r"\s+"] if k else []
        out += [_VARIANTS.get(c, re.escape(c)) for c in word]
    return out


def _branches(node: _Tree) -> str:
    ways = [unit + _branches(child) for unit, child in node.items() if unit]
    if not ways:
        return ""
    ends = "" in node  # optional, tried after the longer ways (greedy)
    body = ways[0] if len(ways) == 1 and not ends else "(?:" + "|".join(ways) + ")"
    return body + ("?" if ends else "")


# One compiled pattern a kind (matched on the sentence as written, in C): a sentence is
# read once, not tokenised again.
_OPENING = re.compile(rf"^[\W\d_]*(?:{_alternation(rules.OPENINGS)})(?!\w)")
_PHRASE = re.compile(rf"(?<!\w)(?:[وفبل]|ال)?(?:{_alternation(rules.PHRASES)})", re.IGNORECASE)
# "الأعنف ... منذ أسابيع": a comparison with the past (pipeline.rules.background.COMPARED).
_COMPARED = re.compile(rf"(?<!\w)(?:[وفبل]|ال)?(?:{_alternation(rules.COMPARED)})(?!\w)")


# "المحتجزين منذ أشهر": how long a state has lasted (pipeline.rules.background.LASTING).
_LASTING = re.compile(rf"(?<!\w)(?:[وفبل])?(?:{_alternation(rules.LASTING)})(?!\w)")


def _recalling_phrase(text: str) -> bool:
    """A phrase of the past (PHRASES) that is not the far end of a comparison, nor how long
    a state has lasted."""
    return any(not _COMPARED.search(text, max(0, m.start() - rules.COMPARED_REACH), m.start())
               and not _LASTING.search(text, max(0, m.start() - rules.LASTING_REACH),
                                       m.start())
               for m in _PHRASE.finditer(text))
_ATTRIBUTION = sieved(rf"(?<!\w)(?:{_alternation(rules.ATTRIBUTIONS)})(?!\w)")
_TODAY = re.compile(rf"(?<!\w)(?:[وفبل]|ال)?(?:{_alternation(rules.TODAY)})(?!\w)"
                    rf"(?!\s+(?:{_alternation(rules.NOT_TODAY_AFTER)})(?!\w))",
                    re.IGNORECASE)
_MEANWHILE = re.compile(rf"^[\W\d_]*(?:{_alternation(rules.MEANWHILE)})(?!\w)", re.IGNORECASE)
_PLUPERFECT = sieved(
    rf"(?<!\w)(?:{_alternation(rules.PLUPERFECT[0])})(?!\w)(?:\s+\S+){{0,{_PLUPERFECT_GAP - 1}}}?"
    rf"\s+(?:{_alternation(rules.PLUPERFECT[1])})(?!\w)"
)


# "في العام 2017": a year named alone (in the matching form of ``normalize``).
_YEAR = sieved(rf"(?<!\w)(?:{'|'.join(map(re.escape, map(normalize, rules.YEAR_OPENERS)))})"
                   r"\s+(?:ال)?(?:عام|سنه)\s+((?:19|20)\d\d)(?!\d)")


_MONTHS = "|".join(sorted(map(re.escape, EVENT_MONTHS), key=len, reverse=True))
# A month's name as outlets write it (``EVENT_MONTHS`` is in the matching form).
_MONTH_NAME = re.compile(rf"(?<![^\W\d_])(?:[بل])?(?:{_alternation(tuple(EVENT_MONTHS))})(?!\w)")
# "في آب الماضي" (in the matching form of ``normalize``).
_PAST_MONTH = sieved(rf"(?<!\w)(?:ب|ل)?(?:{_MONTHS})\s+"
                     rf"(?:{'|'.join(map(re.escape, map(normalize, rules.PAST_MONTH)))})(?!\w)")


# "منذ" (rules.SINCE) at most a word before a month: the month a period runs from.
_SINCE = re.compile(rf"(?<!\w)(?:[وف])?(?:{'|'.join(map(normalize, rules.SINCE))})"
                    r"(?:\s+\S+)?\s+$")
_SINCE_REACH = 30


# A relative pronoun this many words before the month: "الهجمات التي استهدفت عناصر الأمن
# في آذار الماضي" dates the attacks named, not the sentence's own act (the arrests).
_RELATIVE = re.compile(r"(?<!\w)(?:ال|وال)?(?:تي|ذي|ذين|لذين|لتين)(?:\s+\S+){0,6}\s*$")


def _past_month(text: str) -> bool:
    """A month gone by dates the sentence's act ("كما قتل في أيلول الماضي سائق"); not one
    a period or a truce runs from ("انتهاكاً للهدنة المعلنة منذ نهاية آب الماضي")."""
    text = normalize(text)
    return any(not _RELATIVE.search(text, 0, m.start())
               and not _SINCE.search(text, max(0, m.start() - _SINCE_REACH), m.start())
               for m in _PAST_MONTH.finditer(text))


# Where a clause starts: punctuation, or "أن" opening what is said or known.
_CLAUSE_START = re.compile(r"[،,;؛:.!?؟«\"()\-–—]|(?<!\w)(?:أن|ان|بأن|بان|إن|لأن|لان)(?!\w)")


def _backstory(text: str, start: int) -> bool:
    """Whether the pluperfect at ``start`` tells the past of someone its clause has named:
    "قتل عنصر سابق في فصائل المعارضة كان قد التحق بصفوف المخابرات" (no "و" on "كان", and
    at least ``rules.BACKSTORY_WORDS`` words of the clause before it)."""
    if text.startswith("و", start):
        return False
    clause = text[:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(clause)), default=0)
    return len(clause[cut:].split()) >= rules.BACKSTORY_WORDS


def is_background(sentence: str, published: datetime | None = None) -> bool:
    """Whether one sentence recalls an earlier event (see the module's doc)."""
    text = _MARKS.sub("", sentence)
    if _TODAY.search(text):
        return False  # dated to the news of the day, whatever else it recalls
    if any(not _backstory(text, m.start()) for m in _PLUPERFECT.finditer(text)):
        return True
    if _MEANWHILE.search(text):
        return False  # what happened meanwhile, whatever recurring state it tells
    if _OPENING.search(text) or _recalling_phrase(text) or _past_month(text):
        return True
    if published is not None and any(int(m.group(1)) < published.year
                                     for m in _YEAR.finditer(normalize(text))):
        return True  # "في العام 2017" in a report of 2020
    if published is not None and names_an_earlier_month(text, published):
        return True  # "شهدت في شباط 1982 حملة عسكرية قتل فيها ..."
    if published is not None and (_DIGIT.search(text) or _MONTH_NAME.search(text)):
        # resolve_event_date gives the publication day when nothing earlier dates it.
        return resolve_event_date("", published) - resolve_event_date(sentence, published) \
            > _RECALLED_AFTER
    return False


_STARTED = re.compile(rf"(?<!\w)(?:[وف])?(?:{_alternation(rules.CAMPAIGN_START)})(?!\w)")


def recalls_earlier(sentence: str) -> bool:
    """Whether a sentence already dated before the incident recalls rather than reports:
    a recall cue, even beside "أمس" ("وفي وقت سابق أمس، انفجرت ..."), or the start of the
    campaign the incident belongs to ("وبدأت القوات، أول أمس، شن هجمات على المدينة")."""
    text = _MARKS.sub("", sentence)
    told = _ATTRIBUTION.search(text)
    return bool(_OPENING.search(text) or _recalling_phrase(text) or _past_month(text)
                or _PLUPERFECT.search(text, 0, told.start() if told else len(text))
                or _STARTED.search(text))


# "في أبريل/نيسان 2018", "خلال آذار 2013": a month of a given year, no day.
_MONTH_YEAR = sieved(rf"(?<!\d\s)(?<!\w)(?:ب|ل)?({_MONTHS})(?:\s*[/(-]?\s*(?:{_MONTHS})\)?)?"
                         rf"\s+(?:عام\s+|سنه\s+)?((?:19|20)\d\d)(?!\d)")


def names_an_earlier_month(sentence: str, published: datetime) -> bool:
    """Whether a sentence dates what it tells to a month that was over before the week of
    publication ("استخدمت في قصف دوما في أبريل/نيسان 2018" in a report of March 2019), and
    nothing to the day's news: the sentence tells history."""
    text = _MARKS.sub("", sentence)
    if _TODAY.search(text):
        return False
    # (not the month a truce was signed in: "يخرق اتفاق ... الموقع في آذار 2020"; nor one
    # a period runs from, "منذ أحداث آذار 2025 لم تعرف المنطقة استقراراً": up to now)
    text = without_agreement_dates(normalize(text))
    for m in _MONTH_YEAR.finditer(text):
        if _SINCE.search(text, max(0, m.start() - _SINCE_REACH), m.start()):
            continue
        month, year = EVENT_MONTHS[m.group(1)], int(m.group(2))
        after = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=published.tzinfo)
        if published - after > _RECALLED_AFTER:
            return True
    return False


def background_sentences(sentences: list[str], published: datetime | None = None
                         ) -> frozenset[int]:
    """Indices of the body sentences that recall earlier events (the headline, index 0,
    and the lead, index 1, tell the incident)."""
    return frozenset(i for i, s in enumerate(sentences)
                     if i > 1 and is_background(s, published))
