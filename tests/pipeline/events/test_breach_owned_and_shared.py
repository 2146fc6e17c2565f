"""What marks an act as breaking a truce in force, and what does not: breaches named with
their owner's pronoun ("خروقاتها"); an act that "amounts to" a breach ("ويشكل هذا الاعتداء
خرقاً"); "such attacks" that a statement calls a breach, an intercepted attack among them;
and, against: a lead placing only most of a toll in covered areas, a claim in another item
of a round-up, and a headline's claim joined to a report of another kind. Sentences written
for these tests."""

from __future__ import annotations

from extraction import breach_by_place
from extraction import extractor as _extractor

PUBLISHED = "2018-11-21T19:00:00+02:00"  # a Wednesday


def test_breaches_with_their_owners_pronoun_are_a_claim() -> None:
    got = breach_by_place(
        "قذائف على مدينة السقيلبية",
        "واصلت المجموعات المسلحة خروقاتها لاتفاق سوتشي، وأطلقت اليوم الأربعاء قذائف صاروخية "
        "على مدينة السقيلبية، ما أدى إلى إصابة ثلاثة مدنيين.",
        PUBLISHED)
    assert got.get("مدينة السقيلبية") or got.get("السقيلبية"), got


def test_an_act_that_amounts_to_a_breach_frames_it() -> None:
    got = breach_by_place(
        "قذائف هاون على مدينة جرمانا",
        "سقطت أربع قذائف هاون ظهر اليوم الأربعاء على حي سكني في مدينة جرمانا، ما أدى إلى "
        "مقتل مدني وإصابة خمسة آخرين بجروح.\n\n"
        "ويشكل هذا الاعتداء خرقاً جديداً لاتفاق خفض التصعيد في الغوطة الشرقية، الذي تواصل "
        "الفصائل انتهاكه باستهداف الأحياء الآمنة.",
        PUBLISHED)
    assert any(got.values()), got


def test_an_intercepted_attack_called_a_breach_is_one() -> None:
    events = _extractor().extract(
        "إسقاط طائرات مسيرة قرب مطار حماة",
        "أعلنت وزارة الدفاع الروسية اليوم الأربعاء أن الدفاعات الجوية أسقطت مساء أمس أربع "
        "طائرات مسيرة أطلقها مسلحون باتجاه مطار حماة العسكري، من دون أن تسفر عن أضرار.\n\n"
        "واتهمت الوزارة الفصائل بالوقوف وراء الهجوم، معتبرة أن تكرار مثل هذه الاعتداءات "
        "يشكل خرقاً لنظام وقف الأعمال القتالية في منطقة خفض التصعيد.",
        PUBLISHED)
    downed = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert downed and downed[0].ceasefire_breach, events


def test_most_of_a_toll_in_covered_areas_makes_no_claim_of_every_item() -> None:
    got = breach_by_place(
        "حصيلة الثلاثاء",
        "وثق المرصد مقتل تسعة أشخاص أمس الثلاثاء في عدة محافظات، معظمهم في مناطق يشملها "
        "اتفاق خفض التصعيد، وجاءت الحصيلة كما يلي:\n\n"
        "محافظة حماة: قتل خمسة مقاتلين من الفصائل في اشتباكات مع قوات النظام على محور "
        "قرية الزكاة.\n\n"
        "محافظة درعا: قضى أربعة مدنيين بانفجار لغم أرضي من مخلفات الحرب قرب مدينة طفس.",
        "2018-11-21T10:00:00+02:00")
    assert got and not any(got.values()), got


def test_a_claim_in_one_item_of_a_round_up_covers_not_another_item() -> None:
    got = breach_by_place(
        "حصيلة الثلاثاء",
        "وثق المرصد مقتل سبعة أشخاص أمس الثلاثاء في عدة محافظات، وجاءت الحصيلة كما يلي:\n\n"
        "محافظة إدلب: قتل ثلاثة مدنيين جراء غارات جوية روسية على مدينة خان شيخون، في خرق "
        "جديد لاتفاق خفض التصعيد.\n\n"
        "محافظة درعا: قضى أربعة مدنيين بانفجار لغم أرضي من مخلفات الحرب قرب مدينة طفس.",
        "2018-11-21T10:00:00+02:00")
    assert got.get("خان شيخون") and got.get("طفس") is False, got


def test_a_headlines_claim_covers_its_own_report_not_the_joined_one() -> None:
    got = breach_by_place(
        "قصف على قرى جبل شحشبو رغم الهدنة.. وانفجار في مدينة الباب",
        "إدلب: قصفت قوات النظام اليوم الأربعاء بعشرات القذائف قرية شهرناز، في انتهاك جديد "
        "للهدنة المعلنة.\n\n"
        "حلب: قتل ثلاثة مدنيين بانفجار سيارة مفخخة ركنها مجهولون قرب سوق الخضار في مدينة "
        "الباب.",
        PUBLISHED)
    assert got.get("الباب") is False, got
