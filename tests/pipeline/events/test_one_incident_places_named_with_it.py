"""Places a sentence names around its one incident are no incidents of their own: the region
a town lies in, the quarter of the article's town, the people a crowd's pictures show, the
dead of the incident sorted by side, and an ordinary word that is also a village's name
(sentences written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2024-09-03T18:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode) for e in extractor.extract(title, text, PUBLISHED)]


def test_a_region_named_right_after_its_town_is_no_second_scene() -> None:
    got = _events("قصف على بلدة في الغوطة ومعارك في ريف اللاذقية",
                  "قتل رجل اليوم الثلاثاء بقصف مدفعي على مدينة دوما بالغوطة الشرقية.\n\n"
                  "وفي الأثناء، استمرت المعارك اليوم على محور ربيعة في جبل التركمان بريف "
                  "اللاذقية بين قوات النظام والفصائل، وقتل فيها مقاتلان.")
    assert [p for kind, p in got if kind == "Armed clash"] == ["C3498"]


def test_a_quarter_of_another_city_by_name_is_the_articles_towns() -> None:
    got = _events("قتيلان بقصف على مدينة عفرين",
                  "قتل مدنيان اليوم الثلاثاء بقصف مدفعي على مركز مدينة عفرين.\n\n"
                  "وقال شهود إن القذائف سقطت على حي الأشرفية المكتظ بالسكان.")
    assert got == [("Shelling/artillery/missile attack", "C1366")]


def test_the_people_a_crowds_pictures_show_were_held_elsewhere() -> None:
    got = _events("مظاهرة في السويداء ووقفة في شهبا",
                  "تظاهر المئات ظهر اليوم الثلاثاء في ساحة وسط مدينة السويداء مطالبين "
                  "بالإفراج عن المعتقلين.\n\n"
                  "وفي مدينة شهبا، نظم العشرات وقفة احتجاجية أمام مبنى البلدية، حملوا "
                  "خلالها صور شبان اعتقلوا قبل أعوام على حواجز الأمن في دمشق.")
    assert "C1001" not in [p for _, p in got]
    assert "C6226" in [p for _, p in got]


def test_the_dead_of_a_fight_sorted_by_side_are_no_shelling_there() -> None:
    got = _events("سبعة قتلى في اشتباكات بحلب",
                  "قتل سبعة أشخاص اليوم الثلاثاء في اشتباكات بين الجيش وقسد على أطراف حي "
                  "الشيخ مقصود في مدينة حلب.\n\n"
                  "وقال مصدر طبي إن بين القتلى ثلاثة مدنيين سقطوا بقذائف هاون في حي "
                  "الأشرفية المجاور.")
    assert got == [("Armed clash", "C1007")]


def test_the_elderly_woman_among_the_dead_is_no_village() -> None:
    resolver = EventExtractor.from_settings(PipelineSettings())._resolver
    found = resolver.find("وأفاد مراسل أن بين الضحايا طفلاً والمسنة فاطمة حسن.",
                          regions={"SY02"})
    assert [m.place.pcode for m in found] == []
    # with a place word it is the village
    found = resolver.find("سقطت قذائف على قرية المسنة بريف حلب.", regions={"SY02"})
    assert "C1254" in [m.place.pcode for m in found]
