"""Items of a day's bulletin that were lost: a grenade on a shop named by its trade, a vigil
for detainees held for months, and one that raised pictures of the disappeared (sentences
written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.background import is_background
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2025-03-09T20:00:00+03:00"


def _kinds(title: str, text: str) -> list[str]:
    return sorted(e.sub_event_type for e in extractor().extract(title, text, PUBLISHED))


def test_a_grenade_on_a_shop_named_by_its_trade_is_no_arms_deal() -> None:
    assert _kinds(
        "قنبلة على محل في سلمية",
        "أصيب رجل بجروح اليوم الأحد إثر إلقاء قنبلة يدوية على محل لبيع الألبسة في مدينة "
        "سلمية بريف حماة.") == ["Grenade"]


def test_how_long_detainees_were_held_recalls_nothing() -> None:
    assert not is_background(
        "شارك العشرات في وقفة أمام مبنى المحافظة طالبوا خلالها بالإفراج عن أبنائهم "
        "المحتجزين منذ أشهر")
    assert is_background("واعتقلت الدورية شاباً منذ أشهر في البلدة")


def test_a_vigil_for_the_disappeared_is_a_protest_of_its_own() -> None:
    got = _kinds(
        "حصاد اليوم في ريف دمشق",
        "- التل: قتل شاب برصاص مجهولين ظهر اليوم في مدينة التل.\n"
        "- دوما: نظّم العشرات وقفة احتجاجية أمام المسجد الكبير طالبوا فيها بالكشف عن مصير "
        "المعتقلين، ورفعوا صوراً لعدد من المغيبين قسرياً، دون تسجيل أي تدخل أمني.")
    assert got == ["Attack", "Peaceful protest"], got


def test_speeches_at_the_protest_named_again_place_nothing_else() -> None:
    # the crowd's first telling is the protest; "خلال المظاهرة ... طالبت" says what was said
    got = _kinds(
        "مظاهرة في القامشلي",
        "تظاهر المئات في مدينة القامشلي أمس السبت تنديداً بالقصف.\n\n"
        "وألقيت خلال المظاهرة كلمات طالبت بوقف الهجمات التي طالت المدنيين في مدينة "
        "عين العرب.")
    assert got == ["Peaceful protest"], got
