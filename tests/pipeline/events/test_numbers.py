"""Number words and death tolls (own sentences, not from the eval set)."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12), ("١٢", 12), ("۱۲", 12), ("خمسة عشر", 15), ("ثلاثة وعشرون", 23),
    ("مئة", 100), ("مائة", 100), ("مئتين", 200), ("ألف", 1000), ("ثلاثة آلاف", 3000),
    ("مئة وخمسون", 150), ("ثلاثين", 30), ("ثلاث", 3), ("اثنان", 2), ("اثنين", 2),
    ("شخصين", 2), ("قتيلين", 2), ("قتيلا", 1), ("والعشرين", 20), ("لا شيء", None),
])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "killed"), [
    ("قُتل ثلاثة عناصر من الشرطة وأصيب خمسة آخرون في هجوم على حاجز", 3),
    ("أسفر القصف عن مقتل شخصين وإصابة عشرة", 2),
    ("مقتل طفل وامرأة بقذيفة سقطت على الحي", 2),
    ("سقط قتيل في الاشتباك", 1),
    ("قتل ١٢ مدنياً بينهم أربعة أطفال", 12),
    ("أسفرت المعارك عن مقتل 6 من عناصر الفصائل وقتل 4 من الجنود", 10),
    ("أصيب سبعة مدنيين بجروح في القصف", 0),
    ("سقط عشرات القتلى في المجزرة", None),
    ("لم يسجل وقوع قتلى في الانفجار", 0),
    # "victims" are the killed and the wounded together: no death toll of their own
    ("ارتفعت حصيلة ضحايا التفجير إلى 9", None),
    ("ارتفعت حصيلة قتلى التفجير إلى 9", 9),
    ("استشهد شابان برصاص قناص", 2),
    ("أودى الانفجار بحياة خمسة أشخاص", 5),
    ("فارق الحياة متأثراً بجراحه", 1),
    ("انطلقت المسيرة من ساحة الشهداء", 0),
    ("3 قتلى بانفجار لغم.\nقُتل ثلاثة أشخاص بانفجار لغم أرضي", 3),
    ("تشهد المنطقة عمليات اغتيال متكررة", 0),
    ("", 0),
    # both sides of a battle add up, however they are joined
    ("أسفرت المعارك عن مقتل ما لا يقل عن عشرة عناصر من الجيش، إضافة إلى ثلاثة من المهاجمين",
     13),
    ("قتل عنصران من قوات النظام ومقاتل محلي خلال الاشتباكات", 3),
    ("أوقعت الوحدات خمسة قتلى بين المهاجمين، فيما ارتقى اثنان من الجنود شهداء", 7),
    ("ارتقى مستوى الخدمات في المدينة", 0),  # "ارتقى" counts only with martyrs
    ("أعدم التنظيم أربعة شبان في الساحة", 4),
    ("مقتل رجل وزوجته برصاص مسلحين", 2),
    ("قتل مدنيان، رجل وزوجته، بقصف صاروخي", 2),  # the two, named
    ("أسفرت العمليات عن القضاء على 27 إرهابياً", 27),
    ("أحيل المتهم إلى القضاء على وجه السرعة", 0),
    ("ارتفع عدد قتلى الاحتجاجات في البلدة إلى اثنين", 2),
    ("ارتفع عدد الشهداء جراء التفجير بعبوة زرعها إرهابيون في دراجة نارية مركونة قرب سوق "
     "شعبي في حي الرمل مساء الخميس إلى ثلاثة", 3),
    # a subset named with بينهم adds nobody; a count "of" another group after it does
    ("أسفرت عن مقتل ستة عناصر من قوات النظام بينهم ضابط، و٤ من مقاتلي الفصائل", 10),
    ("قتل خمسة مدنيين بينهم طفلان وامرأة", 5),
    ("", 0),
])
def test_fatalities(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a number word after its noun; nominative duals of nisba nouns
    ("استشهد مدنيان اثنان وأصيب ثلاثة آخرون", 2),
    ("مقتل مدنيين اثنين في غارة", 2),
    ("قتل مسلحان في الاشتباك", 2),
    # present-tense headline verbs and SANA's "تحييد"
    ("انفجار لغم يقتل ثلاثة أطفال", 3),
    ("تحييد 6 إرهابيين خلال العملية", 6),
    # a pronoun filler between the verb and the count
    ("بعد معارك قتل فيها 12 عنصراً من الطرفين", 12),
    # passive verbs after the people they name
    ("قالت مصادر إن 15 شخصاً قتلوا يوم الاثنين", 15),
    ("إن عنصرين من قواتها قتلا وأصيب ثالث", 2),
    ("لقي طفلان شقيقان حتفهما بانفجار لغم", 2),
    # a body found is one death
    ("عثر الأهالي على جثة شاب مقتولاً", 1),
    # a rising toll already includes the wounded who died since
    ("ارتفعت حصيلة القصف على البلدة أمس إلى سبعة قتلى بعد وفاة اثنين من الجرحى", 7),
    ("ارتفع عدد القتلى إلى 11 بعد وفاة ثلاثة", 11),
    # English copy
    ("Two civilians were killed on Monday", 2),
    ("an air strike killing 15 people", 15),
    ("no one was killed in the shelling", 0),
])
def test_fatalities_language_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed
