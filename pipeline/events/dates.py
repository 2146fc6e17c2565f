"""Dates of events, from Arabic (or English) text.

``resolve_event_date`` reads the day an event happened from the sentence that reports it,
relative to the publication time in Syria (UTC+3): اليوم، أمس، أول أمس، مساء الأحد،
الخميس الماضي، "15 آذار/مارس 2021"، "الثالث من نيسان"، "13 من الشهر الجاري"، "13/5/2024".
``event_date_in`` dates the act of one clause ("..., فيما قصفت المدفعية صباح اليوم بلدة B")
and ``writers_time`` reads "today" as the writer's day where the lead names it by its
weekday. Month and weekday names come from ``language.calendar``, the words that bound a
clause or name another day from ``pipeline.rules.dates``; publication times are read by
``crawler.dates.parse_date``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise

from crawler.dates import SYRIA, SYRIA_CLOCK
from language.calendar import EVENT_MONTHS as MONTHS
from language.calendar import WEEKDAYS
from language.normalize import clean, fold, normalize
from language.numbers import ORDINAL_TENS, ORDINALS
from language.sieve import sieved
from pipeline.events.lexicon import alternation
from pipeline.rules.background import AGREEMENT_START, AGREEMENT_WORDS, SAYING
from pipeline.rules.dates import (
    AFTER_COMMA_OPENERS,
    AGREEMENT_MADE,
    AGREEMENT_MADE_DAYS,
    BODIES_DIED,
    BODIES_FOUND,
    CAMPAIGN_SINCE,
    CURRENT_MONTH,
    DATE_CLAUSE_OPENERS,
    DAY_COUNT_ENDS,
    DEAD_OF_THE_DAY,
    DIED_OF,
    EARLY_HOURS_END,
    EN_ACCUSED_WORDS,
    EN_ACCUSING,
    EN_SAYING,
    LAST_MONTH,
    LASTING_STATES,
    LATER_SAME_DAY,
    LATER_TODAY,
    MOURNED,
    MOURNED_REACH,
    NEXT_DAY_AFTER,
    NOT_TODAY_AFTER,
    REACTED,
    REACTION_NOUNS,
    REACTIONS_PILED,
    RUNNING_DAY,
    RUNNING_DAY_AFTER,
    SAME_DAY_AFTER,
    SAME_DAY_BEFORE,
    WOUNDED_ON,
)
from pipeline.rules.scenes import CLAUSE_OPENERS

__all__ = ["after_midnight", "agreement_made_in", "day_after_in", "event_date_in", "in_clauses",
           "resolve_event_date", "same_day_in", "statement_date_in", "without_agreement_dates",
           "writers_time"]

# Bounds of a believable date. A report dates its event at most this far back ("قبل 400
# يوم" or "15 آذار 0001" is a misread or background, not the event); larger counts would
# also overflow ``date``.
MAX_DAYS_AGO = 366
MAX_YEARS_AGO = 3


def _words(phrases: tuple[str, ...]) -> str:
    """A regex alternation of ``phrases`` in the matching form, longest first (as the tree
    of their shared beginnings, ``alternation``)."""
    return alternation(sorted(map(normalize, phrases), key=lambda p: len(re.escape(p)),
                              reverse=True))


_WEEKDAY_NAMES = "|".join(WEEKDAYS)  # as one regex alternation
_ORDINAL_NAMES = "|".join(ORDINALS)
_TENS_NAMES = "|".join(t for t in ORDINAL_TENS if t != "عشر")  # "والعشرين"، "الثلاثين"

_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_SEP = r"\s*(?:/|\(|-)?\s*"
# "15 اذار/مارس 2021", "31 اب", "12 اذار (مارس) 2023"
# (``(?<!\d)(\d{1,2})`` written ``(\d(?<!\d\d)\d?)``: the lookbehind after the first figure
# asks the same of the character before it, and ``re`` skips ahead to a figure.)
_NUMERIC_DATE = re.compile(
    rf"(\d(?<!\d\d)\d?)\s+(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?:{_SEP}(?:{_MONTH_ALT})\)?)?"
    rf"(?:\s+(?:من\s+)?(?:عام\s+|سنه\s+)?(\d{{4}}))?"
)
# "الثالث من نيسان", "الحادي والعشرين من اذار الماضي", "السادس والعشرين من شباط"
_ORDINAL_DATE = re.compile(
    rf"ال({_ORDINAL_NAMES})"
    rf"(?:\s+(عشر)|\s+وال({_TENS_NAMES}))?\s+من\s+(?:شهر\s+)?({_MONTH_ALT})"
    rf"(?:{_SEP}(?:{_MONTH_ALT})\)?)?(?:\s+(?:عام\s+)?(\d{{4}}))?"
    rf"|ال({_TENS_NAMES})\s+من\s+(?:شهر\s+)?({_MONTH_ALT})(?:\s+(?:عام\s+)?(\d{{4}}))?"
)
# "في 13 من الشهر الجاري"، "يوم 13 الجاري"، "الثالث عشر من الشهر الحالي"، "28 من الشهر
# الماضي": a day of this month or the last (pipeline.rules.dates).
_OF_MONTH = rf"\s+(?:من\s+)?(?:({_words(CURRENT_MONTH)})|({_words(LAST_MONTH)}))(?![\w])"
_MONTH_DAY = sieved(
    rf"(?<![\d/.-])(\d{{1,2}}){_OF_MONTH}"
    rf"|ال({_ORDINAL_NAMES})(?:\s+(عشر)|\s+وال({_TENS_NAMES}))?{_OF_MONTH}"
)
# "بتاريخ 13/5/2024"، "13-05-2024"، "2024/5/13": a date written in figures.
_FIGURES = re.compile(
    r"(?<![\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)"
    r"|((?:19|20)\d\d)([/.-])(\d{1,2})\6(\d{1,2}))(?![\d/.-])"
)
# "في اليوم ذاته"، "في اليوم التالي"، "اليوم الثالث من الحملة": "اليوم" that is not today
# (pipeline.rules.dates); the day after the one just told is read from the clause before.
_NEXT_DAY = sieved(rf"(?<![\w])[وبل]?اليوم\s+(?:{_words(NEXT_DAY_AFTER)})(?![\w])")
# "في اليوم ذاته"، "في ذات اليوم"، "في نفس اليوم": the day just told.
_SAME_DAY = sieved(rf"(?<![\w])[وبل]?اليوم\s+(?:{_words(SAME_DAY_AFTER)})(?![\w])"
                       rf"|(?<![\w])[وبل]?(?:{_words(SAME_DAY_BEFORE)})\s+اليوم(?![\w])")
_LATER_SAME_DAY = re.compile(rf"^\W*(?:{_words(LATER_SAME_DAY)})(?![\w])")
_NOT_TODAY = sieved(
    rf"(?<![\w])[وبل]?اليوم\s+(?:{_words(SAME_DAY_AFTER + NEXT_DAY_AFTER + NOT_TODAY_AFTER)})"
    r"(?![\w])"
    # "اليوم 24: ..." (pipeline.rules.dates.DAY_COUNT_ENDS)
    r"|(?<![\w])[وبل]?اليوم\s+[0-9\u0660-\u0669]+(?=\s*(?:$|"
    + "|".join(re.escape(normalize(w)) + (r"(?![\w])" if w.isalpha() else "")
               for w in DAY_COUNT_ENDS) + "))"
    rf"|(?<![\w])[وبل]?(?:{_words(SAME_DAY_BEFORE)})\s+اليوم(?![\w])"
)
# "نعتهم صفحات موالية صباح اليوم": the day of the mourning (pipeline.rules.dates.MOURNED).
_DAY_NAMED = (rf"((?:(?:يوم|مساء|صباح|فجر|ظهر|ليل|ليله)\s+)?(?:اليوم|امس|{_WEEKDAY_NAMES})"
              rf"(?:\s+(?:{_WEEKDAY_NAMES}))?)(?![\w])")
_MOURNED = sieved(rf"(?<![\w])[وف]?(?:{_words(MOURNED + REACTED)})(?![\w])"
                  rf"(?:\s+\S+){{0,{MOURNED_REACH}}}?\s+{_DAY_NAMED}")
# "توالت اليوم الثلاثاء ردود الفعل": the day of the reactions
# (pipeline.rules.dates.REACTIONS_PILED).
_REACTIONS = sieved(rf"(?<![\w])[وف]?(?:{_words(REACTIONS_PILED)})\s+{_DAY_NAMED}"
                    rf"\s+(?:{_words(REACTION_NOUNS)})(?![\w])")


# "تشييع شهيد الجمعة" (pipeline.rules.dates.DEAD_OF_THE_DAY).
_DEAD_OF_THE_DAY = sieved(rf"(?<![\w])[وبل]?(?:ال)?(?:{_words(DEAD_OF_THE_DAY)})\s+"
                          rf"((?:ال)?(?:{'|'.join(w.removeprefix('ال') for w in WEEKDAYS)}))"
                          r"(?![\w])")


def _blank_day(m: re.Match[str]) -> str:
    return m.group()[:m.start(1) - m.start()] + " " * len(m.group(1))


def _unmourned(text: str) -> str:
    """The normalised ``text`` with the day of a mourning or a funeral blanked, and the day
    that names the dead ("شهيد الجمعة")."""
    return _DEAD_OF_THE_DAY.sub(_blank_day, _REACTIONS.sub(
        _blank_day, _MOURNED.sub(_blank_day, text)))


# "لليوم الرابع على التوالي": an act that goes on (pipeline.rules.dates.RUNNING_DAY).
_RUNNING_DAY = sieved(rf"(?<![\w])[وف]?(?:{_words(RUNNING_DAY)})\s+ال(?:{_ORDINAL_NAMES})"
                      rf"(?:\s+عشر|\s+وال(?:{_TENS_NAMES}))?"
                      rf"(?:\s+(?:{_words(RUNNING_DAY_AFTER)}))?(?![\w])")


# "بعد معارك استمرت منذ مساء أمس", "الاشتباكات المتواصلة منذ يوم الجمعة": a span that runs
# from that day up to the time of writing dates when it began, not the act the sentence
# tells at its end (a town taken today after it).
_SINCE_THEN = sieved(
    r"(?<![\w])(?:[وا]?ل?(?:استمر|استمرت|دامت|تواصلت|متواصله|مستمره|المتواصله|المستمره"
    # ... and a truce in force since then: "لنظام وقف الأعمال القتالية الساري منذ مساء الاثنين"
    r"|الساري|الساريه|ساري|ساريه|سريانه|سريانها|المعلن|المعلنه"
    # ... and a campaign counted since then (pipeline.rules.dates.CAMPAIGN_SINCE)
    rf"|{_words(CAMPAIGN_SINCE)}))"
    r"\s+منذ\s+(?:(?:يوم|مساء|صباح|فجر|ليله|ليل|ظهر|عصر)\s+)?"
    rf"(?:(?:ال)?امس|{_WEEKDAY_NAMES})(?:\s+(?:{_WEEKDAY_NAMES}))?(?![\w])"
)
_BEFORE_YESTERDAY = sieved(r"(?:اول\s+(?:من\s+)?امس|امس\s+الاول)")
_YESTERDAY = sieved(r"(?<![\w])(?:[وب]?ال)?امس(?![\w])")
_TODAY = sieved(r"(?<![\w])(?:[وب]?ل?)اليوم(?![\w])")
_TODAY_AT = sieved(r"(?<![\w])(?:صباح|فجر|مساء|ظهر|عصر|ضحي|ظهيره)\s+اليوم(?![\w])")
# "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع": the day so many days back. (A week is seven
# days: "فارق الحياة متأثراً بجراح أصيب بها قبل أسبوع" tells an attack of a week ago.)
_DAYS_AGO = sieved(r"(?:قبل|منذ)\s+(يومين|(\d+)\s+ايام|ثلاثه\s+ايام|يوم\s+واحد"
                       r"|اسبوعين|اسبوع)(?![\w])")
_WEEKDAY = sieved(
    r"(?:(يوم|مساء|صباح|فجر|ليله|ليل|ظهر|عصر|ضحي|ظهيره)\s+)?(?<![\w])[وب]?"
    rf"({_WEEKDAY_NAMES})(?![\w])(\s+(?:الماضي|المنصرم|الفائت))?"
    r"(\s+(?:المقبل|القادم))?"
)


_TOMORROW = re.compile(r"(?<![\w])غدا?\s*(?:(?:صباح|مساء)\s*)?$")
# "اليوم السبت" anchors the incident like "صباح اليوم": "قبل ثلاثة أيام" then dates background.
_TODAY_DAY = sieved(
    rf"(?<![\w])اليوم\s+[وب]?(?:{_WEEKDAY_NAMES})(?![\w])"
)
# "ليلة الجمعة ... بعد منتصف الليل": the small hours of Friday itself.
_AFTER_MIDNIGHT = sieved(r"بعد منتصف الليل|الساعات الاولي من")
# "أمس الأحد" in a page stamped after midnight: the weekday is the surer word.
_YESTERDAY_DAY = sieved(rf"امس\s+[وب]?(?:{_WEEKDAY_NAMES})")
# "الأحد 28 مايو", "ليلة الأحد التاسع عشر من نوفمبر": a weekday with its date is the
# event's own date, not background (the date then follows the match).
_DAY_AND_DATE = sieved(
    rf"({_WEEKDAY_NAMES})\s+(?:الموافق\s+)?"
    rf"(?=(\d{{1,2}}\s)|ال(?:{_ORDINAL_NAMES}|{_TENS_NAMES})\s)"
)


# "الليلة الماضية", "ليل البارحة": the night that ended this morning began yesterday, and a
# night is coded on the day it began.
_LAST_NIGHT = sieved(r"(?<![\w])(?:الليله|ليله|ليل)\s+(?:الماضيه|البارحه)|(?<![\w])البارحه")
# "منتصف ليل أمس", "منتصف الليلة الماضية", "بعد منتصف الليل": the midnight just passed,
# which opens the publication day (the incident is in its small hours).
_MIDNIGHT = sieved(r"منتصف\s+(?:ال)?ليل(?:ه)?(?:\s+(?:امس|الماضيه|البارحه))?(?![\w])")
# "خلال الـ24 ساعة الماضية", "خلال الساعات الـ24 الأخيرة": a monitor's daily tally, which
# mostly covers the day before unless it is published in the evening.
_LAST_24H = sieved(
    r"(?:ال)?(?:24|اربع\s+وعشرين)\s+ساعه\s+(?:ال)?(?:ماضيه|اخيره|منصرمه|فائته)"
    r"|الساعات\s+(?:ال)?(?:24|الاربع\s+والعشرين)\s+(?:الماضيه|الاخيره|المنصرمه|الفائته)"
)
# "خلال الساعات الماضية": a few hours, the day before only for a morning page.
_LAST_HOURS = sieved(r"الساعات\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفائته)")
_EVENING_HOUR, _NOON = 18, 12
# "ليلة الخميس/ الجمعة", "ليل الخميس الجمعة", "ليلة الخميس على الجمعة": the night from the
# first day into the second, coded on the first; "بعد منتصف ليل الاثنين – الثلاثاء" is
# after midnight, on the second.
_NIGHT_PAIR = sieved(
    rf"(?:ليله|ليل)\s+[وب]?({_WEEKDAY_NAMES})\s*(?:/|-|–|علي|الي)?\s*({_WEEKDAY_NAMES})"
    r"(?![\w])"
)
_PAST_MIDNIGHT = sieved(r"بعد\s+منتصف\s*$")
# "منذ ليل الثلاثاء-الأربعاء ... حتى ظهر اليوم الأربعاء": an act that ran from the night into
# a time of the day the night ended in, today, is dated today, where most of it fell.
_UNTIL_TODAY_AT = sieved(r"(?<![\w])(?:حتي|الي|لغايه)\s+(?:ساعات\s+)?"
                             r"(?:صباح|فجر|مساء|ظهر|عصر|ضحي|ظهيره)\s+اليوم(?![\w])")
# "مساء اليوم"، "الليلة"، "صباح اليوم" (pipeline.rules.dates): a time of today that a page
# stamped in the small hours had not reached, so of the writer's today, the day before.
_LATER_TODAY = re.compile(rf"(?<![\w])(?:{_words(LATER_TODAY)})(?![\w])"
                      r"(?!\s+(?:الماضيه|البارحه|الفائته|المنصرمه))")
# "اليوم الثلاثاء" (or "اليوم، الثلاثاء") in the headline or lead: the writer's today;
# "أمس الاثنين" (not "أول أمس الاثنين"): the day before it.
_WRITERS_DAY = sieved(rf"(?<![\w])[وب]?(?:(اليوم)|(?<!اول )(?<!اول من )(?:ال)?امس)\s*[،,]?\s*"
                          rf"[وب]?({_WEEKDAY_NAMES})(?![\w])")
# A date that dates a statement, not the incident: "قال ناشطون، اليوم السبت، إن ...",
# "أعلنت الوزارة أمس أن ...", "وفق ما أفاد المرصد اليوم". The verbs of saying are data in
# pipeline.rules.background.
_STATEMENT_DATE = sieved(
    rf"(?<![\w])[وف]?(?:{alternation(sorted(map(normalize, SAYING), key=len, reverse=True))})"
    r"(?:\s+\S+){0,6}?\s*,?\s*"
    rf"((?:يوم\s+|مساء\s+|صباح\s+|فجر\s+|ظهر\s+)?(?:اليوم|امس|{_WEEKDAY_NAMES})"
    rf"(?:\s+(?:{_WEEKDAY_NAMES}))?)"
    # (what is said: a clause, a death, a report, or a toll's rise, "أعلن الوالي، فجر اليوم
    # الجمعة، ارتفاع عدد الجنود الذين قتلوا في الغارة": the strike was before it)
    r"\s*,?\s*(?=(?:[وب]?ان|انه|انها|عن|ل|في\s+بيان|في\s+تصريح|مقتل|اصابه|بيانا|تقريرا"
    r"|ارتفاع)(?![\w]))"
)


# Where a clause that may carry a day of its own opens (pipeline.rules.dates).
# As ``(?<=[\s،,])(?:OPENERS)(?=\s)|[،,]\s*(?:AFTER_COMMA)(?=\s)``, whose matches start
# where this one's do or after its first character, where its group does: ``re`` tries a
# pattern that opens with a lookbehind at every position of the text, and skips ahead to
# the next separator when it opens with their set. At a separator, a match of the second way
# (which starts there) is tried first, then one of the first way after it: the order in
# which the original tries them (its second way one position earlier). A match here ends
# where the original's does, so the next search starts at the same place: an opener holds
# no separator at its ends (checked below), so the original's next match, which follows a
# separator after that end, is this one's too.
if any(not re.fullmatch(r"\w(?:.*\w)?", w, re.DOTALL)
       for w in map(normalize, CLAUSE_OPENERS + DATE_CLAUSE_OPENERS + AFTER_COMMA_OPENERS)):
    raise ValueError("a clause opener starts or ends with a separator")
_DATE_CLAUSE = re.compile(rf"[\s،,](?:(?<=[،,])\s*(?:{_words(AFTER_COMMA_OPENERS)})(?=\s)"
                          rf"|((?:{_words(CLAUSE_OPENERS + DATE_CLAUSE_OPENERS)})(?=\s)))")


# Where the wounds that a death came of are told (pipeline.rules.dates).
_WOUNDS = sieved(rf"(?<![\w])(?:{_words(DIED_OF)}).*?(?<![\w])(?:{_words(WOUNDED_ON)})(?![\w])")
# Where the death of bodies found later is told (pipeline.rules.dates).
_BODIES = sieved(rf"(?<![\w])[وف]?(?:{_words(BODIES_FOUND)})(?![\w]).*?(?<![\w])"
                 rf"(?:{_words(BODIES_DIED)})(?![\w])")


# A clause after a comma that recalls an earlier act ("، بعد انسحاب ..."), not a time of
# day ("، بعد ظهر أمس").
_RECALLED = sieved(rf"[،,]\s*(?:{_words(AFTER_COMMA_OPENERS)})\s+(?!ظهر|الظهر|منتصف)")

# An act told beside the one before (pipeline.rules.scenes.CLAUSE_OPENERS).
_BESIDE = re.compile(rf"(?:{_words(CLAUSE_OPENERS)})(?=\s)")


@lru_cache(maxsize=8192)
def _date_clauses(text: str) -> tuple[int, ...]:
    """Where the clauses of the normalised ``text`` start, and its end."""
    return (0, *(m.start(1) if m.lastindex else m.start() for m in _DATE_CLAUSE.finditer(text)),
            len(text))


def in_clauses(sentence: str) -> bool:
    """Whether ``sentence`` has clauses that may each carry a day of their own."""
    return len(_date_clauses(normalize(sentence))) > 2


# An agreement word, then (within a few words) one of its start words: the date that follows
# closely is the agreement's (pipeline.rules.background).
_AGREEMENT_START = sieved(
    rf"(?<![\w])[وبل]?ل?(?:{_words(AGREEMENT_WORDS)})(?:(?:\s+\S+){{0,5}}?\s+"
    rf"(?:{_words(AGREEMENT_START)})(?![\w])|(?=\s+(?:ال)?\d|\s+الاول\s+من))"
    # (or named by its date: "خرقت اتفاق الأول من نيسان"، "اتفاق 10 آذار")
)
_DATE_GAP = 30


# A truce's start told by its weekday: "منذ دخول اتفاق وقف إطلاق النار حيز التنفيذ منتصف
# ليل الخميس – الجمعة" (after the agreement's start word, as its dates above).
_AGREEMENT_DAY = sieved(
    rf"(?<![\w])(?:منتصف\s+)?(?:(?:ليل|ليله|مساء|صباح|فجر|ظهر|يوم)\s+)?[وب]?(?:{_WEEKDAY_NAMES})"
    rf"(?:\s*[/–-]\s*[وب]?(?:{_WEEKDAY_NAMES}))?(?![\w])")


# "اتفاق وقف إطلاق النار الموقع في موسكو في آذار 2020": a truce's month and year.
_AGREEMENT_MONTH = re.compile(rf"(?<![\w])[وبل]?(?:{_MONTH_ALT})(?:{_SEP}(?:{_MONTH_ALT})\)?)?"
                              r"\s+(?:عام\s+|سنه\s+)?(?:19|20)\d\d(?!\d)")


# "تنفيذاً لاتفاق أبرم الجمعة الماضي": an agreement word, then the verb that made it, then
# that clause to its end (pipeline.rules.dates.AGREEMENT_MADE).
_AGREEMENT_MADE = sieved(
    rf"(?<![\w])[وبل]?ل?(?:{_words(AGREEMENT_WORDS)})(?:\s+\S+){{0,2}}?\s+"
    rf"(?:{_words(AGREEMENT_MADE)})\S*([^،,.؛;:\n]*)")


def agreement_made_in(sentence: str, published: datetime) -> date | None:
    """The day an agreement the sentence tells was made ("... تنفيذاً لاتفاق أبرم الجمعة
    الماضي"، "للاتفاق الذي توصلت إليه لجنة التفاوض أمس الخميس"), when that clause names one
    at most AGREEMENT_MADE_DAYS before the page; else None."""
    for m in _AGREEMENT_MADE.finditer(normalize(sentence)):
        day = event_date_in(m.group(1), published)
        local = _local(published).date()
        if day is not None and 0 <= (local - day).days <= AGREEMENT_MADE_DAYS:
            return day
    return None


def without_agreement_dates(text: str) -> str:
    """The normalised ``text`` with the dates of agreements blanked out: "خرق لاتفاق موسكو
    الموقع في آذار 2020" dates the truce, not the act that broke it."""
    return _without_agreement_dates(text)


def _without_agreement_dates(text: str) -> str:
    """The text with the dates of agreements blanked out."""
    for m in _AGREEMENT_START.finditer(text):
        tail = text[m.end():m.end() + _DATE_GAP + 40]
        date_at = [d for d in (_NUMERIC_DATE.search(tail), _ORDINAL_DATE.search(tail),
                               _AGREEMENT_DAY.search(tail), _AGREEMENT_MONTH.search(tail))
                   if d is not None and d.start() <= _DATE_GAP]
        if date_at:
            end = m.end() + min(d.end() for d in date_at)
            text = text[:m.start()] + " " * (end - m.start()) + text[end:]
    return text


_AFTER_THAT = sieved(r"[،,]\s*(?:بعد|وبعد)\s+(?:ان|أن)\s")


def _without_recalled(text: str, cuts: tuple[int, ...]) -> str:
    """The text with the clauses that recall an earlier act after a comma blanked out
    ("دخلت القوات البلدة دون مواجهات، بعد انسحاب عناصرها منها مساء أمس"): their day dates
    that act and does not reach back to the one the sentence opens with (whose clause has
    none). The recalled act's own relative clauses go with it ("، بعد انسحابهم وفق الاتفاق
    الذي أبرم مساء أمس"); an act told beside ("فيما ...") does not."""
    recalling = False
    for a, b in pairwise(cuts):
        recalling = bool(_RECALLED.match(text, a)) or (recalling and not _BESIDE.match(text, a))
        if recalling:
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _local(published: datetime) -> datetime:
    if published.tzinfo is None:
        published = published.replace(tzinfo=SYRIA_CLOCK)
    return published.astimezone(SYRIA_CLOCK)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: int | None, base: date) -> date | None:
    """A day-month without a year is the most recent one not after publication."""
    if year is not None:
        if not base.year - MAX_YEARS_AGO <= year <= base.year:
            return None  # background ("the massacre of 2013") or a misread: not the event
        return _safe_date(year, month, day)
    found = _safe_date(base.year, month, day)
    if found is not None and found > base:
        found = _safe_date(base.year - 1, month, day)
    return found


