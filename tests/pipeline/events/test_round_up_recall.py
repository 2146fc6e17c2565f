"""Round-ups of several incidents in several places: each item is found and placed where it
happened (written in the patterns of real round-ups, with other towns and numbers)."""

from __future__ import annotations

from pipeline.events.background import is_background
from pipeline.events.extract import EventExtractor
from pipeline.gazetteer import Gazetteer
from pipeline.settings import PipelineSettings


def _events(title: str, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    """(sub-event type, place as the gazetteer names it, date) of each event."""
    extractor = EventExtractor.from_settings(PipelineSettings())
    gazetteer = Gazetteer.default()
    return [(e.sub_event_type, (p.name_ar if e.place_pcode and (p := gazetteer.get(e.place_pcode))
                                else e.place_name), e.date)
            for e in extractor.extract(title, text, published)]


def test_what_chants_and_banners_demand_is_the_protest_itself() -> None:
    got = _events(
        "رصاص الأمن يقتل متظاهرين في حرستا.. ومظاهرات في سراقب وعامودا",
        "خرجت مظاهرات في عدد من المدن السورية اليوم الجمعة. ففي مدينة حرستا، أطلقت قوات "
        "الأمن النار على المتظاهرين عند خروجهم من المسجد، ما أدى إلى سقوط ثلاثة شهداء. "
        "وفي سراقب بريف إدلب، رفع المتظاهرون لافتات تنتقد صمت المجتمع الدولي، فيما خرج "
        "المئات في مدينة عامودا مرددين هتافات تطالب بالحرية وتحيي المدن المحاصرة.",
        "2012-02-03T20:00:00+02:00",
    )
    protests = {place for kind, place, _ in got if kind == "Peaceful protest"}
    assert {"سراقب", "عامودا"} <= protests, got


def test_any_after_a_negation_is_no_hypothesis() -> None:
    got = _events(
        "حصاد يوم في درعا: قتيل في نوى وعبوة تقتل ثلاثة عسكريين قرب الشيخ مسكين",
        "شهدت محافظة درعا اليوم الأربعاء عدة حوادث أمنية متفرقة. ففي مدينة نوى، قتل رجل في "
        "الأربعين من عمره برصاص مجهولين كانوا يستقلون دراجة نارية، ولم يعرف انتماؤه لأي "
        "جهة. وعلى الطريق بين بلدتي الشيخ مسكين وإبطع، انفجرت عبوة ناسفة بسيارة عسكرية، "
        "ما أدى إلى مقتل ثلاثة عناصر كانوا بداخلها.",
        "2023-11-08T20:00:00+03:00",
    )
    assert ("Attack", "نوى", "2023-11-08") in got, got


def test_shells_from_one_town_that_fell_on_another_hit_the_other() -> None:
    got = _events(
        "قصف على ريف إدلب الجنوبي",
        "قصفت قوات النظام مساء اليوم بلدة البارة بالقذائف الصاروخية. وسجل ناشطون بعد "
        "منتصف الليل سقوط قذائف مدفعية مصدرها مواقع قوات النظام في مدينة خان شيخون على "
        "أطراف بلدة التمانعة، دون وقوع إصابات.",
        "2020-03-04T22:00:00+02:00",
    )
    places = {place for _, place, _ in got}
    assert "التمانعة" in places, got
    assert "خان شيخون" not in places, got


def test_an_outlet_named_after_a_town_is_no_scene() -> None:
    got = _events(
        "داعش يختطف سائقين على طريق منبج",
        "اختطف عناصر من تنظيم داعش أمس الثلاثاء خمسة سائقين عند حاجز للتنظيم على مدخل "
        "مدينة منبج. وقال أحد أقارب المختطفين لـ«جرابلس برس» إن التنظيم اقتادهم إلى جهة "
        "مجهولة.",
        "2014-06-11T12:00:00+03:00",
    )
    assert len(got) == 1, got  # at Manbij; nothing at Jarabulus


def test_a_mine_left_by_the_battles_is_no_battle() -> None:
    got = _events(
        "مقتل راع بانفجار لغم في ريف حماة",
        "قتل راعي أغنام بعد ظهر اليوم بعدما داس على لغم تركته المعارك في الأراضي الزراعية "
        "المحيطة ببلدة مورك شمالي حماة.",
        "2025-04-02T18:00:00+03:00",
    )
    assert [kind for kind, _, _ in got] == ["Remote explosive/landmine/IED"], got


def test_a_time_put_first_opens_another_incident() -> None:
    got = _events(
        "فصائل المعارضة تسيطر على مدينة مورك",
        "سيطرت فصائل المعارضة ليل الاثنين على كامل مدينة مورك في ريف حماة الشمالي، بعد "
        "معارك عنيفة مع قوات النظام. وصباح اليوم الثلاثاء، شن الطيران الحربي عدة غارات على "
        "الأحياء الشرقية من المدينة، ولم ترد أنباء عن إصابات.",
        "2016-08-30T12:00:00+03:00",
    )
    assert ("Air/drone strike", "مورك", "2016-08-30") in got, got



def test_an_agreement_signed_before_its_object_is_placed_where_it_was_signed() -> None:
    got = _events(
        "فصائل القنيطرة توقع اتفاقاً مع الجانب الروسي في خان أرنبة.. والجيش يدخل جباتا الخشب",
        "وقّعت فصائل المعارضة في ريف القنيطرة، مساء اليوم الخميس، اتفاقاً مع ضباط روس في "
        "مدينة خان أرنبة، يقضي بتسليم السلاح الثقيل. وبحسب بنود الاتفاق، يحق لمن يرفض "
        "التسوية الخروج إلى الشمال. وبالتزامن، دخلت قوات النظام بلدة جباتا الخشب بعد ظهر "
        "اليوم، عقب انسحاب مقاتلي الفصائل منها دون قتال.",
        "2018-07-19T22:00:00+03:00",
    )
    assert ("Agreement", "خان أرنبة", "2018-07-19") in got, got


def test_an_entry_after_the_other_sides_unopposed_withdrawal_is_a_transfer() -> None:
    got = _events(
        "اتفاق في ريف القنيطرة الشمالي",
        "توصلت فصائل المعارضة في ريف القنيطرة، مساء اليوم الخميس، إلى اتفاق مع ضباط روس "
        "في مدينة خان أرنبة. وبالتزامن، دخلت قوات النظام معبر القنيطرة الحدودي مع الجولان "
        "بعد ظهر اليوم، عقب انسحاب مقاتلي الفصائل منه دون قتال، ورفعت العلم فوق مبانيه.",
        "2018-07-19T22:00:00+03:00",
    )
    kinds = {kind for kind, _, _ in got}
    assert "Non-violent transfer of territory" in kinds, got


def test_protests_marred_by_violence_are_a_riot_and_their_exchange_of_fire_too() -> None:
    got = _events(
        "قتيلان في الباب واقتحام معبر الراعي.. غضب في ريف حلب",
        "شهدت مدن ريف حلب الشمالي، مساء اليوم الثلاثاء، احتجاجات غاضبة تخللتها أعمال عنف، "
        "رداً على اعتداءات تعرض لها لاجئون سوريون في تركيا. وفي مدينة مارع، هاجم محتجون "
        "سيارات تركية وأحرقوا إحداها، قبل أن يتطور الأمر إلى إطلاق نار متبادل مع عناصر "
        "حراسة أحد المقرات، ما أسفر عن مقتل شخصين.",
        "2024-07-02T23:00:00+03:00",
    )
    kinds = [kind for kind, _, _ in got]
    assert "Attack" not in kinds and "Armed clash" not in kinds, got
    assert ("Violent demonstration", "مارع", "2024-07-02") in got, got


def test_mortars_that_fell_on_a_town_from_positions_elsewhere_hit_the_town() -> None:
    got = _events(
        "ثلاثة قتلى بقصف على حرستا بعد انتهاء الهدنة اليومية",
        "قتل ثلاثة مدنيين عصر اليوم الأحد في قصف مدفعي لقوات النظام على مدينة حرستا في "
        "الغوطة الشرقية. ولم تسلم ساعات التهدئة نفسها من القصف، إذ سقطت قذائف هاون مصدرها "
        "مواقع قوات النظام قرابة العاشرة صباحاً على بلدة مسرابا، ما أدى إلى إصابة طفل.",
        "2018-03-04T20:00:00+02:00",
    )
    assert ("Shelling/artillery/missile attack", "مسرابا", "2018-03-04") in got, got



def _second_scene(weapon: str, tail: str) -> list[tuple[str, str | None, str | None]]:
    return _events(
        "حصاد اليوم: قتيل بقصف على بليون واستهداف سيارة قرب احسم",
        "قتل مدني بعد ظهر اليوم الأربعاء بقصف مدفعي لقوات النظام استهدف قرية بليون في "
        f"جبل الزاوية. كما استهدفت قوات النظام {weapon} سيارة عسكرية للفصائل على أطراف "
        f"بلدة احسم، ما أدى إلى مقتل عنصرين كانا على متنها{tail}.",
        "2020-06-10T21:00:00+03:00",
    )


def test_the_worst_escalation_in_weeks_is_todays_news() -> None:
    got = _second_scene("بقذائف المدفعية", "، في تصعيد هو الأعنف على هذا المحور منذ أسابيع")
    assert ("Shelling/artillery/missile attack", "احسم", "2020-06-10") in got, got


def test_a_comparison_with_the_past_recalls_nothing_but_a_past_date_does() -> None:
    compared = "رفعت القوات العلم فوق مبنى البلدية اليوم للمرة الأولى منذ عام 2013"
    worst = "قتل عنصران بقذيفة في تصعيد هو الأعنف على هذا المحور منذ أسابيع"
    dated = "قتل عنصران بقذيفة على أطراف البلدة في الأول من الشهر الماضي"
    assert not is_background(compared)
    assert not is_background(worst)
    assert is_background(dated)


def test_an_act_placed_only_at_the_governorate_does_not_cover_a_towns_killing() -> None:
    got = _events(
        "حصيلة يوم في درعا: اغتيال في الصنمين وعبوة قرب اليادودة",
        "شهدت محافظة درعا يوم أمس الأحد سلسلة من الحوادث الأمنية. ففي مدينة الصنمين، قتل "
        "شاب برصاص مسلحين مجهولين قرب منزله. وفي ريف درعا الغربي، انفجرت عبوة ناسفة بسيارة "
        "عسكرية قرب بلدة اليادودة، ما أدى إلى مقتل عنصرين. وفي ريف درعا الشرقي، اختطف "
        "مسلحون مجهولون شاباً أثناء عودته من عمله. كما قتل رجل جراء إطلاق نار عليه من قبل "
        "مجهولين قرب مبنى البلدية في مدينة إنخل.",
        "2024-06-10T10:00:00+03:00",
    )
    assert ("Attack", "أنخل", "2024-06-09") in got, got  # (the gazetteer's spelling)


def test_an_agreement_reached_is_placed_where_it_was_reached_not_where_fighters_go() -> None:
    got = _events(
        "اتفاق برعاية روسية يقضي بخروج مقاتلي المعارضة من حي القابون",
        "توصلت لجنة التفاوض عن حي القابون في مدينة دمشق، اليوم الأحد، إلى اتفاق مع ممثلين "
        "عن النظام، يقضي بخروج مقاتلي الفصائل من الحي. وأفاد عضو في اللجنة بأن الاتفاق ينص "
        "على أن تتوجه الدفعات الخارجة إلى مدينة جرابلس في ريف حلب الشمالي. كما يتضمن "
        "الاتفاق تسوية أوضاع الراغبين في البقاء.",
        "2017-05-14T20:00:00+03:00",
    )
    assert [(kind, date) for kind, _, date in got] == [("Agreement", "2017-05-14")], got
    assert got[0][1] != "جرابلس", got
