"""Breach claims in the wordings of north and east Syria's truces: the 2016 cessation of
hostilities named by its own name in a lead; a pause of one offensive ("تعليق العملية"، "وقف
العمليات"), but not of an operation no army wages; the Turkish-American pause named by its
parties; violence said to go on against a truce named before it ("في حين تتواصل الهجمات"),
but not where the truce is only called for, nor where calm goes on; Sochi's memoranda, and an
agreement known by its day ("اتفاق العاشر من آذار"), but not one only dated. Sentences
written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event


def _breaches(title: str, text: str, published: str) -> list[bool]:
    events: list[Event] = _extractor().extract(title, text, published)
    assert events, "no event"
    return [e.ceasefire_breach for e in events]


def test_a_lead_naming_the_cessation_of_hostilities_in_force_frames_a_truce() -> None:
    assert _breaches(
        "قذائف على مدينة تلبيسة",
        "دخل وقف الأعمال العدائية حيز التنفيذ في أنحاء سوريا عند منتصف الليل.\n\n"
        "وسقطت صباح اليوم قذائف مدفعية أطلقتها قوات النظام على بلدة تلبيسة بريف حمص "
        "الشمالي، فقتلت امرأة.",
        "2016-02-29T14:00:00+02:00") == [True]


def test_fire_despite_the_pause_of_an_offensive_breaks_it() -> None:
    text = ("سقطت عدة قذائف مدفعية تركية ظهر اليوم الأحد على أحياء في بلدة الدرباسية شمالي "
            "الحسكة، ما أسفر عن مقتل رجل مسن.")
    assert _breaches("رغم تعليق العملية.. قذائف تركية على الدرباسية", text,
                     "2019-10-20T15:00:00+03:00") == [True]
    assert _breaches("رغم إعلان وقف العمليات.. قذائف تركية على الدرباسية", text,
                     "2019-10-20T15:00:00+03:00") == [True]
    # a pause of voting pauses no war
    assert _breaches("رغم تعليق العملية الانتخابية.. قذائف على الدرباسية", text,
                     "2019-10-20T15:00:00+03:00") == [False]


def test_the_turkish_american_pause_named_by_its_parties_is_a_truce() -> None:
    assert _breaches(
        "قصف على قرى ريف تل تمر",
        "قصفت المدفعية التركية مساء اليوم السبت قرية أم الكيف في ريف تل تمر، وقتل في القصف "
        "شاب من أهل القرية، في خرق جديد للاتفاق التركي الأمريكي.",
        "2019-10-19T21:00:00+03:00") == [True]


_LEAD = ("قتل طفلان اليوم الأربعاء بقذيفة هاون سقطت على قرية صيدا في ريف عين عيسى شمالي "
         "الرقة.\n\n")


def test_violence_said_to_go_on_against_a_truce_breaks_it() -> None:
    assert _breaches(
        "قصف على ريف عين عيسى",
        _LEAD + "ويشكو السكان من أن وقف إطلاق النار المعلن منذ أشهر لم يغير شيئاً، في حين "
        "تتواصل الهجمات على قراهم كل أسبوع.",
        "2020-06-10T17:00:00+03:00") == [True]
    # the truce by what its guarantor pledged: a halt to attacks
    assert _breaches(
        "قصف على ريف عين عيسى",
        _LEAD + "ولا يرى الأهالي أثراً للتعهدات الروسية بوقف الهجمات على المنطقة، بينما "
        "يستمر القصف على قراهم.",
        "2020-06-10T17:00:00+03:00") == [True]


def test_violence_going_on_while_a_truce_is_called_for_or_calm_going_on_breaks_none() -> None:
    assert _breaches(
        "قصف على ريف عين عيسى",
        _LEAD + "وطالب وجهاء المنطقة بوقف إطلاق النار في حين تتواصل الهجمات على قراهم كل "
        "أسبوع.",
        "2020-06-10T17:00:00+03:00") == [False]
    assert _breaches(
        "قصف على ريف عين عيسى",
        _LEAD + "وكانت المنطقة تعيش في ظل وقف إطلاق النار مع استمرار الهدوء منذ أشهر.",
        "2020-06-10T17:00:00+03:00") == [False]


_CLASH = ("دارت مواجهات بعد ظهر اليوم بين مقاتلي قسد وعناصر فصيل مسلح عند قرية صيدا في "
          "ريف عين عيسى، وقتل فيها مقاتلان، {}.")


def test_sochis_memoranda_are_truces() -> None:
    for named in ("في خرق واضح لمذكرة سوتشي", "في خرق واضح للمذكرة الروسية التركية"):
        assert _breaches("مواجهات في ريف عين عيسى", _CLASH.format(named),
                         "2020-02-14T18:00:00+03:00") == [True], named


def test_an_agreement_known_by_its_day_is_a_truce_but_one_only_dated_is_not() -> None:
    for named in ("في انتهاك لاتفاق العاشر من آذار", "في انتهاك لاتفاق 10 آذار"):
        assert _breaches("مواجهات في ريف عين عيسى", _CLASH.format(named),
                         "2025-04-02T18:00:00+03:00") == [True], named
    # the agreement dated, not named: a truce must be named elsewhere in the article
    assert _breaches("مواجهات في ريف عين عيسى",
                     _CLASH.format("في انتهاك للاتفاق الذي وقعه الطرفان في 10 آذار"),
                     "2025-04-02T18:00:00+03:00") == [False]
