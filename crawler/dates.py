"""Publication dates as Syrian sites write them, always returned timezone-aware.

Understands ISO 8601, RFC 2822 (feeds), and Arabic dates with Levantine or Egyptian month
names, alone or paired (``آذار/مارس``), Arabic-Indic digits and an optional time
(``الأحد 3 تشرين الأول 2024 - 10:30 م``). A date without a zone is Syria's: UTC+3 (no DST since
2022).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

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
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ARABIC = re.compile(
    rf"(?P<day>\d{{1,2}})\s*(?:من\s+)?(?P<m1>{_MONTH_ALT})(?:\s*[/(-]\s*(?P<m2>{_MONTH_ALT})\)?)?"
    r"\s*،?\s*(?P<year>\d{4})"
    r"(?:[^\d]{0,12}(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*(?P<ampm>[صم]|AM|PM|am|pm))?)?"
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?")


def aware(value: datetime) -> datetime:
    """Attach Syria's offset to a naive datetime."""
    return value if value.tzinfo is not None else value.replace(tzinfo=SYRIA)


def parse_date(text: str | None) -> datetime | None:
    """The first date found in ``text``, or None."""
    if not text:
        return None
    text = text.translate(_DIGITS).strip()
    for parser in (_parse_iso, _parse_rfc2822, _parse_arabic):
        found = parser(text)
        if found is not None:
            return found if found.year in PLAUSIBLE_YEARS else None
    return None


def _parse_iso(text: str) -> datetime | None:
    match = _ISO.search(text)
    if not match:
        return None
    raw = match.group(0).replace(" ", "T").replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", raw):
        raw = raw[:-2] + ":" + raw[-2:]
    try:
        return aware(datetime.fromisoformat(raw))
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> datetime | None:
    if not re.match(r"^(\w{3},\s*)?\d{1,2}\s+\w{3}\s+\d{4}", text):
        return None
    try:
        return aware(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_arabic(text: str) -> datetime | None:
    match = _ARABIC.search(text)
    if not match:
        return None
    month = MONTHS[match["m1"]]
    hour = int(match["hour"] or 0)
    if match["ampm"] in ("م", "PM", "pm") and hour < 12:
        hour += 12
    elif match["ampm"] in ("ص", "AM", "am") and hour == 12:
        hour = 0
    try:
        local = datetime(int(match["year"]), month, int(match["day"]), hour,
                         int(match["minute"] or 0), tzinfo=SYRIA)
    except ValueError:
        return None
    return local
