"""Places a sentence names in a role other than the scene of an act (what did not happen
there, the countryside that locates a village, a road's other end, an air base, a quarter
the gazetteer lacks), and acts read twice; on sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.events.scenes import threatened_target
from pipeline.settings import PipelineSettings

PUBLISHED = "2021-03-13T16:00:00+03:00"  # a Saturday


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_a_place_named_for_what_did_not_happen_is_no_scene() -> None:
    got = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام بالمدفعية أمس الجمعة أطراف مدينة كفرنبل جنوبي إدلب. "
        "وفي ريف إدلب الجنوبي، ضربت مسيّرة دراجة نارية على مدخل قرية حزارين فقتلت راكبها، "
        "في حين لم تسجل اشتباكات على جبهة قرية البارة طوال الليل.",
    )
    assert not any(place and "البارة" in place for _, place in got), got
    assert "Armed clash" not in {kind for kind, _ in got}, got


def test_the_countryside_that_locates_a_village_is_no_scene_of_its_own() -> None:
    got = _events(
        "قصف على مدينة الباب",
        "قصفت قوات النظام بالمدفعية أمس الجمعة أحياء مدينة الباب شرقي حلب. "
        "وفي ريف منبج، قصفت طائرة مسيّرة شاحنة صغيرة قرب قرية العريمة، فقتلت رجلين.",
    )
    places = [place for _, place in got]
    assert any(p and "العريمة" in p for p in places), got
    assert not any(p and "منبج" in p for p in places), got


def test_bare_bombardment_beside_artillery_is_not_read_as_air_strikes() -> None:
    got = _events(
        "قصف مدفعي على مدينة الباب",
        "استمر أمس الجمعة قصف قوات النظام لمدينة الباب شرقي حلب، وفق ناشطين. "
        "وأوضح الناشطون أن القصف المدفعي أصاب سوق الخضار وقتل ثلاثة مدنيين. "
        "وفي ريف منبج، قصفت طائرة مسيّرة شاحنة صغيرة قرب قرية العريمة، فقتلت رجلين.",
    )
    at_al_bab = [kind for kind, place in got if place and "الباب" in place]
    assert at_al_bab == ["Shelling/artillery/missile attack"], got


def test_an_act_is_coded_once_at_its_town() -> None:
    got = _events(
        "قصف على مدينة الباب",
        "قصفت قوات النظام بالمدفعية أمس الجمعة أحياء مدينة الباب شرقي حلب. "
        "وفي ريف منبج، أغارت مسيّرة على شاحنة صغيرة عند قرية العريمة، وقتلت رجلين، من غير "
        "أن تحدث اشتباكات خلال الساعات الماضية.",
    )
    assert sum(1 for _, place in got if place and "العريمة" in place) == 1, got


def test_the_other_end_of_a_road_and_the_air_base_are_no_scenes() -> None:
    got = _events(
        "غارات روسية على كنصفرة في جبل الزاوية",
        "شنت طائرات حربية روسية، صباح اليوم السبت، ثلاث غارات على أطراف بلدة كنصفرة في جبل "
        "الزاوية بريف إدلب الجنوبي. وقال مرصد للطيران إن الطائرات أقلعت من قاعدة حميميم، "
        "وضربت بساتين على الطريق الواصل بين كنصفرة والبارة، ما أدى إلى إصابة مدنيين اثنين "
        "بجروح، من دون تسجيل قتلى.",
    )
    assert [place for _, place in got] == ["كنصفرة"], got


def test_a_clause_about_other_unnamed_towns_takes_no_named_town() -> None:
    got = _events(
        "مظاهرات في ريف درعا",
        "تظاهر اليوم السبت أهالي عدة بلدات بريف درعا. وفي بلدة الحراك بريف درعا الشرقي، "
        "سار المئات في مظاهرة بعد الظهر، في حين شهدت قرى أخرى من المنطقة اشتباكات لم "
        "يعرف عدد ضحاياها.",
    )
    assert "Armed clash" not in {kind for kind, _ in got}, got


def test_patrols_are_not_a_recurring_state() -> None:
    got = _events(
        "مظاهرات في ريف حماة",
        "خرجت اليوم السبت مظاهرات في عدة مدن بريف حماة. ففي مدينة كفرزيتا، خرجت مظاهرة بعد "
        "الظهر. أما في مدينة السلمية، فقد نظم ناشطون اعتصاماً صامتاً أنهوه حين اقتربت "
        "دوريات الأمن.",
    )
    assert any(place and "السلمية" in place for _, place in got), got


def test_a_quarter_the_gazetteer_lacks_is_its_citys_not_a_namesake_village() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قذائف على أحياء حلب الغربية",
        "قتل خمسة مدنيين اليوم السبت بقذائف هاون أطلقها مسلحون على حي الميدان في القسم "
        "الغربي من المدينة، بحسب التلفزيون الرسمي.",
        PUBLISHED,
    )
    assert events and events[0].place_pcode == "C1007", events


def test_a_protest_round_up_puts_the_crowd_shot_at_where_its_headline_says() -> None:
    got = _events(
        "احتجاجات في مدن كثيرة وقتيل برصاص الأمن في مدينة حماة",
        "عمّت الاحتجاجات اليوم السبت مدناً وبلدات كثيرة، وفق ناشطين. ففي مدينة سراقب، رفع "
        "المحتجون لافتات ملونة وسارت المظاهرة في السوق الرئيسي دون أي حادث. وفي مدينة حماة، "
        "فتحت قوات الأمن النار على المحتجين عند ساحة العاصي، فقتلت شاباً.",
    )
    assert got[0] == ("Excessive force against protesters", "مدينة حماة"), got
    assert ("Peaceful protest", "سراقب") in got, got


def test_towns_reinforcements_set_out_from_are_no_scenes() -> None:
    got = _events(
        "قتلى في اشتباكات بين فصيلين قرب معرشورين",
        "قتل تسعة مقاتلين فجر اليوم السبت في اشتباكات بين فصيلين مسلحين على أطراف بلدة "
        "معرشورين بريف إدلب الجنوبي.\n\n"
        "وقال ناشط محلي إن مقاتلي أحد الفصيلين هاجموا نقطة للآخر بعد منتصف الليل، قبل أن "
        "تصل تعزيزات من بلدتي سراقب وسرمين وتمتد الاشتباكات إلى الحقول المجاورة.",
    )
    places = [place for _, place in got]
    assert any(p and "معرشورين" in p for p in places), got
    assert not any(p and ("سراقب" in p or "سرمين" in p) for p in places), got


def test_the_hometowns_listed_after_the_victims_are_no_scenes() -> None:
    got = _events(
        "مقتل أربعة رعاة بانفجار لغم في بادية تدمر",
        "قتل أربعة رعاة مساء أمس الجمعة بانفجار لغم أرضي في البادية الواقعة جنوب مدينة "
        "تدمر بريف حمص الشرقي.\n\n"
        "وقالت مصادر محلية إن القتلى من أبناء مدينة تدمر وقرى ريف حماة الشرقي، وكانوا "
        "يرعون أغنامهم حين انفجر بهم اللغم.",
    )
    assert not any(place and "حماة" in place for _, place in got), got


def test_a_second_place_a_side_holds_out_in_is_no_scene() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "الفصائل تسيطر على بلدة مورك",
        "سيطرت فصائل المعارضة مساء اليوم السبت على بلدة مورك بريف حماة الشمالي بعد معارك مع "
        "قوات النظام.\n\n"
        "وقال ناشطون إن قوات النظام لا تزال تتحصن في حاجز المداجن جنوب البلدة وفي قرية معان، "
        "فيما قتل خلال معارك اليوم نحو خمسة عشر مقاتلاً من الطرفين.",
        PUBLISHED,
    )
    assert not any(e.place_name and "معان" in e.place_name for e in events), events
    assert events[0].fatalities == 15, events


def test_a_dateline_naming_the_country_is_where_the_report_was_filed() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "Roadside bomb kills two soldiers near Jarablus",
        "MANBIJ, Syria, March 12 - A roadside bomb killed two soldiers near the town of "
        "Jarablus on Tuesday, a monitor said.\n\nThe blast hit a patrol on the road south of "
        "the town.",
        PUBLISHED,
    )
    assert [(e.place_name, e.fatalities) for e in events] == [("Jarablus", 2)], events


def test_towns_an_offensive_is_only_threatened_against_are_no_scenes() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    arabic = extractor.extract(
        "مسيّرة تركية تقتل مقاتلين قرب جرابلس",
        "قتل مقاتلان اليوم السبت بغارة مسيّرة تركية استهدفت سيارتهما قرب مدينة جرابلس بريف "
        "حلب.\n\n"
        "وتكثفت غارات المسيّرات على المنطقة منذ أن هددت أنقرة بشن عملية برية على مدينتي "
        "منبج وتل رفعت.",
        PUBLISHED,
    )
    assert [e.place_name for e in arabic] == ["جرابلس"], arabic
    english = extractor.extract(
        "Drone strike kills two fighters near Jarablus",
        "A Turkish drone strike killed two fighters near the town of Jarablus on Saturday.\n\n"
        "Drone strikes on the region have grown since Ankara threatened to launch a ground "
        "offensive against towns, including Menagh and Manbij.",
        PUBLISHED,
    )
    assert [e.place_name for e in english] == ["Jarablus"], english
    # a clause that tells another act ends the threat's reach
    text = "هددت أنقرة بشن عملية، فيما قصفت مسيّرة سيارة في منبج"
    assert not threatened_target(text, text.index("منبج"))
    text = "Ankara threatened an offensive, while a drone hit a car in Manbij"
    assert not threatened_target(text, text.index("Manbij"))
    text = "Ankara threatened an offensive against towns, including Manbij"
    assert threatened_target(text, text.index("Manbij"))
