"""Acts told before a truce came into force ("قبل ساعات من دخول الاتفاق حيز التنفيذ") break
no truce; and a sentence that judges the act told before a breach ("واعتبر المجلس القصف
خرقاً للاتفاق الذي أُبرم يوم الأحد الماضي") tells no act of its own, whatever day the
agreement it names was reached. Sentences written for these tests (issue 12, dev42)."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2018-05-16T20:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_strikes_hours_before_the_agreement_came_into_force_break_nothing() -> None:
    events = _events(
        "اتفاق تهدئة في ريف حمص الشمالي.. وغارات قبل سريانه",
        "أعلنت لجنة التفاوض في ريف حمص الشمالي اليوم الأربعاء التوصل إلى اتفاق لوقف إطلاق "
        "النار مع الجانب الروسي، يبدأ العمل به عند السادسة مساء.\n\n"
        "وقبل ثلاث ساعات من دخول الاتفاق حيز التنفيذ، قصفت طائرات حربية مدينة تلبيسة، ما "
        "أدى إلى مقتل امرأتين.",
    )
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert violent and not any(e.ceasefire_breach for e in violent), events


def test_barrels_about_two_hours_before_the_ceasefire_came_into_force_break_nothing() -> None:
    events = _events(
        "براميل على الرستن قبل ساعتين من الهدنة.. وهدوء منذ الظهر",
        "ألقت مروحيات النظام برميلين متفجرين على مدينة الرستن صباح اليوم الأربعاء، قبل نحو "
        "ساعتين من دخول اتفاق وقف إطلاق النار في ريف حمص الشمالي حيز التنفيذ، ما أدى إلى "
        "مقتل شاب.\n\n"
        "ومنذ الظهر يسود هدوء حذر في الرستن.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


def test_barrels_before_the_truce_began_break_nothing() -> None:
    # guard (passes on main as well)
    events = _events(
        "براميل على الرستن قبل بدء الهدنة",
        "ألقت مروحيات النظام برميلين متفجرين على مدينة الرستن صباح اليوم الأربعاء، قبل نحو "
        "ساعتين من بدء الهدنة التي أعلنتها موسكو في ريف حمص الشمالي، ما أدى إلى مقتل شاب.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


def test_strikes_hours_after_the_truce_came_into_force_still_break_it() -> None:
    # guard (passes on main as well): after its entry into force the truce stood
    events = _events(
        "غارات على تلبيسة بعد دخول الهدنة حيز التنفيذ",
        "قصفت طائرات حربية مدينة تلبيسة مساء اليوم الأربعاء، بعد ساعات من دخول اتفاق وقف "
        "إطلاق النار حيز التنفيذ، ما أدى إلى مقتل امرأتين.",
    )
    assert events and events[0].ceasefire_breach, events


def test_before_forces_entered_a_town_names_no_truce() -> None:
    # guard (passes on main as well): "قبل دخول القوات" tells no act outside a truce
    events = _events(
        "قصف على تلبيسة رغم الهدنة",
        "قصفت قوات النظام مدينة تلبيسة بالمدفعية صباح اليوم الأربعاء قبل دخول قواتها إلى "
        "أطراف المدينة، في خرق لاتفاق وقف إطلاق النار، ما أدى إلى مقتل رجل.",
    )
    assert events and events[0].ceasefire_breach, events


def test_the_shelling_judged_a_breach_is_the_one_told_before() -> None:
    events = _events(
        "قتل مدنيان بقصف على تلبيسة",
        "قتل مدنيان فجر اليوم الأربعاء، جراء قصف بقذائف الهاون نفذته قوات النظام على أحياء "
        "مدينة تلبيسة.\n\n"
        "واعتبرت اللجنة المحلية في تلبيسة القصف خرقاً للاتفاق الذي رعته الشرطة العسكرية "
        "الروسية يوم السبت الماضي، والقاضي بوقف العمليات العسكرية.",
    )
    assert len(events) == 1, events
    assert events[0].fatalities == 2 and events[0].ceasefire_breach, events


def test_the_attack_a_notable_says_is_an_open_breach_is_the_one_told_before() -> None:
    # guard (passes on main as well): the act after "إن", judged a breach, is the one told
    events = _events(
        "قتيل بقذائف على الحولة",
        "قتل مدني بعد ظهر اليوم الأربعاء جراء سقوط قذائف مصدرها حاجز لقوات النظام على "
        "مدينة كفرلاها في منطقة الحولة بريف حمص.\n\n"
        "وقال أحد وجهاء كفرلاها إن القصف «انتهاك صريح» لاتفاق التهدئة الذي أبرم يوم "
        "الاثنين الماضي برعاية روسية.",
    )
    assert len(events) == 1, events
    assert events[0].fatalities == 1 and events[0].ceasefire_breach, events


def test_a_town_exposed_to_shelling_in_breach_of_a_truce_is_a_new_act() -> None:
    # guard (passes on main as well): no verb of judging, the breach not right after the act
    events = _events(
        "قتيلان بقصف على الحولة رغم الهدنة",
        "قتل مدنيان صباح اليوم الأربعاء جراء قصف بقذائف الهاون استهدف مدينة كفرلاها في "
        "منطقة الحولة بريف حمص.\n\n"
        "وتعرضت بلدة تلدو المجاورة مساء اليوم للقصف في خرق لاتفاق وقف إطلاق النار.",
    )
    assert {e.place_name for e in events} >= {"كفرلاها", "تلدو"}, events
