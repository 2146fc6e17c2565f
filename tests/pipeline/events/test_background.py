"""Which sentences recall earlier events (sentences written for these tests)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.background import background_sentences, is_background
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2016, 4, 12, 16, 0, tzinfo=SYRIA)


@pytest.mark.parametrize("sentence", [
    "وكانت قوات النظام قد استعادت مدينة تدمر بعد معارك عنيفة",
    "يذكر أن البلدة تعرضت لقصف مماثل قبل أسبوعين",
    "ويشار إلى أن المنطقة شهدت اشتباكات متقطعة",
    "وسبق أن قصفت الطائرات السوق نفسه",
    "وفي وقت سابق قتل ثلاثة عناصر بانفجار لغم",
    "وقتل عشرة مدنيين في غارة على المدينة الشهر الماضي",
    "وتسيطر الفصائل على البلدة منذ سنوات",
    "وقتل 30 شخصاً في تفجير مماثل في 3 شباط 2016",
    "وقتل خمسة مدنيين منتصف شهر آذار الجاري بقصف على القرية",
    "وقتل شقيقه بغارة روسية استهدفت المشفى الميداني في العام 2014",
    "ودمرت الطائرات الجسر خلال عام 2013",
    # English copy
    "Last month, air strikes killed 17 people in the same town.",
    "The town was also among the first hit when the campaign began on March 30.",
    # a month gone by
    "وكانت البلدة شهدت في آب الماضي اغتيال عضو في لجنة المصالحة بعبوة ناسفة",
    "كما قتل في شهر أيلول الماضي سائق برصاص مسلحين على الطريق ذاته",
])
def test_recalled(sentence: str) -> None:
    assert is_background(sentence, WHEN)


@pytest.mark.parametrize("sentence", [
    "قصفت قوات النظام اليوم بلدة تلبيسة بالمدفعية",
    "وكانت الطائرات قد قصفت صباح اليوم أطراف المدينة",  # dated to the news of the day
    "وقتل مدنيان أمس برصاص قناص في الحي",
    "واستهدفت الغارات مدرسة في البلدة، ما أدى إلى مقتل طفلين",
    "وهي الغارة الأعنف على المدينة في العام 2016",  # this year's
    # what happened meanwhile, beside the recurring state it describes
    "في غضون ذلك، تستمر المواجهات قرب البلدة وسط هجمات متكررة من الطرفين",
    "وفي الأثناء، اندلعت اشتباكات في محيط القرية بشكل متكرر",
    # the month dates the attacks named by the relative clause, not the arrests told
    "واعتقلت الشرطة خمسة متورطين في الهجمات التي استهدفت الحواجز في آذار الماضي",
])
def test_told(sentence: str) -> None:
    assert not is_background(sentence, WHEN)


def test_the_headline_and_lead_tell_the_incident() -> None:
    sentences = ["وكانت الفصائل قد سيطرت على البلدة", "وكان الطيران قد قصف القرية",
                 "وكانت المدينة قد تعرضت لقصف الشهر الماضي"]
    assert background_sentences(sentences, WHEN) == frozenset({2})


def test_a_recalled_battle_lends_the_incident_neither_place_nor_toll() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    text = ("قصفت قوات النظام اليوم بالمدفعية مدينة تلبيسة في ريف حمص، ما أدى إلى مقتل "
            "مدنيين اثنين.\n\n"
            "وكانت قوات النظام قد استعادت مدينة تدمر وبلدة القريتين الشهر الماضي بعد معارك "
            "عنيفة في تدمر والقريتين، قتل فيها 40 عنصراً.\n\n"
            "وسبق أن تعرضت مدينة تدمر لغارات مكثفة.")
    events = extractor.extract("قصف مدفعي على ريف حمص", text, WHEN)
    assert [(e.place_name, e.fatalities, e.date) for e in events] == \
        [("تلبيسة", 2, "2016-04-12")]


def test_every_cue_passes_the_quick_filter() -> None:
    # The filter that spares most sentences a second tokenisation must let every cue of the
    # data lists through; a cue added without a stem here would never be seen. A breach
    # word passes alone; the other cues pass beside a truce word, which every truce has.
    from pipeline.events import breach
    from pipeline.rules import breach as breach_rules
    assert [c for c in breach_rules.BREACH if not any(s in c for s in breach.BREACH_STEMS)] == []
    marks = [*breach_rules.DESPITE, *breach_rules.UNKEPT, *breach_rules.COVERED,
             *breach_rules.DURING, *breach_rules.DURING_ITS, *breach_rules.SOON_AFTER,
             *breach_rules.SINCE,
             *breach_rules.GOES_ON, *breach_rules.GUARANTOR]
    assert [c for c in marks if not any(s in c for s in breach.STEMS)] == []
    assert [t for t in breach_rules.TRUCE if not any(s in t for s in breach.TRUCE_STEMS)] == []


def _told(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name, e.date) for e in extractor.extract(title, text, WHEN)]


def test_an_earlier_blast_recalled_beside_yesterday_is_no_event() -> None:
    got = _told(
        "مقتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة الباب",
        "قتل ثلاثة مدنيين اليوم جراء انفجار سيارة مفخخة في مدينة الباب بريف حلب الشرقي.\n\n"
        "وفي وقت سابق أمس، انفجرت دراجة نارية مفخخة في مدينة جرابلس دون وقوع إصابات.",
    )
    assert [place for _, place, _ in got] == ["الباب"], got


def test_the_start_of_a_campaign_days_before_is_no_event() -> None:
    got = _told(
        "مقتل خمسة مدنيين بغارات على مدينة سراقب",
        "قتل خمسة مدنيين أمس بغارات جوية للطيران الحربي على مدينة سراقب في ريف إدلب.\n\n"
        "وبدأت قوات النظام، أول أمس، شن هجمات جوية وبرية على بلدة خان السبل المجاورة.",
    )
    assert [place for _, place, _ in got] == ["سراقب"], got



def test_a_detention_days_before_told_in_passing_is_no_event() -> None:
    got = _told(
        "مظاهرة في مدينة سراقب",
        "خرج العشرات اليوم في مظاهرة في مدينة سراقب بريف إدلب ضد النظام.\n\n"
        "فيما هتف المتظاهرون للمعتقلين، وعلى رأسهم ناشط احتجزته الفصائل بعد مظاهرة بنش "
        "منذ ثلاثة أيام.",
    )
    assert [kind for kind, _, _ in got] == ["Peaceful protest"], got


def test_a_monthly_tally_told_only_in_the_body_is_no_event() -> None:
    got = _told(
        "تقرير حقوقي: 500 ضحية مدنية في سوريا خلال آذار",
        "نشرت منظمة حقوقية اليوم تقريرها الشهري عن الضحايا المدنيين في سوريا.\n\n"
        "وقالت المنظمة إن قوات النظام قتلت أكبر عدد من المدنيين الشهر الفائت، تلتها "
        "الطائرات الروسية ثم تنظيم داعش.",
    )
    assert got == [], got


def test_a_town_that_saw_protests_in_the_past_days_is_no_scene() -> None:
    got = _told(
        "الأمن يطلق النار لتفريق متظاهرين في مدينة حمص",
        "فرقت قوات الأمن اليوم بالرصاص الحي في الهواء تجمعاً لمئات المحتجين في مدينة حمص.\n\n"
        "وانتشرت وحدات من الجيش في مدينة بانياس التي خرجت فيها خلال اليومين الماضيين "
        "احتجاجات كبيرة.",
    )
    assert [place for _, place, _ in got] == ["مدينة حمص"], got


def test_talks_that_failed_are_no_agreement() -> None:
    got = _told(
        "لجنة التفاوض تعلن الفشل",
        "أعلنت لجنة التفاوض اليوم فشل التوصل لاتفاق مع قوات النظام بشأن أحياء مدينة درعا.",
    )
    assert got == [], got


def test_an_inquiry_into_an_attack_months_ago_is_no_event() -> None:
    got = _told(
        "محققون دوليون: غاز الكلور استخدم في هجوم على بلدة اللطامنة",
        "قالت لجنة تحقيق دولية إن غاز الكلور استخدم في قصف بلدة اللطامنة بريف حماة "
        "في آذار/مارس 2015.\n\n"
        "وأوضحت اللجنة أن محققيها زاروا البلدة وجمعوا عينات من التربة.\n\n"
        "ولم تحمل اللجنة أي جهة المسؤولية عن الهجوم.",
    )
    assert got == [], got


def test_a_month_of_this_week_or_a_full_date_is_not_an_earlier_month() -> None:
    from pipeline.events.background import names_an_earlier_month
    assert names_an_earlier_month("قصفت الطائرات البلدة في نيسان 2015", WHEN)
    assert not names_an_earlier_month("قصفت الطائرات البلدة في نيسان 2016", WHEN)
    assert not names_an_earlier_month("قصفت الطائرات البلدة في 3 آذار 2015", WHEN)
    assert not names_an_earlier_month("قصفت الطائرات اليوم البلدة التي قصفت في 2015", WHEN)
