"""Fighting among one side's factions breaks no truce between the sides, though the report
frames the day's other violence as breaches. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

PUBLISHED = "2016-03-22T21:00:00+02:00"  # a Tuesday


def test_infighting_item_is_no_breach() -> None:
    events = _extractor().extract(
        "خروقات للهدنة في إدلب واقتتال بين فصيلين في الغوطة",
        "سجلت مناطق المعارضة اليوم خروقات جديدة لاتفاق وقف الأعمال العدائية.\n\n"
        "إدلب: قتل ثلاثة مدنيين بغارة جوية على بلدة سرمين، في خرق واضح للهدنة.\n\n"
        "ريف دمشق: قتل أربعة مقاتلين في اشتباكات بين فصيلين في بلدة حمورية بالغوطة "
        "الشرقية، في إطار الاقتتال الداخلي المستمر منذ أسابيع.",
        PUBLISHED,
    )
    by_place = {e.place_name: e for e in events}
    hamouriyeh = [e for name, e in by_place.items() if name and "حمورية" in name]
    sarmin = [e for name, e in by_place.items() if name and "سرمين" in name]
    assert hamouriyeh and not hamouriyeh[0].ceasefire_breach
    assert sarmin and sarmin[0].ceasefire_breach
