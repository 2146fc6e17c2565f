"""Prices said to "shell the pockets" of people tell no shelling; the enemy's pockets of
ground shelled still do (``pipeline.rules.cues`` "figurative"; sentences written for these
tests, in the patterns of real reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2021-02-03T12:00:00+03:00"


def _events(title: str, text: str) -> list[str]:
    return [e.sub_event_type for e in extractor().extract(title, text, PUBLISHED)]


def test_prices_shelling_peoples_pockets_is_no_shelling() -> None:
    assert _events(
        "غلاء الخضار في حماة",
        "يقول باعة في سوق مدينة حماة اليوم إن أسعار الخضار والفاكهة تقصف جيوب المواطنين "
        "منذ مطلع الشتاء، مع تراجع قيمة الليرة.") == []


def test_shelling_the_enemys_pockets_is_shelling() -> None:
    assert _events(
        "قصف مدفعي في ريف حمص",
        "قصفت المدفعية اليوم جيوب التنظيم في بادية مدينة تدمر بريف حمص الشرقي.") != []
