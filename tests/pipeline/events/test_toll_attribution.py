"""How an article's tolls are attributed to its events (``pipeline.events.extract``):
rival figures, rising tolls, headline totals, retold incidents and shared tolls.
The sentences are written for these tests in the patterns of Arabic news reports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.classify import Detection
from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import toll_rises
from pipeline.models import Event
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2019, 5, 12, 14, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_rival_figures_give_the_lowest(extractor: EventExtractor) -> None:
    # Two sources, two figures for one bombing: ACLED keeps the most conservative.
    events = extractor.extract(
        "قتلى بانفجار سيارة مفخخة في مدينة جبلة",
        "قتل 15 شخصا وأصيب العشرات اليوم الأحد بانفجار سيارة مفخخة في مدينة جبلة بريف "
        "اللاذقية، بحسب إذاعة محلية.\n\nمن جهتها، ذكرت وكالة رسمية أن 9 أشخاص قتلوا في "
        "التفجير وأصيب 30 آخرون.", WHEN)
    assert events[0].fatalities == 9


def test_a_rising_toll_replaces_the_earlier_figure(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "مقتل مدنيين بقصف مدفعي على مدينة أريحا",
        "قتل 4 مدنيين اليوم الأحد بقصف مدفعي لقوات النظام على مدينة أريحا بريف إدلب.\n\n"
        "وارتفعت حصيلة القتلى في أريحا إلى 11 قتيلا بعد وفاة جرحى متأثرين بإصاباتهم.", WHEN)
    assert events[0].fatalities == 11


def test_a_victim_named_alone_is_no_rival_figure(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قتلى بانفجار عبوة ناسفة في مدينة الباب",
        "قتل 6 أشخاص اليوم الأحد بانفجار عبوة ناسفة في سوق مدينة الباب بريف حلب الشرقي.\n\n"
        "وكان بين القتلى طفل قتل مع والده في الانفجار.", WHEN)
    assert events[0].fatalities == 6


def test_a_headline_total_gives_way_to_the_body(extractor: EventExtractor) -> None:
    # The headline sums the whole day; the body gives the incident's own figure.
    events = extractor.extract(
        "30 قتيلا في مناطق سورية مختلفة يوم أمس",
        "قتل 3 مدنيين بقصف مدفعي لقوات النظام على مدينة كفرزيتا بريف حماة الشمالي.", WHEN)
    assert events[0].fatalities == 3


def test_a_retold_incident_gives_its_toll(extractor: EventExtractor) -> None:
    # The lead gives no toll; a later sentence, naming no place, tells the same shelling.
    events = extractor.extract(
        "قصف مدفعي على مدينة معرة النعمان",
        "قصفت قوات النظام بالمدفعية الثقيلة صباح اليوم الأحد مدينة معرة النعمان بريف إدلب "
        "الجنوبي.\n\nوتسبب القصف المدفعي بمقتل 5 مدنيين بينهم طفلان.", WHEN)
    assert events[0].fatalities == 5


def test_toll_rises() -> None:
    assert toll_rises("ارتفعت حصيلة القتلى إلى 14")
    assert toll_rises("وارتفع عدد القتلى إلى 9 أشخاص")
    assert not toll_rises("قتل 14 شخصا بقصف على المدينة")


def test_a_toll_not_broken_down_by_place_is_split(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قتيلان بانفجار عبوتين في ريف درعا",
        "قتل شخصان اليوم الأحد بانفجار عبوتين ناسفتين، إحداهما في بلدة بصر الحرير والثانية "
        "في بلدة الحراك بريف درعا الشرقي.", WHEN)
    assert sorted((e.place_name, e.fatalities) for e in events) == [
        ("الحراك", 1), ("بصر الحرير", 1)]


def test_a_toll_goes_to_the_clause_it_results_from(extractor: EventExtractor) -> None:
    # The toll follows the shelling of the second village, not the raids on the first.
    events = extractor.extract(
        "قصف مدفعي على ريف إدلب",
        "قتل 3 مدنيين اليوم الأحد بقصف مدفعي على مدينة كفرنبل بريف إدلب الجنوبي.\n\n"
        "وفي سياق متصل، شنت قوات النظام هجمات على بلدة حيش في ريف إدلب وقصفت قرية كفرسجنة "
        "بالمدفعية، ما أدى إلى مقتل طفل.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("كفرسجنة") == 1 and tolls.get("حيش") in (0, None)


def test_an_added_incident_at_a_town_adds_its_dead(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "غارات جوية على ريف حلب الغربي",
        "شن الطيران الحربي غارات جوية على بلدات ريف حلب الغربي اليوم الأحد، وقتل فيها 6 "
        "مدنيين في بلدة قبتان الجبل.\n\n"
        "واستهدفت الغارات سيارة مدنية قرب مدينة الأتارب، ما أسفر عن مقتل شخصين.\n\n"
        "كذلك قصف الطيران الحربي مدينة الأتارب بعدة غارات، مخلفا أربعة قتلى.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("الأتارب") == 6


def test_a_part_of_the_dead_detailed_is_no_rival(extractor: EventExtractor) -> None:
    # "Two at once, while a third died later" details the three; it is no lower report.
    events = extractor.extract(
        "ثلاثة قتلى برصاص الأمن في مدينة حمص",
        "قتل ثلاثة متظاهرين اليوم الأحد عندما أطلقت قوات الأمن النار على مظاهرة في حي "
        "الخالدية بمدينة حمص.\n\n"
        "وقال ناشط إن إطلاق النار أدى إلى سقوط قتيلين على الفور، فيما فارق ثالث الحياة "
        "بعد ساعات.", WHEN)
    assert events[0].fatalities == 3


def test_a_toll_stays_with_the_clause_that_counts_it(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قصف مدفعي على ريف حماة الشمالي",
        "قصفت قوات النظام بالمدفعية صباح اليوم الأحد مدينة مورك بريف حماة الشمالي.\n\n"
        "واستشهد مدنيان بقصف مدفعي على مدينة اللطامنة، كما تعرضت مدينة كفرزيتا لقصف "
        "مماثل اقتصرت أضراره على الماديات.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("اللطامنة") == 2 and tolls.get("كفرزيتا") == 0


def test_an_earlier_killing_a_source_recalls_is_no_rival(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "أربعة قتلى باشتباكات بين فصيلين في مدينة اعزاز",
        "قتل أربعة عناصر اليوم الأحد في اشتباكات بين فصيلين مسلحين في مدينة اعزاز بريف "
        "حلب الشمالي.\n\n"
        "وقالت مصادر محلية إن الاشتباكات اندلعت على خلفية اغتيال قيادي وشقيقه في المدينة "
        "قبل أيام.", WHEN)
    assert events[0].fatalities == 4


def test_another_days_dead_are_not_the_primarys(extractor: EventExtractor) -> None:
    # Saturday night's shelling, told in a report of Sunday's: its dead are Saturday's
    # incident's, not Sunday's.
    events = extractor.extract(
        "قصف مدفعي على ريف حماة الشمالي",
        "صعدت قوات النظام اليوم الأحد قصفها المدفعي على مدن وبلدات ريف حماة الشمالي، ما "
        "أسفر عن احتراق مساحات من الأراضي الزراعية.\n\nوأضاف ناشطون أن قصفا لقوات النظام "
        "على مدينة اللطامنة ليل السبت أدى إلى مقتل امرأة.", WHEN)
    assert events[0].date == "2019-05-12"
    assert events[0].fatalities == 0


def test_two_dead_one_at_each_place_give_the_primary_one(extractor: EventExtractor) -> None:
    # The second village is not in the gazetteer: the primary still keeps only its own dead.
    events = extractor.extract(
        "مقتل شابين برصاص مسلحين في الحسكة",
        "قتل مسلحون مجهولون شابين بالرصاص يوم الأحد: أحدهما في مدينة الحسكة والآخر في قرية "
        "الزهيرات الصغرى بريف القامشلي.", WHEN)
    assert events[0].place_name and "الحسكة" in events[0].place_name
    assert events[0].fatalities == 1


def test_clauses_that_count_their_own_places_dead_keep_them(
        extractor: EventExtractor) -> None:
    # A rising toll in one clause, another town's dead in the next: the sentence's toll (9,
    # the rising one) is no total to split; each clause's place keeps its own.
    events = extractor.extract(
        "قصف مدفعي على ريف إدلب",
        "ارتفعت حصيلة القتلى جراء القصف المدفعي على مدينة أريحا إلى 9 مدنيين صباح اليوم "
        "الأحد، فيما قتل 3 مدنيين بقصف مدفعي على مدينة سراقب.", WHEN)
    assert [(e.place_name, e.fatalities) for e in events] == [("أريحا", 9), ("سراقب", 3)]


def test_the_toll_of_another_clause_and_a_shared_headline_are_not_the_events(
        extractor: EventExtractor) -> None:
    # The killed-and-wounded are the first clause's (Idlib); the bomb in al-Bab, the event
    # here, wounded people only; the headline tells both incidents together.
    events = extractor.extract(
        "قتلى وجرحى بصفوف الفصائل بإدلب وعبوة تضرب مدينة الباب",
        "التقرير اليومي\n\nقتل وجرح العشرات من عناصر الفصائل اليوم الأحد بانفجار استهدف "
        "مقرهم في محافظة إدلب، في حين ضرب انفجار عبوة ناسفة مدينة الباب بريف حلب وأسفر عن "
        "إصابة مدنيين.", WHEN)
    assert events[0].place_name == "الباب" and events[0].fatalities == 0


def test_deaths_told_without_a_number_take_a_later_figure_at_the_place(
        extractor: EventExtractor) -> None:
    # The lead gives killed-and-wounded without a number; a later sentence at the same town,
    # telling no other incident, gives the dead.
    events = extractor.extract(
        "هجوم على كنيسة في حماة",
        "هاجم مسلحون مجهولون اليوم الأحد كنيسة بحي المدينة في مدينة حماة، ما أدى إلى مقتل "
        "وإصابة عدد من المصلين.\n\nونفى بيان للمحافظة ما تداولته وسائل الإعلام عن هوية "
        "المنفذين.\n\nوطالبت الكنيسة السلطات بحماية المصلين.\n\nوأفادت مصادر طبية في مدينة "
        "حماة بأن 6 أشخاص قضوا وأصيب 20 آخرون بجروح.", WHEN)
    assert events[0].fatalities == 6


def test_a_rival_figure_that_adds_the_wounded_is_still_a_rival(
        extractor: EventExtractor) -> None:
    # "فضلاً عن إصابة" adds the wounded, not a part of the dead: the lower figure stands.
    events = extractor.extract(
        "قتلى بغارات جوية على مدينة سراقب",
        "قتل 9 مدنيين اليوم الأحد بغارات جوية على مدينة سراقب بريف إدلب الشرقي.\n\n"
        "وقال الدفاع المدني في بيان إن الغارات أوقعت 7 قتلى مدنيين، فضلاً عن إصابة 20 "
        "آخرين بجروح.", WHEN)
    assert events[0].fatalities == 7


def test_the_sentence_after_the_lead_at_the_events_town_tells_its_dead(
        extractor: EventExtractor) -> None:
    # The lead names only a region; the next sentence names the town and says people died,
    # with no number: the toll is unknown, not none.
    events = extractor.extract(
        "ضحايا بانفجار في ريف درعا",
        "سقط ضحايا، اليوم الأحد، جراء انفجار وقع في ريف درعا.\n\nوأفاد ناشطون محليون "
        "بأن عبوة مزروعة في سيارة انفجرت داخل مدينة الحراك، مما أسفر عن "
        "سقوط قتلى وجرحى.", WHEN)
    assert events[0].place_name == "الحراك" and events[0].fatalities is None


def test_dead_listed_place_by_place_after_hum_keep_their_counts(
        extractor: EventExtractor) -> None:
    # A round-up lists the governorate's dead by town after "هم": no even split.
    events = extractor.extract(
        "15 شخصا قتلوا أمس في مناطق سورية عدة",
        "ففي محافظة إدلب، استشهد 6 مواطنين، هم: 3 بينهم طفلة بقصف على مدينة سراقب، وطفلان "
        "بقصف على بلدة كفرنبل، ومواطن بقصف على مدينة معرة النعمان.", WHEN)
    assert [(e.place_name, e.fatalities) for e in events] == [
        ("سراقب", 3), ("كفرنبل", 2), ("معرة النعمان", 1)]


def test_a_rising_toll_told_with_another_event_updates_the_primary(
        extractor: EventExtractor) -> None:
    # The lead says the toll rose, without a number; the figure comes in a sentence that
    # also tells a further event (villages taken): a rising toll is the incident's whoever
    # tells it.
    sentences = [
        "قتلى في اشتباكات ريف درعا",
        "ارتفع عدد الضحايا عن يوم أمس جراء الاشتباكات في ريف درعا الغربي.",
        "وسيطرت القوات المهاجمة على عدد من القرى، فيما ارتفع عدد الضحايا جراء الاشتباكات "
        "إلى نحو 40 قتيلا و100 جريح من الطرفين.",
    ]
    det = Detection("Armed clash", 1, sentences[1], (0, 1), True, True, 10.0, False)
    primary = Event("Battles", "Armed clash", "2019-05-12", fatalities=None)
    place = extractor._resolver.best("بلدة طفس في ريف درعا الغربي")
    counted = extractor._counted_later(primary, det, sentences, frozenset(), {sentences[2]},
                                       place)
    assert counted.fatalities == 40


def test_the_attacker_killed_adds_to_the_victims(extractor: EventExtractor) -> None:
    # ACLED counts the perpetrator among the dead: two soldiers, then the gunman.
    events = extractor.extract(
        "مقتل جنديين بهجوم قرب مدينة تدمر",
        "قتل جنديان اليوم الأحد في هجوم شنه مسلح على دورية عسكرية قرب مدينة تدمر بريف حمص "
        "الشرقي.\n\nونقلت الوكالة عن مصدر أمني أن الهجوم أسفر أيضاً عن إصابة عنصرين، بينما "
        "قتل مطلق النار.", WHEN)
    assert events[0].fatalities == 3


def test_a_shared_toll_broken_down_later_gives_each_place_its_part(
        extractor: EventExtractor) -> None:
    # One toll for raids on two places; a later sentence counts one place's dead, the
    # other place keeps the rest ("في المدينة" names no place to look up).
    events = extractor.extract(
        "قتل 30 مدنياً بغارات جوية على مدينة حلب وريفها",
        "قال ناشطون إن 30 مدنياً قتلوا اليوم الأحد بغارات جوية على مناطق في مدينة حلب "
        "وريفها. وقال أحد الناشطين إن 30 مدنياً قتلوا ببراميل متفجرة ألقتها طائرات النظام "
        "على مدينة منبج في ريف حلب وعلى حي الصاخور في شرق مدينة حلب.\n\n"
        "وقتل 9 أشخاص في المدينة بينهم طفلان.\n\n"
        "وذكر الناشطون أن عدد القتلى وصل 21 شخصاً في منبج حيث أصابت البراميل سوقاً "
        "شعبياً.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("منبج") == 21 and sorted(tolls.values()) == [9, 21], tolls


def test_the_dead_of_the_sentence_before_shared_among_each_of_the_places(
        extractor: EventExtractor) -> None:
    # "سقط القتلى في كل من ..." counts nobody itself: the places listed share the toll
    # of the sentence before evenly (7 in three places: 3, 2, 2).
    events = extractor.extract(
        "اشتباكات بين الجيش وقسد في ريف الحسكة",
        "أعلنت وزارة الدفاع، مساء الخميس، مقتل 7 جنود وإصابة 12 آخرين في هجمات شنتها "
        "قوات سوريا الديمقراطية على نقاط للجيش في ريف الحسكة. وبحسب الوزارة، سقط القتلى "
        "في كل من تل تمر، اليعربية، والشدادي.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("اليعربية") == 2, tolls
    assert sum(t or 0 for t in tolls.values()) <= 7, tolls


def test_towns_shelled_in_a_clause_without_dead_keep_none_of_the_other_clauses_toll(
        extractor: EventExtractor) -> None:
    # The dead are the first clause's (a vehicle hit at a hill the gazetteer does not
    # know); "وأضافت أن ..." opens another act, the shelling of towns, that killed nobody.
    events = extractor.extract(
        "قصف مدفعي متبادل في ريف اللاذقية الشمالي",
        "قصفت قوات النظام اليوم الأحد بالمدفعية محيط قرية كبينة في ريف اللاذقية الشمالي."
        "\n\nوذكرت شبكة محلية أن قذيفة موجهة أصابت آلية عسكرية في تلة مجاورة وأسفرت عن "
        "مقتل عنصر وإصابة اثنين، وأضافت أن قوات النظام قصفت بالمدفعية الثقيلة بلدتي بداما "
        "والناجية في ريف جسر الشغور.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("بداما") == 0, tolls


def test_both_sides_dead_of_one_fight_told_apart_are_one_event(
        extractor: EventExtractor) -> None:
    # A round-up counts each side's dead of the same clashes in a sentence of its own:
    # one event at that place and day, with both tolls.
    events = extractor.extract(
        "40 قتيلاً أمس في مناطق سورية مختلفة",
        "وفي محافظة درعا قتل شاب برصاص مجهولين في بلدة طفس بريف درعا الغربي\n\n"
        "في حين قتل 12 عنصراً من قوات النظام جراء اشتباكات مع الفصائل بريف حماة الشمالي\n\n"
        "كما قتل 9 مقاتلين من الفصائل جراء اشتباكات مع قوات النظام في ريف حماة الشمالي",
        WHEN)
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [e.fatalities for e in clashes] == [21], [(e.place_name, e.fatalities)
                                                    for e in events]


def test_a_force_named_for_a_town_is_no_event_at_that_town(
        extractor: EventExtractor) -> None:
    # "مقراً لأسايش عامودا في حي ... من الدرباسية": the post of the Amuda Asayish in
    # Darbasiyah; the bombing and its dead stay at Darbasiyah.
    events = extractor.extract(
        "قتلى بانفجار سيارة مفخخة في مدينة الدرباسية",
        "قتل عدد من المدنيين اليوم الأحد بانفجار سيارة مفخخة استهدف مقراً للأسايش في "
        "مدينة الدرباسية بريف الحسكة.\n\nوقال ناشط محلي إن السيارة المفخخة استهدفت "
        "مقراً لأسايش عامودا في الحي الشمالي من الدرباسية، ما أسفر عن مقتل 9 أشخاص "
        "وإصابة 20 آخرين.", WHEN)
    found = [(e.place_name, e.fatalities) for e in events]
    assert len(found) == 1 and "الدرباسية" in (found[0][0] or "") and found[0][1] == 9, found


def test_the_second_town_of_a_road_between_two_is_no_further_event(
        extractor: EventExtractor) -> None:
    # "على الطريق بين بلدتي A وB" locates one ambush between the two towns.
    events = extractor.extract(
        "اغتيال قيادي في فصيل محلي بريف درعا",
        "اغتال مسلحون مجهولون اليوم الأحد قيادياً في فصيل محلي بريف درعا الشرقي.\n\n"
        "وأفاد مراسل محلي أن المسلحين أطلقوا النار على سيارة القيادي على الطريق الواصل "
        "بين بلدتي \"صيدا والنعيمة\" شرق درعا، ما أدى إلى مقتله على الفور.", WHEN)
    found = [(e.place_name, e.fatalities) for e in events]
    assert len(found) == 1 and found[0][1] == 1, found


def test_a_further_scene_keeps_the_dead_of_its_own_clause(extractor: EventExtractor) -> None:
    # One sentence, two places: the scene's clause ("مضيفاً أن …") counts its own dead,
    # which are not the lead's.
    events = extractor.extract(
        "غارات جوية عنيفة على مدينة سراقب",
        "قتل 12 مدنيا اليوم الأحد بغارات جوية على مدينة سراقب بريف إدلب، بحسب ناشطين.\n\n"
        "وأكد الناشطون أن القتلى الذين سقطوا في سراقب بينهم ثلاث نساء وأن الغارات نفذتها "
        "طائرات روسية، مضيفاً أن قصف الفصائل لمدينة السقيلبية أودى بحياة ثلاثة أشخاص.", WHEN)
    got = {(e.sub_event_type, e.place_name): e.fatalities for e in events}
    assert got.get(("Air/drone strike", "سراقب")) == 12, got
    shelled = [n for (kind, place), n in got.items()
               if kind == "Shelling/artillery/missile attack" and "السقيلبية" in (place or "")]
    assert shelled == [3], got


def test_a_lead_toll_broken_down_clause_by_clause_gives_each_town_its_part(
        extractor: EventExtractor) -> None:
    # The lead totals two towns; one later sentence gives each town its dead in a clause
    # of its own.
    events = extractor.extract(
        "مقتل ستة مدنيين بقصف مدفعي على مدينتي منبج والباب",
        "قتل ستة مدنيين اليوم الأحد جراء قصف مدفعي استهدف الأحياء السكنية في مدينتي منبج "
        "والباب.\n\nوقال ناشطون إن أربعة مدنيين قتلوا في منبج حين سقطت قذائف على السوق، "
        "فيما فارق مدنيان الحياة في الباب.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("منبج") == 4 and sorted(tolls.values()) == [2, 4], tolls


def test_a_total_broken_down_by_town_gives_the_primary_its_own_part(
        extractor: EventExtractor) -> None:
    # The lead totals the day; the body gives the city its part and another town the rest.
    events = extractor.extract(
        "16 قتيلاً بغارات على حلب وريفها",
        "قتل 16 مدنياً على الأقل اليوم الأحد بغارات جوية على مدينة حلب وريفها.\n\n"
        "ففي مدينة حلب، ألقت طائرة حربية صواريخ على حي الشعار، ما أدى لمقتل عشرة مدنيين.\n\n"
        "وفي الريف، قتل 6 مدنيين بغارة جوية على مدينة الأتارب.", WHEN)
    tolls = {e.place_pcode: e.fatalities for e in events}
    assert sorted(v for v in tolls.values() if v) == [6, 10], tolls


def test_a_source_counting_the_dead_after_the_lead_gives_the_toll(
        extractor: EventExtractor) -> None:
    # The lead tells a takeover without its dead; the next sentence, a source's count that
    # names no place, is that fight's toll (both sides).
    events = extractor.extract(
        "الفصائل تسيطر على مدينة خان شيخون",
        "أعلنت فصائل المعارضة اليوم الأحد سيطرتها الكاملة على مدينة خان شيخون في ريف إدلب "
        "الجنوبي بعد معارك مع قوات النظام.\n\nوقال المرصد إن ما لا يقل عن 30 عنصراً من قوات "
        "النظام لقوا حتفهم، مقابل 12 مقاتلاً من الفصائل.", WHEN)
    assert events[0].fatalities == 42


def test_a_later_rising_toll_updates_the_primary_whatever_opens_it(
        extractor: EventExtractor) -> None:
    # "في وقت لاحق" opens the update: no other incident, the same dead counted again.
    events = extractor.extract(
        "قتلى بغارة على سراقب",
        "قتل أربعة مدنيين اليوم الأحد بغارة جوية على مدينة سراقب بريف إدلب.\n\n"
        "وارتفعت حصيلة القتلى في وقت لاحق إلى ستة بعد وفاة اثنين من الجرحى.", WHEN)
    assert events[0].fatalities == 6


def test_a_rival_figure_competes_with_the_leads_own(extractor: EventExtractor) -> None:
    # The lead counts seven, a monitor nine: ACLED keeps the most conservative.
    events = extractor.extract(
        "قتلى بغارة على سراقب",
        "قتل سبعة مدنيين اليوم الأحد بغارة جوية على مدينة سراقب بريف إدلب، بحسب الدفاع "
        "المدني.\n\nوقال المرصد السوري إن عدد القتلى بلغ تسعة.", WHEN)
    assert events[0].fatalities == 7


def test_the_other_sides_dead_told_apart_add_up(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "اشتباكات في ريف حماة",
        "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات النظام وفصائل المعارضة على أطراف بلدة "
        "كفرنبودة بريف حماة الشمالي، ما أسفر عن مقتل 12 عنصرا من قوات النظام.\n\n"
        "في المقابل قتل 5 من مقاتلي الفصائل خلال المعارك.", WHEN)
    assert events[0].fatalities == 17


def test_a_source_opened_by_fima_is_a_rival_not_a_part(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قتلى بانفجار في جبلة",
        "قتل 12 شخصا اليوم الأحد بانفجار سيارة مفخخة في مدينة جبلة بريف اللاذقية.\n\n"
        "فيما قالت وكالة رسمية إن 8 أشخاص قتلوا في الانفجار.", WHEN)
    assert events[0].fatalities == 8


def test_a_source_counting_a_group_is_no_rival_of_the_leads_other_dead(
        extractor: EventExtractor) -> None:
    # The lead counts two attackers shot; a source then counts four policemen killed by
    # the blast: their figure is of other dead than the lead's, not a rival of it.
    events = extractor.extract(
        "هجوم انتحاري على مخفر في حمص",
        "هاجم ثلاثة انتحاريين اليوم الأحد مخفر الشرطة في مدينة حمص، وتمكن العناصر من قتل "
        "اثنين منهم، فيما فجر الثالث حزامه الناسف.\n\nوقال مصدر في الشرطة إن التفجير أدى "
        "إلى استشهاد أربعة من عناصر الشرطة وإصابة عدد من المارة.", WHEN)
    assert events[0].fatalities >= 4


def test_a_scene_whose_clause_tells_dead_without_a_number_has_an_unknown_toll(
        extractor: EventExtractor) -> None:
    # The governorate's clause says dozens were killed and wounded: its toll is unknown,
    # not none; the town's clause tells only the wounded.
    events = extractor.extract(
        "انفجاران في درعا وعفرين",
        "سقط العشرات بين قتيل وجريح من عناصر الفيلق صباح اليوم الأحد بتفجير طال حافلة تقلهم "
        "في محافظة درعا، بينما هز تفجير آخر مدينة عفرين شمال حلب مخلفاً عدداً من الجرحى.",
        WHEN)
    tolls = {e.admin1_pcode: e.fatalities for e in events}
    assert tolls.get("SY12", 0) is None, tolls


def test_a_risen_total_cited_from_a_count_is_the_incidents(extractor: EventExtractor) -> None:
    # "وفق آخر إحصائية" sources a rising toll; it totals no period.
    events = extractor.extract(
        "ارتفاع حصيلة تفجير مفخخة في مدينة جبلة",
        "ارتفعت حصيلة ضحايا تفجير سيارة مفخخة في مدينة جبلة اليوم الأحد إلى 22 قتيلا، "
        "وفق آخر إحصائية لمديرية الصحة.", WHEN)
    assert events[0].fatalities == 22


def test_a_lead_total_over_two_towns_goes_to_each_by_its_count(
        extractor: EventExtractor) -> None:
    # The lead totals two towns' bombings; the body counts each town's dead.
    events = extractor.extract(
        "ارتفاع حصيلة تفجيرات جبلة وطرطوس",
        "ارتفعت حصيلة ضحايا التفجيرات التي ضربت اليوم الأحد مدينتي جبلة وطرطوس إلى 30 "
        "قتيلا.\n\nوقال مصدر طبي إن 18 شخصا قتلوا في جبلة جراء تفجير سيارة مفخخة.\n\n"
        "وفي طرطوس، قتل 12 شخصا بتفجير انتحاري نفسه في كراج الحافلات.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert sorted(v for v in tolls.values() if v) == [12, 18]


def test_a_days_total_told_apart_leaves_the_primary_its_own(
        extractor: EventExtractor) -> None:
    # The lead totals the day; each incident after it counts its own dead.
    events = extractor.extract(
        "حصيلة يوم أمس: 10 قتلى في ريف إدلب",
        "وثق المرصد مقتل 10 أشخاص يوم أمس السبت في ريف إدلب.\n\n"
        "ففي ريف إدلب الجنوبي، قضى 4 مدنيين جراء غارات جوية على مدينة خان شيخون.\n\n"
        "وعلى محور كفرنبل، دارت اشتباكات بين قوات النظام والفصائل، ما أسفر عن مقتل 6 "
        "عناصر من الطرفين.", WHEN)
    assert sorted(e.fatalities or 0 for e in events) == [4, 6]


def test_uncounted_dead_stay_uncounted_at_each_place_of_the_sentence(
        extractor: EventExtractor) -> None:
    # "عشرات" has no number: neither village's toll is known, and neither's is zero.
    events = extractor.extract(
        "الفصائل تسيطر على قريتين في ريف حلب الغربي",
        "سيطرت الفصائل فجر اليوم الأحد على قريتي قبتان الجبل وأورم الصغرى في ريف حلب "
        "الغربي بعد اشتباكات مع قوات النظام.\n\nوقالت مصادر عسكرية إن عشرات العناصر من "
        "قوات النظام قتلوا في المعارك.", WHEN)
    assert len(events) == 2 and all(e.fatalities is None for e in events)


def test_another_towns_dead_told_in_its_own_sentence_are_not_the_leads(
        extractor: EventExtractor) -> None:
    # The lead tells a march with no dead; a later sentence another town's three dead.
    events = extractor.extract(
        "جمعة جديدة: مئات الآلاف في ساحة العاصي وثلاثة قتلى في حي الخالدية بحمص",
        "خرج مئات الآلاف من المحتجين اليوم الجمعة في مدينة حماة، وتجمعوا في ساحة العاصي، "
        "مطالبين بإسقاط النظام، في أكبر احتجاج منذ أشهر.\n\nوفي مدينة حمص، أطلقت قوات "
        "الأمن الرصاص الحي على المحتجين قرب جامع في حي الخالدية، ما أدى إلى مقتل ثلاثة "
        "محتجين بينهم فتى، وإصابة آخرين.\n\nوفي ريف إدلب، خرجت مظاهرة في مدينة سراقب "
        "وانتهت بسلام.", datetime(2011, 7, 1, 14, 0, tzinfo=SYRIA))
    assert [e.fatalities for e in events] == [0, 3, 0]


def test_each_kind_of_one_sentence_keeps_its_own_clauses_dead(
        extractor: EventExtractor) -> None:
    # Shelling killed two in one clause; the air raids of the next clause killed nobody.
    events = extractor.extract(
        "قتيلان بقصف مدفعي على الأتارب",
        "قتل مدنيان اليوم الأحد جراء قصف مدفعي لقوات النظام استهدف مدينة الأتارب، كما شنت "
        "طائرات حربية غارات على أطراف بلدة كفر نوران، دون معلومات عن ضحايا.", WHEN)
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls["Shelling/artillery/missile attack"] == 2
    assert tolls.get("Air/drone strike", 0) == 0


def test_a_lead_total_less_the_further_towns_dead_is_the_primarys(
        extractor: EventExtractor) -> None:
    # 9 in the lead over several areas; the body gives 3 to the lead's village, 6 to a town.
    events = extractor.extract(
        "طائرات تركية تقصف كوباني وديرك.. مقتل 9 مدنيين",
        "نفذت طائرات تركية صباح اليوم الأحد سلسلة غارات جوية استهدفت مناطق عدة في شمال "
        "وشرق سوريا، ما أدى إلى مقتل 9 مدنيين وإصابة آخرين.\n\nففي منطقة كوباني، استهدفت "
        "الطائرات قرية بوبان غرب المدينة ومحيط مشفى ميداني، ما أسفر عن مقتل 3 مدنيين، بحسب "
        "مراسلنا.\n\nوفي مدينة ديرك (المالكية)، قصفت الطائرات محطة للكهرباء ومستودعات "
        "للحبوب، ما أدى إلى مقتل 6 مدنيين، وخروج المحطة عن الخدمة.", WHEN)
    assert events[0].fatalities == 3 and 6 in [e.fatalities for e in events[1:]]


def test_a_rival_account_of_both_sides_is_no_other_sides_dead(
        extractor: EventExtractor) -> None:
    # Each party gives its own count of both sides: rival tolls, ACLED keeps the lowest.
    events = extractor.extract(
        "اشتباكات بين مسلحين محليين والقوات في بلدة الشحيل",
        "اندلعت اشتباكات عنيفة اليوم الأحد بين مسلحين محليين والقوات في بلدة الشحيل بريف دير "
        "الزور.\n\nوقالت مصادر محلية إن خمسة من المسلحين قُتلوا مقابل أربعة من عناصر القوات."
        "\n\nفي المقابل، أعلنت القوات مقتل ثمانية مسلحين وعنصر واحد من صفوفها.", WHEN)
    assert events[0].fatalities == 9


def test_the_other_sides_dead_after_in_contrast_still_add(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "اشتباكات بين مسلحين محليين والقوات في بلدة الشحيل",
        "قتل خمسة من عناصر القوات اليوم الأحد في اشتباكات مع مسلحين محليين في بلدة الشحيل "
        "بريف دير الزور.\n\nفي المقابل، قتل ثلاثة من المسلحين في الاشتباكات.", WHEN)
    assert events[0].fatalities == 8


def test_a_risen_total_broken_down_place_by_place_gives_each_town_its_part(
        extractor: EventExtractor) -> None:
    # The lead totals the towns; the next sentence gives each town its count ("N في A، وM في
    # B"): each town's event takes its own part, not the total.
    events = extractor.extract(
        "ارتفاع عدد القتلى في ريف إدلب إلى 40 مدنياً",
        "ارتفع إلى 40 عدد المدنيين الذين قتلوا منذ صباح اليوم الأحد في ريف إدلب الجنوبي جراء "
        "الغارات الجوية والقصف المدفعي على مدن وبلدات المنطقة، بحسب الدفاع المدني.\n\n"
        "وتوزعت الحصيلة على النحو التالي: 18 مدنياً بينهم 5 أطفال في مدينة معرة النعمان بغارات "
        "جوية، و12 في بلدة كفرنبل، و10 في مدينة سراقب.", WHEN)
    assert sorted(e.fatalities or 0 for e in events) == [10, 12, 18]


def test_a_headline_total_gives_way_to_a_breakdown_and_the_events_own_count(
        extractor: EventExtractor) -> None:
    # The headline's total is the sum of the bombing's own count and the villages' parts.
    events = extractor.extract(
        "أكثر من 60 قتيلاً في هجمات على ريف حماة",
        "ارتفعت حصيلة الهجمات التي شنها مسلحو التنظيم أمس السبت على مدينة السلمية وقرى في "
        "ريفها إلى 64 قتيلاً، وفق مصادر طبية اليوم الأحد.\n\nوبدأت الهجمات بتفجير انتحاري "
        "حزامه الناسف في سوق مدينة السلمية، ما أسفر عن مقتل 20 شخصاً. وفي الوقت ذاته هاجم "
        "مسلحو التنظيم منازل في قريتي صبورة والمبعوجة وقتلوا عائلات فيها.\n\nوقال طبيب في "
        "المشفى إن 30 من القتلى سقطوا في صبورة، و14 في المبعوجة.", WHEN)
    assert sorted(e.fatalities or 0 for e in events) == [14, 20, 30]

def test_a_breakdown_of_the_wounded_gives_no_deaths(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قصف على ريف إدلب",
        "قصفت قوات النظام اليوم الأحد بلدات في ريف إدلب الجنوبي، ما أدى إلى مقتل 3 مدنيين."
        "\n\nوأصيب 14 مدنياً في مدينة معرة النعمان، و6 في بلدة كفرنبل.", WHEN)
    assert all(e.fatalities in (0, 3, None) for e in events)


def test_a_toll_named_bare_that_rises_later_updates_the_event(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قتلى بانفجار عبوة ناسفة في مدينة الباب",
        "قتل ثلاثة مدنيين اليوم الأحد بانفجار عبوة ناسفة زرعها مجهولون في سوق مدينة الباب بريف "
        "حلب الشرقي.\n\nوارتفعت الحصيلة مساءً إلى خمسة بعد وفاة اثنين من المصابين في "
        "المشفى.", WHEN)
    assert events[0].fatalities == 5
