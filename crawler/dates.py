"""Publication dates as news sites and feeds write them, always returned timezone-aware.

``parse_date`` is the one reader of publication times, for the crawler (feeds, sitemaps,
pages, Telegram) and the pipeline (``published`` of articles read from files). It
understands ISO 8601 (anywhere in the text), RFC 2822 (feeds), numeric dates (``12/03/2023``,
``2023.03.12``) and Arabic dates with Levantine, Egyptian/Gulf or Maghrebi month names
(``language.calendar``), alone or paired (``آذار/مارس``), with Arabic-Indic digits and a
time anywhere (``الأحد 3 تشرين الأول 2024 - 10:30 م``, ``مساءً``, ``(GMT+0400)`` after it).
A time without a zone is in the zone the caller names (a source's ``zone``), else Syria's:
UTC+3 (no DST since 2022).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from language.calendar import MONTHS
from language.normalize import ascii_digits, normalize

__all__ = ["PLAUSIBLE_YEARS", "SYRIA", "SYRIA_CLOCK", "aware", "is_date_line", "parse_date",
           "parse_stated", "zone_named"]

SYRIA = timezone(timedelta(hours=3), "Asia/Damascus")


def _syria_clock() -> tzinfo:
    try:
        return ZoneInfo("Asia/Damascus")
    except (ZoneInfoNotFoundError, ValueError):
        return SYRIA


# The clock Syria kept on a given day: UTC+02:00 in winter and +03:00 in summer until October
# 2022, +03:00 since. The day an article's "اليوم" names is the day on this clock: a round-up
# published at 23:55+02:00 on 12 March 2013 tells the 12th, not the 13th of a fixed +03:00.
SYRIA_CLOCK: tzinfo = _syria_clock()
# Years a publication time can have. Outside them the metadata is junk, and times at the edge
# of the calendar (0001 with +05:00, 9999 with -05:00) cannot even be converted to UTC.
PLAUSIBLE_YEARS = range(1901, 2200)

# Words that may stand beside a date in an article's date line ("تم نشره الجمعة 24 نيسان 2020
# 09:22 مساءً"); a line made of nothing else is a date line, not article text.
_DATE_LINE_TEXT = (
    "الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت تم نشر نشره نشرت بتاريخ "
    "التاريخ تاريخ النشر في آخر تحديث محدثة مساء صباحا ص م gmt utc published updated on at "
    "am pm"
)
DATE_LINE_WORDS = frozenset(normalize(w).casefold() for w in _DATE_LINE_TEXT.split())

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# "12 آذار/مارس 2023", "3 تشرين الأول، 2024", "12 من شهر اذار (مارس) عام 2023" (normalised:
# arclean writes the Arabic comma as ",")
_ARABIC = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})"
    rf"(?:\s*(?:/|\(|-)?\s*(?:{_MONTH_ALT})\)?)?"
    r"\s*,?\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?(\d{4})"
)
_SLASHED = re.compile(r"(?<!\d)(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?!\d)")
# A time, its half of the day (normalised: "مساءً" is "مساء", "صباحًا" "صباحا") and an
# offset written after it ("(GMT+0400)").
_TIME = re.compile(
    r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:(صباحا|صباح|مساء|ص|م|am|pm)(?!\w))?"
    r"(?:\W{0,3}(?:gmt|utc)\s*([+-]\s*\d{1,2}(?::?\d{2})?))?",
    re.IGNORECASE,
)


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (``Africa/Cairo``); ValueError with a one-line reason otherwise."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not an IANA time zone such as 'Africa/Cairo'") from None


def aware(value: datetime, zone: tzinfo | None = None) -> datetime:
    """Attach ``zone`` (default Syria's offset) to a naive datetime."""
    return value if value.tzinfo is not None else value.replace(tzinfo=zone or SYRIA)


def parse_date(text: str | None, zone: tzinfo | None = None) -> datetime | None:
    """The publication time ``text`` gives, or None; a time without a zone is in ``zone``
    (default Syria's). A year outside ``PLAUSIBLE_YEARS`` is junk metadata, also None."""
    found = parse_stated(text)
    return aware(found, zone) if found is not None else None


def parse_stated(text: str | None) -> datetime | None:
    """Like :func:`parse_date`, but naive where the text states no zone: the caller decides
    (a page's metadata that carries its zone is preferred to one that does not)."""
    if not text:
        return None
    text = ascii_digits(text).strip()
    readers: tuple[Callable[[str], datetime | None], ...] = (_parse_iso, _parse_rfc2822,
                                                             _parse_arabic)
    for reader in readers:
        found = reader(text)
        if found is not None:
            return found if found.year in PLAUSIBLE_YEARS else None
    return None


def is_date_line(line: str) -> bool:
    """A line that is a date and its labels only ("تم نشره الجمعة 24 نيسان 2020 09:22 مساءً")."""
    if len(line) > 120 or parse_stated(line) is None:
        return False
    rest = normalize(ascii_digits(line))
    for pattern in (_ARABIC, _ISO, _TIME, _SLASHED):
        rest = pattern.sub(" ", rest)
    words = re.findall(r"[^\W\d]+", rest.casefold())
    return all(w in DATE_LINE_WORDS or w in MONTHS for w in words)


def _parse_iso(text: str) -> datetime | None:
    if _ISO_START.match(text):
        # The whole text first: Python reads more ISO forms ("2023-03-12T10") than _ISO.
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
    match = _ISO.search(text)
    if not match:
        return None
    raw = match.group(0).replace(" ", "T").replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", raw):
        raw = raw[:-2] + ":" + raw[-2:]
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_arabic(text: str) -> datetime | None:
    """A day, month name and year, or a numeric date; the time is the first one the text
    gives besides the date."""
    text = normalize(text)
    day_month_year: tuple[int, int, int] | None = None
    m = _ARABIC.search(text)
    if m:
        day_month_year = (int(m.group(1)), MONTHS[m.group(2)], int(m.group(3)))
    else:
        s = _SLASHED.search(text)
        if s:
            a, b, c = (int(g) for g in s.groups())
            day_month_year = (c, b, a) if a > 31 else (a, b, c)
    if day_month_year is None:
        return None
    day, month, year = day_month_year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    hour, minute, second, offset = _clock(text.replace(m.group(0), " ") if m else text)
    return datetime(found.year, found.month, found.day, hour, minute, second, tzinfo=offset)


def _clock(text: str) -> tuple[int, int, int, tzinfo | None]:
    m = _TIME.search(text)
    if m is None:
        return 0, 0, 0, None
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    half = (m.group(4) or " ")[0].casefold()
    if half in ("م", "p") and hour < 12:  # م, مساء, PM
        hour += 12
    elif half in ("ص", "a") and hour == 12:  # ص, صباحا, AM
        hour = 0
    return hour % 24, minute % 60, second % 60, _offset(m.group(5))


def _offset(text: str | None) -> tzinfo | None:
    """``+4``, ``+0400``, ``-03:30`` to a fixed offset; None where the text states none."""
    if not text:
        return None
    sign, digits = (-1 if text.lstrip()[0] == "-" else 1), re.sub(r"\D", "", text)
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
