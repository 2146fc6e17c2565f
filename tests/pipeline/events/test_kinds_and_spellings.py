"""Sub-types told by words that come together (a suicide bombing is a blast; a withdrawal
after fighting is the other side's takeover; repelling an attack is a clash), a Kurdish
spelling of a town, and a town named for an earlier defeat; sentences written for these
tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2019-04-16T18:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode, e.place_name)
            for e in extractor.extract(title, text, PUBLISHED)]


def test_suicide_blasts_in_a_second_town_are_suicide_bombings() -> None:
    got = _events(
        "تفجيرات انتحارية في حمص وطرطوس",
        "قتل عشرون شخصاً صباح اليوم الثلاثاء في تفجيرات انتحارية ضربت مدينتي حمص وطرطوس. "
        "وفجّر انتحاري نفسه عند مدخل سوق في مدينة حمص، ما أدى إلى مقتل اثني عشر شخصاً. "
        "وفي مدينة طرطوس، ضربت تفجيرات انتحارية موقفاً للحافلات، وأسفرت عن مقتل ثمانية.",
    )
    assert {kind for kind, _, _ in got} == {"Suicide bomb"}, got


def test_a_takeover_after_the_other_sides_withdrawal_and_fighting() -> None:
    got = _events(
        "الفصائل تدخل مدينة السخنة بعد انسحاب قوات النظام",
        "بسطت فصائل المعارضة مساء اليوم الثلاثاء سيطرتها على مدينة السخنة، عقب انسحاب الجيش "
        "منها إثر معارك دامت يومين على مداخلها.",
    )
    assert got[0][0] == "Non-state actor overtakes territory", got


def test_a_withdrawal_with_no_takeover_is_no_takeover() -> None:
    got = _events(
        "انسحاب قوات النظام من مدينة السخنة",
        "انسحبت قوات النظام اليوم الثلاثاء من مدينة السخنة وسلّمت مواقعها لقوات رديفة، "
        "من دون أي اشتباك.",
    )
    assert got and got[0][0] == "Non-violent transfer of territory", got


def test_repelling_an_attack_is_a_clash() -> None:
    got = _events(
        "قوات الأسايش تصد هجوماً على حي النشوة في الحسكة",
        "صدّت قوات الأسايش منذ ساعات الصباح اليوم الثلاثاء هجوماً على حي النشوة جنوبي "
        "مدينة الحسكة، ودارت اشتباكات حتى الظهر. وكان المهاجمون قد فجروا دراجة مفخخة قرب "
        "مدرسة الحي من غير أن يصاب أحد، مستغلين انسحاب عناصر حاجز قريب.",
    )
    assert got[0][0] == "Armed clash", got


def test_a_kurdish_spelling_of_jindires() -> None:
    got = _events(
        "غارة على جندريسه",
        "استهدفت طائرة حربية صباح اليوم الثلاثاء حياً سكنياً في مركز ناحية جندريسه، ما أدى "
        "إلى مقتل ثلاثة مدنيين.",
    )
    assert got[0][1] == "C1426", got


def test_the_town_of_an_earlier_defeat_is_no_scene() -> None:
    got = _events(
        "الأسايش تصد هجوماً على حي النشوة في الحسكة",
        "صدت قوات الأسايش اليوم الثلاثاء هجوماً لمسلحين على حي النشوة جنوبي مدينة الحسكة، "
        "ودارت اشتباكات عنيفة حتى المساء. وقال قيادي إن «الهجوم جاء بعد خسارتهم في تل "
        "أبيض، لكن مقاتلينا ردّوه».",
    )
    assert [pcode for _, pcode, _ in got] == ["C4360"], got


def test_killing_families_in_two_villages_before_a_clash_is_an_attack_on_civilians() -> None:
    got = _events(
        "هجمات للتنظيم على مدينة السويداء وريفها",
        "قتل عشرات الأشخاص فجر اليوم الثلاثاء في هجمات للتنظيم على محافظة السويداء. وافتتح "
        "التنظيم هجماته بتفجير انتحاريين حزاميهما الناسفين في سوق مدينة السويداء، ما أدى إلى "
        "مقتل عشرين شخصاً. وبالتزامن، قتل المهاجمون مزارعين داخل بيوتهم في قريتي الشبكي "
        "ورامي، ثم اشتبكوا مع شبان من أهل المنطقة.",
    )
    at_villages = {kind for kind, pcode, _ in got if pcode in ("C6181", "C6173")}
    assert "Attack" in at_villages, got


def test_an_attack_whose_dead_are_guards_and_attackers_was_fought() -> None:
    got = _events(
        "قتلى في هجوم على سجن في القامشلي",
        "قُتل عشرة من حراس سجن في مدينة القامشلي و15 من المهاجمين، حين هاجم مسلحون السجن "
        "مساء أمس الاثنين، بحسب بيان صدر اليوم.",
    )
    assert got and got[0][0] == "Armed clash", got


def test_the_verbal_noun_of_abduction_after_its_doers_verb() -> None:
    got = _events(
        "حصيلة اليوم في سوريا",
        "قتل خمسة عناصر من قوات النظام اليوم الثلاثاء في اشتباكات مع فصائل المعارضة قرب بلدة "
        "حندرات في ريف حلب. وفي محافظة دير الزور، قام مسلحو التنظيم باختطاف أربعة رجال في "
        "بلدة موحسن أثناء عملهم في الحقول.",
    )
    assert "Abduction/forced disappearance" in {kind for kind, _, _ in got}, got


def test_drones_downed_by_air_defences_are_a_disrupted_attack() -> None:
    got = _events(
        "المضادات الأرضية تتصدى لطائرات مسيرة فوق محردة",
        "اعترضت المضادات الأرضية فجر اليوم الثلاثاء سرباً من الطائرات المسيرة كان متجهاً نحو "
        "مدينة محردة، وأسقطتها قبل بلوغ أهدافها. وبيّن مصدر عسكري أن الدفاعات رصدت أربع "
        "طائرات مسيرة وأسقطتها جميعاً من دون خسائر.",
    )
    assert got and got[0][0] == "Disrupted weapons use", got


def test_a_drone_that_killed_is_a_strike_though_defences_fired() -> None:
    got = _events(
        "مقتل مدنيين بغارة طائرة مسيرة على ريف إدلب",
        "قتل ثلاثة مدنيين صباح اليوم الثلاثاء بغارة نفذتها طائرة مسيرة على سيارة قرب بلدة "
        "سرمين، فيما تصدت المضادات الأرضية لطائرة مسيرة ثانية.",
    )
    assert got and got[0][0] == "Air/drone strike", got


def test_bodies_of_fighters_found_are_the_dead_of_a_fight() -> None:
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "ارتفاع حصيلة الهجوم على دورية قرب جبلة",
        "ارتفعت حصيلة الهجوم الذي نفذه مسلحون على دورية للأمن العام قرب قرية بيت عانا بريف "
        "جبلة، مساء أمس، إلى عشرة قتلى من عناصر الدورية، بعد العثور على جثث ثلاثة عناصر "
        "كانوا في عداد المفقودين.",
        "2025-03-07T10:00:00+03:00")
    assert [e.sub_event_type for e in events] == ["Armed clash"], events


def test_homes_looted_and_shops_burnt_are_looting() -> None:
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "عناصر ميليشيا يعفشون المنازل",
        "أظهرت مقاطع مصورة اليوم عناصر من الميليشيات وهم يسرقون أثاث المنازل في مدينة كفرنبل "
        "جنوبي إدلب ويحملونه على شاحنات.",
        "2020-02-27T17:00:00+02:00")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"], events


def test_a_man_beaten_to_death_by_an_angry_crowd_over_an_accusation_is_mob_violence() -> None:
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "حمص: غاضبون يقتلون رجلاً اتهموه بمحاولة خطف طفل",
        "قتل رجل مساء أمس بعد أن تعرض للضرب المبرح على يد عشرات من الأهالي الغاضبين في حي "
        "الخالدية بمدينة حمص، إثر اتهامه بمحاولة خطف طفل.",
        "2025-09-04T10:00:00+03:00")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 1)], events


def test_a_sit_in_told_in_the_present_tense_is_a_protest() -> None:
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "أهالي تل تمر يعتصمون أمام المقر الروسي",
        "اعتصم المئات من أهالي بلدة تل تمر عصر اليوم أمام مقر القوات الروسية في البلدة.\n\n"
        "ورفع المعتصمون صور الشهداء الذين سقطوا في قصف اليوم على قرية أم الكيف.",
        "2019-11-03T17:00:00+02:00")
    assert events and events[0].sub_event_type == "Peaceful protest", events
