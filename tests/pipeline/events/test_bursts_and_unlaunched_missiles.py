"""Which weapon a sentence names: bursts from a rifle are gunfire, not shelling; missiles
named without their launcher, under a lead that names the aircraft, are an air strike's
(sentences written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.classify import analyse, sentence_types
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2022-04-12T15:00:00+03:00"
_SHELLING = "Shelling/artillery/missile attack"
_AIR = "Air/drone strike"


def _kinds(text: str) -> set[str]:
    sentences = analyse("", text, 2022)
    return set(sentence_types(sentences[1], sentences))


def _events(title: str, text: str) -> list[str]:
    return [e.sub_event_type for e in extractor().extract(title, text, PUBLISHED)]


def test_bursts_from_a_rifle_are_gunfire_not_shelling() -> None:
    assert _kinds("قتل مسلحون مجهولون ليل الأحد مختار قرية المليحة برشقات من بندقية "
                  "حربية أمام منزله.") == {"Attack"}
    assert _SHELLING not in _kinds("أطلق عناصر الحاجز رشقات نارية على سيارة مدنية عند "
                                   "مدخل بلدة الكرك.")
    # a salvo of rockets stays shelling
    assert _SHELLING in _kinds("استهدفت قوات النظام بلدة كنصفرة برشقات صاروخية صباح اليوم.")


def test_an_assassination_by_bursts_of_gunfire_is_an_attack() -> None:
    got = _events("اغتيال رئيس بلدية نوى برصاص مجهولين",
                  "اغتال مسلحون مجهولون صباح اليوم رئيس بلدية مدينة نوى غربي درعا، "
                  "برشقات من رشاش خفيف أثناء خروجه من مبنى البلدية، ما أدى إلى مقتله.")
    assert got == ["Attack"]


def test_missiles_downed_under_an_air_raid_are_the_air_strike() -> None:
    got = _events("دفاعاتنا الجوية تتصدى لعدوان على ريف حمص وتسقط عدداً من الصواريخ",
                  "تصدت وسائط الدفاع الجوي فجر اليوم الثلاثاء لعدوان جوي إسرائيلي استهدف "
                  "محيط مدينة القصير بريف حمص، وأسقطت عدداً من الصواريخ قبل وصولها.\n\n"
                  "وأفاد مصدر عسكري بأن طائرات حربية أطلقت من فوق الأراضي اللبنانية دفعة "
                  "من الصواريخ، ما أدى إلى إصابة جنديين بجروح.")
    assert got == [_AIR]


def test_rockets_told_without_aircraft_stay_shelling() -> None:
    got = _events("الفصائل تستهدف مواقع النظام في ريف حماة بالصواريخ",
                  "استهدفت الفصائل مساء اليوم بالصواريخ مواقع لقوات النظام في محيط بلدة "
                  "كرناز بريف حماة الشمالي، دون ورود معلومات عن خسائر.")
    assert got == [_SHELLING]
