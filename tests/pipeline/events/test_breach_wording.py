"""Breach claims in wordings an analyst reads as claims: state media's name for the
de-escalation zones ("تخفيف التوتر"); a breach word whose pronoun names the truce told before
it ("يتكرر خرقها"); a statement pointing back at the act with a demonstrative ("أن هذا
القصف"); undoing a truce ("نقضاً للهدنة"), not a veto. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.events.breach import claims
from pipeline.events.classify import split_sentences
from pipeline.models import Event

PUBLISHED = "2018-02-14T18:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_easing_tension_zones_are_a_truce() -> None:
    events = _events(
        "سقوط قذائف على حي جرمانا",
        "سقطت ثلاث قذائف صاروخية اليوم الأربعاء على حي سكني في مدينة جرمانا بريف دمشق، ما "
        "أدى إلى أضرار في عدد من المحال.\n\n"
        "ويعد الاعتداء خرقاً جديداً من جانب المجموعات المسلحة لاتفاق منطقة تخفيف التوتر "
        "المعلن في الصيف.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_breach_whose_pronoun_names_the_truce_before() -> None:
    events = _events(
        "غارات على معرة النعمان",
        "شنت طائرات حربية اليوم الأربعاء ثلاث غارات على الأحياء الغربية لمدينة معرة النعمان "
        "في ريف إدلب، ما أدى إلى دمار في الأبنية.\n\n"
        "وتعد هذه الغارات الأعنف على المدينة منذ إعلان الهدنة الروسية التركية في الخامس من "
        "الشهر الماضي، إذ تخرقها الطائرات كل يوم تقريباً.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_pronoun_naming_no_truce_is_no_claim() -> None:
    events = _events(
        "غارات على معرة النعمان",
        "شنت طائرات حربية اليوم الأربعاء ثلاث غارات على الأحياء الغربية لمدينة معرة النعمان "
        "في ريف إدلب، ما أدى إلى دمار في الأبنية.\n\n"
        "وتعد هذه الغارات الأعنف على المدينة منذ مطلع الشهر الماضي، إذ تخرقها الطائرات "
        "بجدار الصوت كل يوم تقريباً.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


def test_a_statement_pointing_back_with_this_frames_the_article() -> None:
    sentences = split_sentences(
        "مقتل مزارع بقصف تركي على قرية الهوشان",
        "قتل مزارع مساء أمس الثلاثاء جراء قصف مدفعي تركي طال أطراف قرية الهوشان في ريف "
        "عين عيسى.\n\n"
        "ودعت الإدارة الذاتية في بيان الطرف الضامن إلى وقف الانتهاكات المتكررة لاتفاق وقف "
        "إطلاق النار، مؤكدة أن هذا القصف هو الأشد منذ مطلع الصيف.",
    )
    said = claims(sentences, _extractor()._resolver)
    assert [c.framing for c in said] == [True], said


def test_undoing_the_truce_is_a_breach() -> None:
    events = _events(
        "اشتباكات على محور كبانة",
        "اندلعت اليوم الأربعاء اشتباكات عنيفة بين الفصائل وقوات النظام على محور كبانة في ريف "
        "اللاذقية، واعتبر قيادي في الفصائل الهجوم نقضاً للهدنة السارية في المنطقة.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_veto_is_no_breach() -> None:
    events = _events(
        "غارات على معرة النعمان",
        "شنت طائرات حربية اليوم الأربعاء غارات على مدينة معرة النعمان في ريف إدلب، بعد يوم "
        "من استخدام موسكو حق النقض ضد مشروع قرار لوقف إطلاق النار.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


@pytest.mark.parametrize("calling", [
    "معتبرة إياه انتهاكاً صريحاً لاتفاقية فصل القوات",
    "واصفة إياه بأنه خرق جديد لاتفاق فصل القوات لعام 1974",
    "واعتبرته خرقاً فاضحاً لاتفاقية فصل القوات",
])
def test_a_condemnation_calling_the_act_by_its_pronoun_a_breach_points_at_it(
        calling: str) -> None:
    # the pronoun stands for the strike just told; the towns of the call after it are
    # where other raids were, not the bounds of the truce it says the strike broke
    events = _events(
        "مقتل راعيين بغارة مسيرة إسرائيلية قرب عرنة",
        "قتل راعيان صباح اليوم الأربعاء بصاروخ أطلقته طائرة مسيرة إسرائيلية على أطراف "
        "بلدة عرنة بريف دمشق الجنوبي الغربي.\n\n"
        "وأفاد الأهالي بأن الصاروخ أصاب الراعيين أثناء رعيهما الأغنام قرب البلدة.\n\n"
        f"ونددت وزارة الخارجية بالاعتداء، {calling}، وطالبت الأمم المتحدة بوقف "
        "الاعتداءات المتكررة على قرى القنيطرة ودرعا.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_condemnation_calling_the_act_a_breach_of_sovereignty_claims_no_truce() -> None:
    events = _events(
        "مقتل راعيين بغارة مسيرة إسرائيلية قرب عرنة",
        "قتل راعيان صباح اليوم الأربعاء بصاروخ أطلقته طائرة مسيرة إسرائيلية على أطراف "
        "بلدة عرنة بريف دمشق الجنوبي الغربي.\n\n"
        "ونددت وزارة الخارجية بالاعتداء، معتبرة إياه انتهاكاً سافراً للسيادة السورية.",
    )
    assert events and not events[0].ceasefire_breach, events
