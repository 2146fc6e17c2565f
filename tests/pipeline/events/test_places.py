"""Places in Arabic text: clitics, ريف/مدينة, multi-word names, ambiguity, common words."""

from __future__ import annotations

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver, fled_from
from pipeline.gazetteer import Gazetteer
from pipeline.settings import PipelineSettings


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver.from_settings(PipelineSettings())


def _codes(resolver: PlaceResolver, text: str) -> list[str]:
    return [m.place.pcode for m in resolver.find(text)]


def test_clitics_and_offsets(resolver: PlaceResolver) -> None:
    text = "قصف بإدلب وحلب ولدرعا"
    mentions = resolver.find(text)
    # a governorate's name alone is its chief town
    assert [m.place.pcode for m in mentions] == ["C3871", "C1007", "C5993"]
    assert [text[m.start:m.end] for m in mentions] == [m.surface for m in mentions]
    assert mentions[0].surface == "بإدلب"


def test_rif_is_the_governorate(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "اشتباكات في ريف دمشق") == ["SY03"]
    assert _codes(resolver, "غارات على ريف إدلب الجنوبي") == ["SY07"]
    assert _codes(resolver, "قصف على ريفي حماة") == ["SY05"]
    # The side of the first region stands between it and the second: both are regions.
    assert _codes(resolver, "طيران استطلاع فوق ريفي حلب الغربي وإدلب الشمالي") \
        == ["SY02", "SY07"]
    assert _codes(resolver, "اشتباكات في ريفي اللاذقية الشمالي وحماة") == ["SY06", "SY05"]


def test_multi_word_names_longest_first(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "اشتباكات في مدينة معرة النعمان") == ["C3985"]
    assert _codes(resolver, "انفجار في جسر الشغور") == ["C4199"]
    assert _codes(resolver, "قصف على مدينة رأس العين") == ["C4988"]
    assert _codes(resolver, "اشتباكات في دير الزور") == ["C5086"]


def test_ambiguous_town_follows_the_governorate_named(resolver: PlaceResolver) -> None:
    # نوى exists in Dar'a, Homs and Hama; شهبا in As-Sweida and Hama.
    assert _codes(resolver, "انفجار في نوى بريف درعا")[0] == "C6124"
    assert _codes(resolver, "قصف على نوى في ريف حمص")[0] == "C2928"
    assert _codes(resolver, "خطف شاب من شهبا في ريف السويداء")[0] == "C6226"


def test_marker_words_choose_the_level(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "اعتقالات في ناحية جنديرس")[0] == "SY020302"
    assert _codes(resolver, "اعتقالات في بلدة جنديرس")[0] == "C1426"


def test_common_words_are_not_villages(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "أصيب مدني بجروح على الطريق الشمالي من المدينة") == []
    assert _codes(resolver, "بدأ الهجوم ظهر اليوم على مواقع الجيش") == []


def test_best_prefers_the_focus_and_specific_places(resolver: PlaceResolver) -> None:
    text = ("قتل ثلاثة مدنيين بقصف على بلدة كفرزيتا بريف حماة الشمالي.\n"
            "ونقل الجرحى إلى مشفى في مدينة حماة، فيما تشهد محافظة إدلب هدوءاً.")
    match = resolver.best(text, focus=text.split("\n")[0])
    assert match is not None
    assert (match.place.pcode, match.admin1_pcode, match.geo_precision) == ("C3463", "SY05", 1)
    assert match.name == "كفرزيتا"


def test_best_governorate_level(resolver: PlaceResolver) -> None:
    match = resolver.best("قتل راعيان بانفجار لغم في بادية حمص الشرقية")
    assert match is not None
    assert (match.place.pcode, match.geo_precision) == ("SY04", 3)
    assert resolver.best("لا مكان هنا") is None


def test_uses_the_gazetteer_it_is_given() -> None:
    resolver = PlaceResolver(Gazetteer.default())
    assert _codes(resolver, "في حي المزة بدمشق")[0] == "C1001"


