"""A further incident of the day before told with its source's backstory, and one person
killed named in construct; sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.events.background import recalls_earlier

PUBLISHED = "2023-04-12T19:00:00+03:00"  # a Wednesday


@pytest.mark.parametrize(("sentence", "recalls"), [
    # a pluperfect in the source's backstory after the attribution recalls nothing
    ("وفي حادث آخر، أطلق مجهولون النار مساء أمس على معلم في بلدة الميادين، وفق ما أفاد "
     "أقاربه الذين قالوا إنه كان قد تلقى تهديدات بسبب عمله", False),
    ("وكانت قوات الأمن قد اعتقلت أمس شاباً في البلدة، بحسب ناشطين", True),
    ("وكان مسلحون قد هاجموا الحاجز أمس", True),
])
def test_a_pluperfect_after_the_attribution_recalls_nothing(sentence: str,
                                                           recalls: bool) -> None:
    assert recalls_earlier(sentence) is recalls


def test_one_person_killed_named_in_construct_counts_one() -> None:
    for text in ("قتل مسلحون مجهولون مساء اليوم مختار القرية أمام منزله في بلدة الميادين.",
                 "اغتال مسلحون مجهولون اليوم سائق إحدى الحافلات قرب بلدة الميادين."):
        events = _extractor().extract("", text, PUBLISHED)
        assert [e.fatalities for e in events] == [1], (text, events)
