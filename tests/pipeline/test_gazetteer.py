"""The packaged gazetteer: lookups, containment, spelling-insensitive names, load time."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import Gazetteer, distance_km, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_loads_completely_once() -> None:
    # Load time is measured in bench/bench_pipeline.py, not asserted here.
    Gazetteer.default.cache_clear()
    gaz = Gazetteer.default()
    assert len(gaz) == 5596
    assert Gazetteer.default() is gaz
    assert [p.pcode for p in gaz.governorates()] == [f"SY{n:02d}" for n in range(1, 15)]


def test_get_and_contains(gaz: Gazetteer) -> None:
    kafr_nobol = gaz.get("C4068")
    assert kafr_nobol is not None and kafr_nobol.admin1_pcode == "SY07" and kafr_nobol.level == 4
    assert gaz.contains("SY07", "C4068") and gaz.contains("SY0702", "C4068")
    assert gaz.contains("SY070203", "C4068") and gaz.contains("C4068", "C4068")
    assert not gaz.contains("SY05", "C4068") and not gaz.contains("SY07", "nope")
    assert gaz.get("nope") is None


@pytest.mark.parametrize(("name", "pcode"), [
    ("إدلب", "SY07"), ("ادلب", "SY07"), ("Idlib", "SY07"), ("IDLEB", "SY07"),
    ("دير الزور", "SY09"), ("ديرالزور", "SY09"), ("Deir ez-Zor", "SY09"),
    ("الحسكه", "SY08"), ("Raqqa", "SY11"), ("ريف دمشق", "SY03"), ("Damascus", "SY01"),
    ("Dar'a", "SY12"), ("Daraa", "SY12"), ("اللاذقية", "SY06"), ("Tartous", "SY10"),
])
def test_resolve_governorates_first(gaz: Gazetteer, name: str, pcode: str) -> None:
    assert gaz.resolve(name)[0].pcode == pcode


@pytest.mark.parametrize(("name", "pcode"), [
    ("كفرنبل", "C4068"), ("كفر نبل", "C4068"), ("الاتارب", "C1022"), ("معره النعمان", "C3985"),
    ("قامشلو", "C4564"), ("كوباني", "C1946"), ("سري كانيه", "C4988"), ("الطبقة", "C5929"),
])
def test_resolve_variants_and_aliases(gaz: Gazetteer, name: str, pcode: str) -> None:
    assert pcode in {p.pcode for p in gaz.resolve(name)}


def test_district_qualified_community_names(gaz: Gazetteer) -> None:
    # "الزيارة عفرين" is the village الزيارة of the Afrin district.
    assert "C1358" in {p.pcode for p in gaz.resolve("الزيارة")}
    assert gaz.resolve("دير") == []  # a generic first word is no name


def test_distance(gaz: Gazetteer) -> None:
    damascus, aleppo = gaz.get("C1001"), gaz.get("C1007")
    assert damascus is not None and aleppo is not None
    assert 280 < distance_km(damascus, aleppo) < 340
    assert distance_km(damascus, damascus) == 0


def test_name_words(gaz: Gazetteer) -> None:
    # "القول إنه" spells "قولانة" only across a word boundary the name does not have
    assert gaz.name_words("قولانه") == 1
    assert gaz.name_words("ديرزور") == 2
    assert gaz.name_words("nope") == 0


def test_spaced_spellings_of_joined_names(gaz: Gazetteer) -> None:
    assert [p.pcode for p in gaz.resolve("بصر الحرير")] == ["C6105"]
    assert [p.pcode for p in gaz.resolve("بصرالحرير")] == ["C6105"]


def test_a_chief_town_is_named_like_its_governorate(gaz: Gazetteer) -> None:
    idlib_city, idlib = gaz.get("C3871"), gaz.get("SY07")
    ariha = gaz.get("C4278")
    assert idlib_city is not None and idlib is not None and ariha is not None
    assert gaz.is_chief_town(idlib_city)
    assert not gaz.is_chief_town(idlib) and not gaz.is_chief_town(ariha)


def test_tell_in_any_english_spelling(gaz: Gazetteer) -> None:
    # The gazetteer writes "Tall Kalakh" and "Tal Tamer"; outlets write any of the four.
    for head in ("Tall", "Tal", "Tell", "Tel"):
        assert "C2762" in {p.pcode for p in gaz.resolve(f"{head} Kalakh")}
        assert "C4409" in {p.pcode for p in gaz.resolve(f"{head} Tamer")}
    assert gaz.resolve("Tal") == []  # the word alone is no name


def test_an_english_alias_in_any_spelling_of_tell(gaz: Gazetteer) -> None:
    # The alias list writes "Tal Abyad"; an outlet may write Tell, Tall or Tel.
    for head in ("Tall", "Tal", "Tell", "Tel"):
        found = gaz.resolve(f"{head} Abyad")
        assert found and found[0].pcode == "C5792"
        assert gaz.is_alias(name_key(f"{head} Abyad"), "C5792")
