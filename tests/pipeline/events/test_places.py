"""Places in Arabic text: clitics, ريف/مدينة, multi-word names, ambiguity, common words."""

from __future__ import annotations

import pytest

from pipeline.events.places import PlaceResolver
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
