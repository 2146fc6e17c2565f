"""Lines and words inside an outlet's text that name places without telling an incident
there: a photo's caption, and the town the detained come from. Sentences written for these
tests."""

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
