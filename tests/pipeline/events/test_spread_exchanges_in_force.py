"""Recall of rarer events: a riot in a town named after a sentence told abroad, protests said to
have spread ("لم تقتصر ... على"), arrests after a protest the detained took part in, an
agreement taking effect on the day of the news, and an exchange of prisoners; sentences
written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2024-05-14T20:00:00+03:00"


def _events(text: str, title: str = "") -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in _events(text)]


def test_a_town_named_after_a_sentence_abroad_is_at_home() -> None:
    # "في المدينة" points at the town the sentence named, not at the one abroad before it
    text = ("تظاهر لاجئون سوريون أمس الاثنين في بلدة أقجه قلعة التركية احتجاجاً على ترحيل "
            "ذويهم.\n\nوفي مدينة منبج، هاجم محتجون مقراً للشرطة ورشقوه بالحجارة، وفق مصادر "
            "طبية في المدينة.")
    riots = [e for e in _events(text) if e.sub_event_type == "Violent demonstration"]
    assert [e.place_name for e in riots] == ["منبج"]


def test_the_town_abroad_pointed_back_at_stays_abroad() -> None:
    # the control: a sentence naming no town of its own goes on with the one abroad
    text = ("تظاهر لاجئون سوريون أمس الاثنين في بلدة أقجه قلعة التركية احتجاجاً على ترحيل "
            "ذويهم.\n\nوهاجم محتجون مقراً للشرطة في البلدة ورشقوه بالحجارة.")
    assert "Violent demonstration" not in _kinds(text)


def test_protests_not_only_in_one_town_spread_to_others() -> None:
    text = ("خرج المئات اليوم الثلاثاء في مظاهرة وسط مدينة درعا للمطالبة بالإفراج عن "
            "المعتقلين.\n\nولم تقتصر الاحتجاجات على درعا، إذ خرج العشرات مساء اليوم في مدينة "
            "إنخل وفي بلدة المزيريب.")
    places = sorted(e.place_name or "" for e in _events(text)
                    if e.sub_event_type == "Peaceful protest")
    assert len(places) == 3
    assert any("المزيريب" in p for p in places) and any("إنخل" in p for p in places)


def test_protests_denied_stay_denied() -> None:
    # the control: a plain negation still says nothing happened
    text = "ولم تشهد مدينة طفس اليوم احتجاجات بسبب الانتشار الأمني الكثيف."
    assert _kinds(text) == []


@pytest.mark.parametrize("protest", ["مظاهرة ليلية وسط المدينة",
                                     "الوقفة الاحتجاجية التي شهدتها المدينة مساء أمس"])
@pytest.mark.parametrize("after", ["بعد ساعات من مشاركتهم في", "إثر مشاركتهم في"])
def test_arrests_after_the_protest_they_joined_are_arrests(after: str, protest: str) -> None:
    text = (f"اعتقلت دورية للأمن فجر اليوم أربعة شبان من منازلهم في مدينة جبلة، {after} "
            f"{protest}.")
    assert _kinds(text) == ["Arrests"]


def test_arrests_at_the_protest_are_its_intervention() -> None:
    # the control: the marchers arrested as they marched
    text = ("اعتقلت قوات الأمن اليوم أربعة من المشاركين في مظاهرة خرجت وسط مدينة جبلة "
            "وفرقت الباقين.")
    assert _kinds(text) == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    ("دخل اتفاق خفض التصعيد في ريف حماة الشمالي حيز التنفيذ ظهر اليوم، بعد مفاوضات جرت في "
     "عمّان بين الفصائل والجانب الروسي."),
    "بدأ صباح اليوم تنفيذ البنود الأولى من الاتفاق المبرم بين الجيش ووجهاء مدينة الرستن.",
])
def test_an_agreement_taking_effect_today_is_an_agreement(text: str) -> None:
    assert _kinds(text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    # the truce's time in force frames the shelling, no agreement of the day
    "قصفت المدفعية بلدة كفرنبل رغم الهدنة التي دخلت حيز التنفيذ أمس.",
    # a truce in force since an earlier day
    "ويسود هدوء حذر منذ دخول اتفاق التهدئة حيز التنفيذ مطلع الشهر الماضي.",
])
def test_a_truce_named_as_in_force_is_no_agreement_of_the_day(text: str) -> None:
    assert "Agreement" not in _kinds(text)


def test_an_exchange_of_detainees_done_through_mediators_is_an_agreement() -> None:
    text = ("جرت بعد ظهر اليوم في مدينة جاسم عملية تبادل شملت ستة محتجزين من كل طرف، بوساطة "
            "وجهاء من المنطقة.")
    assert _kinds(text) == ["Agreement"]


def test_an_exchange_headlined_after_a_broken_ceasefire_is_an_agreement() -> None:
    # the "وقف" of "وقف إطلاق النار" in the headline negates nothing after it
    title = "اشتباكات في بلدة الكرك الشرقي تخرق وقف إطلاق النار.. وتبادل محتجزين في جاسم"
    text = ("اندلعت ليل أمس اشتباكات عنيفة بين مسلحين محليين في بلدة الكرك الشرقي.\n\n"
            "وفي مؤشر على تماسك التهدئة، جرت ظهر اليوم في مدينة جاسم عملية تبادل شملت ستة "
            "محتجزين من كل طرف، بوساطة وجهاء من المنطقة.")
    assert "Agreement" in [e.sub_event_type for e in _events(text, title)]


@pytest.mark.parametrize("text", [
    # talks for one, not an exchange made
    "تواصلت المفاوضات اليوم بين الطرفين لإجراء عملية تبادل للمحتجزين في مدينة جاسم.",
    # an exchange of information
    "وأكد المصدر أنه تم تعزيز المراقبة لتسريع عملية تبادل المعلومات بين الأجهزة.",
])
def test_exchanges_talked_of_or_of_no_prisoners_are_none(text: str) -> None:
    assert "Agreement" not in _kinds(text)
