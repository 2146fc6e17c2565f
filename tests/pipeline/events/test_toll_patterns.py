"""Death tolls told in ways first met in text written by people who never saw the code (own
sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from language.numbers import number_at
from language.tokens import tokens
from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import fatalities, toll_rises
from pipeline.settings import PipelineSettings


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


@pytest.mark.parametrize(("text", "killed"), [
    # two groups counted before one verb add up
    ("Activists said 14 policemen and 9 gunmen were killed in the fighting near the bridge", 23),
    # a breakdown between the count and its verb is no count of its own
    ("The monitor said 18 people, including two medics and a child, were killed overnight", 18),
    # one man named as the object of an active verb, and his companions with him
    ("Officials said the raid killed a local militia leader and three of his bodyguards", 4),
    ("The strike killed a number of fighters and two of their officers", 0),
])
def test_english_toll_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2021, 3, 14, 19, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_the_other_partys_account_of_the_same_civilians(extractor: EventExtractor) -> None:
    # "في المقابل" opens the other party's account of the two civilians already counted,
    # not more dead of the other side.
    events = extractor.extract(
        "قصف على بلدة تل تمر",
        "تعرضت بلدة تل تمر بريف الحسكة اليوم الأحد لقصف مدفعي أسفر عن مقتل مدنيين اثنين، "
        "بحسب مصادر محلية.\n\nفي المقابل، حمّلت الإدارة المحلية الفصائل المسؤولية، وقالت "
        "إن امرأة وطفلها قتلا بالقذائف.", WHEN)
    assert events[0].fatalities == 2


def test_the_other_sides_fighters_still_add_up(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "اشتباكات في ريف حماة",
        "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات النظام وفصائل المعارضة على أطراف بلدة "
        "كفرنبودة بريف حماة الشمالي، ما أسفر عن مقتل 4 عناصر من قوات النظام.\n\n"
        "في المقابل قتل 4 من مقاتلي الفصائل خلال المعارك.", WHEN)
    assert events[0].fatalities == 8