def _explicit(text: str, base: date, here: bool = False) -> date | None:
    """The first explicit date of ``text``; with ``here``, only one that opens it."""
    m = _NUMERIC_DATE.match(text) if here else _NUMERIC_DATE.search(text)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        return _with_year(MONTHS[m.group(2)], int(m.group(1)), year, base)
    m = _ORDINAL_DATE.match(text) if here else _ORDINAL_DATE.search(text)
    if m is None:
        of_month = _MONTH_DAY.match(text) if here else _MONTH_DAY.search(text)
        if of_month is not None:
            return _of_month(of_month, base)
        figures = _FIGURES.match(text) if here else _FIGURES.search(text)
        return _figures(figures, base) if figures is not None else None
    if m.group(1):
        day = ORDINALS[m.group(1)] + (10 if m.group(2) else ORDINAL_TENS.get(m.group(3) or "", 0))
        month, year_text = MONTHS[m.group(4)], m.group(5)
    else:
        day, month, year_text = ORDINAL_TENS[m.group(6)], MONTHS[m.group(7)], m.group(8)
    return _with_year(month, day, int(year_text) if year_text else None, base)


def _of_month(m: re.Match[str], base: date) -> date | None:
    """The date of a ``_MONTH_DAY`` match: this month's day, or the last month's."""
    if m.group(1):
        day, this, last = int(m.group(1)), m.group(2), m.group(3)
    else:
        day = ORDINALS[m.group(4)] + (10 if m.group(5) else ORDINAL_TENS.get(m.group(6) or "", 0))
        this, last = m.group(7), m.group(8)
    first = base.replace(day=1)
    month = first if this else (first - timedelta(days=1)).replace(day=1)
    return _safe_date(month.year, month.month, day) if last or this else None


