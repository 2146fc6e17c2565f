"""Breach claims an analyst reads in wordings of time, naming and disregard: violence
measured against the truce's time ("الأعنف منذ سريان الهدنة"), beside a calm it interrupts
("هدوء تتخلله غارات"); a statement calling the act by its name a breach ("معتبراً القصف
خرقاً"); an escalation blowing the truce away ("يعصف بالاتفاق"); and what is none: a truce
due by a date still to come ("بحلول الخامس عشر من أيار"), an unclaimed bomb beside a framed
shelling, and the speaker of an exclusion taken for the party left out. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.events.breach import claims, may_claim
from pipeline.events.classify import split_sentences
from pipeline.models import Event

PUBLISHED = "2018-02-14T18:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_the_worst_raid_since_the_truce_took_effect_breaks_it() -> None:
    events = _events(
        "غارة على قرية البارة في جبل الزاوية",
        "قتل ثلاثة مدنيين اليوم الأربعاء بغارة جوية استهدفت منزلاً في قرية البارة بجبل "
        "الزاوية جنوبي إدلب.\n\n"
        "وتعد الغارة الأشد على جبل الزاوية منذ إعلان الهدنة التي اتفقت عليها أنقرة وموسكو "
        "في الربيع، والتي تعيش المنطقة في ظلها هدوءاً حذراً تتخلله غارات متفرقة.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_calm_is_denied_only_where_nothing_interrupts_it() -> None:
    lead = ("قتل ثلاثة مدنيين اليوم الأربعاء بغارة جوية استهدفت منزلاً في قرية البارة بجبل "
            "الزاوية جنوبي إدلب.\n\n")

    def claimed(comment: str) -> bool:
        return bool(claims(split_sentences("غارة على البارة", lead + comment),
                           _extractor()._resolver))

    assert claimed("وتعد الغارة الأشد منذ سريان الهدنة، التي يعيش الجبل في ظلها هدوءاً "
                   "نسبياً تتخلله غارات متفرقة.")
    assert not claimed("وتعد الغارة الأشد منذ سريان الهدنة، التي يعيش الجبل في ظلها "
                       "هدوءاً نسبياً.")


def test_a_statement_calling_the_attack_a_breach_covers_it() -> None:
    events = _events(
        "مقتل مقاتلين بقصف مسيرة قرب عين عيسى",
        "قتل مقاتلان من قوات سوريا الديمقراطية مساء أمس بقصف طائرة مسيرة تركية استهدف "
        "سيارتهما قرب بلدة عين عيسى شمالي الرقة.\n\n"
        "وكانت المسيرة قد أطلقت صاروخاً على السيارة أثناء مرورها على الطريق العام.\n\n"
        "وأصدرت القوات بياناً نعت فيه المقاتلين، واصفة الهجوم بأنه خرق فاضح لتفاهمات وقف "
        "إطلاق النار الموقعة في خريف 2019.",
    )
    assert events and events[0].ceasefire_breach, events


def test_an_escalation_blowing_the_truce_away_frames_the_article() -> None:
    found = claims(split_sentences(
        "قتلى بغارات على دوما",
        "قتل أربعة أشخاص اليوم بغارات على مدينة دوما في الغوطة الشرقية، وسط تصعيد يعصف "
        "باتفاق خفض التصعيد المعلن في الصيف."), _extractor()._resolver)
    assert [c.framing for c in found] == [True], found


def test_a_truce_due_by_a_date_to_come_is_not_in_force() -> None:
    events = _events(
        "قتلى برصاص الأمن في مظاهرة في بصرى الشام",
        "قتل ثلاثة متظاهرين اليوم برصاص قوات الأمن التي فتحت النار على مظاهرة في مدينة بصرى "
        "الشام بريف درعا.\n\n"
        "ويأتي ذلك رغم قبول الحكومة خطة المبعوث الدولي التي تنص على وقف العنف بحلول الخامس "
        "عشر من أيار.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


def test_an_unclaimed_bomb_is_not_framed_by_the_shelling_elsewhere() -> None:
    events = _events(
        "قصف على كفرنبل رغم اتفاق سوتشي.. وعبوة في سراقب",
        "قصفت قوات النظام اليوم مدينة كفرنبل جنوبي إدلب بالمدفعية، ما أدى إلى مقتل مدنيين "
        "اثنين، في خرق جديد لاتفاق سوتشي.\n\n"
        "وفي مدينة سراقب، انفجرت عبوة ناسفة مزروعة في دراجة نارية قرب السوق، ما أدى إلى "
        "مقتل رجل، ولم تتبن أي جهة التفجير.",
    )
    bomb = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bomb and not any(e.ceasefire_breach for e in bomb), events
    assert any(e.ceasefire_breach for e in events if e not in bomb), events


def test_the_speaker_of_an_exclusion_is_not_left_out() -> None:
    events = _events(
        "اشتباكات في الزبداني رغم الهدنة",
        "اندلعت اشتباكات عنيفة اليوم الأربعاء بين قوات النظام وفصائل المعارضة على أطراف "
        "مدينة الزبداني بريف دمشق، قتل فيها أربعة مقاتلين، رغم دخول اتفاق وقف إطلاق النار "
        "يومه الرابع.\n\n"
        "وتقول الحكومة إن سهل الزبداني مستثنى من الاتفاق بسبب وجود عناصر من جبهة النصرة، "
        "وهو ما تنفيه الفصائل.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_cue_without_a_truce_is_not_read_again() -> None:
    assert not may_claim("ويستمر القصف على المدينة رغم نزوح الأهالي")
    assert may_claim("ويستمر القصف على المدينة رغم سريان الهدنة")
    assert may_claim("وسجل خرق جديد في المنطقة")


_LEAD = ("قتل ثلاثة مدنيين اليوم الأربعاء بقصف صاروخي لقوات النظام على بلدة الهبيط في ريف "
         "إدلب الجنوبي")


@pytest.mark.parametrize("tail", [
    "، في إخلال جديد باتفاق وقف إطلاق النار.",
    ".\n\nوسجل ناشطون تجاوزات عدة للهدنة الروسية التركية في المنطقة.",
    "، متجاوزة بذلك اتفاق وقف الأعمال القتالية.",
    "، بعد أقل من 48 ساعة على إعلان وقف إطلاق النار.",
    "، بعد مرور أيام على دخول الهدنة حيز التنفيذ.",
    "، في ظل هدنة هشة ترعاها أنقرة وموسكو.",
    "، وسط هدنة هشة ترعاها أنقرة وموسكو.",
    "، وهو أول قصف على البلدة خلال الهدنة الروسية التركية.",
    ".\n\nوكانت أنقرة وموسكو قد أعلنتا وقف إطلاق النار، إلا أن الطائرات لم تتوقف عن القصف.",
])
def test_other_wordings_of_a_breach(tail: str) -> None:
    events = _events("قصف على الهبيط", _LEAD + tail)
    assert events and events[0].ceasefire_breach, events


@pytest.mark.parametrize("tail", [
    "، في ظل غياب أي اتفاق لوقف إطلاق النار.",
    "، وسط دعوات أممية إلى هدنة إنسانية.",
    "، في ظل المفاوضات الجارية على وقف إطلاق النار.",
    " وسط منطقة خفض التصعيد.",
    "، وذلك خلال مؤتمر صحفي عن وقف إطلاق النار.",
])
def test_a_truce_absent_or_sought_is_not_broken(tail: str) -> None:
    events = _events("قصف على الهبيط", _LEAD + tail)
    assert events and not any(e.ceasefire_breach for e in events), events


@pytest.mark.parametrize(("tail", "breach"), [
    (", hours after a ceasefire brokered by Moscow took effect.", True),
    (" amid a fragile truce.", True),
    (", days after the ceasefire collapsed.", False),
])
def test_english_wordings_of_time_and_amid(tail: str, breach: bool) -> None:
    events = _events("Shelling on al-Hbeit", "Government artillery killed three civilians in "
                     "al-Hbeit in southern Idlib on Wednesday" + tail)
    assert events and any(e.ceasefire_breach for e in events) == breach, events


def test_the_party_left_out_is_read_in_the_clause_of_its_exclusion() -> None:
    from pipeline.events.extract import _left_out_party
    assert _left_out_party("ويقول الجيش إن حي الجورة مستثنى من الاتفاق لوجود عناصر جبهة "
                           "النصرة، وهو ما تنفيه الفصائل") == \
        " حي الجورة مستثنى من الاتفاق لوجود عناصر جبهة النصرة"
    # a clause naming no party reads on to the party named after it
    assert "تنظيم الدولة" in _left_out_party("وتستثني الهدنة، وفق البيان، تنظيم الدولة.")
