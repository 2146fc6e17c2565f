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
from functools import lru_cache

from language.calendar import EVENT_MONTHS, WEEKDAYS
from language.normalize import normalize
from language.numbers import number_at
from language.sieve import sieved
from language.tokens import tokens
from pipeline.events.dates import resolve_event_date, without_agreement_dates
from pipeline.gazetteer import Gazetteer
from pipeline.rules import background as rules
from pipeline.rules import places as place_rules
from pipeline.rules.dates import NEXT_DAY_AFTER, NOT_TODAY_AFTER

__all__ = ["background_sentences", "bulletin_item", "is_background", "lead_recalled",
           "names_an_earlier_month", "recalls_earlier"]

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
    return _branches(_tree(phrases))


def _tree(phrases: tuple[str, ...]) -> _Tree:
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[""] = {}  # a phrase ends here
    return tree


# Letters beyond ASCII that re.IGNORECASE matches to an ASCII letter ("İ" to "i"); the
# other letters match only their own two cases (a test reads all of Unicode to keep it so).
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _word_led(prefixes: str, phrases: tuple[str, ...], tail: str = "",
              flags: int = 0) -> re.Pattern[str]:
    """``re.compile(rf"(?<!\\w)(?:{prefixes})?(?:{_alternation(phrases)}){tail}", flags)``
    (``prefixes`` as "و|ف|ب|ل|ال": letters, and the article where it may come first), with
    the same matches, found faster.

    ``re`` tries a pattern that opens with a lookbehind at every position of the text; one
    that opens with one of a few letters it skips through in C to the next of them. This one
    is the alternation, for each letter ``c`` a match can start with, of ``c``, the
    lookbehind asked of the letter before it (``(?<!\\w.)``: what ``(?<!\\w)`` asks before
    ``c``), and every way the original goes on after a first ``c``, in its order: a prefix
    that starts with ``c`` and the phrases after the prefix's rest, then each branch of the
    phrase tree whose first step matches ``c`` (with the flags: "[اأإآ]" matches "أ"), its
    later steps. So a match of the original at ``p`` is one here at ``p`` (its first letter
    is one of the ``c``: under re.IGNORECASE an ASCII letter's cases and ``ASCII_FOLDS``),
    and each match here is one of the original's ways, tried in the same order.
    """
    tree = _tree(phrases)
    options = [p for p in prefixes.split("|") if p]
    phrase_alt = _branches(tree)
    letters: list[str] = [p[0] for p in options]
    for unit in tree:
        # A first step is one letter ("ب", escaped maybe) or a class of letters ("[اأإآ]").
        chars = unit[1:-1] if unit.startswith("[") else unit.lstrip("\\")
        if len(chars) != 1 and not unit.startswith("["):
            raise ValueError(f"a phrase opens with no letter: {unit}")
        for c in chars:
            letters.append(c)
            if flags & re.IGNORECASE and c.isascii() and c.isalpha():
                letters += [c.lower(), c.upper(), *ASCII_FOLDS.get(c.lower(), "")]
    inner = "(?i:" if flags & re.IGNORECASE else "(?:"
    branches: list[str] = []
    for c in dict.fromkeys(letters):
        ways = [re.escape(p[1:]) + f"(?:{phrase_alt})" for p in options if p[0] == c]
        ways += [_branches(child) for unit, child in tree.items()
                 if unit and re.fullmatch(unit, c, flags)]
        branches.append(rf"{re.escape(c)}(?<!\w.){inner}(?:{'|'.join(ways)}){tail})")
    return re.compile("|".join(branches), flags & ~re.IGNORECASE)


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
_OPENING = re.compile(rf"^[\W\d_]*(?:{_alternation(rules.OPENINGS)})(?!\w)"
                      rf"(?!\s+(?:{_alternation(rules.OPENING_HOURS)})(?!\w))")
# (Its first letters are the commonest: the lookbehind first, which fails within a word, is faster.)
_PHRASE = re.compile(rf"(?<!\w)(?:[وفبل]|ال)?(?:{_alternation(rules.PHRASES)})", re.IGNORECASE)
# "الأعنف ... منذ أسابيع": a comparison with the past (pipeline.rules.background.COMPARED).
_COMPARED = _word_led("و|ف|ب|ل|ال", rules.COMPARED, r"(?!\w)")


