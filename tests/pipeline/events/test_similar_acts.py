"""An act told as "similar" ("قصف مماثل"، "غارات مشابهة") repeats the kind of the one
told before at another place: it is not a second kind of event there; sentences written
for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

PUBLISHED = "2017-04-12T20:00:00+03:00"

GAS = ("قُتل 14 مدنياً اختناقاً فجر اليوم بعد أن ألقت مروحيات النظام براميل تحوي غاز الكلور "
       "على بلدة اللطامنة في ريف حماة الشمالي.")


def _kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in _extractor().extract("", text, PUBLISHED)]


@pytest.mark.parametrize("similar", ["لقصف مماثل", "لقصف مشابه"])
def test_a_similar_bombardment_after_gas_is_gas(similar: str) -> None:
    text = (f"{GAS}\n\nوفي ريف إدلب، قال ناشطون إن بلدة التمانعة تعرضت {similar} بعد ساعة، "
            "ما أدى إلى مقتل ستة أشخاص.")
    assert _kinds(text) == ["Chemical weapon", "Chemical weapon"]


def test_a_bombardment_not_called_similar_stays_shelling() -> None:
    text = (f"{GAS}\n\nوفي ريف إدلب، قال ناشطون إن بلدة التمانعة تعرضت لقصف مدفعي بعد ساعة، "
            "ما أدى إلى مقتل ستة أشخاص.")
    assert _kinds(text) == ["Chemical weapon", "Shelling/artillery/missile attack"]
