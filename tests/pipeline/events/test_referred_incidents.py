"""An incident referred to as known, not reported: the object of a condemnation, the
incident an act avenges or answers, one only intended or planned, one investigated or
suspected, and an attack of words on a government (sentences written for these tests, in
the patterns of wire reports; each dated, so that the learned veto does not judge it).
And "ك" before a word of two letters is no proclitic: "كلم" (km) negates nothing."""

from __future__ import annotations

from pipeline.events.classify import analyse
from pipeline.events.lexicon import forms


def _triggers(text: str) -> set[str]:
    return {h.label for h in analyse("", text, 2021)[1].triggers}


def test_a_condemnation_reaches_its_object_after_the_channel_of_the_statement() -> None:
    assert _triggers("واستنكر رئيس الوزراء في بيان صحافي أصدره مكتبه مساء أمس ووزعه على "
                     "وسائل الإعلام، التفجير الذي وقع في سوق المدينة.") == set()
    assert _triggers("وأعربت الوزيرة أمس عن أسفها للاعتداء على القافلة.") == set()


def test_what_an_act_avenges_or_answers_is_an_earlier_incident() -> None:
    assert _triggers("وأحرق شبان غاضبون أمس محلات في البلدة انتقاماً لتفجير مسجد فيها.") == set()
    # the answer itself is reported
    assert _triggers("وقصفت المدفعية قرية الزيارة صباح اليوم رداً على هجوم شنه مسلحون على "
                     "حاجز للجيش.") == {"Shelling/artillery/missile attack"}


def test_an_intended_or_planned_attack_is_none() -> None:
    assert _triggers("واعترف الموقوف أمس بأنه كان ينوي تفجير حافلة للركاب في المدينة.") == set()
    assert _triggers("وكشفت الصحيفة أن الجيش شكل لجنة لتخطيط هجوم على مواقع الجماعة.") == set()
    assert _triggers("وتقول الشرطة إن الخلية كانت بصدد شن هجمات على مراكز للأمن.") == set()


def test_an_incident_investigated_or_suspected_is_not_reported() -> None:
    assert _triggers("وأغلقت الشرطة أمس الطريق أمام السيارات للاشتباه بوجود سيارة مفخخة قرب "
                     "المصرف.") == set()
    assert _triggers("واستجوبت النيابة أمس ثلاثة رجال حول صلتهم بالهجوم على مركز الشرطة.") == set()


def test_an_attack_of_words_on_a_government_is_no_attack() -> None:
    assert _triggers("وشن رئيس الكتلة هجوماً كاسحاً على الحكومة بسبب أزمة الكهرباء.") == set()
    # a building of the government is attacked
    assert _triggers("وشن مسلحون هجوماً على مقر الحكومة المحلية في البلدة فجر اليوم.") != set()


def test_ka_before_two_letters_is_no_proclitic() -> None:
    assert "لم" not in forms("كلم") and "لا" not in forms("كلا") and "ان" not in forms("كان")
    assert "مدينه" in forms("كالمدينه") and "لم" in forms("ولم")
    assert _triggers("وعلى بعد 3 كلم من المدينة انفجرت عبوة ناسفة بسيارة عسكرية.") != set()
