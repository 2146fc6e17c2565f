"""Event dates relative to publication."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pipeline.events.dates import (
    after_midnight,
    event_date_in,
    resolve_event_date,
    statement_date_in,
    writers_time,
)

# A Wednesday afternoon in Damascus.
SYRIA = timezone(timedelta(hours=3))
PUBLISHED = datetime(2024, 5, 15, 14, 0, tzinfo=SYRIA)


@pytest.mark.parametrize(("sentence", "day"), [
    ("قصفت القوات البلدة اليوم", date(2024, 5, 15)),
    ("شنت الطائرات غارات فجر اليوم", date(2024, 5, 15)),
    ("قتل شخص أمس برصاص مجهولين", date(2024, 5, 14)),
    ("اندلعت اشتباكات مساء أمس", date(2024, 5, 14)),
    ("وقع الانفجار ليلة أمس", date(2024, 5, 14)),
    ("خطف شاب أول أمس", date(2024, 5, 13)),
    ("خطف شاب أمس الأول", date(2024, 5, 13)),
    ("قتل مدنيان مساء الأحد", date(2024, 5, 12)),
    ("اعتقل عشرة أشخاص الخميس الماضي", date(2024, 5, 9)),
    ("تظاهر المئات يوم الجمعة", date(2024, 5, 10)),
    ("قصف صباح الأربعاء", date(2024, 5, 15)),
    ("قتل جندي في 3 أيار/مايو 2024", date(2024, 5, 3)),
    ("قتل جندي في 20 كانون الأول", date(2023, 12, 20)),
    ("وقع الهجوم في الثالث من نيسان", date(2024, 4, 3)),
    ("في الحادي والعشرين من آذار", date(2024, 3, 21)),
    ("في ١٠ مايو", date(2024, 5, 10)),
    ("سيعقد الاجتماع الأحد المقبل", date(2024, 5, 15)),
    ("بلا أي إشارة زمنية", date(2024, 5, 15)),
])
def test_event_dates(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day


def test_publication_time_converted_to_syria_time() -> None:
    late_utc = datetime(2024, 5, 14, 22, 30, tzinfo=UTC)  # 01:30 on the 15th in Damascus
    assert resolve_event_date("انفجار اليوم", late_utc) == date(2024, 5, 15)
    assert resolve_event_date("انفجار مساء اليوم الثلاثاء", late_utc) == date(2024, 5, 14)


def test_naive_publication_is_syria_time() -> None:
    assert resolve_event_date("أمس", datetime(2024, 1, 1, 1, 0)) == date(2023, 12, 31)


@pytest.mark.parametrize(("sentence", "day"), [
    # "ليلة X" is the night before day X, coded on the day it began; "ليل X" is X's night.
    ("اختطف مسلحون امرأتين ليلة الجمعة", date(2024, 5, 9)),
    ("اندلعت اشتباكات ليل الجمعة", date(2024, 5, 10)),
    ("هاجم مسلحون حاجزاً ليلة الخميس", date(2024, 5, 8)),
    # a night of two days is coded on the first, unless the act came after its midnight
    ("اندلعت اشتباكات ليلة الاثنين/ الثلاثاء", date(2024, 5, 13)),
    ("اقتحم مسلحون منازل بعد منتصف ليل الاثنين – الثلاثاء", date(2024, 5, 14)),
    # the weekday of publication with الماضي is a week ago
    ("اعتقلت القوات ستة أشخاص الأربعاء الماضي", date(2024, 5, 8)),
    # a time of day today anchors the incident; "قبل يومين" then dates background
    ("رغم إعلان الاتفاق قبل يومين تجددت صباح اليوم الاشتباكات", date(2024, 5, 15)),
    # Egyptian and Levantine month names
    ("قتل مدنيان في غارة يوم 17 أبريل الجاري", date(2024, 4, 17)),
    ("يوم السبت الخامس من تشرين الأول", date(2024, 5, 11)),
    # English copy
    ("Two civilians were killed yesterday", date(2024, 5, 14)),
    # a day of a month in English copy: the nearest one not after the page
    ("Russia began its air campaign on Sept. 30", date(2023, 9, 30)),
    ("Rebels shelled the town on 3 May", date(2024, 5, 3)),
    ("The strike came on May 13, 2024", date(2024, 5, 13)),
    ("Shelling hit the town on Monday", date(2024, 5, 13)),
    ("Clashes broke out last Wednesday", date(2024, 5, 8)),
])
def test_event_dates_language_patterns(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # stamped after midnight, written the day before: the weekday decides, not أمس
    ("انفجرت سيارة مفخخة مساء أمس الأحد", datetime(2020, 11, 24, 0, 30, tzinfo=SYRIA),
     date(2020, 11, 22)),
    # a weekday with its date is the event's date, even beside a later statement's أمس
    ("قالت في بيان أمس الاثنين إن مقاتليها سيطروا على البلدة مساء الأحد 28 مايو/أيار",
     datetime(2017, 5, 30, 14, 0, tzinfo=SYRIA), date(2017, 5, 28)),
    # "ليلة الجمعة" said to be after midnight is Friday itself
    ("قصفت الطائرات ليلة الجمعة بعد منتصف الليل السوق", datetime(2019, 7, 27, 10, 0,
                                                                tzinfo=SYRIA),
     date(2019, 7, 26)),
])
def test_weekday_beats_arithmetic(sentence: str, published: datetime, day: date) -> None:
    assert resolve_event_date(sentence, published) == day


def test_today_with_its_weekday_anchors_and_tomorrow_is_no_date() -> None:
    saturday = datetime(2015, 4, 25, 20, 45, tzinfo=SYRIA)
    assert resolve_event_date("أعلن اليوم السبت سيطرته بعد معركة أطلقها قبل ثلاثة أيام",
                              saturday) == date(2015, 4, 25)
    thursday = datetime(2016, 8, 25, 18, 0, tzinfo=SYRIA)
    assert resolve_event_date("على أن يبدأ التنفيذ صباح غد الجمعة", thursday) == date(2016, 8, 25)


# A Thursday at 13:00 and a Thursday at 09:00 in Damascus.
_AFTERNOON = datetime(2025, 11, 20, 13, 0, tzinfo=SYRIA)
_MORNING = datetime(2025, 11, 20, 9, 0, tzinfo=SYRIA)
_EVENING = datetime(2025, 11, 20, 20, 0, tzinfo=SYRIA)


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # the night that ended this morning began yesterday
    ("دارت الليلة الماضية مواجهات بين الطرفين", _AFTERNOON, date(2025, 11, 19)),
    ("سقطت قذائف على الحي ليل البارحة", _AFTERNOON, date(2025, 11, 19)),
    # the midnight just passed opens the publication day
    ("هاجم مسلحون نقطة للجيش منتصف ليل أمس", _AFTERNOON, date(2025, 11, 20)),
    ("وقع الانفجار بعد منتصف الليل", _AFTERNOON, date(2025, 11, 20)),
    ("قصفت الطائرات القرية فجر اليوم", _AFTERNOON, date(2025, 11, 20)),
    # a tally of the last 24 hours mostly covers the day before, unless published at night
    ("قتل تسعة مدنيين خلال الـ24 ساعة الماضية", _AFTERNOON, date(2025, 11, 19)),
    ("قتل تسعة مدنيين خلال الساعات الـ24 الأخيرة", _EVENING, date(2025, 11, 20)),
    # "the last hours" reach into yesterday only for a morning page
    ("قتل خمسة أشخاص خلال الساعات الماضية", _MORNING, date(2025, 11, 19)),
    ("قتل خمسة أشخاص خلال الساعات الماضية", _AFTERNOON, date(2025, 11, 20)),
    # a night named by its two days is coded on the first
    ("تجددت المعارك ليلة الأربعاء/ الخميس في محيط البلدة", _AFTERNOON, date(2025, 11, 19)),
    ("بدأ سريان الهدنة ليل الأربعاء الخميس", _AFTERNOON, date(2025, 11, 19)),
])
def test_nights_and_tallies_against_the_publication_time(
        sentence: str, published: datetime, day: date) -> None:
    assert resolve_event_date(sentence, published) == day


def test_a_statement_date_is_not_the_incident_date() -> None:
    said = "قال ناشطون محليون، اليوم الخميس، إن مسلحين هاجموا قرية في ريف المحافظة"
    assert event_date_in(said, _AFTERNOON) is None
    assert statement_date_in(said, _AFTERNOON) == date(2025, 11, 20)
    both = "أعلنت الفصائل أمس أن الطائرات قصفت البلدة فجر الثلاثاء"
    assert event_date_in(both, _AFTERNOON) == date(2025, 11, 18)
    assert event_date_in("قصفت الطائرات البلدة اليوم", _AFTERNOON) == date(2025, 11, 20)


def test_the_hour_is_read_on_the_pages_own_clock() -> None:
    # 11:00 on a page stamped +02:00 (a Syrian winter) is a morning page, though it is
    # noon at UTC+3.
    winter = datetime(2020, 1, 20, 11, 0, tzinfo=timezone(timedelta(hours=2)))
    assert resolve_event_date("اغتال مسلحون طبيباً خلال الساعات الماضية", winter) \
        == date(2020, 1, 19)


@pytest.mark.parametrize("sentence", [
    "قصفت قوات النظام بلدة كفرنبل رغم سريان وقف إطلاق النار الذي بدأ في 6 آذار",
    "قصفت المدفعية القرية في خرق لاتفاق وقف إطلاق النار الموقع في الخامس من آذار",
    "قصفت قوات النظام كفرنبل، في خرق للهدنة المعلنة منذ 6 آذار",
])
def test_a_truces_start_date_does_not_date_the_event(sentence: str) -> None:
    when = datetime(2020, 3, 20, 14, 0, tzinfo=SYRIA)
    assert resolve_event_date(sentence, when) == date(2020, 3, 20)
    assert resolve_event_date("قصفت الطائرات البلدة أمس رغم الهدنة المعلنة منذ 6 آذار",
                              when) == date(2020, 3, 19)
    assert resolve_event_date("قتل مدنيان في غارة يوم 17 آذار الجاري رغم الهدنة", when) \
        == date(2020, 3, 17)


@pytest.mark.parametrize(("sentence", "day"), [
    ("هاجم مسلحون ليلة الأحد الثاني عشر من أيار الجاري حاجزاً قرب البلدة", date(2024, 5, 12)),
    ("قصفت المدفعية القرية يوم الاثنين الموافق الثالث عشر من أيار", date(2024, 5, 13)),
    ("انفجرت عبوة ليلة الأحد 12 أيار في السوق", date(2024, 5, 12)),
])
def test_a_weekday_with_its_written_date_is_that_date(sentence: str, day: date) -> None:
    """"ليلة الأحد الثاني عشر من أيار": the night is of the date written, not the day before."""
    assert resolve_event_date(sentence, PUBLISHED) == day


def test_a_date_word_dates_its_own_clause() -> None:
    """"مساء الثلاثاء ... بلدة A، فيما ... صباح اليوم ... قرية B": each place's act is dated
    by its own clause, or by the clause before it; a later clause's day does not reach back."""
    both = "قصفت الطائرات مساء الثلاثاء بلدة الهبيط، فيما قصفت المدفعية صباح اليوم قرية عابدين"
    assert event_date_in(both, PUBLISHED, at=both.index("الهبيط")) == date(2024, 5, 14)
    assert event_date_in(both, PUBLISHED, at=both.index("عابدين")) == date(2024, 5, 15)
    carried = "قصفت المدفعية صباح أمس بلدة الهبيط، كما استهدفت قرية عابدين"
    assert event_date_in(carried, PUBLISHED, at=carried.index("عابدين")) == date(2024, 5, 14)
    later = "قصفت المدفعية بلدة الهبيط، كما قتل شاب أمس في قرية عابدين"
    assert event_date_in(later, PUBLISHED, at=later.index("الهبيط")) is None
    assert event_date_in(later, PUBLISHED, at=later.index("عابدين")) == date(2024, 5, 14)