# "تنديداً بالهجمات المتكررة": what a crowd protests (pipeline.rules.background.GRIEVANCE).
_GRIEVANCE = _word_led("و|ف|ب|ل|ال", rules.GRIEVANCE, r"(?!\w)", re.IGNORECASE)
# "المحتجزين منذ أشهر": how long a state has lasted (pipeline.rules.background.LASTING).
_LASTING = re.compile(rf"(?<!\w)(?:[وفبل])?(?:{_alternation(rules.LASTING)})(?!\w)")
# "الذي يشهد منذ أسابيع": a lasting state of a place (pipeline.rules.background.STATE_RELATIVE).
_STATE_RELATIVE = _word_led("", rules.STATE_RELATIVE, r"(?!\w)")
# "ليرتفع إلى 41 عدد ...": a running total (pipeline.rules.background.RUNNING_TOTAL).
_RUNNING_TOTAL = _word_led("", rules.RUNNING_TOTAL, r"(?!\w)")


# An item opened by its town, and the clause after it that tells another act ("، فيما").
_ITEM_OPENER = re.compile(rf"^[\W\d_]*(?:{_alternation(rules.ITEM_OPENERS)})(?!\w)")
_OTHER_CLAUSE = re.compile(rf"[،,]\s*(?:{_alternation(rules.OTHER_CLAUSE)})(?!\w)")


@lru_cache(maxsize=1024)  # one sentence is asked several times (is_background, recalls_earlier)
def _recalling_phrase(text: str) -> bool:
    """A phrase of the past (PHRASES) that is not the far end of a comparison, nor what a
    crowd protests, nor how long a state has lasted, nor in the later clause of an item
    opened by its town (``rules.ITEM_OPENERS``)."""
    later = _OTHER_CLAUSE.search(text) if _ITEM_OPENER.search(text) else None
    return any((later is None or m.start() < later.start())
               and not _COMPARED.search(text, max(0, m.start() - rules.COMPARED_REACH), m.start())
               and not _GRIEVANCE.search(text, max(0, m.start() - rules.GRIEVANCE_REACH),
                                         m.start())
               and not _LASTING.search(text, max(0, m.start() - rules.LASTING_REACH),
                                       m.start())
               and not _described(text, m.start())
               for m in _PHRASE.finditer(text))


def _described(text: str, start: int) -> bool:
    """Whether the phrase of the past at ``start`` describes a place's lasting state ("الذي
    يشهد منذ أسابيع معارك") or a running total ("ليرتفع إلى 41 عدد ... منذ مطلع العام"),
    not when the sentence's act took place."""
    return bool(_STATE_RELATIVE.search(text, max(0, start - rules.STATE_RELATIVE_REACH), start)
                or _RUNNING_TOTAL.search(text, max(0, start - rules.RUNNING_TOTAL_REACH), start))
_ATTRIBUTION = sieved(rf"(?<!\w)(?:{_alternation(rules.ATTRIBUTIONS)})(?!\w)")
# ("اليوم الأول من الحملة"، "في اليوم التالي": a day of what is told, not the page's.)
_TODAY = _word_led("و|ف|ب|ل|ال", rules.TODAY, r"(?!\w)"
                  rf"(?!\s+(?:{_alternation(NOT_TODAY_AFTER + NEXT_DAY_AFTER)})(?!\w))",
                  re.IGNORECASE)


@lru_cache(maxsize=1024)
def _today(text: str) -> bool:
    """``_TODAY`` found in ``text``: remembered, as several checks of one sentence ask."""
    return _TODAY.search(text) is not None


# "وصباح اليوم الأحد، ..." (pipeline.rules.background.TURN).
_TURN = re.compile(rf"^[\W\d_]*(?:[وف])?(?:في\s+)?(?:{_alternation(rules.TURN)})(?!\w)")
# A year written in figures ("ففي أواخر آب 2023").
# (``(?<!\d)((?:19|20)\d\d)(?!\d)`` with its first figure before the lookbehind, which
# asks of the character before it the same: ``re`` skips ahead to a "1" or "2".)
_YEAR_FIGURES = re.compile(r"((?:1(?<!\d.)9|2(?<!\d.)0)\d\d)(?!\d)")
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
# "في آب الماضي", "في شباط (فبراير) الماضي" (the other calendar's name of the month in
# brackets, as Levantine outlets write it), in the matching form of ``normalize``.
_PAST_MONTH = sieved(rf"(?<!\w)(?:ب|ل)?(?:{_MONTHS})(?:\s*\(\s*(?:{_MONTHS})\s*\))?\s+"
                     rf"(?:{'|'.join(map(re.escape, map(normalize, rules.PAST_MONTH)))})(?!\w)")


# "منذ" (rules.SINCE) at most a word before a month: the month a period runs from.
_SINCE = re.compile(rf"(?<!\w)(?:[وف])?(?:{'|'.join(map(normalize, rules.SINCE))})"
                    r"(?:\s+\S+)?\s+$")
_SINCE_REACH = 30