@pytest.mark.parametrize(("text", "focus", "pcode"), [
    # where the wounded were taken is not where the strike fell
    ("قصفت الطائرات بلدة البارة. وتوفي طفل في أحد مشافي مدينة إدلب.",
     "وتوفي طفل في أحد مشافي مدينة إدلب.", "C4304"),
    # a landmark after the place of the event locates it
    ("هجوم على جامعي الكمأة في بادية عقيربات شرق مدينة السلمية", None, "C3315"),
    # a street named after a town
    ("انفجار دراجة مفخخة في شارع تل أبيض وسط مدينة الرقة", None, "C5710"),
    # an ordinary word is a town's name after "بلدة": سلمى، الكرامة
    ("استعاد الجيش السيطرة على بلدة سلمى في ريف اللاذقية", None, "C3704"),
    # a port named after a city is in the city; a landmark "المحاذية ل" is not the scene
    ("عدوان جوي يستهدف ساحة الحاويات في مرفأ اللاذقية", None, "C3480"),
    ("معارك على أطراف بلدة الجفرة المحاذية لمطار دير الزور العسكري", None, "C5080"),
    # "ريف مدينة جبلة" is the country around the town, its district
    ("هجوم على دورية في ريف مدينة جبلة الساحلية", None, "SY0602"),
    # a common word is not a clitic plus a village: وزارة is no و + الزارة
    ("قصف على بلدة كفرنبل ولم يصدر تعليق من وزارة الدفاع", None, "C4068"),
    # a city quarter whose name is a village elsewhere is the city's
    ("قذائف على حي الحمدانية في حلب", None, "C1007"),
    # a sentence naming only the governorate is made precise by a town named elsewhere
    ("قُتل شاب قرب قرية خربة الجوز. مقتل شاب على الحدود غربي إدلب",
     "مقتل شاب على الحدود غربي إدلب", "C4231"),
])
def test_the_scene_not_other_places(resolver: PlaceResolver, text: str, focus: str | None,
                                    pcode: str) -> None:
    best = resolver.best(text, focus=focus)
    assert best is not None and best.place.pcode == pcode


# -- qualifiers, chief towns and ordinary words (issue 12) ----------------------------------

@pytest.mark.parametrize(("text", "pcode"), [
    # a quarter of a city: the city, not the village of that name near Al-Hasakeh (C4375)
    ("قتل شاب برصاص مجهولين في حي الهلالية بالقامشلي", "C4564"),
    ("قتل عنصر في تفجير بحي باب الفرج وسط مدينة حلب", "C1007"),
    # a quarter whose name is longer than the village name it starts with
    ("انفجار في حي وادي الذهب بحمص", "C2528"),
    # a name several villages share is the one inside the region named after it
    ("قصف على قرية القاسمية في ريف الحسكة", "C4402"),
    ("قصف على قرية القاسمية في ريف دمشق", "C2356"),
    # "دمشق" after a place also stands for its countryside
    ("اشتباكات في عدرا، دمشق", "C2331"),
    # an unknown village located by a town: the country around the town
    ("هجوم على قرية غرب مدينة دير الزور", "SY0901"),
    ("سيطر الجيش على قرية المنصورية الصغرى قرب مدينة كفرنبل", "SY070203"),
    ("انفجار لغم قرب محطة العزبة شمال مدينة دير الزور", "SY0901"),
    # "الشرقي" describes the entrance; it locates nothing
    ("انفجار عند المدخل الشرقي لمدينة نوى في ريف درعا", "C6124"),
    # "منطقة" is the district where one bears the name, else the town
    ("اشتباكات في منطقة جبلة", "SY0602"),
    ("هجوم على منطقة معدان بريف الرقة", "C5787"),
    # where people come from is not where it happened
    ("خطف شاب من أبناء محافظة السويداء في بلدة المسيفرة بريف درعا", "C6044"),
    # a quarter named for the road to a town is in the city
    ("قصف بالكلور على حي طريق الباب في حلب", "C1007"),
    # the road between two towns is where it happened: the first town named
    ("كمين لحافلة على طريق تدمر – السخنة في بادية حمص", "C2889"),
])
def test_qualifiers(resolver: PlaceResolver, text: str, pcode: str) -> None:
    best = resolver.best(text)
    assert best is not None and best.place.pcode == pcode


