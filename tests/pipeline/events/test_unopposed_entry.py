"""Ground that changes hands without a fight, told by forces going in ("دخلت القوات البلدة دون
مقاومة"), a negation that ends at its clause ("دون أي مواجهات، بعد انسحاب ...") and the day
of the earlier act such a sentence recalls; sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.events.dates import event_date_in, resolve_event_date
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2026-01-18T16:20:00+03:00"  # a Sunday
TRANSFER = "Non-violent transfer of territory"


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name, e.date)
            for e in extractor.extract(title, text, PUBLISHED)]


@pytest.mark.parametrize("verb", ["دخلت قوات الجيش بلدة", "توغلت قوات الجيش في بلدة",
                                  "انتشرت قوات الجيش في بلدة", "تمركزت قوات الجيش في بلدة"])
@pytest.mark.parametrize("unopposed", ["دون مقاومة", "دون أي مواجهات", "بدون قتال",
                                       "دون أي اشتباكات"])
def test_forces_going_in_unopposed_take_the_ground(verb: str, unopposed: str) -> None:
    got = _events("قوات الجيش في ريف درعا",
                  f"{verb} الصنمين في ريف درعا صباح اليوم {unopposed}.")
    assert got and got[0][0] == TRANSFER and got[0][1] == "الصنمين", got


def test_a_patrol_deployed_without_incident_takes_nothing() -> None:
    got = _events("دوريات في حمص",
                  "انتشرت دوريات الشرطة في شوارع مدينة حمص اليوم دون أي حوادث.")
    assert got == [], got


def test_a_negation_ends_at_its_clause() -> None:
    # "دون أي مواجهات" denies the fighting; the withdrawal after the comma stands.
    got = _events("الجيش في كرناز",
                  "باتت بلدة كرناز في ريف حماة بيد الجيش صباح اليوم دون أي مواجهات، بعد "
                  "انسحاب المسلحين منها.")
    assert [kind for kind, _, _ in got] == [TRANSFER], got


def test_a_negation_in_the_clause_still_takes_the_act_back() -> None:
    got = _events("هدوء في كرناز",
                  "لم يسجل أي انسحاب للمسلحين من بلدة كرناز في ريف حماة حتى مساء اليوم.")
    assert TRANSFER not in [kind for kind, _, _ in got], got


def test_a_town_entered_unopposed_after_a_battle_elsewhere_is_a_transfer_of_today() -> None:
    got = _events(
        "اشتباكات في معدان",
        "دارت اشتباكات عنيفة في بلدة معدان بريف الرقة صباح اليوم.\n\n"
        "وفي ريف حماة، دخلت وحدات الجيش بلدة كرناز دون أي مواجهات، بعد انسحاب المسلحين "
        "منها وفق الاتفاق الذي جرى التوصل إليه مساء أمس.",
    )
    assert (TRANSFER, "كرناز", "2026-01-18") in got, got


def test_the_day_of_a_recalled_act_is_not_the_opening_acts() -> None:
    when = datetime.fromisoformat(PUBLISHED)
    recalled = ("دخلت وحدات الجيش بلدة كرناز دون أي مواجهات، بعد انسحاب المسلحين منها وفق "
                "الاتفاق الذي أبرم مساء أمس.")
    assert resolve_event_date(recalled, when) == date(2026, 1, 18)
    assert event_date_in(recalled, when) is None
    # "، بعد ظهر أمس" is a time of day, and a day of the opening clause stands.
    assert resolve_event_date("قتل شاب في بلدة كرناز، بعد ظهر أمس.", when) == date(2026, 1, 17)
    assert resolve_event_date("دخلت القوات البلدة مساء أمس، بعد انسحاب المسلحين منها.",
                              when) == date(2026, 1, 17)
