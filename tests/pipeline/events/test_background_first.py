"""Articles that open with their background and come to the news later, and sentences that
name no further scene of the incident: its acts pointed back to, towns spared, a bulletin
item's heading. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2020-02-13T21:00:00+02:00"  # a Thursday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _places(title: str, text: str) -> list[str | None]:
    return [e.place_name for e in _events(title, text)]


def test_a_lead_that_recalls_a_month_gone_by_gives_none_of_its_towns() -> None:
    text = ("تعيد مشاهد الإعدامات العلنية في ريف دير الزور الشرقي إلى الأذهان ما جرى في أيار "
            "الماضي، حين قتل التنظيم أكثر من ثلاثمئة من أبناء عشيرة واحدة في بلدات القورية "
            "والعشارة والطيانة، بعد انتفاضتهم عليه.\n\n"
            "ويوم الأربعاء، أقدم عناصر التنظيم على إعدام ثلاثة شبان رمياً بالرصاص في الساحة "
            "العامة بمدينة الميادين.\n\n"
            "وقال ناشطون إن الشبان اعتقلوا قبل أسبوعين عند حاجز للتنظيم.")
    events = _events("التنظيم يعدم ثلاثة شبان في ساحة عامة بالميادين", text)
    assert [(e.place_name, e.fatalities, e.date) for e in events] == [
        ("الميادين", 3, "2020-02-12")]


def test_a_lead_over_the_past_two_years_is_the_background_of_the_news_after_it() -> None:
    text = ("شهدت محافظة درعا خلال العامين الماضيين محطات دامية: ففي ربيع ألفين وثمانية عشر "
            "سيطرت قوات النظام على مدينة نوى بعد معارك قتل فيها العشرات، ثم قصفت المدفعية "
            "بلدة الشيخ مسكين مرات عدة.\n\n"
            "وفي أحدث التطورات، قتل رجل وأصيب ابنه مساء أمس الأربعاء جراء قذائف مدفعية "
            "أطلقتها قوات النظام على بلدة الحراك بريف درعا الشرقي، بحسب ما أفاد ناشطون.")
    events = _events("رغم التهدئة.. مقتل رجل بقصف مدفعي على الحراك في ريف درعا", text)
    assert [(e.sub_event_type, e.place_name, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "الحراك", 1)]


def test_a_lead_of_the_day_with_a_comparison_to_the_past_stays_the_news() -> None:
    # The control: the lead is dated by its weekday, and its month gone by dates the truce.
    text = ("دارت ليل الثلاثاء اشتباكات عنيفة في محيط بلدة الحراك بريف درعا، هي الأعنف منذ "
            "بدء الهدنة أواخر كانون الثاني الماضي.\n\n"
            "وقتل في الاشتباكات اثنان من عناصر الفصائل، بحسب ما أفاد ناشطون صباح اليوم.")
    assert _places("اشتباكات في محيط الحراك", text) == ["الحراك"]


def test_an_anniversary_headline_over_a_killing_of_the_day_is_news() -> None:
    text = ("قبل عام، في مثل هذه الأيام، سقطت عشرات القذائف على مدينة دوما وقتل فيها أكثر من "
            "مئة شخص.\n\n"
            "وكان الأهالي قد خططوا لإحياء الذكرى، غير أن القصف حال دون ذلك.\n\n"
            "فقد سقط صباح اليوم صاروخ على حي سكني في وسط دوما، ما أدى إلى مقتل طفلين "
            "وإصابة أربعة آخرين بجروح.")
    events = _events("في الذكرى الأولى لمجزرة دوما.. صاروخ يقتل طفلين", text)
    assert [(e.place_name, e.fatalities, e.date) for e in events] == [
        ("دوما", 2, "2020-02-13")]


def test_acts_named_by_a_demonstrative_give_no_further_towns() -> None:
    text = ("دارت فجر اليوم اشتباكات عنيفة بين قوات النظام والفصائل على أطراف بلدة كفرنبودة "
            "بريف حماة الشمالي، قتل خلالها أربعة عناصر.\n\n"
            "ويخشى الأهالي في اللطامنة وكفرزيتا أن تؤدي هذه المواجهات إلى موجة نزوح جديدة.")
    assert _places("اشتباكات على أطراف كفرنبودة", text) == ["كفرنبودة"]


def test_a_town_where_the_truce_holds_is_spared_whatever_it_heard() -> None:
    text = ("ألقت مروحيات النظام صباح اليوم برميلين متفجرين على مدينة داريا بريف دمشق، ما أدى "
            "إلى مقتل ثلاثة مدنيين.\n\n"
            "في المقابل، ما زالت الهدنة في مدينة معضمية الشام المجاورة صامدة، ولم تتعرض "
            "المدينة لأي قصف، رغم سماع دوي الانفجارات من داريا.")
    assert _places("براميل على داريا", text) == ["داريا"]


def test_a_bulletin_heading_is_no_scene_once_its_town_is_coded() -> None:
    text = ("وثق ناشطون مقتل عشرة أشخاص أمس الأربعاء في عدة محافظات، وفق التفاصيل الآتية:\n\n"
            "ريف دمشق: قتل ستة مدنيين بعدما ألقت المروحيات براميل متفجرة على بلدة "
            "المليحة.\n\n"
            "حماة: قتل ثلاثة مقاتلين خلال اشتباكات مع قوات النظام في محيط بلدة كفرزيتا.\n\n"
            "دير الزور: أعدم التنظيم رجلاً رمياً بالرصاص في ساحة بلدة الشحيل بريف دير الزور "
            "الشرقي.")
    places = _places("حصيلة الأربعاء", text)
    assert "الشحيل" in places
    assert "دير الزور" not in places


def test_a_year_written_in_words_dates_a_recalled_sentence() -> None:
    text = ("لم تعرف بلدة كفرنبل في ريف إدلب هدوءاً حقيقياً منذ سنوات. ففي آذار ألفين وثلاثة "
            "عشر حاصرتها قوات النظام لأسابيع وقصفتها بالمدفعية، وفي أيار من العام ذاته قتل "
            "عشرة أشخاص خلال محاولة اقتحامها، قبل أن تسيطر الفصائل على معسكر قريب منها.\n\n"
            "وفجر اليوم الخميس، ألقى الطيران المروحي برميلاً متفجراً على منزل في كفرنبل، ما "
            "أدى إلى مقتل امرأة وطفلها.")
    events = _events("كفرنبل: امرأة وطفلها ضحيتا برميل متفجر فجر اليوم", text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 2)]


def test_fire_on_a_funeral_procession_is_force_against_a_crowd() -> None:
    text = ("قتل شابان وأصيب العشرات أمس الأربعاء في بلدة نوى بريف درعا، بعدما أطلقت قوات "
            "الأمن الرصاص الحي على موكب تشييع أحد أبناء البلدة الذي قضى قبل يومين.")
    events = _events("نوى: قتيلان برصاص الأمن خلال تشييع", text)
    assert [(e.sub_event_type, e.fatalities, e.date) for e in events] == [
        ("Excessive force against protesters", 2, "2020-02-12")]
