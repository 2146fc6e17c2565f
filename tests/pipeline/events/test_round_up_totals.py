"""A round-up's total of a day's dead, in its headline or its lead, is no single event's
toll: each incident keeps the dead its own paragraph counts (sentences written for these
tests in the patterns of daily toll bulletins)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2016, 4, 20, 9, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_a_rising_day_total_in_a_headline_naming_no_place(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "ارتفاع عدد قتلى أمس إلى 54 شخصاً في سوريا",
        "ارتفع إلى 54 عدد الأشخاص الذين قتلوا أمس الثلاثاء في عدة مناطق، وفق حصيلة "
        "جمعها ناشطون.\n\nففي ريف حمص، قتل 7 مدنيين بقصف مدفعي استهدف بلدة تلبيسة.\n\n"
        "وفي ريف حماة، قتل 3 مقاتلين في اشتباكات قرب بلدة كفرزيتا.", WHEN)
    assert events and events[0].fatalities == 7


def test_a_lead_totalling_several_areas(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "ناشطون: حصيلة يوم أمس",
        "أحصى ناشطون مقتل 10 أشخاص يوم أمس الثلاثاء في مناطق متفرقة، على النحو التالي:\n\n"
        "في ريف حمص، قصفت قوات النظام بلدة تلبيسة، ما أدى لإصابة ثلاثة مدنيين، في حين قتل "
        "مدني بقصف مماثل على بلدة الغنطو.\n\nوفي ريف حماة، قتل 9 مقاتلين في اشتباكات قرب "
        "بلدة كفرزيتا.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls == {"تلبيسة": 0, "الغنطو": 1, "كفرزيتا": 9}


def test_a_lead_counting_several_attacks_gives_no_item_its_sum(
        extractor: EventExtractor) -> None:
    # "رصد ... ثلاث عمليات ... أسفرت عن مقتل أربعة": the sum of the items told after it
    events = extractor.extract(
        "ثلاث هجمات في ريف دير الزور",
        "رصد ناشطون أمس ثلاث عمليات استهداف في ريف دير الزور الشرقي أسفرت عن مقتل أربعة "
        "عناصر من قسد.\n\nففي بلدة ذيبان، قتل عنصران بانفجار لغم أرضي بدوريتهم.\n\nوفي "
        "بلدة الشحيل، قتل عنصر برصاص مسلحين على دراجة نارية.", WHEN)
    assert sorted((e.place_name, e.fatalities) for e in events) == [
        ("الشحيل", 1), ("ذيبان", 2)], events


def test_a_lead_totalling_attacks_is_no_event_beside_its_items(
        extractor: EventExtractor) -> None:
    # the lead "قتل سبعة ... بهجمات متفرقة" placed at the first item's town is that item
    events = extractor.extract(
        "ريف حلب: سبعة قتلى بهجمات متفرقة",
        "قتل سبعة أشخاص أمس بهجمات متفرقة في ريف حلب الشمالي.\n\nففي مدينة الباب، قتل أربعة "
        "مدنيين بانفجار سيارة مفخخة قرب دوار السنتر.\n\nوفي مدينة جرابلس، قتل ثلاثة عناصر من "
        "الشرطة بهجوم مسلح على حاجز.", WHEN)
    assert sorted((e.place_name, e.fatalities) for e in events) == [
        ("الباب", 4), ("جرابلس", 3)], events
    assert [e.sub_event_type for e in events if e.place_name == "الباب"] == [
        "Remote explosive/landmine/IED"], events
