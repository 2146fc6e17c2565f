"""Patterns sieved by the words every match holds: the same answers as the pattern, and the
pieces worked out from the pattern, and the rewritten space and sentence-break patterns."""

from __future__ import annotations

import random
import re

from language.normalize import _SPACES
from language.sieve import TokenLed, required, sieved
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


def test_a_token_led_pattern_finds_what_re_finds() -> None:
    # Texts made of the words, their clitics and near misses, run together and apart: a
    # word right after another's end, inside a longer word, past the reach, at the start.
    words = ["مدينة", "بلدة", "مخيم", "قرية"]
    led = TokenLed(r"(?<!\S)[وف]?(?:[بك]?ال|لل)(" + "|".join(words) + r")(?!\w)", words, reach=4)
    plain = re.compile(led.pattern)
    parts = [*words, "ال", "و", "ف", "ب", "ك", "لل", "وال", "بال", "فلل", "مخيمات", "م", " ",
             " ", "\n", "،", "وسط", "x"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 14))) for _ in range(4000)]
    texts += ["في المدينة", "المدينة", "ووالمدينة", "فبالمخيمبالبلدة", "ماالقرية القرية"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
    # a word that also ends another word and starts the next ("مخيمدينة")
    mixed = TokenLed(r"(?<!\S)و?(?:مخيم|مدينة)(?!\w)", ["مخيم", "مدينة"], reach=1)
    for text in ["ومخيمدينة", "مخيمدينة مدينة", "ومدينة ومخيم"]:
        assert [m.span() for m in mixed.finditer(text)] == \
            [m.span() for m in re.finditer(mixed.pattern, text)]


def test_clean_folds_spaces_as_the_runs_pattern_does() -> None:
    # ``clean`` skips ``_SPACES`` where the text has no "  " and no space but " ".
    from language.normalize import _changed_by_clean, _clean_one, clean

    chars = [" ", "\t", "\u00a0", "\u200b", "\u202b", "\u2067", "ب", "a", "\n", "ـ", "٣"]
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        assert clean(text) == _SPACES.sub(" ", _changed_by_clean().sub(_clean_one, text))
