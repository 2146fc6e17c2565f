"""An article's toll as war-years reports tell it across sentences: a source right after the
lead that says people died without a number, and another source's figure after a toll
that rose (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2016, 4, 20, 15, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_a_source_telling_losses_in_men_after_the_lead(extractor: EventExtractor) -> None:
    title = "الجيش يستعيد السيطرة على بلدة كفرنبودة"
    lead = ("استعادت وحدات الجيش اليوم السيطرة على بلدة كفرنبودة في ريف حماة الشمالي بعد "
            "معارك مع المسلحين.")
    losses = "وأكد مصدر عسكري أن الوحدات كبدت المسلحين خسائر كبيرة بالأفراد والعتاد."
    things = "وأكد مصدر عسكري أن الوحدات دمرت عدداً من الآليات والتحصينات."
    # deaths without a number, told of the lead's incident: unknown, not none
    told = extractor.extract(title, f"{lead}\n\n{losses}", WHEN)
    assert told[0].sub_event_type == "Government regains territory"
    assert told[0].fatalities is None
    # a source telling no deaths leaves it at none
    assert extractor.extract(title, f"{lead}\n\n{things}", WHEN)[0].fatalities == 0


@pytest.mark.parametrize(("rival", "killed"), [
    # another source's figure of the toll after it rose: the most conservative stands
    ("في المقابل، قالت مديرية الصحة إن عدد القتلى يتراوح بين 40 و60.", 40),
    # ... not that source's earlier count
    ("وكانت مديرية الصحة قد قالت إن عدد القتلى 30.", 45),
])
def test_a_rival_total_after_a_rising_toll(extractor: EventExtractor, rival: str,
                                           killed: int) -> None:
    title = "ارتفاع حصيلة القصف بغاز سام على اللطامنة"
    lead = ("ارتفعت حصيلة قتلى القصف بغاز سام على بلدة اللطامنة في ريف حماة إلى 45 قتيلاً، "
            "بحسب ما أعلن المرصد اليوم.")
    events = extractor.extract(title, f"{lead}\n\n{rival}", WHEN)
    assert events[0].fatalities == killed
