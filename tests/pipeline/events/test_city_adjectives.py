"""A city's adjective after a quarter's name ("حي جوبر الدمشقي", the Damascene quarter of
Jobar) says whose quarter it is, even in an article whose other places are elsewhere;
sentences written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extraction import extractor as _extractor

from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings

PUBLISHED = "2015-06-02T18:00:00+03:00"


@lru_cache(maxsize=1)
def _resolver() -> PlaceResolver:
    return PlaceResolver.from_settings(PipelineSettings())


@pytest.mark.parametrize(("text", "pcode"), [
    # the Damascene Jobar, not the village of Homs, though Rif Dimashq is named first
    ("ألقت المروحيات براميل على مدينة يبرود بريف دمشق. وهاجمت قوات النظام حي جوبر "
     "الدمشقي من جهة المتحلق.", "C1001"),
    ("تقدمت القوات في القلمون بريف دمشق، ودارت معارك على أطراف حي القابون الدمشقي.",
     "C1001"),
])
def test_a_quarter_with_its_city_adjective_is_in_that_city(text: str, pcode: str) -> None:
    codes = [m.place.pcode for m in _resolver().find(text)]
    assert pcode in codes


def test_the_clash_in_the_damascene_quarter_is_placed_in_damascus() -> None:
    text = ("قتل أربعة مدنيين صباح اليوم بقصف مدفعي على مدينة يبرود في ريف دمشق.\n\n"
            "وعلى جبهة أخرى، اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام على أطراف حي "
            "جوبر الدمشقي منذ فجر اليوم.")
    places = {e.sub_event_type: e.place_pcode for e in _extractor().extract("", text, PUBLISHED)}
    assert places.get("Armed clash") == "C1001"