@pytest.mark.parametrize(("text", "pcode"), [
    ("انفجار سيارة مفخخة في حمص", "C2528"),  # a governorate's name alone: its chief town
    ("غارة على دمشق", "C1001"),  # Damascus city is the community C1001
    ("غارات على العاصمة دمشق", "C1001"),
    ("اشتباكات شرق حمص", "SY04"),  # east of Homs, the countryside: the governorate
    ("اشتباكات في ريف حمص", "SY04"),
    ("هجوم في محافظة حمص", "SY04"),
])
def test_chief_town_or_governorate(resolver: PlaceResolver, text: str, pcode: str) -> None:
    best = resolver.best(text)
    assert best is not None and best.place.pcode == pcode


def test_a_bare_chief_town_is_made_precise_by_a_named_village(
        resolver: PlaceResolver) -> None:
    text = ("اشتباكات عنيفة في السويداء لليوم الثاني.\n"
            "وتتركز المعارك عند محور قرية كناكر في الريف الغربي.")
    best = resolver.best(text, focus=text.split("\n")[0])
    assert best is not None and best.place.pcode == "C6155"


@pytest.mark.parametrize("text", [
    "وكشف مصدر محلي أن الوفد وصل صباح اليوم",  # كشف is a village in Homs
    "من المبكر القول إنه تم التوصل لاتفاق",  # not "قولانة"
    "ووصف البيان الحادث على أنه اعتداء",  # not "عليانة"
    "التقى الوزير كمال بالوفد أمس",  # كـ is no proclitic of a place: not ك + "مال"
    "سيطرت الفصائل على قرى جديدة في المنطقة",  # an adjective after a place word
    "سقطت قذيفة على قرية غرب النهر",  # a direction is never a village
])
def test_ordinary_words_are_no_places(resolver: PlaceResolver, text: str) -> None:
    assert _codes(resolver, text) == []


def test_ordinary_word_with_evidence_is_a_place(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "قصف على قرية الكشف في ريف حمص")[0] == "C2670"
    assert "C2670" in _codes(resolver, "قصف الكشف بريف حمص")
    assert "C2670" not in _codes(resolver, "وكشف مصدر عن قصف في حمص")


def test_a_sentence_is_read_with_its_article(resolver: PlaceResolver) -> None:
    article = "قتل شابان في مدينة الحسكة.\nوقصف قرية القاسمية ما أدى إلى مقتل طفل."
    sentence = article.split("\n")[1]
    assert _codes(resolver, sentence) == ["C2356"]  # alone, the first of its name
    assert resolver.find(sentence, context=article)[0].place.pcode == "C4402"


def test_the_article_says_what_a_bare_chief_town_means(resolver: PlaceResolver) -> None:
    text = ("قتل 12 مدنياً بقصف على إدلب وما حولها.\n"
            "وقصفت الطائرات ورشة على أطراف مدينة إدلب، وأصيب مدنيان في مدينة دركوش.")
    best = resolver.best(text, focus=text.split("\n")[0])
    assert best is not None and best.place.pcode == "C3871"
    text = ("وقف لإطلاق النار في السويداء.\n"
            "أعلنت الرئاسة وقفاً لإطلاق النار في محافظة السويداء بعد اشتباكات في بلدة الثعلة.")
    best = resolver.best(text, focus=text.split("\n")[0])
    assert best is not None and best.place.pcode == "C6140"


