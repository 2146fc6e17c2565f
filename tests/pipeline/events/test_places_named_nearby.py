"""The place a sentence gives an act, read from the words around the name: a preposition
that ends a name, the region a "منطقة" is placed in, the clause an act is told in, a town
of an earlier clause, the victim's home town, the governorate that is one city. Sentences
written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extraction import extractor as _extractor

from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings

PUBLISHED = "2021-04-14T12:00:00+03:00"  # a Wednesday


@lru_cache(maxsize=1)
def _resolver() -> PlaceResolver:
    return PlaceResolver.from_settings(PipelineSettings())


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_pcode)
            for e in _extractor().extract(title, text, PUBLISHED)]


@pytest.mark.parametrize(("text", "pcode"), [
    # "على" after a town is the preposition, not the end of Aleppo's village "تل علي"
    ("اعتقلت دورية أمنية في ريف دمشق صباح اليوم شاباً في مدينة التل على خلفية مشاجرة", "C2395"),
    ("عثر الأهالي في بلدة التل على جثة رجل مجهول الهوية بريف دمشق", "C2395"),
    # spellings the press uses that the gazetteer lacks
    ("انفجرت عبوة ناسفة قرب بلدة الشدادي جنوبي الحسكة", "C4446"),
    ("سقطت قذيفة على سوق شعبي في مدينة ديرك أقصى شمال شرقي البلاد", "C4881"),
])
def test_the_name_the_words_spell(text: str, pcode: str) -> None:
    best = _resolver().best(text)
    assert best is not None and best.place.pcode == pcode, best


@pytest.mark.parametrize(("text", "pcode"), [
    # "منطقة X" placed in a governorate's countryside is the town X ...
    ("داهمت قوة أمنية منزلاً في منطقة الشيخ بدر بريف طرطوس واعتقلت ثلاثة مطلوبين", "C5638"),
    # ... but alone, or locating a village, or holding villages, it is the district
    ("اشتباكات متقطعة في منطقة جبلة منذ الصباح", "SY0602"),
    ("قصف مدفعي على قرى في منطقة جبلة بريف اللاذقية", "SY0602"),
])
def test_a_district_word_placed_in_a_countryside(text: str, pcode: str) -> None:
    best = _resolver().best(text)
    assert best is not None and best.place.pcode == pcode, best


@pytest.mark.parametrize(("title", "lead", "pcode"), [
    # where the act is placed no closer than a region (and the headline names only the
    # governorate's name), the victim's home town in it
    ("مقتل شاب في درعا",
     "قتل شاب من أبناء بلدة الحراك برصاص مجهولين في ريف درعا الشرقي مساء أمس", "C6116"),
    ("خطف رجل في السويداء",
     "خطفت عصابة رجلاً ينحدر من قرية المزرعة أثناء مروره في ريف السويداء الغربي", "C6164"),
    # (not the chief town that the headline names by the governorate's name alone)
    ("خطف شاب في السويداء",
     "أقدمت عصابة مسلحة مساء أمس على خطف شاب من أبناء مدينة شهبا بريف السويداء الشمالي "
     "أثناء عودته من عمله", "C6226"),
    # ... but a scene named is the scene
    ("مقتل شاب في درعا",
     "قتل شاب من أبناء بلدة الحراك برصاص مجهولين في مدينة إزرع مساء أمس", "C6101"),
    # ... and a home town outside the region named as the scene is no place of the act
    ("مقتل شاب في البادية",
     "قتل شاب من أبناء بلدة الحراك برصاص مجهولين في ريف حمص الشرقي مساء أمس", "SY04"),
])
def test_a_home_town_inside_the_region(title: str, lead: str, pcode: str) -> None:
    best = _resolver().best(f"{title}\n\n{lead}", focus=lead)
    assert best is not None and best.place.pcode == pcode, best


@pytest.mark.parametrize("text", [
    "رشق عشرات من سكان حي الجورة جنوبي دمشق دورية للشرطة بالحجارة",
    "اشتباكات بين عصابتين في محافظة دمشق",
])
def test_the_governorate_that_is_one_city_is_the_city(text: str) -> None:
    best = _resolver().best(text)
    assert best is not None and best.place.pcode == "C1001", best


def test_a_town_of_an_earlier_clause_makes_no_landmark() -> None:
    # "أطراف قرية X" with no town before it in its own clause: the village X
    got = _events("قصف على ريف إدلب",
                  "قتل مدنيان صباح اليوم بقصف مدفعي على مدينة كفرنبل بريف إدلب الجنوبي، في "
                  "حين أصيب طفل بغارة جوية استهدفت أطراف قرية الناجية بريف جسر الشغور الغربي.")
    assert ("Air/drone strike", "C4233") in got, got
    assert all(code != "SY0704" for _, code in got), got


def test_a_further_victims_home_town_in_the_region_of_its_item() -> None:
    got = _events("حوادث أمنية في الجنوب",
                  "ففي ريف درعا الغربي، قتل مسلحون مجهولون مساء أمس رجلاً في بلدة المزيريب.\n\n"
                  "وفي محافظة السويداء، خطفت عصابة مسلحة في اليوم ذاته شاباً من أبناء بلدة "
                  "المزرعة بريف السويداء الغربي، واقتادته إلى جهة مجهولة.")
    assert ("Abduction/forced disappearance", "C6164") in got, got


def test_the_act_is_where_its_own_clause_places_it() -> None:
    # the arrests are told only in the clause after "كما", which names their own town
    got = _events("حملة أمنية في الساحل",
                  "تواصلت المواجهات اليوم بين الأمن العام ومسلحين في محيط بلدة عين شقاق بريف "
                  "جبلة، كما اعتقلت دورية خمسة مسلحين آخرين في بلدة الدالية.")
    assert ("Arrests", "C3651") in got, got
    assert ("Arrests", "C3647") not in got, got


def test_a_village_the_gazetteer_lacks_listed_with_its_surroundings() -> None:
    # "ومحيط قرية X": the next item of the list, though X is no village the gazetteer has
    got = _events("قصف على ريف إدلب",
                  "قتل مدني صباح اليوم بقصف مدفعي لقوات النظام على مدينة أريحا. وفي السياق، "
                  "قصفت قوات النظام بالمدفعية بلدة كفرنبل، ومحيط قرية العليصة الغربية في ريف "
                  "إدلب الجنوبي، دون وقوع إصابات.")
    places = {code for kind, code in got if kind == "Shelling/artillery/missile attack"}
    assert {"C4278", "C4068"} < places and len(places) == 3, got


@pytest.mark.parametrize(("text", "pcode"), [
    # a name always written with ال, written without in every word, is a noun phrase
    ("مزق المحتجون صورة كبيرة للرئيس أمام مبنى البلدية", None),
    ("رفع متظاهرون في مدينة جاسم صورة كبيرة لأحد المعتقلين", "C6111"),
    # ... and with its ال the village
    ("قصف مدفعي على قرية الصورة الكبيرة في ريف السويداء", "C6261"),
])
def test_a_name_always_definite_written_bare(text: str, pcode: str | None) -> None:
    best = _resolver().best(text)
    assert (best.place.pcode if best is not None else None) == pcode, best


@pytest.mark.parametrize("text", [
    "Gunmen on motorbikes shot dead three shepherds near the village of Khirbat al-Ghazalah "
    "(خربة غزالة), some 20 km (12 miles) east of the city of Daraa (درعا), residents said.",
    "Three farmers were killed near the village of Khirbat Ghazalah (خربة غزالة), east of "
    "the city of Daraa (درعا).",
])
def test_an_english_name_glossed_in_arabic_keeps_its_place_word(text: str) -> None:
    # the English spelling is not the gazetteer's; its Arabic gloss is the village
    best = _resolver().best(text)
    assert best is not None and best.place.pcode == "C6012", best


@pytest.mark.parametrize(("text", "pcode"), [
    # the desert named after a town is at the town, though a district bears its name ...
    ("قتل ثلاثة رعاة بانفجار لغم من مخلفات الحرب في بادية تدمر", "C2889"),
    # ... and named after a governorate it is the governorate
    ("قتل ثلاثة رعاة بانفجار لغم من مخلفات الحرب في بادية حمص الشرقية", "SY04"),
])
def test_the_desert_of_a_town(text: str, pcode: str) -> None:
    best = _resolver().best(text)
    assert best is not None and best.place.pcode == pcode, best
