"""Patterns of local reports (sentences written for these tests): a road named by its two
ends, the second after "وبين" ("الطريق الواصل بينها وبين بلدة Y"), is no scene at that end;
a few days' toll in the headline that the body breaks down day by day is one incident a day,
each with its own day's dead."""

from __future__ import annotations

from extraction import extractor as _extractor

PUBLISHED = "2019-05-14T18:00:00+03:00"


def _places(title: str, text: str) -> list[str | None]:
    return [e.place_name for e in _extractor().extract(title, text, PUBLISHED)]


def test_road_to_a_town_just_named_is_no_scene_there() -> None:
    text = ("جرح ثلاثة مدنيين مساء اليوم جراء غارات شنتها طائرات حربية على مدينة كفرنبل "
            "بريف إدلب الجنوبي.\n\nوقال ناشطون إن الطائرات استهدفت السوق وسط المدينة والطريق "
            "الواصل بينها وبين بلدة حاس بعدة صواريخ.")
    assert _places("", text) == ["كفرنبل"]


def test_second_end_after_wa_bayn_is_no_scene() -> None:
    text = ("قتل شاب مساء اليوم بانفجار لغم أرضي في بلدة كفرنبل بريف إدلب.\n\nوانفجر لغم آخر "
            "على الطريق الواصل بين مدينة معرة النعمان وبين بلدة حاس دون إصابات.")
    assert "حاس" not in _places("", text)


DAYS_TITLE = "47 قتيلاً في سقبا خلال ثلاثة أيام من القصف الجوي رغم اتفاق خفض التصعيد"
DAYS_TEXT = (
    "سقبا – مراسل الشبكة\n\n"
    "وثقت الشبكة مقتل 47 مدنياً في بلدة سقبا خلال الأيام الثلاثة الماضية، جراء غارات "
    "الطيران الحربي على البلدة، في خرق واضح لاتفاق خفض التصعيد.\n\n"
    "وبحسب الشبكة، قتل يوم الأحد 20 مدنياً، بينهم خمسة أطفال، في غارات استهدفت السوق "
    "الشعبي، فيما قتل يوم الاثنين 12 مدنياً في غارات على الملاجئ.\n\n"
    "أما اليوم الثلاثاء فقد قتل 15 مدنياً في أكثر من 30 غارة على الأحياء السكنية.")


def test_a_few_days_toll_told_day_by_day_is_an_event_a_day() -> None:
    events = _extractor().extract(DAYS_TITLE, DAYS_TEXT, "2018-03-06T19:00:00+02:00")
    got = sorted((e.date, e.fatalities, e.sub_event_type, e.ceasefire_breach) for e in events)
    assert got == [("2018-03-04", 20, "Air/drone strike", True),
                   ("2018-03-05", 12, "Air/drone strike", True),
                   ("2018-03-06", 15, "Air/drone strike", True)], got


def test_a_months_tally_stays_no_event() -> None:
    # Guard (passes on main too): a month's tally is no incident, whatever day it names.
    title = "مقتل 310 مدنيين في سوريا خلال شهر آذار"
    text = ("وثقت الشبكة في تقريرها الشهري مقتل 310 مدنيين في سوريا خلال شهر آذار.\n\n"
            "وقتل يوم الأحد 20 مدنياً في غارات على بلدة سقبا.")
    assert _extractor().extract(title, text, "2018-04-02T19:00:00+03:00") == []


def test_a_years_tally_by_its_number_is_no_event() -> None:
    # A year named by its number alone ("خلال 2021") and a yearly report are a tally.
    title = "المرصد: 940 قتيلاً مدنياً في دير الزور خلال 2021 بينهم 150 طفلاً"
    text = ("وثق المرصد في تقريره السنوي الصادر اليوم الجمعة مقتل 940 مدنياً في محافظة دير "
            "الزور خلال 2021، جراء القصف الجوي والاشتباكات والعبوات الناسفة.\n\n"
            "ودعا المرصد إلى محاسبة المسؤولين عن الانتهاكات.")
    assert _extractor().extract(title, text, "2021-12-31T12:00:00+03:00") == []


def test_town_a_victim_was_coming_back_from_is_no_scene() -> None:
    # "عائداً من اجتماع في بلدة X": where the victim was coming from, not a second scene.
    text = ("قتل عنصر في فصيل محلي مساء اليوم بانفجار عبوة ناسفة قرب بلدة الحراك في ريف "
            "درعا الشرقي.\n\nوقال مصدر محلي إن العبوة انفجرت لحظة مرور دراجته النارية عائداً "
            "من زيارة أقارب له في بلدة المليحة الشرقية.")
    assert _places("", text) == ["الحراك"]


def test_a_toll_raised_by_a_later_count_is_the_toll() -> None:
    # "ما يرفع حصيلة القتلى إلى خمسة": a verb of raising with the toll after it is a rise.
    text = ("قتل ثلاثة مدنيين صباح اليوم بقصف مدفعي على بلدة الحراك في ريف درعا.\n\n"
            "وأعلن الدفاع المدني بعد الظهر انتشال جثتين من تحت أنقاض منزل مدمر، ما يرفع حصيلة "
            "القتلى إلى خمسة.")
    events = _extractor().extract("", text, PUBLISHED)
    assert [e.fatalities for e in events] == [5]


def test_raising_words_without_a_toll_are_no_rise() -> None:
    # Guard: "رفع" without a toll after it raises flags, not the dead.
    from pipeline.events.numbers import toll_rises
    assert toll_rises("ما يرفع عدد القتلى إلى ستة")
    assert not toll_rises("ورفع المتظاهرون الأعلام ولافتات تطالب بالإفراج عن 20 معتقلاً")


def test_the_enemys_dead_by_its_name_are_the_enemys() -> None:
    # State media counts the enemy as "إرهابيين": a count of the enemy, beside which the
    # side's own martyrs add up (the rule _deaths reads through _neutralises).
    from pipeline.events.extract import _neutralises
    assert _neutralises("فتصدت لهم حامية النقطة، ما أدى إلى مقتل 12 إرهابياً وتدمير آليتين.")
    assert _neutralises("وأسفر الاشتباك عن مقتل تسعة من الإرهابيين.")
    assert not _neutralises("وقتل 12 مدنياً بقصف إرهابي على الأحياء السكنية.")


def test_a_range_from_to_before_the_dead_is_its_lower_bound() -> None:
    # "من 4 إلى 7 قتلى": the lower bound; a toll that rose "من 4 إلى 7" is the new count.
    from pipeline.events.numbers import fatalities
    assert fatalities("من 4 إلى 7 قتلى في قصف على بلدة الحراك") == 4
    assert fatalities("ارتفع عدد القتلى من 4 إلى 7 قتلى") == 7
