"""Arabic letter folding: the readable form of a text and the form used for matching.

``fold`` unifies spelling with one character table (no diacritics or tatweel, one alef,
ة->ه, ى->ي, hamza seats, Persian letters, Arabic-Indic and Persian digits, Latin
lower-cased). ``clean`` keeps the text readable (camel-tools ``arclean``, ASCII digits, one
kind of space); ``normalize`` is the form every stage matches on: ``fold(clean(text))``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from camel_tools.utils.charmap import CharMapper

__all__ = ["ascii_digits", "clean", "fold", "normal_forms", "normalize", "unmask"]

_EASTERN_DIGITS = dict(zip("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", strict=True))
# arclean maps Eastern Arabic digits; Persian digits and the Arabic comma etc. it leaves.
_DIGITS = str.maketrans(_EASTERN_DIGITS)
_TATWEEL = "\u0640"
# The diacritics camel-tools' ``dediac_ar`` removes: tanwin, short vowels, shadda, sukun,
# dagger alef.
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
            "ک": "ك", "ی": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب"}
_FOLD = str.maketrans({**_EASTERN_DIGITS, **_LETTERS,
                       **dict.fromkeys(_TATWEEL + _DIACRITICS)})
# The same map for ``re.sub``: in Arabic text most characters are not in it, and only
# those that are cost a call (``str.translate`` looks every character up).
_FOLDED = {chr(code): value or "" for code, value in _FOLD.items()}
_TO_FOLD = re.compile("[" + "".join(map(re.escape, _FOLDED)) + "]")
# A run of spaces of any kind becomes one " ". Only the runs that change are matched (two
# or more, or one that is not " "): a plain "[...]+" also matched, and rebuilt the text
# around, every single space between two words.
_SPACE = r"[ \t\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
_SPACES = re.compile(rf"{_SPACE}(?:{_SPACE}+|(?<! ))")
# The spaces of ``_SPACE`` other than " " (a text with none, and no "  ", has no ``_SPACES``).
_ODD_SPACE = re.compile(r"[\t\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class _DeleteOthers(dict[int, str | None]):
    """A ``str.translate`` table that deletes the characters it does not list."""

    def __missing__(self, key: int) -> None:
        return None


@lru_cache(maxsize=1)
def _arclean() -> _DeleteOthers:
    """camel-tools' ``arclean`` character map as a ``str.translate`` table: the same map
    (a listed character becomes its value, or stays when the value is empty; any other
    character is dropped, arclean's default), applied in C rather than a character at a
    time in Python, which made it the costliest step of reading an article."""
    mapper = CharMapper.builtin_mapper("arclean")
    charmap: dict[str, str | None] = mapper._charmap  # no public accessor
    if mapper._default != "":
        raise RuntimeError("camel-tools' arclean no longer drops unlisted characters")
    return _DeleteOthers({ord(c): c if v is None else v for c, v in charmap.items()})


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII ones, nothing else changed: "٢٠٢٤" -> "2024"."""
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Spelling unified character by character: "إدلبُ" -> "ادلب", "٣" -> "3", "Idlib" ->
    "idlib". Needs no data: for short strings (names, keywords) that are already clean."""
    return _fold(text).lower()


# From this length on, a text is folded by replacing each character of the map it holds
# (a sentence holds most of the letters: a few passes in C beat a call per letter).
_LONG = 48


def _fold(text: str) -> str:
    if len(text) < _LONG:
        return _TO_FOLD.sub(lambda m: _FOLDED[m[0]], text)
    for char, value in _FOLDED.items():
        if char in text:
            text = text.replace(char, value)
    return text


def _cleaned(char: str) -> str:
    """One character as ``clean`` leaves it: ASCII digit, no tatweel, then arclean."""
    char = char.translate(_DIGITS)
    return "" if char == _TATWEEL else char.translate(_arclean())


@lru_cache(maxsize=1)
def _changed_by_clean() -> re.Pattern[str]:
    """The characters ``clean`` changes or drops: any but those it keeps as they are."""
    kept = sorted(ord(c) for c in map(chr, _arclean()) if _cleaned(c) == c)
    ranges: list[tuple[int, int]] = []
    for code in kept:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return re.compile("[^" + "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    ) + "]")


_CLEANED: dict[str, str] = {}


def _clean_one(match: re.Match[str]) -> str:
    char = match.group()
    found = _CLEANED.get(char)
    if found is None:
        found = _CLEANED[char] = _cleaned(char)
    return found


def clean(text: str) -> str:
    """Text as written, minus noise: arclean, no tatweel or bidi marks, ASCII digits.

    The three are maps of one character each, so their composition is one too; it is
    applied only to the characters it changes (found by one regular expression, in C):
    in Arabic news most characters are kept as they are, and ``str.translate`` over the
    whole text with arclean's table looked every one of them up in Python."""
    text = _changed_by_clean().sub(_clean_one, text)
    if "  " not in text and _ODD_SPACE.search(text) is None:
        return text  # (nothing for ``_SPACES``: its every match holds one of the two)
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """The matching form: clean, no diacritics, alef/hamza/ة/ى unified, Latin lower-cased.

    Cached: one article's sentences are normalised by each stage that reads them (triggers,
    places, tolls, dates), and camel-tools' character map is the costly part."""
    return _fold(clean(text)).lower()


def normal_forms(words: Iterable[str]) -> frozenset[str]:
    """The matching forms of words written in ordinary spelling: how a word list that people
    edit is compared with normalised text ({"قرية", "قريه"} -> {"قريه"})."""
    return frozenset(normalize(word) for word in words)


# Outlets write words that platforms filter with a stretched, dotted break ("مجـ.ـزرة",
# "قـ.ـتلى"): read as written, the dot ends a sentence in the middle of a word.
_MASK = re.compile("(?<=[\u0621-\u064A])\u0640*[.·]?\u0640+(?=[\u0621-\u064A])"
                   "|(?<=[\u0621-\u064A])\u0640+[.·]?\u0640*(?=[\u0621-\u064A])")


def unmask(text: str) -> str:
    """Text with filter-evading breaks inside words removed ("مجـ.ـزرة" -> "مجزرة")."""
    return _MASK.sub("", text) if "\u0640" in text else text
