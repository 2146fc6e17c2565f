"""Spurious events of issue 12 (dev49, dev50), in sentences written for these tests: a
gathering announced for tomorrow, a strike in a region of a neighbouring country named with
its masculine adjective, the home town of victims told after their incident, a settlement
office opened, and the base a raiding force withdrew to."""

from __future__ import annotations

import pytest

from pipeline.models import Event

from .extraction import extractor

PUBLISHED = "2025-04-16T12:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return extractor().extract(title, text, PUBLISHED)


@pytest.mark.parametrize("announced", [
    "قالت لجنة أهالي المعتقلين إنها ستنظم غداً السبت وقفة احتجاجية أمام مبنى المحافظة في "
    "مدينة السويداء.",
    "وأعلن ناشطون أن الأهالي سيقيمون يوم غد اعتصاماً أمام مبنى البلدية في مدينة السويداء.",
    "قالت لجنة أهالي المعتقلين إنها ستقيم يوم غد وقفة احتجاجية أمام مبنى المحافظة في مدينة "
    "السويداء.",
])
def test_a_gathering_announced_for_tomorrow_is_no_protest(announced: str) -> None:
    assert not [e for e in _events("لجان الأهالي تعلن فعالية", announced)
                if e.event_type == "Protests"]


def test_a_gathering_held_today_is_still_a_protest() -> None:
    got = _events("وقفة في السويداء", "نظم أهالي المعتقلين اليوم وقفة احتجاجية أمام مبنى "
                  "المحافظة في مدينة السويداء.")
    assert [e.sub_event_type for e in got] == ["Peaceful protest"], got


def test_a_strike_in_a_region_named_with_a_masculine_adjective_abroad_is_none() -> None:
    got = _events("مقتل أربعة لاجئين سوريين بقصف إسرائيلي على بلدة في البقاع اللبناني",
                  "قتل أربعة لاجئين سوريين اليوم بقصف إسرائيلي على منزل شرقي لبنان. وعبر "
                  "آلاف السوريين معبر جديدة يابوس عائدين إلى بلادهم.")
    assert got == [], got


def test_an_army_named_with_its_masculine_adjective_still_acts_in_syria() -> None:
    got = _events("قصف تركي على قرى ريف تل تمر",
                  "قصف الجيش التركي اليوم قرى في ريف تل تمر بالمدفعية.")
    assert [e.sub_event_type for e in got] == ["Shelling/artillery/missile attack"], got


@pytest.mark.parametrize("origin", ["وينحدرون من", "ويتحدرون من"])
def test_the_home_town_of_victims_told_after_their_blast_is_no_second_blast(
        origin: str) -> None:
    got = _events(
        "مقتل ثلاثة رعاة بلغم في ريف حماة",
        "قُتل ثلاثة رعاة أغنام، صباح اليوم، بانفجار لغم أرضي في البادية الواقعة غربي بلدة "
        "عقيربات بريف حماة الشرقي.\n\n"
        f"وقالت مصادر محلية إن القتلى أشقاء {origin} مدينة السلمية، وكانوا يرعون أغنامهم حين "
        "انفجر بهم اللغم، فيما أسعف جريح رابع إلى مشفى حماة.")
    assert [(e.sub_event_type, e.place_name) for e in got] == [
        ("Remote explosive/landmine/IED", "عقيربات")], got


@pytest.mark.parametrize("office", ["مركزاً جديداً لتسوية", "مكتباً لتسوية",
                                    "مركز التسوية لتسوية"])
def test_a_settlement_office_opened_is_no_agreement(office: str) -> None:
    got = _events("موجز", f"حمص: افتتحت محافظة حمص {office} أوضاع المطلوبين في حي الوعر، "
                  "وسط إقبال من الشبان.")
    assert got == [], got


def test_a_settlement_reached_is_still_an_agreement() -> None:
    got = _events("اتفاق", "أعلنت لجنة المصالحة اليوم التوصل إلى تسوية في بلدة الكرك الشرقي "
                  "تقضي بتسليم السلاح الخفيف.")
    assert [e.sub_event_type for e in got] == ["Agreement"], got


