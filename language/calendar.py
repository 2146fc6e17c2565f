"""Month and weekday names as Arabic news writes them.

Three families of month names are in use: the Levantine (Syriac) ones of Syria, Lebanon,
Jordan and Iraq (آذار، تشرين الأول), the Egyptian and Gulf ones taken from the European
months (مارس، أكتوبر), and the Maghrebi ones taken from French (فيفري، جوان، أوت) or Spanish
(غشت، دجنبر). Syrian outlets often pair two ("آذار/مارس"). The tables are written as outlets
spell them; ``normalized`` gives them in the matching form of ``language.normalize``.

To add a spelling, add it to its family below (as written, with its hamza); the normalised
tables follow.
"""

from __future__ import annotations

from collections.abc import Mapping

from language.normalize import normalize

__all__ = ["EGYPTIAN", "EVENT_MONTHS", "LEVANTINE", "MAGHREBI", "MONTHS", "WEEKDAYS",
           "normalized"]

# Levantine (Syriac) month names.
LEVANTINE: dict[str, int] = {
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12,
}
# Egyptian and Gulf month names, from the European months.
EGYPTIAN: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
}
# Maghrebi month names: Algeria and Tunisia (from French), Morocco (غشت، شتنبر، دجنبر).
MAGHREBI: dict[str, int] = {
    "جانفي": 1, "فيفري": 2, "مارس": 3, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "يوليوز": 7, "أوت": 8, "غشت": 8, "سبتمبر": 9, "شتنبر": 9, "أكتوبر": 10, "نوفمبر": 11,
    "نونبر": 11, "ديسمبر": 12, "دجنبر": 12,
}
# Weekday names with their article, Monday first (``date.weekday()``'s numbering).
WEEKDAYS_WRITTEN: dict[str, int] = {
    "الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
}


def normalized(names: Mapping[str, int]) -> dict[str, int]:
    """The names in their matching form (one alef, ة->ه, ى->ي): "آذار" -> "اذار"."""
    return {normalize(name): number for name, number in names.items()}


# Every month name, normalised: publication dates read them all.
MONTHS: dict[str, int] = normalized(LEVANTINE | EGYPTIAN | MAGHREBI)
# The month names an event's date is read from. Most Maghrebi names also begin ordinary
# words (جوان in جوانب، ماي in مايك), and the event-date patterns do not yet require a word
# boundary after a month, so only غشت of them is read.
# (أبريل نيسان: the pair some outlets write without a slash.)
EVENT_MONTHS: dict[str, int] = normalized(LEVANTINE | EGYPTIAN | {"غشت": 8, "أبريل نيسان": 4})
WEEKDAYS: dict[str, int] = normalized(WEEKDAYS_WRITTEN)
