"""The day an article's "اليوم" names is the day on the clock Syria kept then: UTC+02:00 in
winter before October 2022, not a fixed +03:00. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor


def test_late_winter_evening_before_2022_keeps_its_day() -> None:
    events = _extractor().extract(
        "قتلى بغارة على بلدة كفرنبل",
        "قتل أربعة مدنيين اليوم بغارة جوية استهدفت سوق بلدة كفرنبل بريف إدلب الجنوبي.",
        "2016-01-14T23:40:00+02:00",
    )
    assert events and events[0].date == "2016-01-14"


def test_late_evening_after_2022_keeps_its_day() -> None:
    events = _extractor().extract(
        "قتلى بغارة على بلدة كفرنبل",
        "قتل أربعة مدنيين اليوم بغارة جوية استهدفت سوق بلدة كفرنبل بريف إدلب الجنوبي.",
        "2023-01-12T23:40:00+03:00",
    )
    assert events and events[0].date == "2023-01-12"