# A relative pronoun this many words before the month: "الهجمات التي استهدفت عناصر الأمن
# في آذار الماضي" dates the attacks named, not the sentence's own act (the arrests).
_RELATIVE = re.compile(r"(?<!\w)(?:ال|وال)?(?:تي|ذي|ذين|لذين|لتين)(?:\s+\S+){0,6}\s*$")


# A year written in words ("في شباط ألفين واثني عشر"، "منذ مطلع ألفين وثلاثة عشر") begins
# with the thousands; only a sentence with them is read word by word.
_THOUSANDS = re.compile(r"(?<!\w)[وب]?[اأإ]لف(?:ين|ان)?(?!\w)")
_YEAR_WORDS_BEFORE = frozenset({*EVENT_MONTHS, *(normalize(w) for w in rules.YEAR_OPENERS),
                                "عام", "العام", "سنه", "السنه"})


def _written_year_before(text: str, year: int) -> bool:
    """A year before ``year`` written in words after a month or a word of years ("في أيلول
    ألفين وأربعة عشر"، "خلال عام ألفين وثلاثة عشر"): the sentence tells history."""
    if not _THOUSANDS.search(text):
        return False
    words = tokens(text)
    return any(words[i - 1] in _YEAR_WORDS_BEFORE and (n := number_at(words, i)) is not None
               and 1900 < n[0] < year for i in range(1, len(words))
               if _THOUSANDS.fullmatch(words[i]))


def _earlier_year(text: str, year: int) -> bool:
    """A year before ``year`` after a word of years ("في العام 2017"، "خلال عام ألفين وثلاثة
    عشر"), in figures or in words."""
    return any(int(m.group(1)) < year for m in _YEAR.finditer(normalize(text))) \
        or _written_year_before(text, year)


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
        return _named_before(text, start)
    clause = text[:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(clause)), default=0)
    return len(clause[cut:].split()) >= rules.BACKSTORY_WORDS


_COMMA_BEFORE = re.compile(r"[،,]\s*$")


def _named_before(text: str, start: int) -> bool:
    """"، وكان الزعبي قد أجرى تسوية" after a clause that named «أبو محمد الزعبي»: the
    pluperfect at ``start`` (with "و", after a comma) tells the past of someone the
    sentence has named (``rules.BACKSTORY_WORDS``' note)."""
    if not _COMMA_BEFORE.search(text, 0, start):
        return False
    words = text[start:].split()
    if len(words) < 3 or normalize(words[2]) != "قد":
        return False
    subject = normalize(words[1])
    subject = subject[2:] if subject.startswith("ال") and len(subject) > 4 else subject
    return len(subject) > 2 and re.search(rf"(?<!\w)(?:ال)?{re.escape(subject)}(?!\w)",
                                          normalize(text[:start])) is not None


def is_background(sentence: str, published: datetime | None = None) -> bool:
    """Whether one sentence recalls an earlier event (see the module's doc)."""
    text = _MARKS.sub("", sentence)
    if _today(text):
        return False  # dated to the news of the day, whatever else it recalls
    if any(not _backstory(text, m.start()) for m in _PLUPERFECT.finditer(text)):
        return True
    if _MEANWHILE.search(text) or bulletin_item(text):
        return False  # what happened meanwhile, or a bulletin's item of the day
        # (pipeline.rules.background.ITEM_HEADING_AREA), whatever recurring state it tells
    if _OPENING.search(text) or _recalling_phrase(text) or _past_month(text):
        return True
    if published is not None and _earlier_year(text, published.year):
        return True  # "في العام 2017" in a report of 2020
    if published is not None and names_an_earlier_month(text, published):
        return True  # "شهدت في شباط 1982 حملة عسكرية قتل فيها ..."
    if published is not None and (_DIGIT.search(text) or _MONTH_NAME.search(text)):
        # resolve_event_date gives the publication day when nothing earlier dates it.
        return resolve_event_date("", published) - resolve_event_date(sentence, published) \
            > _RECALLED_AFTER
    return False


# A bulletin item's heading: a name of up to three words, then a colon ("قامشلو: ...").
_HEADING = re.compile(r"^\W*([^\s,.:;؛،]+(?:\s+[^\s,.:;؛،]+){0,2})\s*:")
_AREA_WORDS = frozenset(normalize(w) for w in rules.ITEM_HEADING_AREA)


def bulletin_item(text: str) -> bool:
    """Whether a sentence is a bulletin's item headed by a place and a colon ("ريف الرقة
    الشرقي: ..."، "قامشلو: ..."; the place's name, with the words of its area before it
    and a direction after it; not an everyday word that names some village)."""
    heading = _HEADING.match(text)
    return heading is not None and _names_a_place(normalize(heading.group(1)))


_NOT_NAMES = frozenset(normalize(w) for w in (*place_rules.STOP, *place_rules.ORDINARY))


