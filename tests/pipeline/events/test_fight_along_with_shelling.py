"""Shelling the clash "went along with" ("اشتباكات ... ترافقت مع قصف مكثف") is the clash's own
fire, one Armed clash with the fight's dead (``pipeline.rules.triggers.AMID_FIGHTING_WITH``;
sentences written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2016-08-14T21:00:00+03:00"


def test_clash_that_went_along_with_shelling_is_one_clash() -> None:
    events = extractor().extract(
        "معارك في حي الراموسة",
        "دارت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في حي الراموسة بمدينة "
        "حلب، ترافقت مع قصف مدفعي مكثف. وقتل في المعارك ستة عناصر من قوات النظام.",
        PUBLISHED)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 6)]
