"""Incidents reported inside articles about something else: the reactions to a strike, a
funeral, an anniversary, a monthly tally. The incident the article reports is an event of
its own, with its own day and toll; what frames it is not (sentences written for these
tests)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor


def test_a_strike_told_through_the_reactions_to_it_is_reported() -> None:
    # the headline reports reactions and a denial; a dateline line stands before the lead,
    # whose reactions are today's and whose strike is yesterday's; the truce is named by its
    # governorate's chief town
    events = extractor().extract(
        "تنديد واسع بعد قصف سراقب… ودمشق تنفي",
        "إدلب – «مراسلون»\n\n"
        "تواصلت اليوم الأربعاء ردود الفعل المنددة بالغارة الجوية التي طالت سوقاً شعبياً "
        "في مدينة سراقب شرقي إدلب ظهر أمس الثلاثاء، وأدت إلى مقتل أربعة مدنيين وجرح تسعة."
        "\n\nواعتبرت أنقرة الغارة «خرقاً واضحاً لاتفاق سوتشي» الخاص بمنطقة خفض "
        "التصعيد في إدلب.\n\nفي المقابل، نفت دمشق أن تكون طائراتها قد حلقت فوق المدينة.",
        "2019-07-10T12:00:00+03:00")
    assert [(e.sub_event_type, e.place_name, str(e.date), e.fatalities, e.ceasefire_breach)
            for e in events] == [("Air/drone strike", "سراقب", "2019-07-09", 4, True)]


def test_a_condemnation_dates_itself_not_the_strike() -> None:
    events = extractor().extract(
        "قصف على معرة النعمان",
        "أدانت منظمة حقوقية اليوم الخميس القصف الذي استهدف مدينة معرة النعمان مساء أمس "
        "وأدى إلى مقتل ثلاثة مدنيين.",
        "2019-07-11T12:00:00+03:00")
    assert [str(e.date) for e in events] == ["2019-07-10"]


def test_shelling_on_an_anniversary_is_news_and_the_massacre_remembered_is_not() -> None:
    events = extractor().extract(
        "في الذكرى الثانية لمجزرة البيضا… قصف يقتل طفلين في تلبيسة",
        "تحل اليوم الجمعة الذكرى الثانية لمجزرة البيضا، التي قتل فيها عشرات المدنيين بالرصاص "
        "والسكاكين في قرية البيضا بريف بانياس.\n\nولم تمنع الذكرى قوات النظام من قصف ريف حمص "
        "الشمالي، إذ قتل طفلان عصر اليوم جراء قذائف مدفعية سقطت على منازل في مدينة تلبيسة، "
        "بحسب ناشطين.",
        "2015-05-01T18:00:00+03:00")
    assert [(e.sub_event_type, e.place_name, str(e.date), e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "تلبيسة", "2015-05-01", 2)]


def test_the_day_an_anniversary_recalls_is_no_news() -> None:
    # a guard: its killing follows a comma, but its day is the anniversary's own
    assert extractor().extract(
        "في ذكرى مجزرة الخبز",
        "يستذكر أهالي البلدة اليوم ضحايا مجزرة الخبز.\n\nوفي مثل هذا اليوم قبل ثلاث سنوات، "
        "قتل أربعون مدنياً بقصف جوي استهدف طابوراً أمام فرن البلدة.",
        "2015-12-23T18:00:00+03:00") == []


def test_an_act_a_relative_clause_dates_to_a_month_gone_by_is_referred_to() -> None:
    events = extractor().extract(
        "لجنة التحقيق تمدد عملها… وقذائف على الصورة الكبيرة",
        "أعلنت اللجنة الوطنية للتحقيق في أحداث ريف السويداء، اليوم الاثنين، تمديد مهلة "
        "عملها شهراً، مبررة ذلك بكثرة الإفادات المتعلقة بالاشتباكات التي شهدتها المحافظة "
        "أواخر آذار الماضي وما رافقها من انتهاكات.\n\nوقال عضو في اللجنة إنها استمعت إلى "
        "ذوي عشرات الضحايا.\n\nميدانياً، سقطت قذائف هاون صباح اليوم على بلدة الصورة الكبيرة "
        "في ريف السويداء، ما أدى إلى إصابة طفلين.",
        "2025-05-05T18:00:00+03:00")
    assert [(e.sub_event_type, e.place_name) for e in events] == [
        ("Shelling/artillery/missile attack", "الصورة الكبيرة")]


def test_fighting_going_on_since_a_month_gone_by_is_still_told() -> None:
    # a guard: "منذ" makes the month where the fighting began
    events = extractor().extract(
        "",
        "قتل ثلاثة مقاتلين اليوم في الاشتباكات التي تدور منذ آذار الماضي في محيط بلدة "
        "الصورة الكبيرة بريف السويداء.",
        "2025-05-05T18:00:00+03:00")
    assert [e.place_name for e in events] == ["الصورة الكبيرة"]


def test_a_bomb_at_the_time_of_a_funeral_is_the_days_news() -> None:
    # the headline's funeral names its dead by an earlier day; the lead's funeral tells the
    # earlier blast's risen toll; the bomb went off as the funeral was held, killing the
    # commander "and his companion"
    events = extractor().extract(
        "إعزاز تشيّع ضحايا انفجار السبت الماضي… وعبوة تقتل قيادياً",
        "شيّع المئات من أهالي مدينة إعزاز شمالي حلب، ظهر اليوم السبت، أربعة من ضحايا "
        "الانفجار الذي ضرب سوق المدينة السبت الماضي، لترتفع حصيلة ذلك الانفجار إلى تسعة "
        "قتلى.\n\nوبالتزامن مع التشييع، انفجرت عبوة ناسفة مزروعة في سيارة قيادي في أحد "
        "الفصائل عند المدخل الجنوبي للمدينة، ما أدى إلى مقتله ومرافقه.",
        "2018-03-17T15:00:00+02:00")
    assert [(e.sub_event_type, e.place_name, str(e.date), e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "إعزاز", "2018-03-17", 2)]


def test_an_act_told_despite_calls_or_warnings_is_reported() -> None:
    for title, text in (
            ("", "وعلى الرغم من الدعوات إلى التهدئة، قصفت قوات النظام بلدة كفرنبل صباح اليوم."),
            ("رغم التحذيرات… قصف على كفرنبل",
             "رغم التحذيرات الدولية، قصفت قوات النظام بلدة كفرنبل صباح اليوم، ما أدى إلى "
             "مقتل ثلاثة مدنيين.")):
        events = extractor().extract(title, text, "2019-05-05T12:00:00+03:00")
        assert [(e.sub_event_type, e.place_name) for e in events] == [
            ("Shelling/artillery/missile attack", "كفرنبل")]
