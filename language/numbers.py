"""Arabic number words: cardinals ("ثلاثة وعشرون"، "خمسة عشر"، "مئتين"، "ثلاثمئة") and the
ordinals that name days of the month ("الحادي والعشرين").

``number_at`` reads the number phrase that starts at a word of a normalised word list
(``language.tokens.tokens(text, split_digits=True)``). The tables are written in the
matching form of ``language.normalize`` (one alef, ة->ه, ى->ي).
"""

from __future__ import annotations

from language.normalize import normalize
from language.tokens import Proclitics

__all__ = ["HUNDREDS", "ORDINALS", "ORDINAL_TENS", "TENS", "THOUSANDS", "UNITS", "number_at"]

UNITS = {normalize(k): v for k, v in {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
    "اثنتين": 2, "اثنا": 2, "اثني": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5,
    "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}.items()}
TENS = {normalize(k): v for k, v in {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}.items()}
HUNDREDS = {normalize(k): v for k, v in {
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
}.items()}
THOUSANDS = {normalize(k): v for k, v in {
    "الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الاف": 1000,
}.items()}
# Ordinals of the days of a month, after their article: "الثالث"، "الحادي (عشر)"، and
# the tens they combine with ("الحادي والعشرين").
ORDINALS = {"اول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6,
            "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10}
ORDINAL_TENS = {"عشر": 10, "عشرين": 20, "ثلاثين": 30}

_HUNDRED = normalize("مئه")
_HUNDREDS_GLUED = (_HUNDRED, normalize("مائه"))  # both spellings
_PLURAL_THOUSANDS = normalize("الاف")  # "آلاف" alone is vague, "ثلاثة آلاف" is a number
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(THOUSANDS)
# "والعشرين"، "بالف": the clitics a number word takes.
_CLITICS = Proclitics(("وال", "بال", "لل", "ال", "و", "ب"))


def _glued_hundreds(word: str) -> int | None:
    """The units of "ثلاثمئة"/"الثلاثمائة" (3), None for any other word."""
    for hundred in _HUNDREDS_GLUED:
        if word.endswith(hundred) and len(word) > len(hundred):
            units = _CLITICS.strip(word[:-len(hundred)], UNITS)
            if units in UNITS:
                return UNITS[units]
    return None


def number_at(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, next index) of the number phrase starting at ``words[i]``, else None."""
    total, current, j, seen = 0, 0, i, False
    while j < len(words):
        raw = words[j]
        word = _CLITICS.strip(raw, _NUMBER_WORDS)
        joined = seen and raw.startswith("و") and j > i
        if raw.isdigit():
            if seen and not joined:
                break
            current += int(raw) if len(raw) < 10 else 0
        elif word in UNITS and not (word == "عشر" and seen and not joined and current < 10):
            if seen and not joined and word not in ("عشر", "عشره"):
                break
            if joined and current % 100:
                break  # "ثلاثة وخمسة" is two numbers; "مئة وخمسة" and "ألف وخمسة" are one
            current += UNITS[word]
        elif word in ("عشر", "عشره") and seen:
            current += 10
        elif word in TENS:
            if seen and not joined and current >= 10:
                break
            if joined and current % 100 >= 10:
                break  # "خمسة عشر وعشرين" is two numbers (a range); "مئة وعشرين" is one
            current += TENS[word]
        elif word in HUNDREDS:
            # "ثلاث مئة" multiplies; "مئة" and "مئتين" stand alone.
            current = current * 100 if current and HUNDREDS[word] == 100 else \
                current + HUNDREDS[word]
        elif (units := _glued_hundreds(word)) is not None:
            current += units * 100  # "ثلاثمئة"، "الثلاثمائة"
        elif word in THOUSANDS:
            if word == _PLURAL_THOUSANDS and not current:
                break  # "آلاف" alone is vague
            total += (current or 1) * THOUSANDS[word]
            current = 0
        else:
            break
        seen, j = True, j + 1
    if not seen:
        return None
    return total + current, j