@pytest.mark.parametrize(("sentence", "day"), [
    # the main act is the opening clause's; "بعد ... أمس" recalls an earlier one
    ("قتل شاب صباح اليوم في درعا، بعد مقتل آخر أمس في طفس", date(2024, 5, 15)),
    ("سيطرت الفصائل اليوم على التلة، بعد معارك بدأت قبل ثلاثة أيام", date(2024, 5, 15)),
    ("قصفت المدفعية البلدة، وذلك بعد اشتباكات اندلعت فيها أمس", date(2024, 5, 14)),
    ("قتل شاب أمس برصاص قناص، فيما أصيب آخر صباح اليوم", date(2024, 5, 14)),
])
def test_the_opening_clause_dates_the_sentences_act(sentence: str, day: date) -> None:
    assert event_date_in(sentence, PUBLISHED) == day


@pytest.mark.parametrize(("sentence", "day"), [
    ("قتل شاب في 13 من الشهر الجاري برصاص مجهولين", date(2024, 5, 13)),
    ("اعتقلت دورية شابين يوم 13 الجاري", date(2024, 5, 13)),
    ("انفجرت عبوة في الثالث عشر من الشهر الحالي", date(2024, 5, 13)),
    ("اختطف مسلحون طبيباً في 28 من الشهر الماضي", date(2024, 4, 28)),
    ("داهمت القوات المنزل بتاريخ 13/5/2024", date(2024, 5, 13)),
    ("داهمت القوات المنزل بتاريخ 2024-05-13", date(2024, 5, 13)),
    # both figures could be the month: the reading nearer the page, not after it
    ("وقع الهجوم بتاريخ 4/5/2024", date(2024, 5, 4)),
    ("وقع الهجوم بتاريخ 5/4/2024", date(2024, 5, 4)),
    # a day of this month still to come dates nothing
    ("تنتهي المهلة في 20 من الشهر الجاري", date(2024, 5, 15)),
])
def test_days_of_this_month_and_dates_in_figures(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day
    assert event_date_in(sentence, PUBLISHED) == day


# Thursday 00:40 in Damascus: the writer's today was Wednesday.
_SMALL_HOURS = datetime(2024, 5, 16, 0, 40, tzinfo=SYRIA)


@pytest.mark.parametrize(("sentence", "published", "day"), [
    ("قتل شاب مساء اليوم برصاص مسلحين", _SMALL_HOURS, date(2024, 5, 15)),
    ("اندلعت اشتباكات الليلة في محيط البلدة", _SMALL_HOURS, date(2024, 5, 15)),
    ("داهمت دورية منزلاً صباح اليوم", _SMALL_HOURS, date(2024, 5, 15)),
    # the small hours themselves may be "فجر اليوم"
    ("قصفت الطائرات البلدة فجر اليوم", _SMALL_HOURS, date(2024, 5, 16)),
    # "بعد منتصف الليلة" is the midnight just passed: the page's own day
    ("قصفت الطائرات مواقع قرب المطار بعد منتصف الليلة", _SMALL_HOURS, date(2024, 5, 16)),
    ("دارت مواجهات الليلة الماضية في محيط البلدة", _SMALL_HOURS, date(2024, 5, 15)),
    # a page stamped with a day and no time says nothing of the small hours
    ("قتل شاب مساء اليوم برصاص مسلحين", datetime(2024, 5, 16, 0, 0, tzinfo=SYRIA),
     date(2024, 5, 16)),
    ("قتل شاب مساء اليوم برصاص مسلحين", datetime(2024, 5, 16, 14, 0, tzinfo=SYRIA),
     date(2024, 5, 16)),
    # "اليوم الخميس" on a page stamped Wednesday is no day a week back
    ("قتل شاب اليوم الخميس برصاص مسلحين", PUBLISHED, date(2024, 5, 15)),
])
def test_today_against_a_page_stamped_apart_from_the_writers_day(
        sentence: str, published: datetime, day: date) -> None:
    assert resolve_event_date(sentence, published) == day


def test_the_writers_day_named_in_the_lead_dates_the_whole_article() -> None:
    lead = ["اغتيال شاب في ريف درعا", "اغتال مسلحون، اليوم الأربعاء، شاباً في مدينة طفس"]
    shifted = writers_time(lead, _SMALL_HOURS)
    assert resolve_event_date("هاجم مسلحون صباح اليوم حاجزاً", shifted) == date(2024, 5, 15)
    assert resolve_event_date("قتل شاب أمس", shifted) == date(2024, 5, 14)
    assert writers_time(["قتل شاب اليوم الخميس"], _SMALL_HOURS) == _SMALL_HOURS
    assert writers_time(["بلا يوم مسمى"], _SMALL_HOURS) == _SMALL_HOURS
    # "أمس الاثنين" on a Wednesday page: the writer's today was Tuesday ...
    told = writers_time(["قتل شاب برصاص قناص أمس الاثنين"], PUBLISHED)
    assert resolve_event_date("اندلعت اشتباكات صباح اليوم", told) == date(2024, 5, 14)
    # ... but "أول أمس الاثنين" is Monday from Wednesday
    assert writers_time(["قتل شاب أول أمس الاثنين"], PUBLISHED) == PUBLISHED


@pytest.mark.parametrize(("sentence", "day"), [
    # the wounds' own day dates a death from them
    ("توفي صباح اليوم شاب متأثراً بجروح أصيب بها جراء انفجار لغم يوم 11 أيار الجاري",
     date(2024, 5, 11)),
    ("فارقت طفلة الحياة اليوم متأثرة بإصابة تعرضت لها بقصف مدفعي مساء الأحد",
     date(2024, 5, 12)),
    # the act told with its victim: "بإطلاق نار استهدفه ... مساء أمس"
    ("توفي الشاب فجر اليوم متأثراً بإصابته بإطلاق نار استهدفه مع شقيقه أمام منزلهما مساء "
     "أمس", date(2024, 5, 14)),
    # without a clause that says when the wounds came, the day is the death's
    ("توفي طفل صباح اليوم متأثراً بجراحه", date(2024, 5, 15)),
    ("ارتفعت حصيلة القصف أمس إلى سبعة، بعد وفاة جريحين متأثرين بإصاباتهم صباح اليوم",
     date(2024, 5, 14)),
])
def test_a_death_from_wounds_is_dated_by_the_wounds(sentence: str, day: date) -> None:
    assert event_date_in(sentence, PUBLISHED) == day


@pytest.mark.parametrize(("sentence", "day"), [
    # bodies recovered today of people who died on Sunday: the death's day
    ("انتشلت فرق الإنقاذ اليوم جثث ثلاثة رعاة قضوا بانفجار لغم قرب البلدة يوم الأحد",
     date(2024, 5, 12)),
    ("عثر الأهالي أمس على جثتي شابين قتلا برصاص مجهولين مساء الأحد", date(2024, 5, 12)),
    # no day of the death: the recovery's day stands
    ("عثر الأهالي أمس على جثتي شابين قتلا برصاص مجهولين", date(2024, 5, 14)),
])
def test_bodies_recovered_are_dated_by_the_death(sentence: str, day: date) -> None:
    assert event_date_in(sentence, PUBLISHED) == day


def test_the_day_a_truce_runs_since_dates_no_event() -> None:
    sentence = ("قتل مدنيان بقذائف على حي الحمدانية بعد ظهر اليوم، في خرق جديد لنظام وقف "
                "الأعمال القتالية الساري منذ مساء الاثنين")
    assert event_date_in(sentence, PUBLISHED) == date(2024, 5, 15)


def test_the_weekday_a_truce_took_effect_dates_no_event() -> None:
    sentence = ("قتل مدني صباح اليوم بقصف مدفعي على قرية فطيرة، في أول خرق منذ دخول اتفاق وقف "
                "إطلاق النار حيز التنفيذ منتصف ليل الأحد – الاثنين")
    assert event_date_in(sentence, PUBLISHED) == date(2024, 5, 15)


@pytest.mark.parametrize(("sentence", "day"), [
    # an opening that tells no act of its own is told by the act after "بعد أن"
    ("قالت اللجنة إن الفرقة الرابعة خرقت التهدئة، بعد أن استهدفت مساء أمس أحياء المدينة "
     "بقذائف الهاون", date(2024, 5, 14)),
    # ... but a recalled act after "بعد" leaves the opening's act undated by it
    ("دخلت القوات البلدة دون مواجهات، بعد انسحاب المسلحين منها مساء أمس", date(2024, 5, 15)),
])
def test_the_act_after_that_dates_an_opening_of_none(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day


def test_a_night_another_sentence_puts_past_midnight_is_the_day_after() -> None:
    saturday = datetime(2024, 5, 18, 10, 0, tzinfo=SYRIA)
    night = "قصفت الطائرات الحربية ليلة الجمعة سوقاً شعبياً في المدينة"
    clear = "وقال ناشطون إن الغارات وقعت بعد منتصف الليل، في الساعات الأولى من يوم الجمعة"
    assert event_date_in(night, saturday) == date(2024, 5, 16)
    assert after_midnight(night, [night, clear], saturday) == date(2024, 5, 17)
    assert after_midnight(night, [night, "وأصيب عشرة مدنيين بجروح"], saturday) is None
    assert after_midnight("قصفت الطائرات السوق أمس", [clear], saturday) is None


@pytest.mark.parametrize("sentence", [
    "كما شنت الطائرات في اليوم ذاته غارات على قرى متفرقة",
    "وفي وقت لاحق من اليوم نفسه، قتل خمسة مدنيين",
    "وعثر الأهالي على جثته في اليوم التالي",
    "قتل 12 مدنياً في اليوم الثالث من الحملة",
])
def test_a_day_named_after_another_is_not_today(sentence: str) -> None:
    """"اليوم ذاته"، "اليوم التالي"، "اليوم الثالث من الحملة" date nothing to the page's day."""
    assert event_date_in(sentence, PUBLISHED) is None


def test_a_cause_or_an_earlier_arrest_told_after_the_act_keeps_their_own_day() -> None:
    """"على خلفية" and a relative clause ("الذي اعتقلته ... أمس") tell an earlier act: the
    sentence's act keeps the day its own clause names."""
    cause = "تظاهر المئات اليوم الأربعاء في المدينة على خلفية اعتداء وقع مساء أمس"
    assert event_date_in(cause, PUBLISHED) == date(2024, 5, 15)
    held = "اعتصم الأهالي اليوم، للمطالبة بالإفراج عن شاب الذي اعتقلته الدورية أمس"
    assert event_date_in(held, PUBLISHED) == date(2024, 5, 15)


def test_a_word_that_begins_like_a_month_is_no_date() -> None:
    """"من أبناء" is not "من آب": a sentence with no date word has no date."""
    assert event_date_in("أعدم مسلحون راعياً من أبناء القرية", PUBLISHED) is None
    assert event_date_in("قتل مدني في الثالث من آب", PUBLISHED) == date(2023, 8, 3)


@pytest.mark.parametrize("sentence", ["وفي ذات اليوم، قتل شاب برصاص قناص",
                                      "وفي نفس اليوم قصفت المدفعية القرية"])
def test_the_same_day_said_before_its_noun_is_not_today(sentence: str) -> None:
    assert event_date_in(sentence, PUBLISHED) is None


def test_the_same_day_and_the_day_after_are_read_from_the_clause_before() -> None:
    same = "قصفت الطائرات أمس بلدة الهبيط، كما قصفت في اليوم ذاته قرية عابدين"
    assert event_date_in(same, PUBLISHED, at=same.index("عابدين")) == date(2024, 5, 14)
    after = "اختطف مسلحون شاباً من بلدة الهبيط مساء الأحد، قبل أن يعثر على جثته في قرية " \
        "عابدين صباح اليوم التالي"
    assert event_date_in(after, PUBLISHED) == date(2024, 5, 12)
    assert event_date_in(after, PUBLISHED, at=after.index("عابدين")) == date(2024, 5, 13)


@pytest.mark.parametrize(("sentence", "day"), [
    # a night that ran on until a time of today is dated today, where most of it fell
    ("دارت معارك منذ ليل الثلاثاء-الأربعاء في محيط القرية، واستمرت حتى عصر اليوم الأربعاء",
     date(2024, 5, 15)),
    ("تواصل القصف منذ ليلة الثلاثاء/الأربعاء على البلدة حتى صباح اليوم", date(2024, 5, 15)),
    # the night alone, or a renewed act today, keeps the night's first day
    ("دارت معارك ليل الثلاثاء-الأربعاء في محيط القرية", date(2024, 5, 14)),
    ("دارت معارك ليل الثلاثاء-الأربعاء في محيط القرية وتجددت صباح اليوم", date(2024, 5, 14)),
])
def test_a_night_that_ran_on_until_today(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day
    assert event_date_in(sentence, PUBLISHED) == day


@pytest.mark.parametrize(("sentence", "day"), [
    # "since Friday" is when a state or a tally began, not the day of an act
    ("A truce that has held in the town since Friday was still in place", None),
    ("Forty fighters have been killed since Sunday night, a spokesman said", None),
    ("The convoy left the town on Wednesday, a truce having held since Friday",
     date(2024, 5, 15)),
    ("Jets struck the village on Monday", date(2024, 5, 13)),
])
def test_since_a_weekday_in_english_copy_dates_no_act(sentence: str, day: date | None) -> None:
    assert event_date_in(sentence, PUBLISHED) == day


@pytest.mark.parametrize(("sentence", "day"), [
    # the day a source spoke dates the act only when nothing else does; "overnight" is the
    # night that ended that morning, coded on the day it began
    ("Militants took the village overnight after troops pulled out, residents said on "
     "Wednesday", date(2024, 5, 14)),
    ("Gunmen stormed a checkpoint overnight, a monitor said", date(2024, 5, 14)),
    ("Rebels shelled the town on Monday, activists said on Tuesday", date(2024, 5, 13)),
])
def test_statement_days_and_overnight_in_english_copy(sentence: str, day: date) -> None:
    assert event_date_in(sentence, PUBLISHED) == day


def test_english_statement_day_alone_is_the_statements() -> None:
    # as in Arabic copy, the act is left undated by the day of the saying, which
    # statement_date_in reads (the event's date when nothing else dates it)
    sentence = "Two men were shot dead, activists said on Tuesday"
    assert event_date_in(sentence, PUBLISHED) is None
    assert statement_date_in(sentence, PUBLISHED) == date(2024, 5, 14)


@pytest.mark.parametrize(("sentence", "day"), [
    # "اليوم الأربعاء" names the act's day; another weekday of the sentence dates background
    ("عاد النازحون الذين غادروا مساء الأحد الماضي إلى القرية، فيما شهدت اليوم الأربعاء "
     "قصفاً مدفعياً", date(2024, 5, 15)),
    ("لم يصمد الهدوء الذي ساد منذ صباح الاثنين، إذ تعرضت البلدة اليوم الأربعاء لغارات",
     date(2024, 5, 15)),
    ("قصفت الطائرات الحي اليوم الأربعاء", date(2024, 5, 15)),
])
def test_today_with_its_weekday_beats_a_background_weekday(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day


@pytest.mark.parametrize(("sentence", "day"), [
    # a span running "since" a day up to the time of writing dates when it began, not the
    # act the sentence tells at its end
    ("سيطر المقاتلون على البلدة بعد اشتباكات استمرت منذ مساء أمس", date(2024, 5, 15)),
    ("دخلت القوات المدينة إثر المعارك المتواصلة منذ يوم الاثنين", date(2024, 5, 15)),
    ("اندلعت اشتباكات منذ مساء أمس في محيط البلدة", date(2024, 5, 14)),
    ("قتل ثلاثة مدنيين مساء أمس في قصف على البلدة", date(2024, 5, 14)),
])
def test_a_span_since_a_day_does_not_date_the_act_ending_it(sentence: str, day: date) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == day
