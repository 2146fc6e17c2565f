"""Places that only frame a scene (a round-up's heading, the city of a quarter, the outskirts
of a town) and the events they must not make; sentences written for these tests."""

from __future__ import annotations

from functools import lru_cache

from extraction import extractor as _extractor

from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings

PUBLISHED = "2016-10-12T15:00:00+03:00"  # a Wednesday


@lru_cache(maxsize=1)
def _resolver() -> PlaceResolver:
    return PlaceResolver.from_settings(PipelineSettings())


def _kinds(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_pcode)
            for e in _extractor().extract(title, text, PUBLISHED)]


def test_a_quarter_names_no_governorate() -> None:
    # "حي الفردوس" of Aleppo shares its name with a village of Al-Hasakeh: the quarter is
    # Aleppo's, named by the city after it, and no strike at Al-Hasakeh.
    kinds = _kinds("مجزرة في حي الفردوس بحلب",
                   "قتل تسعة مدنيين صباح اليوم بغارات جوية روسية على حي الفردوس ضمن الأحياء "
                   "الشرقية المحاصرة من مدينة حلب، بحسب الدفاع المدني.")
    assert kinds == [("Air/drone strike", "C1007")]


def test_another_quarter_of_the_city_is_another_scene() -> None:
    kinds = _kinds("مجزرة في حي الفردوس بحلب",
                   "قتل تسعة مدنيين صباح اليوم بغارات جوية روسية على حي الفردوس ضمن الأحياء "
                   "الشرقية المحاصرة من مدينة حلب.\n\nوفي حي بستان القصر، قتل رجلان بقذائف "
                   "مدفعية سقطت قرب سوق الخضار.")
    assert kinds == [("Air/drone strike", "C1007"),
                     ("Shelling/artillery/missile attack", "C1007")]


def test_a_round_up_heading_is_the_governorate() -> None:
    # "وفي إدلب،" heads the item of a round-up: the governorate, whose towns follow.
    codes = [m.place.pcode for m in _resolver().find(
        "وفي إدلب، قتل مدنيان بقصف مدفعي على بلدة كفرنبل، بينما أصيب ثلاثة في قرية البارة.")]
    assert codes == ["SY07", "C4068", "C4304"]
    # ... but alone it is the city
    codes = [m.place.pcode for m in _resolver().find("وفي إدلب، قتل مدنيان بقصف مدفعي.")]
    assert codes == ["C3871"]


def test_a_towns_outskirts_with_no_town_before_are_the_town() -> None:
    kinds = _kinds("خرق في ريف حماة وغارات على ريف حلب",
                   "ففي ريف حماة الشمالي، قصفت قوات النظام بعدة قذائف مدفعية أطراف بلدة "
                   "اللطامنة صباح اليوم، دون أنباء عن إصابات.\n\nوفي ريف حلب الجنوبي، شنت "
                   "طائرات حربية غارات على بلدة الحاضر.")
    assert ("Shelling/artillery/missile attack", "C3458") in kinds
    assert all(code != "SY05" for _, code in kinds)


def test_a_gate_named_for_a_direction_locates_nothing() -> None:
    # "باب شرقي" is a gate's quarter: the city after it is the scene, not a landmark.
    kinds = _kinds("قذائف على جرمانا",
                   "سقطت قذائف صاروخية على مدينة جرمانا صباح اليوم، ما أدى إلى إصابة خمسة "
                   "مدنيين.\n\nوفي السياق، سقطت قذيفتا هاون على حي باب شرقي في دمشق القديمة، "
                   "ما تسبب بإصابة شخصين بجروح طفيفة.")
    assert kinds == [("Shelling/artillery/missile attack", "C2304"),
                     ("Shelling/artillery/missile attack", "C1001")]


def test_a_quarter_named_alone_is_the_articles_town() -> None:
    # The village "الروضة" of Rif Dimashq has no quarters: "حي الروضة" is Jaramana's.
    kinds = _kinds("قذائف على جرمانا",
                   "سقطت خمس قذائف صاروخية على مدينة جرمانا صباح اليوم، ما أدى إلى إصابة "
                   "خمسة مدنيين.\n\nوسقطت إحدى القذائف قرب مدرسة في حي الروضة، ما أدى إلى "
                   "مقتل طفل.")
    assert kinds == [("Shelling/artillery/missile attack", "C2304")]


def test_an_ordinary_word_qualifies_no_town() -> None:
    # "بإسقاط" is no place the town "بنش" lies in ("بنش للمطالبة" is no longer name).
    codes = [m.place.pcode for m in _resolver().find(
        "أطلقت قوات الأمن الرصاص على مظاهرة خرجت في بلدة بنش للمطالبة بإسقاط النظام")]
    assert codes == ["C3904"]


def test_the_quarters_of_a_named_city_are_that_city() -> None:
    kinds = _kinds("انفجار في الباب",
                   "أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في مدينة الباب بريف حلب صباح اليوم."
                   "\n\nفي سياق منفصل، فرقت قوات الأمن بالقوة مظاهرة في أحد أحياء مدينة حلب.")
    assert all(code in ("C1202", "C1007") for _, code in kinds), kinds
