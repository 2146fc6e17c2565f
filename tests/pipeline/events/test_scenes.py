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
        "ألقى الطيران المروحي اليوم ثلاثة براميل متفجرة على منازل المدنيين في مدينة "
        "تلبيسة، وتبعها قصف مدفعي من قبل قوات النظام المتمركزة في قرية النجمة.",
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
        "إدلب. وذكر ناشطون أن الفصائل قصفت نقاطاً للقوات الحكومية في جورين وكفرهود "
        "والشريعة شمال غرب حماة من غير أن يسقط ضحايا.",
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
        "للجيش. وسقط القتلى في كلّ من اليعربية بريف الحسكة، صرين شرقي حلب.",
    )
    assert {place for _, place in got} >= {"اليعربية", "صرين"}, got


def test_a_tally_by_governorate_places_no_attack() -> None:
    got = _events(
        "قتلى مدنيون في سوريا الشهر الماضي",
        "أفاد تقرير حقوقي بأن النظام تصدر قائمة قتلة المدنيين خلال الشهر المنصرم. "
        "وأضاف التقرير أن أعلى الحصائل سجلت في دير الزور تلتها دمشق وريفها ثم الرقة "
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


def test_a_further_village_is_the_one_of_the_articles_governorate() -> None:
    # عقربا is a village of Dar'a and of Rural Damascus: the article is about Dar'a
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قصف مدفعي على ريف درعا",
        "قتل مدنيان اليوم بقصف مدفعي على مدينة الحارة في ريف درعا الشمالي الغربي. "
        "وقالت مصادر محلية إن طفلاً قتل نتيجة قصف مماثل على بلدة عقربا.",
        PUBLISHED,
    )
    assert {e.admin1_pcode for e in events} == {"SY12"}, events


def test_the_bombing_of_an_air_raid_told_again_is_no_shelling() -> None:
    got = _events(
        "غارات روسية على ريف إدلب الجنوبي",
        "شنت طائرات حربية روسية اليوم غارات جوية على مدينة كفرنبل في ريف إدلب الجنوبي. "
        "وطال القصف أيضاً بلدة حاس وقرية كفرسجنة، ما أدى إلى دمار في المنازل.",
    )
    assert got and all(kind == "Air/drone strike" for kind, _ in got), got


def test_the_blast_of_a_drone_strike_told_again_is_no_bombing() -> None:
    got = _events(
        "مسيرة تستهدف سيارة في مدينة منبج",
        "استهدفت طائرة مسيرة اليوم سيارة عسكرية على الطريق العام في مدينة منبج بريف حلب.\n\n"
        "وأكدت مصادر محلية وقوع انفجار عنيف في سيارة بالقرب من دوار السبع في مدينة منبج، "
        "دون معرفة حجم الخسائر.",
    )
    assert [kind for kind, _ in got] == ["Air/drone strike"], got


def test_a_tv_channel_named_after_a_town_is_no_scene() -> None:
    got = _events(
        "تفجير انتحاري في مدينة القامشلي",
        "فجر انتحاري نفسه اليوم بسيارة مفخخة أمام مقر أمني في مدينة القامشلي.\n\n"
        "وذكرت قناة الميادين أن عدد ضحايا التفجير ارتفع إلى 20 قتيلاً.",
    )
    assert [place for _, place in got] == ["القامشلي"], got


def test_a_gate_is_not_the_town_of_al_bab() -> None:
    got = _events(
        "تفجير سيارة مفخخة في مدينة حمص",
        "قتل خمسة مدنيين اليوم بانفجار سيارة مفخخة في حي الزهراء بمدينة حمص.\n\n"
        "وذكرت مصادر أن عبوة ناسفة انفجرت عند باب المستشفى، فيما انفجرت السيارة في الشارع.",
    )
    assert all(place != "باب" for _, place in got), got



def test_villages_shelled_after_fighting_are_shellings_not_clashes() -> None:
    got = _events(
        "توتر واشتباكات ليلية بين قسد والجيش",
        "دارت خلال الليل اشتباكات متقطعة وسط توتر بين قوات سوريا الديمقراطية والقوات "
        "الأمنية السورية قرب مدينة دير حافر بريف حلب.\n\n"
        "وأعلنت وزارة الدفاع أن قسد شنت حملة قصف عنيفة من مواقع سيطرتها في محيط مطار "
        "الجراح العسكري، مستهدفةً منازل الأهالي في قريتي الخفسة ورسم الحرمل بريف حلب "
        "الشرقي، ونتج عن القصف مقتل مدنيين اثنين.",
    )
    assert ("Armed clash", "الخفسة") not in got, got
    assert ("Shelling/artillery/missile attack", "الخفسة") in got, got