def test_a_text_scans_as_its_sentences_do(resolver: PlaceResolver) -> None:
    # A text is scanned sentence by sentence (the scans are shared by the stages that read
    # the same sentences): the places found, and their offsets, are those of the whole text.
    sentences = ["قصف على بلدة كفرنبل بريف إدلب.", "وقتل شخصان في حي الهلالية بالقامشلي"]
    text = "عنوان\n\n" + " ".join(sentences)
    whole = resolver.find(text)
    assert [text[m.start:m.end] for m in whole] == [m.surface for m in whole]
    assert [m.place.pcode for m in whole] == [
        m.place.pcode for s in sentences for m in resolver.find(s)]
    assert len(whole) >= 3


def test_a_bare_chief_town_does_not_refine_its_governorate(resolver: PlaceResolver) -> None:
    # "في السويداء" is as vague as "محافظة السويداء": the governorate stays the place
    text = ("هدنة شاملة في السويداء.\n"
            "أعلنت الحكومة هدنة شاملة في محافظة السويداء وانتشرت القوات في مناطق السويداء.")
    best = resolver.best(text, focus=text.split("\n")[1])
    assert best is not None and best.place.pcode == "SY13"
    # a site joined to the town by بـ names the town: "الكلية الحربية بحمص"
    text = ("هجوم بالمسيرات على حفل تخرج في محافظة حمص.\n"
            "وقتل ضباط في انفجار بمحيط الكلية الحربية بحمص.")
    best = resolver.best(text, focus=text.split("\n")[0])
    assert best is not None and best.place.pcode == "C2528"


@pytest.mark.parametrize(("text", "pcode"), [
    # the villages of a governorate: the governorate, not its chief town
    ("اعتقلت القوات عشرات الشبان في بلدات دير الزور", "SY09"),
    ("حملة مداهمات في قرى إدلب", "SY07"),
    # villages around a town: the country around it (its district)
    ("قصف مدفعي على قرى بمحيط مدينة البوكمال", "SY0902"),
    # Dar'a al-Balad is a community of its own in the gazetteer
    ("اشتباكات على أطراف درعا البلد", "C6317"),
    ("قصف على أحياء لدرعا البلد", "C6317"),
])
def test_villages_of_a_region(resolver: PlaceResolver, text: str, pcode: str) -> None:
    best = resolver.best(text)
    assert best is not None and best.place.pcode == pcode


@pytest.mark.parametrize(("text", "pcode"), [
    # a sentence naming the governorate, then "the city": its chief town
    ("قتل شرطي في محافظة طرطوس بإطلاق نار قرب دوار المدينة.", "C5221"),
    # towns listed after "بلدتي" are a list, not one longer name ("ابطع والجعيلية")
    ("انفجر لغم بسيارة على طريق يصل بين بلدتي ابطع والجعيلية", "C6031"),
])
def test_the_city_and_listed_towns(resolver: PlaceResolver, text: str, pcode: str) -> None:
    if "طرطوس" in text:
        article = "مقتل شرطي في طرطوس\n" + text
        best = resolver.best(article, focus=text)
    else:
        best = resolver.best(text, focus=text)
    assert best is not None and best.place.pcode == pcode


def test_a_name_always_written_with_its_article(resolver: PlaceResolver) -> None:
    # "القصير" is the town; "بعد وقت قصير" is "shortly after"
    assert _codes(resolver, "انفجرت سيارة ثانية بعد وقت قصير") == []
    assert _codes(resolver, "قصف على القصير") == ["C2733"]
    assert _codes(resolver, "معارك عنيفة بالقصير") == ["C2733"]
    # after a place word too: "قريتي تل منس" is no التل (At-Tall) and an unknown "منس"
    assert "SY030400" not in _codes(resolver, "غارات على قريتي تل منس والكبينة")
    assert _codes(resolver, "اشتباكات في مدينة التل")[0] in ("C2395", "SY030400")


