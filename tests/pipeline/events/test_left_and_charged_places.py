"""Places that are not the scene: the province displaced people left ("نازحون غادروا محافظة
X") and the town in the charge the arrested face ("بتهمة التخابر مع الحكومة في دمشق").
Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2025-09-16T20:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_the_province_people_left_is_no_second_protest() -> None:
    events = _events(
        "نازحون يحتجون في حمص",
        "تجمع عشرات النازحين الذين غادروا محافظة السويداء خلال الأحداث الأخيرة، ظهر اليوم "
        "الثلاثاء، أمام مبنى المحافظة في مدينة حمص، رافعين لافتات تطالب بعودتهم.",
    )
    assert [e.place_pcode for e in events] == ["C2528"]  # Homs city, not SY13


def test_the_town_of_the_charge_is_no_second_arrest() -> None:
    events = _events(
        "وقفة في الرقة.. واعتقالات في ريف دير الزور",
        "نظم العشرات وقفة احتجاجية ظهر اليوم الثلاثاء وسط مدينة الرقة. وفي ريف دير الزور "
        "الشرقي، شنت قوات سوريا الديمقراطية أمس الاثنين حملة دهم في بلدة ذيبان، اعتقلت خلالها "
        "خمسة شبان بتهمة «التواصل مع الحكومة في دمشق».",
    )
    arrests = [e.place_pcode for e in events if e.sub_event_type == "Arrests"]
    assert arrests and "C1001" not in arrests  # Damascus