def test_each_clause_gives_its_places_its_own_weapon() -> None:
    got = _events(
        "مقتل مدنيين بغارات روسية على ريف إدلب",
        "قتل خمسة مدنيين اليوم بغارات جوية روسية على مدينة سراقب في ريف إدلب.\n\n"
        "وفي سياق متصل، قصفت قوات النظام بالمدفعية بلدة كفرنبل، فيما أصيب مدنيان بغارات "
        "جوية روسية استهدفت مدينة دركوش غربي إدلب.",
    )
    assert ("Air/drone strike", "دركوش") in got, got
    assert ("Shelling/artillery/missile attack", "دركوش") not in got, got



def test_guns_named_after_air_raids_are_a_shelling() -> None:
    got = _events(
        "إدلب: مقتل مدنيين بقصف جوي روسي",
        "قتل خمسة مدنيين نتيجة التصعيد الجوي من الطائرات الروسية والقصف البري من قوات "
        "النظام على مدينة إدلب وما حولها خلال الساعات الأخيرة.\n\n"
        "وفارقت طفلة الحياة جراء قذائف مدفعية أطلقتها قوات النظام على البيوت الواقعة بين "
        "قرية معربليت وقرية معرزاف.",
    )
    assert ("Air/drone strike", "معرزاف") not in got, got


def test_an_arrest_after_an_exchange_of_fire_is_one_arrest() -> None:
    got = _events(
        "فصيل يعتقل رجلاً بتهمة الانتماء لخلية في ريف إدلب",
        "قال ناشطون اليوم إن عناصر من الفصيل اعتقلوا رجلاً في مدينة سراقب بريف إدلب.\n\n"
        "وأوضح الناشطون أن العناصر داهموا منزل الرجل في قرية النيرب، واعتقلوه بعد "
        "اشتباكات بينهم، كما صادروا أسلحة كانت بحوزته.",
    )
    assert all(kind != "Armed clash" for kind, _ in got), got


def test_each_clause_keeps_its_own_dead() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "مقتل مدنيين بغارات روسية على ريف إدلب",
        "قتل خمسة مدنيين اليوم بغارات جوية روسية على مدينة سراقب في ريف إدلب.\n\n"
        "وفي سياق آخر، قصفت مدفعية النظام قرى في ريف إدلب، ما أدى إلى مقتل "
        "رجل في بلدة كفرنبل، فيما جرح مدنيان بغارات روسية طالت مدينة دركوش.",
        PUBLISHED,
    )
    dead = {e.place_name: e.fatalities for e in events}
    assert dead.get("دركوش") == 0 and dead.get("كفرنبل") == 1, dead


def test_a_campaigns_arrests_are_made_where_it_swept() -> None:
    got = _events(
        "الأمن العام يعتقل مطلوبين في ريف حمص",
        "أعلنت وزارة الداخلية اليوم تنفيذ حملة أمنية في ريف حمص الشمالي، أسفرت عن اعتقال "
        "عدد من المطلوبين المتورطين بعمليات خطف.\n\n"
        "وأوضحت الوزارة أن الوحدات نفذت عمليات تمشيط في قرى “تلدو”، “كفرلاها”، و”الطيبة”، "
        "بهدف ملاحقة الفارين إلى مدينة الرستن.",
    )
    arrested = {place for kind, place in got if kind == "Arrests"}
    assert {"تلدو", "كفرلاها"} <= arrested, got
    assert "الرستن" not in arrested, "the purpose clause names where they may go, no scene"


def test_a_name_like_a_demand_does_not_cancel_the_shooting() -> None:
    got = _events(
        "مجهولون يغتالون مختاراً في ريف درعا",
        "اغتال مجهولون مختار بلدة الحراك بإطلاق النار عليه اليوم.\n\n"
        "وفي سياق متصل، أصيب كل من “أحمد خالد” و“سامر طالب الزعبي” بجروح، إثر استهداف "
        "مسلحين مجهولين لسيارتهما في مدينة طفس مساء أمس.",
    )
    assert any(place == "طفس" for _, place in got), got


