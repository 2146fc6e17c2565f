"""Patterns rewritten to open with a set of characters (``re`` skips ahead to them) match
as the forms they replace, which open with a lookbehind or "^"."""

from __future__ import annotations

import itertools
import random
import re

import pipeline.events.background as background
import pipeline.events.dates as dates
import pipeline.events.extract as extract
from language.sieve import alternation
from pipeline.rules import background as rules
from pipeline.rules.dates import AFTER_COMMA_OPENERS, DATE_CLAUSE_OPENERS
from pipeline.rules.scenes import CLAUSE_OPENERS

_WORDS = ("اليوم", "أمس", "الأعنف", "منذ", "والأعنف", "فيما", "بينما", "كما", "بعد", "وقت",
          "سابق", "today", "Yesterday", "İn", "ſince", "الماضي", "الذي", "يشهد", "ليرتفع",
          "لأول", "مرة", "x", "7", "،", ",", "-", "\n", "وفي", "بالأمس", "فاليوم")


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return [rnd.choice(["", " ", "،", ", "]).join(
        rnd.choice(_WORDS) + rnd.choice(["", " ", "  ", "، ", "\n"])
        for _ in range(rnd.randint(1, 8))) for _ in range(count)]


def test_ascii_folds_are_all_letters_matching_an_ascii_letter() -> None:
    found = re.findall("[a-z]", "".join(map(chr, range(0x80, 0x110000))), re.IGNORECASE)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert "".join(c for c in found if re.fullmatch(letter, c, re.IGNORECASE)) \
            == background.ASCII_FOLDS.get(letter, "")


def test_word_led_matches_as_the_lookbehind_form() -> None:
    cases = [("و|ف|ب|ل|ال", rules.PHRASES, "", re.IGNORECASE),
             ("و|ف|ب|ل|ال", rules.TODAY, r"(?!\w)(?!\s+(?:الماضي|التالي))", re.IGNORECASE),
             ("و|ف|ب|ل|ال", rules.COMPARED, r"(?!\w)", 0),
             ("", rules.STATE_RELATIVE, r"(?!\w)", 0)]
    texts = _texts(1, 600)
    for prefixes, phrases, tail, flags in cases:
        new = background._word_led(prefixes, phrases, tail, flags)
        old = re.compile(rf"(?<!\w)(?:{prefixes})?(?:{background._alternation(phrases)}){tail}",
                         flags)
        for text in texts + [p + " " for p in phrases] + ["x" + p for p in phrases]:
            assert [m.span() for m in new.finditer(text)] == \
                [m.span() for m in old.finditer(text)], text
            for pos in range(len(text)):
                found, was = new.search(text, pos), old.search(text, pos)
                assert (found and found.span()) == (was and was.span()), (text, pos)


def test_clause_starts_as_the_lookbehind_forms() -> None:
    old_date = re.compile(
        rf"(?<=[\s،,])(?:{dates._words(CLAUSE_OPENERS + DATE_CLAUSE_OPENERS)})(?=\s)"
        rf"|[،,]\s*(?:{dates._words(AFTER_COMMA_OPENERS)})(?=\s)")
    old_clauses = re.compile(rf"(?:^|\s|،)(?:{alternation(extract.CLAUSE_OPENERS)})(?=\s)"
                             rf"|،\s*(?:{alternation(extract.DEATH_CLAUSE_OPENERS)})(?=\s)")
    words = [*CLAUSE_OPENERS, *AFTER_COMMA_OPENERS, *extract.CLAUSE_OPENERS,
             *extract.DEATH_CLAUSE_OPENERS]
    rnd = random.Random(2)
    texts = _texts(3, 2000) + [rnd.choice(["", " ", "،", "x"]).join(
        rnd.choice(words) + rnd.choice([" ", "، ", "،", ",", ""]) for _ in range(5))
        for _ in range(3000)]
    for text in texts:
        assert dates._date_clauses(text) == (
            0, *(m.start() for m in old_date.finditer(text)), len(text)), text
        assert extract._clause_starts(text) == [m.start() for m in old_clauses.finditer(text)]


def test_figure_led_patterns_as_the_lookbehind_forms() -> None:
    from pipeline.events.classify import _YEARS
    from pipeline.events.dates import _MONTH_ALT, _NUMERIC_DATE, _SEP
    pairs = [
        (re.compile(r"(?<!\S)(?:19|20)\d\d(?!\S)"), _YEARS),
        (re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)"), background._YEAR_FIGURES),
        (re.compile(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})"
                    rf"(?:{_SEP}(?:{_MONTH_ALT})\)?)?"
                    rf"(?:\s+(?:من\s+)?(?:عام\s+|سنه\s+)?(\d{{4}}))?"), _NUMERIC_DATE)]
    every = ["".join(t) for n in range(1, 6)
             for t in itertools.product(["1", "2", "9", "0", " ", "x", "\n", "٢"], repeat=n)]
    rnd = random.Random(4)
    dated = [rnd.choice(["", " ", "1", "x"]).join(
        rnd.choice(["15", "3", "2021", "1999", "آذار", "اذار", "/مارس", "من", "شهر", "عام"])
        + rnd.choice([" ", "", "/", "-"]) for _ in range(6)) for _ in range(3000)]
    for old, new in pairs:
        for text in every + dated:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in old.finditer(text)], text
            for pos in range(len(text)):
                for found, was in ((new.match(text, pos), old.match(text, pos)),
                                   (new.fullmatch(text, pos), old.fullmatch(text, pos))):
                    assert (found and found.span()) == (was and was.span()), (text, pos)


def test_distribution_cut_as_the_two_way_form() -> None:
    old = re.compile(rf"[،,؛]|\s(?=و\s*(?:\d+|{extract._COUNT_WORDS})\s)")
    rnd = random.Random(5)
    texts = ["".join(rnd.choice(["و", "3", " ", "، ", "؛", ",", "\n", "خمسة", "منهم", "في", "x"])
                     for _ in range(rnd.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        assert extract._DISTRIBUTION_CUT.split(text) == old.split(text), text
        assert [m.span() for m in extract._DISTRIBUTION_CUT.finditer(text)] == \
            [m.span() for m in old.finditer(text)], text
