"""Events the extractor made that the text does not report: words of an incident used for
something else (a fire put out, a detention centre, a market's lull), truces proposed or
recalled, tallies by kind, and second scenes that are where people came from, what a crowd
protested, where fighters were based or what the arrested were accused of (sentences
written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2024-03-05T18:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def _kinds(title: str, text: str) -> list[str]:
    return [kind for kind, _ in _events(title, text)]


def test_control_of_a_fire_or_a_vehicle_takes_no_ground() -> None:
    assert _events(
        "", "تمكنت فرق الإطفاء في مدينة إدلب، اليوم الثلاثاء، من السيطرة على حريق اندلع "
            "في سوق الخضار دون وقوع إصابات.") == []
    assert "Non-state actor overtakes territory" not in _kinds(
        "وفاة شاب بحادث سير قرب السلمية",
        "توفي شاب وأصيبت امرأة، اليوم، بعد أن فقد السائق السيطرة على سيارته على طريق "
        "حماة – السلمية، وانقلبت السيارة في أرض زراعية.")
    # ground stays ground
    assert _kinds("", "سيطرت فصائل المعارضة اليوم على قرية كفرنبودة بريف حماة بعد "
                      "اشتباكات مع قوات النظام.")[:1] == ["Non-state actor overtakes territory"]


def test_a_detention_centre_is_no_arrest() -> None:
    assert _events(
        "حكم في باريس على مسؤول أمني سابق",
        "أصدرت محكمة فرنسية اليوم حكماً بالسجن على مسؤول أمني سوري سابق. واعتمد القضاة على "
        "مئات الصور لمعتقلين ماتوا في مراكز الاحتجاز بحلب، وعلى إفادات عشرات الشهود.") == []


def test_the_time_since_a_ceasefire_was_declared_is_no_agreement() -> None:
    assert _events(
        "", "عاد الهدوء إلى مدينة طفس منذ إعلان وقف إطلاق النار في الخامس من الشهر "
            "الجاري، بحسب ناشطين.") == []
    assert _kinds("", "أعلنت الفصائل والقوات الحكومية اليوم وقف إطلاق النار في مدينة طفس "
                      "بريف درعا.") == ["Agreement"]


def test_a_truce_proposed_is_no_agreement() -> None:
    assert _events(
        "", "اقترح وجهاء مدينة جاسم، اليوم الاثنين، هدنة لمدة عشرة أيام مع قوات النظام من "
            "دون أن يتلقوا رداً.") == []
    assert _kinds("", "وافق الطرفان اليوم على مقترح هدنة لمدة عشرة أيام في مدينة "
                      "جاسم.") == ["Agreement"]


def test_a_tally_of_violations_by_kind_is_no_incident() -> None:
    assert _events(
        "تقرير: 900 انتهاك للهدنة في ريف حلب خلال أربعة أشهر",
        "قالت منظمة حقوقية محلية إنها سجلت أكثر من 900 انتهاك للهدنة في ريف حلب الغربي منذ "
        "سريانها مطلع تشرين الثاني، توزعت بين قصف صاروخي وغارات بطائرات مسيرة وعمليات "
        "قنص.") == []


def test_where_the_displaced_victims_came_from_is_no_scene() -> None:
    got = _events(
        "", "قُتل تسعة مدنيين على الأقل، اليوم الثلاثاء، جراء غارات جوية لطائرات التحالف على "
            "حي المشلب شرقي مدينة الرقة. وقالت شبكة محلية إن معظم القتلى من ثلاث عائلات "
            "نازحتين من ريف حلب الشرقي كانت تحتمي في قبو.")
    assert [kind for kind, _ in got] == ["Air/drone strike"], got


def test_the_town_a_crowd_protests_for_is_not_where_it_rioted() -> None:
    got = _events(
        "اشتباكات في جديدة عرطوز",
        "قتل أربعة أشخاص في اشتباكات اندلعت اليوم في بلدة جديدة عرطوز بريف دمشق بين "
        "مسلحين محليين وقوات الأمن. وفي مدينة قطنا، أحرق شبان غاضبون إطارات وقطعوا الطريق "
        "العام احتجاجاً على ما قالوا إنه اقتحام جديدة عرطوز.")
    assert sorted(kind for kind, _ in got) == ["Armed clash", "Violent demonstration"], got


def test_the_countryside_a_town_belongs_to_is_no_second_arrest() -> None:
    got = _events(
        "قتل مسلحون مجهولون رجلاً في بلدة الحراك أمس",
        "وفي سياق منفصل، اعتقلت دورية للأمن العسكري، صباح اليوم، شابين ينحدران من المزيريب، "
        "ثاني مدن الريف الغربي لدرعا، على حاجز عند مدخلها.")
    assert [kind for kind, _ in got] == ["Attack", "Arrests"], got


def test_where_the_attackers_were_based_is_no_scene() -> None:
    got = _events(
        "", "تعرضت مدينة محردة، ظهر اليوم، لقصف بالقذائف الصاروخية أسفر عن إصابة ثلاثة "
            "مدنيين. وقال مراسل محلي إن المسلحين المنتشرين في محيط بلدتي اللطامنة وكفرزيتا "
            "أطلقوا أربع قذائف سقطت قرب الكنيسة.")
    assert [place for _, place in got] == ["محردة"], got


def test_the_place_of_the_deed_the_arrested_are_accused_of_is_not_the_arrest() -> None:
    got = _events(
        "", "ألقت قيادة الأمن الداخلي في منطقة القصير بريف حمص، أمس الاثنين، القبض على شخصين "
            "يشتبه بانتمائهما إلى خلية، متهمة بزرع عبوة ناسفة استهدفت حافلة قرب بلدة ربلة "
            "الشهر الماضي. وأوضحت الوزارة أن دورية داهمت منزلاً في مدينة القصير واعتقلت "
            "الشخصين.")
    assert got == [("Arrests", "القصير")], got


def test_fire_on_the_capital_is_not_on_the_town_bombed_before() -> None:
    got = _events(
        "", "قتل ثلاثة مدنيين، اليوم، جراء غارات جوية على مدينة دوما في الغوطة الشرقية بريف "
            "دمشق، فيما سقطت قذائف أطلقتها الفصائل على أحياء في العاصمة.")
    assert got == [("Air/drone strike", "دوما")], got


def test_bombers_among_a_battles_dead_are_no_suicide_bombing() -> None:
    kinds = _kinds(
        "", "أعلنت قوات سوريا الديمقراطية مساء اليوم سيطرتها على قرية الباغوز بريف دير الزور، "
            "بعد اشتباكات أسفرت عن مقتل 9 عناصر من التنظيم، بينهم انتحاريان فجرا نفسيهما.")
    assert kinds == ["Non-state actor overtakes territory"], kinds
    # a bomber who struck is a bombing
    assert "Suicide bomb" in _kinds(
        "", "فجر انتحاري نفسه اليوم عند حاجز في مدينة جبلة، ما أسفر عن مقتل 7 أشخاص.")


def test_a_lull_in_the_currency_market_is_no_truce() -> None:
    assert _events(
        "«هدنة» في أسواق الصرف بحلب.. والليرة تستقر عند 14 ألفاً للدولار",
        "استقر سعر صرف الليرة السورية اليوم الأحد في أسواق حلب عند 14 ألف ليرة للدولار "
        "الواحد بعد أسبوع من التقلبات.") == []