def _scene_places(title: str, text: str) -> set[tuple[str, str | None]]:
    sentences = analyse(title, text, 2018)
    resolver = PlaceResolver.from_settings(PipelineSettings())
    return {(s.sub_event_type, s.place.name)
            for s in find_scenes(sentences, resolver, Gazetteer.default(), [])}


def test_near_a_town_with_no_town_before_is_that_town() -> None:
    found = _scene_places(
        "قتلى باشتباكات وعبوة في ريف درعا",
        "قتل ثلاثة مسلحين في اشتباكات بين الفصائل في مدينة طفس اليوم.\n\n"
        "قتل عنصران إثر تفجير مجهولين عبوة ناسفة بسيارتهما عند أطراف مزرعة قرب بلدة "
        "الجيزة في ريف درعا الشرقي.",
    )
    assert ("Remote explosive/landmine/IED", "الجيزة") in found, found


def test_near_a_town_after_a_village_is_only_a_landmark() -> None:
    found = _scene_places(
        "قتلى باشتباكات وعبوة في ريف درعا",
        "قتل ثلاثة مسلحين في اشتباكات بين الفصائل في مدينة طفس اليوم.\n\n"
        "قتل عنصران بانفجار عبوة ناسفة في قرية التمانعة قرب بلدة الجيزة.",
    )
    assert ("Remote explosive/landmine/IED", "الجيزة") not in found, found


def test_a_narrated_blast_of_the_day_before_is_a_recall() -> None:
    got = _events(
        "انفجار سيارة مفخخة في مدينة الباب",
        "قتل أربعة مدنيين اليوم الاثنين جراء انفجار سيارة مفخخة وسط مدينة الباب بريف حلب.\n\n"
        "وكان قتل ثلاثة مدنيين، أمس الأحد، جراء انفجار دراجة مفخخة في سوق شعبي "
        "بمدينة جرابلس.",
    )
    assert all(place != "جرابلس" for _, place in got), got


def test_a_toll_in_a_region_with_no_town_is_that_regions_event() -> None:
    found = _scene_places(
        "حصيلة يوم أمس في سوريا",
        "قتل ثلاثة مسلحين في اشتباكات بين الفصائل في مدينة طفس أمس.\n\n"
        "بينما قتل جندي من قوات النظام جراء انفجار لغم أرضي زرعه التنظيم في بادية حمص.",
    )
    assert ("Remote explosive/landmine/IED", "حمص") in found, found


def test_a_region_already_holding_that_kind_of_event_adds_none() -> None:
    found = _scene_places(
        "حصيلة يوم أمس في سوريا",
        "قتل طفل بانفجار عبوة ناسفة في مدينة تدمر أمس.\n\n"
        "بينما قتل جندي من قوات النظام جراء انفجار لغم أرضي في بادية حمص.",
    )
    assert not any(place == "حمص" for _, place in found), found


def test_a_chamber_named_after_a_region_is_no_scene() -> None:
    found = _scene_places(
        "قذائف على دمشق",
        "قتل خمسة مدنيين بقذائف هاون على حي المزة في دمشق اليوم.\n\n"
        "وقتل مدنيان إثر سقوط قذيفة على مبنى غرفة تجارة ريف دمشق.",
    )
    assert not any(place and "ريف" in place for _, place in found), found


def test_a_massacre_in_a_region_is_coded_there_but_a_regions_tally_is_not() -> None:
    found = _scene_places(
        "حصيلة يوم أمس في سوريا",
        "قتل طفلان بقصف مدفعي على مدينة أريحا أمس.\n\n"
        "وقامت مجموعة مسلحة باقتحام منازل قرب قرية نائية بريف حماة الشرقي، وقتلت ستة مدنيين.\n\n"
        "وأظهرت الإحصاءات أن ريف حلب الأكثر تضرراً، مع وقوع 40 هجوماً أسفرت عن مقتل 12 عنصراً.",
    )
    assert ("Attack", "حماة") in found, found
    assert not any(place == "حلب" for _, place in found), found


def test_a_second_kind_of_attack_on_a_town_already_coded() -> None:
    got = _events(
        "براميل متفجرة على ريف حمص الشمالي",
        "ألقى الطيران المروحي اليوم براميل متفجرة على مدينة تلبيسة، ما أدى إلى مقتل طفلين.\n\n"
        "وشنت قوات النظام حملة قصف على بلدات الريف، حيث ألقت المروحيات برميلين على قرية "
        "الغنطو، إضافة إلى أن الكلية الحربية قصفت القرية بالمدفعية الثقيلة.",
    )
    assert ("Air/drone strike", "الغنطو") in got, got


