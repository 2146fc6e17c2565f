"""Lines and words inside an outlet's text that name places without telling an incident
there: a photo's caption, and the town of the hospital where a wounded man died. Sentences
written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2021-05-18T20:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_photo_caption_line_is_no_event() -> None:
    events = _events(
        "قتيلان بقصف مدفعي على بلدة كفرنبل",
        "قتل مدنيان صباح اليوم الثلاثاء بقصف مدفعي لقوات النظام على الأحياء الشرقية من "
        "بلدة كفرنبل بريف إدلب الجنوبي.\n\n"
        "[صورة: دمار خلفه قصف سابق على أحد الأفران في مدينة معرة النعمان - أرشيف]\n\n"
        "وقال ناشطون إن فرق الدفاع المدني انتشلت الضحيتين من تحت الأنقاض.",
    )
    assert len(events) == 1
    assert events[0].place_name is not None and "كفرنبل" in events[0].place_name


def test_caption_in_round_brackets_is_no_event() -> None:
    events = _events(
        "غارة جوية على أطراف بلدة سرمين",
        "شنت طائرة حربية غارة جوية ظهر اليوم الثلاثاء على أطراف بلدة سرمين شرق إدلب، دون "
        "ورود أنباء عن إصابات.\n\n"
        "(الصورة: انفجار قذيفة قرب مدينة أريحا في وقت سابق)",
    )
    assert len(events) == 1


def test_rise_told_at_the_hospital_town_is_the_incidents_toll() -> None:
    events = _events(
        "قتلى بانفجار عبوة في حي الصناعة",
        "قتل رجلان صباح اليوم الثلاثاء بانفجار عبوة ناسفة قرب ورشة في حي الصناعة بمدينة "
        "دير الزور.\n\n"
        "وفي وقت لاحق، توفي عامل ثالث متأثراً بجراحه في مشفى مدينة الميادين، ليرتفع عدد "
        "ضحايا الانفجار إلى ثلاثة.",
    )
    assert events and events[0].fatalities == 3
