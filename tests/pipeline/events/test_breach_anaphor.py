"""A breach claim that names no place and follows the act it comments on covers that act,
not every act of the article; sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-09-18T20:00:00+03:00"  # a Thursday


def test_a_claim_after_a_clash_is_about_that_clash() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "اشتباكات في حي الشيخ مقصود ومسيّرة تستهدف سيارة قرب منبج",
        "شهد شمال سوريا اليوم الخميس تطورات ميدانية عدة. ففي حي الشيخ مقصود بمدينة حلب، "
        "اندلعت اشتباكات بين عناصر الأسايش وعناصر من الأمن العام عند أحد الحواجز، أسفرت عن "
        "مقتل عنصر. واتهم كل طرف الآخر بانتهاك اتفاق التهدئة الخاص بالحي. "
        "وفي ريف حلب الشرقي، استهدفت طائرة مسيّرة مجهولة سيارة عسكرية قرب مدينة منبج، ما "
        "أدى إلى مقتل مقاتلين اثنين.",
        PUBLISHED,
    )
    breach = {e.sub_event_type: e.ceasefire_breach for e in events}
    assert breach.get("Armed clash") is True, events
    assert breach.get("Air/drone strike") is False, events


def test_forces_firing_on_a_crowd_despite_a_truce_break_it() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    fired_on = extractor.extract(
        "قتيل برصاص الأمن خلال تفريق مظاهرة في مدينة جاسم",
        "قُتل شاب وجرح خمسة آخرون اليوم الخميس حين أطلقت قوات الأمن الرصاص الحي على "
        "مظاهرة خرجت في مدينة جاسم بريف درعا. "
        "وتأتي المظاهرة رغم وقف إطلاق النار الذي دخل حيز التنفيذ مطلع الأسبوع.",
        PUBLISHED,
    )
    assert [(e.sub_event_type, e.ceasefire_breach) for e in fired_on] == [
        ("Excessive force against protesters", True)], fired_on
    marched = extractor.extract(
        "مظاهرة في مدينة جاسم",
        "خرج مئات المحتجين اليوم الخميس في مظاهرة سلمية في مدينة جاسم بريف درعا. "
        "وتأتي المظاهرة رغم وقف إطلاق النار الذي دخل حيز التنفيذ مطلع الأسبوع.",
        PUBLISHED,
    )
    assert all(not e.ceasefire_breach for e in marched), marched


def test_a_truce_known_by_where_it_was_agreed_is_broken_in_its_zone() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "غارات على مدينة كفرنبل",
        "قُتل ثلاثة مدنيين اليوم الخميس بغارات جوية على مدينة كفرنبل بريف إدلب الجنوبي. "
        "ويأتي هذا القصف في المنطقة المشمولة باتفاق سوتشي بين روسيا وتركيا.",
        PUBLISHED,
    )
    assert [e.ceasefire_breach for e in events] == [True], events


def test_turning_against_a_truce_is_breaking_it() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قصف مدفعي على بلدة الهبيط",
        "قصفت قوات النظام بالمدفعية اليوم الخميس بلدة الهبيط بريف إدلب الجنوبي، وهو ما "
        "عدّته فصائل المعارضة انقلاباً على اتفاق وقف إطلاق النار.",
        PUBLISHED,
    )
    assert [e.ceasefire_breach for e in events] == [True], events


def test_a_claim_pointing_back_at_these_strikes_covers_all_of_them() -> None:
    # The claim follows the shelling of two villages, but "هذه الضربات" points at the
    # article's strikes, the lead's air raid on another town included.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "",
        "قتل خمسة مدنيين بغارات شنتها طائرات حربية روسية فجر اليوم على بلدة البارة في جبل "
        "الزاوية.\n\nوأفاد ناشطون بأن الطائرات نفذت ثلاث غارات متتالية على الحي الغربي من "
        "البلدة.\n\nوفي سياق متصل، قصفت قوات النظام بالمدفعية أطراف بلدة سفوهن.\n\nوتشكل هذه "
        "الضربات انتهاكاً جديداً لاتفاق التهدئة الموقع في آذار.",
        PUBLISHED,
    )
    assert [(e.place_pcode, e.ceasefire_breach) for e in events] == [
        ("C4304", True), ("C4054", True)], events


def test_a_participle_of_violating_is_a_breach() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "",
        "قتل مقاتلان مساء أمس خلال اشتباكات مع قوات مهاجمة على أطراف بلدة العريقة، منتهكةً "
        "بذلك الهدنة التي أعلنت الشهر الماضي.",
        PUBLISHED,
    )
    assert [e.ceasefire_breach for e in events] == [True], events


def test_a_monitor_named_for_human_rights_still_reports_a_breach() -> None:
    # "لحقوق الإنسان" in the monitor's name is no abuse of rights that unmakes the claim
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "",
        "وثق المرصد السوري لحقوق الإنسان مقتل مزارعين اثنين بقذائف أطلقتها قوات النظام مساء "
        "أمس على أطراف مدينة كفرزيتا، في خرق جديد لاتفاق وقف الأعمال العدائية.",
        PUBLISHED,
    )
    assert [(e.place_pcode, e.ceasefire_breach) for e in events] == [("C3463", True)], events


def test_the_end_of_prayers_is_not_the_end_of_the_truce() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    hit = extractor.extract(
        "",
        "قتل ثلاثة مدنيين أمس بغارات روسية على مدينة كفرنبل عقب انتهاء صلاة الجمعة، في خرق "
        "جديد لاتفاق سوتشي.",
        PUBLISHED,
    )
    assert [e.ceasefire_breach for e in hit] == [True], hit
    ended = extractor.extract(
        "",
        "قتل ثلاثة مدنيين أمس بغارات روسية على مدينة كفرنبل بعد انتهاء الهدنة.",
        PUBLISHED,
    )
    assert [e.ceasefire_breach for e in ended] == [False], ended


def test_where_the_shells_were_fired_from_is_no_scene() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "",
        "قتل مزارع أمس بقذائف سقطت على أطراف مدينة كفرزيتا.\n\nوقال ناشطون إن القذائف أطلقت من "
        "حاجز المصاصنة وطالت أرضاً زراعية.",
        PUBLISHED,
    )
    assert [e.place_pcode for e in events] == ["C3463"], events


def test_a_separate_development_opens_another_incident() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "",
        "سقطت قذائف مدفعية ظهر اليوم على أطراف بلدة التمانعة دون وقوع إصابات.\n\nوفي تطور "
        "منفصل، استهدفت صواريخ أطلقتها طائرة مسيرة مساء اليوم مقراً لتنظيم حراس الدين قرب "
        "مدينة سراقب.",
        PUBLISHED,
    )
    assert [e.sub_event_type for e in events] == [
        "Shelling/artillery/missile attack", "Air/drone strike"], events