def test_where_the_shells_were_fired_from_is_no_scene_however_far() -> None:
    found = _scene_places(
        "قصف على ريف حلب الشرقي",
        "قتل مدنيان بقصف مدفعي على قرية الكيارية بريف حلب الشرقي اليوم.\n\n"
        "وقال مصدر إن قوات قسد أطلقت قذائف مدفعية من مواقع انتشارها في محيط قرية رسم "
        "الأحمر ومحيط مدينة مسكنة، واستهدفت منازل المدنيين في قرية الكيارية.",
    )
    assert not any(place == "مسكنة" for _, place in found), found


def test_the_same_town_shelled_last_night_and_today_is_two_events() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قصف مدفعي على ريف حماة الشمالي",
        "استهدفت مدفعية النظام الثقيلة اليوم الإثنين حقولاً زراعية في مدينة "
        "مورك.\n\n"
        "وأضاف الناشطون أن شاباً قتل ليل الأحد جراء قصف مدفعي لقوات النظام على مدينة "
        "كفرزيتا.\n\n"
        "واستهدفت قوات النظام اليوم بعشرات القذائف الصاروخية الأحياء السكنية في مدينة "
        "كفرزيتا ومحيطها.",
        PUBLISHED,  # a Monday
    )
    days = {e.date for e in events if e.place_name and "كفرزيتا" in e.place_name}
    assert days == {"2018-07-22", "2018-07-23"}, [(e.place_name, e.date) for e in events]


def test_a_second_bomb_in_the_same_town_is_another_event() -> None:
    got = _events(
        "انفجار عبوة ناسفة في مدينة جبلة",
        "انفجرت عبوة ناسفة صباح اليوم عند مدخل سوق الخضار في مدينة جبلة، ما أدى إلى مقتل "
        "ثلاثة أشخاص. وبعد نصف ساعة انفجرت عبوة ناسفة ثانية قرب مدرسة البلدة.",
    )
    bombs = [place for kind, place in got if kind == "Remote explosive/landmine/IED"]
    assert len(bombs) == 2, got


def test_a_second_bomb_denied_or_defused_is_no_event() -> None:
    for second in ("ونفت الشرطة وقوع انفجار ثان في المدينة.",
                   "وقامت وحدات الهندسة بتفكيك عبوة ثانية كانت مزروعة في المكان.",
                   "وكانت في المكان عبوة ناسفة ثانية تمكنت الفرق الهندسية من تفكيكها."):
        got = _events(
            "انفجار عبوة ناسفة في مدينة جبلة",
            "انفجرت عبوة ناسفة صباح اليوم عند مدخل سوق الخضار في مدينة جبلة، ما أدى إلى "
            "مقتل ثلاثة أشخاص. " + second,
        )
        bombs = [place for kind, place in got if kind == "Remote explosive/landmine/IED"]
        assert len(bombs) == 1, (second, got)


def test_the_rebels_shelling_beside_air_strikes_is_a_shelling_of_its_own() -> None:
    got = _events(
        "غارات على مدينة حرستا",
        "قال ناشطون إن طائرات حربية شنت اليوم غارات على مدينة حرستا قتلت عشرة مدنيين. "
        "وأكد المصدر أن القتلى سقطوا في حرستا وأن الغارات نفذتها طائرات روسية، مضيفاً أن "
        "قصف الفصائل لدمشق أدى إلى مقتل شخصين.",
    )
    kinds = {(kind, place) for kind, place in got}
    assert ("Shelling/artillery/missile attack", "لدمشق") in kinds, got
    assert ("Air/drone strike", "لدمشق") not in kinds, got


def test_a_bare_shelling_in_an_air_strike_article_stays_the_aircrafts() -> None:
    got = _events(
        "غارات على مدينة حرستا",
        "شنت طائرات حربية اليوم غارات على مدينة حرستا قتلت عشرة مدنيين، وطال القصف "
        "بلدة مسرابا المجاورة.",
    )
    assert "Shelling/artillery/missile attack" not in {kind for kind, _ in got}, got


