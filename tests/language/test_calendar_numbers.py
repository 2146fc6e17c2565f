"""Month, weekday and number words of the language layer."""

from __future__ import annotations

import pytest

from language.calendar import EGYPTIAN, EVENT_MONTHS, LEVANTINE, MAGHREBI, MONTHS, WEEKDAYS
from language.normalize import fold, normalize
from language.numbers import number_at
from language.tokens import tokens


def test_every_family_maps_all_twelve_months() -> None:
    for family in (LEVANTINE, EGYPTIAN, MAGHREBI):
        assert set(family.values()) == set(range(1, 13))


def test_tables_are_in_matching_form() -> None:
    assert MONTHS["اذار"] == MONTHS["مارس"] == MONTHS["مارس"] == 3
    assert MONTHS["جوان"] == MONTHS["حزيران"] == 6
    assert MONTHS["اوت"] == MONTHS["غشت"] == MONTHS["اب"] == 8
    assert WEEKDAYS["الجمعه"] == 4
    for name in [*MONTHS, *WEEKDAYS]:
        assert normalize(name) == fold(name) == name


def test_event_dates_leave_out_months_that_begin_ordinary_words() -> None:
    assert "جوان" not in EVENT_MONTHS and "ماي" not in EVENT_MONTHS
    assert EVENT_MONTHS["غشت"] == 8


@pytest.mark.parametrize(("text", "value"), [
    ("ثلاثة وعشرون", 23), ("خمسة عشر", 15), ("مئتين", 200), ("ثلاثمئة", 300),
    ("ثلاثة آلاف", 3000), ("15", 15), ("والعشرين", 20), ("آلاف", None), ("قتلى", None),
    # a unit joined to a unit is two numbers ("بين ثلاثة وخمسة"); after a hundred, one
    ("ثلاثة وخمسة", 3), ("مئة وخمسة", 105), ("ألف وخمسة", 1005),
    # hundreds glued to their units, in both spellings and with the article
    ("ثلاثمائة", 300), ("الثلاثمائة والثلاثين", 330), ("خمسمئة", 500),
])
def test_number_at(text: str, value: int | None) -> None:
    found = number_at(tokens(text, split_digits=True), 0)
    assert (found[0] if found else None) == value
