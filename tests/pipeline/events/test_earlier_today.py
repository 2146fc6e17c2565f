"""A further event missed (sentences written for this test): "earlier today" opening
another incident of the day, as "later" does."""

from __future__ import annotations

from pipeline.events.classify import analyse


def test_earlier_today_is_a_connective_of_another_incident() -> None:
    sentences = analyse("الفصائل تدخل المدينة",
                        "وفي وقت سابق من اليوم، شنت طائرات حربية غارات على جسر البلدة.", 2014)
    assert sentences[1].has_cue("another_incident")
