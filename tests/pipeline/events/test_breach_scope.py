"""Breach claims and their reach: a truce that did not hold, breaches told amid calm, what is
said of an act already told, an incident told apart, an act before the truce began or after
it ended, strikes like the ones before, and a claim in one of two joined headline reports.
Sentences written for these tests."""

from __future__ import annotations

from extraction import breach_by_place
from extraction import extractor as _extractor

from pipeline.events.breach import claims, out_of_force
from pipeline.models import Event

PUBLISHED = "2025-09-18T20:00:00+03:00"  # a Thursday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _by_place(title: str, text: str) -> dict[str, bool]:
    return breach_by_place(title, text, PUBLISHED)


def test_a_truce_that_did_not_hold_was_broken_by_the_shelling_told_with_it() -> None:
    events = _events(
        "قصف على بلدة كفرنبل في ريف إدلب",
        "لم تصمد الهدنة التي أعلنت أمس في ريف إدلب سوى ساعات، إذ تعرضت بلدة كفرنبل صباح "
        "اليوم لقصف مدفعي من مواقع قوات النظام، قتل فيه رجلان.",
    )
    assert events and events[0].ceasefire_breach, events


def test_breaches_told_amid_cautious_calm_are_breaches() -> None:
    events = _events(
        "قذائف على تلبيسة في ريف حمص الشمالي",
        "سجلت الساعات الماضية خروقات للهدنة التي بدأ تطبيقها مساء أمس، وسط هدوء حذر يسود "
        "معظم الجبهات.\n\n"
        "وفي ريف حمص الشمالي، سقطت قذائف مدفعية مصدرها مواقع قوات النظام على مدينة تلبيسة "
        "صباح اليوم، ما أدى لمقتل امرأة.",
    )
    assert events and all(e.ceasefire_breach for e in events), events


def test_what_is_said_of_the_shelling_already_told_frames_the_article() -> None:
    by_place = _by_place(
        "مقتل مدنيين بقصف صاروخي على كفرنبل",
        "قتل مدنيان صباح اليوم جراء قصف صاروخي نفذته قوات النظام على مناطق في مدينة "
        "كفرنبل جنوبي إدلب.\n\n"
        "وأفادت مصادر محلية أن القصف جاء من مواقع قوات النظام في ريف حماة، في خرق جديد "
        "لاتفاق خفض التصعيد في إدلب.\n\n"
        "بالتزامن مع ذلك، نفذت طائرات حربية روسية غارات على أطراف بلدة البارة في جبل "
        "الزاوية، دون ورود معلومات عن خسائر.",
    )
    assert by_place and all(by_place.values()), by_place


def test_an_incident_told_apart_is_not_covered_by_the_leads_claim() -> None:
    by_place = _by_place(
        "خروقات جديدة في المنطقة منزوعة السلاح",
        "رصد ناشطون استمرار الخروقات ضمن المنطقة منزوعة السلاح، حيث قتل رجل جراء قصف قوات "
        "النظام بالقذائف المدفعية صباح اليوم على بلدة التح بريف إدلب.\n\n"
        "وفي سياق منفصل، انفجرت عبوة ناسفة بعد ظهر اليوم في سيارة بمدينة سرمدا شمال "
        "إدلب، ما أدى لمقتل شخصين.",
    )
    assert by_place.get("التح") is True, by_place
    assert by_place.get("سرمدا") is False, by_place


def test_an_act_after_the_truce_ended_breaks_no_truce() -> None:
    by_place = _by_place(
        "قصف على دوما ومسرابا في أول أيام الهدنة",
        "لم تصمد الهدنة التي أعلنت في الغوطة الشرقية سوى ساعات، إذ تعرضت مدينة دوما صباح "
        "اليوم لقصف مدفعي من مواقع قوات النظام، قتل فيه ثلاثة مدنيين.\n\n"
        "كما ألقت طائرات مروحية براميل متفجرة على بلدة مسرابا بعد ساعة من انتهاء فترة "
        "الهدنة، ما أدى لإصابة مدنيين.",
    )
    assert by_place.get("دوما") is True, by_place
    assert by_place.get("مسرابا") is False, by_place


def test_an_act_before_or_after_its_truce_is_out_of_force() -> None:
    assert out_of_force("ألقت مروحية برميلين على البلدة قبل الموعد بنحو ثلاث ساعات") == set()
    assert out_of_force("وقصفت المدفعية القرية بعد ساعة من انتهاء فترة الهدنة")
    # prayers that ended end no truce; a truce not yet ended is in force
    assert out_of_force("وقعت الغارة عقب انتهاء صلاة الجمعة في خرق لاتفاق سوتشي") is None
    assert out_of_force("قصفت المدفعية القرية قبل انتهاء الهدنة بساعات") is None


def test_strikes_like_the_ones_before_share_their_breach() -> None:
    by_place = _by_place(
        "غارات روسية على ريف إدلب الجنوبي",
        "شن الطيران الحربي الروسي صباح اليوم غارات على ريف إدلب الجنوبي.\n\n"
        "وقتل ثلاثة مدنيين بغارات على مدينة كفرنبل، في خرق جديد لاتفاق سوتشي، بحسب "
        "ناشطين.\n\n"
        "كما استهدفت غارات مماثلة بلدة حيش، ما أدى لإصابة خمسة أشخاص.",
    )
    assert by_place.get("حيش") is True, by_place


def test_a_claim_in_one_of_two_joined_headline_reports_names_its_own_area() -> None:
    title = "تفجير سيارة مفخخة في تل أبيض.. ومسلحون يهاجمون قرى ريف تل تمر رغم وقف إطلاق النار"
    said = claims([title], _extractor()._resolver)
    assert said and {p.name_ar for p in said[0].areas} == {"تل تمر"}, said


def test_an_agreement_said_to_be_in_force_is_the_truce_its_breach_breaks() -> None:
    events = _events(
        "قتيلان بهجوم على حاجز في حي الشيخ مقصود بحلب",
        "قتل عنصران من قوى الأمن الداخلي مساء اليوم بهجوم شنه مسلحون على حاجز في حي الشيخ "
        "مقصود بمدينة حلب، في خرق واضح للاتفاق القائم بين الطرفين منذ آذار الماضي.",
    )
    assert events and events[0].ceasefire_breach, events
    # an agreement named by no more than the word is not taken for a truce
    events = _events(
        "قتيلان بهجوم على حاجز في حي الشيخ مقصود بحلب",
        "قتل عنصران من قوى الأمن الداخلي مساء اليوم بهجوم شنه مسلحون على حاجز في حي الشيخ "
        "مقصود بمدينة حلب، في خرق واضح للاتفاق بين الطرفين.",
    )
    assert events and not events[0].ceasefire_breach, events


def test_a_claim_that_what_happened_was_a_breach_covers_the_arrests_told() -> None:
    events = _events(
        "قوة إسرائيلية تعتقل راعيين في ريف القنيطرة",
        "اعتقلت قوة إسرائيلية صباح اليوم راعيين من أبناء بلدة جباتا الخشب في ريف القنيطرة "
        "الشمالي، واقتادتهما إلى جهة مجهولة.\n\n"
        "واعتبرت محافظة القنيطرة في بيان أن ما جرى انتهاك جديد لاتفاقية فصل القوات.",
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].ceasefire_breach, events
