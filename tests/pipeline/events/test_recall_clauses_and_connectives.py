"""Events missed (sentences written for this test): a clause inside a sentence that only
describes (a person's past, a place's lasting state, a running total) does not make the
whole sentence background; "meanwhile" after an agreement, "hours before that", and an act
told "at the same time as" the blast are acts of their own."""

from __future__ import annotations

from pipeline.events.background import is_background
from pipeline.events.classify import classify

from .extraction import extractor


def test_past_of_a_person_named_in_the_sentence_is_backstory() -> None:
    assert not is_background("وبعد الظهر، قتل مسلحون مجهولون الناشط السابق سامر الحلبي قرب "
                             "منزله في بلدة انخل، وكان الحلبي قد أجرى تسوية لوضعه وترك "
                             "العمل المسلح.")
    # (a new subject after "وكانت ... قد" still recalls)
    assert is_background("قتل شاب برصاص قناص في البلدة، وكانت قوات النظام قد قصفتها "
                         "بالمدفعية.")


def test_lasting_state_of_the_place_is_no_recall() -> None:
    assert not is_background("وفي حلب قتل ثلاثة مقاتلين خلال مواجهات في حي صلاح الدين، الذي "
                             "يشهد منذ أشهر اشتباكات متقطعة بين الطرفين.")
    assert is_background("وقتل ثلاثة مقاتلين في حي صلاح الدين الذي شهد الشهر الماضي اشتباكات.")


def test_running_total_is_no_recall() -> None:
    assert not is_background("وفي ريف حماة، قتل راع بانفجار لغم قرب قرية عقيربات، ليرتفع إلى "
                             "عشرين عدد ضحايا الألغام في المنطقة منذ مطلع العام.")


def test_hours_before_is_news_of_its_own() -> None:
    text = ("قتل ثلاثة رعاة بانفجار لغم في بادية تدمر عصر أمس الأحد.\n\n"
            "وقبل ذلك بساعات، قتل مزارع بانفجار لغم آخر قرب بلدة عقيربات في ريف حماة الشرقي.")
    assert not is_background(text.split("\n\n")[1])
    assert len(classify("ألغام تقتل أربعة في البادية", text, 2023)) == 2


def test_desert_put_first_opens_another_incident() -> None:
    text = ("قتل مدني برصاص مسلحين مجهولين في مدينة الميادين اليوم.\n\n"
            "وفي البادية الشرقية، قضى راعيان بانفجار لغم أرضي قرب بلدة السخنة.")
    kinds = [d.sub_event_type for d in classify("حصيلة اليوم", text, 2022)]
    assert "Remote explosive/landmine/IED" in kinds


def test_meanwhile_after_an_agreement_is_an_act_of_its_own() -> None:
    text = ("توصلت الفصائل في ريف درعا الغربي، اليوم الأحد، إلى اتفاق مع الجانب الروسي يقضي "
            "بتسليم السلاح الثقيل.\n\n"
            "وفي الأثناء، دخلت قوات النظام ظهر اليوم بلدة المزيريب بعد انسحاب مقاتلي المعارضة "
            "منها.")
    kinds = [d.sub_event_type for d in classify("اتفاق في ريف درعا الغربي", text, 2018)]
    assert kinds[0] == "Agreement" and len(kinds) == 2


def test_blast_named_as_the_time_of_an_attack_is_not_the_attack() -> None:
    text = ("فجر انتحاري سيارة مفخخة عند حاجز في مدينة القامشلي صباح اليوم الأربعاء، ما أسفر عن "
            "مقتل ثلاثة عناصر.\n\n"
            "وبالتزامن مع التفجير، شن مسلحو التنظيم هجوماً على حي الطي، حيث اندلعت اشتباكات "
            "عنيفة مع قوات الأسايش انتهت بصد الهجوم.")
    events = extractor().extract("تفجير انتحاري واشتباكات في القامشلي", text,
                                 "2016-04-20T20:00:00+03:00")
    assert [e.sub_event_type for e in events] == ["Suicide bomb", "Armed clash"]