def _figures(m: re.Match[str], base: date) -> date | None:
    """The date of a ``_FIGURES`` match: day first as Arabic writes it ("13/5/2024"), or
    year first; where both of the first two figures could be the month ("4/3/2016" in a copy
    translated from English), the reading nearer the publication, not after it."""
    if m.group(1):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        readings = [(second, first), (first, second)] if first <= 12 else [(second, first)]
    else:
        year, month, day = int(m.group(5)), int(m.group(7)), int(m.group(8))
        readings = [(month, day)]
    found = [d for month, day in readings if 1 <= month <= 12
             and (d := _with_year(month, day, year, base)) is not None and d <= base]
    return max(found) if found else None


def _weekday(text: str, base: date) -> date | None:
    pair = _NIGHT_PAIR.search(text)
    if pair:
        day = pair.group(2) if _PAST_MIDNIGHT.search(text[max(0, pair.start() - 14):
                                                          pair.start()]) else pair.group(1)
        return base - timedelta(days=(base.weekday() - WEEKDAYS[day]) % 7)
    for m in _WEEKDAY.finditer(text):
        if m.group(4) or _TOMORROW.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "الخميس المقبل", "صباح غد الجمعة": a future day, no event yet
        back = (base.weekday() - WEEKDAYS[m.group(2)]) % 7
        if back == 0 and m.group(3):
            back = 7  # "الخميس الماضي" written on a Thursday is a week ago
        if m.group(1) == "ليله" and not _AFTER_MIDNIGHT.search(text):
            # "ليلة الجمعة" is the night from Thursday into Friday; like ACLED we code a
            # night on the day it began, so one day earlier. "ليل الجمعة" (the night-time
            # of Friday) stays on Friday.
            back += 1
        return base - timedelta(days=back)
    return None


