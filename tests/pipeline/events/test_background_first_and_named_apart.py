"""Events an article reports in wordings that were missed or miscounted: a report that opens
with its background and tells the incident later; a ground confrontation, an understanding
reached, a siege broken; a protest against "repeated" attacks (a grievance, no recall); a
period the sentence before named ("خلال تلك الفترة"), which recalls; two towns named by one
place word ("بلدتي A وB"), however close; fire landing on a quarter after its source is
named; a further town's dead in a clause of their own ("، وقضى رجل ..."); dead added after
"إضافة إلى" with the number after its noun. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2020-03-24T12:30:00+02:00"  # a Tuesday


def _events(title: str, text: str, published: str = PUBLISHED) -> list[Event]:
    return _extractor().extract(title, text, published)


def test_an_incident_told_after_a_background_opening_is_reported() -> None:
    events = _events(
        "أول مواجهة برية منذ الهدنة في ريف حماة",
        "جاءت الهدنة بعد أشهر من حملة عسكرية واسعة، تخللتها معارك كر وفر على مدينة "
        "كفرنبودة التي تبادلت الأطراف السيطرة عليها مرات عدة، قبل أن يعلن وقف القتال.\n\n"
        "وبعد أسابيع من الهدوء، اندلعت مساء أمس الاثنين أول مواجهة برية منذ سريان الهدنة، "
        "إذ حاولت مجموعة من قوات النظام التسلل نحو مواقع الفصائل قرب قرية الحويز.\n\n"
        "وقال متحدث باسم الفصائل إن مقاتليه اشتبكوا مع المجموعة، ما أدى إلى مقتل ثلاثة من "
        "عناصرها.")
    assert events and events[0].sub_event_type == "Armed clash", events
    assert events[0].date == "2020-03-23", events


def test_an_understanding_reached_is_an_agreement() -> None:
    events = _events(
        "تفاهم في مدينة طفس",
        "توصلت فصائل المعارضة والجانب الروسي، مساء اليوم الثلاثاء، إلى تفاهم يقضي بوقف "
        "القتال في مدينة طفس بريف درعا الغربي، بعد جولة مفاوضات.")
    assert [e.sub_event_type for e in events] == ["Agreement"], events


def test_a_siege_broken_by_the_army_is_ground_regained() -> None:
    events = _events(
        "وحدات الجيش تكسر الحصار عن مطار كويرس",
        "على مدى ثلاث سنوات، صمدت حامية المطار في وجه حصار فرضه التنظيم منذ عام 2013.\n\n"
        "واليوم، وصلت وحدات الجيش المتقدمة إلى مطار كويرس في ريف حلب الشرقي، والتقت "
        "بالقوات المرابطة فيه، لتكسر بذلك الحصار المفروض عليه.")
    assert events and events[0].sub_event_type == "Government regains territory", events


def test_a_protest_against_repeated_attacks_is_news() -> None:
    events = _events(
        "قصف تركي على ريف عين عيسى.. ووقفة في الرقة",
        "قصفت المدفعية التركية اليوم الثلاثاء قرية صيدا في ريف عين عيسى، ما أدى إلى أضرار "
        "في منازل المدنيين.\n\n"
        "وفي مدينة الرقة، شارك العشرات في وقفة أمام مبنى المجلس المدني، تنديداً بالهجمات "
        "التركية المتكررة على المنطقة.")
    assert "Peaceful protest" in [e.sub_event_type for e in events], events


def test_what_happened_in_that_period_is_recalled() -> None:
    events = _events(
        "قذائف على مدينة محردة",
        "منذ مطلع الشهر الماضي، يعيش ريف حماة الشمالي على وقع معارك متواصلة بين قوات النظام "
        "والفصائل. وخلال تلك الفترة، سقطت عشرات القذائف على مدينة السقيلبية.\n\n"
        "واليوم الثلاثاء، سقطت قذيفتان صاروخيتان على حي سكني في مدينة محردة، ما أدى إلى "
        "إصابة أربعة مدنيين.")
    assert [e.place_name for e in events if "السقيلبية" in (e.place_name or "")] == [], events


def test_two_towns_of_one_place_word_are_two_scenes_however_close() -> None:
    events = _events(
        "قصف على جبل الزاوية",
        "قصفت قوات النظام اليوم الثلاثاء بعشرات القذائف المدفعية بلدتي كفر عويد وسفوهن في "
        "جبل الزاوية جنوبي إدلب، ما أدى إلى دمار في منازل المدنيين.")
    assert {e.place_pcode for e in events} == {"C4062", "C4054"}, events


def test_fire_landing_on_a_quarter_after_its_source_is_named() -> None:
    events = _events(
        "قصف على دوما وقذائف على دمشق",
        "قتل مدنيان أمس بقصف مدفعي لقوات النظام على مدينة دوما، فيما سقطت ثلاث قذائف هاون "
        "مصدرها الغوطة على حي القصاع في دمشق، ما أدى إلى إصابة شخصين.",
        "2017-12-27T09:30:00+02:00")
    assert "C1001" in {e.place_pcode for e in events}, events


def test_a_further_towns_dead_in_a_clause_of_their_own() -> None:
    events = _events(
        "غارات على ريف إدلب",
        "قتل ثلاثة مدنيين أمس جراء غارات جوية على مدينة كفرنبل، وقضى رجل بغارة مماثلة "
        "استهدفت بلدة حاس.",
        "2017-12-27T09:30:00+02:00")
    assert {e.place_name: e.fatalities for e in events} == {"كفرنبل": 3, "حاس": 1}, events


def test_dead_added_with_the_number_after_their_noun() -> None:
    events = _events(
        "معارك في ريف حلب الغربي",
        "اندلعت اليوم الثلاثاء اشتباكات عنيفة بين فصيلين في بلدة الأتارب بريف حلب الغربي، "
        "أسفرت عن مقتل تسعة مقاتلين من الطرفين، إضافة إلى مدنيين ثلاثة سقطوا جراء قذائف "
        "عشوائية.")
    assert events and events[0].fatalities == 12, events


def test_the_city_of_an_unlisted_quarter_is_a_scene() -> None:
    events = _events(
        "قصف على حرستا وقذائف على دمشق",
        "قتل مدني أمس بقصف مدفعي على مدينة حرستا، فيما سقطت قذيفتا هاون على حي الدويلعة في "
        "دمشق، ما أدى إلى إصابة ثلاثة أشخاص.",
        "2017-12-27T09:30:00+02:00")
    assert "C1001" in {e.place_pcode for e in events}, events
