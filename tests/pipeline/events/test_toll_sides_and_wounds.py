"""Death tolls whose parts are told apart: the attackers counted "of" them, a life lost told
as a noun, a rival source's count of bodies, a clause of one who died of his wounds, and a
day's series of incidents (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import attackers_killed, fatalities
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2022, 9, 6, 18, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


@pytest.mark.parametrize(("text", "killed"), [
    # "فقدان" is the noun of "فقد": whom it names lost their lives, and add to the others
    ("وانتهت المواجهات بمقتل أربعة من المهاجمين وفقدان ثلاثة من حراس الموقع حياتهم", 7),
    ("تسبب الانفجار في فقدان طفلين حياتهما", 2),
    ("أدت الحادثة إلى فقدان الاتصال بالدورية", 0),
])
def test_a_life_lost_told_as_a_noun(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "attackers"), [
    ("وأكد المصدر أن ثلاثة على الأقل من المهاجمين قتلوا خلال الرد", 3),
    ("وأسفر الاشتباك عن مقتل ستة من المهاجمين", 6),
    # gunmen are armed men of either side, no attackers by that word
    ("وقال الإعلام الرسمي إن خمسة من المسلحين قتلوا", 0),
    # captured, not killed
    ("واعتقلت الدورية أربعة من المهاجمين", 0),
])
def test_attackers_counted_of_them(text: str, attackers: int) -> None:
    assert attackers_killed(text) == attackers


def test_the_attackers_counted_by_a_source_add_to_the_defenders_dead(
        extractor: EventExtractor) -> None:
    # the side attacked counts its own dead, then the attackers it killed: both are the
    # clash's dead (ACLED counts the perpetrators too), not rival figures
    events = extractor.extract(
        "مقتل أربعة من عناصر الأسايش بهجوم على حاجز قرب تل حميس",
        "أعلنت قوى الأمن الداخلي اليوم الثلاثاء مقتل أربعة من عناصرها خلال صد هجوم شنه "
        "مسلحون على حاجز أمني في بلدة تل حميس بريف الحسكة، مساء أمس.\n\nوقال المتحدث باسم "
        "القوى في تصريح إن ثلاثة على الأقل من المهاجمين قتلوا في المواجهة، فيما فر الآخرون "
        "نحو الجنوب.", WHEN)
    assert events[0].fatalities == 7


def test_a_source_counting_bodies_is_a_rival_figure(extractor: EventExtractor) -> None:
    # "في المقابل" with a source's count of bodies: the same dead counted otherwise, not the
    # other side's; the lowest figure stands
    events = extractor.extract(
        "قتلى بانفجار دراجة مفخخة في مدينة جبلة",
        "قتل 9 أشخاص وأصيب آخرون، صباح اليوم الثلاثاء، جراء انفجار دراجة نارية مفخخة قرب "
        "موقف الحافلات في مدينة جبلة، بحسب مصادر أهلية.\n\nفي المقابل، أشار طبيب في المشفى "
        "الوطني إلى أن المشفى استقبل 13 جثة، بينها جثث لم يتعرف عليها ذووها.", WHEN)
    assert events[0].fatalities == 9


def test_the_other_sides_fighters_counted_by_a_source_still_add_up(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "اشتباكات في ريف إدلب",
        "دارت اشتباكات عنيفة اليوم الثلاثاء بين قوات النظام والفصائل على محور بلدة كفرنبل "
        "بريف إدلب الجنوبي، ما أسفر عن مقتل ستة عناصر من قوات النظام.\n\nفي المقابل، أشار "
        "مصدر عسكري إلى مقتل ثلاثة من مقاتلي الفصائل.", WHEN)
    assert events[0].fatalities == 9


def test_one_who_died_of_wounds_in_a_clause_of_his_own(extractor: EventExtractor) -> None:
    # the hospital he died in names no other scene: his death adds to the clause before
    events = extractor.extract(
        "حصيلة يوم في ريف درعا",
        "وثقت شبكة محلية أمس الاثنين عدة حوادث في ريف درعا.\n\nففي بلدة الحراك، قتل شاب "
        "برصاص مجهولين قرب منزله.\n\nوفي ريف درعا الشرقي، انفجر لغم بجرار زراعي قرب بلدة "
        "المليحة الغربية، ما أدى إلى مقتل مزارعَين على الفور، فيما فارق مزارع ثالث الحياة "
        "في الليل متأثراً بجراحه في مشفى بصرى الشام.", WHEN)
    mine = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [e.fatalities for e in mine] == [3]


def test_a_series_of_incidents_totals_the_day(extractor: EventExtractor) -> None:
    # "سلسلة من الحوادث" sums several incidents (here not all of them told): none of them
    # takes the total
    events = extractor.extract(
        "يوم دامٍ في محافظة حمص",
        "شهدت محافظة حمص يوم أمس الاثنين سلسلة من الحوادث الأمنية، أسفرت عن مقتل خمسة "
        "أشخاص وإصابة آخرين.\n\nففي مدينة الرستن بريف حمص الشمالي، قتل رجل برصاص مسلحين "
        "مجهولين أمام محله.\n\nوفي بلدة تلبيسة، انفجرت عبوة ناسفة بسيارة مدنية، ما أدى إلى "
        "مقتل ثلاثة من ركابها.", WHEN)
    assert {e.place_name: e.fatalities for e in events} == {"الرستن": 1, "تلبيسة": 3}


def test_a_scene_is_not_another_place_to_itself(extractor: EventExtractor) -> None:
    # "حي اليرموك" is a quarter of Raqqa here; read without the article's context the
    # name is also Damascus's, but the one mention is the scene, and its dead are its own
    events = extractor.extract(
        "غارات ومعارك في الرقة",
        "قتل ثمانية مدنيين اليوم الثلاثاء بغارات جوية على حي البدو في مدينة الرقة.\n\nوفي "
        "سياق المعارك، أعلنت «قسد» مساء اليوم سيطرتها على حي اليرموك في المدينة، بعد "
        "اشتباكات قالت إنها أسفرت عن مقتل 17 عنصراً من التنظيم، بينهم ثلاثة انتحاريين "
        "فجروا أحزمتهم الناسفة.", WHEN)
    assert [e.fatalities for e in events if e.place_name == "اليرموك"] == [17]


@pytest.mark.parametrize("origin", ["ريف دير الزور", "ريف حلب"])
def test_where_displaced_families_came_from_is_no_scene(extractor: EventExtractor,
                                                        origin: str) -> None:
    # the two families fled from elsewhere: no event there to take half of the Raqqa toll
    events = extractor.extract(
        "قتلى بغارات على الرقة",
        "قتل 10 مدنيين على الأقل، اليوم الثلاثاء، بغارات جوية لطائرات التحالف على حي "
        "الرميلة شرقي مدينة الرقة.\n\nوذكر ناشطون أن الحصيلة بلغت 12 قتيلاً، بينهم أفراد "
        f"عائلتين نازحتين من {origin}.", WHEN)
    assert [(e.admin1_pcode, e.fatalities) for e in events] == [("SY11", 10)]


@pytest.mark.parametrize(("text", "killed"), [
    # "بين" and person nouns after a count say what kinds it holds, no one more
    ("قضى نحو 30 شخصا بين عسكري ومدني في المعارك", 30),
    ("قتل 16 بين رجل وامرأة وطفل في المجزرة", 16),
    # "بضعة": a few, no number
    ("قتل بضعة عناصر من الحاجز في الهجوم", None),
])
def test_what_a_count_holds_and_a_few(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("more", "killed"), [
    # "كما" (also) counts more dead of the same fight
    ("كما قتل ثلاثة من أبناء القرية في المواجهات.", 5),
    ("كذلك قتل راعٍ برصاص طائش خلال الاشتباكات.", 3),
    # ... not a source's own figure (the lowest stands), nor another town of a round-up
    ("كما أفاد ناشطون بمقتل سبعة في الاشتباكات.", 2),
])
def test_also_killed_adds_to_the_toll(extractor: EventExtractor, more: str,
                                      killed: int) -> None:
    events = extractor.extract(
        "اشتباكات في ريف السويداء",
        "اندلعت اشتباكات اليوم الثلاثاء في قرية المزرعة بريف السويداء الغربي بين مسلحين "
        "محليين وعناصر من الأمن العسكري.\n\nوقتل خلال الاشتباكات عنصران من الأمن العسكري."
        f"\n\n{more}", WHEN)
    assert [e.fatalities for e in events] == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # a breakdown in apposition to a count given without its noun: its parts, all of it
    ("قضى ثمانية، خمسة من عناصر الشرطة وثلاثة من المهاجمين، في الاشتباك", 8),
    # the incident's own count before a total that rises since a campaign began
    ("قتل ثلاثة مدنيين بقصف على بلدة حيان، لترتفع حصيلة القتلى في البلدة منذ بدء الهجوم "
     "إلى 27", 3),
    # (the period's total alone is still none)
    ("ارتفعت حصيلة القتلى في البلدة منذ بدء الهجوم إلى 27", 0),
])
def test_breakdowns_and_period_totals(text: str, killed: int) -> None:
    assert fatalities(text) == killed


def test_a_rise_put_down_to_a_death_of_wounds_told_before_it(
        extractor: EventExtractor) -> None:
    # the victims whose count rises after a wounded man died are the dead
    events = extractor.extract(
        "وفاة رجل متأثراً بجراحه في كفرنبل",
        "توفي رجل اليوم الثلاثاء متأثراً بجروح أصيب بها قبل يومين جراء قصف صاروخي على "
        "مدينة كفرنبل بريف إدلب، لترتفع حصيلة ضحايا القصف إلى أربعة.", WHEN)
    assert [e.fatalities for e in events] == [4]


def test_wounded_who_died_told_by_a_source_count_once(extractor: EventExtractor) -> None:
    # the sentence after the lead, a source's count of the wounded who died, is read with
    # the lead's toll once: two and three, five
    events = extractor.extract(
        "قصف على بلدة كنصفرة",
        "قتل طفلان وأصيب ستة مدنيين اليوم الثلاثاء بقصف مدفعي على بلدة كنصفرة بريف إدلب."
        "\n\nوأعلن الدفاع المدني لاحقاً وفاة ثلاثة من المصابين.", WHEN)
    assert [e.fatalities for e in events] == [5]
