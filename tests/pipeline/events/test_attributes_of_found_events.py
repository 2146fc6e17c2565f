"""Attributes of events that are found: the dead singled out of a killed-and-wounded count,
a place named by its two names on a road near a village, a further town's dead told in a
later sentence of its own, a recalled monthly tally, a crowd's cause of protest, and a
crowd left alone, today's weekday beside a truce's night, and a village the gazetteer names
with a town near it (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from pipeline.events.dates import resolve_event_date
from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import fatalities
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2018, 3, 14, 18, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


@pytest.mark.parametrize(("sentence", "dead"), [
    # the dead singled out of the killed and wounded, or of the wounded ("بينهم")
    ("أسفر الانفجار عن سقوط 12 شخصاً بين قتيل وجريح، بينهم خمسة قتلى.", 5),
    ("أدى القصف إلى سقوط سبعة مدنيين بين قتيل وجريح بينهم 3 قتلى.", 3),
    ("خلّف الهجوم 40 إصابة بينهم ثلاثة وعشرون قتيلاً.", 23),
    ("أسفر القصف عن 20 إصابة بينهم قتيلان.", 2),
    ("أسفر القصف عن 20 إصابة بينهم قتيل.", 1),
    # ... without a number: deaths told, none counted
    ("أسفر القصف عن 20 إصابة بينهم قتلى.", None),
    # Guards (pass on main too): a count of the dead, then a part of them
    ("قتل تسعة أشخاص بينهم ثلاثة أطفال بالقصف.", 9),
    ("أسفر القصف عن 12 قتيلاً بينهم 3 أطفال.", 12),
])
def test_dead_singled_out_of_casualties(sentence: str, dead: int | None) -> None:
    assert fatalities(sentence) == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    # "one" after a family names the family, not the count
    ("وأفادت مصادر بأن أربعة شبان من عائلة واحدة قتلوا عصر أمس.", 4),
    ("خمسة مدنيين من أسرة واحدة قضوا بالقصف.", 5),
    # Guard (passes on main too): one person
    ("شخص واحد قتل في الانفجار.", 1),
])
def test_one_family_is_not_one_dead(sentence: str, dead: int) -> None:
    assert fatalities(sentence) == dead


def test_a_part_of_the_leads_dead_told_by_their_family_adds_nobody(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "", "قتل خمسة أشخاص من رعاة الأغنام خلال يومين بانفجار ألغام في البادية السورية.\n\n"
            "وقالت مصادر محلية إن ثلاثة رعاة من عائلة واحدة قتلوا صباح أمس بانفجار لغم قرب "
            "قرية المسرب بريف دير الزور الغربي.", WHEN)
    assert [(e.place_pcode, e.fatalities) for e in events] == [("C5130", 3)]


@pytest.mark.parametrize("road", [
    # the town's two names, Kurdish and Arabic, after a slash
    "الطريق الواصل بين مدينة قامشلو/القامشلي وبلدة عامودا",
    # the second end with its place word
    "الطريق الواصل بين مدينة عامودا وبلدة القامشلي",
])
def test_a_road_between_two_towns_is_placed_at_the_village_it_was_hit_near(
        extractor: EventExtractor, road: str) -> None:
    events = extractor.extract(
        "", f"استهدفت طائرة مسيّرة صباح اليوم سيارة على {road}، قرب قرية تل حبش، ما أدى إلى "
            "مقتل ثلاثة أشخاص.", WHEN)
    assert [(e.place_pcode, e.fatalities) for e in events] == [("C4693", 3)]


def test_each_town_of_the_lead_takes_the_dead_of_its_own_later_sentence(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "", "شنت طائرات حربية صباح اليوم غارات على بلدتي سقبا وعربين في الغوطة الشرقية.\n\n"
            "وفي عربين، قتل طفلان بغارة استهدفت منزلهما.\n\n"
            "أما في سقبا، فقد أسفرت الغارات عن سقوط سبعة مدنيين بين قتيل وجريح، بينهم ثلاثة "
            "قتلى.", WHEN)
    assert sorted((e.place_pcode, e.fatalities) for e in events) == [("C2314", 3),
                                                                      ("C2321", 2)]


def test_a_recalled_monthly_tally_is_no_further_events_toll(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "حصيلة الأربعاء: اغتيال في دير الزور وقصف على تل رفعت",
        "رصد المرصد جملة من الأحداث في مناطق سورية مختلفة اليوم:\n\n"
        "في ريف دير الزور، قتل رجل برصاص مسلحين مجهولين أمام منزله في بلدة ذيبان.\n\n"
        "وفي ريف حلب الشمالي، قصفت القوات التركية بقذائف المدفعية مدينة تل رفعت، ما أدى "
        "إلى إصابة طفلين بجروح.\n\n"
        "وكان المرصد قد وثق خلال شباط الفائت مقتل 310 أشخاص في عموم سوريا، بينهم 95 مدنياً.",
        WHEN)
    assert 310 not in [e.fatalities for e in events]
    assert [e.fatalities for e in events if e.place_pcode == "C1621"] == [0]


def test_a_riot_after_a_killing_has_not_its_dead(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "غضب في جرمانا: شبان يقطعون الطريق ويحرقون الإطارات بعد مقتل شاب",
        "أحرق عشرات الشبان الإطارات وقطعوا الطريق الرئيسي في مدينة جرمانا مساء اليوم، "
        "ورشقوا مخفر الشرطة بالحجارة.", WHEN)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Violent demonstration", 0)]


def test_a_crowd_left_alone_holding_pictures_of_detainees_is_peaceful(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "", "نظم العشرات ظهر اليوم وقفة احتجاجية أمام مبنى البلدية في مدينة شهبا، رفعوا "
            "خلالها صور شبان اعتقلوا على الحواجز، دون أي احتكاك مع عناصر الشرطة.", WHEN)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.parametrize(("sentence", "day"), [
    # today's weekday named; a truce's start on a night two days back dates background
    ("قتل رجل عصر اليوم الأحد بقصف على مدينة دوما، في أول خرق منذ بدء سريان الهدنة منتصف "
     "ليل الجمعة – السبت.", date(2016, 2, 28)),
    # Guard (passes on main too): a night that runs into today tells the act's span
    ("تتواصل الاشتباكات منذ ليل السبت-الأحد حتى ظهر اليوم الأحد في حي جوبر.",
     date(2016, 2, 28)),
])
def test_today_named_wins_over_a_truces_night(sentence: str, day: date) -> None:
    published = datetime(2016, 2, 28, 19, 30, tzinfo=timezone(timedelta(hours=2)))
    assert resolve_event_date(sentence, published) == day


def test_a_village_the_gazetteer_tells_apart_by_a_town_near_it(
        extractor: EventExtractor) -> None:
    # "أم عدسة قرب منبج" in the gazetteer: the village is written without "قرب منبج"
    events = extractor.extract(
        "", "قتل رجل وابنه صباح اليوم بانفجار لغم أثناء رعيهما الأغنام بقرية أم عدسة جنوب "
            "غربي مدينة منبج.", WHEN)
    assert [(e.place_pcode, e.fatalities) for e in events] == [("C1726", 2)]
