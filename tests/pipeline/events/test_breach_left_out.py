"""A truce that leaves a party out, said in a relative clause right after its name ("تنظيم
الدولة الذي لا يشمله الاتفاق"): that party's violence breaks nothing, while the other parties
the article shows breaking the truce still do; but a claim counting breaches by number in
the act's governorate counts the left-out party's act among them (sentences written for
these tests)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=2))
WHEN = datetime(2016, 3, 12, 11, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_the_party_left_out_breaks_nothing(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "خروقات للهدنة في ريف حمص وقصف لداعش على أحياء دير الزور",
        "سجل ناشطون خلال اليوم الماضي خروقات جديدة لاتفاق وقف الأعمال القتالية الساري منذ "
        "أسبوعين.\n\nففي ريف حمص الشمالي، قصفت قوات النظام بقذائف المدفعية بلدة تلبيسة "
        "صباح أمس الجمعة، ما أدى لإصابة ثلاثة مدنيين.\n\nفي المقابل، قصف تنظيم داعش الذي لا "
        "تشمله الهدنة أمس بقذائف الهاون حي هرابش في مدينة دير الزور الذي تسيطر عليه قوات "
        "النظام، ما أدى إلى مقتل امرأتين.", WHEN)
    by_place = {e.place_name: e.ceasefire_breach for e in events}
    assert by_place.get("تلبيسة") is True
    assert not any(flag for name, flag in by_place.items() if name != "تلبيسة")


def test_a_left_out_party_counted_among_the_breaches_breaks_the_truce(
        extractor: EventExtractor) -> None:
    # a bulletin counting breaches by number, in the governorate it names, lists the act of
    # a party the truce leaves out as one of them
    events = extractor.extract(
        "رصد خمسة خروقات للهدنة خلال يوم",
        "سجلت لجنة محلية خلال يوم أمس خمسة خروقات لاتفاق وقف الأعمال القتالية، أغلبها في "
        "محافظة حماة.\n\nوذكرت اللجنة أن عناصر من تنظيم داعش المستثنى من الهدنة قصفوا "
        "صباح أمس بقذائف الهاون مدينة السلمية في ريف حماة الشرقي، ما أدى إلى إصابة "
        "طفلين.", WHEN)
    assert events and events[0].ceasefire_breach is True, events
