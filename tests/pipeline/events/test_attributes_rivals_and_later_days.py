"""Attributes of events that are found: a month gone by written with its other calendar's
name in brackets, a source's count of the civilians among dead that include armed men, a
force's own men who fell, a later development dated by the sentence before it, a round-up's
item dated by its lead rather than by another town's dead, and yesterday's incident told in
the pluperfect (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from extraction import extractor

from pipeline.events.background import is_background
from pipeline.events.dates import same_day_in
from pipeline.events.numbers import fatalities

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2019, 5, 12, 18, 0, tzinfo=SYRIA)
PUBLISHED = "2019-05-12T18:00:00+03:00"  # a Sunday


@pytest.mark.parametrize(("sentence", "recalled"), [
    # "في شباط (فبراير) الماضي": the month gone by, its other name in brackets
    ("كما شهدت البلدة في كانون الثاني (يناير) الماضي قصفاً أوقع عشرة قتلى.", True),
    ("وقتل في فبراير (شباط) الماضي ثلاثة مدنيين بقصف على القرية.", True),
    # Guards (pass on main too): the month with no word of the past, today's act
    ("وقتل ثلاثة مدنيين اليوم بقصف على القرية.", False),
    ("كما شهدت البلدة في كانون الثاني الماضي قصفاً أوقع عشرة قتلى.", True),
])
def test_past_month_with_its_other_name(sentence: str, recalled: bool) -> None:
    assert is_background(sentence, WHEN) is recalled


def test_past_month_in_brackets_adds_no_dead() -> None:
    events = extractor().extract(
        "قصف مدفعي على كفرنبل",
        "قتل أربعة مدنيين، صباح اليوم الأحد، جراء قصف مدفعي استهدف بلدة كفرنبل في ريف إدلب "
        "الجنوبي، بحسب الدفاع المدني.\n\nكما شهدت البلدة نفسها في كانون الثاني (يناير) "
        "الماضي قصفاً أوقع أكثر من عشرة قتلى في يوم واحد.", PUBLISHED)
    assert [e.fatalities for e in events if e.place_name == "كفرنبل"] == [4]


MIXED = ("قتل خمسة أشخاص، بينهم عنصران من الشرطة وثلاثة مدنيين، مساء أمس السبت، في اشتباكات "
         "بين مسلحين وقوات الأمن في مدينة جاسم بريف درعا، بحسب مصدر طبي.")


@pytest.mark.parametrize(("lead", "rival", "dead"), [
    # the civilians among dead that include policemen: a part, no rival of the five
    (MIXED, "وتحدثت مصادر محلية عن مقتل مدنيين اثنين في المدينة.", 5),
    (MIXED, "وقال ناشطون إن ثلاثة قتلى مدنيين سقطوا في الاشتباكات.", 5),
    (MIXED.replace("عنصران من الشرطة وثلاثة مدنيين", "جنديان"),
     "وقال ناشطون إن ثلاثة قتلى مدنيين سقطوا في الاشتباكات.", 5),
    # Guards (pass on main too): dead with no armed men among them (the fighters named
    # after the breakdown's comma are who fought), a rival figure; the lowest stands
    ("قتل خمسة أشخاص، بينهم طفلان، مساء أمس السبت، في اشتباكات بين مسلحين وقوات الأمن في "
     "مدينة جاسم بريف درعا، بحسب مصدر طبي.",
     "وتحدثت مصادر محلية عن ثلاثة قتلى مدنيين في المدينة.", 3),
    ("اندلعت اشتباكات مساء أمس السبت بين مسلحين وقوات الأمن في مدينة جاسم بريف درعا، ما أدى "
     "إلى مقتل خمسة أشخاص، بحسب مصدر طبي.", "وتحدثت مصادر محلية عن ثلاثة قتلى في المدينة.", 3),
])
def test_civilians_of_mixed_dead_are_no_rival(lead: str, rival: str, dead: int) -> None:
    events = extractor().extract("اشتباكات في جاسم", f"{lead}\n\n{rival}", PUBLISHED)
    assert [e.fatalities for e in events if e.sub_event_type == "Armed clash"] == [dead]


@pytest.mark.parametrize(("sentence", "dead"), [
    # a force's own men, with its pronoun, who fell
    ("وأقرت الفصائل بسقوط ثلاثة من مقاتليها في المعارك.", 3),
    ("وسقط اثنان من عناصرهم خلال الهجوم.", 2),
    # Guards (pass on main too): men named in construct; fallen captive; things that fell
    ("وأقرت الفصائل بسقوط ثلاثة من مقاتلي الجبهة في المعارك.", 3),
    ("وسقط ثلاثة من مقاتليها أسرى بيد القوات.", 0),
    ("وسقطت ثلاث من قذائفها على الحي.", 0),
])
def test_fell_of_a_force_own_men(sentence: str, dead: int) -> None:
    assert fatalities(sentence) == dead


@pytest.mark.parametrize(("sentence", "later"), [
    ("وفي تطور لاحق، استهدفت طائرة مسيرة سيارة.", True),
    ("في وقت لاحق، قصفت المدفعية القرية.", True),
    # Guard (passes on main too): the words inside a clause open no development
    ("قتل شخص متأثراً بجراحه في وقت لاحق.", False),
])
def test_later_development_opener(sentence: str, later: bool) -> None:
    assert same_day_in(sentence) is later


def test_later_development_dated_by_the_sentence_before() -> None:
    events = extractor().extract(
        "اشتباكات في درعا وقصف في القنيطرة",
        "ارتفعت حصيلة الاشتباكات التي اندلعت أمس السبت بين مسلحين محليين في مدينة جاسم بريف "
        "درعا إلى سبعة قتلى.\n\nوصباح اليوم الأحد، قتل عنصران من الأمن باشتباك مع مسلحين في "
        "بلدة الحارة.\n\nوفي تطور لاحق، استهدفت طائرة مسيرة بعد الظهر سيارة عند مدخل بلدة "
        "خان أرنبة.", PUBLISHED)
    days = {e.place_name: e.date for e in events}
    assert days.get("خان أرنبة") == "2019-05-12"


WEDNESDAY = "2016-03-09T20:00:00+02:00"


def test_round_up_item_dated_by_the_lead_not_another_towns_dead() -> None:
    # "ففي مدينة A، قتل 12 ..." is the lead's day; "وكانت بلدة B قد تعرضت ليل أمس لغارات
    # أسفرت عن ثمانية قتلى" is another scene's incident on its own day
    events = extractor().extract(
        "حصيلة اليوم الثالث: قتلى بغارات على معرة النعمان وكفرنبل",
        "لليوم الثالث على التوالي، تتعرض مدن وبلدات ريف إدلب الجنوبي لحملة جوية عنيفة، قتل "
        "خلالها اليوم الأربعاء 20 مدنياً على الأقل.\n\nففي مدينة معرة النعمان، قتل 12 مدنياً "
        "بينهم أربعة أطفال في غارات نفذتها طائرات حربية على السوق.\n\nوكانت بلدة كفرنبل قد "
        "تعرضت ليل أمس الثلاثاء لغارات بالبراميل المتفجرة أسفرت عن ثمانية قتلى، انتشلت جثثهم "
        "صباح اليوم.", WEDNESDAY)
    days = {e.place_name: (e.date, e.fatalities) for e in events}
    assert days.get("معرة النعمان") == ("2016-03-09", 12)
    assert days.get("كفرنبل") == ("2016-03-08", 8)


BARRELS = ("قتل أربعة مدنيين اليوم الأربعاء بقصف بالبراميل المتفجرة على بلدة عندان في ريف حلب "
           "الشمالي.\n\nوأوضح مصدر محلي أن البراميل سقطت على حي سكني.\n\n")


@pytest.mark.parametrize(("last", "told"), [
    # a body sentence in the pluperfect dated to yesterday tells yesterday's news at B
    ("وكانت مروحيات النظام قد ألقت أمس الثلاثاء برميلين على بلدة حريتان، ما أدى إلى مقتل "
     "طفلين.", [("عندان", "2016-03-09", 4), ("حريتان", "2016-03-08", 2)]),
    # Guard (passes on main too): the day before yesterday is a recall
    ("وكانت مروحيات النظام قد ألقت أول أمس برميلين على بلدة حريتان، ما أدى إلى مقتل طفلين.",
     [("عندان", "2016-03-09", 4)]),
])
def test_yesterdays_pluperfect_scene_is_news(last: str, told: list[tuple[str, str, int]]
                                             ) -> None:
    events = extractor().extract("براميل على عندان", BARRELS + last, WEDNESDAY)
    assert [(e.place_name, e.date, e.fatalities) for e in events] == told


@pytest.mark.parametrize(("sentence", "dead"), [
    # a total since the fighting began beside one day's figure: the day's
    ("وقال المرصد إن المعارك حول المطار أسفرت منذ بدايتها عن مقتل أكثر من 200 عنصر من "
     "التنظيم و90 من القوات النظامية، مشيراً إلى أن اليوم الأخير وحده شهد مقتل 12 عنصراً من "
     "القوات النظامية.", 12),
    # (this one passes on main too)
    ("خلفت الحملة منذ اندلاعها مقتل 80 مدنياً، وقال ناشطون إن يوم أمس وحده شهد مقتل تسعة "
     "منهم.", 9),
    # Guards (pass on main too): the total alone; one day alone with no total beside it
    ("أسفرت المعارك منذ بدايتها عن مقتل 200 عنصر.", 200),
    ("قتل 12 عنصراً في المعارك، وقالت مصادر إن اليوم وحده شهد أعنف المواجهات.", 12),
])
def test_one_days_figure_beside_the_campaigns(sentence: str, dead: int) -> None:
    assert fatalities(sentence) == dead
