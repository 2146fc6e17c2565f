"""Bulletins whose items are headed by a place and a colon ("قامشلو: ..."، "ريف الرقة
الشرقي: ..."، "محافظة الرقة: ..."): each item is the day's news and an event of its own, and
a phrase of the past inside it dates what it names, not its act. A town after a direction
right after a village ("قرية العريمة غربي منبج") locates the village. Sentences written for
these tests (issue 12, dev32)."""

from __future__ import annotations

from pipeline.events.background import is_background
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2025-03-03T21:00:00+03:00"  # a Monday


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(e.sub_event_type, e.place_name, e.place_pcode, e.fatalities)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_a_past_month_inside_an_item_dates_what_it_names_not_the_protest() -> None:
    got = _events(
        "حصاد اليوم: لغم يقتل راعيين قرب عين عيسى واشتباك عائلي في العريشة",
        "إليكم أبرز ما شهدته مناطق الجزيرة اليوم الاثنين:\n\n"
        "ريف الرقة الشمالي: لقي راعيان حتفهما بانفجار لغم من مخلفات المعارك قرب بلدة عين "
        "عيسى.\n\n"
        "العريشة: قتل رجل وأصيب اثنان في اشتباك بين مسلحين من عائلتين في بلدة العريشة جنوب "
        "الحسكة.\n\n"
        "الدرباسية: تظاهر المئات أمام مبنى البلدية في مدينة الدرباسية للمطالبة بالكشف عن "
        "مصير المفقودين خلال معارك تشرين الأول الماضي.",
    )
    assert any(k == "Peaceful protest" and "الدرباسية" in (p or "") for k, p, _, _ in got), got


def test_a_state_lasting_since_weeks_does_not_date_the_items_protest() -> None:
    got = _events(
        "حصاد اليوم: اشتباك عائلي في العريشة",
        "نرصد في ما يلي أبرز ما شهدته مناطق الجزيرة اليوم الاثنين:\n\n"
        "ريف الحسكة الجنوبي: قتل رجل وأصيب اثنان في اشتباك بين مسلحين من عائلتين في بلدة "
        "العريشة.\n\n"
        "الدرباسية: اعتصم العشرات أمام مبنى البلدية في مدينة الدرباسية للمطالبة بالكشف عن "
        "مصير أبنائهم المفقودين منذ أسبوعين.",
    )
    assert any(k == "Peaceful protest" and "الدرباسية" in (p or "") for k, p, _, _ in got), got


def test_an_item_headed_by_a_governorate_with_its_word_places_its_own_village() -> None:
    got = _events(
        "الحصيلة اليومية: ثلاثة قتلى في دير الزور وحلب",
        "وثق المرصد خلال يوم الاثنين مقتل ثلاثة أشخاص في مناطق متفرقة، وفيما يلي التفاصيل "
        "بحسب المحافظات:\n\n"
        "محافظة دير الزور: أقدم مسلحون مجهولون على قتل مزارع بإطلاق النار عليه في قرية "
        "الجنينة بريف دير الزور الغربي.\n\n"
        "محافظة الرقة: انفجرت عبوة ناسفة بسيارة عسكرية على الطريق المار بقرية السبخة شرقي "
        "الرقة، وأصيب عنصران بجروح.",
    )
    assert ("Remote explosive/landmine/IED", "السبخة", "C5747", 0) in got, got


def test_a_town_after_a_direction_right_after_a_village_locates_it() -> None:
    got = _events(
        "مقتل شاب برصاص مجهولين في الجنينة",
        "قتل شاب برصاص مسلحين مجهولين في بلدة الجنينة بريف دير الزور الغربي، صباح اليوم "
        "الاثنين.\n\n"
        "وفي سياق متصل، قصفت القوات التركية بالمدفعية قرية العريمة غربي منبج، ما أدى إلى "
        "إصابة طفل.",
    )
    assert ("Shelling/artillery/missile attack", "العريمة", "C1329", 0) in got, got
    assert not any(p == "منبج" for _, p, _, _ in got), got


def test_a_past_phrase_inside_a_place_headed_item_is_no_recall() -> None:
    item = ("تل تمر: نظم العشرات وقفة أمام المستوصف احتجاجاً على انقطاع المياه المتواصل "
            "منذ أسابيع.")
    assert not is_background(item)
    # (a heading that is no place keeps the rule: a quotation's "قال:")
    assert is_background("وقال: تعرضنا لقصف متكرر منذ أسابيع.")