def _relative(text: str, base: date) -> date | None:
    if _LAST_NIGHT.search(text):
        return base - timedelta(days=1)
    if _BEFORE_YESTERDAY.search(text):
        return base - timedelta(days=2)
    if _YESTERDAY.search(text):
        return base - timedelta(days=1)
    m = _DAYS_AGO.search(text)
    if m:
        days = int(m.group(2)) if m.group(2) else (3 if "ثلاث" in m.group(1) else
                                                   1 if "واحد" in m.group(1) else
                                                   14 if m.group(1) == "اسبوعين" else
                                                   7 if m.group(1) == "اسبوع" else 2)
        # A larger count is no event date (and "قبل 99999999 أيام" would overflow).
        return base - timedelta(days=days) if days <= MAX_DAYS_AGO else None
    return None


_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_DAY = sieved(r"\b(?:(last)\s+)?(" + "|".join(_EN_WEEKDAYS) + r")\b")
# "a truce that has held since Friday", "32 killed since Sunday night": the day a state or a
# tally began, not the day of an act; the sentence is dated by another word, or not at all.
_EN_SINCE_DAY = sieved(r"\b(?:since|from)\s+(?:last\s+)?(?:" + "|".join(_EN_WEEKDAYS)
                           + r")(?:\s+(?:night|morning|evening|afternoon))?\b")


