"""Publication dates as Syrian sites write them, always returned timezone-aware.

Understands ISO 8601, RFC 2822 (feeds), and Arabic dates with Levantine or Egyptian month
names, alone or paired (``آذار/مارس``), Arabic-Indic digits and an optional time
(``الأحد 3 تشرين الأول 2024 - 10:30 م``, ``(GMT+0400)`` after the time). A date without a zone
is in the zone the caller names (a source's ``zone``), else Syria's: UTC+3 (no DST since 2022).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SYRIA = timezone(timedelta(hours=3), "Asia/Damascus")
# Years a publication time can have. Outside them the metadata is junk, and times at the edge
# of the calendar (0001 with +05:00, 9999 with -05:00) cannot even be converted to UTC.
PLAUSIBLE_YEARS = range(1901, 2200)

MONTHS: dict[str, int] = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "يناير": 1, "كانون ثاني": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4,
    "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
# --- issue 16: Maghrebi month names (Tunisia, Algeria: "8 فيفري 2019"; Morocco: "3 غشت 2020").
# Kept apart so that they can move with the tables above to language/calendar.py.
MAGHREBI_MONTHS: dict[str, int] = {
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "جويليه": 7, "أوت": 8, "اوت": 8, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11,
    "دجنبر": 12,
}
MONTHS.update(MAGHREBI_MONTHS)
# Words that may stand beside a date in an article's date line ("تم نشره الجمعة 24 نيسان 2020
# 09:22 مساءً"); a line made of nothing else is a date line, not article text.
_DATE_LINE_TEXT = (
    "الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت تم نشر نشره "
    "نشرت بتاريخ التاريخ تاريخ النشر في آخر اخر تحديث محدثة مساء مساءً صباحا صباحًا ص م "
    "gmt utc published updated on at am pm"
)
DATE_LINE_WORDS = frozenset(_DATE_LINE_TEXT.split())
# --- end of issue 16 block
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ARABIC = re.compile(
    rf"(?P<day>\d{{1,2}})\s*(?:من\s+)?(?P<m1>{_MONTH_ALT})(?:\s*[/(-]\s*(?P<m2>{_MONTH_ALT})\)?)?"
    r"\s*،?\s*(?P<year>\d{4})"
    r"(?:[^\d]{0,12}(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*(?P<ampm>مساء[\u064b-\u0652]*|"
    r"صباح[\u064b-\u0652]*ا?[\u064b-\u0652]*|[صم]|AM|PM|am|pm))?"
    r"(?:\W{0,3}(?:GMT|UTC)\s*(?P<offset>[+-]\s*\d{1,2}(?::?\d{2})?))?)?"
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?")


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
    """The first date found in ``text``, or None; a time without a zone is in ``zone``."""
    found = parse_stated(text)
    return aware(found, zone) if found is not None else None


def parse_stated(text: str | None) -> datetime | None:
    """Like :func:`parse_date`, but naive where the text states no zone: the caller decides."""
    if not text:
        return None
    text = text.translate(_DIGITS).strip()
    for parser in (_parse_iso, _parse_rfc2822, _parse_arabic):
        found = parser(text)
        if found is not None:
            return found if found.year in PLAUSIBLE_YEARS else None
    return None


def is_date_line(line: str) -> bool:
    """A line that is a date and its labels only ("تم نشره الجمعة 24 نيسان 2020 09:22 مساءً")."""
    if len(line) > 120 or parse_stated(line) is None:
        return False
    rest = _ARABIC.sub(" ", line.translate(_DIGITS))
    rest = _ISO.sub(" ", rest)
    words = re.findall(r"[^\W\d]+", rest.casefold())
    return all(w in DATE_LINE_WORDS or w in MONTHS for w in words)


def _parse_iso(text: str) -> datetime | None:
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
    if not re.match(r"^(\w{3},\s*)?\d{1,2}\s+\w{3}\s+\d{4}", text):
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_arabic(text: str) -> datetime | None:
    match = _ARABIC.search(text)
    if not match:
        return None
    month = MONTHS[match["m1"]]
    hour = int(match["hour"] or 0)
    ampm = (match["ampm"] or " ")[0].casefold()
    if ampm in ("م", "p") and hour < 12:  # م, مساءً, PM
        hour += 12
    elif ampm in ("ص", "a") and hour == 12:  # ص, صباحًا, AM
        hour = 0
    try:
        return datetime(int(match["year"]), month, int(match["day"]), hour,
                        int(match["minute"] or 0), tzinfo=_offset(match["offset"]))
    except ValueError:
        return None


def _offset(text: str | None) -> tzinfo | None:
    """``+4``, ``+0400``, ``-03:30`` to a fixed offset; None where the text states none."""
    if not text:
        return None
    sign, digits = (-1 if text.lstrip()[0] == "-" else 1), re.sub(r"\D", "", text)
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
