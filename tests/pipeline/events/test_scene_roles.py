"""Places a sentence names in a role other than the scene of an act (what did not happen
there, the countryside that locates a village, a road's other end, an air base), and acts
read twice; on sentences written in the patterns of real reports."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2021-03-13T16:00:00+03:00"  # a Saturday


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_a_place_named_for_what_did_not_happen_is_no_scene() -> None:
    got = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام بالمدفعية أمس الجمعة أطراف مدينة كفرنبل جنوبي إدلب. "
        "وفي ريف إدلب الجنوبي، استهدفت طائرة مسيّرة دراجة نارية قرب قرية حزارين، ما أدى "
        "إلى مقتل رجل، في حين لم تسجل اشتباكات على محور قرية البارة طوال الليل.",
    )
    assert not any(place and "البارة" in place for _, place in got), got
    assert ("Armed clash" not in {kind for kind, _ in got}), got


def test_the_countryside_that_locates_a_village_is_no_scene_of_its_own() -> None:
    got = _events(
        "قصف على مدينة الباب",
        "قصفت قوات النظام بالمدفعية أمس الجمعة أحياء مدينة الباب شرقي حلب. "
        "وفي ريف منبج، استهدفت طائرة مسيّرة سيارة قرب قرية العريمة، ما أدى إلى مقتل "
        "شخصين.",
    )
    places = [place for _, place in got]
    assert any(p and "العريمة" in p for p in places), got
    assert not any(p and "منبج" in p for p in places), got


def test_bare_bombardment_beside_artillery_is_not_read_as_air_strikes() -> None:
    got = _events(
        "قصف مدفعي على مدينة الباب",
        "واصلت قوات النظام أمس الجمعة قصف مدينة الباب شرقي حلب، بحسب ناشطين. "
        "وقالت المصادر إن القصف المدفعي طال السوق الشعبي، ما أدى إلى مقتل ثلاثة مدنيين. "
        "وفي ريف منبج، استهدفت طائرة مسيّرة سيارة قرب قرية العريمة، ما أدى إلى مقتل "
        "شخصين.",
    )
    at_al_bab = [kind for kind, place in got if place and "الباب" in place]
    assert at_al_bab == ["Shelling/artillery/missile attack"], got


def test_an_act_is_coded_once_at_its_town() -> None:
    got = _events(
        "قصف على مدينة الباب",
        "قصفت قوات النظام بالمدفعية أمس الجمعة أحياء مدينة الباب شرقي حلب. "
        "وفي ريف منبج، استهدفت طائرة مسيّرة سيارة قرب قرية العريمة، ما أدى إلى مقتل "
        "شخصين، دون تسجيل اشتباكات خلال الساعات الماضية.",
    )
    assert sum(1 for _, place in got if place and "العريمة" in place) == 1, got


def test_the_other_end_of_a_road_and_the_air_base_are_no_scenes() -> None:
    got = _events(
        "غارات روسية على كنصفرة في جبل الزاوية",
        "شنت طائرات حربية روسية، صباح اليوم السبت، ثلاث غارات على أطراف بلدة كنصفرة في "
        "جبل الزاوية بريف إدلب الجنوبي. وقال مرصد محلي إن الطائرات أقلعت من قاعدة حميميم، "
        "وضربت أرضاً زراعية على الطريق الواصل بين كنصفرة والبارة، ما أدى إلى إصابة مدنيين "
        "اثنين بجروح، من دون تسجيل قتلى.",
    )
    assert [place for _, place in got] == ["كنصفرة"], got


def test_a_clause_about_other_unnamed_towns_takes_no_named_town() -> None:
    got = _events(
        "مظاهرات في ريف درعا",
        "خرجت اليوم السبت مظاهرات في عدة بلدات بريف درعا. وفي بلدة الحراك بريف درعا "
        "الشرقي، خرجت مظاهرة حاشدة بعد صلاة الظهر، في حين شهدت قرى أخرى في المنطقة "
        "اشتباكات متقطعة لم تعرف حصيلتها.",
    )
    assert "Armed clash" not in {kind for kind, _ in got}, got


def test_patrols_are_not_a_recurring_state() -> None:
    got = _events(
        "مظاهرات في ريف حماة",
        "خرجت اليوم السبت مظاهرات في عدة مدن بريف حماة. وفي مدينة كفرزيتا، خرجت مظاهرة "
        "بعد صلاة الظهر. أما في مدينة السلمية، فقد نظم ناشطون وقفة صامتة انفضت قبل وصول "
        "دوريات الأمن.",
    )
    assert any(place and "السلمية" in place for _, place in got), got


def test_a_quarter_the_gazetteer_lacks_is_its_citys_not_a_namesake_village() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قذائف على أحياء حلب الغربية",
        "قتل خمسة مدنيين اليوم السبت جراء قذائف صاروخية أطلقتها فصائل المعارضة على حي "
        "الميدان في الشطر الغربي من المدينة، بحسب وسائل إعلام رسمية.",
        PUBLISHED,
    )
    assert events and events[0].place_pcode == "C1007", events


def test_a_protest_round_up_puts_the_crowd_shot_at_where_its_headline_says() -> None:
    got = _events(
        "مظاهرات في مدن عدة ومقتل متظاهر في مدينة حماة",
        "خرجت اليوم السبت مظاهرات في عشرات المدن والبلدات تحت شعار موحد، وفق ناشطين. "
        "ففي مدينة سراقب، رفع المحتجون لافتات ملونة وسارت المظاهرة في السوق الرئيسي دون أي "
        "حادث. "
        "وفي مدينة حماة، أطلقت قوات الأمن النار على مظاهرة خرجت بعد صلاة الظهر، ما أدى إلى "
        "مقتل شاب.",
    )
    assert got[0] == ("Excessive force against protesters", "مدينة حماة"), got
    assert ("Peaceful protest", "سراقب") in got, got