@pytest.mark.parametrize("withdrew", [
    "قبل أن تنسحب باتجاه نقطة تمركزها في محيط تل الأحمر",
    "قبل أن تنسحب نحو تل الأحمر",
])
def test_the_base_a_raiding_force_withdrew_to_is_no_scene(withdrew: str) -> None:
    got = _events(
        "قوة تعتقل شابين في خان أرنبة",
        "دخلت قوة عسكرية فجر اليوم بلدة خان أرنبة بريف القنيطرة، وفتشت عدداً من المنازل.\n\n"
        "وقال مصدر محلي إن القوة اعتقلت شابين من أبناء البلدة واقتادتهما إلى جهة مجهولة، "
        f"{withdrew}.")
    assert [(e.sub_event_type, e.place_name) for e in got] == [("Arrests", "خان أرنبة")], got


def test_the_town_of_what_a_crowd_rejects_a_long_clause_away_is_no_second_protest() -> None:
    got = _events(
        "مظاهرة في بصرى الشام",
        "وفي بلدة بصرى الشام، خرج العشرات من الأهالي اليوم الأربعاء في مظاهرة جابت شوارع "
        "البلدة، رفضاً لإعادة افتتاح مقر حزب البعث في وسط مدينة درعا، وطالبوا بالإفراج عن "
        "المعتقلين.")
    assert [(e.sub_event_type, e.place_name) for e in got] == [
        ("Peaceful protest", "بصرى الشام")], got


def test_a_crowd_placed_only_after_what_it_rejects_is_still_there() -> None:
    got = _events("مظاهرة في درعا", "خرج العشرات اليوم في مظاهرة رفضاً لقرار المحافظة رفع "
                  "أسعار الخبز في مدينة درعا.")
    assert [(e.sub_event_type, e.place_name) for e in got] == [("Peaceful protest", "درعا")], got


_ABROAD_LEAD = ("تواصلت اليوم الاشتباكات بين الجيش اللبناني ومسلحين في بلدة عرسال الحدودية "
                "شرقي لبنان لليوم الثاني.\n\n")


def test_a_running_total_since_the_fighting_began_is_no_incident() -> None:
    got = _events("الجيش اللبناني يواصل عملياته في عرسال", _ABROAD_LEAD
                  + "وقال الجيش في بيان إن عدد العسكريين الذين قتلوا منذ بدء المواجهات ارتفع "
                  "إلى تسعة.\n\nويقيم في البلدة آلاف اللاجئين السوريين القادمين من مدينة "
                  "القصير.")
    assert got == [], got


def test_the_battles_refugees_fled_are_their_past_not_the_news() -> None:
    got = _events("الجيش اللبناني يواصل عملياته في عرسال", _ABROAD_LEAD
                  + "ويقيم في البلدة آلاف اللاجئين السوريين الذين هربوا من معارك يبرود "
                  "والقصير.")
    assert got == [], got


def test_a_toll_of_the_day_with_its_own_act_still_stands() -> None:
    got = _events("اشتباكات في ريف حماة", "اندلعت اشتباكات عنيفة فجر اليوم بين قوات النظام "
                  "والفصائل في محيط بلدة مورك بريف حماة، وقتل خمسة عناصر منذ بدء الهجوم.")
    assert [(e.sub_event_type, e.place_name) for e in got] == [("Armed clash", "مورك")], got


def test_the_largest_crowds_since_the_uprising_began_are_the_news() -> None:
    got = _events("مظاهرات في حماة", "شهدت مدينة حماة اليوم أضخم المظاهرات منذ بدء "
                  "الانتفاضة، وشارك فيها عشرات الآلاف.")
    assert [e.sub_event_type for e in got] == ["Peaceful protest"], got


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory",
              "Non-violent transfer of territory")


def test_raiders_going_back_after_a_massacre_took_no_ground() -> None:
    got = _events(
        "مجزرة في ريف السويداء",
        "شن مسلحون فجر اليوم هجوماً على قرى في ريف السويداء الشرقي.\n\n"
        "وبالتزامن، تسلل عشرات المسلحين إلى قرى الريف الغربي، ودخلوا قرية دوما حيث قتلوا 12 "
        "من سكانها داخل منازلهم، واقتادوا معهم عشر نساء عند انسحابهم نحو البادية.")
    assert [e.place_name for e in got if e.sub_event_type in _TERRITORY] == [], got
    assert "دوما" in [e.place_name for e in got], got


def test_an_entry_after_the_other_side_withdrew_toward_the_desert_still_took_ground() -> None:
    got = _events("الجيش يدخل المدينة", "دخلت قوات النظام مدينة تدمر اليوم بعد انسحاب عناصر "
                  "التنظيم نحو البادية.")
    assert [e.sub_event_type for e in got] == ["Non-violent transfer of territory"], got
