"""Truces that fell apart, collapsed or were declared over, in English and Arabic wordings
("since a truce ... fell apart", "وقف إطلاق النار الذي رعته موسكو انتهى", "سقوط الهدنة"):
violence after them breaks nothing. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2019-06-12T19:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_english_measure_since_a_truce_fell_apart_is_no_breach() -> None:
    events = _events(
        "Jets pound Maarat al-Numan (معرة النعمان) as Idlib deal lies in tatters",
        "Warplanes struck residential areas of Maarat al-Numan (معرة النعمان) on Wednesday, "
        "killing nine people, rescuers said, in the fiercest raids since a truce agreed by "
        "Ankara and Moscow last month fell apart.",
    )
    assert events and not any(e.ceasefire_breach for e in events)


def test_english_violation_of_a_truce_still_is_a_breach() -> None:
    events = _events(
        "Jets pound Maarat al-Numan (معرة النعمان)",
        "Warplanes struck residential areas of Maarat al-Numan (معرة النعمان) on Wednesday, "
        "killing nine people, rescuers said, in a violation of a truce agreed by Ankara and "
        "Moscow last month.",
    )
    assert events and events[0].ceasefire_breach


def test_arabic_truce_that_ended_in_a_relative_clause_is_out_of_force() -> None:
    events = _events(
        "غارات على كفرنبل",
        "قتل خمسة مدنيين اليوم الأربعاء بغارات جوية على مدينة كفرنبل في ريف إدلب الجنوبي، "
        "بعد ساعات من إعلان أن وقف إطلاق النار الذي رعته موسكو انتهى.",
    )
    assert events and not any(e.ceasefire_breach for e in events)


def test_arabic_fall_of_a_truce_is_out_of_force() -> None:
    events = _events(
        "قصف مدفعي على خان شيخون",
        "أصيب ثلاثة مدنيين اليوم الأربعاء بقصف مدفعي على مدينة خان شيخون، بعد ساعات من "
        "سقوط الهدنة في المنطقة.",
    )
    assert events and not any(e.ceasefire_breach for e in events)
