"""Issue 12 item 9, with articles written for these tests: a report that names another
town only as the scene of another event it tells does not name it as its incident's."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from pipeline.models import Event
from pipeline.settings import PipelineSettings
from pipeline.stories.stories import Report, StoryClusterer, same_story

STRIKE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
# Khan Shaykhun (C3987) and Kafr Sajna (C4110), a town 10 km north of it.
KHAN_SHAYKHUN: dict[str, Any] = {"admin1_pcode": "SY07", "place_pcode": "C3987",
                 "latitude": 35.44309, "longitude": 36.64533, "geo_precision": 1}  # fmt: skip
KAFR_SAJNA: dict[str, Any] = {"admin1_pcode": "SY07", "place_pcode": "C4110",
              "latitude": 35.52821, "longitude": 36.59076, "geo_precision": 1}  # fmt: skip


@pytest.fixture(scope="module")
def clusterer() -> StoryClusterer:
    return StoryClusterer.in_memory(PipelineSettings())


def told(clusterer: StoryClusterer, title: str, text: str,
         *events: tuple[tuple[str, str], dict[str, Any], int | None]) -> Report:
    found = [Event(*kind, "2019-06-10", fatalities=n, **p) for kind, p, n in events]
    return clusterer.report(title, text, found, datetime(2019, 6, 10, 12))


def test_a_town_named_only_as_another_events_scene_is_not_the_incidents(
    clusterer: StoryClusterer,
) -> None:
    # The strike on Khan Shaykhun, with the shelling of Kafr Sajna told in passing.
    khan = told(clusterer, "ارتفاع حصيلة الغارة على خان شيخون",
                "ارتفع عدد القتلى جراء غارة جوية على مدينة خان شيخون صباح اليوم. "
                "وتزامن ذلك مع قصف مدفعي على أطراف بلدة كفرسجنة.",
                (STRIKE, KHAN_SHAYKHUN, None), (SHELLING, KAFR_SAJNA, 0))
    # Another strike, on Kafr Sajna, whose report recalls Khan Shaykhun's.
    kafr = told(clusterer, "قتيلان بغارة على كفرسجنة",
                "قتل مدنيان بغارة جوية على بلدة كفرسجنة، بعد ساعات من غارة خان شيخون.",
                (STRIKE, KAFR_SAJNA, 2))
    assert same_story(khan, kafr, 0.0, 0.5) == 0
    assert same_story(kafr, khan, 0.0, 0.5) == 0
    # A report that names both towns as the incident's ("X near Y") still joins one that
    # names both too ("Y north of X") ...
    both = told(clusterer, "غارة على خان شيخون",
                "قتل مدنيان بغارة جوية على خان شيخون قرب كفرسجنة.",
                (STRIKE, KHAN_SHAYKHUN, 2))
    north = told(clusterer, "قتيلان بغارة على كفرسجنة",
                 "قتل مدنيان بغارة جوية على بلدة كفرسجنة شمال خان شيخون.",
                 (STRIKE, KAFR_SAJNA, 2))
    assert same_story(both, north, 0.0, 0.5) > 0
    # ... but not the one whose strike came "hours after" Khan Shaykhun's: that report
    # names Khan Shaykhun only as an earlier incident's town.
    assert same_story(both, kafr, 0.0, 0.5) == 0


DAMASCUS: dict[str, Any] = {"admin1_pcode": "SY01", "place_pcode": "C1001", "latitude": 33.5102,
            "longitude": 36.29128, "geo_precision": 1}  # fmt: skip
DOUMA: dict[str, Any] = {"admin1_pcode": "SY03", "place_pcode": "C2338", "latitude": 33.56986,
         "longitude": 36.39914, "geo_precision": 1}  # fmt: skip
MLEIHA: dict[str, Any] = {"admin1_pcode": "SY03", "place_pcode": "C2308", "latitude": 33.48453,
          "longitude": 36.37417, "geo_precision": 1}  # fmt: skip
ALEPPO: dict[str, Any] = {"admin1_pcode": "SY02", "place_pcode": "C1007", "latitude": 36.2,
          "longitude": 37.15, "geo_precision": 1}  # fmt: skip


def test_the_suburbs_across_a_governorate_line_are_one_front_not_a_round_up(
    clusterer: StoryClusterer,
) -> None:
    plain = told(clusterer, "قتيلان بقذائف هاون على دمشق",
                 "قتل مدنيان بسقوط قذائف هاون على حي في وسط دمشق صباح اليوم.",
                 (SHELLING, DAMASCUS, 2))
    # The mortars on the capital, and the raids on the suburbs they were fired from.
    front = told(clusterer, "قذائف على دمشق وغارات على الغوطة",
                 "قتل ثلاثة بقذائف هاون على دمشق، فيما شن الطيران غارات على دوما والمليحة.",
                 (SHELLING, DAMASCUS, 3), (STRIKE, DOUMA, 0), (STRIKE, MLEIHA, 0))
    assert not front.roundup
    assert same_story(front, plain, 0.0, 0.5) > 0
    # The day's events of two fronts far apart are still a round-up of the day.
    day = told(clusterer, "حصيلة اليوم",
               "قتل ثلاثة بقذائف هاون على دمشق، وشن الطيران غارات على دوما وعلى حلب.",
               (SHELLING, DAMASCUS, 3), (STRIKE, DOUMA, 0), (STRIKE, ALEPPO, 0))
    assert day.roundup
    assert same_story(day, plain, 0.0, 0.5) == 0


# Madinat al-Baath (C6275) and Khan Arnabah (C6273), 2 km apart.
BAATH: dict[str, Any] = {"admin1_pcode": "SY14", "place_pcode": "C6275", "latitude": 33.17136,
         "longitude": 35.87338, "geo_precision": 1}  # fmt: skip
KHAN_ARNABAH: dict[str, Any] = {"admin1_pcode": "SY14", "place_pcode": "C6273",
                "latitude": 33.18517, "longitude": 35.87721, "geo_precision": 1}  # fmt: skip


def test_an_attack_on_two_towns_is_the_attack_a_report_on_one_of_them_tells(
    clusterer: StoryClusterer,
) -> None:
    both = told(clusterer, "جرحى بقذائف على مدينة البعث وبلدة خان أرنبة",
                "أصيب ثلاثة مدنيين بقذائف صاروخية سقطت على مدينة البعث وبلدة خان أرنبة.",
                (SHELLING, BAATH, 0), (SHELLING, KHAN_ARNABAH, 0))
    one = told(clusterer, "قذائف على خان أرنبة",
               "سقطت قذائف صاروخية على بلدة خان أرنبة وأوقعت جرحى.",
               (SHELLING, KHAN_ARNABAH, 0))
    assert same_story(one, both, 0.0, 0.5) > 0
    assert same_story(both, one, 0.0, 0.5) > 0
    # A strike on the second town with dead of its own is another attack the report recalls.
    recalled = told(clusterer, "قذائف على مدينة البعث",
                    "سقطت قذائف على مدينة البعث، بعد مقتل اثنين بقذائف على خان أرنبة.",
                    (SHELLING, BAATH, 0), (SHELLING, KHAN_ARNABAH, 2))
    assert same_story(one, recalled, 0.0, 0.5) == 0
    # Nor is an event of another kind in the second town the same attack.
    raid = told(clusterer, "غارة على مدينة البعث",
                "شنت طائرة غارة على مدينة البعث، وسقطت قذائف على خان أرنبة.",
                (STRIKE, BAATH, 0), (SHELLING, KHAN_ARNABAH, 0))
    assert same_story(one, raid, 0.0, 0.5) == 0
