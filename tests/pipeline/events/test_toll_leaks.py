"""Tolls that must stay with their own count, clause and event (sentences written for these
tests): a breakdown of who the dead were is no count of its own, and a toll of one clause,
sentence or headline does not leak into another event's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import fatalities
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2019, 6, 12, 10, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


@pytest.mark.parametrize(("text", "killed"), [
    # the dual after "بينهم" says who some of them were: the count before it stands
    ("ذكر المسعفون أن تسعة مدنيين، بينهم امرأتان، قتلوا في القصف على السوق", 9),
    ("قالت الشبكة إن ستة أشخاص بينهم طفلان لقوا حتفهم بانهيار المبنى", 6),
    # ... and a dual with no breakdown word before it is still the count
    ("قال الأهالي إن طفلين قتلا بانفجار القذيفة", 2),
])
def test_a_subset_dual_before_the_passive_verb(text: str, killed: int) -> None:
    assert fatalities(text) == killed


def test_a_headline_counting_only_the_victims_is_no_breakdown(
        extractor: EventExtractor) -> None:
    # The headline names the two policemen; the lead adds the attacker killed (ACLED counts
    # him): 3, though 3 less the further event's one dead is the headline's figure.
    events = extractor.extract(
        "مقتل شرطيين بهجوم على حاجز قرب تلبيسة",
        "قتل شرطيان صباح اليوم الأربعاء بهجوم شنه مسلحون على حاجز عند مدخل مدينة تلبيسة، "
        "فيما قتل أحد المهاجمين خلال تبادل إطلاق النار.\n\n"
        "وفي مدينة الرستن، قتل رجل مساء اليوم بانفجار قنبلة يدوية ألقاها مجهول على منزله.", WHEN)
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls.get("تلبيسة") == 3
    assert tolls.get("الرستن") == 1


def test_two_kinds_of_one_sentence_keep_their_clauses_dead(extractor: EventExtractor) -> None:
    # The lead tells the clash and counts no one; the next sentence counts the clash's dead
    # and, in a clause of its own, the shelling's: each event its own clause's.
    events = extractor.extract(
        "مواجهات في جاسم",
        "اندلعت مواجهات عنيفة فجر اليوم الأربعاء بين مسلحين محليين وعناصر من قوات النظام "
        "على أطراف مدينة جاسم.\n\n"
        "وأفاد ناشطون بأن المواجهات أسفرت عن مقتل أربعة عناصر من قوات النظام، فيما قصفت "
        "قوات النظام بالمدفعية أحياء مدينة جاسم، ما أدى لمقتل امرأة.", WHEN)
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls == {"Armed clash": 4, "Shelling/artillery/missile attack": 1}


def test_a_counterpart_sentence_at_another_town_keeps_its_dead(
        extractor: EventExtractor) -> None:
    # "في المقابل" adds the other side's dead of the same incident, but a sentence naming a
    # town of its own tells another scene: the villages of the sentence before get none.
    events = extractor.extract(
        "خروقات جديدة للهدنة في ريفي درعا وإدلب",
        "قصفت قوات النظام بقذائف الهاون مناطق في بلدة الحراك مساء أمس الثلاثاء، ما أدى "
        "لإصابة ثلاثة مواطنين بجراح.\n\n"
        "وفي ريف إدلب الغربي، استهدفت طائرات حربية مجهولة مناطق في قريتي بداما وخربة الجوز "
        "أمس.\n\n"
        "في المقابل، قصف تنظيم الدولة أمس بقذائف الهاون أحياء خاضعة لسيطرة قوات النظام في "
        "مدينة دير الزور، ما أسفر عن مقتل أربعة مواطنين.", WHEN)
    tolls = {e.place_pcode: e.fatalities for e in events}
    assert tolls == {"C6116": 0, "C4226": 0, "C4231": 0, "C5086": 4}


def test_a_result_clause_gives_its_dead_to_the_clause_before_it(
        extractor: EventExtractor) -> None:
    # Raids on one town, then barrels on another "ما أدى لمقتل أربعة": the four are the
    # second town's (the clause just before the result), none the first's.
    events = extractor.extract(
        "الفصائل تسيطر على بلدة معرشورين",
        "سيطرت فصائل المعارضة أمس الثلاثاء على بلدة معرشورين في ريف إدلب الجنوبي بعد معارك "
        "مع قوات النظام قتل فيها 12 عنصراً من الطرفين.\n\n"
        "وبعد خسارة البلدة، شن الطيران الحربي اليوم الأربعاء غارات عدة على مدينة سراقب "
        "ومحيطها، وألقت المروحيات براميل متفجرة على بلدة سرمين، ما أدى لمقتل أربعة مدنيين.",
        WHEN)
    tolls = {e.place_pcode: e.fatalities for e in events}
    assert tolls == {"C3978": 12, "C3916": 0, "C3953": 4}


def test_a_round_up_lead_placed_by_a_later_paragraph(extractor: EventExtractor) -> None:
    # The lead totals the day over several areas (a total that need not add up to the
    # incidents told) and names no place; the event it is placed at keeps its own dead.
    events = extractor.extract(
        "12 قتيلاً أمس في مناطق سورية",
        "وثق ناشطون مقتل 12 شخصاً يوم أمس الثلاثاء في مناطق متفرقة من سوريا.\n\n"
        "ففي ريف درعا، عثر الأهالي على جثة شاب من بلدة الحراك مقتولاً بالرصاص على أطراف "
        "البلدة.\n\n"
        "وفي ريف حلب، قتل خمسة مدنيين جراء انفجار لغم أرضي بسيارتهم قرب بلدة دير حافر.\n\n"
        "وفي ريف إدلب، قتل ثلاثة عناصر من قوات النظام باستهداف آليتهم بصاروخ موجه قرب "
        "بلدة كفرنبل.", WHEN)
    tolls = {e.place_pcode: e.fatalities for e in events}
    assert tolls == {"C6116": 1, "C1240": 5, "C4068": 3}


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a further event of its own sentence: the body found in the first clause is not Nawa's
    ("مقتل شاب في الحراك",
     "قتل شاب برصاص مسلحين مجهولين في بلدة الحراك بريف درعا الشرقي مساء أمس الثلاثاء.\n\n"
     "وفي وقت لاحق، عثر الأهالي على جثة رجل من بلدة الحراك مقتولاً بطلق ناري في الرأس، كما "
     "قتل عنصر من الأمن العسكري برصاص مسلحين مجهولين في مدينة نوى.",
     {"C6116": 1, "C6124": 1}),
    # a further place of a round-up's paragraph
    ("12 قتيلاً أمس في مناطق سورية",
     "وثق ناشطون مقتل 12 شخصاً يوم أمس الثلاثاء في مناطق متفرقة من سوريا.\n\n"
     "ففي ريف درعا، عثر الأهالي على جثة شاب من بلدة الحراك مقتولاً بالرصاص على أطراف "
     "البلدة، كما قتل عنصر من الأمن العسكري برصاص مسلحين مجهولين في مدينة نوى.\n\n"
     "وفي ريف حلب، قتل خمسة مدنيين جراء انفجار لغم أرضي بسيارتهم قرب بلدة دير حافر.",
     {"C6116": 1, "C6124": 1, "C1240": 5}),
])
def test_one_place_keeps_its_clauses_dead(extractor: EventExtractor, title: str, text: str,
                                          expected: dict[str, int]) -> None:
    # The other clause counts its dead at a place of its own (the victim's home town,
    # "من بلدة الحراك", though it is no further scene here): they are not the place's.
    tolls = {e.place_pcode: e.fatalities for e in extractor.extract(title, text, WHEN)}
    assert tolls == expected


@pytest.mark.parametrize(("text", "killed"), [
    # a toll of victims that rises as bodies are recovered counts the dead
    ("ارتفعت حصيلة ضحايا القصف على حي الشيخ مقصود إلى 14 مدنياً بعد انتشال جثث جديدة من "
     "تحت الركام", 14),
    ("ارتفع عدد ضحايا انهيار المبنى إلى سبعة أشخاص، إثر العثور على جثامين ثلاثة منهم", 7),
    # ... a rise told with nothing of the kind still counts killed and wounded together
    ("ارتفع عدد ضحايا القصف على الحي إلى 14 شخصاً", None),
])
def test_victims_rising_with_bodies_recovered(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed
