"""Items of a round-up: a truce's start month dates no item, and a victim's past told by a
pluperfect recalls nothing (sentences written for these tests, in the patterns of real
reports)."""

from __future__ import annotations

from pipeline.events.background import is_background


def test_the_month_a_truce_was_declared_from_dates_no_act() -> None:
    assert not is_background(
        "قتل رجل بقصف مدفعي على بلدة كفرنبل، في خرق جديد للهدنة المعلنة منذ نهاية آب الماضي")
    assert is_background("وقتل رجل بقصف مدفعي على بلدة كفرنبل في آب الماضي")


def test_a_victims_past_in_a_pluperfect_recalls_nothing() -> None:
    assert not is_background(
        "قتل شاب من أبناء مدينة طفس كان قد انضم إلى صفوف الفرقة الرابعة، برصاص مجهولين")
    assert is_background("وكانت قوات النظام قد قصفت المدينة بالمدفعية")
    assert is_background("وقوات النظام كانت قد قصفت المدينة بالمدفعية")