@pytest.mark.parametrize(("text", "name", "fled"), [
    ("وكانت عائلته قد نزحت مؤخّراً مِن قرية \"التمانعة\" جنوب إدلب", "التمانعة", True),
    ("عائلات نازحين من بلدة كفرنبل", "كفرنبل", True),
    ("قصف على قرية التمانعة بعد نزوح أهلها", "التمانعة", False),
])
def test_where_people_fled_from(text: str, name: str, fled: bool) -> None:
    assert fled_from(text, text.index(name)) is fled


@pytest.mark.parametrize(("text", "pcode"), [
    # a village's name ending in ة written as said, with ا
    ("إعدامات ميدانية في قرية البيضا قرب مدينة بانياس", "C5343"),
    # ... but where a place bears that spelling itself, it is that place
    ("قصف على بلدة عقربا في ريف درعا", "C6079"),
    # where people live is not where it happened
    ("نزوح واسع بين سكان مدينة بانياس بعد مجزرة في قرية البيضا", "C5343"),
    # quarters of Aleppo and Damascus the gazetteer does not list
    ("هجوم بالكلور على حيي الجزماتي وأرض الحمراء", "C1007"),
    ("قصف على حي التضامن جنوب العاصمة", "C1001"),
    # Maarat Misrin: only its sub-district bears the name
    ("غارات على محيط مدينة معرة مصرين", "SY070005"),
])
def test_spellings_and_quarters(resolver: PlaceResolver, text: str, pcode: str) -> None:
    best = resolver.best(text)
    assert best is not None and best.place.pcode == pcode


def test_a_sub_districts_name_alone_is_a_place(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "هجوم بالغازات السامة على النشابية") == ["C2355"]
    # ... unless it is an ordinary word too, which needs a place word or a region
    assert _codes(resolver, "التقى الوفد المحافظ خلال الزيارة") == []
    assert _codes(resolver, "قصف على الزيارة بريف حماة")[0] == "C3166"


def test_a_military_airport_is_its_towns_sub_district(resolver: PlaceResolver) -> None:
    best = resolver.best("تفجير عربة مفخخة عند أسوار مطار دير الزور العسكري")
    assert best is not None and best.place.pcode == "SY090100"
    # a port is in its city
    best = resolver.best("غارة على مرفأ اللاذقية")
    assert best is not None and best.place.pcode == "C3480"


@pytest.mark.parametrize(("text", "pcode"), [
    # "X ومدينة Y" is a list, not X inside Y: both are places
    ("قصف على بلدة كحيل ومدينة بصرى الشام", "C5998"),
    # between two towns: the first named, which is no village inside the second
    ("استهدفت عبوة ناسفة دورية بين بلدة كحيل ومدينة بصرى الشام", "C5998"),
])
def test_two_towns_joined_by_wa(resolver: PlaceResolver, text: str, pcode: str) -> None:
    best = resolver.best(text, focus=text)
    assert best is not None and best.place.pcode == pcode


def test_a_district_is_made_precise_by_a_village_of_it(resolver: PlaceResolver) -> None:
    text = ("سيطرت الفصائل على قرى جديدة في منطقة عفرين.\n"
            "وقالت الفصائل إنها سيطرت على قرية الزيتونة في ناحية شران.")
    best = resolver.best(text, focus=text.split("\n")[0])
    assert best is not None and best.place.pcode == "C1499"


def test_a_village_written_with_another_ending(resolver: PlaceResolver) -> None:
    # The gazetteer lists كويا and حلفايا; outlets also write them with ية.
    assert _codes(resolver, "انفجر لغم اليوم في بلدة كوية غرب درعا")[:1] == ["C6025"]
    assert _codes(resolver, "قصف مدفعي على مدينة حلفاية") == ["C3453"]
    # Only after a town word: an ordinary word with that ending is no village.
    assert _codes(resolver, "جرت عملية عادية في القرية") == []


def test_a_short_first_word_after_wa(resolver: PlaceResolver) -> None:
    # "وأم" and "وتل" are too short for the clitic splitter: the name is still found.
    assert "C2883" in _codes(resolver, "سقطت قذائف على قرية تيرمعلة وأم شرشوح صباح اليوم")
    assert "C1621" in _codes(resolver, "غارات على مدينة عندان وتل رفعت")
    assert _codes(resolver, "جلس الأب وأم الأطفال في البيت") == []