def test_a_toll_list_gives_each_place_its_event_and_its_dead() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    got = extractor.extract(
        "قوات الأمن تطلق النار على المتظاهرين",
        "أطلقت قوات الأمن النار على مظاهرات خرجت أمس في عدة مدن. وقال ناشطون إن أربعة "
        "متظاهرين قتلوا في مدينة حماة واثنين آخرين في محافظة درعا وواحداً في طرطوس.",
        PUBLISHED,
    )
    dead = {e.place_name: e.fatalities for e in got}
    assert "مدينة حماة" in dead, dead
    assert dead.get("درعا") == 2 and dead.get("طرطوس") == 1, dead


def test_a_single_count_before_a_place_is_no_toll_list() -> None:
    got = _events(
        "مقتل متظاهر في حمص",
        "قتل متظاهر برصاص قوات الأمن أمس في مدينة حمص، وقال ناشطون إن ثلاثة جرحى نقلوا "
        "إلى مشفى في طرطوس.",
    )
    assert all(place != "طرطوس" for _, place in got), got


def test_a_place_only_the_headline_names_is_an_incident_of_its_own() -> None:
    got = _events(
        "اعتقال مطلوبين في درعا واشتباك على حاجز عسكري في حماة",
        "اعتقلت قوى الأمن الداخلي مساء أمس ثلاثة مطلوبين في مدينة درعا خلال حملة أمنية، "
        "وصادرت أسلحة كانت بحوزتهم.",
    )
    assert any(place == "حماة" for _, place in got), got


def test_a_headline_restating_the_lead_adds_nothing() -> None:
    got = _events(
        "اشتباك على حاجز عسكري في حماة",
        "هاجم مسلحون مجهولون مساء أمس حاجزاً عسكرياً عند مدخل مدينة حماة، ودارت "
        "اشتباكات استمرت ساعة.",
    )
    assert len(got) == 1, got


def test_a_name_before_and_other_towns_is_a_place() -> None:
    got = _events(
        "أهالي حماة يحيون ذكرى المجزرة",
        "تظاهر معارضون في دمشق ومدن أخرى اليوم إحياء لذكرى مجزرة مدينة حماة. وخرجت "
        "مظاهرة حاشدة في مدينة حماة مساء اليوم.",
    )
    assert ("Peaceful protest", "دمشق") in got, got


def test_where_an_incursion_headed_is_where_it_made_its_arrests() -> None:
    got = _events(
        "قصف إسرائيلي على قرية الرفيد",
        "قصفت مدفعية الاحتلال اليوم أطراف قرية الرفيد بريف القنيطرة. وتوغلت قوة للاحتلال "
        "باتجاه بلدة الحميدية بعدة آليات، وداهمت عدداً من المنازل واعتقلت شابين.",
    )
    assert ("Arrests", "الحميدية") in got, got


def test_where_people_fled_towards_is_no_scene() -> None:
    got = _events(
        "قصف إسرائيلي على قرية الرفيد",
        "قصفت مدفعية الاحتلال اليوم أطراف قرية الرفيد بريف القنيطرة، ونزح الأهالي "
        "باتجاه بلدة الحميدية بعد اعتقال شابين.",
    )
    assert all(place != "الحميدية" for _, place in got), got


def test_an_act_named_alongside_gives_its_clause_no_act() -> None:
    got = _events(
        "غارات روسية على مدينة سراقب",
        "شنت الطائرات الروسية اليوم غارات جوية على مدينة سراقب. وبالتزامن مع الغارات "
        "الروسية، قصفت قوات النظام بالمدفعية بلدة النيرب، فيما أصيب مدني بغارة جوية على "
        "بلدة آفس.",
    )
    assert ("Shelling/artillery/missile attack", "النيرب") in got, got
    assert ("Air/drone strike", "النيرب") not in got, got


def test_a_strike_on_a_road_between_two_towns_is_coded_to_the_area_they_share() -> None:
    # Tadmur and Homs lie in two districts of one governorate: the strike is Homs's (SY04),
    # not the clashes' town in Hama.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "اشتباكات في مدينة السلمية",
        "اندلعت اشتباكات عنيفة اليوم بين مجموعات مسلحة في مدينة السلمية. وتزامنت تلك "
        "الاشتباكات مع غارات جوية استهدفت رتلاً عسكرياً على طريق تدمر – حمص.",
        PUBLISHED,
    )
    got = [(e.sub_event_type, e.admin1_pcode, e.place_pcode) for e in events]
    assert [(gov, code) for kind, gov, code in got if kind == "Air/drone strike"] == [
        ("SY04", "SY04")], got


