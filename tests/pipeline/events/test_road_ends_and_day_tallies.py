"""Patterns of local reports (sentences written for these tests): a road named by its two
ends, the second after "وبين" ("الطريق الواصل بينها وبين بلدة Y"), is no scene at that end."""

from __future__ import annotations

from extraction import extractor as _extractor

PUBLISHED = "2019-05-14T18:00:00+03:00"


def _places(title: str, text: str) -> list[str | None]:
    return [e.place_name for e in _extractor().extract(title, text, PUBLISHED)]


def test_road_to_a_town_just_named_is_no_scene_there() -> None:
    text = ("جرح ثلاثة مدنيين مساء اليوم جراء غارات شنتها طائرات حربية على مدينة كفرنبل "
            "بريف إدلب الجنوبي.\n\nوقال ناشطون إن الطائرات استهدفت السوق وسط المدينة والطريق "
            "الواصل بينها وبين بلدة حاس بعدة صواريخ.")
    assert _places("", text) == ["كفرنبل"]


def test_second_end_after_wa_bayn_is_no_scene() -> None:
    text = ("قتل شاب مساء اليوم بانفجار لغم أرضي في بلدة كفرنبل بريف إدلب.\n\nوانفجر لغم آخر "
            "على الطريق الواصل بين مدينة معرة النعمان وبين بلدة حاس دون إصابات.")
    assert "حاس" not in _places("", text)
