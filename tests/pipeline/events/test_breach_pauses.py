"""Breach claims in the wordings of north and east Syria's truces: the 2016 cessation of
hostilities named by its own name in a lead. Sentences written for these tests."""

from __future__ import annotations

from functools import lru_cache

from pipeline.events.extract import EventExtractor
from pipeline.models import Event
from pipeline.settings import PipelineSettings


@lru_cache(maxsize=1)
def _extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def _breaches(title: str, text: str, published: str) -> list[bool]:
    events: list[Event] = _extractor().extract(title, text, published)
    assert events, "no event"
    return [e.ceasefire_breach for e in events]


def test_a_lead_naming_the_cessation_of_hostilities_in_force_frames_a_truce() -> None:
    assert _breaches(
        "قذائف على مدينة تلبيسة",
        "دخل وقف الأعمال العدائية حيز التنفيذ في أنحاء سوريا عند منتصف الليل.\n\n"
        "وسقطت صباح اليوم قذائف مدفعية أطلقتها قوات النظام على مدينة تلبيسة في ريف حمص "
        "الشمالي، فقتلت امرأة.",
        "2016-02-29T14:00:00+02:00") == [True]
