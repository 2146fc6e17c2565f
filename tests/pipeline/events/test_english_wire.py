"""English wire copy (the registry polls English outlets too): aircraft named by the verb
they strike with, a state's strikes by its adjective, a toll told by "killing" after the act,
and analysis pieces headed by their genre; sentences written for these tests."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2021-03-10T16:00:00+02:00"  # a Wednesday


def _kinds(title: str, text: str) -> list[str]:
    return [e.sub_event_type for e in extractor().extract(title, text, PUBLISHED)]


def test_aircraft_that_struck_are_an_air_strike() -> None:
    for craft, verb in (("Russian aircraft", "struck"), ("Government planes", "pounded"),
                        ("Turkish warplanes", "hit")):
        got = extractor().extract(
            "Raid on rebel-held Idlib",
            f"BEIRUT (XNA) - {craft} {verb} a market in the town of Saraqib in Idlib province "
            "on Tuesday, killing at least 12 people, a war monitor said.",
            PUBLISHED)
        assert got and got[0].sub_event_type == "Air/drone strike", (craft, got)
        assert got[0].fatalities == 12 and got[0].date == "2021-03-09", (craft, got)


def test_a_states_strikes_in_the_headline_are_air_strikes() -> None:
    got = extractor().extract(
        "Israeli strikes kill four near Damascus airport",
        "DAMASCUS (XNA) - The death toll rose to four on Wednesday, state media said, "
        "quoting a military source.", PUBLISHED)
    assert got and got[0].sub_event_type == "Air/drone strike", got


def test_a_strike_by_workers_is_no_air_strike() -> None:
    assert "Air/drone strike" not in _kinds(
        "Teachers strike over pay in Qamishli",
        "Hundreds of teachers went on strike in Qamishli on Tuesday over unpaid wages.")


def test_killing_after_the_act_is_violence() -> None:
    got = extractor().extract(
        "Gunmen kill three farm workers in Deraa",
        "AMMAN (XNA) - Gunmen on motorcycles stormed a farm in the village of Nawa "
        "on Tuesday, killing three farm workers, residents said.", PUBLISHED)
    assert got and got[0].event_type == "Violence against civilians", got
    assert got[0].fatalities == 3 and got[0].date == "2021-03-09", got


def test_an_analysis_piece_reports_no_incident() -> None:
    for head in ("ANALYSIS-", "EXPLAINER: ", "Insight - "):
        assert _kinds(
            f"{head}Why Russia keeps bombing Syria's northwest",
            "MOSCOW (XNA) - Russian jets have kept up raids on the last rebel enclave for "
            "months, with more than 300 strikes recorded since January, diplomats say.",
        ) == [], head


def test_an_analysis_word_inside_a_headline_is_no_genre() -> None:
    got = _kinds(
        "Blood analysis confirms sarin after Russian aircraft struck Khan Sheikhoun",
        "GENEVA (XNA) - Russian aircraft struck the town of Khan Sheikhoun in Idlib province "
        "on Tuesday, killing 12 people, a war monitor said.")
    assert got and got[0] in ("Air/drone strike", "Chemical weapon"), got
