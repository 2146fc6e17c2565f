""""صادر" is the verb of confiscating and also the participle "issued": "التقرير الصادر
عن ..." names a text and its author, and weapons named after it were seized by nobody;
sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

PUBLISHED = "2018-02-20T12:00:00+02:00"


def _kinds(title: str, text: str) -> list[str]:
    return [e.sub_event_type for e in _extractor().extract(title, text, PUBLISHED)]


@pytest.mark.parametrize("issued", ["التقرير الصادر عن", "البيان الصادر عن",
                                    "في بيان صادر عن"])
def test_a_text_issued_by_a_body_seizes_no_weapons(issued: str) -> None:
    text = (f"انتقدت الحكومة اليوم {issued} لجنة أممية حول مخزون الأسلحة والذخائر في "
            "مدينة حمص، وقالت إنه يفتقر إلى الأدلة.")
    assert _kinds("الحكومة ترفض تقريراً أممياً", text) == []


def test_weapons_confiscated_are_still_a_seizure() -> None:
    text = "صادرت دورية للشرطة اليوم أسلحة وذخائر من مستودع في مدينة حمص."
    assert _kinds("", text) == ["Disrupted weapons use"]
