"""One event per place and sub-event type (pipeline.events.scenes), on sentences written
in the patterns of real reports."""

from __future__ import annotations

from pipeline.events.classify import analyse
from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver
from pipeline.events.scenes import find_scenes
from pipeline.gazetteer import Gazetteer
from pipeline.settings import PipelineSettings

PUBLISHED = "2018-07-23T13:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_a_target_list_is_one_shelling_per_town() -> None:
    got = _events(
        "قصف مدفعي على ريف حماة الشمالي",
        "قصفت قوات النظام اليوم بالمدفعية الثقيلة الأحياء السكنية في مدينة كفرزيتا. "
        "واستهدفت قوات النظام بعشرات القذائف الصاروخية بلدتي اللطامنة والزكاة القريبتين.",
    )
    shelled = {place for kind, place in got if kind == "Shelling/artillery/missile attack"}
    assert len(shelled) == 3, got


def test_two_kinds_of_attack_in_one_town_are_two_events() -> None:
    got = _events(
        "براميل متفجرة على تلبيسة",
        "ألقى الطيران المروحي اليوم أربعة براميل متفجرة على الأحياء السكنية وسط مدينة "
        "تلبيسة، تلاها قصف بالمدفعية من قبل قوات النظام المتمركزة في قرية النجمة.",
    )
    kinds = {kind for kind, _ in got}
    assert {"Air/drone strike", "Shelling/artillery/missile attack"} <= kinds, got
    assert all(place != "النجمة" for _, place in got), "where fire came from is no scene"


def test_an_air_strikes_own_missiles_are_not_a_shelling() -> None:
    got = _events(
        "غارات على حي المزة",
        "شن الطيران الحربي غارات جوية برشقات من الصواريخ على مبنى سكني في حي المزة "
        "بدمشق اليوم.",
    )
    assert [kind for kind, _ in got] == ["Air/drone strike"], got


def test_the_hospital_a_wounded_was_taken_to_is_no_scene() -> None:
    got = _events(
        "مقتل طفلين بقذيفة في بلدة تل رفعت",
        "سقطت قذيفة اليوم قرب مدرسة في بلدة تل رفعت، ما أدى إلى مقتل طفلين، فيما نقلت "
        "امرأة مصابة إلى مشفى في مدينة اعزاز.",
    )
    assert len(got) == 1, got


def test_a_recalled_day_gives_no_scene() -> None:
    got = _events(
        "مقتل طفلة بقصف على كفرزيتا",
        "قتلت طفلة اليوم جراء قصف قوات النظام بالمدفعية على مدينة كفرزيتا. "
        "وكانت قوات النظام قد قصفت في العاشر من حزيران الماضي قرية لحايا.",
    )
    assert len(got) == 1, got


def test_a_reporters_town_and_an_institutions_town_are_no_scene() -> None:
    got = _events(
        "قذائف على بلدة كباني بريف اللاذقية",
        "سقطت قذائف صاروخية اليوم على بلدة كباني بريف اللاذقية الشمالي، ما أدى إلى مقتل طفل. "
        "وذكر مراسل الوكالة في جبلة أن القذائف سقطت قرب مدرسة البلدة. "
        "وقال مصدر في قيادة شرطة بانياس إن القذائف قتلت طفلا.",
    )
    assert got == [("Shelling/artillery/missile attack", "كباني")], got


def test_filter_evading_spelling_is_read_as_the_word() -> None:
    got = _events("قـ.ـصف مـ.ـدفعي على مدينة أريحا", "أفاد ناشطون اليوم بسقوط ضحايا في المدينة.")
    assert got == [("Shelling/artillery/missile attack", "أريحا")], got


def test_an_armed_attack_in_a_further_town_is_its_own_event() -> None:
    # Generic words ("هجوم مسلح"، "استهداف") say no weapon, but a named town makes a scene.
    got = _events(
        "قصف مدفعي على ريف إدلب",
        "قصفت قوات النظام اليوم بالمدفعية الثقيلة مدينة معرة النعمان. "
        "وفي ريف حلب، قتل عنصر من الفصائل جراء هجوم مسلح نفذه مجهولون على حاجز في "
        "مدينة الأتارب.",
    )
    assert {place for _, place in got} >= {"معرة النعمان", "الأتارب"}, got


def test_a_generic_retelling_in_the_same_town_is_no_further_event() -> None:
    got = _events(
        "غارات على مدينة أريحا",
        "شنت الطائرات الحربية اليوم غارات على مدينة أريحا في ريف إدلب. "
        "وقال ناشطون إن الهجوم على مدينة أريحا أدى إلى مقتل مدنيين.",
    )
    assert len(got) == 1, got


