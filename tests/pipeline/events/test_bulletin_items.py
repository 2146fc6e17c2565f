"""Incidents a bulletin lists one after another, each item with no connective (a monitor's
daily round-up, a dash list), in sentences written for these tests (issue 12, dev10)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-03-02T19:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_an_act_before_the_time_it_followed_is_still_the_days_news() -> None:
    # "بعد يومين من اختفائه" says what the finding came after; the body found is an item
    got = _events(
        "حصيلة أمنية في ريف حماة",
        "انفجار لغم أرضي بجرار زراعي في أطراف بلدة مورك صباح اليوم، ما أدى إلى مقتل سائقه.\n\n"
        "العثور على جثة رجل مسن مقتولاً بالرصاص في بلدة حلفايا، بعد يومين من اختفائه "
        "في أثناء رعي ماشيته.",
    )
    assert ("Attack", "حلفايا") in got, got


def test_an_item_told_in_the_present_reports_its_act() -> None:
    # "يطلقون النار" and "مقتله" tell the killing as "أطلقوا النار" and "مقتل" would
    got = _events(
        "حصيلة أمنية في ريف حماة",
        "انفجار لغم أرضي بجرار زراعي في أطراف بلدة مورك صباح اليوم، ما أدى إلى مقتل سائقه.\n\n"
        "مسلحون ملثمون يطلقون النار على تاجر مواشٍ قرب منزله في بلدة كفرنبودة، ما أدى إلى "
        "مقتله متأثراً بجراحه.",
    )
    assert ("Attack", "كفرنبودة") in got, got


def test_a_crowds_own_demand_leaves_its_protest_an_item() -> None:
    # "للمطالبة بـ" is what the sit-in was for, not a speaker's statement about one
    got = _events(
        "حصيلة أمنية في ريف حماة",
        "انفجار لغم أرضي بجرار زراعي في أطراف بلدة مورك صباح اليوم، ما أدى إلى مقتل سائقه.\n\n"
        "وقفة احتجاجية في مدينة محردة بعد الظهر للمطالبة بتحسين واقع الكهرباء، رفع خلالها "
        "الأهالي لافتات كتبوها بأيديهم.",
    )
    assert ("Peaceful protest", "محردة") in got, got


def test_a_bullet_heading_the_items_details_gives_its_toll() -> None:
    # "🔴 الحصيلة الأولية:" tells more of the breaking item, not the next incident
    got = EventExtractor.from_settings(PipelineSettings()).extract(
        "عاجل | انفجار دراجة نارية مفخخة في سوق مدينة الباب",
        "⭕ عاجل | الباب\n\n"
        "انفجار دراجة نارية مفخخة منذ دقائق في السوق الرئيسي لمدينة الباب بريف حلب الشرقي.\n\n"
        "🔴 الحصيلة الأولية: 3 قتلى بينهم امرأة و7 جرحى.\n\n"
        "🔴 سيارات الإسعاف تنقل المصابين وعناصر الشرطة تغلق الطرق المؤدية إلى السوق.",
        PUBLISHED,
    )
    assert [(e.sub_event_type, e.fatalities) for e in got] == [
        ("Remote explosive/landmine/IED", 3)], got