@pytest.mark.parametrize(("text", "pcodes"), [
    # the first word of a two-word village the gazetteer lacks is not a homonym elsewhere
    ("انفجر لغم بسيارة مدنية قرب قرية كسرة فرج في ريف الرقة الشرقي", ["SY11"]),
    ("قتل راع بلغم في قرية كسرة عيسى بريف الرقة", ["SY11"]),
    # a word after a town inside the region named stays that town
    ("قصفت المدفعية بلدة كفرنبل أمس في ريف إدلب الجنوبي", ["C4068", "SY07"]),
])
def test_a_longer_village_name_qualified_by_another_region(
        resolver: PlaceResolver, text: str, pcodes: list[str]) -> None:
    assert _codes(resolver, text) == pcodes


@pytest.mark.parametrize(("text", "dana"), [
    # two الدانا in Idleb: the side of the countryside named tells them apart
    ("سقطت قذائف على بلدة الدانا بريف إدلب الجنوبي", "C3965"),
    ("استهدفت الراجمات قرى \"كوكبا، والدانا\" بريف إدلب الجنوبي", "C3965"),
    ("انفجرت دراجة مفخخة في مدينة \"الدانا\" بريف إدلب الشمالي", "C4126"),
])
def test_the_side_of_a_countryside_chooses_between_homonyms(
        resolver: PlaceResolver, text: str, dana: str) -> None:
    codes = _codes(resolver, text)
    other = "C4126" if dana == "C3965" else "C3965"
    assert dana in codes
    assert other not in codes


def test_a_word_for_several_places_covers_each_name_joined_by_wa(resolver: PlaceResolver) -> None:
    # "بلدتي X وY": the second name is a town too, even one of another governorate.
    codes = _codes(resolver, "ردت الفصائل بقصف مواقع في بلدتي دير العدس والهبارية مساء اليوم")
    assert codes == ["C6081", "C2488"], codes
    # A word joined by و after the list that is no place stays none.
    assert _codes(resolver, "قصف على بلدتي دير العدس وقتل شاب") == ["C6081"]


def test_an_alias_in_two_words_of_a_one_word_name(resolver: PlaceResolver) -> None:
    # The gazetteer writes تلمنس; outlets write "تل منس" (an alias): the two words spell it,
    # though "تل" alone is an ordinary word.
    assert _codes(resolver, "غارات جوية على قرية تل منس بريف إدلب")[:1] == ["C3974"]
    assert _codes(resolver, "قصفت الطائرات تلمنس صباح اليوم")[:1] == ["C3974"]


def test_a_wire_dateline_is_not_the_scene(resolver: PlaceResolver) -> None:
    text = ("DAMASCUS (Reuters) - Rebels shelled the town of Saraqeb on Monday, a monitor "
            "said.")
    best = resolver.best(text)
    assert best is not None and best.place.pcode == "C3916"
    # a date may stand between the town and the agency
    text = "ALEPPO, March 3 (AFP) - Mortars hit the town of Saraqeb."
    best = resolver.best(text)
    assert best is not None and best.place.pcode == "C3916"
    # a town inside the text is no dateline
    assert resolver.best("Clashes broke out in Aleppo (Syria) - a monitor said.") is not None
    # without an agency, the country and the date stand between the town and the dash
    text = "ALEPPO, Syria, March 3 - Mortars hit the town of Saraqeb."
    best = resolver.best(text)
    assert best is not None and best.place.pcode == "C3916"


def test_a_name_after_pro_or_anti_is_no_place(resolver: PlaceResolver) -> None:
    assert _codes(resolver, "fighters of a pro-Damascus militia") == []
    assert _codes(resolver, "an anti-Damascus protest in the town of Saraqeb") == ["C3916"]


