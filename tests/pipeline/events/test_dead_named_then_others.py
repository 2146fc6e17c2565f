"""The dead named one by one: a victim named in the lead, then the rest counted as others in
a later sentence ("وتسبب الانفجار بمقتل ثلاثة أشخاص آخرين"), add up; others who were wounded,
or others already inside the lead's count, do not (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2016, 5, 12, 20, 0, tzinfo=SYRIA)
LEAD = ("قتل المحامي سامر العلي في انفجار عبوة ناسفة استهدفت سيارته صباح اليوم في بلدة "
        "الصنمين بريف درعا.")


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


@pytest.mark.parametrize(("more", "killed"), [
    # the others after the count and its noun of persons, after figures, after a dual
    ("وتسبب الانفجار بمقتل ثلاثة أشخاص آخرين كانوا قرب المكان.", 4),
    ("وأدى الانفجار كذلك إلى مقتل 5 آخرين من المارة.", 6),
    ("وأسفر الانفجار عن مقتل شخصين آخرين كانا في السيارة.", 3),
])
def test_others_counted_after_a_named_victim_add_up(extractor: EventExtractor, more: str,
                                                    killed: int) -> None:
    events = extractor.extract("", f"{LEAD}\n\n{more}", WHEN)
    assert [e.fatalities for e in events] == [killed]


@pytest.mark.parametrize(("more", "killed"), [
    # Guards (pass on main too): the others are the wounded ...
    ("وأصيب في الانفجار ثلاثة أشخاص آخرون بجروح.", 1),
    ("وأسفر الانفجار عن مقتل المحامي وإصابة ثلاثة آخرين.", 1),
])
def test_wounded_others_add_no_dead(extractor: EventExtractor, more: str, killed: int) -> None:
    events = extractor.extract("", f"{LEAD}\n\n{more}", WHEN)
    assert [e.fatalities for e in events] == [killed]


def test_others_inside_the_leads_count_are_not_added_again(extractor: EventExtractor) -> None:
    # Guard (passes on main too): the lead counts three, the named one among them; "مع شخصين
    # آخرين" retells the same three.
    events = extractor.extract(
        "", "قتل ثلاثة أشخاص بينهم المحامي سامر العلي في انفجار عبوة ناسفة صباح اليوم في "
            "بلدة الصنمين بريف درعا.\n\nوقتل المحامي مع شخصين آخرين كانا برفقته.", WHEN)
    assert [e.fatalities for e in events] == [3]


def test_a_headline_that_counts_the_wounded_as_others_adds_nothing(
        extractor: EventExtractor) -> None:
    # Guard: the headline's "ثلاثة آخرين" are wounded, even when as many as the dead.
    events = extractor.extract(
        "مقتل ثلاثة عناصر وإصابة ثلاثة آخرين بهجوم قرب تدمر",
        "قتل ثلاثة عناصر من قوات الأمن اليوم في هجوم شنه مسلحون على حاجز قرب مدينة تدمر.",
        WHEN)
    assert [e.fatalities for e in events] == [3]
