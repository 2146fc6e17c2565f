"""Number words of the language layer."""

from __future__ import annotations

import pytest

from language.numbers import number_at
from language.tokens import tokens


@pytest.mark.parametrize(("text", "value"), [
    ("ثلاثة وعشرون", 23), ("خمسة عشر", 15), ("مئتين", 200), ("ثلاثمئة", 300),
    ("ثلاثة آلاف", 3000), ("15", 15), ("والعشرين", 20), ("آلاف", None), ("قتلى", None),
])
def test_number_at(text: str, value: int | None) -> None:
    found = number_at(tokens(text, split_digits=True), 0)
    assert (found[0] if found else None) == value
