"""A second side's dead told after a subset of the first ("بينهم ضابط") add to the toll
(``pipeline.events.toll_sentence``). The sentences are written for these tests in the
patterns of Arabic news reports."""

from __future__ import annotations

import pytest

from language.normalize import normalize
from language.tokens import tokens
from pipeline.events.toll_sentence import sentence_toll


def _toll(text: str) -> int:
    return sentence_toll(tokens(normalize(text), split_digits=True))[0]


@pytest.mark.parametrize(("text", "killed"), [
    # a count of people "of" another group after the subset: the other side's dead
    ("وأحصى المرصد مقتل ستة جنود من الجيش، بينهم ملازم أول، وأحد عشر مقاتلاً من الفصائل", 17),
    ("قتل خمسة عناصر من الشرطة بينهم مساعد و 12 عنصراً من الخلية المهاجمة", 17),
    # "إضافة إلى" after the subset adds its count too
    ("لقي عشرون عنصراً من الحامية حتفهم، بينهم ثلاثة ضباط، إضافة إلى ثمانية من المهاجمين", 28),
    ("قتل أربعة عشر مقاتلاً من الكتيبة، بينهم قائدها، إضافة إلى تسعة من عناصر الجيش", 23),
    # members of the subset stay in the subset
    ("قتل تسعة مدنيين بينهم أربعة أطفال وسيدتان في قصف الحي", 9),
    ("قتل ثمانية أشخاص بينهم ثلاثة أطفال وامرأتان من أسرة واحدة", 8),
])
def test_second_side_after_subset(text: str, killed: int) -> None:
    assert _toll(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # an attacker named singular after the victims, joined by و, is one more dead (NISBA)
    ("مقتل شرطيين ومهاجم في هجوم على مخفر البلدة", 3),
    ("مقتل ثلاثة جنود وانتحاري بتفجير سيارة عند مدخل القرية", 4),
])
def test_attacker_joined_to_victims(text: str, killed: int) -> None:
    assert _toll(text) == killed
