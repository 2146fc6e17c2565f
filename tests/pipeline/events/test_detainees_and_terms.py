"""Detainees are not protesters, and an agreement's quoted terms are not acts (sentences
written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2025-06-11T15:00:00+03:00"


def _kinds(title: str, text: str) -> list[str]:
    return [e.sub_event_type for e in extractor().extract(title, text, PUBLISHED)]


def test_the_detained_are_no_protesters() -> None:
    got = _kinds(
        "اتفاق على الإفراج عن المحتجزين في منبج",
        "أعلنت لجنة التفاوض اليوم الأربعاء التوصل إلى اتفاق للإفراج عن المحتجزين لدى "
        "الطرفين في منبج.")
    assert got == ["Agreement"], got


def test_an_agreements_quoted_terms_are_not_arrests() -> None:
    got = _kinds(
        "اتفاق لتبادل المحتجزين في ريف حلب",
        "أعلن مصدر محلي اليوم الأربعاء التوصل إلى اتفاق لتبادل المحتجزين بين الطرفين في "
        "ريف حلب. ووفق نص الاتفاق، سيفرج عن ثلاثين شخصاً احتجزوا داخل مدينة الباب خلال "
        "المواجهات الأخيرة.")
    assert got == ["Agreement"], got
