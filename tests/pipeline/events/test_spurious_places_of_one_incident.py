"""Places that are no scene of their own: a quarter of the city the sentence has just named,
though the gazetteer knows a quarter of that name in another city; the city whose
surroundings are named ("الغوطة الشرقية لدمشق"); a capital that speaks for its government
("نفت دمشق"); a town abroad the headline names without its name ("بلدة لبنانية"); and
the villages most of the abducted come from ("معظمهم من قريتي X وY")
(sentences written for these tests, in the patterns of Arabic news reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2021-04-14T18:00:00+03:00"


def _places(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_name) for e in extractor().extract(title, text, PUBLISHED)]


def test_a_quarter_after_its_city_is_that_citys() -> None:
    found = extractor().extract(
        "", "وفي مدينة عفرين، قتلت امرأة وطفلاها اليوم الأربعاء بغارة جوية استهدفت منزلهم "
        "في حي الأشرفية، وفق مصادر طبية.", PUBLISHED)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    assert {e.place_pcode for e in found} == {"C1366"}  # Afrin, not Aleppo


def test_the_city_the_countryside_is_of_is_no_scene() -> None:
    assert _places("", "قتل سبعة مدنيين اليوم الأربعاء في قصف مدفعي استهدف مزارع في "
                       "الغوطة الشرقية والغربية لدمشق.") == [
        ("Shelling/artillery/missile attack", "الغوطة الشرقية")]


def test_a_capital_that_denies_is_its_government() -> None:
    assert "دمشق" not in [p for _, p in _places(
        "", "قتل خمسة مدنيين اليوم الأربعاء في قصف بصواريخ على بلدات في ريف إدلب الجنوبي، "
            "واتهم ناشطون القوات الحكومية بالقصف، في حين نفت دمشق أي علاقة لها.")]


def test_a_town_abroad_the_headline_leaves_unnamed_is_abroad() -> None:
    assert _places(
        "مسيرة تستهدف سيارة في بلدة لبنانية قرب الحدود السورية",
        "قتل شخصان اليوم الأربعاء بغارة لطائرة مسيرة على سيارة في بلدة الهرمل اللبنانية، "
        "قرب الحدود مع سوريا.\n\nوقالت مصادر محلية إن القتيلين من سكان البلدة.") == []


def test_the_villages_most_of_the_abducted_come_from_are_no_scenes_of_their_own() -> None:
    assert len(_places(
        "", "هاجم مسلحو التنظيم فجر اليوم الأربعاء قرى في ريف الحسكة الغربي، وخطفوا نحو "
            "أربعين مدنياً، معظمهم من قريتي تل هرمز وتل جمعة.")) == 1
