"""Breaches told only by their context: violence on a day of the truce ("في اليوم الثالث
للهدنة"), an agreement said to have taken effect ("لسريان الاتفاق"), and an item the news
opens apart ("من جهة أخرى") that no earlier claim reaches. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2018-03-14T18:00:00+02:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


@pytest.mark.parametrize("day", [
    "في اليوم الثاني للهدنة المعلنة في المدينة",
    "خلال اليوم الرابع من وقف إطلاق النار",
    "في اليوم الأول لسريان الهدنة",
])
def test_violence_on_a_day_of_the_truce_breaks_it(day: str) -> None:
    events = _events(
        "قذائف على حي الوعر",
        f"قتل طفلان وأصيبت أمهما اليوم الأربعاء بقذيفة هاون سقطت على منزلهم في حي الوعر "
        f"بمدينة حمص، {day}.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


def test_a_comment_putting_the_article_on_a_day_of_the_truce_frames_it() -> None:
    events = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام صباح اليوم الأربعاء بالمدفعية بلدة كفرنبل جنوبي إدلب، ما أدى "
        "لتضرر عدد من المنازل.\n\n"
        "ويأتي ذلك في اليوم الخامس من وقف إطلاق النار المعلن في المنطقة.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


def test_a_day_of_the_truce_named_by_its_pronoun_breaks_it() -> None:
    events = _events(
        "غارات على بنش",
        "لم تكد الهدنة المعلنة في إدلب تبدأ حتى شنت الطائرات في يومها الثاني غارات على "
        "بلدة بنش، ما أدى لمقتل رجلين اليوم الأربعاء.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


@pytest.mark.parametrize("lead", [
    # a quiet day of the truce, then violence elsewhere that no one ties to it
    "مر اليوم الأول للهدنة بهدوء في ريف حمص الشمالي.",
    # a day of talks about a truce, not of a truce
    "وتتواصل في اليوم الثالث من مفاوضات الهدنة الاجتماعات في أنقرة.",
])
def test_a_day_of_a_calm_truce_or_of_talks_breaks_nothing(lead: str) -> None:
    events = _events(
        "قصف على بنش",
        f"{lead}\n\nوفي سياق منفصل، قتل رجلان اليوم الأربعاء بقصف مدفعي على بلدة بنش "
        "في ريف إدلب.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


def test_an_agreement_that_took_effect_is_a_truce_in_force() -> None:
    # The article names the truce only as "the agreement": its taking effect says it is one.
    events = _events(
        "قذائف على درعا البلد",
        "أصيب ثلاثة مدنيين مساء اليوم الأربعاء بقذائف سقطت على حي البحار في درعا البلد.\n\n"
        "وقال مصدر محلي إن القذائف أطلقت من مواقع قريبة من الحي.\n\n"
        "ويأتي القصف في اليوم الثاني لسريان الاتفاق الذي رعته روسيا بين الأهالي واللجنة "
        "الأمنية.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


def test_an_item_opened_on_another_front_is_apart_from_the_claim() -> None:
    # The lead's claim frames the city; the body found in a village of the same governorate,
    # opened "من جهة أخرى", is another item of the news.
    breach = {e.place_name: e.ceasefire_breach for e in _events(
        "قصف على درعا رغم الهدنة",
        "قتل رجل اليوم الأربعاء بقذيفة سقطت على حي طريق السد في مدينة درعا، رغم سريان "
        "الهدنة في المدينة.\n\n"
        "من جهة أخرى، قتل مسلحون مجهولون شاباً بالرصاص قرب بلدة اليادودة في ريف درعا "
        "الغربي.",
    )}
    assert breach.get("اليادودة") is False, breach
    assert any(breach.values()), breach


@pytest.mark.parametrize(("where", "breach"), [
    # towns said to lie within the zone: the shelling told of them breaks its truce
    ("وتقع البلدتان ضمن منطقة «خفض التصعيد» التي تضمنها روسيا وتركيا.", True),
    ("ويذكر أن البلدتين تقعان ضمن مناطق وقف إطلاق النار المعلن في الشمال.", True),
    # outside it, nothing is broken
    ("وتقع البلدتان خارج منطقة «خفض التصعيد» التي تضمنها روسيا وتركيا.", False),
])
def test_towns_said_to_lie_within_a_truce_zone(where: str, breach: bool) -> None:
    events = _events(
        "قصف على البارة وكنصفرة",
        "قصفت قوات النظام صباح اليوم الأربعاء بالمدفعية بلدتي البارة وكنصفرة في جبل "
        f"الزاوية، ما أدى لمقتل مدني.\n\n{where}",
    )
    assert events and [e.ceasefire_breach for e in events] == [breach] * len(events), events


def test_an_act_called_a_breach_of_sovereignty_breaks_no_truce() -> None:
    # The lead's incursion is called a breach of the disengagement; the strike told after,
    # which a minister calls a violation of sovereignty, is not framed by that claim.
    breach = {e.sub_event_type: e.ceasefire_breach for e in _events(
        "توغل في كودنا",
        "اشتبك شبان من قرية كودنا في ريف القنيطرة اليوم الأربعاء مع قوة إسرائيلية توغلت "
        "في القرية، ما أدى لمقتل اثنين منهم.\n\n"
        "ووصفت الحكومة التوغل بأنه خرق لاتفاق فصل القوات.\n\n"
        "وفي سياق متصل، قصفت طائرة مسيرة إسرائيلية مساء اليوم مستودعاً قرب بلدة خان أرنبة، "
        "في ما اعتبره وزير الإعلام انتهاكاً صارخاً للسيادة السورية.",
    )}
    assert breach.get("Air/drone strike") is False, breach


@pytest.mark.parametrize(("clause", "breach"), [
    ("في انتهاك صارخ للأجواء السورية", False),
    # one that names the truce as well breaks it
    ("في انتهاك للسيادة السورية ولاتفاق وقف إطلاق النار", True),
])
def test_what_a_breach_word_names(clause: str, breach: bool) -> None:
    # (the article's other claim, about another town, names the truce for bare breach words)
    breach_at = {e.place_name: e.ceasefire_breach for e in _events(
        "غارة على خان أرنبة",
        f"قصفت طائرة مسيرة مساء اليوم الأربعاء مستودعاً قرب بلدة خان أرنبة، {clause}.\n\n"
        "وفي ريف إدلب، قصفت قوات النظام بلدة كنصفرة في خرق لاتفاق وقف إطلاق النار.",
    )}
    assert breach_at.get("خان أرنبة") is breach, breach_at


def test_attacks_while_a_pause_should_hold_break_it() -> None:
    events = _events(
        "مسيرة تستهدف سيارة قرب عين عيسى",
        "قتل مدنيان اليوم الأربعاء جراء استهداف طائرة مسيرة تركية سيارتهما على طريق قرية "
        "صيدا قرب بلدة عين عيسى.\n\n"
        "وأفاد مراسل محلي بأن السيارة احترقت بالكامل.\n\n"
        "ويأتي الاستهداف في وقت يفترض فيه أن تعليق العمليات القتالية المعلن قبل يومين ما "
        "زال قائماً.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


@pytest.mark.parametrize(("said", "breach"), [
    # a guarantor holding the attacks against the zone it guarantees
    ("وقالت أنقرة إن القصف على منطقة خفض التصعيد غير مقبول، وإنها بصفتها دولة ضامنة "
     "ستتخذ ما يلزم.", True),
    # a guarantor named only with the zone, no violence in its sentence
    ("ويذكر أن الدول الضامنة أقرت منطقة خفض التصعيد في أيار من العام الماضي.", False),
])
def test_a_guarantor_speaking_of_the_violence(said: str, breach: bool) -> None:
    events = _events(
        "قصف قرب نقطة تركية",
        "أصيب جندي تركي اليوم الأربعاء جراء قصف مدفعي لقوات النظام على محيط نقطة المراقبة "
        f"التركية في بلدة شير مغار بريف حماة.\n\n{said}",
    )
    assert events and [e.ceasefire_breach for e in events] == [breach] * len(events), events


def test_a_claim_pointing_back_at_the_attack_covers_it_wherever_it_was() -> None:
    # The claim names the zone after Idlib; the attack it speaks of, told right before it,
    # lies in Latakia, some 64 km from the city of Idlib.
    events = _events(
        "قذائف على قسطل معاف",
        "قتل مدنيان اليوم الأربعاء بقذائف سقطت على بلدة قسطل معاف في ريف اللاذقية.\n\n"
        "وقال مسؤول محلي إن القصف انتهاك جديد لاتفاق خفض التصعيد في إدلب.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


def test_a_faction_pledged_to_the_organisation_is_the_party_left_out() -> None:
    breach = {e.place_name: e.ceasefire_breach for e in _events(
        "خرق للهدنة في درعا.. ومعارك مع جيش خالد",
        "قصفت قوات النظام مساء اليوم الأربعاء حي البحار في درعا البلد، في خرق لاتفاق وقف "
        "إطلاق النار.\n\n"
        "وفي حوض اليرموك، قتل ثلاثة من مقاتلي جيش خالد بن الوليد المبايع لداعش في "
        "اشتباكات مع فصائل المعارضة قرب بلدة الشجرة. ولا تشمل الهدنة الفصيل المبايع "
        "للتنظيم، الذي يسيطر على قرى الحوض.",
    )}
    assert breach.get("الشجرة") is False, breach


def test_a_plan_that_stops_the_violence_is_a_truce() -> None:
    events = _events(
        "إطلاق نار على مظاهرة في تلكلخ",
        "أطلقت قوات الأمن اليوم الأربعاء الرصاص الحي على مظاهرة في مدينة تلكلخ، ما أدى "
        "لمقتل متظاهر. واعتبر ناشطون ذلك خرقاً لبنود المبادرة التي تنص على وقف العنف "
        "وسحب الآليات من المدن.",
    )
    assert events and all(e.ceasefire_breach for e in events), events
