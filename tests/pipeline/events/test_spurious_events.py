"""Sentences that give no event of their own, however near their words come to one: a
capital abroad and the unplaced acts of an article told abroad, an audience that "exploded"
with laughter, a likening ("بمثابة لغم"), an act dated to a month of a year gone by, the
Syriacs' quarter read as a truce in force, an act named again as "the latest" one, the base
aircraft took off from, and a bombardment that lasted days before a takeover (sentences
written for these tests, in the patterns of Arabic news reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2022-09-15T18:00:00+03:00"


def _events(title: str, text: str, published: str = PUBLISHED
            ) -> list[tuple[str, str | None, bool]]:
    return [(e.sub_event_type, e.place_name, e.ceasefire_breach)
            for e in extractor().extract(title, text, published)]


def test_an_attack_in_a_capital_named_turkish_is_no_event_of_syria() -> None:
    assert _events(
        "توتر في إسطنبول بعد شجار",
        "هاجم عشرات الشبان مساء الأربعاء محال يملكها لاجئون سوريون في أحد أحياء العاصمة "
        "التركية أنقرة، بعد شجار قتل فيه شاب.\n\n"
        "وقالت الشرطة إنها أوقفت عدداً من المشاركين.") == []


def test_the_unplaced_acts_of_an_article_told_abroad_are_that_incident() -> None:
    assert _events(
        "أعمال شغب ضد اللاجئين السوريين واعتقال العشرات",
        "شهدت مدينة غازي عنتاب جنوبي تركيا ليل الثلاثاء أعمال شغب استهدفت محال تجارية "
        "يملكها لاجئون سوريون.\n\n"
        "وأعلن والي المدينة صباح اليوم اعتقال 40 شخصاً شاركوا في الأعمال.") == []


def test_an_audience_that_exploded_with_laughter_is_no_blast() -> None:
    assert _events(
        "عرض مسرحي جديد في حمص",
        "قدمت فرقة من الشباب مساء أمس عرضها الأول على مسرح المدينة في حمص.\n\n"
        "وانفجر الجمهور بالضحك مرات عدة خلال العرض الذي امتد ساعتين.") == []


def test_a_likening_to_a_mine_is_no_mine() -> None:
    assert _events(
        "قرار رفع أسعار الخبز يثير الانتقادات",
        "انتقد تجار في حلب قرار رفع سعر ربطة الخبز الذي صدر اليوم.\n\n"
        "وقال أحدهم إن القرار بمثابة لغم تحت أقدام العائلات الفقيرة.") == []


def test_an_act_dated_to_a_month_of_a_year_gone_by_is_history() -> None:
    assert _events(
        "لجنة تحقيق دولية تصدر تقريرها الأول",
        "أعلنت لجنة تحقيق دولية اليوم الخميس أن طائرة حربية تابعة لسلاح الجو قصفت بصاروخين "
        "موجهين سوقاً شعبية مكتظة بالمتسوقين والباعة في وسط بلدة كفرنبل الواقعة في ريف "
        "إدلب الجنوبي في آذار 2019.\n\n"
        "وقالت اللجنة إنها جمعت شهادات عشرات الناجين.") == []


def test_a_day_before_the_act_dates_it_against_a_year_gone_by() -> None:
    events = _events(
        "إضراب في السويداء",
        "أضرب تجار مدينة السويداء اليوم الخميس احتجاجاً على اعتقال شبان من أبناء المدينة "
        "اعتقلوا على الحواجز في تشرين الأول 2021.")
    assert events and events[0][0] == "Peaceful protest"


def test_the_syriacs_quarter_frames_no_truce_in_force() -> None:
    events = _events(
        "قتلى بقذائف على حلب",
        "قتل ثلاثة مدنيين اليوم الخميس بسقوط قذائف على حي السريان في مدينة حلب.\n\n"
        "وكانت الحصيلة الأولى قد اقتصرت على قتيلين قبل أن تعلن مديرية الصحة وفاة ثالث "
        "في حي السريان.")
    assert events and not any(breach for _, _, breach in events)


def test_the_latest_bombardment_named_again_is_no_bombardment_at_further_towns() -> None:
    events = _events(
        "طائرات حربية تقصف بلدة إحسم",
        "قصفت طائرات حربية صباح اليوم الخميس منازل في بلدة إحسم بجبل الزاوية في ريف إدلب، "
        "وقتل في الغارات رجل وطفلته.\n\n"
        "ويتخوف الأهالي من أن يكون القصف الأخير تمهيداً لعملية برية، مع وصول تعزيزات إلى "
        "محاور سرجة وكنصفرة.")
    assert [place for _, place, _ in events] == ["إحسم"]


def test_the_base_the_aircraft_took_off_from_is_no_scene() -> None:
    events = _events(
        "قتلى بغارات على سراقب",
        "قتل أربعة مدنيين ظهر اليوم الخميس بغارات جوية استهدفت سوق مدينة سراقب بريف إدلب.\n\n"
        "واتهم ناشطون الطيران الروسي بتنفيذ الغارات، بعد أن رصدت المراصد إقلاع الطائرات من "
        "قاعدة حميميم.")
    assert [place for _, place, _ in events] == ["سراقب"]


def test_a_bombardment_that_lasted_days_before_a_takeover_is_no_event_of_the_day() -> None:
    events = _events(
        "سيطرة على بلدة كفرزيتا",
        "سيطرت قوات النظام اليوم الخميس على بلدة كفرزيتا شمال حماة بعد انسحاب الفصائل منها "
        "عقب قصف مدفعي عنيف استمر أياماً.")
    assert len(events) == 1 and events[0][0] != "Shelling/artillery/missile attack"


def test_battles_that_lasted_days_still_win_the_ground() -> None:
    events = _events(
        "الفصائل تسيطر على مورك",
        "أعلنت فصائل المعارضة مساء اليوم الخميس سيطرتها الكاملة على مدينة مورك بريف حماة "
        "الشمالي، بعد معارك استمرت أياماً مع قوات النظام على أطرافها.")
    assert [kind for kind, _, _ in events] == ["Non-state actor overtakes territory"]
