"""How a report moves from one incident to the next (a front put first, a headline of two
clauses), when "منذ" starts the day's incident, violence that stopped, a crowd told by its
banners, ground received without a fight, and a crowd shot at; sentences written for these
tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.events.classify import classify
from pipeline.models import Event

PUBLISHED = "2020-02-13T21:00:00+02:00"  # a Thursday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _kinds(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_pcode) for e in _events(title, text)]


STRIKE = "قتل ثمانية مدنيين بغارات شنتها طائرات حربية روسية ظهر اليوم على مدينة إدلب."


@pytest.mark.parametrize("opening", [
    "وميدانياً، دارت",
    "وعلى محاور القتال، دارت",
    "وعلى الصعيد الميداني، دارت",
])
def test_a_turn_to_the_front_opens_another_incident(opening: str) -> None:
    text = f"{STRIKE}\n\n{opening} اشتباكات بين قوات النظام والفصائل، قتل خلالها خمسة عناصر."
    assert [k for k, _ in _kinds("", text)] == ["Air/drone strike", "Armed clash"]


def test_without_an_opener_the_fighting_stays_the_strikes_context() -> None:
    # The control: no connective, no place put first, no town of its own: the same
    # incident's fighting.
    text = f"{STRIKE}\n\nودارت اشتباكات بين قوات النظام والفصائل في المنطقة."
    assert [k for k, _ in _kinds("", text)] == ["Air/drone strike"]


@pytest.mark.parametrize(("since", "found"), [
    ("منذ فجر اليوم", True),
    ("منذ منتصف الليل", True),
    ("منذ ساعات الصباح", True),
    ("منذ سنوات", False),  # the state of things, no incident
])
def test_since_this_morning_starts_the_incident(since: str, found: bool) -> None:
    text = f"تدور {since} اشتباكات عنيفة بين قوات النظام والفصائل في بلدة جرجناز."
    assert bool(_events("", text)) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("وقال أحد الوجهاء إن القصف توقف على بلدة الجيزة منذ ساعات الليل.", False),
    ("توقف القصف على بلدة الجيزة بعد منتصف الليل.", False),
    ("وتعرضت بلدة الجيزة لقصف مدفعي دون توقف منذ صباح اليوم.", True),
])
def test_violence_that_stopped_is_no_event(sentence: str, found: bool) -> None:
    assert bool(_events("", sentence)) is found


def test_a_crowd_told_by_its_banners_is_a_protest() -> None:
    text = "تجمع العشرات اليوم في ساحة مدينة جاسم رافعين لافتات تندد بالانتخابات."
    assert _kinds("", text) == [("Peaceful protest", "C6111")]


@pytest.mark.parametrize("title", [
    "قوات النظام تتسلم معبر نصيب",
    "وحدات الجيش تستلم مواقع الفصائل قرب نصيب",
])
def test_ground_received_is_a_transfer(title: str) -> None:
    text = ("دخلت وحدات من الجيش صباح اليوم إلى معبر نصيب في ريف درعا الشرقي من دون أي "
            "اشتباك، تنفيذاً للاتفاق.")
    assert [k for k, _ in _kinds(title, text)] == ["Non-violent transfer of territory"]


def test_the_second_town_of_a_front_is_no_second_scene() -> None:
    text = (f"{STRIKE}\n\nوفي ريف إدلب، دارت اليوم اشتباكات على محور جرجناز وتلمنس قتل "
            "خلالها أربعة عناصر.")
    assert [p for k, p in _kinds("", text) if k == "Armed clash"] == ["C3977"]


def test_fire_from_an_airbase_does_not_place_the_shelling_there() -> None:
    text = ("سيطرت فصائل المعارضة صباح اليوم على بلدة الكسرة في ريف دير الزور الغربي بعد "
            "معارك مع قوات النظام.\n\nوفي وقت لاحق، ردت قوات النظام بقصف مدفعي من مطار دير "
            "الزور العسكري على محيط البلدة.")
    places = {p for _, p in _kinds("", text)}
    assert "C5096" in places and "SY090100" not in places and "C5040" not in places


def test_a_headline_of_two_clauses_tells_two_events() -> None:
    title = "قتيل باشتباكات في حي الشيخ مقصود بحلب.. واتفاق على وقف فوري لإطلاق النار"
    text = ("توصل ممثلون عن الطرفين فجر اليوم إلى اتفاق لوقف إطلاق النار في مدينة حلب، بعد "
            "اشتباكات اندلعت مساء أمس قتل فيها عنصر.")
    assert {k for k, _ in _kinds(title, text)} == {"Armed clash", "Agreement"}


def test_a_headline_of_one_incident_stays_one_event() -> None:
    # The control: the second clause tells more of the same incident.
    title = "قتيل باشتباكات في حي الشيخ مقصود بحلب.. واشتباكات متقطعة حتى الصباح"
    text = "دارت مساء أمس اشتباكات في مدينة حلب قتل فيها عنصر."
    assert [k for k, _ in _kinds(title, text)] == ["Armed clash"]


def test_a_crowd_shot_at_is_force_against_protesters_not_an_attack() -> None:
    title = "قتيلان برصاص الأمن في حماة"
    text = ("حماة – خاص\n\nقتل متظاهران بعد ظهر اليوم عندما أطلقت قوات الأمن الرصاص الحي على "
            "مظاهرة خرجت من أحد الجوامع في مدينة حماة.")
    assert _kinds(title, text) == [("Excessive force against protesters", "C2987")]


@pytest.mark.parametrize(("text", "place"), [
    ("قتل مدنيان بقصف مسيرة تركية على سيارة في بلدة كركي لكي اليوم.", "C4841"),
    # the country around al-Qahtaniyah, by its Kurdish name, is its sub-district
    # (rules.TOWN_COUNTRYSIDE)
    ("قتل عامل بقصف مسيرة تركية على محطة كهرباء في ريف تربه سبيه اليوم.", "SY080203"),
])
def test_kurdish_names_of_towns(text: str, place: str) -> None:
    assert [p for _, p in _kinds("", text)] == [place]


def test_english_copy_capitalises_its_places() -> None:
    # "has" is no village Has (Idlib), "Bara" is al-Bara
    text = ("Jabal al-Zawiya has come under heavy bombardment: Russian air strikes hit the "
            "village of Bara on Saturday, killing four civilians.")
    assert [p for _, p in _kinds("", text)] == ["C4304"]


def test_a_headline_is_dated_by_the_lead_past_the_dateline_line() -> None:
    title = "مقتل عنصر من الأمن الداخلي بهجوم على حاجز في بلدة العريقة"
    text = ("السويداء – خاص\n\nقتل عنصر من الأمن الداخلي مساء أمس بهجوم شنه مسلحون على "
            "حاجز عند مدخل بلدة العريقة غربي السويداء.")
    assert [e.date for e in _events(title, text)] == ["2020-02-12"]


def test_truffle_gatherers_killed_are_civilians_attacked() -> None:
    text = ("قتل 12 من جامعي الكمأة أمس في هجوم نسبته مصادر محلية لخلايا تنظيم داعش في "
            "بادية بلدة السخنة.")
    events = _events("", text)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "ISIS: Islamic State", "Civilians (Syria)")]


def test_where_the_dead_were_buried_is_no_scene() -> None:
    text = ("قتل ستة رعاة أمس بهجوم لمسلحين مجهولين في بادية بلدة السخنة.\n\nولم تعلق السلطات "
            "على الهجوم، بينما شيّع الأهالي الضحايا في مدينة تدمر مساء أمس.")
    assert [p for _, p in _kinds("", text)] == ["C2893"]


def test_a_quarter_after_a_city_put_first_is_that_citys() -> None:
    # Al-Hader is also a town of rural Aleppo: "وفي حماة" says which one is meant
    text = "وفي حماة، قتل متظاهر برصاص الأمن في حي الحاضر وسط المدينة مساء أمس."
    assert [p for _, p in _kinds("", text)] == ["C2987"]


def test_a_road_told_by_the_towns_it_links_is_one_scene() -> None:
    text = ("قتل عنصران من الأمن العام مساء اليوم بانفجار عبوة ناسفة بسيارة دورية على طريق "
            "يربط مدينة طفس ببلدة المزيريب في ريف درعا الغربي.")
    assert [(p, e) for (_, p), e in zip(_kinds("", text),
                                         [e.fatalities for e in _events("", text)],
                                         strict=True)] == [("C6034", 2)]


@pytest.mark.parametrize("title", [
    "الرئاسة الروحية تحذر من «انفجار جديد» في السويداء",
    "الوجهاء يخشون انفجار الأوضاع في السويداء",
])
def test_a_warning_of_an_explosion_of_the_situation_is_no_bombing(title: str) -> None:
    assert _events(title, "أصدرت الهيئة اليوم بياناً دعت فيه إلى التهدئة.") == []


@pytest.mark.parametrize(("title", "text"), [
    ("«ليالي القبو».. مسلسل يعيد المشاهد إلى أقبية الغوطة",
     "يتصدر مسلسل «ليالي القبو» نسب المشاهدة هذا الشهر، ويروي قصة عائلة تحت البراميل "
     "المتفجرة في دوما، قبل أن تعتقل الأم على حاجز."),
    ("«شتاء المدينة».. رواية تحاصر القارئ بالقصف",
     "حلب – خاص\n\nفي روايته الجديدة «شتاء المدينة» تسقط القذائف على أحياء حلب منذ الصفحة "
     "الأولى، ويخطف الابن على حاجز."),
])
def test_a_review_of_a_series_or_a_novel_reports_nothing(title: str, text: str) -> None:
    assert _events(title, text) == []


def test_the_account_of_a_witness_is_still_news() -> None:
    # "رواية" is also an account: with a death told, the article reports its incident
    title = "رواية شاهد عيان عن قصف سوق بلدة سقبا"
    text = "روى أحد الأهالي في روايته للمرصد كيف قتل خمسة مدنيين بقصف على سوق بلدة سقبا أمس."
    assert [k for k, _ in _kinds(title, text)] == ["Shelling/artillery/missile attack"]


def test_a_further_events_today_is_its_own_day() -> None:
    text = ("قتل تسعة مقاتلين في اشتباكات عنيفة أمس في حي صلاح الدين بمدينة حلب.\n\nوفي مدينة "
            "كفرنبل بريف إدلب، خرج الآلاف اليوم بعد صلاة الظهر في مظاهرة حاشدة.")
    assert [(k, e.date) for (k, _), e in zip(_kinds("", text), _events("", text),
                                             strict=True)] == [
        ("Armed clash", "2020-02-12"), ("Peaceful protest", "2020-02-13")]


def test_a_monthly_report_in_the_headline_is_a_tally() -> None:
    title = "تقرير: مقتل 1540 شخصاً في سوريا خلال آذار بينهم 300 طفل"
    text = ("أصدرت الشبكة اليوم تقريرها الشهري، ووثقت فيه مقتل 1540 شخصاً، معظمهم بالبراميل "
            "المتفجرة التي ألقتها المروحيات على أحياء حلب.")
    assert _events(title, text) == []


@pytest.mark.parametrize("text", [
    # the condition after the strike it sets (and the threat eight words before it)
    "هدد وزير الدفاع الإسرائيلي يسرائيل كاتس اليوم الأربعاء بشن ضربات على قلب دمشق إذا "
    "نشرت الحكومة قوات جنوب العاصمة.",
    "قال الوزير إن قواته ستشن غارات على مقرات القيادة في دمشق إذا تحركت أي دبابة.",
])
def test_a_threat_is_no_strike(text: str) -> None:
    assert _events("", text) == []


def test_a_drama_review_reports_nothing() -> None:
    title = "«جسر الرماد».. دراما تحفر في ذاكرة الحصار والبراميل"
    text = ("يدخل مسلسل «جسر الرماد» أسبوعه الثالث، ويتناول حكاية عائلة من ريف حلب تعيش تحت "
            "القصف، ويسقط في حلقته الخامسة برميل متفجر على سوق الخضار.")
    assert _events(title, text) == []


def test_a_place_word_before_a_colon_names_nothing_in_the_quote() -> None:
    # "الطيارة" (the plane, in a witness's words) is also a village of Aleppo
    text = ("قتل سبعة مدنيين أمس بغارة شنتها طائرة حربية على مدينة الباب.\n\nوقال أحد عناصر "
            "الدفاع المدني في المدينة: «الطيارة نزلت لتحت كتير وضربت صاروخين».")
    assert [p for _, p in _kinds("", text)] == ["C1202"]


def test_an_attempt_repelled_is_a_clash() -> None:
    text = ("قتل مدنيان بقذائف صاروخية على حي الحمدانية في مدينة حلب بعد ظهر اليوم.\n\nوفي وقت "
            "لاحق، أفاد مصدر عسكري بأن وحدات الجيش تصدت لمحاولة مجموعات مسلحة التسلل باتجاه "
            "النقاط العسكرية جنوب غرب المدينة، وأوقعت في صفوفها قتلى.")
    assert [k for k, _ in _kinds("", text)] == [
        "Shelling/artillery/missile attack", "Armed clash"]


def test_fire_opened_on_a_crowd_and_the_other_sides_account() -> None:
    title = "ثلاثة قتلى برصاص الأمن في داعل"
    text = ("درعا – خاص\n\nسقط ثلاثة شهداء أمس عندما فتحت قوات الأمن النار بشكل مباشر على "
            "مظاهرة خرجت من الجامع الكبير في بلدة داعل.\n\nفي المقابل، ذكرت الوكالة الرسمية أن "
            "مجموعة مسلحة هاجمت عناصر حفظ النظام في داعل، ما أدى إلى مقتل شرطي.")
    assert _kinds(title, text) == [("Excessive force against protesters", "C6030")]


def test_the_direction_an_air_raid_came_from_is_no_scene() -> None:
    text = ("قتل خمسة أشخاص صباح اليوم بغارة إسرائيلية على مبنى في حي المزة بدمشق.\n\nوقالت "
            "وزارة الدفاع إن العدو نفذ عدواناً جوياً من اتجاه الجولان المحتل، مشيرة إلى أن "
            "الدفاعات الجوية تصدت لعدد من الصواريخ.")
    assert [p for _, p in _kinds("", text)] == ["C1001"]


def test_a_month_of_a_year_gone_by_recalls_and_counts_no_dead() -> None:
    title = "الفصائل تدخل مدينة حماة"
    text = ("دخلت الفصائل مدينة حماة ظهر اليوم بعد معارك أوقعت قتلى من الطرفين.\n\nوتحمل المدينة "
            "ذاكرة قاسية، إذ شهدت في شباط 1982 حملة عسكرية قتل فيها ما بين 10 و40 ألف شخص.")
    assert [e.fatalities for e in _events(title, text)] == [None]


def test_a_days_toll_spread_over_governorates_is_no_incident() -> None:
    title = "63 شهيداً اليوم بينهم 9 أطفال.. معظمهم في ريف دمشق وحلب"
    text = ("وثقت لجان التنسيق سقوط 63 شهيداً اليوم برصاص وقصف قوات النظام، توزعوا على النحو "
            "التالي: 24 في ريف دمشق، 15 في حلب، 9 في درعا.\n\nوفي التفاصيل، قضى سبعة مدنيين في "
            "قصف صاروخي استهدف مدينة معضمية الشام.\n\nوفي حلب، ألقى الطيران المروحي برميلين "
            "متفجرين على حي مساكن هنانو، ما أدى إلى مقتل خمسة أشخاص.")
    assert [(k, p, e.fatalities) for (k, p), e in zip(_kinds(title, text),
                                                      _events(title, text), strict=True)] == [
        ("Shelling/artillery/missile attack", "C2499", 7), ("Air/drone strike", "C1007", 5)]


def test_an_agreement_reached_after_the_fighting_is_an_event_of_its_own() -> None:
    text = ("اندلعت مساء أمس اشتباكات في حي الشيخ مقصود بمدينة حلب بين قوات الجيش والأسايش.\n\n"
            "وأعلن وزير الدفاع فجر اليوم التوصل إلى اتفاق لوقف شامل لإطلاق النار، وأكدت مصادر "
            "محلية عودة الهدوء الحذر.")
    assert [(e.sub_event_type, e.date) for e in _events("", text)] == [
        ("Armed clash", "2020-02-12"), ("Agreement", "2020-02-13")]


def test_a_truce_named_as_in_force_is_no_new_agreement() -> None:
    # the control: the truce is only said to hold since an earlier day
    text = ("اندلعت مساء أمس اشتباكات في حي الشيخ مقصود بمدينة حلب بين قوات الجيش والأسايش.\n\n"
            "ويسود الهدوء الحذر منذ صباح اليوم مع سريان الهدنة التي أعلنت الأسبوع الماضي.")
    assert [e.sub_event_type for e in _events("", text)] == ["Armed clash"]


def test_another_sub_type_of_the_same_type_on_a_day_of_its_own_is_another_event() -> None:
    text = ("قتل العشرات اليوم في تفجيرين انتحاريين استهدفا منطقة السيدة زينب جنوب دمشق.\n\nوفي "
            "حمص، قتل 46 شخصاً على الأقل بتفجير سيارة مفخخة مركونة في حي الزهراء مساء اليوم.")
    assert [(k, p) for k, p in _kinds("", text)] == [
        ("Suicide bomb", "C2299"), ("Remote explosive/landmine/IED", "C2528")]


def test_the_same_sub_type_without_a_day_stays_one_event() -> None:
    # the control: more of the same bombing, no day of its own
    text = ("قتل العشرات اليوم في تفجيرين انتحاريين استهدفا منطقة السيدة زينب جنوب دمشق.\n\nكما "
            "فجر انتحاري ثالث نفسه قرب مدخل المنطقة.")
    assert [k for k, _ in _kinds("", text)] == ["Suicide bomb"]


def test_hamouriyeh_is_hammura_not_kafr_batna() -> None:
    text = "قتل 17 مدنياً أمس بغارات جوية على بلدة حمورية في الغوطة الشرقية."
    assert [p for _, p in _kinds("", text)] == ["C2316"]


def test_the_government_named_after_the_verbal_noun_regains_the_ground() -> None:
    text = ("أعلنت وزارة الداخلية فجر اليوم استعادة قوى الأمن العام السيطرة على محيط مدينة جبلة "
            "بعد هجوم شنته مجموعات مسلحة.")
    assert "Government regains territory" in [k for k, _ in _kinds("", text)]


def test_a_two_letter_village_after_its_place_word() -> None:
    # "التح" (Idlib) only after "بلدة"/"قرية": a two-letter key alone is too easily a word
    text = "قتل رجل صباح اليوم بقصف مدفعي على أماكن في بلدة التح بريف إدلب الجنوبي الشرقي."
    assert [p for _, p in _kinds("", text)] == ["C4099"]


def test_a_massacre_by_warplanes_named_by_their_make_is_an_air_strike() -> None:
    title = "مجزرة مروعة أمام فرن حي الشعار.. 15 شهيداً"
    text = ("حلب – ارتكبت طائرات الميغ مجزرة جديدة في حي الشعار بمدينة حلب، حيث استهدفت بصاروخين "
            "طابور المواطنين أمام الفرن صباح اليوم.")
    assert [(k, e.fatalities) for (k, _), e in zip(_kinds(title, text), _events(title, text),
                                                   strict=True)] == [("Air/drone strike", 15)]


def test_soldiers_firing_on_a_peaceful_gathering_is_force_against_protesters() -> None:
    text = ("قتل شاب مساء أمس عندما فتح الجنود النار على تجمع سلمي لأهالي قرية حميدية احتجوا "
            "على تجريف أراضيهم.")
    assert [k for k, _ in _kinds("", text)] == ["Excessive force against protesters"]


def test_the_second_clause_of_a_headline_does_not_choose_the_primarys_kind() -> None:
    title = "مقتل مختار في بلدة الشحيل برصاص مجهولين.. وعبوة ناسفة تستهدف آلية قرب البصيرة"
    text = ("قتل مختار بلدة الشحيل مساء أمس برصاص مسلحين مجهولين أمام منزله.\n\nوفي حادثة "
            "منفصلة، انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية قرب بلدة البصيرة، ما أدى لإصابة "
            "ثلاثة عناصر.")
    kinds = [k for k, _ in _kinds(title, text)]
    assert kinds[0] != "Remote explosive/landmine/IED" and \
        "Remote explosive/landmine/IED" in kinds


def test_a_headline_printed_again_above_the_text_is_read_once() -> None:
    title = "عاجل | اشتباك مع قوة متوغلة في بيت جن.. وقصف جوي يوقع قتلى"
    text = (f"{title}\n\nريف دمشق – خاص\n\nاندلع اشتباك فجر اليوم بين شبان من أهالي بلدة بيت جن "
            "وقوة متوغلة، أصيب خلاله عدد من الجنود.\n\nوعقب الاشتباك، شنت طائرات مسيرة غارات على "
            "منازل في البلدة.\n\nوقالت مصادر محلية إن عدد القتلى بلغ عشرة.")
    by_kind = {k: e.fatalities for (k, _), e in zip(_kinds(title, text), _events(title, text),
                                                    strict=True)}
    assert by_kind.get("Air/drone strike") == 10, by_kind


def test_a_kind_named_in_passing_by_the_lead_is_not_the_headlines_second_event() -> None:
    title = "مسيرة تركية تستهدف قافلة مدنية قرب سد تشرين.. وتظاهرة غاضبة في القامشلي"
    # (the convoy came from Kobani: where it set out from is no scene either)
    text = ("استهدفت طائرة مسيرة تركية عصر اليوم قافلة مدنية كانت متجهة من كوباني إلى سد تشرين، "
            "للمشاركة في الاعتصام المفتوح قرب السد، ما أدى لمقتل ثلاثة مدنيين.\n\n"
            "وبالتزامن، خرج المئات من أهالي مدينة القامشلي في تظاهرة جابت شوارع المدينة.")
    protests = [p for k, p in _kinds(title, text) if k == "Peaceful protest"]
    assert protests == ["C4564"]


def test_an_attack_on_government_checkpoints_is_a_clash() -> None:
    title = "هجوم منسق لفلول النظام البائد على حواجز الأمن العام في ريف جبلة"
    text = ("جبلة – خاص\n\nتتواصل منذ مساء أمس اشتباكات عنيفة بين عناصر الأمن العام ومجموعات "
            "مسلحة في قرية بيت عانا بريف جبلة.\n\nوقال مصدر أمني إن ستة عناصر من الأمن العام "
            "قتلوا.")
    events = _events(title, text)
    assert [(e.sub_event_type, e.place_pcode, e.fatalities) for e in events][:1] == [
        ("Armed clash", "C3654", 6)]


def test_a_quarter_after_a_town_and_a_dash_is_that_towns() -> None:
    # "المزارع" is also a village of Tartous governorate
    text = ("انفجرت عبوة ناسفة مساء اليوم بسيارة قيادي سابق على طريق طفس – حي المزارع غربي "
            "المدينة، ما أسفر عن مقتل مرافقه.")
    assert [p for _, p in _kinds("", text)] == ["C6034"]


def test_courts_set_up_to_hear_crimes_report_no_shelling() -> None:
    title = "وزارة العدل تعلن إحداث محاكم خاصة للنظر في جرائم التعذيب والقصف بالبراميل"
    text = "أعلنت وزارة العدل اليوم إحداث دوائر قضائية خاصة في دمشق تتولى النظر في الدعاوى."
    assert _events(title, text) == []


def test_a_late_lead_is_sought_one_sentence_further_past_a_dateline() -> None:
    title = "عاجل | الفصائل تدخل أحياء حلب الغربية"
    text = ("حلب – متابعات\n\nدخلت الفصائل مساء أمس إلى أحياء حلب الجديدة والحمدانية في الطرف "
            "الغربي من مدينة حلب.\n\nوقالت إدارة العمليات في بيان إن مقاتليها يتقدمون نحو مركز "
            "المدينة.\n\nولم تعلق وزارة الدفاع على التقدم.\n\nوفي إدلب، قتل أربعة مدنيين ظهر "
            "أمس بغارة جوية استهدفت دوار المحراب وسط مدينة إدلب.")
    assert [(k, p) for k, p in _kinds(title, text)] == [("Air/drone strike", "C3871")]


def test_a_crowd_elsewhere_told_with_also_is_another_protest() -> None:
    text = ("خرج المئات من أهالي مدينة درعا عصر اليوم في مظاهرة رفضاً للتصريحات.\n\nكما نظم "
            "ناشطون وقفة في ساحة الكرامة بمدينة السويداء.")
    assert [(k, p) for k, p in _kinds("", text)] == [
        ("Peaceful protest", "C5993"), ("Peaceful protest", "C6147")]


def test_arrests_that_followed_later_the_same_day_are_an_event() -> None:
    text = ("توفي رجل مساء اليوم بعد تعرضه للضرب على يد حشد غاضب في حي الرمل الجنوبي بمدينة "
            "اللاذقية.\n\nوأعلنت قيادة الأمن الداخلي في اللاذقية في وقت لاحق توقيف ثلاثة أشخاص "
            "ظهروا في مقاطع مصورة وهم يعتدون على الرجل.")
    assert [k for k, _ in _kinds("", text)] == ["Mob violence", "Arrests"]


def test_an_adjective_after_a_town_continues_no_name() -> None:
    text = ("أعلنت قوات النظام اليوم سيطرتها على مدينة سراقب الاستراتيجية في ريف إدلب الشرقي، "
            "عند تقاطع الطريقين الدوليين حلب – دمشق وحلب – اللاذقية.")
    assert [p for _, p in _kinds("", text)] == ["C3916"]


def test_a_hospital_struck_is_the_scene_and_one_treated_in_is_not() -> None:
    struck = ("قتل ستة مدنيين صباح اليوم جراء قصف مدفعي استهدف مشفى الأتارب الجراحي بريف حلب "
              "الغربي.")
    assert [p for _, p in _kinds("", struck)] == ["C1022"]
    treated = ("قتل مدني صباح اليوم بقصف مدفعي على قرية كفر نوران، ونقل الجرحى إلى مشفى الأتارب "
               "بريف حلب الغربي.")
    assert "C1022" not in [p for _, p in _kinds("", treated)]


def test_a_headline_joins_a_second_act_at_a_place_of_its_own_without_a_mark() -> None:
    title = "هجوم لمقاتلي العشائر على مواقع قسد في الطيانة وقصف يقتل طفلين في ذيبان"
    text = ("دير الزور – خاص\n\nشن مقاتلون من أبناء العشائر هجوماً فجر أمس على نقاط تابعة لقوات "
            "سوريا الديمقراطية في بلدة الطيانة بريف دير الزور الشرقي، واندلعت اشتباكات استمرت "
            "لساعات.\n\nوأعلنت قسد في بيان أنها أحبطت الهجوم وقتلت ستة من المهاجمين.\n\nوفي بلدة "
            "ذيبان المجاورة، قتل طفلان ظهر أمس جراء سقوط قذيفة مدفعية على منزلهم.")
    assert sorted(_kinds(title, text)) == [
        ("Armed clash", "C5197"), ("Shelling/artillery/missile attack", "C5202")]


def test_an_understanding_reached_through_mediation_is_an_agreement() -> None:
    text = ("اندلعت مساء أمس اشتباكات في حي الشيخ مقصود بمدينة حلب بين قوات الجيش والأسايش.\n\n"
            "وفي وقت لاحق، أعلن مسؤولون من الطرفين التوصل إلى تفاهم على وقف فوري لإطلاق النار، "
            "بعد اجتماع جرى بوساطة من وجهاء محليين.")
    assert [k for k, _ in _kinds("", text)] == ["Armed clash", "Agreement"]


def test_an_agreement_named_by_its_date_dates_no_event() -> None:
    title = "الأسايش: فصائل تابعة للحكومة خرقت اتفاق الأول من نيسان وهاجمت حي الشيخ مقصود"
    text = "حلب – خاص\n\nاندلعت اشتباكات في حي الشيخ مقصود بمدينة حلب بين الأسايش وفصائل حكومية."
    dates = {e.date for e in _events(title, text)}
    assert dates == {"2020-02-13"}, dates


@pytest.mark.parametrize("opening", [
    "أما في ريف درعا الغربي، فقد",
    "وأما في ريف القنيطرة الجنوبي، فقد",
])
def test_as_for_a_place_opens_the_next_item(opening: str) -> None:
    # "أما في X، فقد ..." turns a round-up to its next item, as "وفي ريف X" does, even where
    # the place is a region the gazetteer does not hold as one name.
    text = ("اعتقلت دورية أمنية ثلاثة شبان صباح اليوم الخميس في مدينة حمص.\n\n"
            f"{opening} اندلعت اشتباكات عنيفة بين مسلحين محليين ومجموعة مهاجمة قتل خلالها "
            "أربعة مسلحين.")
    found = classify("دورية أمنية تعتقل ثلاثة شبان في حمص", text, 2020)
    assert [d.sub_event_type for d in found] == ["Arrests", "Armed clash"]


def test_the_particle_of_as_for_is_no_death() -> None:
    # "فقد فارق" is "ف" + "قد" and the verb: two children left life, not a third lost.
    text = ("اعتقلت دورية أمنية ثلاثة شبان صباح اليوم الخميس في مدينة حمص.\n\n"
            "أما في ريف حماة الشمالي، فقد فارق طفلان الحياة بانفجار لغم أرضي قرب بلدة "
            "كفرزيتا.")
    assert ("Remote explosive/landmine/IED", 2) in [
        (e.sub_event_type, e.fatalities) for e in _events("حصيلة أمنية", text)]
