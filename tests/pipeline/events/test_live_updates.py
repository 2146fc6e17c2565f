"""A breaking item posted as timed update lines ("تحديث 21:10: ..."): the dead an update
counts are the incident's later count. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2023-03-14T22:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_update_line_counting_dead_gives_the_toll() -> None:
    events = _events(
        "عاجل: قصف مدفعي يستهدف مدينة الأتارب",
        "عاجل | قصف مدفعي لقوات النظام يستهدف الآن الأحياء السكنية في مدينة الأتارب بريف "
        "حلب الغربي.\n\n"
        "مراسلنا: أصوات انفجارات متتالية وسحب دخان فوق السوق القديم.\n\n"
        "تحديث 21:10: مقتل ثلاثة مدنيين بينهم طفلة، ونقل المصابون إلى مشفى المدينة.",
    )
    assert events and events[0].fatalities == 3


def test_update_line_without_dead_leaves_the_toll() -> None:
    events = _events(
        "عاجل: قصف مدفعي يستهدف مدينة الأتارب",
        "عاجل | قصف مدفعي لقوات النظام يستهدف الآن الأحياء السكنية في مدينة الأتارب بريف "
        "حلب الغربي.\n\n"
        "تحديث 21:10: فرق الدفاع المدني تعمل على إخماد حريق في أحد المنازل.",
    )
    assert events and events[0].fatalities == 0
