"""Death tolls told in ways first met in text written by people who never saw the code (own
sentences, not from any eval set)."""

from __future__ import annotations

import pytest

from language.numbers import number_at
from language.tokens import tokens
from pipeline.events.numbers import fatalities, toll_rises


@pytest.mark.parametrize(("text", "killed"), [
    # a range spelled in words whose lower bound is a teen: its lower bound, not a sum
    ("أفاد مسعفون بمقتل ما بين ثلاثة عشر وعشرين عنصرا في المواجهات", 13),
    ("قضى بين أحد عشر وثلاثين شخصا في غرق القارب", 11),
    # a rise only foreseen is no rise: the second source's lower figure stands
    ("أحصى ناشطون 40 قتيلا في البلدة، بينما ذكرت منظمة حقوقية أن عدد القتلى بلغ 32 شخصا، "
     "مرجحة ارتفاع العدد في الساعات المقبلة", 32),
    ("قتل 12 شخصا في القصف وسط مخاوف من ارتفاع الحصيلة", 12),
    # a guess at the figure after a count competes with it: the lower one stands
    ("قتل ثلاثة رعاة على الأقل قرب الوادي، في حين ترجح مصادر أهلية أن يكون العدد خمسة قتلى", 3),
    # a family that lost its children: they died
    ("فقدت أسرة نازحة في المخيم اثنين من أبنائها بانفجار قذيفة قديمة", 2),
    ("فقد المزارع طفليه حين انفجر جسم غريب في الحقل", 2),
    # ... but lost contact or trace is no death
    ("فقدت العائلة الاتصال بأربعة من أبنائها منذ الصيف", 0),
    ("فقد الفصيل السيطرة على ثلاثة من مواقعه", 0),
])
def test_toll_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_teen_joined_to_tens_is_two_numbers() -> None:
    words = tokens("سبعة عشر وثلاثين", split_digits=True)
    assert number_at(words, 0) == (17, 2)
    assert number_at(tokens("مئة وخمسة وعشرين", split_digits=True), 0) == (125, 3)


def test_foreseen_rise_is_no_update() -> None:
    assert not toll_rises("قتل سبعة بالقصف ويتوقع مسعفون ارتفاع العدد")
    assert toll_rises("ارتفع عدد القتلى إلى تسعة")
