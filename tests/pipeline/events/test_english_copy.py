"""English wire copy on an Arabic site: an evacuation deal told by its buses, and a town's
place in the war's history; sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2016-12-14T18:00:00+02:00"  # a Wednesday


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode, e.date)
            for e in extractor.extract(title, text, PUBLISHED)]


def test_buses_leaving_under_a_deal_are_the_agreement_of_the_day() -> None:
    got = _events(
        "اتفاق لإخراج المقاتلين من حي الوعر",
        "HOMS, Syria (LWS) - Green buses carrying rebel fighters and their families left the "
        "besieged city of Homs on Wednesday under a deal struck with the government. Under "
        "the agreement, about 700 people are to be taken to the rebel-held town of Jarablus "
        "in the northern countryside.",
    )
    assert got and got[0] == ("Agreement", "C2528", "2016-12-14"), got


def test_the_heaviest_fighting_of_the_war_is_history() -> None:
    got = _events(
        "اتفاق لإخراج المقاتلين من حي الوعر",
        "HOMS, Syria (LWS) - Green buses carrying rebel fighters and their families left the "
        "besieged city of Homs on Wednesday under a deal struck with the government. Its "
        "old quarters of Khalidiya and Baba Amr saw some of the heaviest fighting of the war.",
    )
    assert [kind for kind, _, _ in got] == ["Agreement"], got


def test_a_town_seized_after_days_of_fighting_is_taken_in_battle_once() -> None:
    got = _events(
        "تنظيم الدولة يسيطر على مدينة في ريف حمص",
        "BEIRUT (LWS) - Islamic State fighters seized full control of the city of Palmyra "
        "overnight after government forces withdrew, residents said on Wednesday. The monitor "
        "said the militants overran the grain silos and the old jail of Tadmur after six days "
        "of fighting in the surrounding hills.",
    )
    assert [kind for kind, _, _ in got] == ["Non-state actor overtakes territory"], got


def test_battling_militants_while_bombers_are_sent_out_is_a_battle() -> None:
    got = _events(
        "معارك عنيفة على أطراف الباغوز",
        "NEAR BAGHOUZ, Syria (LWS) - Kurdish-led fighters kept up their push into the village "
        "of Baghuz on Wednesday, battling jihadists dug in along the river. A spokesman said "
        "20 militants were killed in clashes overnight and that two fighters died when the "
        "jihadists sent out suicide bombers in cars.",
    )
    assert got and got[0][0] == "Armed clash", got
