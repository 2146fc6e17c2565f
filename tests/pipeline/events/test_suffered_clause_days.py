"""A place that suffered an act, told after a comma with its own day ("...، وتعرضت قرى B،
أمس الخميس، لقصف مدفعي"): that clause's day dates the act at B, not the day the sentence
opens with (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.dates import event_date_in
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
THURSDAY = datetime(2016, 5, 12, 20, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def _days(extractor: EventExtractor, text: str) -> dict[str | None, str | None]:
    return {e.place_pcode: e.date for e in extractor.extract("", text, THURSDAY)}


@pytest.mark.parametrize("text", [
    "قتل شاب صباح اليوم الخميس برصاص قناص في بلدة تلبيسة بريف حمص، وتعرض حي الوعر في مدينة "
    "حمص، مساء الأربعاء، لقصف بقذائف الهاون.",
    "قتل شاب صباح اليوم برصاص قناص في بلدة تلبيسة بريف حمص، وتعرضت أحياء الوعر مساء أمس "
    "لقصف صاروخي من قوات النظام.",
])
def test_the_suffered_clause_has_its_own_day(extractor: EventExtractor, text: str) -> None:
    days = _days(extractor, text)
    assert days["C2882"] == "2016-05-12"  # Talbiseh, today
    assert days["C2528"] == "2016-05-11"  # al-Waer in Homs city, the evening before


def test_a_clause_with_no_day_of_its_own_keeps_the_sentences() -> None:
    # Guard (passes on main too): "وتعرضت" with no day after it reads the day before it.
    text = ("قتل شاب صباح اليوم برصاص قناص في بلدة تلبيسة، وتعرضت البلدة لقصف بقذائف "
            "الهاون.")
    at = text.index("البلدة لقصف")
    assert event_date_in(text, THURSDAY, at) == THURSDAY.date()
