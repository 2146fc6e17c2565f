"""The weapons a campaign used over its length ("حملة استمرت أشهراً، استخدمت فيها مئات
الغارات") are its arsenal, not a bombardment on the day the town fell; sentences written for
these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

PUBLISHED = "2016-07-21T19:00:00+03:00"


def _kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in _extractor().extract("", text, PUBLISHED)]


@pytest.mark.parametrize("used", ["استخدمت فيها", "شنت خلالها"])
def test_a_campaigns_strikes_are_no_strike_of_the_day(used: str) -> None:
    text = (f"سيطرت قوات النظام اليوم على بلدة حربنفسه في ريف حماة الجنوبي، في ختام حملة "
            f"عسكرية دامت أربعة أشهر {used} الطائرات الحربية عشرات الغارات الجوية.")
    assert _kinds(text) == ["Government regains territory"]


def test_strikes_that_opened_the_assault_are_an_event() -> None:
    # the control: the day's raids before the advance are a strike of their own
    text = ("سيطرت قوات النظام اليوم على بلدة حربنفسه في ريف حماة الجنوبي، بعد غارات جوية "
            "مكثفة شنتها الطائرات الحربية منذ الفجر على البلدة.")
    assert "Air/drone strike" in _kinds(text)
