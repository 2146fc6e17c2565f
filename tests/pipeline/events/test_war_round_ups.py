"""Round-ups of the war years as state and opposition outlets wrote them: an item headed by
its governorate, a raid's doer only guessed, a town followed by what its crowd demanded;
sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2016-05-12T20:00:00+03:00"  # a Thursday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _places(title: str, text: str) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.place_pcode) for e in _events(title, text))


LEAD = "قتل ثمانية مدنيين بغارات جوية على مدينة أريحا في ريف إدلب صباح اليوم الخميس."


@pytest.mark.parametrize("opening", ["وفي حماة،", "أما في حماة، فقد", "ففي محافظة حماة،"])
def test_an_item_headed_by_its_governorate_is_at_the_town_it_names(opening: str) -> None:
    text = (f"{LEAD}\n\n{opening} فتحت قوات الأمن النار على مظاهرة خرجت عصر اليوم في بلدة "
            "كفرزيتا، ما أدى إلى مقتل شاب.")
    assert _places("", text) == [("Air/drone strike", "C4278"),
                                 ("Excessive force against protesters", "C3463")]


def test_a_heading_over_protests_in_two_towns_is_neither() -> None:
    text = (f"{LEAD}\n\nأما في حلب، فقد خرجت مظاهرات بعد صلاة الظهر في مدينتي الباب ومنبج "
            "دون أن تتعرض لها أي جهة.")
    assert _places("", text) == [("Air/drone strike", "C4278"), ("Peaceful protest", "C1202"),
                                 ("Peaceful protest", "C1767")]


def test_a_heading_with_no_town_after_it_stays_the_scene() -> None:
    # The control: the item names no town inside Hama (a quarter of the city only), so Hama
    # city is where it happened.
    text = f"{LEAD}\n\nوفي حماة، قتل ثلاثة مدنيين بقصف مدفعي استهدف حي الأربعين."
    assert _places("", text) == [("Air/drone strike", "C4278"),
                                 ("Shelling/artillery/missile attack", "C2987")]


def test_a_guess_at_whose_jets_leaves_the_strike_at_its_town() -> None:
    text = (f"{LEAD}\n\nوفي دير الزور، قتل خمسة مدنيين بغارات يرجح أنها روسية على مدينة "
            "البوكمال، التي يسيطر عليها التنظيم.")
    assert _places("", text) == [("Air/drone strike", "C4278"), ("Air/drone strike", "C5167")]


def test_a_town_is_no_village_of_two_words_with_the_demand_after_it() -> None:
    # "تطالب بإسقاط": a verb and an everyday word, not a longer name qualified by a place
    text = "خرجت مظاهرة حاشدة اليوم الخميس في مدينة منبج تطالب بإسقاط النظام."
    assert _places("", text) == [("Peaceful protest", "C1767")]


def test_a_headline_gives_each_act_the_places_of_its_own_part() -> None:
    # Shelling on two towns, then arrests at a third: no arrests at the shelled towns.
    title = "حصاد اليوم: شهداء بقصف على تلبيسة والحولة.. واعتقالات في حي القدم"
    text = ("استشهد خمسة مدنيين اليوم الخميس بقصف مدفعي على مدينة تلبيسة في ريف حمص.\n\n"
            "وطال القصف أيضاً بلدات منطقة الحولة.")
    kinds = {(e.sub_event_type, e.place_pcode) for e in _events(title, text)}
    assert ("Arrests", "C1001") in kinds  # al-Qadam, a quarter of Damascus
    assert ("Arrests", "C2882") not in kinds and ("Arrests", "SY040101") not in kinds
    assert ("Shelling/artillery/missile attack", "C1001") not in kinds


def test_a_headline_act_whose_part_names_no_place_is_the_incidents() -> None:
    # The control: "ومصير مجهول للمخطوفين" names no place of its own; it is where the
    # headline's fighting was.
    title = "اشتباكات في تلبيسة.. ومصير مجهول لعدد من المخطوفين"
    text = ("قتل أربعة مسلحين اليوم الخميس في اشتباكات بين قوات النظام وفصائل معارضة في مدينة "
            "تلبيسة بريف حمص الشمالي.\n\nوخطف مسلحون مجهولون خمسة مدنيين من المدينة خلال "
            "المعارك.")
    kinds = {(e.sub_event_type, e.place_pcode) for e in _events(title, text)}
    assert ("Armed clash", "C2882") in kinds


@pytest.mark.parametrize("stands", ["وتضامنت مع مدينة", "متضامنين مع مدينة"])
def test_the_town_a_crowd_stands_with_is_no_scene(stands: str) -> None:
    text = (f"خرجت مظاهرة حاشدة عصر اليوم الخميس في مدينة سراقب نادت بإسقاط النظام {stands} "
            "حمص المحاصرة.")
    assert _places("", text) == [("Peaceful protest", "C3916")]


@pytest.mark.parametrize(("made", "day"), [
    ("تنفيذاً لاتفاق أبرم الاثنين الماضي بين وجهاء البلدة والنظام", "2016-05-09"),
    ("تنفيذاً للاتفاق الذي توصل إليه وجهاء البلدة مع النظام أمس الأربعاء", "2016-05-11"),
])
def test_an_agreement_carried_out_today_is_dated_by_the_day_it_was_made(made: str,
                                                                         day: str) -> None:
    text = (f"بدأت صباح اليوم الخميس عملية إخراج المقاتلين من بلدة معضمية الشام في ريف دمشق "
            f"إلى محافظة إدلب، {made}.")
    agreements = [e.date for e in _events("", text) if e.sub_event_type == "Agreement"]
    assert agreements == [day]


def test_an_agreement_made_long_ago_does_not_date_todays_news() -> None:
    # The control: a truce made months before dates nothing of the page.
    text = ("أعلنت لجنة المصالحة اليوم الخميس التوصل إلى اتفاق تسوية في بلدة معضمية الشام، "
            "بعد اتفاق هدنة وقع في كانون الثاني الماضي.")
    assert [e.date for e in _events("", text) if e.sub_event_type == "Agreement"] == \
        ["2016-05-12"]


def test_each_town_of_a_sentence_takes_the_weapon_of_its_own_clause() -> None:
    # Barrels on one town, "فيما" the artillery on another: a strike and a shelling, not
    # the sentence's one kind at both.
    text = ("قتل أربعة مدنيين اليوم الخميس بغارات جوية شنتها طائرات حربية على مدينة معرة "
            "النعمان جنوب إدلب.\n\nكما ألقت مروحيات النظام برميلين متفجرين على بلدة كفرسجنة، "
            "ما أدى إلى مقتل طفل، فيما استهدفت المدفعية الثقيلة بلدة التمانعة دون تسجيل "
            "إصابات.")
    assert _places("", text) == [("Air/drone strike", "C3985"), ("Air/drone strike", "C4110"),
                                 ("Shelling/artillery/missile attack", "C4081")]
