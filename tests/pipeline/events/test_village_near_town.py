"""A village told by the town it lies near ("قرية X قرب Y"), across the line of the
sub-district that town heads: the village is the scene and the town only locates it; the
village's dead stay its own when the same sentence adds another town's strike in a clause of
its own. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2019-06-12T19:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_village_near_a_town_of_another_sub_district_is_the_scene() -> None:
    events = _events(
        "قتلى بقصف جوي على ريف حمص الشمالي",
        "قصف الطيران الحربي اليوم الأربعاء عدة مناطق في ريف حمص الشمالي، بحسب ناشطين.\n\n"
        "وقتل أربعة مدنيين بينهم طفل بغارات استهدفت منازل في قرية كفرنان قرب تلبيسة ظهر "
        "اليوم، كما طالت الغارات أطراف بلدة الغنطو دون إصابات.",
    )
    assert events and events[0].place_pcode == "C2875"
    assert events[0].fatalities == 4
    assert "C2882" not in {e.place_pcode for e in events}


def test_near_a_sub_district_is_near_its_town() -> None:
    events = _events(
        "مقتل عنصرين من الأسايش بانفجار لغم قرب تل تمر",
        "قتل عنصران من قوى الأمن الداخلي (الأسايش) اليوم الأربعاء بانفجار لغم أرضي "
        "بسيارتهما على طريق زراعي بالقرب من ناحية تل تمر في ريف الحسكة.",
    )
    assert events and events[0].place_pcode == "C4409"


def test_in_a_sub_district_stays_the_sub_district() -> None:
    events = _events(
        "مقتل عنصرين من الأسايش بانفجار لغم في ريف تل تمر",
        "قتل عنصران من قوى الأمن الداخلي (الأسايش) اليوم الأربعاء بانفجار لغم أرضي "
        "بسيارتهما على طريق زراعي في ناحية تل تمر بريف الحسكة.",
    )
    assert events and events[0].place_pcode == "SY080001"
