"""Tolls told with a breakdown, a second rank, an active verb, a side's losses or another
source's word (``pipeline.events.toll_sentence`` and ``pipeline.events.extract``). The
sentences are written for these tests in the patterns of Arabic news reports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import fatalities
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2020, 3, 8, 15, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


@pytest.mark.parametrize(("text", "killed"), [
    # the nominative dual of a participle counts two (DUAL_IN_AN)
    ("قتل متظاهران وجرح خمسة آخرون حين أطلق الأمن النار على المسيرة", 2),
    ("استشهد محتجان برصاص القناصة قرب الساحة", 2),
    # one of those counted, told apart, adds nobody (ONE_OF_THEM)
    ("وتحدثت الشبكة عن أربعة قتلى، أحدهم توفي صباحاً متأثراً بجراحه", 4),
    ("سقط خمسة قتلى، إحداهن قتلت بشظية في الرأس", 5),
    # a breakdown in apposition after the count is the same dead
    ("أسفر الاشتباك عن مقتل أربعة أشخاص، ثلاثة من عناصر الحاجز ومسلح من المهاجمين", 4),
    ("أدى القصف إلى مقتل خمسة مدنيين، اثنان من عائلة واحدة وطفل وامرأة", 5),
    # above ten, a second accusative noun names the same dead (ACCUSATIVE_COUNT_FROM)
    ("قتل نحو 30 عنصراً وقيادياً من التنظيم بغارة على مقرهم", 30),
    ("قتل 12 مقاتلاً وضابطاً في الهجوم على الثكنة", 12),
    # ... below eleven the noun is a plural, and the singular after it is one more
    ("قتل ثلاثة عناصر وقيادي في الغارة", 4),
    # a plural verb with no count before it and one after it is active, the dead its object
    ("وقال مصدر عسكري إن المهاجمين قتلوا 9 عناصر من الحامية وأسروا اثنين", 9),
    ("وأضاف أن مقاتليه قتلوا سبعة من المسلحين قبل انسحابهم", 7),
    ("ستة عناصر من الشرطة قتلوا في الكمين", 6),
    # a side's loss of its men is their death (LOST_RANKS)
    ("وخسرت القوات المهاجمة ثلاثة من مقاتليها في المعركة", 3),
    ("وخسر الفصيل ستة من عناصره خلال التقدم", 6),
    ("وفقدت الوحدة الاتصال بأربعة من عناصرها", 0),
])
def test_breakdowns_ranks_and_objects(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_counterpart_source_naming_the_toll_is_a_rival_figure(
        extractor: EventExtractor) -> None:
    # "في المقابل" opens the other party's account of the same dead: its toll competes
    # with the first figure, it is not the other side's dead to add.
    events = extractor.extract(
        "اتهامات متبادلة بعد قصف بلدة الكرك الشرقي",
        "قالت وكالة رسمية إن قذائف أطلقها مسلحون سقطت على بلدة الكرك الشرقي صباح اليوم "
        "الأحد، ما أسفر عن مقتل 7 أشخاص وإصابة آخرين.\n\n"
        "في المقابل، قال ناشطون من البلدة إن قوات النظام هي التي قصفت، وإن عدد القتلى "
        "تجاوز 12 قتيلاً.", WHEN)
    assert events[0].fatalities == 7


def test_a_counterpart_group_count_still_adds(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "معارك عنيفة في محيط بلدة الكرك الشرقي",
        "قتل 8 من عناصر قوات النظام اليوم الأحد في معارك مع الفصائل في محيط بلدة الكرك "
        "الشرقي بريف درعا.\n\nفي المقابل، قتل 5 من مقاتلي الفصائل في المعارك ذاتها.", WHEN)
    assert events[0].fatalities == 13


def test_one_and_the_other_saying_who_stay_at_one_place(extractor: EventExtractor) -> None:
    # "أحدهما متظاهر والآخر شرطي": who the two were, not two places, so both are this one's.
    events = extractor.extract(
        "قتيلان خلال احتجاجات في مدينة السويداء",
        "قتل شخصان، أحدهما متظاهر والآخر عنصر في الشرطة، اليوم الأحد خلال احتجاجات أمام "
        "مبنى المحافظة في مدينة السويداء.", WHEN)
    assert events[0].fatalities == 2


@pytest.mark.parametrize(("text", "killed"), [
    # victims whose rise is put down to the wounded dying are the dead (DIED_OF_WOUNDS)
    ("ارتفعت حصيلة ضحايا القصف على القرية إلى سبعة مدنيين، بعد وفاة امرأة وطفل متأثرين "
     "بجراحهما في المشفى", 7),
    ("ارتفع عدد ضحايا الانفجار إلى خمسة بعد وفاة اثنين من المصابين متأثرين بإصاباتهم", 5),
    # ... told alone they are still the killed and the wounded together
    ("ارتفعت حصيلة ضحايا القصف على القرية إلى سبعة", None),
    # quotation marks around a word of an English toll are read past (EN_QUOTES)
    ('State radio said five "martyrs" were killed in the shelling.', 5),
    ("Activists said four \u201cmartyrs\u201d died in the raid.", 4),
])
def test_victims_who_died_of_wounds_and_quoted_english(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_figure_lowered_by_a_second_source_competes_with_the_headline(
        extractor: EventExtractor) -> None:
    # The lead gives two sources' figures, and keeps the lower; the headline's higher one is
    # the first source's, and competes with it.
    events = extractor.extract(
        "حلب: 21 قتيلاً بقصف على سوق في حي الشعار",
        "قتل 21 شخصاً على الأقل، بينهم أطفال، امس الثلاثاء، في قصف بالبراميل على سوق حي "
        "الشعار في مدينة حلب، بحسب المجلس المحلي، فيما وثق المرصد مقتل 16 شخصاً.", WHEN)
    assert events[0].fatalities == 16


def test_a_clause_without_dead_keeps_none_of_the_sentences_toll(
        extractor: EventExtractor) -> None:
    # A round-up's paragraph: strikes with dead at one town, "بينما" other strikes at another
    # town with no losses. The second town's event keeps no dead.
    events = extractor.extract(
        "حصيلة يوم الأحد: غارات على ريف إدلب",
        "رصد المرصد سلسلة من الأحداث الميدانية في عدة محافظات اليوم الأحد.\n\n"
        "ففي محافظة حلب، قتل 5 مدنيين جراء سقوط قذائف صاروخية على أحياء في مدينة حلب."
        "\n\nوفي محافظة إدلب، قتل رجل وابنه جراء غارات نفذتها طائرات حربية على أطراف بلدة "
        "بنش، بينما استهدفت غارات أخرى أطراف مدينة سراقب دون ورود معلومات عن خسائر بشرية.",
        WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("بنش") == 2
    assert tolls.get("سراقب") == 0


@pytest.mark.parametrize(("text", "killed"), [
    # a source that counts ("أحصت"، "رصد") gives a rival figure: the lower one stands
    ("قالت منظمة حقوقية إن القصف قتل 25 شخصاً، بينما أحصت مصادر أهلية 19 قتيلاً", 19),
    ("قتل 14 مدنياً في الغارة وفق الدفاع المدني، فيما رصد ناشطون مقتل 11 منهم", 11),
    # a body counted, then how its dead was killed: one, not two (BODY_NOUNS, KILLED_HOW)
    ("عثر مزارعون على جثة رجل قتل برصاص مجهولين قرب الطريق", 1),
    ("انتشل الأهالي جثة شاب من النهر، وكان قد قتل طعناً بسكين", 1),
    ("عثر على جثتين لشابين قتلا ذبحاً في البستان", 2),
    # ... but a death verb with its own person after the body is one more
    ("عثر على جثة رجل في الوادي، وقتل شاب آخر برصاص قناص", 2),
])
def test_a_counting_source_and_a_body_told_how_it_was_killed(text: str,
                                                             killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_later_part_of_a_breakdown_may_open_its_own_clause(
        extractor: EventExtractor) -> None:
    # The lead totals the dead at two towns; a later sentence gives each its part, the second
    # part opening a clause of its own ("فيما قتل ثلاثة آخرون في B").
    events = extractor.extract(
        "قتلى بغارات على ريف إدلب",
        "قتل ثمانية مدنيين، وأصيب آخرون، اليوم الأحد، بغارات جوية استهدفت بلدتي كفرنبل "
        "وحاس في ريف إدلب الجنوبي.\n\nوأوضح ناشطون أن خمسة من القتلى سقطوا في كفرنبل بينهم "
        "طفلان، فيما قتل ثلاثة آخرون في حاس.", WHEN)
    tolls = {(e.place_name or "").removeprefix("و"): e.fatalities for e in events}
    assert tolls.get("كفرنبل") == 5
    assert tolls.get("حاس") == 3


def test_a_source_counting_after_a_further_event_gives_its_dead(
        extractor: EventExtractor) -> None:
    # A further incident in its own paragraph, and a source's count after it that names no
    # place: the count is that incident's dead, not nobody's.
    events = extractor.extract(
        "هدوء في ريف حماة.. وغارة على اجتماع قرب سرمدا",
        "ساد هدوء حذر جبهات ريف حماة الشمالي منذ صباح اليوم الأحد، دون تسجيل أي قصف.\n\n"
        "وفي تطور منفصل، استهدفت طائرة مسيرة مساء اليوم الأحد اجتماعاً لقياديين داخل مقر "
        "في بلدة سرمدا شمالي إدلب.\n\nوقال مرصد حقوقي إن الضربة قتلت 12 شخصاً على الأقل، "
        "بينما أحصت مصادر محلية 9 قتلى.", WHEN)
    strikes = [e for e in events if e.place_name and "سرمدا" in e.place_name]
    assert strikes and strikes[0].fatalities == 9


@pytest.mark.parametrize(("text", "killed"), [
    # the dead of an act named as the cause, in its relative clause, are an earlier
    # incident's (RELATIVES, CAUSE_CLAUSE_REACH)
    ("وقصفت الطائرات مواقع في الريف رداً على تفجير سيارة مفخخة في السوق الذي أودى بحياة "
     "تسعة أشخاص", 0),
    ("شنت القوات حملة انتقاماً لهجوم على دورية، الذي قتل فيه ثلاثة جنود", 0),
    # ... but a relative clause of the act reported counts its dead
    ("استهدف القصف سوق البلدة الذي قتل فيه أربعة مدنيين", 4),
])
def test_the_dead_of_an_act_named_as_the_cause(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_rival_figure_that_is_the_largest_competes_with_the_lead(
        extractor: EventExtractor) -> None:
    # The lead counts two dead; a second sentence gives another source's higher figure and
    # the lead's figure stands (ACLED keeps the most conservative one).
    events = extractor.extract(
        "قتيلان برصاص الأمن في حمص",
        "قتل متظاهران وأصيب آخرون، اليوم الأحد، حين أطلقت قوات الأمن النار على مظاهرة في "
        "حي الخالدية بمدينة حمص.\n\nوقال ناشطون إن القتيلين شابان من الحي، بينما تحدثت "
        "شبكة محلية عن أربعة قتلى، أحدهم توفي متأثراً بجراحه.", WHEN)
    assert events[0].fatalities == 2


@pytest.mark.parametrize(("text", "killed"), [
    # a plural "فارقوا الحياة" counts whom it follows (LEFT_LIFE_MANY) ...
    ("وقال أطباء في المشفى إن أربعة جرحى فارقوا الحياة خلال الليل", 4),
    # ... and after a second source speaks, it is a rival figure: the lower one stands
    ("أسفرت الغارة عن استشهاد خمسة مدنيين وإصابة عشرة، بينما أفادت شبكة محلية بأن ثلاثة "
     "مدنيين فارقوا الحياة", 3),
    # (one more who died, told by a source, is no rival figure of the two)
    ("قتل شخصان في القصف، فيما قالت مصادر إن طفلاً فارق الحياة متأثراً بجراحه", 3),
])
def test_a_plural_left_life_and_its_rival_figure(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the act named after dead already counted is the act that killed them (ACT_NOUNS)
    ("قتل شابان بعملية اغتيال نفذها مسلحون مجهولون على طريق القرية", 2),
    ("قتل الطبيب خالد في جريمة قتل هزت المدينة", 1),
    # ... alone, it counts its one victim
    ("نفذ مجهولون عملية اغتيال بحق شاب في البلدة", 1),
    # attackers counted after a risen toll are other dead than the toll's
    ("ارتفع إلى خمسة عدد الجنود الذين قتلوا في الهجوم، فيما تحدثت مصادر عن مقتل مهاجمين "
     "اثنين", 7),
    ("ارتفعت حصيلة قتلى الهجوم على الحاجز إلى خمسة عناصر، فيما قتل ثلاثة من المهاجمين", 8),
    # words of wiping out count the people right after them (WIPED_OUT) ...
    ("وأسفر التصدي للهجوم عن إبادة أربعة من المرتزقة، فيما استشهد مقاتل من قواتنا", 5),
    ("أعلنت الوزارة تحييد ستة إرهابيين في عملية أمنية", 6),
    # ... and nobody without a count
    ("تتعرض المنطقة لحرب إبادة منذ سنوات", 0),
    ("وقعت عمليات تصفية حسابات بين الفصائل", 0),
])
def test_the_act_named_attackers_after_a_risen_toll_and_wiping_out(
        text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a toll that rises competes with a second source's figure in its sentence
    ("ارتفعت حصيلة قتلى القصف على السوق إلى 12 قتيلاً بحسب ناشطين، في حين تحدث المسعفون "
     "عن 16 قتيلاً و40 جريحاً", 12),
    # ... but not with the earlier count it replaces (EARLIER_FIGURE)
    ("ارتفع عدد القتلى إلى 31، بعد أن كانت المصادر الطبية قد أعلنت مقتل 25", 31),
    ("ارتفع عدد القتلى إلى 31، وكانت المصادر أعلنت في وقت سابق مقتل 25", 31),
])
def test_a_risen_toll_and_a_second_sources_figure(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_scene_whose_other_place_only_says_where_it_lies_keeps_its_dead(
        extractor: EventExtractor) -> None:
    # A further incident at a village named with the town it belongs to ("التابعة لـ"): the
    # town is no scene of its own, and the sentence's dead are the village's.
    events = extractor.extract(
        "قتلى بغارة تركية على سيارة قرب رأس العين",
        "قتل ثلاثة مدنيين، اليوم الأحد، بغارة لطائرة مسيرة تركية على سيارة قرب مدينة رأس "
        "العين.\n\nوفي هجوم آخر، اقتحم مسلحون من الفصائل صباح اليوم قرية أم العصافير التابعة "
        "لسري كانيه، ودارت اشتباكات مع مقاتلي قسد، ما أسفر عن مقتل اثنين من المسلحين ومقاتل "
        "من قسد.", WHEN)
    clash = [e for e in events if e.sub_event_type == "Armed clash"
             and e.place_name and "العصافير" in e.place_name]
    assert clash and clash[0].fatalities == 3


def test_equal_tolls_at_two_towns_are_no_toll_taken_twice(
        extractor: EventExtractor) -> None:
    # The lead tells shelling with no number, the next sentence counts its dead; a later
    # incident at another town has as many dead. The lead keeps its own.
    events = extractor.extract(
        "قصف على أحياء درعا البلد.. وهجوم على حاجز في طفس",
        "استهدفت قوات النظام مساء اليوم الأحد أحياء درعا البلد بقذائف الهاون.\n\n"
        "ووثق ناشطون مقتل مدنيين اثنين وإصابة أربعة آخرين جراء القصف.\n\n"
        "وفي وقت لاحق، هاجم مسلحون حاجزاً لقوات النظام عند مدخل مدينة طفس، واندلعت "
        "اشتباكات قتل فيها عنصران من قوات النظام.", WHEN)
    assert events[0].fatalities == 2


@pytest.mark.parametrize(("text", "killed"), [
    # a toll another source says reached a figure is its figure of the same dead: the lower
    # one stands
    ("قتلت القوات ستة من المهاجمين، فيما قال المرصد إن حصيلة القتلى بلغت تسعة", 6),
    ("قتل ستة مدنيين في القصف، بينما قال الدفاع المدني إن حصيلة القتلى بلغت أربعة", 4),
])
def test_a_second_sources_toll_reached_is_a_rival_figure(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_side_counting_its_own_men_lost_adds_to_its_enemys_dead(
        extractor: EventExtractor) -> None:
    # A commander counts the enemy's dead; the next sentence, the attackers' own losses in
    # the words of loss ("وخسرت ... من مقاتليها"): both sides' dead are the event's.
    events = extractor.extract(
        "الفصائل تسيطر على بلدة الكسرة بريف دير الزور",
        "سيطرت فصائل المعارضة، صباح اليوم الأحد، على بلدة الكسرة في ريف دير الزور الغربي "
        "بعد معارك مع قوات النظام.\n\nوقال قائد ميداني إن المقاتلين قتلوا 9 عناصر من قوات "
        "النظام وأسروا ثلاثة آخرين.\n\nوخسرت الفصائل المهاجمة ثلاثة من مقاتليها، بحسب "
        "المصدر ذاته.", WHEN)
    assert events[0].fatalities == 12
