"""A tally of acts over several places, then the one act it details ("أعنف هذه الهجمات",
"أبرزها"): the event is placed where the detailed act happened, not in the first place the
tally names. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2020-02-05T18:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_tally_over_governorates_is_placed_at_its_detailed_act() -> None:
    events = _events(
        "قصف جديد على مواقع الجيش في ريف حماة",
        "قالت وزارة الدفاع اليوم الأربعاء إن الجماعات المسلحة نفذت خلال يوم أمس تسع عمليات "
        "قصف طالت مواقع في محافظات حلب وحماة وإدلب.\n\n"
        "وأضافت أن أعنف هذه الهجمات وقع مساء أمس حين سقطت قذائف صاروخية على بلدة كرناز في "
        "ريف حماة الشمالي، ما أدى إلى مقتل جندي.",
    )
    assert events and events[0].place_pcode == "C3469"
    assert events[0].fatalities == 1


def test_tally_naming_one_town_keeps_its_town() -> None:
    events = _events(
        "قصف على بلدة كرناز",
        "تعرضت بلدة كرناز في ريف حماة الشمالي اليوم الأربعاء لسبع قذائف صاروخية.\n\n"
        "وكان أعنفها قذيفة سقطت قرب مدرسة في حي بمدينة محردة المجاورة دون إصابات.",
    )
    assert events and events[0].place_pcode == "C3469"