# "residents said on Thursday": the day of a statement, not of the act it reports.
# (pipeline.rules.dates: EN_SAYING, EN_ACCUSING)
_EN_SAID_DAY = sieved(r"\b(?:(?:" + "|".join(EN_SAYING) + r")|(?:" + "|".join(EN_ACCUSING)
                          + rf")(?:\s+[\w'-]+){{1,{EN_ACCUSED_WORDS}}}?)\s+(?:on\s+)?"
                          r"(?:last\s+)?(?:" + "|".join(_EN_WEEKDAYS) + r"|today|yesterday)\b")
# "seized the city overnight", "last night": the night that ended on the day of the report,
# coded (as ACLED does) on the day it began.
_EN_OVERNIGHT = sieved(r"\b(?:overnight|last\s+night)\b")


def _english(text: str, base: date) -> date | None:
    """"yesterday", "on Monday", "last Friday", "overnight" in English copy; the day of a
    statement ("activists said on Monday") only when nothing else dates the act."""
    low = _EN_SINCE_DAY.sub(" ", text.lower())
    act = _EN_SAID_DAY.sub(" ", low)
    said = _english_day(low, base) if act != low else None
    if _EN_OVERNIGHT.search(act) and _english_day(act, base) is None:
        return (said or base) - timedelta(days=1)
    return _english_day(act, base) or said


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
# "on Sept. 30", "September 30, 2015", "30 September": a day of a month, the year the
# nearest one not after the page's.
_EN_MONTH_DAY = re.compile(rf"\b(?:{_EN_MONTH}\s+(\d{{1,2}})|(\d{{1,2}})\s+{_EN_MONTH})"
                           r"(?:,?\s+((?:19|20)\d\d))?\b")


def _english_day(low: str, base: date) -> date | None:
    if "day before yesterday" in low:
        return base - timedelta(days=2)
    if re.search(r"\byesterday\b", low):
        return base - timedelta(days=1)
    m = _EN_DAY.search(low)
    if m:
        back = (base.weekday() - _EN_WEEKDAYS.index(m.group(2))) % 7
        return base - timedelta(days=back or (7 if m.group(1) else 0))
    return _english_month_day(low, base)


def _english_month_day(low: str, base: date) -> date | None:
    m = _EN_MONTH_DAY.search(low)
    if m is None:
        return None
    month = _EN_MONTHS.index((m.group(1) or m.group(4))[:3]) + 1
    day = int(m.group(2) or m.group(3))
    year = int(m.group(5)) if m.group(5) else base.year
    try:
        found = date(year, month, day)
        if found > base and not m.group(5):
            found = date(year - 1, month, day)
    except ValueError:
        return None
    return found


# Any word that dates what a sentence tells, "today" included: one pattern a kind, each run
# only on a text that holds its words (language.sieve). As one alternation, every kind was
# tried at every position of every sentence.
_DATE_WORDS = (
    sieved(rf"(?<![\w])(?:[وب]?ل?)(?:ال)?(?:اليوم|امس|{_WEEKDAY_NAMES})(?![\w])"),
    sieved(r"(?:قبل|منذ)\s+(?:يومين|\d+\s+ايام|ثلاثه\s+ايام|يوم\s+واحد|اسبوعين|اسبوع)"
           r"(?![\w])"),
    # A month as a whole word: "من أبناء" is not "من آب".
    sieved(rf"\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?:{_MONTH_ALT})(?![\w])"),
    sieved(rf"\s+من\s+(?:شهر\s+)?(?:{_MONTH_ALT})(?![\w])"),
    *(sieved(p.pattern) for p in (_LAST_NIGHT, _MIDNIGHT, _LAST_24H, _LAST_HOURS)),
)
_EN_DATE_WORD = re.compile(r"\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday|overnight|last\s+night)\b", re.IGNORECASE)


# Cheap tests before the costlier patterns: a month word, and figures with a separator.
_MONTH_WORDS = tuple(normalize(w) for w in CURRENT_MONTH + LAST_MONTH)
_SEPARATED_FIGURES = re.compile(r"\d[/.-]\d")
# Every word of _EN_DATE_WORD has a letter that matches ASCII letters only (case-blind "s"
# and "i" match "ſ" and "ı" too, but no word is made of those alone): most sentences have
# none, and a scan for one costs a tenth of that pattern's search.
_ASCII_LETTER = re.compile(r"[a-zA-Z]")


def _date_word(text: str) -> bool:
    """Whether the normalised ``text`` has a word of ``_DATE_WORDS``."""
    for pattern in _DATE_WORDS:  # noqa: SIM110  (a loop: no generator made per call)
        if pattern.search(text):
            return True
    return False


def _dates_something(text: str, sentence: str) -> bool:
    """Whether ``text`` (normalised) has a word that dates what it tells."""
    return bool(_date_word(text)
                or (any(w in text for w in _MONTH_WORDS) and _MONTH_DAY.search(text))
                or (_SEPARATED_FIGURES.search(text) and _FIGURES.search(text))
                or (_ASCII_LETTER.search(sentence) is not None
                    and _EN_DATE_WORD.search(sentence) is not None
                    and _EN_DATE_WORD.search(_english_act(sentence.lower())) is not None))


def _english_act(low: str) -> str:
    """English copy (lower case) without the days that date no act: a state's or a tally's
    start ("since Friday") and a statement's ("said on Saturday")."""
    return _EN_SAID_DAY.sub(" ", _EN_SINCE_DAY.sub(" ", low))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# "مفقودين منذ أسبوعين": how long a state has lasted (pipeline.rules.dates.LASTING_STATES).
_STATE_SINCE = sieved(rf"(?<![\w])(?:و?[لب]?(?:ال)?|لل)(?:{_words(LASTING_STATES)})\w*"
                      r"\s+(منذ\s+\S+)")


def _blank_since(m: re.Match[str]) -> str:
    return m.group()[:m.start(1) - m.start()] + " " * len(m.group(1))


