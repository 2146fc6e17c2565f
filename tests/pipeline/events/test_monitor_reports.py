"""Monitors' and local networks' reports of several incidents in short paragraphs (issue 12,
dev11), in sentences written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
PUBLISHED = "2023-11-12T18:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name, e.date)
            for e in extractor.extract(title, text, PUBLISHED)]


def test_the_month_a_truce_was_signed_in_is_no_old_news() -> None:
    from pipeline.events.background import names_an_earlier_month
    when = datetime(2023, 11, 12, 18, 0, tzinfo=SYRIA)
    # the month and year date the agreement the shelling breaks, not the shelling
    assert not names_an_earlier_month(
        "وتستمر المدفعية في قصف القرى، في خرق لاتفاق التهدئة المبرم في أنقرة في أيار 2021", when)
    assert names_an_earlier_month("وقصفت المدفعية القرى في أيار 2021", when)
    got = _events(
        "قتيل بقصف مدفعي على بلدة في ريف إدلب",
        "تواصل قوات النظام قصف ريف إدلب الجنوبي، في خرق لاتفاق التهدئة المبرم في أنقرة في "
        "أيار 2021.\n\n"
        "وقتل رجل مسن صباح اليوم الأحد بقصف مدفعي استهدف أطراف بلدة كنصفرة.",
    )
    assert ("Shelling/artillery/missile attack", "كنصفرة", "2023-11-12") in got, got


def test_items_under_their_hashtag_or_bullet_are_each_an_incident() -> None:
    # each paragraph opens with its own mark: the next incident, as "وفي البلدة X،" would
    got = _events(
        "حصاد يوم في ريف دير الزور",
        "#الميادين | قتل شاب بانفجار لغم أرضي أثناء رعي الأغنام قرب مدينة الميادين صباح اليوم.\n\n"
        "#الشحيل | خرج عشرات الأهالي في مسيرة سلمية ظهر اليوم للمطالبة بتحسين الخدمات، ولم "
        "تسجل أي مواجهات.\n\n"
        "🔴 أطلق ملثمون النار على سيارة تاجر عند مدخل بلدة ذيبان مساء اليوم، دون إصابات.",
    )
    kinds = {(kind, place) for kind, place, _ in got}
    assert ("Peaceful protest", "الشحيل") in kinds, got
    assert ("Attack", "ذيبان") in kinds, got


def test_fire_opened_by_doers_named_before_their_fire() -> None:
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "أطلق مسلحون الرصاص على دورية للشرطة في بلدة الكرك.", 2023)
    assert sentence_types(sentences[1], sentences), sentences[1].triggers


def test_a_denied_intervention_leaves_a_march_peaceful() -> None:
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "نظم الأهالي مسيرة احتجاجية في ساحة البلدة دون أي مواجهات.", 2023)
    assert set(sentence_types(sentences[1], sentences)) == {"Peaceful protest"}


def test_a_former_commander_killed_today_is_no_earlier_killing() -> None:
    # "سابق" says what the man was, not that the killing is an old one
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("اغتيال قيادي سابق في بلدة المزيريب", "", 2023)
    assert "Attack" in sentence_types(sentences[0], sentences), sentences[0].cues
    sentences = analyse("الهجوم السابق على المزيريب", "", 2023)
    assert not sentence_types(sentences[0], sentences)


def test_the_time_after_a_settlement_is_no_new_agreement() -> None:
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "وكان الشاب قد انضم بعد التسوية إلى مجموعة محلية.", 2023)
    assert "Agreement" not in sentence_types(sentences[1], sentences)
    sentences = analyse("", "وعاد الهدوء بعد التوصل إلى اتفاق بين الوجهاء والفرقة.", 2023)
    assert "Agreement" in sentence_types(sentences[1], sentences)
    got = _events(
        "حصاد أمني في ريف درعا",
        "▪️ انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة اليادودة صباح اليوم، دون إصابات.\n\n"
        "▪️ قتل شاب، كان قد انضم بعد التسوية إلى مجموعة محلية، برصاص مسلحين مجهولين في بلدة "
        "المزيريب مساء اليوم.",
    )
    assert "Agreement" not in [kind for kind, _, _ in got], got


def test_a_headline_listing_acts_at_their_places_keeps_each() -> None:
    # "اغتيال ... في X وعبوة ... قرب Y": the bomb is the second act, not the killing's weapon
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("اغتيال مختار في المزيريب وعبوة ناسفة قرب طفس", "", 2023)
    assert "Attack" in sentence_types(sentences[0], sentences)
    sentences = analyse("اغتيال مختار المزيريب بعبوة ناسفة قرب منزله", "", 2023)
    assert "Attack" not in sentence_types(sentences[0], sentences)


def test_the_day_a_statement_was_issued_dates_the_statement() -> None:
    from pipeline.events.dates import event_date_in
    when = datetime(2023, 11, 12, 18, 0, tzinfo=SYRIA)  # a Sunday
    sentence = ("قالت رابطة عائلات المعتقلين في الجنوب في تقرير أصدرته اليوم الأحد إن دورية "
                "للأمن دهمت بلدة الكرك مساء أمس السبت، واعتقلت خلالها خمسة شبان")
    assert str(event_date_in(sentence, when)) == "2023-11-11"


def test_where_detainees_were_taken_is_no_scene_of_the_raid() -> None:
    got = _events(
        "حملة اعتقالات في بلدة الكرك",
        "دهمت دورية للأمن العسكري بلدة الكرك الشرقي صباح اليوم، واعتقلت ستة شبان واقتادتهم "
        "إلى سجن الفرع في مدينة السويداء.",
    )
    assert [place for _, place, _ in got] == ["الكرك"], got


def test_a_settlement_card_is_no_agreement() -> None:
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "واعتقلت الدورية شاباً يحمل بطاقة تسوية عند حاجز البلدة.", 2023)
    assert "Agreement" not in sentence_types(sentences[1], sentences)


def test_its_entrance_is_the_town_its_pronoun_stands_for() -> None:
    # "من أبناء مدينة X" names the men's home; "عند مدخلها" puts the arrest at X
    got = _events(
        "حملة اعتقالات في ريف درعا",
        "دهمت قوات الأمن بلدة المسيفرة صباح اليوم واعتقلت أربعة شبان.\n\n"
        "كما اعتقلت دورية أخرى في اليوم ذاته شابين من أبناء مدينة نوى على حاجز عند مدخلها "
        "الشمالي.",
    )
    assert ("Arrests", "نوى", "2023-11-12") in got, got


def test_a_headline_listing_acts_apart_with_commas_keeps_the_killing() -> None:
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("حصيلة اليوم: اغتيال في حي المطار، عبوة شرق البلدة، واعتقال شابين", "",
                        2023)
    assert "Attack" in sentence_types(sentences[0], sentences)


def test_a_victims_trade_frames_no_arms_deal() -> None:
    # "يعمل في بيع ..." tells what the man did for a living, not a sale of arms
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "وقتل رجل يعمل في بيع الخضار برصاص مسلحين مجهولين في بلدة نوى.",
                        2023)
    assert sentence_types(sentences[1], sentences), sentences[1].triggers


def test_a_round_up_item_opened_by_amma_fi() -> None:
    from pipeline.events.classify import _fronted_place
    assert _fronted_place("أما في محافظة حماة، فقد قتل")
    assert _fronted_place("وأما في بلدة الكرك، فقد")


def test_a_lead_total_over_the_country_is_no_items_toll() -> None:
    # the lead tells the day's acts and the country's dead ("في عموم البلاد"); the item
    # placed by a later paragraph keeps its own dead, although the other items killed none
    from tests.pipeline.events.extraction import extractor
    events = extractor().extract(
        "حصيلة يوم الجمعة",
        "عمت المظاهرات اليوم الجمعة عشرات البلدات، وفتحت قوات الأمن النار على المحتجين في "
        "عدة مناطق، وبلغ عدد الشهداء الذين وثقتهم الشبكة حتى المساء 31 شهيداً في عموم "
        "البلاد.\n\n"
        "حمص: أطلق عناصر الأمن الرصاص الحي على مظاهرة في حي الخالدية، ما أدى إلى سقوط "
        "خمسة شهداء.\n\n"
        "درعا: خرجت مظاهرة حاشدة في مدينة نوى رفع خلالها المتظاهرون لافتات تطالب بالإفراج "
        "عن المعتقلين، وانتهت دون تدخل أمني.",
        "2012-01-20T21:00:00+02:00")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Excessive force against protesters", 5), ("Peaceful protest", 0)], events
