"""Normalisation, tokens and proclitics: the light rules and the camel-tools analyser on a
tiny morphology database the test writes itself."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from language.normalize import clean, fold, normalize
from language.tokens import (
    CliticSplitter,
    Proclitics,
    sentence_spans,
    split_clitics,
    tokens,
    word_spans,
)
from pipeline.settings import PipelineSettings


def test_clean_removes_tatweel_and_maps_digits() -> None:
    assert clean("قتـــل ٤ مدنيين و۵ جرحى") == "قتل 4 مدنيين و5 جرحى"


def test_clean_applies_camel_tools_arclean_exactly() -> None:
    # clean() applies arclean's map to the characters it changes: every character must
    # come out as camel-tools' own mapper gives it (kept, replaced, or dropped as arclean
    # drops the characters it does not list), or stored digests and matches would drift.
    from camel_tools.utils.charmap import CharMapper

    arclean = CharMapper.builtin_mapper("arclean")
    codes = (*range(0x3000), *range(0xFB00, 0x10000), *range(0x1F300, 0x1F700))
    every = "".join(chr(i) for i in codes if not 0xD800 <= i < 0xE000)
    text = every + "\U0001F600 «قُتِلَ» ١٢، – ‐\u200f\u00a0تل\ufeffأبيض"
    assert clean(text) == clean_reference(arclean(text))


def clean_reference(arcleaned: str) -> str:
    """What clean() adds to arclean: ASCII digits and one kind of space (none of which
    arclean leaves to do for these characters)."""
    return normalize_spaces(arcleaned.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
                                                              "01234567890123456789")))


def normalize_spaces(text: str) -> str:
    import re

    return re.sub(r"[ \t\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]+", " ", text)


def test_normalize_unifies_spelling() -> None:
    assert normalize("إدلب") == normalize("ادلب") == "ادلب"
    assert normalize("مُحردة") == "محرده"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("Deir EZ-Zor") == "deir ez-zor"


def test_fold_is_normalize_without_cleaning() -> None:
    assert fold("إدلبُ") == "ادلب"
    assert fold("٢٠٢٤ Idlib") == "2024 idlib"
    text = "قُتـــل ٤ مدنيين في إدلبَ وريف حماة Deir EZ-Zor"
    assert fold(clean(text)) == normalize(text)


def test_tokens() -> None:
    assert tokens("قُتل ٣ في حلب.") == ["قتل", "3", "في", "حلب"]
    assert tokens("قُتل ٣ في حلب.", punctuation=True) == ["قتل", "3", "في", "حلب", "."]
    assert tokens("رشاش23 في تل-أبيض") == ["رشاش23", "في", "تل-ابيض"]
    assert tokens("رشاش23 في تل-أبيض", split_digits=True) == ["رشاش", "23", "في", "تل", "ابيض"]


def test_word_spans_index_the_text_as_written() -> None:
    text = "قصفٌ على حلـــب."
    assert [text[m.start():m.end()] for m in word_spans(text)] == ["قصفٌ", "على", "حلـــب"]


def test_proclitics_variants() -> None:
    every = Proclitics(min_stem=2)
    assert every.stems("وبالمدينه") == ("مدينه", "المدينه", "بالمدينه")
    assert every.stem("للمدينه") == "مدينه"
    assert every.split("وبالمدينه") == ["و", "ب", "ال", "مدينه"]
    assert every.stems("ول") == ()
    numbers = Proclitics(("وال", "و"))
    assert numbers.strip("والعشرين", {"عشرين"}) == "عشرين"
    assert numbers.strip("والعشرين", {"العشرين"}) == "العشرين"
    assert numbers.strip("فالعشرين", {"عشرين"}) == "فالعشرين"  # ف is not tried here


@pytest.mark.parametrize(("word", "pieces"), [
    ("بإدلب", ["ب", "ادلب"]),
    ("وحلب", ["و", "حلب"]),
    ("لدرعا", ["ل", "درعا"]),
    ("وبالمدينة", ["و", "ب", "ال", "مدينه"]),
    ("للمدينة", ["ل", "ال", "مدينه"]),
    ("بحمص", ["ب", "حمص"]),
    ("ولد", ["ولد"]),  # a stem is never cut below three letters
    ("بال", ["بال"]),
    ("", [""]),
])
def test_light_rules(word: str, pieces: list[str]) -> None:
    assert split_clitics(word) == pieces


_DB = """###DEFINES###
DEFINE pos pos:noun pos:prep pos:conj pos:noun_prop pos:digit pos:punc pos:latin
DEFINE diac diac:*open*
DEFINE lex lex:*open*
DEFINE bw bw:*open*
DEFINE gloss gloss:*open*
###DEFAULTS###
DEFAULT pos:noun diac:* lex:* bw:* gloss:*
DEFAULT pos:digit diac:* lex:* bw:* gloss:*
DEFAULT pos:punc diac:* lex:* bw:* gloss:*
DEFAULT pos:latin diac:* lex:* bw:* gloss:*
###ORDER###
ORDER pos diac lex bw gloss
###TOKENIZATIONS###
TOKENIZATION diac
###STEMBACKOFF###
STEMBACKOFF PROP Nprop
###PREFIXES###
\tPref-0\tdiac: bw: gloss:
و\tPref-Wa\tdiac:وَ bw:wa/CONJ gloss:and
ب\tPref-Bi\tdiac:بِ bw:bi/PREP gloss:in
وب\tPref-WaBi\tdiac:وَبِ bw:wa/CONJ+bi/PREP gloss:and_in
###SUFFIXES###
\tSuff-0\tdiac: bw: gloss:
###STEMS###
بيت\tN\tdiac:بَيْت lex:بَيْت_1 bw:bayt/NOUN gloss:house pos:noun
باب\tN\tdiac:باب lex:باب_1 bw:bAb/NOUN gloss:door pos:noun
ولد\tN\tdiac:وَلَد lex:وَلَد_1 bw:walad/NOUN gloss:boy pos:noun
###TABLE AB###
Pref-0 N
Pref-Wa N
Pref-Bi N
Pref-WaBi N
###TABLE BC###
N Suff-0
###TABLE AC###
Pref-0 Suff-0
Pref-Wa Suff-0
Pref-Bi Suff-0
Pref-WaBi Suff-0
"""


@pytest.fixture
def morphology_db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "morphology_db" / "tiny" / "morphology.db"
    path.parent.mkdir(parents=True)
    path.write_text(_DB, encoding="utf-8")
    return path


def test_analyser_path(morphology_db: Path) -> None:
    splitter = CliticSplitter(morphology_db)
    assert splitter.uses_analyzer
    assert splitter.split("وببيت") == ["و", "ب", "بيت"]
    assert splitter.split("وباب") == ["و", "باب"]  # the analyser knows باب is a stem
    assert splitter.split("ولد") == ["ولد"]  # and that ولد is one, where rules agree
    assert splitter.split("بإدلب") == ["ب", "ادلب"]  # unknown words: the light rules


def test_rules_differ_from_analyser_on_lexicon_words(morphology_db: Path) -> None:
    assert CliticSplitter().split("وباب") == ["و", "باب"]
    assert CliticSplitter().split("باب") == ["باب"]
    assert CliticSplitter(morphology_db).split("ببيت") == ["ب", "بيت"]


def test_from_settings_finds_installed_data(morphology_db: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = morphology_db.parents[2]
    assert CliticSplitter.from_settings(PipelineSettings(camel_data=str(data_dir))).uses_analyzer
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    assert not CliticSplitter.from_settings(PipelineSettings()).uses_analyzer
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data_dir))
    assert CliticSplitter.from_settings(PipelineSettings()).uses_analyzer


def test_unmask_removes_filter_evading_breaks_inside_words_only() -> None:
    from language.normalize import unmask

    assert unmask("النظام يرتكب مجـ.ـزرة وقـ.ـتلى") == "النظام يرتكب مجزرة وقتلى"
    assert unmask("انتهى الخبر. ثم بدأ آخر") == "انتهى الخبر. ثم بدأ آخر"  # a real full stop


def test_sentence_spans_give_each_sentence_with_its_offset() -> None:
    text = "  قصف على حلب. قتل شخصان!\n\nوسقط صاروخ؟ هنا\n"
    spans = sentence_spans(text)
    assert [s for _, s in spans] == ["قصف على حلب.", "قتل شخصان!", "وسقط صاروخ؟", "هنا"]
    assert all(text[o:o + len(s)] == s for o, s in spans)
    assert sentence_spans(" \n ") == []


def test_english_abbreviations_end_no_sentence() -> None:
    text = "Hit on Sept. 30, when 17 died. Then U.S. forces came. وقال المصدر. ثم"
    assert [s for _, s in sentence_spans(text)] == [
        "Hit on Sept. 30, when 17 died.", "Then U.S. forces came.", "وقال المصدر.", "ثم"]


def test_sentence_spans_of_one_sentence_are_those_of_the_pattern() -> None:
    # A text with no break inside (most texts asked) skips the pattern: the answer must be
    # the one the pattern's own reading gives, white space and stops at either end included.
    from language.tokens import SENTENCE_BREAK

    def read(text: str) -> list[tuple[int, str]]:
        out, pos = [], 0
        for m in [*SENTENCE_BREAK.finditer(text), None]:
            end = len(text) if m is None else m.start()
            piece = text[pos:end]
            if piece.strip():
                out.append((pos + len(piece) - len(piece.lstrip()), piece.strip()))
            pos = end if m is None else m.end()
        return out

    chars = ["ب", "a", " ", ".", "!", "?", "؟", "\n", "\t", "\u00a0", "\u2028", "ح. ", "Jan."]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        assert sentence_spans(text) == read(text), repr(text)
