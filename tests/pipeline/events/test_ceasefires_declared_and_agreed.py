"""Ceasefires declared with the time between the verb and "وقف" ("أعلنت الرئاسة، مساء اليوم
الأحد، وقفاً فورياً لإطلاق النار"), agreed between parties ("اتفق ... على وقف ... لإطلاق
النار"), and fighting that "did not stop" or came "hours after" the truce's announcement.
Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2025-08-10T21:00:00+03:00"  # a Sunday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _types(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


def test_ceasefire_declared_with_the_day_between_verb_and_stop() -> None:
    events = _events(
        "الحكومة تعلن تهدئة في ريف حماة",
        "أعلنت وزارة الدفاع السورية، مساء اليوم الأحد، وقفاً فورياً وكاملاً لإطلاق النار "
        "في ريف حماة الشرقي، بعد يومين من التوتر بين عشيرتين في المنطقة.",
    )
    assert "Agreement" in _types(events)


def test_ceasefire_agreed_at_a_meeting_is_an_agreement_after_the_clash() -> None:
    events = _events(
        "قتيل باشتباك في منبج",
        "اندلعت اشتباكات مساء أمس السبت بين عناصر من الأمن العام ومسلحين محليين في مدينة "
        "منبج بريف حلب، ما أدى إلى مقتل عنصر. وفي ساعة متأخرة من الليل، قال المحافظ إنه "
        "اتفق مع وجهاء العشائر، خلال اجتماع مطول في مبنى المحافظة، على وقف تام لإطلاق النار "
        "في المدينة.",
    )
    assert _types(events)[:1] == ["Armed clash"]
    assert "Agreement" in _types(events)


def test_ceasefire_demanded_after_agreeing_is_still_no_agreement() -> None:
    # (a guard: the call for a ceasefire stays a call, "دعا")
    events = _events(
        "اشتباكات في منبج",
        "اندلعت اشتباكات مساء أمس السبت بين عناصر من الأمن العام ومسلحين محليين في مدينة "
        "منبج بريف حلب. ودعا المحافظ الطرفين اللذين اتفقا سابقاً على التهدئة إلى وقف فوري "
        "لإطلاق النار.",
    )
    assert "Agreement" not in _types(events)


def test_fighting_hours_after_a_truce_was_announced_is_a_clash_with_its_dead() -> None:
    events = _events(
        "الحكومة تعلن وقفاً لإطلاق النار في ريف حماة.. والاشتباكات مستمرة في السعن",
        "أعلنت وزارة الدفاع السورية صباح اليوم الأحد وقفاً لإطلاق النار في ريف حماة الشرقي. "
        "لكن الاشتباكات لم تتوقف في الريف الشرقي، إذ دارت عصر اليوم، بعد ساعات من إعلان "
        "الهدنة، مواجهات بين مسلحين من عشيرتين عند أطراف بلدة السعن، قتل فيها ثلاثة أشخاص.",
    )
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and clashes[0].fatalities == 3
