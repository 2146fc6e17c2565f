""""ارتقى" counts the people after it though a phrase pointing back at the act stands between
("وارتقى على إثرها مقاتلان"). Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

PUBLISHED = "2023-06-06T20:00:00+03:00"  # a Tuesday


def test_martyred_after_on_its_account_counts_the_people() -> None:
    events = _extractor().extract(
        "مسيّرة تستهدف نقطة عسكرية قرب عامودا",
        "استهدفت طائرة مسيّرة بعد ظهر اليوم نقطة عسكرية قرب مدينة عامودا بريف الحسكة، "
        "وارتقى على إثرها ثلاثة مقاتلين.",
        PUBLISHED,
    )
    assert events and events[0].fatalities == 3


def test_rose_after_on_its_account_counts_no_one() -> None:
    events = _extractor().extract(
        "مسيّرة تستهدف نقطة عسكرية قرب عامودا",
        "استهدفت طائرة مسيّرة بعد ظهر اليوم نقطة عسكرية قرب مدينة عامودا بريف الحسكة، "
        "وارتقى على إثرها مستوى التوتر في المنطقة.",
        PUBLISHED,
    )
    assert events and events[0].fatalities == 0
