"""Patterns sieved by the words every match holds: the same answers as the pattern, and the
pieces worked out from the pattern, and the rewritten space and sentence-break patterns."""

from __future__ import annotations

import random
import re

from language.normalize import _SPACES
from language.sieve import required, sieved
from language.tokens import _ABBREVIATIONS, SENTENCE_BREAK

# Sentences of our own, in the matching form and as written.
TEXTS = [
    "قصفت الطائرات بلدة في ريف ادلب اليوم الثلاثاء",
    "وقال ناشطون امس الاثنين ان الاشتباكات استمرت منذ مساء الجمعه",
    "اليوم التالي شهد هدوءا حذرا",
    "في ذات اليوم سقطت قذائف على الحي",
    "لا شيء هنا",
    "",
    "killed between 3 and 5 people on 4-6 May",
]


def test_pieces_are_worked_out_from_the_pattern() -> None:
    assert required(re.compile(r"(?<!\w)(?:ذات|نفس)\s+اليوم")) == frozenset({"اليوم"})
    # re splits "امس|اليوم" into "ا" and "مس|ليوم": the pieces are joined again.
    assert required(re.compile(r"(?<!\w)[وب]?(?:امس|اليوم)(?!\w)")) == frozenset({"امس", "اليوم"})
    assert required(re.compile(r"[وب](?:ال)?قصف")) == frozenset({"قصف"})
    # Nothing required, or a case-blind pattern: no pieces, the pattern always runs.
    assert required(re.compile(r"\d+|[ab]?")) is None
    assert required(re.compile(r"today", re.IGNORECASE)) is None
    assert required(re.compile(r"(?:x)?y*")) is None


def test_a_sieved_pattern_answers_as_the_pattern() -> None:
    patterns = [
        r"(?<![\w])[وبل]?اليوم\s+(?:التالي|الثاني)(?![\w])|(?<![\w])[وبل]?(?:ذات|نفس)\s+اليوم",
        r"(?<![\w])[وب]?(الاثنين|الثلاثاء|الجمعه)(?![\w])(\s+(?:الماضي))?",
        r"(?:استمرت)\s+منذ\s+(?:مساء\s+)?(?:امس|الجمعه)",
        r"(\d+)\s*(?:[-–—]|\bto\b)\s*\d+|\bbetween\s+(\d+)\s+and\s+\d+",
        r"(?:^|\s)(\S+)\s+(?:اليوم)\s",
    ]
    for written in patterns:
        plain, sieve = re.compile(written), sieved(written)
        for text in TEXTS:
            assert _span(sieve.search(text)) == _span(plain.search(text))
            assert [m.span() for m in sieve.finditer(text)] == \
                [m.span() for m in plain.finditer(text)]
            assert sieve.findall(text) == plain.findall(text)
            assert sieve.sub("_", text) == plain.sub("_", text)
            assert _span(sieve.match(text)) == _span(plain.match(text))


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_spaces_are_folded_as_one_run_each() -> None:
    runs = re.compile(r"[ \t\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")
    chars = [" ", "\t", "\u00a0", "\u200b", "\u202b", "\u2067", "ب", "a", "\n"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        assert _SPACES.sub(" ", text) == runs.sub(" ", text)


def test_sentence_break_splits_as_written() -> None:
    written = re.compile("".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS)
                         + r"(?:(?<=\d\s[\u0621-\u064a]\.)|(?<![\s(«\"][\u0621-\u064a]\.))"
                         r"(?<=[.!?؟])\s+|\n+")
    chars = [".", "؟", "!", " ", "\n", "\t", "ب", "\u00a0", "Sept.", "U.S.", "xSt.", "No", "(", "«",
             "2"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert SENTENCE_BREAK.split(text) == written.split(text)
        assert [m.span() for m in SENTENCE_BREAK.finditer(text)] == \
            [m.span() for m in written.finditer(text)]
