"""Tolls around a reported incident: a monitor's monthly tally whose "rise" is only one a
warning foresees, and a sentence after the lead that tells the dead of the incident it
names by a generic word (sentences written for these tests)."""

from __future__ import annotations

from language.tokens import tokens
from pipeline.events.numbers import toll_rises
from pipeline.events.toll_sentence import sentence_toll
from tests.pipeline.events.extraction import extractor


def test_a_rise_a_warning_foresees_is_no_new_toll() -> None:
    assert not toll_rises("وحذرت الشبكة من أن استمرار القصف سيؤدي إلى ارتفاع كبير في "
                          "أعداد الضحايا.")
    # a guard: a rise told is one
    assert toll_rises("وارتفع عدد القتلى إلى تسعة بعد وفاة جريحين.")


def test_a_monthly_tally_after_the_strike_is_not_its_toll() -> None:
    events = extractor().extract(
        "غارات على سقبا",
        "قتل أربعة مدنيين ظهر اليوم الاثنين جراء غارات نفذتها طائرات حربية على مدينة سقبا "
        "في الغوطة الشرقية بريف دمشق.\n\nوفي سياق آخر، أصدرت الشبكة تقريرها الشهري الذي "
        "وثقت فيه مقتل 1520 شخصاً في عموم سوريا، محذرة من أن التصعيد سيؤدي إلى ارتفاع كبير "
        "في أعداد الضحايا.",
        "2016-02-01T18:00:00+02:00")
    assert [(e.place_name, e.fatalities) for e in events] == [("سقبا", 4)]


def test_the_dead_of_the_incident_named_again_by_a_generic_word() -> None:
    events = extractor().extract(
        "غارة إسرائيلية على محيط مطار الضمير",
        "قال مصدر عسكري إن طائرات العدو الإسرائيلي نفذت فجر اليوم غارة جوية استهدفت نقاطاً "
        "في محيط بلدة الضمير بريف دمشق.\n\nوأضاف المصدر أن الاعتداء أدى إلى استشهاد ثلاثة "
        "جنود وإصابة اثنين.",
        "2022-03-02T10:00:00+02:00")
    assert [(e.sub_event_type, e.place_name, e.fatalities) for e in events] == [
        ("Air/drone strike", "الضمير", 3)]


def test_a_claimed_figure_competes_with_the_count_told() -> None:
    assert sentence_toll(tokens("وأسفر الهجوم عن مقتل ثلاثة عناصر من الحاجز، فيما تبنى "
                                "التنظيم الهجوم وزعم أنه قتل ثمانية.", split_digits=True)) \
        == (3, False)
    assert sentence_toll(tokens("قتل جنديان في الكمين، بينما ادعت الجماعة مقتل سبعة.",
                                split_digits=True)) == (2, False)


def test_the_one_a_pronoun_names_and_his_companion() -> None:
    assert sentence_toll(tokens("ما أدى إلى مقتله ومرافقه على الفور.", split_digits=True)) \
        == (2, False)
    # a guard: the wounded joined to him are no dead
    assert sentence_toll(tokens("ما أدى إلى مقتله وإصابة ابنه.", split_digits=True)) \
        == (1, False)