def test_a_road_between_two_governorates_is_no_scene() -> None:
    got = _events(
        "غارة على رتل عسكري",
        "استهدفت غارة جوية اليوم رتلاً عسكرياً في مدينة السلمية، وغارة أخرى على طريق "
        "حمص – دمشق.",
    )
    assert all("–" not in (place or "") for _, place in got), got


def test_the_town_a_victim_comes_from_is_no_scene() -> None:
    got = _events(
        "قتلى بقصف على ريف إدلب",
        "قتل مدنيان اليوم بقصف مدفعي على مدينة معرة النعمان في ريف إدلب. "
        "وفي دير الزور، قتل مواطن من بلدة الصبحة برصاص حرس الحدود أثناء محاولته العبور.",
    )
    assert all(place != "الصبحة" for _, place in got), got


def test_a_second_blast_whose_results_are_unknown_is_another_event() -> None:
    # The negation and the "still" after the second blast are about its results.
    got = _events(
        "انفجاران في مدينة القامشلي",
        "قتل خمسة أشخاص اليوم بانفجار سيارة مفخخة قرب مقر أمني في مدينة القامشلي. "
        "وأفاد شهود بأن الانفجار الثاني استهدف حاجزاً آخر، إلا أن حصيلته لم تعرف بعد، "
        "ولازالت سيارات الإسعاف تنقل الجرحى.",
    )
    bombs = [place for kind, place in got if kind == "Remote explosive/landmine/IED"]
    assert len(bombs) == 2, got


def test_a_village_the_gazetteer_lacks_in_a_list_of_scenes_is_an_event() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قصف مدفعي على ريف حماة",
        "قصفت قوات النظام اليوم بالمدفعية مدينة كفرزيتا وقرية “المقيبرة” في ريف حماة "
        "الشمالي، دون أنباء عن إصابات.",
        PUBLISHED,
    )
    got = [(e.sub_event_type, e.place_name, e.admin1_pcode) for e in events]
    assert len(got) == 2, got
    assert {gov for _, _, gov in got} == {"SY05"}, got
    assert any(name == "المقيبرة" for _, name, _ in got), got


def test_a_word_after_a_village_word_is_not_always_a_name() -> None:
    # "وقرية مجاورة": a neighbouring village, no village called so.
    for village in ("وقرية مجاورة لها", "وقرية بالقرب منها", "وقرية أخرى"):
        got = _events(
            "قصف مدفعي على ريف حماة",
            f"قصفت قوات النظام اليوم بالمدفعية مدينة كفرزيتا {village} في ريف حماة "
            "الشمالي، دون أنباء عن إصابات.",
        )
        assert len(got) == 1, (village, got)


def test_villages_the_gazetteer_lacks_are_coded_in_the_area_they_are_placed_by() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "تقدم للفصائل في ريف الحسكة",
        "اندلعت اشتباكات عنيفة اليوم بين الفصائل وقوات سوريا الديمقراطية قرب مدينة رأس "
        "العين. وعلى محور مدينة رأس العين، تمكنت الفصائل من السيطرة على قريتي (الدويرينة، "
        "والشبيكة).",
        PUBLISHED,
    )
    taken = [(e.place_name, e.place_pcode) for e in events
             if e.sub_event_type == "Non-state actor overtakes territory"]
    # both villages lie in Ras al-Ain's sub-district: one event there
    assert [code for name, code in taken if name == "الدويرينة"] == ["SY080400"], taken
    assert not any(name == "الشبيكة" for name, _ in taken), taken


def test_the_place_someone_was_crossing_from_is_the_scene() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "حصيلة يوم أمس",
        "ففي محافظة حماة، قتل مدنيان بقصف مدفعي على مدينة كفرزيتا. "
        "وفي محافظة حمص، قتل شاب من مدينة تلبيسة بريف حمص الشمالي برصاص حرس الحدود أثناء "
        "محاولته العبور من ريف إدلب الغربي إلى الأراضي التركية.",
        PUBLISHED,
    )
    got = [(e.sub_event_type, e.admin1_pcode) for e in events]
    assert ("Attack", "SY07") in got, got
    assert all(gov != "SY04" for _, gov in got), got


