"""English wire copy on an Arabic site: an evacuation deal told by its buses, a town's place
in the war's history, a town taken after the other side withdrew and fighting, and a battle
that bombers took part in; sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2016-12-14T18:00:00+02:00"  # a Wednesday
DEAL = ("HOMS, Syria (LWS) - A convoy of green buses carrying rebel fighters and their "
        "relatives pulled out of the city of Homs on Wednesday under a deal struck with "
        "Damascus after months of talks. ")


def _events(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode, e.date)
            for e in extractor.extract(title, text, PUBLISHED)]


def test_buses_leaving_under_a_deal_are_the_agreement_of_the_day() -> None:
    got = _events(
        "اتفاق لإخراج المقاتلين من حي الوعر",
        DEAL + "The agreement says about 700 people will be taken to the rebel-held town of "
        "Jarablus near the Turkish border.",
    )
    assert got and got[0] == ("Agreement", "C2528", "2016-12-14"), got


def test_the_fiercest_fighting_of_the_war_is_history() -> None:
    got = _events(
        "اتفاق لإخراج المقاتلين من حي الوعر",
        DEAL + "Early in the conflict the Baba Amr district was the scene of the fiercest "
        "fighting of the war.",
    )
    assert [kind for kind, _, _ in got] == ["Agreement"], got


def test_a_town_seized_after_days_of_fighting_is_taken_in_battle_once() -> None:
    got = _events(
        "تنظيم الدولة يسيطر على مدينة في ريف حمص",
        "BEIRUT (LWS) - Islamic State militants took the city of Palmyra in a night assault "
        "once army units withdrew, local activists reported on Wednesday. A war monitor said "
        "the jihadists stormed the grain silos and the old jail of Tadmur following six days "
        "of fighting in the hills around it.",
    )
    assert [kind for kind, _, _ in got] == ["Non-state actor overtakes territory"], got


def test_battling_militants_while_bombers_are_sent_out_is_a_battle() -> None:
    got = _events(
        "معارك عنيفة على أطراف الباغوز",
        "DEIR EZ-ZOR, Syria (LWS) - Kurdish-led fighters kept up their push into the village "
        "of Baghuz on Wednesday, battling jihadists dug in along the river. A spokesman said "
        "20 militants were killed in clashes overnight and that two fighters died when the "
        "jihadists sent out suicide bombers in cars.",
    )
    assert got and got[0][0] == "Armed clash", got


def test_weapons_seized_in_a_raid_are_no_ground_taken() -> None:
    # Seizing things is no takeover: the raid is the arrests it made.
    for things in ("weapons caches and ammunition", "two arms depots",
                   "a large quantity of rifles and rounds"):
        got = _events(
            "Security raid in Idlib",
            "Police raided a farmhouse in Idlib city on Wednesday, detained three suspects "
            f"and seized {things}, the interior ministry said.",
        )
        kinds = [kind for kind, _, _ in got]
        assert "Arrests" in kinds and not any("territory" in k for k in kinds), (things, got)


def test_a_town_seized_is_still_ground_taken() -> None:
    got = _events(
        "Rebels take a town in Idlib",
        "Rebel fighters seized the town of Saraqib and its weapons depots on Wednesday after "
        "heavy clashes with government forces.",
    )
    assert any("territory" in kind for kind, _, _ in got), got


def test_fire_on_a_protest_that_kills_is_excessive_force_at_the_town_not_its_landmark() -> None:
    got = _events(
        "Syrian forces fire on protesters in eastern town",
        "BEIRUT (LWS) - Security forces opened fire on a protest in the eastern town of "
        "Mayadin on Wednesday, killing at least four people, activists said. The town lies on "
        "the Euphrates about 45 km southeast of Deir al-Zor.",
    )
    assert got == [("Excessive force against protesters", "C5192", "2016-12-14")], got
