"""Issue 12 item 9, with articles written for these tests: two quarters (or works) of one
town that the gazetteer does not tell apart are two incidents; a shooting at a protest
told by the other side as an armed group's attack is one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from pipeline.models import Event
from pipeline.settings import PipelineSettings
from pipeline.stories.stories import (
    IncidentKey,
    Report,
    StoryClusterer,
    Verdict,
    _verdict,
    compare,
    same_story,
    sites,
)

HOMS: dict[str, Any] = {"admin1_pcode": "SY04", "place_pcode": "C2528", "latitude": 34.72272,
        "longitude": 36.71482, "geo_precision": 1}  # fmt: skip
STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def report(deaths: int, title: str, text: str) -> Report:
    key = IncidentKey.from_event(Event(*STRIKE, "2017-03-02", fatalities=deaths, **HOMS))
    return Report((key,), frozenset({"C2528"}), 1, 1, sites(title, text))


MORNING = report(6, "غارة على سوق حي الوعر تقتل ستة مدنيين",
                 "قصفت طائرة حربية صباح اليوم سوقاً في حي الوعر بمدينة حمص. "
                 "وأصيب عشرات بجروح.")
UPDATE = report(9, "ارتفاع عدد ضحايا غارة الوعر إلى تسعة",
                "ارتفع عدد القتلى جراء الغارة على حي الوعر غربي حمص إلى تسعة مدنيين.")
EVENING = report(4, "أربعة قتلى بغارة على حي الخالدية بعد ساعات من مجزرة الوعر",
                 "قتل أربعة مدنيين مساء اليوم بغارة على مبنى سكني في حي الخالدية بحمص. "
                 "وجاءت الغارة بعد ساعات على قصف حي الوعر.")
ENGLISH = report(11, "Air strike kills 11 in Homs market",
                 "HOMS, Syria - A warplane struck a market in the Waer district of Homs on "
                 "Thursday, killing 11 people. Hours later the Khalidiya neighbourhood was hit.")


def test_sites_are_read_from_the_headline_and_first_sentence_in_either_script() -> None:
    assert MORNING.sites == UPDATE.sites == ENGLISH.sites  # الوعر / Waer
    assert EVENING.sites and EVENING.sites.isdisjoint(MORNING.sites)  # الخالدية only
    assert sites("قصف على مدينة حمص", "قتل مدنيان في حي سكني بالمدينة.") == frozenset()
    # A gazetteer place named as a "district" is no quarter of a town.
    assert sites("Strikes in the Afrin district", "Jets hit villages.",
                 frozenset({"frn"})) == frozenset()


def test_two_quarters_of_one_town_are_two_incidents() -> None:
    assert _verdict(EVENING, MORNING) is Verdict.DIFFERENT
    assert same_story(EVENING, MORNING, 0.0, 0.5) == 0
    assert same_story(EVENING, ENGLISH, 0.0, 0.5) == 0
    # One quarter, a rising toll, in Arabic or English: one incident.
    assert same_story(UPDATE, MORNING, 0.0, 0.5) > 0
    assert same_story(ENGLISH, UPDATE, 0.0, 0.5) > 0
    # A report that names no quarter leaves the question to the other facts.
    vague = report(6, "غارة على حمص", "قتل ستة مدنيين بغارة على مدينة حمص اليوم.")
    assert same_story(vague, EVENING, 0.0, 0.5) > 0


def test_sites_survive_the_index() -> None:
    assert Report.from_dict(MORNING.to_dict()) == MORNING
    assert Report.from_dict({"keys": []}).sites == frozenset()




FORCE = ("Protests", "Excessive force against protesters")
ATTACK = ("Violence against civilians", "Attack")
PROTEST = ("Protests", "Peaceful protest")


def key(kind: tuple[str, str], deaths: int, day: str = "2017-03-02") -> IncidentKey:
    return IncidentKey.from_event(Event(*kind, day, fatalities=deaths, **HOMS))


def test_fire_on_a_protest_and_an_armed_groups_attack_on_the_crowd_are_one_shooting() -> None:
    # One side: forces fired on the marchers; the other: gunmen fired on the worshippers.
    assert compare(key(ATTACK, 3), key(FORCE, 2)) is Verdict.SAME
    assert compare(key(FORCE, 4), key(ATTACK, 3)) is Verdict.SAME
    # Still one place and day; a march with no force used is no attack.
    assert compare(key(ATTACK, 3, "2017-03-04"), key(FORCE, 2)) is Verdict.DIFFERENT
    assert compare(key(ATTACK, 3), key(PROTEST, 0)) is Verdict.DIFFERENT


# Amuda (C4688) and Tal Habash (C4693), a village 3.5 km from it.
AMUDA: dict[str, Any] = {"admin1_pcode": "SY08", "place_pcode": "C4688", "latitude": 37.10353,
         "longitude": 40.92779, "geo_precision": 1}  # fmt: skip
TAL_HABASH: dict[str, Any] = {"admin1_pcode": "SY08", "place_pcode": "C4693",
              "latitude": 37.07718, "longitude": 40.90649, "geo_precision": 1}  # fmt: skip


def test_a_report_placing_the_incident_near_a_town_need_not_name_the_village() -> None:
    clusterer = StoryClusterer.in_memory(PipelineSettings())

    def told(title: str, text: str, *places: tuple[dict[str, Any], int]) -> Report:
        events = [Event(*STRIKE, "2022-11-20", fatalities=n, **p) for p, n in places]
        return clusterer.report(title, text, events, datetime(2022, 11, 20, 12))

    village = told("مسيرة تستهدف دراجة نارية قرب تل حبش",
                   "قتل شابان بضربة مسيرة استهدفت دراجتهما قرب قرية تل حبش جنوب عامودا.",
                   (TAL_HABASH, 2))
    near_town = told("Drone kills two near Amuda",
                     "A drone hit a motorcycle near the town of Amuda on Sunday, killing two "
                     "young men.", (AMUDA, 2))
    in_town = told("Drone kills two in Amuda",
                   "A drone hit a motorcycle in the town of Amuda on Sunday, killing two "
                   "young men.", (AMUDA, 2))
    assert near_town.near and not in_town.near
    assert same_story(near_town, village, 0.0, 0.5) > 0
    # Placed in the town itself, it is the town's incident, not the village's.
    assert same_story(in_town, village, 0.0, 0.5) == 0
    # The village's report names the town as another incident's place: no excuse.
    other = told("مسيرة تستهدف دراجة نارية قرب تل حبش",
                 "قتل شابان بضربة مسيرة قرب قرية تل حبش، بعد ساعات من غارة على عامودا.",
                 (TAL_HABASH, 2), (AMUDA, 1))
    assert same_story(near_town, other, 0.0, 0.5) == 0


def test_a_site_written_as_one_word_in_english_is_the_arabic_two() -> None:
    arabic = report(3, "قصف على حي صلاح الدين", "قتل ثلاثة بقصف على حي صلاح الدين في حمص.")
    english = report(3, "Shelling kills three in Homs",
                     "Shells hit the Salaheddine district of Homs, killing three.")
    assert same_story(english, arabic, 0.0, 0.5) > 0


def test_sites_also_part_a_district_report_from_a_town_of_it() -> None:
    # "ريف حمص" (the Homs district, placed at its area) against a town of it: a report
    # naming another quarter or work is still another incident.
    district = {**HOMS, "place_pcode": "SY0401", "geo_precision": 2}
    key = IncidentKey.from_event(Event(*STRIKE, "2017-03-02", fatalities=4, **district))
    bridge = Report((key,), frozenset({"SY0401"}), 1, 1,
                    sites("غارة قرب جسر الرستن", "قتل أربعة بغارة قرب جسر الرستن."))
    assert bridge.sites
    assert same_story(bridge, MORNING, 0.0, 0.5) == 0
    unnamed = Report((key,), frozenset({"SY0401"}), 1, 1, frozenset())
    assert same_story(unnamed, MORNING, 0.0, 0.5) > 0


@pytest.mark.parametrize(("text", "site"), [
    ("Shells struck Homs's Waer district on Thursday.", "r"),  # not the town's possessive
    ("Jets hit the rebel-held Khalidiya neighbourhood.", "kld"),
    ("Fighters clashed near the Kurdish-held Sheikh Maqsoud quarter.", "Sk"),  # no "X-held"
    ("A drone struck a car by the Tishreen Dam.", "tSrn"),  # the noun in any case
])
def test_english_sites(text: str, site: str) -> None:
    assert sites("", text) == frozenset({site})


@pytest.mark.parametrize("text", [
    "A car bomb tore through a mainly Alawite neighbourhood of Homs on Tuesday.",
    "Shells hit a residential district of the city.",
])
def test_what_kind_of_quarter_is_no_site(text: str) -> None:
    assert sites("", text) == frozenset()


def test_a_town_named_for_an_earlier_incident_is_not_where_a_report_places_its_own() -> None:
    # Two blasts of war remnants in neighbouring towns on one day: the second report names
    # the first town only as the scene of the blast it came "hours after".
    clusterer = StoryClusterer.in_memory(PipelineSettings())
    text = ("توفي مزارع بعد ظهر اليوم جراء انفجار لغم أرضي بجراره أثناء حراثة أرضه في بلدة "
            "اللطامنة بريف حماة الشمالي.\n\n"
            "ويأتي الحادث بعد ساعات من وفاة طفلين بانفجار قنبلة عنقودية في مدينة كفرزيتا "
            "المجاورة.")
    event = Event("Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-01-17",
                  admin1_pcode="SY05", place_pcode="C3458", fatalities=1)
    got = clusterer.report("وفاة مزارع بانفجار لغم في اللطامنة", text, [event],
                           datetime(2026, 1, 17, 20, 0))
    assert "C3458" in got.mentions and "C3463" not in got.mentions
