"""Wordings around truces that made events of what was no act, or lost acts that were
told: a man's own settlement, an act counted in a series, a claim pointing back at an act
and dated by its truce, the axis an advance came by, a walkout "in protest", a round-up
item with a later clause of the past, deadly fire just before an agreement took effect,
shells launched from one place that fell on another, and the other side's account after a
headline framing a truce (sentences written for these tests, in the patterns of real
reports)."""

from __future__ import annotations

from pipeline.models import Event
from tests.pipeline.events.extraction import extractor


def _extract(title: str, text: str, published: str) -> list[Event]:
    return extractor().extract(title, text, published)


def test_a_mans_own_settlement_is_no_agreement() -> None:
    assert _extract(
        "عودة قيادي سابق إلى طفس",
        "عاد إلى مدينة طفس بريف درعا الغربي صباح اليوم قيادي سابق في فصائل المعارضة كان قد "
        "أجرى «تسوية» مع الحكومة.",
        "2020-05-12T21:00:00+03:00") == []


def test_an_act_counted_in_a_series_over_weeks_is_still_told() -> None:
    got = _extract(
        "تقرير يومي",
        "هدوء حذر في ريف حلب الشمالي.\n\nوفي ريف درعا، أطلق مسلحون مجهولون ظهر اليوم النار "
        "على مختار قرية، أمام منزله في مدينة نوى، ما أدى إلى مقتله، في حادثة هي الرابعة "
        "من نوعها في المدينة خلال شهر.",
        "2020-05-12T21:00:00+03:00")
    assert [(e.sub_event_type, e.place_name) for e in got] == [("Attack", "نوى")], got


def test_a_claim_pointing_back_and_dated_by_its_truce_is_no_second_act() -> None:
    got = _extract(
        "قصف على عين عيسى رغم الهدنة",
        "قتل مدنيان يوم أمس الجمعة جراء قصف مدفعي تركي على بلدة عين عيسى في ريف الرقة.\n\n"
        "وقالت الإدارة الذاتية إن أنقرة «لم تلتزم بالهدنة»، معتبرة القصف واستمرار الهجمات "
        "على البلدة «خرقاً فاضحاً» للاتفاق الذي أعلن مساء الخميس، والقاضي بانسحاب قسد من "
        "المنطقة الممتدة بين عين عيسى وتل أبيض.",
        "2020-11-21T18:00:00+03:00")
    assert [(e.sub_event_type, e.place_name, e.ceasefire_breach) for e in got] == [
        ("Shelling/artillery/missile attack", "عين عيسى", True)], got


def test_the_axis_an_advance_came_by_is_no_scene() -> None:
    got = _extract(
        "معارك في ريف حماة",
        "اندلعت منذ صباح اليوم معارك عنيفة في محيط بلدة اللطامنة، إذ حاولت قوات النظام "
        "التقدم من محور قرية معركبة، وقتل خلالها سبعة عناصر.",
        "2019-06-02T18:00:00+03:00")
    assert [(e.sub_event_type, e.place_name) for e in got] == [
        ("Armed clash", "اللطامنة")], got


def test_a_walkout_in_protest_is_neither_a_protest_nor_a_withdrawal() -> None:
    assert _extract(
        "انتهاء جولة جنيف بانسحاب وفد المعارضة احتجاجاً",
        "اختتمت في جنيف اليوم جولة جديدة من المحادثات، وانسحب أعضاء وفد المعارضة من الجلسة "
        "الختامية احتجاجاً على كلمة رئيس الوفد الحكومي.",
        "2017-12-14T18:00:00+03:00") == []


def test_a_protest_in_protest_and_a_withdrawal_stay_events() -> None:
    """Guard (passes on main too): the walkout rule reads only a walkout's own motive."""
    protest = _extract(
        "وقفة في السويداء",
        "نظم العشرات صباح اليوم وقفة في مدينة السويداء احتجاجاً على غلاء الأسعار.",
        "2023-08-20T18:00:00+03:00")
    assert [e.sub_event_type for e in protest] == ["Peaceful protest"], protest
    withdrawal = _extract(
        "انسحاب من تدمر",
        "انسحبت قوات الحكومة من مدينة تدمر صباح اليوم، وسيطر تنظيم الدولة على المدينة.",
        "2015-05-20T18:00:00+03:00")
    assert withdrawal, withdrawal


def test_an_item_with_a_later_clause_of_the_past_is_told() -> None:
    got = _extract(
        "مظاهرات في السويداء",
        "تجمع مئات المحتجين بعد ظهر اليوم في ساحة وسط مدينة السويداء مطالبين بالإفراج عن "
        "المعتقلين.\n\nوفي مدينة صلخد، نظم العشرات وقفة احتجاجية أمام مبنى البلدية، فيما "
        "أغلق محتجون مقار حزبية في عدة قرى خلال الأسبوع الماضي.",
        "2023-09-08T19:00:00+03:00")
    assert [(e.sub_event_type, e.place_name) for e in got][1:] == [
        ("Peaceful protest", "صلخد")], got


def test_deadly_fire_before_an_agreement_took_effect_is_an_act_of_its_own() -> None:
    got = _extract(
        "سريان اتفاق التهدئة في ريف حمص الشمالي ظهر اليوم",
        "دخل اتفاق التهدئة في ريف حمص الشمالي حيز التنفيذ ظهر اليوم، بعد مفاوضات جرت في "
        "مبنى البلدية في مدينة الرستن.\n\nوينص الاتفاق على وقف الأعمال القتالية في الرستن "
        "والقرى المحيطة بها وفتح معبر للمدنيين.\n\nوقبل ساعات من بدء السريان، تعرضت "
        "الأحياء الشرقية لبلدة الغنطو لقصف مدفعي من حواجز قوات النظام في قرية جبورين، ما "
        "أدى إلى مقتل طفل.",
        "2017-08-03T18:00:00+03:00")
    assert [(e.sub_event_type, e.place_name, e.ceasefire_breach) for e in got] == [
        ("Agreement", "الرستن", False),
        ("Shelling/artillery/missile attack", "الغنطو", False)], got


def test_shells_launched_from_one_place_that_fell_on_another_hit_it() -> None:
    got = _extract(
        "غارات على عربين",
        "قتل ثلاثة مدنيين اليوم في غارات جوية على مدينة عربين في الغوطة الشرقية.\n\n"
        "في المقابل، ذكرت وكالة سانا أن قذائف أطلقت من الغوطة سقطت مساء اليوم على حي "
        "القصاع في دمشق، من دون إصابات.",
        "2018-01-10T20:00:00+02:00")
    assert ("Shelling/artillery/missile attack", "C1001") in [
        (e.sub_event_type, e.place_pcode) for e in got], got


def test_the_other_sides_account_is_not_framed_by_the_headlines_truce() -> None:
    got = _extract(
        "غارات على عربين بعد ساعات من إعلان الهدنة",
        "قتل ثلاثة مدنيين اليوم في غارات جوية على مدينة عربين في الغوطة الشرقية.\n\n"
        "في المقابل، ذكرت وكالة سانا أن قذائف أطلقت من الغوطة سقطت مساء اليوم على حي "
        "القصاع في دمشق، من دون إصابات.",
        "2018-01-10T20:00:00+02:00")
    shelling = [e for e in got if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and not any(e.ceasefire_breach for e in shelling), got
