"""Breach claims: a claim in one of two joined reports covers that report's kind of
violence; a condemnation of the attack or an area said to see breaches as a rule frames the
article; an arms treaty is no truce. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2025-09-18T20:00:00+03:00"  # a Thursday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _breach(title: str, text: str) -> dict[str, bool]:
    return {e.sub_event_type: e.ceasefire_breach for e in _events(title, text)}


def test_a_claim_in_a_joined_headline_covers_its_own_report() -> None:
    breach = _breach(
        "خطف رجلين قرب شهبا.. واشتباك في قرية عريقة يخرق الهدنة",
        "خطف مسلحون ملثمون صباح اليوم رجلين من أهالي المنطقة قرب مدينة شهبا أثناء "
        "عودتهما من عملهما، واقتادوهما إلى جهة مجهولة.\n\n"
        "وفي سياق آخر، اندلع اشتباك مساء اليوم بين مسلحين محليين وعناصر من الأمن العام في "
        "قرية عريقة، قتل خلاله مسلح، في خرق لاتفاق وقف إطلاق النار المعمول به منذ أشهر.",
    )
    assert breach.get("Armed clash") is True, breach
    assert breach.get("Abduction/forced disappearance") is False, breach


def test_a_condemnation_calling_the_attack_a_breach_frames_it() -> None:
    breach = _breach(
        "مقتل مقاتلين اثنين بضربة مسيرة قرب تل تمر",
        "قتل مقاتلان اثنان ظهر اليوم جراء استهداف طائرة مسيرة سيارة عسكرية على الطريق "
        "المؤدي إلى بلدة تل تمر في ريف الحسكة.\n\n"
        "وأدان المجلس المحلي الهجوم، واصفاً إياه بأنه خرق واضح لاتفاق وقف إطلاق النار "
        "الموقع قبل عامين.",
    )
    assert breach.get("Air/drone strike") is True, breach


def test_an_area_that_sees_breaches_as_a_rule_frames_its_shelling() -> None:
    events = _events(
        "قصف مدفعي على قرية في ريف إدلب الجنوبي",
        "قتلت امرأة مساء اليوم جراء قصف مدفعي استهدف بلدة كفرنبل في ريف إدلب الجنوبي.\n\n"
        "وأضاف المصدر أن القذائف سقطت أيضاً على أطراف بلدة حاس المجاورة.\n\n"
        "وتشهد المنطقة خروقات متكررة لاتفاق التهدئة الموقع في آذار الماضي.",
    )
    # both towns' shelling, not only the one told just before the claim
    assert len(events) == 2 and all(e.ceasefire_breach for e in events), events


def test_an_arms_treaty_is_no_truce() -> None:
    breach = _breach(
        "حالات اختناق في بلدة اللطامنة بعد قصف ببراميل تحوي غازاً ساماً",
        "أصيب عشرات المدنيين بحالات اختناق اليوم الخميس بعد أن ألقت مروحيات براميل تحوي "
        "غاز الكلور على بلدة اللطامنة في ريف حماة الشمالي.\n\n"
        "ويأتي ذلك رغم انضمام الحكومة إلى اتفاقية حظر الأسلحة الكيميائية قبل سنوات.",
    )
    assert breach and not any(breach.values()), breach
