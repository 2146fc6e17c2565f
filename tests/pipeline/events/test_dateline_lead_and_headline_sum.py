"""A headline's violence whose victims only the lead names, with a dateline line between
("حماة – مراسلنا"), and a headline's toll that already adds the attackers the body counts
apart ("إلى 12 قتيلاً" over "عشرة من عناصر الأمن" and "قتل اثنان من المهاجمين").
Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2025-02-13T12:00:00+03:00"  # a Thursday

TITLE = "ارتفاع حصيلة كمين السعن بريف حماة إلى 12 قتيلاً"
TEXT = (
    "حماة – مراسلنا\n\n"
    "ارتفعت حصيلة الكمين الذي تعرضت له دورية تابعة لوزارة الداخلية، مساء أمس الأربعاء، قرب "
    "بلدة السعن في ريف حماة، إلى عشرة قتلى من عناصر الأمن العام، بعد أن كانت الحصيلة ستة.\n\n"
    "وقال مصدر أمني إن مسلحين فتحوا النار على الدورية من منازل البلدة، ما أدى إلى اشتباك "
    "قتل خلاله اثنان من المهاجمين."
)


def _events() -> list[Event]:
    return _extractor().extract(TITLE, TEXT, PUBLISHED)


def test_an_ambush_on_a_patrol_named_after_the_dateline_is_a_clash() -> None:
    assert [e.sub_event_type for e in _events()][:1] == ["Armed clash"]


def test_a_headline_toll_that_adds_up_the_sides_is_not_added_to() -> None:
    assert _events()[0].fatalities == 12
