"""A chief town named as a city beside another town, an act told hours before an agreement,
two people detained with "أوقف", and the people of an abduction named again: in sentences
written for these tests (issue 12, dev41)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2019-03-15T21:00:00+02:00"  # a Friday


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode, e.date)
            for e in extractor.extract(title, text, PUBLISHED)]


def test_a_chief_town_named_as_a_city_is_a_scene_beside_another_town() -> None:
    # "وفي مدينة حماة،" is the city (C2987), as "مدينة السلمية" (C3244) is: not the
    # governorate heading the item of a round-up whose scene is the next town
    got = _events(
        "قتيل برصاص الأمن في محردة ومظاهرات في حماة",
        "قتل شاب برصاص عناصر الأمن خلال مظاهرة خرجت بعد صلاة الجمعة اليوم في مدينة محردة "
        "بريف حماة.\n\n"
        "وفي مدينة حماة، تجمع مئات المحتجين في ساحة العاصي ورددوا هتافات تطالب بالإفراج عن "
        "المعتقلين دون أن تسجل أي مواجهات، فيما شهدت مدينة السلمية مظاهرة ليلية شارك فيها "
        "العشرات.",
    )
    protests = {place for kind, place, _ in got if kind == "Peaceful protest"}
    assert protests == {"C2987", "C3244"}, got


def test_an_act_told_hours_before_an_agreement_is_an_event_at_its_place() -> None:
    got = _events(
        "اتفاق في بلدة تلبيسة يقضي بخروج المسلحين",
        "توصلت اللجان المحلية في ريف حمص الشمالي اليوم الجمعة، خلال اجتماع في بلدة تلبيسة "
        "مع ضباط روس، إلى اتفاق يقضي بتسليم السلاح وخروج الرافضين إلى الشمال.\n\n"
        "وجاء الاتفاق بعد ساعات من سيطرة قوات النظام على بلدة الغنطو المجاورة إثر معارك "
        "عنيفة مع مقاتلي المعارضة.",
    )
    assert ("Agreement", "C2882", "2019-03-15") in got, got
    assert any(place == "C2885" for kind, place, _ in got if kind != "Agreement"), got


def test_an_act_told_days_before_an_agreement_is_background() -> None:
    # (a guard: a week before is the agreement's past, no event of the day; passes on main)
    got = _events(
        "اتفاق في بلدة تلبيسة يقضي بخروج المسلحين",
        "توصلت اللجان المحلية في ريف حمص الشمالي اليوم الجمعة، خلال اجتماع في بلدة تلبيسة "
        "مع ضباط روس، إلى اتفاق يقضي بتسليم السلاح وخروج الرافضين إلى الشمال.\n\n"
        "وجاء الاتفاق بعد أسبوع من سيطرة قوات النظام على بلدة الغنطو المجاورة إثر معارك "
        "عنيفة مع مقاتلي المعارضة.",
    )
    assert not any(place == "C2885" for _, place, _ in got), got


def test_two_people_detained_with_a_verb_of_stopping_are_an_arrest() -> None:
    got = _events(
        "مقتل موظف بانفجار لغم في ريف القصير",
        "قتل موظف في البلدية، مساء أمس الخميس، بانفجار لغم أرضي على الطريق بين مدينة القصير "
        "وقرية ربلة جنوب حمص.\n\n"
        "وقال مصدر أمني إن دورية للشرطة أوقفت في الليلة ذاتها شابين يشتبه بزرعهما اللغم، "
        "خلال مداهمة في إحدى قرى ريف القصير.",
    )
    assert "Arrests" in [kind for kind, _, _ in got], got


def test_towns_of_those_who_ask_after_the_abducted_are_no_scenes() -> None:
    got = _events(
        "خطف طبيبين في بلدة الكسوة بريف دمشق",
        "أقدم مسلحون مجهولون مساء أمس الخميس على خطف طبيبين من أمام عيادتهما في بلدة "
        "الكسوة بريف دمشق، واقتادوهما إلى جهة مجهولة.\n\n"
        "وطالبت هيئات أهلية في الكسوة والمقيلبية ودير خبية المجموعات المسلحة في المنطقة "
        "بالكشف عن مصير المخطوفين، "
        "محذرة من تكرار مثل هذه الحوادث.",
    )
    assert [kind for kind, _, _ in got] == ["Abduction/forced disappearance"], got
