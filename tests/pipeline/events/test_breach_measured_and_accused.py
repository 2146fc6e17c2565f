"""Breach claims and what they are said of: a measure against a truce's time ("الأعنف منذ
سريان الهدنة") makes a breach of the act it is said of, not of every act of a round-up
whose background measures the region's escalation; and a truce said not to be kept by one
party ("إلا أن الفصائل لم تلتزم به") covers that party's acts, not the other side's reply;
nor does a claim that accuses no party cover the fire of one the article says keeps the truce
("ويلتزم الجيش بوقف إطلاق النار").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.events.breach import claims
from pipeline.events.classify import split_sentences
from pipeline.models import Event

PUBLISHED = "2019-06-12T19:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


_ROUND_UP = (
    "وثقت شبكة محلية أمس الثلاثاء مقتل تسعة أشخاص في ريف إدلب الجنوبي.\n\n"
    "ففي مدينة معرة النعمان قتل ثلاثة مدنيين بغارات جوية روسية استهدفت السوق الشعبي.\n\n"
    "وفي بلدة الهبيط، قتل ستة مقاتلين من الفصائل في اشتباكات مع قوات النظام على أطراف "
    "البلدة.\n\n"
)


@pytest.mark.parametrize("since", ["منذ توقيع اتفاق سوتشي", "منذ سريان اتفاق سوتشي"])
def test_a_regions_escalation_measured_against_the_truce_frames_no_act(since: str) -> None:
    events = _events(
        "قتلى بغارات واشتباكات في ريف إدلب",
        _ROUND_UP + "يذكر أن الشبكة كانت قد أحصت منذ مطلع أيار مقتل أكثر من مئة مدني في "
        f"ريف إدلب الجنوبي، الذي يعيش أشد موجة تصعيد {since} الخريف الماضي.",
    )
    assert len(events) >= 2 and not any(e.ceasefire_breach for e in events), events


def test_an_act_measured_against_the_truce_still_breaks_it() -> None:
    events = _events(
        "قتلى بغارات على معرة النعمان",
        "قتل ثلاثة مدنيين أمس الثلاثاء بغارات جوية روسية استهدفت السوق الشعبي في مدينة معرة "
        "النعمان بريف إدلب الجنوبي.\n\n"
        "ويعد هذا القصف الأشد على المدينة منذ توقيع اتفاق سوتشي في الخريف الماضي.",
    )
    assert events and events[0].ceasefire_breach, events


_REPLY = (
    "قتل مدني وأصيب ثلاثة آخرون اليوم الأربعاء بقذائف صاروخية أطلقها مسلحون على مدينة "
    "محردة بريف حماة الشمالي الغربي.\n\n"
    "ورداً على ذلك، قصفت وحدات الجيش بالمدفعية الثقيلة مواقع الفصائل في محيط بلدة "
    "اللطامنة، وأوقعت إصابات في صفوفها.\n\n"
)


def test_a_truce_one_party_did_not_keep_is_not_broken_by_the_others_reply() -> None:
    events = _events(
        "قذائف على محردة والجيش يرد",
        _REPLY + "يشار إلى أن المنطقة مشمولة باتفاق خفض التصعيد الموقع في أستانا، إلا أن "
        "الفصائل المسلحة لم تلتزم به.",
    )
    shelled = {e.place_name: e.ceasefire_breach for e in events}
    assert shelled.get("محردة") is True and shelled.get("اللطامنة") is False, events


@pytest.mark.parametrize(("comment", "party"), [
    ("يشار إلى أن اتفاق خفض التصعيد يشمل المنطقة، إلا أن الفصائل المسلحة لم تلتزم "
     "به.",
     "Opposition Rebels (Syria)"),
    ("يشار إلى أن المنطقة مشمولة بالهدنة، الأمر الذي لم تلتزم به قوات النظام.",
     "Military Forces of Syria (2000-2024)"),
    ("يشار إلى أن المنطقة مشمولة بالهدنة رغم عدم التزام قوات النظام بها.",
     "Military Forces of Syria (2000-2024)"),
])
def test_the_party_said_not_to_keep_the_truce_is_accused(comment: str, party: str) -> None:
    found = claims(split_sentences("قذائف على محردة", _REPLY + comment),
                   _extractor()._resolver)
    assert [c.accused for c in found if c.index == 3] == [(party,)], found


_KEEPING_ARMY = (
    "أصيب ثلاثة مدنيين اليوم الأربعاء بقذائف صاروخية أطلقتها المجموعات المسلحة على مدينة "
    "محردة بريف حماة الشمالي الغربي، في خرق جديد لوقف إطلاق النار المعلن منذ أسابيع.\n\n"
    "وقال مصدر محلي إن المسلحين المتمركزين في محيط بلدة كفرنبودة أطلقوا أربع قذائف سقطت "
    "قرب السوق.\n\n"
    "وأشار المصدر إلى أن وحدات الجيش ردت على مصادر إطلاق القذائف، واستهدفت بالمدفعية "
    "الثقيلة مواقع المسلحين في محيط كفرنبودة، محققة إصابات مباشرة في صفوفهم.\n\n"
)


def test_the_fire_of_a_party_said_to_keep_the_truce_breaks_nothing() -> None:
    events = _events(
        "قذائف على محردة والجيش يرد",
        _KEEPING_ARMY + "ويلتزم الجيش السوري بوقف إطلاق النار المعلن، في حين تواصل المجموعات "
        "المسلحة استهداف البلدات الآمنة.",
    )
    shelled = {e.place_name: e.ceasefire_breach for e in events}
    assert shelled.get("محردة") is True and shelled.get("كفرنبودة") is False, events


@pytest.mark.parametrize(("comment", "kept"), [
    ("ويلتزم الجيش السوري بوقف إطلاق النار المعلن.", True),
    ("ولم يلتزم الجيش السوري بوقف إطلاق النار المعلن.", False),
    ("ويأمل الأهالي أن يلتزم الجيش السوري بوقف إطلاق النار المعلن.", False),
])
def test_a_party_said_to_keep_the_truce(comment: str, kept: bool) -> None:
    found = claims(split_sentences("قذائف على محردة", _KEEPING_ARMY + comment),
                   _extractor()._resolver)
    assert found and all(bool(c.keeping) == kept for c in found), found
