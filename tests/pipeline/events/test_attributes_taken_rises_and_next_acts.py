"""Attributes of events that are found: a takeover won by fighting is the takeover, a
campaign's total since an earlier day after the incident's own count, the dead who "died
later" in a rival source's figure, and the act told after "لم تمضِ ... حتى" with a day of its
own (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.classify import analyse, classify
from pipeline.events.numbers import fatalities, toll_rises
from tests.pipeline.events.extraction import extractor

SYRIA = timezone(timedelta(hours=3))
# A Monday.
WHEN = datetime(2019, 5, 13, 17, 0, tzinfo=SYRIA)


def test_ground_taken_after_fighting_is_the_takeover() -> None:
    found = classify(
        "تقدم جديد في ريف حماة الشمالي",
        "سيطرت قوات النظام صباح اليوم على بلدة كفرنبودة بعد معارك عنيفة مع الفصائل استمرت "
        "ثلاثة أيام.\n\nوقال المرصد إن 15 مقاتلاً من الفصائل قتلوا خلال المعارك في البلدة.",
        2019)
    assert found[0].sub_event_type == "Government regains territory"


def test_fighting_told_without_the_taking_stays_a_clash() -> None:
    # Guard (passes on main too): fighting to take ground, none taken
    found = classify(
        "معارك في ريف حماة الشمالي",
        "دارت معارك عنيفة صباح اليوم بين قوات النظام والفصائل في محاولة للسيطرة على بلدة "
        "كفرنبودة.\n\nوقال المرصد إن 15 مقاتلاً من الفصائل قتلوا خلال المعارك.", 2019)
    assert found[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize(("sentence", "dead"), [
    # the campaign's total since an earlier day rises after the incident's own count
    ("قتل خمسة مدنيين في بلدة الهبيط بقصف مدفعي، لترتفع حصيلة ضحايا الحملة منذ صباح "
     "الجمعة إلى أكثر من 120 قتيلاً.", 5),
    ("واستشهد ثلاثة أطفال بغارة على خان شيخون، ليرتفع عدد القتلى منذ مساء الخميس إلى 64.", 3),
    # Guards (pass on main too): a toll that rises is the incident's own
    ("وارتفعت حصيلة القصف على البلدة إلى 11 قتيلاً بعد وفاة اثنين من الجرحى.", 11),
    ("قتل خمسة مدنيين في بلدة الهبيط بقصف مدفعي.", 5),
])
def test_a_total_since_an_earlier_day_leaves_the_incidents_count(sentence: str,
                                                                  dead: int) -> None:
    assert fatalities(sentence) == dead


@pytest.mark.parametrize(("sentence", "rises"), [
    # "توفوا لاحقاً" tells when some of the dead died, not a later count
    ("وقالت مصادر طبية إن الحصيلة مرشحة للزيادة، فيما تحدث ناشطون عن 12 قتيلاً بينهم جرحى "
     "توفوا لاحقاً.", False),
    # Guard (passes on main too): the toll told later
    ("وأعلنت مديرية الصحة في وقت لاحق أن الحصيلة باتت 12 قتيلاً.", True),
])
def test_dead_who_died_later_give_no_later_count(sentence: str, rises: bool) -> None:
    assert toll_rises(sentence) is rises


def test_act_after_time_not_passed_is_news_of_its_own_day() -> None:
    events = extractor().extract(
        "الفصائل تسيطر على بلدة كفرنبودة.. والطيران يرد بغارات",
        "سيطرت فصائل المعارضة أمس الأحد على بلدة كفرنبودة في ريف حماة الشمالي، إثر هجوم "
        "واسع على مواقع قوات النظام.\n\n"
        "ولم تمضِ ساعات على انسحاب قوات النظام حتى شنّ الطيران الحربي، ظهر اليوم الاثنين، "
        "غارات على البلدة أسفرت عن مقتل أربعة مدنيين.", WHEN)
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.date, e.fatalities) for e in strikes] == [("2019-05-13", 4)]


def test_time_not_passed_since_a_recalled_blast_stays_context() -> None:
    # Guard (passes on main too): nothing dated after "حتى", the blast recalled
    sentences = analyse(
        "انفجار في الرقة",
        "قتل ثلاثة مدنيين بانفجار عبوة في الرقة اليوم.\n\nولم تمضِ ثلاثة أسابيع على انفجار "
        "السيارة المفخخة قرب دوار النعيم حتى عادت التفجيرات إلى المدينة.", 2019)
    assert sentences[2].is_context

