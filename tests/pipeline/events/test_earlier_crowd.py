"""A protest told as what an earlier night or day saw ("بعد ليلة شهدت مظاهرة") dates the
act the sentence tells; it is not that act's crowd; sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

PUBLISHED = "2012-05-15T21:00:00+03:00"


def _kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in _extractor().extract("", text, PUBLISHED)]


@pytest.mark.parametrize("earlier", ["بعد ليلة شهدت", "عقب يوم شهد"])
def test_raids_after_a_night_of_protest_are_arrests(earlier: str) -> None:
    text = (f"داهمت قوات الأمن اليوم منازل في حي القدم بدمشق واعتقلت 25 شاباً، {earlier} "
            "مظاهرة ليلية في ساحة الحي.")
    assert _kinds(text) == ["Arrests"]


def test_arrests_at_the_protest_break_it_up() -> None:
    # the control: the crowd arrested as it marched is a protest broken up
    text = ("خرجت اليوم مظاهرة في حي القدم بدمشق، وفرقتها قوات الأمن واعتقلت 25 من "
            "المشاركين فيها.")
    assert _kinds(text) == ["Protest with intervention"]
