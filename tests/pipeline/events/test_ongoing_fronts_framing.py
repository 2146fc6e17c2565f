"""The fighting said to go on, framing a report ("في ظل استمرار المعارك على جبهتي A وB"),
is the fronts' ongoing state, no incident of its own (``pipeline.rules.cues``
"background"; sentences written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2024-12-20T20:00:00+03:00"


def test_ongoing_fighting_on_two_fronts_frames_the_day() -> None:
    events = extractor().extract(
        "حصيلة يوم في ريف حلب",
        "شهد ريف حلب اليوم الجمعة عدة حوادث أمنية، في ظل استمرار المعارك على جبهتي مارع "
        "وتل رفعت بين الفصائل وقسد.\n\nمدينة الباب: قتل مدنيان بانفجار عبوة ناسفة "
        "بسيارة قرب دوار السنتر ظهر اليوم.",
        PUBLISHED)
    assert [(e.place_name, e.fatalities) for e in events] == [("الباب", 2)]
