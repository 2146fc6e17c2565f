"""Tyres set alight by a crowd, and what followed an incident told as such ("وعلى إثر
الحادثة"), in sentences written for these tests (issue 12, dev10)."""

from __future__ import annotations

import pytest

from pipeline.events.classify import classify
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-03-05T20:00:00+03:00"  # a Wednesday


@pytest.mark.parametrize("title", [
    "شبان غاضبون يضرمون النار في الإطارات ويقطعون طريق درعا – دمشق",
    "محتجون يحرقون إطارات السيارات أمام مبنى البلدية في جرمانا",
    "إحراق إطارات وقطع طرقات في مدينة جبلة احتجاجاً على انقطاع الكهرباء",
])
def test_tyres_set_alight_are_a_violent_demonstration(title: str) -> None:
    assert [d.sub_event_type for d in classify(title, "", 2025)][:1] == \
        ["Violent demonstration"]


def test_what_followed_the_incident_is_a_further_event() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "مقتل شاب برصاص دورية أمنية في مدينة جبلة",
        "قتل شاب، مساء اليوم الأربعاء، برصاص عناصر دورية أمنية أطلقوا النار على سيارته "
        "عند مدخل مدينة جبلة الجنوبي.\n\n"
        "وعلى إثر الحادثة، تجمع العشرات من أقاربه أمام مبنى المنطقة، وأشعلوا النار في "
        "إطارات السيارات وقطعوا الطريق العام لساعات.",
        PUBLISHED,
    )
    kinds = [e.sub_event_type for e in events]
    assert kinds[0] == "Attack" and "Violent demonstration" in kinds, kinds


@pytest.mark.parametrize("turned", ["قبل أن تتحول إلى مواجهات", "ثم تتطور إلى مواجهات"])
def test_a_protest_that_turns_in_the_present_is_a_riot(turned: str) -> None:
    # The crowd's plural takes the feminine present ("تتحول"، "تتطور"): its confrontations
    # with guards are the riot's own, no battle beside it.
    title = "مقتل شاب خلال احتجاجات في مدينة إعزاز"
    text = (f"قتل شاب مساء اليوم الأربعاء خلال احتجاجات غاضبة في مدينة إعزاز، {turned} "
            "مع عناصر حراسة أحد المقرات.")
    assert [d.sub_event_type for d in classify(title, text, 2025)] == ["Violent demonstration"]