def _undated(text: str) -> str:
    """The normalised ``text`` without the days that date no act of its own: "اليوم التالي",
    a span running since a day (``_SINCE_THEN``), a state lasting since (``_STATE_SINCE``)."""
    return _STATE_SINCE.sub(_blank_since, _SINCE_THEN.sub(_blank, _NOT_TODAY.sub(_blank, text)))


def _own_date(text: str, published: datetime) -> date | None:
    """The day the normalised ``text`` dates its act to, statement dates left out; None
    when it has no date word."""
    text = _STATEMENT_DATE.sub(" ", _undated(text))
    return _resolve(text, text, published) if _dates_something(text, text) else None


def event_date_in(sentence: str, published: datetime, at: int | None = None) -> date | None:
    """The day a sentence dates its event to, or None when it has no date word at all
    (unlike ``resolve_event_date``, "today" is a date here, not the absence of one).

    The date of a statement ("قال ناشطون اليوم إن ...") dates the saying, not the incident:
    it is left out here (``statement_date_in`` reads it). Cached: the stages of one article
    ask of the same sentences.

    A date word dates its own clause (pipeline.rules.dates): "قصفت الطائرات مساء الثلاثاء
    بلدة A، فيما قصفت المدفعية صباح اليوم بلدة B". With ``at`` (an offset in ``sentence``,
    where an event's place is named), the day of the clause holding it, else of the nearest
    clause before it that has one, else None: a later clause's day is its own act's.
    Without ``at`` (the sentence's main act), the day of the opening clause when it has
    one, else the sentence's; a death from wounds ("توفي اليوم متأثراً بجروح أصيب بها يوم 14
    شباط") is dated by the day its wounds are told with."""
    return _event_date_in(sentence, published, published.utcoffset(), at)


@lru_cache(maxsize=8192)
def _event_date_in(sentence: str, published: datetime, offset: timedelta | None,
                   at: int | None) -> date | None:
    """``event_date_in``, cached by the page's offset too (the hour it shows depends on it)."""
    text = _unmourned(normalize(sentence))
    for cause in (_WOUNDS, _BODIES) if at is None else ():
        told = cause.search(text)
        acted = _own_date(text[told.end():], published) if told is not None else None
        if acted is not None:
            # "توفي اليوم متأثراً بجروح أصيب بها يوم 14 شباط"، "انتشل أمس جثث ... قضوا ...
            # يوم السبت": the day of the act, not of the death or the recovery
            return acted
    cuts = _date_clauses(text)
    if len(cuts) > 2:
        if at is None:
            opening = _own_date(text[:cuts[1]], published)
            if opening is not None:
                return opening
            if _RUNNING_DAY.search(text, 0, cuts[1]):
                # "تتواصل الاشتباكات لليوم الرابع ...، إثر توقيف القائد يوم الأحد": the
                # later clauses' days date what set the act off, not the act
                return None
            whole, text = text, _without_recalled(text, cuts)
            if not _dates_something(text, sentence) and _AFTER_THAT.search(whole):
                # "قالت اللجنة إن الفرقة خرقت التهدئة، بعد أن استهدفت مساء أمس أحياء
                # المدينة": an opening that tells no act of its own is told by the act
                # after "بعد أن", which its day dates
                text = whole
        else:
            here = len(fold(clean(sentence[:at])))
            k = max(i for i, c in enumerate(cuts[:-1]) if c <= here)
            for j in range(k, -1, -1):
                found = _own_date(text[cuts[j]:cuts[j + 1]], published)
                if found is not None:
                    return found
                if _NEXT_DAY.search(text[cuts[j]:cuts[j + 1]]):
                    return _day_after(text, cuts[:j + 1], published)
            return None
    text = _STATEMENT_DATE.sub(" ", _undated(text))
    if not _dates_something(text, sentence):
        return None
    return _resolve(text, sentence, published)


def day_after_in(sentence: str) -> bool:
    """Whether ``sentence`` dates an act to "اليوم التالي" (the day after one told before)."""
    return bool(_NEXT_DAY.search(normalize(sentence)))


def same_day_in(sentence: str) -> bool:
    """Whether ``sentence`` dates an act to "اليوم ذاته" (the day of one told before), or
    opens on a later development ("وفي تطور لاحق، ...", ``LATER_SAME_DAY``)."""
    text = normalize(sentence)
    return bool(_SAME_DAY.search(text) or _LATER_SAME_DAY.search(text))


def _day_after(text: str, cuts: tuple[int, ...], published: datetime) -> date | None:
    """"في اليوم التالي": the day after the one the nearest clause before (of those that
    start at ``cuts``) dates its act to, no later than the page; None without one."""
    for a, b in pairwise(reversed(cuts)):
        found = _own_date(text[b:a], published)
        if found is not None:
            return min(found + timedelta(days=1), _local(published).date())
    return None


def statement_date_in(sentence: str, published: datetime) -> date | None:
    """The day of the statement a sentence reports ("أعلنت الوزارة مساء الأربعاء أن"), if it
    dates one: the incident's date when nothing else dates it."""
    m = _STATEMENT_DATE.search(normalize(sentence))
    if m is None and _LATIN_WORD.search(sentence):
        # English copy: "activists said on Saturday", "accused the army on Saturday of ..."
        said = _EN_SAID_DAY.search(sentence.lower())
        if said is None:
            return None
        base = _local(published).date()
        return _english_day(said.group(), base) or base  # (or "said today")
    return _resolve(m.group(1), m.group(1), published) if m else None


_LATIN_WORD = re.compile(r"[a-zA-Z]{3}")


def after_midnight(night: str, others: list[str], published: datetime) -> date | None:
    """The day after the night ``night`` dates its act to, when another sentence about the
    act puts it past that midnight: "شنت الطائرات غارات ليلة الجمعة" (the night from
    Thursday) then "قرابة الساعة الواحدة بعد منتصف الليل، أي في الساعات الأولى من يوم
    الجمعة" is Friday. None when ``night`` names no such night or nothing says so."""
    text = normalize(night)
    if not any(m.group(1) == "ليله" for m in _WEEKDAY.finditer(text)) \
            or _AFTER_MIDNIGHT.search(text):
        return None
    day = event_date_in(night, published)
    if day is None:
        return None
    after = day + timedelta(days=1)
    return after if any(_AFTER_MIDNIGHT.search(normalize(s)) and event_date_in(s, published)
                        == after for s in others if s != night) else None


