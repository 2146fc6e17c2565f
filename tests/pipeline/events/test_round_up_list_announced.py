"""A lead's count of the day's dead, followed by a sentence that announces the list of its
incidents ("وفيما يلي أبرز ..."), totals them: the first item keeps its own dead
(``pipeline.rules.tolls.LIST_ANNOUNCED``; sentences written for these tests in the
patterns of daily toll bulletins)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

WHEN = datetime(2014, 2, 11, 22, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_a_lead_total_before_a_list_announced(extractor: EventExtractor) -> None:
    events = extractor.extract(
        "حصيلة الثلاثاء الدامية",
        "أحصت شبكة ناشطين سقوط خمسين شهيداً اليوم الثلاثاء بنيران قوات النظام، بينهم تسعة "
        "أطفال. وفيما يلي أبرز ما وثقه الناشطون:\n\n"
        "حماة: ستة شهداء بقصف مدفعي على بلدة كفرزيتا.\n\n"
        "إدلب: أربعة شهداء بغارة للطيران الحربي على مدينة معرة النعمان.\n\n"
        "أما بقية الشهداء فتوزعوا على محافظات أخرى.", WHEN)
    tolls = sorted(e.fatalities or 0 for e in events)
    assert tolls == [4, 6]