@pytest.mark.parametrize(("text", "pcode"), [
    # Two towns name the road, the village it was hit near is the scene.
    ("انفجرت عبوة بحافلة على الطريق الواصل بين مدينتي عامودا والقامشلي، قرب قرية تل حبش",
     "C4693"),
    ("كمين لدورية على طريق بين عامودا والقامشلي بالقرب من قرية تل حبش فجراً", "C4693"),
    # Without a village "near" it, the road between two towns keeps its first town.
    ("انفجرت عبوة بحافلة على الطريق الواصل بين مدينتي عامودا والقامشلي مساء", "C4688"),
])
def test_a_road_between_two_towns_hit_near_a_village(resolver: PlaceResolver, text: str,
                                                     pcode: str) -> None:
    match = resolver.best(text, focus=text)
    assert match is not None and match.place.pcode == pcode


@pytest.mark.parametrize(("text", "codes"), [
    # The first word of a longer name is not the place that word names alone (al-Bab).
    ("Mortars fell on the Bab Sharqi quarter of Damascus on Sunday.", ["C1001"]),
    ("Trucks queued at the Bab al-Hawa crossing.", []),
    # Written with its own article, or alone, it is the town.
    ("Turkish-backed fighters entered al-Bab on Sunday.", ["C1202"]),
    ("Turkish-backed fighters entered Al Bab on Sunday.", ["C1202"]),
    ("Jets struck Bab, east of Aleppo.", ["C1202", "C1007"]),
    # ... and a name right after a head word is the end of a longer name ("Kfar Dael" is
    # no Da'el of Dar'a)
    ("Rebels fired the rocket from the Kfar Dael area.", []),
])
def test_english_head_of_a_longer_name(resolver: PlaceResolver, text: str,
                                       codes: list[str]) -> None:
    assert _codes(resolver, text) == codes


# -- the country around a town (issue 12, dev10) --------------------------------------------

@pytest.mark.parametrize(("text", "pcode"), [
    # "ريف X" of a town that heads a sub-district is the sub-district, not the town
    ("سقطت قذائف على قرى في ريف عامودا الجنوبي", "SY080202"),
    ("خطف مسلحون راعياً من قرية في ريف معدان", "SY110103"),
    # (one that heads a district is the district, as before; a governorate's, the governorate)
    ("قصف مدفعي على ريف جبلة", "SY0602"),
    ("اشتباكات في ريف حلب الشمالي", "SY02"),
    # the desert located by a town is the country around it too
    ("قتل رجلان بانفجار لغم في البادية شمال مدينة السخنة", "SY040501"),
    ("عثر على جثة في البادية قرب مدينة تدمر", "SY0405"),
])
def test_the_country_around_a_town_is_the_area_named_for_it(
        resolver: PlaceResolver, text: str, pcode: str) -> None:
    best = resolver.best(text)
    assert best is not None and best.place.pcode == pcode


def test_a_road_between_two_towns_is_placed_at_its_first_end_whatever_the_second_is_called(
        resolver: PlaceResolver) -> None:
    # as "طريق تدمر – السخنة" is Tadmur: "وبلدة Y" names the road's far end, not the scene
    best = resolver.best("خطف مسلحون سائق شاحنة على الطريق بين جسر الشغور وبلدة دركوش")
    assert best is not None and best.place.pcode == "C4199"


def test_a_further_event_on_a_road_between_two_towns_is_at_its_first_end() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "مقتل مزارع بقذيفة في ريف حلب",
        "قتل مزارع بسقوط قذيفة على أرضه في بلدة الأتارب صباح اليوم.\n\nوفي ريف إدلب الغربي، "
        "خطف مسلحون ملثمون سائق شاحنة على الطريق بين جسر الشغور وبلدة دركوش، وطلبوا فدية "
        "للإفراج عنه.", "2025-06-01T12:00:00+03:00")
    assert [(e.sub_event_type, e.place_pcode) for e in events[1:]] == [
        ("Abduction/forced disappearance", "C4199")], events