@lru_cache(maxsize=1024)
def _names_a_place(heading: str) -> bool:
    words = heading.split()
    start = 1 if len(words) > 1 and words[0] in _AREA_WORDS else 0
    resolve = Gazetteer.default().resolve
    names = (" ".join(words[start:end]) for end in range(len(words), start, -1))
    return any(name not in _NOT_NAMES and resolve(name) for name in names)


_STARTED = _word_led("و|ف", rules.CAMPAIGN_START, r"(?!\w)")


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
    if _today(text):
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


# "ويوم الثلاثاء، أقدم ..." (in the matching form of ``normalize``): a weekday dates the
# day's news as "اليوم" and "أمس" do.
_WEEKDAY = re.compile(rf"(?<!\w)(?:[وفبل]|ال)?(?:يوم\s+)?(?:{'|'.join(map(re.escape, WEEKDAYS))})"
                      r"(?!\w)")
# The news a background-first article comes to lies within this many sentences of the lead.
_NEWS_AFTER_RECALL = 4


def _dated_to_the_day(text: str) -> bool:
    """"اليوم"، "أمس" or a weekday: the day's news."""
    return bool(_today(text) or _WEEKDAY.search(normalize(text)))


def _dated_news(sentence: str, published: datetime | None) -> bool:
    """A sentence dated to the day's news ("مساء أمس"، "ويوم الثلاثاء") that recalls nothing."""
    text = _MARKS.sub("", sentence)
    return _dated_to_the_day(text) and not recalls_earlier(sentence) and not (
            published is not None and names_an_earlier_month(sentence, published))


_HISTORY = _word_led("و|ف|ب|ل|ال", rules.LEAD_HISTORY, r"(?!\w)")
_SINCE_BEFORE = re.compile(r"(?:منذ|مُنذ)\s*$")  # "منذ" right before a month


def _history(lead: str, published: datetime | None, year: int | None = None) -> bool:
    """A lead that dates what it tells to the past (``rules.LEAD_HISTORY``, a month gone
    by, an earlier year, "وكانت ... قد", a recalling opening), and nothing to the day (no
    "اليوم"، "أمس" nor weekday: "ليل الاثنين اشتباكات هي الأعنف منذ ... شباط الماضي")."""
    text = _MARKS.sub("", lead)
    if _dated_to_the_day(text):
        return False
    if _OPENING.search(text) or _PLUPERFECT.search(text) or _past_month(text) or any(
            not _SINCE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            for m in _HISTORY.finditer(text)):
        return True
    year = published.year if published is not None else year
    if year is not None and _earlier_year(text, year):
        return True  # "في العام 2017" in a report of 2020
    return published is not None and names_an_earlier_month(text, published)


def background_sentences(sentences: list[str], published: datetime | None = None
                         ) -> frozenset[int]:
    """Indices of the body sentences that recall earlier events (the headline, index 0,
    and the lead, index 1, tell the incident, unless the article opens on its background:
    ``lead_recalled``)."""
    return frozenset(i for i, s in enumerate(sentences)
                     if i > 1 and is_background(s, published)) \
        | lead_recalled(sentences, published.year if published else None, published)


def lead_recalled(sentences: list[str], year: int | None,
                  published: datetime | None = None) -> frozenset[int]:
    """The lead sentences of an article that opens on its background; empty for an article
    that tells its incident first. Two ways of opening so:

    - a lead that recalls (``is_background``, or a year before ``year`` the page's) up to a
      body sentence that turns to the news of the day (``pipeline.rules.background.TURN``),
      none of it dated to the day itself: the lead up to that sentence;
    - a lead that tells history ("تعيد مشاهد الإعدامات إلى الأذهان ما جرى في آب الماضي"،
      "شهدت المحافظة خلال العامين الماضيين ...", ``rules.LEAD_HISTORY``) followed within a
      few sentences by one dated to the day's news ("وفي أحدث التطورات، قتلت امرأة مساء
      أمس ..."): the lead alone.
    """
    turn = next((t for t in range(2, min(len(sentences), rules.TURN_REACH + 1))
                 if _TURN.search(sentences[t])), None)
    if turn is not None:
        lead = [_MARKS.sub("", s) for s in sentences[1:turn]]
        if not any(_today(s) for s in lead) and (is_background(lead[0]) or (
                year is not None and any(int(y) < year for y in _YEAR_FIGURES.findall(lead[0])))):
            return frozenset(range(1, turn))
    if len(sentences) >= 3 and _history(sentences[1], published, year) and any(
            _dated_news(s, published) for s in sentences[2:2 + _NEWS_AFTER_RECALL]):
        return frozenset({1})
    return frozenset()
