"""Breach claims as monitors and the Russian reconciliation centre word them: breaches
counted with the place of a share of them, the additional protocol of Moscow, "رصد" as the
verb that reports a breach, zones drawn across governorates, and a daily pause of some hours.
Sentences written for these tests."""

from __future__ import annotations

from extraction import breach_by_place
from extraction import extractor as _extractor

from pipeline.events.breach import claims
from pipeline.events.classify import split_sentences
from pipeline.models import Event

PUBLISHED = "2025-09-18T20:00:00+03:00"  # a Thursday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _by_place(title: str, text: str) -> dict[str, bool]:
    return breach_by_place(title, text, PUBLISHED)


def _claims(title: str, text: str) -> list[int]:
    return [c.index for c in claims(split_sentences(title, text), _extractor()._resolver)]


def test_a_share_of_the_breaches_counted_does_not_bound_the_truce() -> None:
    by_place = _by_place(
        "مركز المصالحة يسجل 15 خرقاً لوقف الأعمال القتالية أغلبها في حماة",
        "أعلن مركز المصالحة الروسي اليوم أنه سجل 15 خرقاً لنظام وقف الأعمال القتالية خلال "
        "الساعات الماضية، منها تسعة خروقات في محافظة حماة.\n\n"
        "وأوضح المركز أن المسلحين قصفوا مدينة محردة بقذائف الهاون، ما أدى إلى مقتل مدني.\n\n"
        "وفي ريف اللاذقية الشمالي، تعرضت قرية كنسبا لقصف بقذائف صاروخية دون وقوع إصابات.",
    )
    assert by_place.get("كنسبا") is True, by_place


def test_the_additional_protocol_of_moscow_is_a_truce() -> None:
    events = _events(
        "قذائف على بلدة جورين في سهل الغاب",
        "قصفت هيئة تحرير الشام بلدة جورين في سهل الغاب بقذائف صاروخية صباح اليوم، ما أدى "
        "إلى مقتل جندي.\n\n"
        "وتحدث مصدر محلي عن أضرار مادية في منازل البلدة.\n\n"
        "وقال مسؤول روسي إن هذا القصف يشكل خرقاً للبروتوكول الإضافي الموقع بين موسكو وأنقرة.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_breach_recorded_by_a_monitor_is_claimed_but_monitoring_committees_are_not() -> None:
    assert _claims(
        "قتيلان بقصف على كفرنبل",
        "رصد المرصد خرقاً جديداً لاتفاق وقف إطلاق النار، إذ قتل مدنيان بقصف مدفعي على "
        "مدينة كفرنبل.") == [1]
    assert _claims(
        "قتيلان بقصف على كفرنبل",
        "رصد مرصد الشمال الميداني استمرار الخروقات داخل المنطقة منزوعة السلاح، إذ قتل "
        "مدنيان بقصف مدفعي على مدينة كفرنبل.") == [1]
    # committees to watch for breaches claim none
    assert _claims(
        "قتيلان بقصف على كفرنبل",
        "قتل مدنيان بقصف مدفعي على مدينة كفرنبل، وذلك بعد أن شكل الضامنون لجاناً لرصد "
        "الخروقات للهدنة.") == []


def test_a_zone_named_by_idlib_reaches_the_north_of_hama() -> None:
    events = _events(
        "قذائف على مدينة محردة في ريف حماة",
        "أصيب ثلاثة مدنيين بجروح جراء سقوط قذائف صاروخية أطلقتها المجموعات المسلحة على حي "
        "سكني في مدينة محردة بريف حماة الشمالي.\n\n"
        "ونقل الجرحى إلى المشفى الوطني في المدينة لتلقي العلاج.\n\n"
        "وأكد مصدر عسكري أن الاعتداء يندرج ضمن الخروقات المتكررة لاتفاق خفض التصعيد في "
        "منطقة إدلب.",
    )
    assert events and events[0].ceasefire_breach, events


def test_the_demilitarised_zone_reaches_the_west_of_aleppo() -> None:
    by_place = _by_place(
        "قتلى بقصف على قرى المنطقة منزوعة السلاح",
        "وثق ناشطون استمرار الخروقات داخل المنطقة منزوعة السلاح، إذ قتل طفل بقصف مدفعي "
        "لقوات النظام على بلدة التح في ريف إدلب.\n\n"
        "كما قتل مقاتل من الفصائل برصاص قناص على أطراف بلدة كفر حمرة في ريف حلب الشمالي.",
    )
    assert by_place.get("كفر حمرة") is True, by_place


def test_a_daily_pause_is_broken_only_by_the_act_told_with_it() -> None:
    text = (
        "قتل مدنيان بقذائف أطلقها المسلحون على حي القصاع في دمشق خلال ساعات الهدنة "
        "الإنسانية{} التي أعلنتها موسكو، في خرق صريح لها.\n\n"
        "وفي مدينة جرمانا بريف دمشق، سقطت قذيفة صاروخية على شارع رئيسي مساء، ما أدى إلى "
        "إصابة أربعة مواطنين.")
    daily = _by_place("قذائف على دمشق وجرمانا", text.format(" اليومية"))
    assert daily.get("جرمانا") is False and any(daily.values()), daily
    # a truce in force all day frames the article's other shelling
    assert _by_place("قذائف على دمشق وجرمانا", text.format("")).get("جرمانا") is True
