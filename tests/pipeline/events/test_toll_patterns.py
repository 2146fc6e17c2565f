"""Death tolls told in ways first met in text written by people who never saw the code (own
sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from language.numbers import number_at
from language.tokens import tokens
from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import fatalities, toll_rises, wounded_died
from pipeline.settings import PipelineSettings


@pytest.mark.parametrize(("text", "killed"), [
    # a range spelled in words whose lower bound is a teen: its lower bound, not a sum
    ("أفاد مسعفون بمقتل ما بين ثلاثة عشر وعشرين عنصرا في المواجهات", 13),
    ("قضى بين أحد عشر وثلاثين شخصا في غرق القارب", 11),
    # a rise only foreseen is no rise: the second source's lower figure stands
    ("أحصى ناشطون 40 قتيلا في البلدة، بينما ذكرت منظمة حقوقية أن عدد القتلى بلغ 32 شخصا، "
     "مرجحة ارتفاع العدد في الساعات المقبلة", 32),
    ("قتل 12 شخصا في القصف وسط مخاوف من ارتفاع الحصيلة", 12),
    # a guess at the figure after a count competes with it: the lower one stands
    ("قتل ثلاثة رعاة على الأقل قرب الوادي، في حين ترجح مصادر أهلية أن يكون العدد خمسة قتلى", 3),
    # another source's figure given bare after "العدد": the lower one stands
    ("قتل نحو 15 شخصا بحسب ناشطين، بينما قال مصدر طبي إن العدد 11", 11),
    # a guess of who struck is no guess at the figure: the second clause's dead add up
    ("قتل ثلاثة مدنيين بغارات يرجح أنها روسية على البلدة، في حين قتل مدنيان آخران بقصف "
     "على قرية مجاورة", 5),
    # a family that lost its children: they died
    ("فقدت أسرة نازحة في المخيم اثنين من أبنائها بانفجار قذيفة قديمة", 2),
    ("فقد المزارع طفليه حين انفجر جسم غريب في الحقل", 2),
    # ... but lost contact or trace is no death
    ("فقدت العائلة الاتصال بأربعة من أبنائها منذ الصيف", 0),
    ("فقد الفصيل السيطرة على ثلاثة من مواقعه", 0),
    # a number joined by و after one man named is more dead, not his number
    ("قتل الحارس وأربعة من زوار المقام في التفجير", 5),
    ("مقتل مدنيين اثنين", 2),
    ("مقتل عنصر واحد من الشرطة", 1),
    # his companions, counted by the number after them; a dual with its pronoun
    ("اغتال مجهولون ضابطا سابقا ومرافقيه الثلاثة قرب الجسر", 4),
    ("قتل ضابط سابق ومرافقوه", 1),
    ("قتلت امرأة وطفلاها بقذيفة", 3),
    # a broken plural of people after و is more dead
    ("أحصى المرصد مقتل 5 مدنيين و2 عناصر من الدفاع المدني", 7),
    # the attacker added after the others: one more
    ("ما أسفر عن مقتل ثلاثة من الحراس إضافة إلى المهاجم", 4),
    # a toll that becomes a figure
    ("وذكر المشفى لاحقا أن عدد القتلى أصبح ثمانية", 8),
    ("ليصبح عدد الشهداء 6", 6),
    ("أصبح عدد من العائلات بلا مأوى بعد مقتل 3", 3),
    # another group's count joined after a noun of the dead adds up; the wounded do not
    ("أحصت الشبكة 4 قتلى في صفوف الجيش و6 في صفوف المهاجمين", 10),
    ("سقط 5 قتلى من المدنيين وثلاثة من عناصر الشرطة", 8),
    ("خلف القصف قتيلا وأربعة جرحى", 1),
    ("سقط قتيلان و3 من المصابين", 2),
    ("مقتل شخصين و7 مصابين بالقصف", 2),
    # fell victim to an act, the victims named after it
    ("راح ضحية الغارة خمسة مدنيين بينهم طفل", 5),
    ("سقط ضحية التفجير ثلاثة عمال", 3),
    ("راح ضحية الانفجار 20 بين قتيل وجريح", None),
    # attackers in the dual, or added to a list, are dead too
    ("وقتل الانتحاريان قبل وصولهما إلى البوابة", 2),
    ("قتل عنصران من الحرس والمهاجم في تبادل لإطلاق النار", 3),
    # one dead named with an ordinal after his noun: the toll has reached that number
    ("وفي المساء توفي طفل ثالث متأثرا بجراحه", 3),
    ("مقتل شاب ثان برصاص قناص في الحي", 2),
    # kin named with their pronoun
    ("قتلت امرأة وابنتها وجدتها بقذيفة", 3),
    # human losses: deaths without a number, unless denied or not known
    ("دارت معارك عنيفة قرب التلة أسفرت عن خسائر بشرية لدى الجانبين", None),
    ("قصفت المدفعية أطراف القرية ولم تسجل خسائر بشرية", 0),
    ("سقطت قذائف على السوق ولا أنباء حتى الآن عن الخسائر البشرية", 0),
])
def test_toll_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_teen_joined_to_tens_is_two_numbers() -> None:
    words = tokens("سبعة عشر وثلاثين", split_digits=True)
    assert number_at(words, 0) == (17, 2)
    assert number_at(tokens("مئة وخمسة وعشرين", split_digits=True), 0) == (125, 3)


def test_foreseen_rise_is_no_update() -> None:
    assert not toll_rises("قتل سبعة بالقصف ويتوقع مسعفون ارتفاع العدد")
    assert toll_rises("ارتفع عدد القتلى إلى تسعة")


@pytest.mark.parametrize(("text", "killed"), [
    # two groups counted before one verb add up
    ("Activists said 14 policemen and 9 gunmen were killed in the fighting near the bridge", 23),
    # a breakdown between the count and its verb is no count of its own
    ("The monitor said 18 people, including two medics and a child, were killed overnight", 18),
    # one man named as the object of an active verb, and his companions with him
    ("Officials said the raid killed a local militia leader and three of his bodyguards", 4),
    ("The strike killed a number of fighters and two of their officers", 0),
])
def test_english_toll_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2021, 3, 14, 19, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_the_other_partys_account_of_the_same_civilians(extractor: EventExtractor) -> None:
    # "في المقابل" opens the other party's account of the two civilians already counted,
    # not more dead of the other side.
    events = extractor.extract(
        "قصف على بلدة تل تمر",
        "تعرضت بلدة تل تمر بريف الحسكة اليوم الأحد لقصف مدفعي أسفر عن مقتل مدنيين اثنين، "
        "بحسب مصادر محلية.\n\nفي المقابل، حمّلت الإدارة المحلية الفصائل المسؤولية، وقالت "
        "إن امرأة وطفلها قتلا بالقذائف.", WHEN)
    assert events[0].fatalities == 2


def test_the_other_sides_fighters_still_add_up(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "اشتباكات في ريف حماة",
        "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات النظام وفصائل المعارضة على أطراف بلدة "
        "كفرنبودة بريف حماة الشمالي، ما أسفر عن مقتل 4 عناصر من قوات النظام.\n\n"
        "في المقابل قتل 4 من مقاتلي الفصائل خلال المعارك.", WHEN)
    assert events[0].fatalities == 8


def test_each_sides_own_dead_are_parts_of_the_leads_total(extractor: EventExtractor) -> None:
    # The lead counts nine; each side's source then counts its own men: parts of the nine,
    # not rival figures of it.
    events = extractor.extract(
        "اشتباكات في القامشلي",
        "اندلعت اشتباكات عنيفة ليلة أمس بين قوات الأسايش ومسلحين موالين للنظام في مدينة "
        "القامشلي، ما أسفر عن مقتل تسعة أشخاص بينهم مدني.\n\nوقال مصدر في الأسايش إن "
        "القتال بدأ قرب الجسر، مؤكداً مقتل اثنين من عناصر الأسايش.\n\nمن جهته، قال إعلام "
        "النظام إن أربعة من المسلحين الموالين قتلوا خلال الاشتباكات.", WHEN)
    assert events[0].fatalities == 9


def test_risen_victims_with_the_wounded_told_apart_are_dead(extractor: EventExtractor) -> None:
    # "victims" alone may count the wounded; with the wounded told apart, they are the dead
    events = extractor.extract(
        "ارتفاع ضحايا انفجار لغم في ريف حمص",
        "ارتفع عدد ضحايا لغم انفجر بحافلة تقل عمالا قرب مدينة القريتين بريف حمص، "
        "صباح اليوم الأحد، إلى سبعة أشخاص، بحسب مصدر طبي.\n\nوأضاف المصدر أن الانفجار "
        "وقع في مدينة القريتين، ولا يزال أربعة مصابين في المشفى.", WHEN)
    assert events[0].fatalities == 7


def test_english_copy_rival_source_in_a_later_paragraph(extractor: EventExtractor) -> None:
    # Agency copy gives each source its paragraph: the monitor's lower figure stands.
    events = extractor.extract(
        "Suicide bomber kills 9 in Syria's Jableh",
        "JABLEH, Syria (Wire) - A suicide bomber blew himself up at a bus station in the coastal "
        "city of Jableh on Sunday, killing at least nine people, a local official said.\n\n"
        "Police sealed off the area and ambulances rushed to the scene.\n\n"
        "A war monitor said seven people had died in the blast.", WHEN)
    assert events[0].fatalities == 7


def test_english_copy_a_part_of_the_dead_is_no_rival(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "Suicide bomber kills 9 in Syria's Jableh",
        "JABLEH, Syria (Wire) - A suicide bomber blew himself up at a bus station in the coastal "
        "city of Jableh on Sunday, killing at least nine people, a local official said.\n\n"
        "Medics said three of those killed were children, among them a baby.", WHEN)
    assert events[0].fatalities == 9


@pytest.mark.parametrize(("text", "killed"), [
    # numbers spelled past twenty
    ("Thirty-four people were killed in the attack", 34),
    ("The raid killed twenty six fighters", 26),
    # a toll named as such: risen, or another source's figure
    ("Three more wounded died overnight, raising the toll to eleven", 11),
    ("The death toll from the shelling has climbed to 19", 19),
    ("Activists said 15 were killed, while the governor put the toll at 12", 12),
    ("The agency had earlier given a toll of four", 0),
    ("Officials later gave an updated toll of 16", 16),
    ("The ministry revised the toll to 8 on Monday", 8),
    # two groups that died; a person and her kin; bodies; what the dead included
    ("Eleven soldiers and at least 6 gunmen died in the clashes", 17),
    ("A farmer and his three sons were killed by the mine", 4),
    ("Rescuers recovered the bodies of 5 workers", 5),
    ("Medics said the dead included 7 civilians and 2 policemen", 9),
    # a range in words, whatever its case: its lower bound
    ("Between 20 and 30 people were killed", 20),
])
def test_english_tolls_named(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_english_copy_a_risen_toll_later_updates(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "Car bomb kills 6 in Syria's Azaz",
        "AZAZ, Syria (Wire) - A car bomb exploded near a market in the northern town of Azaz "
        "on Sunday, killing six people, a local official said.\n\n"
        "The death toll later rose to nine as three of the wounded died in hospital, "
        "the official said.", WHEN)
    assert events[0].fatalities == 9


def test_the_wounded_who_died_later_add_to_the_toll(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قصف على معرة النعمان",
        "قتل أربعة مدنيين اليوم الأحد بقصف صاروخي على مدينة معرة النعمان بريف إدلب.\n\n"
        "وقبيل منتصف الليل، فارق اثنان من المصابين الحياة في المشفى.", WHEN)
    assert events[0].fatalities == 6


def test_wounded_who_died_before_an_initial_toll_are_counted_already() -> None:
    assert wounded_died("وكانت الحصيلة الأولية أربعة قبل أن يتوفى اثنان من الجرحى") == 0
    assert wounded_died("وتوفي أحد الجرحى صباح اليوم") == 1
    assert wounded_died("قتل 9 أشخاص ونقل عدد من الجرحى إلى المشافي") == 0


@pytest.mark.parametrize("other", [
    "كما قتل خمسة من مقاتلي الفصائل في المعارك ذاتها.",
    "وفي صفوف الفصائل، قتل خمسة مقاتلين.",
    "وقال ناشطون إن خمسة من مقاتلي الفصائل قتلوا أيضا.",
])
def test_the_dead_of_another_group_add_up(extractor: EventExtractor, other: str) -> None:
    events = extractor.extract(
        "معارك على أطراف اللطامنة",
        "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات النظام وفصائل المعارضة على أطراف مدينة "
        "اللطامنة بريف حماة الشمالي، قتل خلالها سبعة عناصر من قوات النظام.\n\n" + other, WHEN)
    assert events[0].fatalities == 12


@pytest.mark.parametrize("again", [
    "وقتل سبعة من عناصر قوات النظام بينهم ضابط.",
    "وقتل سبعة من عناصر قوات النظام.",
])
def test_the_same_group_told_again_adds_nobody(extractor: EventExtractor, again: str) -> None:
    events = extractor.extract(
        "معارك على أطراف اللطامنة",
        "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات النظام وفصائل المعارضة على أطراف مدينة "
        "اللطامنة بريف حماة الشمالي، قتل خلالها سبعة عناصر من قوات النظام.\n\n" + again, WHEN)
    assert events[0].fatalities == 7


def test_attackers_killed_by_the_guards_add_up(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "هجوم على حاجز في ريف درعا",
        "هاجم مسلحون مجهولون اليوم الأحد حاجزا للأمن العام في بلدة المسيفرة بريف درعا، ما "
        "أدى إلى مقتل أربعة عناصر من الحاجز.\n\nوتمكن عناصر الحاجز من قتل ثلاثة من المهاجمين.",
        WHEN)
    assert events[0].fatalities == 7


def test_english_copy_the_other_sides_dead_also_killed(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "Clashes near Syria's Palmyra",
        "BEIRUT (Wire) - Six Syrian soldiers were killed in clashes with Islamic State "
        "militants near the town of Palmyra on Sunday, a war monitor said.\n\n"
        "Three militants were also killed in the fighting, the monitor added.", WHEN)
    assert events[0].fatalities == 9


def test_a_breakdown_by_place_in_words(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "غارات على ريف إدلب",
        "قتل تسعة مدنيين اليوم الأحد بغارات جوية على بلدتي كفرنبل وحاس بريف إدلب الجنوبي، "
        "ستة منهم في كفرنبل وثلاثة في حاس.", WHEN)
    assert sorted(e.fatalities or 0 for e in events) == [3, 6]


def test_a_clause_without_dead_keeps_none(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "غارة وقصف في ريف إدلب",
        "قتل أربعة أشخاص اليوم الأحد بغارة جوية على مدينة أريحا بريف إدلب، فيما استهدف قصف "
        "مدفعي بلدة محمبل دون وقوع إصابات.", WHEN)
    assert sorted(e.fatalities or 0 for e in events) == [0, 4]


@pytest.mark.parametrize("later", [
    "وفي حصيلة جديدة، قال الدفاع المدني إن عدد القتلى بلغ عشرة.",
    "وأعلن الدفاع المدني في وقت لاحق أن الحصيلة باتت عشرة قتلى.",
    "وقال مصدر طبي إن عدد القتلى بلغ عشرة في حصيلة محدثة.",
])
def test_a_later_count_updates_the_toll(extractor: EventExtractor, later: str) -> None:
    events = extractor.extract(
        "قصف على معرة النعمان",
        "قتل سبعة مدنيين اليوم الأحد بقصف مدفعي على مدينة معرة النعمان بريف إدلب، بحسب "
        "الدفاع المدني.\n\n" + later, WHEN)
    assert events[0].fatalities == 10


def test_another_sources_higher_figure_is_no_update(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قصف على معرة النعمان",
        "قتل سبعة مدنيين اليوم الأحد بقصف مدفعي على مدينة معرة النعمان بريف إدلب، بحسب "
        "الدفاع المدني.\n\nوقال ناشطون إن عدد القتلى بلغ عشرة.", WHEN)
    assert events[0].fatalities == 7


def test_the_headline_retelling_the_lead_with_another_name_adds_nobody(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "أربعة قتلى من قسد بهجوم على نقطة في الطبقة",
        "قتل أربعة من عناصر قوات سوريا الديمقراطية، ليلة أمس، بهجوم نفذه مسلحون على نقطة "
        "لها عند مدخل مدينة الطبقة بريف الرقة.", WHEN)
    assert events[0].fatalities == 4


def test_the_nth_dead_in_a_later_sentence_updates_the_toll(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قصف على كفرنبل",
        "قتل مدنيان اليوم الأحد بقصف مدفعي على مدينة كفرنبل بريف إدلب.\n\n"
        "وقبيل منتصف الليل، توفي مدني ثالث متأثراً بجراحه في المشفى.", WHEN)
    assert events[0].fatalities == 3
