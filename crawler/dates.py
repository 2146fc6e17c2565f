"""Publication dates as news sites and feeds write them, always returned timezone-aware.

``parse_date`` is the one reader of publication times, for the crawler (feeds, sitemaps,
pages, Telegram) and the pipeline (``published`` of articles read from files). It
understands ISO 8601 (anywhere in the text), RFC 2822 (feeds), numeric dates (``12/03/2023``,
``2023.03.12``) and Arabic dates with Levantine, Egyptian/Gulf or Maghrebi month names
(``language.calendar``), alone or paired (``آذار/مارس``), with Arabic-Indic digits and a
time anywhere (``الأحد 3 تشرين الأول 2024 - 10:30 م``). A time without a zone is Syria's:
UTC+3 (no DST since 2022).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from language.calendar import MONTHS
from language.normalize import ascii_digits, normalize

__all__ = ["PLAUSIBLE_YEARS", "SYRIA", "aware", "parse_date", "to_utc"]

SYRIA = timezone(timedelta(hours=3), "Asia/Damascus")
# Years a publication time can have. Outside them the metadata is junk, and times at the edge
# of the calendar (0001 with +05:00, 9999 with -05:00) cannot even be converted to UTC.
PLAUSIBLE_YEARS = range(1901, 2200)

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# "12 آذار/مارس 2023", "3 تشرين الأول، 2024", "12 من شهر اذار (مارس) عام 2023" (normalised:
# arclean writes the Arabic comma as ",")
_ARABIC = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?:\s*(?:/|\(|-)?\s*(?:{_MONTH_ALT})\)?)?"
    r"\s*,?\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?(\d{4})"
)
_SLASHED = re.compile(r"(?<!\d)(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(ص|م|am|pm)?", re.IGNORECASE)


def aware(value: datetime) -> datetime:
    """Attach Syria's offset to a naive datetime."""
    return value if value.tzinfo is not None else value.replace(tzinfo=SYRIA)


def parse_date(text: str | None) -> datetime | None:
    """The publication time ``text`` gives, or None; a year outside ``PLAUSIBLE_YEARS``
    is junk metadata, also None."""
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


def _parse_iso(text: str) -> datetime | None:
    if _ISO_START.match(text):
        # The whole text first: Python reads more ISO forms ("2023-03-12T10") than _ISO.
        try:
            return aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            pass
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
    try:
        return aware(parsedate_to_datetime(text))
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
    hour, minute, second = _clock(text.replace(m.group(0), " ") if m else text)
    return datetime(found.year, found.month, found.day, hour, minute, second, tzinfo=SYRIA)


def _clock(text: str) -> tuple[int, int, int]:
    m = _TIME.search(text)
    if m is None:
        return 0, 0, 0
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if (m.group(4) or "").lower() in ("م", "pm") and hour < 12:
        hour += 12
    if (m.group(4) or "").lower() in ("ص", "am") and hour == 12:
        hour = 0
    return hour % 24, minute % 60, second % 60


def to_utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None
