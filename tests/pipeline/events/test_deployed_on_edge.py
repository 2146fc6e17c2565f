"""Where the side accused of the fire is deployed, "on" a place ("القوات المتمركزة على أطراف
ريف حماة"), is no scene of its own (``pipeline.rules.scenes.NOT_SCENE_BEFORE``; sentences
written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2019-05-06T18:00:00+03:00"


def test_forces_deployed_on_a_region_are_no_scene() -> None:
    events = extractor().extract(
        "قتيلان بقذائف على كفرنبل",
        "قتل مدنيان عصر اليوم جراء سقوط قذائف على بلدة كفرنبل بريف إدلب الجنوبي. واتهم "
        "ناشطون قوات النظام المتمركزة على أطراف ريف حماة الشمالي بإطلاق القذائف.",
        PUBLISHED)
    assert [(e.admin1_pcode, e.fatalities) for e in events] == [("SY07", 2)]
