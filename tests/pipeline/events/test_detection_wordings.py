"""Wordings that decide whether, and as what, an incident is detected: drones downed with
their count before them, an agreement signed through mediators, a detainee every branch
denies holding, a round-up's opening tally. Sentences written for these tests."""

from __future__ import annotations

from pipeline.models import Event
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2021-03-16T18:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[Event]:
    return extractor().extract(title, text, PUBLISHED)


def test_drones_downed_with_their_count_between_are_disrupted() -> None:
    got = _events(
        "الدفاعات الجوية تعلن إسقاط خمس طائرات مسيرة قرب مطار حماة",
        "تصدت الدفاعات الجوية مساء اليوم الثلاثاء لخمس طائرات مسيرة أطلقت من ريف إدلب نحو "
        "مطار حماة العسكري، ودمرتها في الجو قبل بلوغ أهدافها.")
    assert [e.sub_event_type for e in got] == ["Disrupted weapons use"], got


def test_a_number_of_drones_that_struck_stays_a_strike() -> None:
    got = _events(
        "ثلاث طائرات مسيرة تقصف مواقع قرب سراقب",
        "قصفت ثلاث طائرات مسيرة صباح اليوم الثلاثاء مواقع عسكرية قرب مدينة سراقب، وأسقطت "
        "قنابل على تجمع للآليات.")
    assert got and got[0].sub_event_type == "Air/drone strike", got


def test_an_agreement_signed_through_mediators_is_an_agreement() -> None:
    got = _events(
        "بوساطة وجهاء المنطقة.. اتفاق تهدئة في بلدة الكرك الشرقي",
        "أفادت مصادر محلية، اليوم الثلاثاء، بأن ممثلي الفصائل في بلدة الكرك الشرقي بريف درعا "
        "وقعوا أمس الاثنين اتفاقاً مع اللجنة الأمنية بوساطة وجهاء من المنطقة، يقضي بتسليم "
        "السلاح المتوسط وانسحاب المسلحين من الحواجز.")
    assert [(e.sub_event_type, e.date) for e in got] == [("Agreement", "2021-03-15")], got


def test_a_deadline_in_the_headline_over_a_signed_agreement() -> None:
    got = _events(
        "اتفاق مع وجهاء معضمية الشام وتسليم السلاح خلال خمسة أيام",
        "وقعت اللجنة الأمنية أمس الاثنين اتفاقاً مع وجهاء مدينة معضمية الشام في ريف دمشق، "
        "ينص على تسليم السلاح الخفيف وعودة الموظفين إلى دوائرهم.")
    assert [e.sub_event_type for e in got] == ["Agreement"], got


def test_an_agreement_still_to_be_signed_under_talks_is_none() -> None:
    got = _events(
        "مفاوضات بوساطة روسية لتسوية أوضاع بلدة الكرك الشرقي",
        "يجري وجهاء بلدة الكرك الشرقي مفاوضات بوساطة ضباط روس، ومن المقرر أن يوقعوا اتفاقاً "
        "مع الجانب الحكومي خلال الأيام المقبلة.")
    assert got == [], got


def test_downed_drones_called_a_breach_break_the_truce() -> None:
    got = _events(
        "إسقاط أربع طائرات مسيرة أطلقت نحو مطار حماة",
        "تصدت الدفاعات الجوية مساء اليوم الثلاثاء لأربع طائرات مسيرة حاولت الاقتراب من مطار "
        "حماة العسكري، ودمرتها قبل وصولها. واعتبر مصدر عسكري أن إطلاق الطائرات المسيرة من "
        "مناطق سيطرة الفصائل يعد خرقاً جديداً لاتفاق وقف إطلاق النار.")
    assert [(e.sub_event_type, e.ceasefire_breach) for e in got] == [
        ("Disrupted weapons use", True)], got