def test_two_towns_after_the_dual_of_area_are_two_scenes() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "مقتل ثمانية أشخاص بهجمات في حماة واللاذقية",
        "قتل ثمانية أشخاص اليوم برصاص مسلحين مجهولين في منطقتي حماة واللاذقية، بحسب "
        "مصادر محلية.",
        PUBLISHED,
    )
    assert {e.admin1_pcode for e in events} == {"SY05", "SY06"}, [
        (e.sub_event_type, e.place_name) for e in events]


def test_each_place_of_a_toll_list_is_a_scene_after_a_direction_word() -> None:
    # "بالجنوب" locates the item before it; the next item's place opens at its own "في".
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قتلى في مظاهرات الجمعة",
        "خرجت مظاهرات حاشدة اليوم في عدة مدن. وقال ناشطون إن أربعة متظاهرين قتلوا برصاص "
        "قوات الأمن في مدينة حماة بالوسط وواحداً في مدينة درعا بالجنوب واثنين في ضواحي "
        "دمشق.",
        PUBLISHED,
    )
    got = {(e.admin1_pcode, e.fatalities) for e in events
           if e.sub_event_type == "Excessive force against protesters"}
    assert ("SY03", 2) in got, got


def test_a_clause_that_names_only_a_governorate_is_a_scene_beside_a_town() -> None:
    # "في حين" opens the second clause: each clause tells its own blast.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "انفجاران في درعا وإدلب",
        "قتل عنصران وأصيب آخرون اليوم جراء انفجار عبوة ناسفة استهدفت سيارتهم في محافظة "
        "درعا، في حين ضرب انفجار مدينة سرمدا بريف إدلب وأسفر عن أضرار مادية.",
        PUBLISHED,
    )
    got = {(e.sub_event_type, e.admin1_pcode) for e in events}
    assert ("Remote explosive/landmine/IED", "SY12") in got, got
    assert ("Remote explosive/landmine/IED", "SY07") in got, got


def test_a_bombing_located_only_by_a_direction_of_a_governorate_is_a_scene() -> None:
    # No dead, but a device named: an act of its own, in the governorate "شرقي حلب" names.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "حصيلة يوم أمس",
        "قتل مدني بقصف مدفعي على مدينة كفرزيتا. كما أصيب عنصران جراء انفجار عبوة ناسفة "
        "بسيارتهم شرقي حلب.",
        PUBLISHED,
    )
    got = {(e.sub_event_type, e.admin1_pcode) for e in events}
    assert ("Remote explosive/landmine/IED", "SY02") in got, got


def test_what_a_place_often_suffers_is_no_scene() -> None:
    got = _events(
        "قصف مدفعي على كفرزيتا",
        "قصفت قوات النظام اليوم بالمدفعية مدينة كفرزيتا. وتسيطر الفصائل على محافظة إدلب "
        "المجاورة التي غالباً ما تتعرض لغارات جوية.",
    )
    assert [kind for kind, _ in got] == ["Shelling/artillery/missile attack"], got


def test_villages_taken_in_the_countryside_of_the_town_are_a_scene_in_its_governorate() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قتلى بقصف على مدينة تلبيسة",
        "قتل أربعة مدنيين اليوم بقصف مدفعي على مدينة تلبيسة. وأضاف المصدر أن الفصائل شنت "
        "هجوماً على ريف المدينة الشمالي وسيطرت على ثلاث قرى.",
        PUBLISHED,
    )
    got = {(e.sub_event_type, e.place_pcode) for e in events}
    assert ("Non-state actor overtakes territory", "SY04") in got, got


def test_a_headline_town_the_body_spells_otherwise_is_no_further_scene() -> None:
    # An English wire body under an Arabic headline: the headline's towns are the body's.
    got = _events(
        "الفصائل تسيطر على سراقب وغارات على بنش",
        "BEIRUT (AFP) - Rebels on Monday captured the town of Saraqeb in Idlib province, a "
        "monitor said.\n\n"
        "Separately, air strikes on the town of Binnish killed three civilians.",
    )
    assert sorted(p for _, p in got) == ["Binnish", "Saraqeb"], got


def test_violence_people_fled_is_no_scene() -> None:
    got = _events(
        "غارات على بلدة سرمين",
        "قتل مدنيان اليوم بغارات على بلدة سرمين في ريف إدلب.\n\n"
        "ونزح مئات السكان هرباً من المعارك الدائرة في بلدة النيرب.",
    )
    assert [k for k, _ in got] == ["Air/drone strike"], got
