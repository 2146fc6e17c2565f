"""Arrests told "today" after an incident of the day before: a further event, in sentences
written for these tests (issue 12, dev10)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2024-09-18T13:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.date) for e in extractor.extract(title, text, PUBLISHED)]


def test_arrests_made_today_after_yesterdays_bombing_are_an_event() -> None:
    got = _events(
        "مقتل مسؤول محلي بعبوة ناسفة في مدينة الباب",
        "قتل مسؤول في المجلس المحلي لمدينة الباب، مساء أمس الثلاثاء، بانفجار عبوة ناسفة "
        "ألصقت بسيارته قرب دوار السنتر.\n\n"
        "وطوقت قوى الأمن مكان الحادثة، ثم اعتقلت ظهر اليوم ثلاثة أشخاص يشتبه بضلوعهم "
        "في التفجير، بحسب مصدر أمني.",
    )
    assert ("Arrests", "2024-09-18") in got, got


def test_arrests_on_the_incidents_own_day_are_its_details() -> None:
    # "ذلك اليوم" points back to the bombing's day: no day of its own
    got = _events(
        "مقتل مسؤول محلي بعبوة ناسفة في مدينة الباب",
        "قتل مسؤول في المجلس المحلي لمدينة الباب، مساء أمس الثلاثاء، بانفجار عبوة ناسفة "
        "ألصقت بسيارته قرب دوار السنتر.\n\n"
        "وطوقت قوى الأمن مكان الحادثة، ثم اعتقلت مساء ذلك اليوم ثلاثة أشخاص يشتبه بضلوعهم "
        "في التفجير، بحسب مصدر أمني.",
    )
    assert [kind for kind, _ in got] == ["Remote explosive/landmine/IED"], got