def test_takeovers_of_villages_in_two_places_are_two_events() -> None:
    got = _events(
        "الفصائل تسيطر على قرى جديدة",
        "سيطرت الفصائل اليوم على قرى جديدة في ريف حلب بعد معارك مع التنظيم. "
        "وأعلنت الفصائل سيطرتها على قرية الزيتونة في ناحية شران. "
        "كما سيطرت الفصائل على قرية مروانة الفوقاني في ناحية جنديرس.",
    )
    taken = [place for kind, place in got if kind == "Non-state actor overtakes territory"]
    assert len(taken) >= 2, got


def test_who_holds_a_town_is_no_takeover_there() -> None:
    got = _events(
        "مظاهرة في الأتارب",
        "خرج مئات الأهالي اليوم في مظاهرة بمدينة الأتارب رفضا لاتفاق قالوا إنه يكرس "
        "سيطرة النظام على المنطقة.",
    )
    assert [kind for kind, _ in got] == ["Peaceful protest"], got


def test_a_long_list_of_bare_names_is_a_list_of_towns() -> None:
    got = _events(
        "غارات على مدينة أريحا",
        "قتل خمسة مدنيين اليوم في غارات شنتها الطائرات الحربية على مدينة أريحا في ريف "
        "إدلب. وقال المرصد إن الفصائل استهدفت مواقع القوات الحكومية في جورين وكفرهود "
        "والشريعة شمال غرب حماة دون خسائر بشرية.",
    )
    assert len({place for _, place in got}) == 4, got


def test_a_sentence_gives_one_event_per_town() -> None:
    # The raids' further towns and that sentence's own shelling of them are one event each.
    got = _events(
        "غارات على ريف إدلب",
        "شنت الطائرات الحربية اليوم غارات على مدينة أريحا في ريف إدلب. "
        "وقال ناشطون إن قصفا استهدف بلدات جورين وكفرهود والشريعة شمال غرب حماة.",
    )
    places = [place for _, place in got]
    assert len(places) == len(set(places)), got


def test_where_the_dead_fell_places_the_attacks_told_before() -> None:
    # The act has no town; the next sentence only says where its dead fell.
    got = _events(
        "قناص يقتل شابا في الحسكة",
        "قتل شاب برصاص قناص في حي غويران بمدينة الحسكة. "
        "وأعلنت وزارة الدفاع مقتل تسعة جنود في هجمات شنتها مجموعات مسلحة على مواقع "
        "للجيش. وسقط القتلى في كلّ من اليعربية في ريف الحسكة، صرين شرقي حلب.",
    )
    assert {place for _, place in got} >= {"اليعربية", "صرين"}, got


def test_a_tally_by_governorate_places_no_attack() -> None:
    got = _events(
        "قتلى مدنيون في سوريا الشهر الماضي",
        "قالت الشبكة إن النظام قتل أكبر عدد من المدنيين الشهر الفائت. "
        "وبينت الشبكة أن عدد الضحايا الأكبر كان في دير الزور ثم دمشق وريفها ثم الرقة "
        "وإدلب وحلب.",
    )
    assert len(got) <= 1, got


def test_a_mine_left_over_from_the_war_blows_up_today() -> None:
    # "من مخلفات التنظيم" dates the mine, not the blast: the sentence reports a scene.
    sentences = analyse(
        "قتلى بانفجار ألغام في ريف الرقة",
        "قتل ثلاثة عناصر اليوم باشتباكات مع التنظيم في مدينة الطبقة. وقتل شخصان جراء "
        "انفجار لغم أرضي من مخلفات التنظيم في بلدة الكرامة شرق الرقة.",
        2018,
    )
    resolver = PlaceResolver.from_settings(PipelineSettings())
    found = find_scenes(sentences, resolver, Gazetteer.default(), [])
    assert ("Remote explosive/landmine/IED", "الكرامة") in {
        (s.sub_event_type, s.place.name) for s in found}, found


def test_a_kana_sentence_without_qad_tells_the_days_events() -> None:
    # "وكان استشهد ..." narrates the day in a round-up; "وكانت ... قد" recalls.
    text = (
        "قتل ستة مدنيين اليوم بغارات روسية على بلدة قبتان الجبل في ريف حلب. "
        "وكان استشهد مدنيان جراء غارات مماثلة على مدينة كفر حمرة، وطال القصف بلدات حيان "
        "وحريتان وعندان."
    )
    got = _events("غارات روسية على ريف حلب", text)
    assert len({place for _, place in got}) >= 4, got
    recalled = text.replace("وكان استشهد", "وكانت الطائرات قد قتلت")
    got = _events("غارات روسية على ريف حلب", recalled)
    assert len(got) == 1, got


def test_the_town_a_victim_comes_from_is_no_scene() -> None:
    got = _events(
        "قتلى بقصف على ريف إدلب",
        "قتل مدنيان اليوم بقصف مدفعي على مدينة معرة النعمان في ريف إدلب. "
        "وفي دير الزور، قتل مواطن من بلدة الصبحة برصاص حرس الحدود أثناء محاولته العبور.",
    )
    assert all(place != "الصبحة" for _, place in got), got