def writers_time(sentences: list[str], published: datetime) -> datetime:
    """The time the article's "today" is read against. A headline or lead that names today
    by its weekday ("اليوم الثلاثاء", or "أمس الاثنين") on a page stamped the day after (a
    page put up after midnight, or stamped with the next day) tells the writer's day:
    every "اليوم" and "أمس" of the article counts from it, not from the stamp, so that one
    incident told twice is not dated to two days. Otherwise ``published`` as it is."""
    local = _local(published)
    for sentence in sentences:
        m = _WRITERS_DAY.search(normalize(sentence))
        if m is None:
            continue
        back = (local.weekday() - WEEKDAYS[m.group(2)]) % 7 - (0 if m.group(1) else 1)
        if back == 1:
            return datetime.combine(local.date() - timedelta(days=1), time(23, 59), tzinfo=SYRIA)
        break
    return published


def _page_hour(published: datetime, local: datetime) -> int:
    """The hour on the page's own clock: a page stamped with its offset ("+02:00" in a
    Syrian winter) shows the hour its readers saw; one stamped in UTC, Syria's."""
    offset = published.utcoffset()
    return published.hour if offset else local.hour


def _night(text: str, local: datetime, hour: int) -> date | None:
    """The small hours and the tallies of the last hours, read against the publication time;
    None when the sentence dates its event otherwise."""
    base = local.date()
    # ("بعد منتصف الليلة" is the midnight just passed, not a later time of today.)
    if hour < EARLY_HOURS_END and (local.hour, local.minute) != (0, 0) \
            and _LATER_TODAY.search(_MIDNIGHT.sub(" ", text)) \
            and not (_YESTERDAY.search(text) or _WEEKDAY.search(text)):
        return base - timedelta(days=1)  # "مساء اليوم"، "صباح اليوم" on a page stamped at 00:40
    if _MIDNIGHT.search(text):
        rest = _MIDNIGHT.sub(" ", text)
        if not (_YESTERDAY.search(rest) or _BEFORE_YESTERDAY.search(rest)
                or _WEEKDAY.search(rest) or _explicit(rest, base)):
            return base
    if _TODAY_AT.search(text) or _YESTERDAY.search(text) or _WEEKDAY.search(text) \
            or _LAST_NIGHT.search(text):
        return None
    if _LAST_24H.search(text):
        return base - timedelta(days=1) if hour < _EVENING_HOUR else base
    if _LAST_HOURS.search(text) and not _TODAY.search(text):
        return base - timedelta(days=1) if hour < _NOON else base
    return None


def resolve_event_date(sentence: str, published: datetime) -> date:
    """The day (Syria local time) the event in ``sentence`` happened.

    Relative words (أمس، اليوم، a weekday) win over explicit dates in the same sentence,
    because explicit dates there usually date background ("the truce of 5 March"); a date
    after publication or no date word at all means the publication day.
    """
    return _resolve(normalize(sentence), sentence, published)


def _resolve(text: str, sentence: str, published: datetime) -> date:
    """``resolve_event_date`` on the normalised ``text`` (``sentence`` as written)."""
    text = _without_agreement_dates(_undated(text))
    cuts = _date_clauses(text)
    if len(cuts) > 2 and _RECALLED.search(text) and _own_date(text[:cuts[1]], published) is None:
        blanked = _without_recalled(text, cuts)
        if _dates_something(blanked, sentence) or not _AFTER_THAT.search(text):
            text = blanked  # (else the act after "بعد أن" is the one told: see below)
    local = _local(published)
    base = local.date()
    night = _night(text, local, _page_hour(published, local))
    if night is not None:
        return night
    if (_TODAY_AT.search(text) or _TODAY_DAY.search(text)) \
            and not _BEFORE_YESTERDAY.search(text) and not _YESTERDAY.search(text) \
            and not _LAST_NIGHT.search(text):
        # "تجددت صباح اليوم ..." anchors the incident; "قبل يومين" then dates background.
        # "اليوم الخميس" on a page stamped Wednesday names no day a week back: the page's
        # stamp lags the writer, and the event is no later than the page.
        today_day = _TODAY_DAY.search(text)
        pair = _NIGHT_PAIR.search(text)
        # "اليوم السبت" names the incident's day; another weekday of the sentence ("الهدنة
        # التي دخلت حيز التنفيذ مساء الاثنين الماضي"، "منذ بدء سريان الاتفاق منتصف ليل
        # الجمعة – السبت" read on a Sunday) dates background, unless a night that runs into
        # today ("منذ ليل الثلاثاء-الأربعاء ... حتى ظهر اليوم") tells the incident's span.
        found = _weekday(today_day.group(0) if today_day and not (
            pair and WEEKDAYS[pair.group(2)] == base.weekday()) else text, base)
        if pair and WEEKDAYS[pair.group(2)] == base.weekday() \
                and _UNTIL_TODAY_AT.search(text, pair.end()):
            return base  # "منذ ليل الثلاثاء-الأربعاء ... حتى ظهر اليوم": today
        return base if found is None or (base - found).days == 6 else found
    dated = _DAY_AND_DATE.search(text)
    found = _explicit(text[dated.end():], base, here=True) if dated else None
    if dated is not None and found is not None and found <= base and (
            found.weekday() == WEEKDAYS[dated.group(1)] or dated.group(2)):
        # A written-out day counts only where it falls on its weekday: "يوم السبت الخامس من
        # تشرين الأول" a season back is background or a slip, and the weekday decides.
        return found
    found = _weekday(text, base) if _YESTERDAY_DAY.search(text) else _relative(text, base)
    if found is None and _TODAY.search(text):
        # "اليوم الخميس" written by an outlet in another time zone: the weekday decides.
        return _weekday(text, base) or base
    found = found or _weekday(text, base) or _explicit(text, base)
    if found is None and re.search(r"[a-zA-Z]{3}", sentence):
        found = _english(sentence, base)
    if found is None or found > base or (base - found).days > MAX_YEARS_AGO * 366:
        return base
    return found
