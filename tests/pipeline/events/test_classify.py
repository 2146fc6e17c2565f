"""Sentence-level classification: triggers, the cues that govern them, primary and further
events, ceasefire breaches."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.events.classify import analyse, classify, sentence_types, split_sentences
from pipeline.rules.cues import CUES
from pipeline.rules.triggers import EVENT_TYPES, GENERIC, TERRITORY, TRIGGERS


def _types(title: str, text: str = "", year: int = 2020) -> list[str]:
    return [d.sub_event_type for d in classify(title, text, year)]


def test_split_sentences_puts_the_title_first() -> None:
    parts = split_sentences("عنوان", "جملة أولى. جملة ثانية؟\n\nفقرة ثانية")
    assert parts == ["عنوان", "جملة أولى.", "جملة ثانية؟", "فقرة ثانية"]


@pytest.mark.parametrize(("title", "expected"), [
    ("غارات جوية روسية على سراقب", "Air/drone strike"),
    ("قتلى بقصف لمسيرة تركية قرب القامشلي", "Air/drone strike"),
    ("قصف مدفعي على كفرنبل", "Shelling/artillery/missile attack"),
    ("انفجار سيارة مفخخة في إعزاز", "Remote explosive/landmine/IED"),
    ("انتحاري يفجر حزاماً ناسفاً في الميادين", "Suicide bomb"),
    ("اشتباكات عنيفة على محور كبانة", "Armed clash"),
    ("اغتيال مختار بلدة برصاص مجهولين", "Attack"),
    ("مسلحون يختطفون ثلاثة مواطنين", "Abduction/forced disappearance"),
    ("حملة دهم واعتقالات في داعل", "Arrests"),
    ("وقفة احتجاجية في بنش", "Peaceful protest"),
    # the town as the subject of the verb; a cell dismantled is its members taken
    ("مدينة سلمية تتظاهر للأسبوع الثالث", "Peaceful protest"),
    ("الشرطة تفكك خلية مسلحة في ريف القصير", "Arrests"),
    ("تفكيك خلية لتهريب السلاح قرب الميادين", "Arrests"),
    ("اتفاق لوقف إطلاق النار في درعا البلد", "Agreement"),
])
def test_headline_triggers(title: str, expected: str) -> None:
    assert _types(title)[:1] == [expected]


def test_specific_beats_generic_and_deadly_beats_non_deadly() -> None:
    # "هجوم" alone is generic; the abduction is real but the killing is primary
    assert _types("ثمانية رعاة قتلى وأربعة مخطوفين بهجوم في البادية") == [
        "Attack", "Abduction/forced disappearance"]
    # a shell is more specific than "اعتداء"
    assert _types("اعتداء إرهابي بالقذائف على محردة") == ["Shelling/artillery/missile attack"]


def test_a_theft_told_with_a_killing_leaves_the_killing() -> None:
    # the generic word yields to a weapon, not to a development told beside it (issue 12)
    assert _types("قتل مزارع برصاص مسلحين قرب كفرنبودة وسلبوا دراجته النارية")[0] == "Attack"
    assert _types("مقتل حارس برصاص لصوص نهبوا مستودعاً للأعلاف في سلمية")[0] == "Attack"


def test_who_takes_ground_decides_the_territory_sub_type() -> None:
    assert _types("وحدات الجيش تبسط سيطرتها على خان شيخون") == ["Government regains territory"]
    assert _types("الفصائل تستعيد كفرنبودة بعد هجوم معاكس") == [
        "Non-state actor overtakes territory"]


def test_generic_violence_against_civilians_is_an_attack_against_fighters_a_clash() -> None:
    assert _types("مقتل لاجئة على يد مسلحين في المخيم") == ["Attack"]
    assert _types("هجوم على نقاط لقوات النظام ومقتل ثلاثة عناصر") == ["Armed clash"]


@pytest.mark.parametrize("title", [
    "موسكو تنفي قصف سوق في أريحا",  # denial
    "بيدرسون يدعو إلى تثبيت وقف إطلاق النار وتحويله إلى هدنة شاملة",  # call
    "الأمم المتحدة تطالب بوقف القصف على إدلب",  # demand
    "أنقرة تتوعد بعملية عسكرية وقصف مواقع قسد",  # threat
    "في الذكرى السنوية لمجزرة الحولة",  # anniversary
    "لم يسجل أي خرق للهدنة في ريف حماة",  # truce holding
    "الهدوء يسود درعا مع استمرار الهدنة",  # truce holding
    "المنتخب يقصف شباك منافسه في مباراة الدوري على ملعب الفيحاء",  # sports
])
def test_governed_or_figurative_triggers_are_no_event(title: str) -> None:
    assert _types(title) == []


@pytest.mark.parametrize("title", [
    "رئيس الوزراء يشن هجوماً حاداً على التجار",
    "انفجار الأسعار في الأسواق",
    "قصف إعلامي متبادل بين الطرفين",
    "مقتل شخصين بانفجار أسطوانة غاز في حمص",
    "انفجر الصراع بين الحزبين بعد الانتخابات",
])
def test_figurative_violence_and_accidents_are_no_event(title: str) -> None:
    assert _types(title) == []


def test_background_in_the_same_sentence_does_not_count() -> None:
    text = ("افتتحت المحافظة الجسر الذي دمرته الغارات خلال سنوات الحرب. "
            "وكانت قوات النظام قد سيطرت على البلدة قبل نحو أسبوع.")
    assert _types("إعادة افتتاح جسر في دير الزور", text) == []
    assert _types("قصف على البلدة في أيار 2012", year=2022) == []


def test_events_come_from_the_headline_and_lead_not_the_tail() -> None:
    text = ("ارتفعت أسعار الخبز اليوم في حلب. وقال مواطنون إن الطوابير طويلة. "
            "وتعرضت المدينة لقصف مدفعي عنيف قبل سنوات.")
    assert _types("أسعار الخبز ترتفع", text) == []


def test_a_further_event_needs_a_connective() -> None:
    text = ("اندلعت اشتباكات عنيفة أمس على أطراف طفس. "
            "وفي سياق متصل، قصفت قوات النظام بقذائف الهاون بلدة انخل.")
    assert _types("اشتباكات في طفس", text) == [
        "Armed clash", "Shelling/artillery/missile attack"]
    text_no_link = "اندلعت اشتباكات عنيفة أمس. وبدأ الهجوم بتمهيد مدفعي كثيف."
    assert _types("اشتباكات في طفس", text_no_link) == ["Armed clash"]


def test_protest_sub_type_follows_what_happened_to_the_crowd() -> None:
    assert _types("مظاهرة في الأتارب ضد الاتفاق") == ["Peaceful protest"]
    assert _types("قوات الأمن تفرق بالقوة مظاهرة في درعا") == ["Protest with intervention"]
    assert _types("مقتل متظاهرين بإطلاق النار على مظاهرة في الحراك") == [
        "Excessive force against protesters"]
    assert _types("محتجون غاضبون يحرقون مبنى البلدية خلال مظاهرة") == ["Violent demonstration"]


def test_a_lead_that_tells_how_a_protest_was_broken_up_refines_the_headline() -> None:
    text = ("خرج العشرات اليوم في مظاهرة في مدينة سراقب بعد صلاة الجمعة، تخللها عراك "
            "بالأيدي بين المتظاهرين وعناصر من أحد الفصائل.")
    assert _types("مظاهرة في سراقب", text)[:1] == ["Protest with intervention"]
    text = ("تظاهر المئات اليوم في مدينة الباب، ووقعت صدامات بين المتظاهرين والشبيحة "
            "الذين هاجموهم بالعصي.")
    assert _types("مظاهرة في الباب", text, 2011)[:1] == ["Protest with intervention"]


def test_a_protest_about_a_ceasefire_is_no_shooting() -> None:
    text = ("خرج مئات الأهالي اليوم في مظاهرة بمدينة بنش رفضاً لاتفاق وقف إطلاق النار "
            "الموقع بين الطرفين.")
    assert _types("مظاهرة في بنش ترفض الاتفاق", text)[:1] == ["Peaceful protest"]


def test_breach_needs_a_breach_cue_about_a_truce() -> None:
    breach = classify("قصف مدفعي على كفرنبل رغم اتفاق خفض التصعيد", "", 2017)
    assert breach[0].breach
    text = "قصفت قوات النظام البلدة. ويأتي القصف في خرق جديد لاتفاق وقف إطلاق النار."
    assert classify("قصف على البلدة", text, 2020)[0].breach
    law = "ويأتي ذلك في انتهاك صارخ للقانون الدولي."
    assert not classify("غارات على دمشق", law, 2023)[0].breach


def test_an_agreement_is_not_a_breach_and_a_holding_truce_is_no_event() -> None:
    agreement = classify("هدنة لمدة 48 ساعة في الزبداني", "بدأ سريان هدنة اليوم.", 2015)
    assert [d.sub_event_type for d in agreement] == ["Agreement"]
    assert not agreement[0].breach
    holding = "أعلن المركز أنه لم يسجل أي خرق لنظام وقف الأعمال القتالية."
    assert classify("لا خروقات للهدنة", holding, 2016) == []


@pytest.mark.parametrize(("title", "text"), [
    ("حصيلة شهر آذار: مقتل 120 مدنياً",
     "وثق المرصد مقتل 120 مدنياً في عموم الأراضي السورية خلال شهر آذار قضوا بقصف وانفجار ألغام."),
    ("تبادل الاتهامات بشأن قصف سابق", "حذر مسؤول من أن الجيش مستعد للرد على أي اعتداء."),
    ("المبعوث يطالب بالتهدئة", "وقال في إحاطة إن القصف والغارات الجوية يجب أن تتوقف."),
])
def test_tallies_hypotheses_and_demands_are_no_event(title: str, text: str) -> None:
    assert classify(title, text) == []


def test_a_strong_connective_opens_a_further_event_of_the_same_type() -> None:
    found = classify("قتيلان بقصف مدفعي على تفتناز",
                     "قتل شخصان جراء قصف مدفعي على بلدة تفتناز.\n\n"
                     "وفي سياق متصل، شنت طائرات حربية غارات على مدينة سراقب.")
    assert [d.sub_event_type for d in found] == ["Shelling/artillery/missile attack",
                                                 "Air/drone strike"]


def test_crowds_and_sana_retakes() -> None:
    mob = classify("مقتل شاب على يد حشد من الأهالي",
                   "أقدم حشد من الأهالي على ضرب شاب متهم بالسرقة حتى الموت.")
    assert mob[0].sub_event_type == "Mob violence"
    retake = classify("وحدات الجيش تعيد الأمن إلى اللطامنة",
                      "أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى بلدة اللطامنة.")
    assert retake[0].sub_event_type == "Government regains territory"


def test_a_lead_framing_a_truce_in_force_is_recorded() -> None:
    found = classify("مقتل امرأة بقصف", "يسري منذ أسبوع اتفاق لوقف إطلاق النار في إدلب.\n\n"
                     "وقصفت قوات النظام اليوم بلدة معرشورين ما أدى لمقتل امرأة.")
    assert found[0].truce_frame == 1 and not found[0].breach


@pytest.mark.parametrize("title", [
    "رأي | عشر سنوات على معركة الراموسة",  # opinion: recalls, reports nothing
    "حوار | قائد فصيل سابق: معارك حلب غيّرت كل شيء",  # interview
    "خمس سنوات على مجزرة الكيماوي في خان شيخون",  # anniversary without the word ذكرى
    "مصدر عسكري: لا صحة لأنباء عن غارات على محيط حماة",  # a headline that denies
    "مفاوضات لتبادل الأسرى بين الطرفين لم تحسم بعد",  # talks, no agreement
    "تمرين بحري بالذخيرة الحية قبالة اللاذقية",  # a drill
    "150 قتيلاً مدنياً خلال شهر أيار في مختلف المحافظات",  # a period's tally
])
def test_headlines_that_report_no_incident(title: str) -> None:
    assert _types(title, "وأطلقت الوحدات صواريخ على أهداف واشتبكت مع مجموعات.") == []


def test_a_funeral_mourns_an_earlier_killing_but_may_turn_into_a_protest() -> None:
    text = ("شيّع المئات من أهالي البلدة اليوم جثمان الشاب الذي اغتيل أمس برصاص مجهولين.\n\n"
            "وتحولت الجنازة إلى مظاهرة طالب المشاركون فيها بكشف القتلة.")
    assert _types("تشييع شاب في نوى", text) == ["Peaceful protest"]
    assert _types("تشييع شاب في نوى", text.split("\n\n")[0]) == []


def test_a_funeral_the_day_of_the_killing_reports_the_killing() -> None:
    text = "شيّع أهالي القرية مساء اليوم جثمان المختار الذي قتل فجراً برصاص مسلحين مجهولين."
    assert _types("تشييع مختار في ريف حماة", text) == ["Attack"]
    later = "شيّع أهالي القرية مساء اليوم جثمان المختار الذي قتل ليل الخميس برصاص مسلحين."
    assert _types("تشييع مختار في ريف حماة", later) == []


def test_a_feature_story_reports_its_incident_in_a_later_dated_sentence() -> None:
    text = ("في كل صيف يخرج الرعاة إلى البادية. الطريق طويلة والماء قليل. "
            "ويعرف الجميع أن الأرض خطرة.\n\n"
            "وصباح الثلاثاء، قُتل راعيان بانفجار لغم أرضي قرب قرية الطيبة.")
    assert _types("رعاة البادية.. رزق محفوف بالخطر", text) == ["Remote explosive/landmine/IED"]
    undated = text.replace("وصباح الثلاثاء، ", "")  # an undated sentence there is background
    assert _types("رعاة البادية.. رزق محفوف بالخطر", undated) == []


def test_arrests_while_dispersing_a_protest_are_the_intervention() -> None:
    assert _types("قوات الأمن تفرق مظاهرة في جاسم وتعتقل خمسة شبان") == [
        "Protest with intervention"]
    assert _types("محتجون يهاجمون مقر البلدية في السويداء") == ["Violent demonstration"]
    assert _types("«داعش» يعدم ثلاثة شبان في الميادين") == ["Attack"]


def test_who_is_killed_is_the_noun_after_the_verb_not_who_shot() -> None:
    assert _types("مقتل شاب برصاص عناصر من ميليشيا على حاجز في الميادين") == ["Attack"]
    assert _types("مقتل ثلاثة عناصر من قوات النظام بهجوم لمسلحين") == ["Armed clash"]


def test_executions_court_sentences_and_rebel_armies() -> None:
    assert _types("إعدام ١٢ مدنياً ميدانياً في قرية بريف حماة") == ["Attack"]
    assert _types("محكمة تصدر حكماً بالإعدام على متهم بالقتل") == []
    assert _types("كتائب الجيش السوري الحر تسيطر على بلدة خناصر") == [
        "Non-state actor overtakes territory"]
    assert _types("شابان قتيلان برصاص الأمن خلال تفريق مظاهرة في دمشق") == [
        "Excessive force against protesters"]


def test_death_sentences_passed_in_the_plural_are_no_execution() -> None:
    # "أحكاماً/الأحكام بالإعدام": a court's sentences, as "حكماً بالإعدام" is.
    body = ("أصدرت محكمة الجنايات في حمص، صباح اليوم الأربعاء، أحكاماً بالإعدام بحق "
            "أربعة رجال أدينوا بتهريب السلاح.")
    assert _types("", body) == []
    assert _types("القضاء يصدر الأحكام بالإعدام على خلية في حلب") == []
    assert _types("مسلحون يعدمون أربعة رجال رمياً بالرصاص في ريف حمص") == ["Attack"]


def test_issued_by_is_no_seizure() -> None:
    # "الصادر/الصادرة عن" is a document's source, not "صادرت" (confiscated).
    assert _types("انتقدت دمشق التقرير الصادر عن منظمة حظر الأسلحة الكيميائية حول مخزونها") == []
    assert _types("نص القرار الصادرة عن مجلس الأمن يطالب بتدمير الصواريخ البالستية") == []
    assert _types("صادرت دورية للأمن العام أسلحة وذخائر في ريف حمص اليوم") == [
        "Disrupted weapons use"]
    assert _types("وصادروا قذائف هاون من مستودع في البلدة أمس") == ["Disrupted weapons use"]


def test_a_side_backed_by_aircraft_is_no_air_strike() -> None:
    # "المدعومة بالطيران/المدعمة بطائرات": who the side is, as "بغطاء جوي" is its cover.
    assert _types("تدور اشتباكات بين قوات النظام المدعومة بالطيران الروسي وفصائل "
                  "المعارضة على أطراف بلدة كفرنبودة اليوم") == ["Armed clash"]
    assert _types("قوات النظام المدعومة بالطيران الروسي قصفت بلدة الهبيط اليوم "
                  "بالمدفعية") == ["Shelling/artillery/missile attack"]
    assert _types("شنت طائرات حربية روسية غارات على بلدة كفرنبل اليوم") == [
        "Air/drone strike"]


def test_a_simultaneous_incident_is_of_its_own_kind() -> None:
    text = ("قُتل أربعة مدنيين بغارة روسية على بلدة البارة فجر اليوم.\n\n"
            "وبالتزامن مع الغارة، استهدفت قوات النظام بقذائف المدفعية أطراف قرية فليفل.")
    assert _types("غارة روسية على البارة", text) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]


def test_state_media_air_force_and_riots() -> None:
    assert _types("الجيش بالتعاون مع القوات الجوية الروسية يدمر مقرات للإرهابيين في إدلب") == [
        "Air/drone strike"]
    assert _types("قوى الأمن تعيد الهدوء إلى البلدة بعد أعمال شغب") == ["Violent demonstration"]


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("ارتفاع عدد الجثث المنتشلة من النهر إلى 20", "", "Attack"),
    ("قواتنا المسلحة تعيد الأمن والاستقرار إلى كامل مدينة القصير", "",
     "Government regains territory"),
    ("قسد تحرر بلدة هجين من داعش", "", "Non-state actor overtakes territory"),
    ("الجهات المختصة تفكك عبوة ناسفة أسفل سيارة", "", "Disrupted weapons use"),
    ("الأمن يعتقل ستة شبان ويفرق وقفة أمام المحافظة", "", "Protest with intervention"),
    ("قتلى خلال احتجاجات", "قتل أربعة أشخاص أمس حين تبادل محتجون مسلحون إطلاق النار مع "
     "القوات التركية.", "Violent demonstration"),
    ("ارتفاع عدد شهداء التفجير في القامشلي",
     "ارتفع عدد الشهداء جراء التفجير الذي استهدف الحي الغربي. وقالت مصادر إن انتحارياً "
     "فجّر شاحنة مفخخة قرب المباني.", "Suicide bomb"),
])
def test_more_ways_news_names_an_event(title: str, text: str, expected: str) -> None:
    assert _types(title, text)[0] == expected


def test_news_from_elsewhere_opens_a_further_incident() -> None:
    text = ("قتل 27 مدنياً اليوم بإلقاء مروحيات النظام براميل متفجرة على أحياء مدينة حلب.\n\n"
            "وفي ريف حلب الشرقي، ألقت المروحيات برميلين متفجرين على مدينة الباب.")
    assert _types("27 قتيلاً ببراميل على حلب", text) == ["Air/drone strike", "Air/drone strike"]


def test_getting_someone_back_is_no_territory() -> None:
    text = "وقال مصدر إن الضابطين بخير وسيفرج عنهما فور استعادة الطالب المعتقل."
    assert _types("مجموعة محلية تحتجز ضابطين في السويداء", text) == ["Arrests"]
    assert _types("الفصائل تستعيد كفرنبودة بعد هجوم معاكس") == [
        "Non-state actor overtakes territory"]


def test_a_suicide_drone_is_a_drone() -> None:
    assert _types("مقتل شابين بمسيّرة انتحارية استهدفت سيارة في سرمين") == ["Air/drone strike"]


@pytest.mark.parametrize(("title", "text"), [
    # The blast in the headline and lead, the bomber in a recalled ("وكان ... قد") sentence.
    ("تفجير في سوق مدينة إعزاز",
     "قتل خمسة مدنيين في تفجير بسيارة مفخخة في سوق المدينة اليوم. وأصيب آخرون بجروح. "
     "وكان انتحاري قد فجر نفسه بحزام ناسف عند مدخل السوق."),
    # ... or in the fourth sentence, beyond the ones that make the primary's total.
    ("انفجار في إعزاز", "وقع انفجار اليوم في المدينة. وأصيب عشرة أشخاص. "
     "وقالت مصادر إن انتحارياً فجر نفسه بحزام ناسف."),
    ("مقتل عشرة بتفجير", "وكانت المدينة قد شهدت انتحارياً فجر نفسه بحزام ناسف. قتل عشرة."),
])
def test_a_bomber_named_outside_the_lead_makes_a_suicide_bomb_not_a_crash(
        title: str, text: str) -> None:
    assert _types(title, text, 2017)[0] == "Suicide bomb"


def test_every_sub_type_a_trigger_gives_is_an_acled_label() -> None:
    assert set(TRIGGERS) - {GENERIC} <= set(EVENT_TYPES)


# Sentences built from any trigger words (of any sub-type) and cue words: whatever the mix,
# classify answers a list of known ACLED sub-types and never raises.
_BY_TYPE = {label: sorted(p.replace("*", "") for p in phrases)
            for label, phrases in (*TRIGGERS.items(), ("territory", TERRITORY))}
_TRIGGER = st.sampled_from(sorted(_BY_TYPE)).flatmap(lambda t: st.sampled_from(_BY_TYPE[t]))
_CUE_WORDS = sorted({p.replace("*", "") for ps in CUES.values() for p in ps})
_PIECE = st.one_of(_TRIGGER, _TRIGGER, st.sampled_from(_CUE_WORDS),
                   st.sampled_from(["قد", "نفسه", "اليوم", "في", "على", "بلدة", "٢٠١٥"]))
_SENTENCE = st.lists(_PIECE, min_size=1, max_size=8).map(" ".join)
_PROPERTY = settings(max_examples=300, derandomize=True, database=None, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY
@given(title=_SENTENCE, body=st.lists(_SENTENCE, max_size=6),
       year=st.sampled_from([None, 2012, 2017, 2024]))
def test_classify_never_raises_on_any_mix_of_trigger_sub_types(
        title: str, body: list[str], year: int | None) -> None:
    for det in classify(title, ". ".join(body), year):
        assert det.sub_event_type in EVENT_TYPES
        assert det.sentence >= 0 and set(det.about) >= {det.sentence} - {0}


def test_classify_never_raises_on_any_pair_of_sub_types_anywhere_in_the_lead() -> None:
    # Exhaustive where random mixes are thin: one sub-type in the headline, another in any
    # of the next sentences, plain or as context ("وكانت ... قد").
    first = {label: words[0] for label, words in _BY_TYPE.items()}
    filler = "وأصيب آخرون بجروح"
    for a, b in itertools.product(first.values(), repeat=2):
        for at in range(1, 5):
            for opener in ("", "وكانت "):
                body = [filler] * 4
                body[at - 1] = f"{opener}{b} قد وقع اليوم في البلدة"
                for det in classify(f"{a} في البلدة", ". ".join(body), 2017):
                    assert det.sub_event_type in EVENT_TYPES


@pytest.mark.parametrize(("title", "text"), [
    ("هجوم كيماوي على بلدة اللطامنة", ""),
    ("مروحيات النظام تلقي براميل متفجرة محملة بغاز الكلور على سراقب", ""),  # not an air strike
    ("قصف على كفرزيتا", "قصفت قوات النظام بلدة كفرزيتا بصواريخ اليوم. "
     "وأصيب عشرون مدنياً بحالات اختناق وضيق في التنفس."),  # the agent told by its symptoms
    ("غارات على خان شيخون", "شنت طائرات حربية غارات على المدينة صباح اليوم بصواريخ تحمل "
     "غاز السارين ما أدى لمقتل العشرات."),
    ("عشرات حالات الاختناق في دوما", ""),
    ("استهداف حي جوبر بقنابل تحوي غازات سامة", ""),
])
def test_a_toxic_agent_makes_a_chemical_weapon_however_delivered(title: str, text: str) -> None:
    assert _types(title, text, 2015)[:1] == ["Chemical weapon"]


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("منظمة حظر الأسلحة الكيماوية تصدر تقريرها السنوي", "", []),  # no weapon used
    ("الكيمياء مفقودة بين الجانبين في المفاوضات", "", []),  # chemistry, not an agent
    ("مصنع للمواد الكيماوية يحترق في المنطقة الصناعية", "", []),
    ("قصف مدفعي على البلدة", "وقال طبيب إن المصابين لا يعانون من ضيق التنفس وليس هناك أثر "
     "للكلور.", ["Shelling/artillery/missile attack"]),  # the agent denied
    ("قتلى بقصف صاروخي", "قتل ثلاثة مدنيين بقصف صاروخي على البلدة. وكان النظام قد استخدم "
     "الأسلحة الكيماوية في البلدة عام 2013.", ["Shelling/artillery/missile attack"]),  # recalled
])
def test_chemical_words_without_a_gas_attack_today(title: str, text: str,
                                                   expected: list[str]) -> None:
    assert _types(title, text, 2017) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Aircraft name the strike; "قصف" inside "قصف جوي" is no shelling.
    ("مقتل ثمانية مدنيين بقصف جوي على معرة النعمان", "", "Air/drone strike"),
    ("مقتل 15 مدنياً في قصف للتحالف الدولي على حي في الرقة", "", "Air/drone strike"),
    ("هجمات جوية عنيفة على دوما", "", "Air/drone strike"),
    ("مروحيات النظام تلقي براميل على داريا", "", "Air/drone strike"),
    ("قتلى باستهداف مسيرات الاحتلال سيارة مدنية قرب منبج", "", "Air/drone strike"),
    # "قصف" alone says bombed, not how: the aircraft named next decide, else it is shelling.
    ("شهداء في قصف على ريف دمشق", "قتل تسعة أشخاص في قصف استهدف بلدة بيت جن فجر اليوم. "
     "وقال مصدر إن مروحيات تابعة للجيش ومدفعيته قصفت البلدة.", "Air/drone strike"),
    ("قتلى في قصف على ريف درعا", "قتل خمسة أشخاص في قصف على بلدة كويا اليوم. "
     "وقال الأهالي إن المدفعية استهدفت المنازل.", "Shelling/artillery/missile attack"),
    ("قصف على البلدة", "وقال الأهالي إن الطائرات الحربية حلقت فوق المنطقة.",
     "Air/drone strike"),
    ("قصف مدفعي على كفرنبل", "", "Shelling/artillery/missile attack"),
    # A bomber who "blew himself up", in any number.
    ("هجوم على حاجز في الميادين", "قتل عنصران اليوم حين اقترب المهاجم وفجّر نفسه عند الحاجز.",
     "Suicide bomb"),
    ("عشرات القتلى بهجمات في السويداء", "وقال شهود إن اثنين من المهاجمين فجّرا نفسيهما في "
     "السوق صباح اليوم.", "Suicide bomb"),
    ("الانتحاريان استهدفا حاجز السياسية في الميادين", "", "Suicide bomb"),  # a place, not politics
    ("قصف على البلدة فجر نفس اليوم", "", "Shelling/artillery/missile attack"),  # dawn, no bomber
    # Ground handed over after a withdrawal, without a fight.
    ("بعد انسحاب الفصائل، الجيش يسيطر على بلدة في ريف درعا", "",
     "Non-violent transfer of territory"),
    ("الفصائل تسيطر على البلدة بعد انسحاب قوات النظام إثر اشتباكات عنيفة", "",
     "Non-state actor overtakes territory"),
    ("قوات النظام تسيطر على بلدة في ريف حماة",
     "سيطرت قوات النظام اليوم على البلدة بعد انسحاب الفصائل منها إثر تطويقها.",
     "Government regains territory"),  # driven out by a siege
    ("القوات الحكومية تتسلم معبراً حدودياً",
     "أعلنت القوات الحكومية سيطرتها على المعبر بموجب الاتفاق المبرم مع الفصائل.",
     "Non-violent transfer of territory"),
    # Reconnaissance drones watch; the guns strike.
    ("قصف مدفعي على قرية في جبل الزاوية",
     "قتل مدنيان بقصف مدفعي على القرية. وحلقت طائرات استطلاع في أجواء المنطقة.",
     "Shelling/artillery/missile attack"),
    ("الحكومة تعلن وقفاً فورياً لإطلاق النار يشمل المحافظة كلها", "", "Agreement"),
])
def test_sub_type_precedence(title: str, text: str, expected: str) -> None:
    assert _types(title, text, 2020)[:1] == [expected]


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Ground already held is no takeover.
    ("غارات على آخر مدينة خاضعة لسيطرة المعارضة", "", ["Air/drone strike"]),
    ("نزوح الأهالي إلى مناطق تسيطر عليها الفصائل", "", []),
    ("النظام يقترب من السيطرة على كامل المحافظة", "", []),  # near it, not yet
    # Hostages freed were abducted before; the group's name is no release.
    ("الأمن الداخلي يعلن تحرير خمسة مختطفين", "", []),
    ("تحرير الشام تعتقل رجلاً وعائلته في ريف إدلب", "", ["Arrests"]),
    # A truce broken: the headline's truce is no new agreement.
    ("قوات النظام تخرق هدنة حمص بقصف مدفعي", "", ["Shelling/artillery/missile attack"]),
])
def test_held_ground_freed_hostages_and_broken_truces(title: str, text: str,
                                                      expected: list[str]) -> None:
    assert _types(title, text, 2018) == expected


@pytest.mark.parametrize("title", [
    "قال مسؤول إنه من المبكر القول إنه تم التوصل لاتفاق بين الطرفين في درعا",  # hedged
    "من السابق لأوانه الحديث عن اتفاق لوقف إطلاق النار في الجنوب",
    "دعت الأمم المتحدة إلى التوصل لاتفاق تهدئة في إدلب",  # a call, not an agreement
    "دعا المبعوث الأممي إلى وقف إطلاق النار في المحافظة",
    "نفى مصدر عسكري وقوع اشتباكات في محيط المدينة",  # denied
    "قد تشن القوات التركية هجوماً على تل رفعت",  # possible
    "إسرائيل قد تقصف مواقع في الجنوب",
    "في حال هاجمت الفصائل المدينة سترد القوات بقوة",  # a condition
    "يتوقع أن تشن قوات النظام هجوماً على إدلب",  # expected
    "لا يستبعد مسؤولون أن تشن الطائرات غارات على العاصمة",
    "النظام يحشد لشن هجوم على ريف إدلب",  # preparing
    "مخاوف من غارات جديدة على دمشق",  # feared
])
def test_hedged_denied_called_for_or_future_events_are_no_event(title: str) -> None:
    assert _types(title, year=2025) == []


@pytest.mark.parametrize(("title", "expected"), [
    ("تم التوصل إلى اتفاق لوقف إطلاق النار في المحافظة", ["Agreement"]),
    ("وقعت اشتباكات عنيفة في محيط المدينة", ["Armed clash"]),
    # "قد" before a past verb marks it done, not possible.
    ("قتل ثلاثة مدنيين بقصف على البلدة وقد قصفت الطائرات المدينة مراراً",
     ["Air/drone strike"]),
])
def test_what_did_happen_still_does(title: str, expected: list[str]) -> None:
    assert _types(title, year=2025) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أوقعت سلسلة تفجيرات بسيارات ملغومة أمس عشرات القتلى في المدينة.",
     "Remote explosive/landmine/IED"),  # a series reported today is news
    ("قال مصدر أمني إن جسماً مشبوهاً انفجر أمس لدى مرور دورية في المدينة.",
     "Remote explosive/landmine/IED"),
    ("أمس، أطلقت طائرة استطلاع بدون طيار صاروخين باتجاه سيارة تقل مسلحين.", "Air/drone strike"),
    ("اشتبك المتظاهرون مع قوات الشرطة أمام مبنى المحافظة أمس.", "Violent demonstration"),
    ("اندلعت أمس مظاهرة عنيفة في البلدة وأحرق المحتجون الإطارات.", "Violent demonstration"),
    ("اعتدت عناصر الأمن على المصلين بالضرب داخل الجامع أمس.", "Attack"),
    # "طالب*" would take طالبان: the movement's attack is still one.
    ("وتبنت حركة طالبان الهجوم على نقطة للشرطة أمس.", "Armed clash"),
])
def test_newswire_sentences(text: str, expected: str) -> None:
    assert _types("", text, 2008)[:1] == [expected]


@pytest.mark.parametrize(("title", "text", "expected"), [
    # An assassination says whom; the bomb in the same sentence says how.
    ("مجهولون يغتالون طبيباً في ريف درعا",
     "قالت مصادر محلية إن مجهولين اغتالوا الطبيب عبر تفجير عبوة ناسفة بسيارته اليوم.",
     "Remote explosive/landmine/IED"),
    ("اغتيال قيادي سابق في ريف درعا",
     "اغتال مجهولون اليوم قيادياً سابقاً بإطلاق الرصاص عليه قرب منزله.", "Attack"),
    # Drones as the instrument.
    ("هجوم بالمسيرات يستهدف كلية عسكرية في حمص", "", "Air/drone strike"),
    ("مسيرات تجوب شوارع المدينة احتجاجاً على الغلاء", "", "Peaceful protest"),  # marches
    # Armed men as the ones killed make a clash.
    ("", "أعلن الجيش أن قواته قتلت مسلحاً خلال عمليات في ريف المدينة أمس.", "Armed clash"),
])
def test_how_a_killing_was_done(title: str, text: str, expected: str) -> None:
    assert _types(title, text, 2020)[:1] == [expected]


@pytest.mark.parametrize(("title", "expected"), [
    ("القوات قتلت 9 متظاهرين على الأقل في المدينة", "Excessive force against protesters"),
    ("ثلاثة متظاهرين قتلوا في حمص خلال مظاهرة أمس", "Excessive force against protesters"),
    ("مقتل أربعة على أيدي قوات الأمن في مظاهرات درعا", "Excessive force against protesters"),
    ("مظاهرة في الأتارب تطالب بالإفراج عن المعتقلين", "Peaceful protest"),
])
def test_protesters_killed_by_the_force_that_faced_them(title: str, expected: str) -> None:
    assert _types(title, year=2011)[:1] == [expected]


@pytest.mark.parametrize(("title", "text", "expected"), [
    # The arrest is what the crowd protests, not what was done to it.
    ("اعتصام أمام مبنى المحافظة", "تجمع عشرات الأهالي اليوم للمطالبة بالإفراج عن معلم "
     "اعتقلته الشرطة العسكرية قبل أسبوع، وانفض الاعتصام دون تدخل من الشرطة.",
     "Peaceful protest"),
    ("مظاهرة في البلدة", "خرج الأهالي في مظاهرة احتجاجاً على اعتقال ثلاثة شبان من البلدة.",
     "Peaceful protest"),
    # An arrest of the crowd after the demand: the intervention stands.
    ("مظاهرة في البلدة", "تظاهر الأهالي للمطالبة بتحسين الخدمات قبل أن تعتقل الشرطة عدداً "
     "من المتظاهرين.", "Protest with intervention"),
])
def test_what_a_crowd_demands_is_not_what_was_done_to_it(title: str, text: str,
                                                         expected: str) -> None:
    assert _types(title, text)[:1] == [expected]


def test_a_massacre_by_a_weapon_is_that_weapons_strike() -> None:
    assert _types("مجزرة في السوق", "ارتكبت المروحيات مجزرة اليوم بإلقائها براميل متفجرة على "
                  "سوق البلدة، ما أدى إلى مقتل عشرة مدنيين.")[:1] == ["Air/drone strike"]
    # without a weapon, a massacre stays an attack
    assert _types("مجزرة في القرية", "ارتكب مسلحون مجزرة بحق عائلة في القرية.")[:1] == [
        "Attack"]


def test_a_crowd_that_is_a_side_of_the_fighting_riots() -> None:
    assert _types("قتلى في البلدة", "قتل شخصان اليوم خلال مواجهات بين محتجين غاضبين وقوات "
                  "الشرطة في البلدة.")[:1] == ["Violent demonstration"]


def test_an_ambush_is_a_fight_with_armed_men_and_an_attack_on_civilians() -> None:
    assert _types("مقتل ستة جنود بكمين قرب البلدة", "نصب مسلحون كميناً لدورية عسكرية قرب "
                  "البلدة واستهدفوها بالقذائف الصاروخية، ما أدى إلى مقتل ستة جنود.")[:1] == [
        "Armed clash"]
    assert _types("مقتل مدنيين بكمين على طريق القرية", "نصب مسلحون كميناً لسيارة تقل مدنيين "
                  "على طريق القرية وقتلوا ثلاثة منهم.")[:1] == ["Attack"]


def test_a_documentary_s_bombs_are_on_the_screen() -> None:
    assert _types("وثائقي يروي أيام الحصار تحت القصف", "يعرض الفيلم مشاهد الغارات الجوية "
                  "والبراميل المتفجرة على المدينة خلال سنوات الحرب.") == []


def test_a_gas_leak_is_no_chemical_attack() -> None:
    assert _types("حالات اختناق إثر تسرب غاز سام من معمل في المدينة الصناعية") == []


@pytest.mark.parametrize(("title", "text", "expected"), [
    # The lead says only that violence happened; the next sentence names the weapon.
    ("ضحايا باستهداف الجامع في درعا البلد",
     "قتل شخص وأصيب آخرون باستهداف قوات النظام المسجد اليوم. "
     "وقال ناشطون إن القوات قصفت الحي بقذائف الهاون.", "Shelling/artillery/missile attack"),
    # Gunfire says how already.
    ("مقتل مدنيين برصاص عناصر الحاجز",
     "قتل شابان برصاص عناصر الحاجز اليوم. واستهدفت القوات بقذائف الهاون قرية مجاورة.",
     "Attack"),
    # Fighting with rockets in it stays fighting.
    ("الفصائل تشن هجوماً على مواقع قوات النظام",
     "شنت الفصائل هجوماً على مواقع قوات النظام اليوم. "
     "وتدور معارك عنيفة تستخدم فيها الصواريخ.", "Armed clash"),
])
def test_a_generic_lead_takes_the_weapon_of_its_next_sentence(title: str, text: str,
                                                               expected: str) -> None:
    assert _types(title, text, 2021)[:1] == [expected]


def test_an_article_of_reactions_reports_no_incident() -> None:
    assert classify(
        "إدانات دولية واسعة إثر العملية الإرهابية في المدينة",
        "أدانت عدة دول العملية الإرهابية التي أدت إلى مقتل العشرات يوم الخميس. "
        "ودان وزير الخارجية الهجوم الإرهابي وأعرب عن تضامنه مع الضحايا.",
    ) == []
    # A statement that itself reports the attack is still the attack.
    assert classify(
        "الدفاع المدني: مقتل ثلاثة مدنيين بقصف مدفعي على أريحا",
        "قال الدفاع المدني إن ثلاثة مدنيين قتلوا اليوم بقصف مدفعي على مدينة أريحا.",
    ) != []


def test_a_protest_on_an_anniversary_is_a_protest_and_the_anniversary_alone_is_none() -> None:
    protest = classify(
        "السوريون يحيون ذكرى المجزرة",
        "تظاهر معارضون في مدينة حماة اليوم الخميس إحياء للذكرى الثلاثين للمجزرة.",
    )
    assert [d.sub_event_type for d in protest][:1] == ["Peaceful protest"]
    assert classify(
        "الذكرى الثانية عشرة لمجزرة الحولة",
        "تمر اليوم الذكرى الثانية عشرة لمجزرة الحولة التي قتل فيها أكثر من مئة مدني.",
    ) == []


_BLASTS = ("هزت سلسلة تفجيرات صباح اليوم مدينة جبلة، ما أسفر عن مقتل 20 شخصاً. "
           "وقال مصدر طبي إن الجرحى نقلوا إلى المشفى الوطني. "
           "ولفت المصدر إلى أن إصابات بعضهم خطيرة. "
           "وانتشرت سيارات الإسعاف في شوارع المدينة. ")


def test_a_bomber_told_further_down_refines_the_blasts_of_the_lead() -> None:
    text = _BLASTS + "وأضافت الوكالة أن انتحارياً فجر نفسه وسط المحطة."
    assert _types("تفجيرات في جبلة", text, 2016)[:1] == ["Suicide bomb"]


def test_a_device_named_first_makes_a_later_bomber_a_rival_account() -> None:
    text = (_BLASTS.replace("وانتشرت سيارات الإسعاف في شوارع المدينة.",
                            "وأوضح مصدر أمني أن الانفجار ناجم عن عبوات ناسفة داخل المحطة.")
            + "وأفادت تقارير أخرى أن انتحارياً فجر نفسه وسط المحطة.")
    assert _types("تفجيرات في جبلة", text, 2016)[:1] == ["Remote explosive/landmine/IED"]


def test_the_deposed_regimes_bombing_is_history_its_remnants_attacks_are_news() -> None:
    assert _types("فرق الدفاع المدني تزيل أنقاض الأحياء المدمرة جراء قصف النظام البائد",
                  "", 2025) == []
    assert _types("هجوم لفلول النظام البائد على حاجز للأمن العام في ريف جبلة", "", 2025) == [
        "Armed clash"]


@pytest.mark.parametrize(("title", "expected"), [
    # Buses carry fighters out under a deal; cars carrying gunmen are fighters on the move.
    ("خروج الحافلات التي تقل المقاتلين من حي الوعر", ["Agreement"]),
    ("انطلاق حافلات تقل مسلحين وعائلاتهم نحو الشمال", ["Agreement"]),
    ("انتشار سيارات تقل مسلحين في شوارع المدينة", []),
])
def test_only_buses_carrying_fighters_out_are_a_deal(title: str, expected: list[str]) -> None:
    assert _types(title) == expected


@pytest.mark.parametrize("title", [
    "تبادل الطرفان إطلاق النار في محيط بلدة دير حافر",
    "وتبادل الجانبان إطلاق النار لساعات قرب سد تشرين",
])
def test_an_exchange_of_fire_with_its_sides_named_inside_is_a_clash(title: str) -> None:
    assert _types(title) == ["Armed clash"]


@pytest.mark.parametrize("opening", ["شمالاً، ", "وفي حمص، ", "وفي مدينة تلكلخ، ", "ففي حمص؛ "])
def test_a_place_put_first_opens_the_next_incident_of_a_round_up(opening: str) -> None:
    text = ("قتل عنصران من الشرطة اليوم في اشتباك مع مسلحين قرب مدينة القرداحة.\n\n"
            "وأعلنت الشرطة ملاحقة المسلحين في الأحراج.\n\n"
            f"{opening}أصيب رجل بانفجار لغم أرضي في أرض زراعية.")
    assert _types("اشتباك قرب القرداحة", text) == ["Armed clash", "Remote explosive/landmine/IED"]


def test_details_put_first_open_no_incident() -> None:
    text = ("قتل عنصران من الشرطة اليوم في اشتباك مع مسلحين قرب مدينة القرداحة.\n\n"
            "وأعلنت الشرطة ملاحقة المسلحين في الأحراج.\n\n"
            "وفي التفاصيل، انفجرت قنبلة كانت بحوزة أحد المسلحين.")
    assert _types("اشتباك قرب القرداحة", text) == ["Armed clash"]


def test_an_advance_repelled_is_a_clash() -> None:
    assert _types("المقاتلون يتصدون لمحاولة تقدم جديدة على محور القرية") == ["Armed clash"]


def test_fighting_people_fled_is_no_incident() -> None:
    assert _types("", "ونزح آلاف السكان هرباً من المعارك.") == []
    assert _types("", "Thousands of residents fled the fighting.") == []


@pytest.mark.parametrize("title", [
    "العثور على جثتين لرجلين في بستان قرب البلدة",
    "وجدت جثة شاب ملقاة على طرف الطريق",
    "الجيش ينفذ ضربة على موقع للمسلحين قرب البلدة",
])
def test_bodies_found_and_strikes_carried_out(title: str) -> None:
    expected = "Air/drone strike" if "ضربة" in title else "Attack"
    assert _types(title)[:1] == [expected]


def test_the_rules_of_engagement_are_no_clash() -> None:
    assert _types("الغارات تغير قواعد الاشتباك في الشمال") == ["Air/drone strike"]
    assert _types("", "وقال إن الهجمات الأخيرة غيّرت قواعد الاشتباك.") == []


def test_a_headline_trend_over_a_lead_about_a_period_is_no_incident() -> None:
    title = "الطائرات المسيّرة.. سلاح يغيّر وجه الحرب في الشمال"
    trend = ("أصبحت الطائرات المسيّرة خلال العام الحالي السلاح الأكثر استخداماً على خطوط "
             "التماس في ريف حلب.")
    assert _types(title, trend) == []
    # a lead that tells the strike of the day keeps it
    news = "قتل مدنيان اليوم بقصف طائرة مسيّرة على سيارة في ريف حلب."
    assert _types(title, news)[:1] == ["Air/drone strike"]


def test_a_review_of_a_play_about_barrels_is_no_incident() -> None:
    text = ("عرضت فرقة مسرحية أمس في دمشق مسرحية جديدة عن حصار حمص.\n\n"
            "ويصور العرض سقوط البراميل المتفجرة على الأحياء ونزول العائلات إلى الملاجئ.")
    assert _types("مسرحية «الملجأ» تستعيد ليالي القصف", text) == []
    # a lead that tells a death is news, whatever the headline frames
    text = "قتل ممثل مسرحي أمس بغارة جوية على منزله في حمص."
    assert _types("مقتل ممثل المسرحية الشهيرة بغارة", text) != []


def test_a_beating_by_a_crowd_is_mob_violence() -> None:
    assert _types("", "انهال عشرات من سكان الحي بالضرب المبرح على رجل اتهموه بالسرقة أمس.") \
        == ["Mob violence"]
    assert _types("", "اعتدى عناصر الحاجز بالضرب المبرح على سائق أمس.") == ["Attack"]


def test_the_town_again_put_first_opens_no_incident() -> None:
    text = ("قتل عنصران من الشرطة اليوم في اشتباك مع مسلحين قرب مدينة القرداحة.\n\n"
            "وأعلنت الشرطة ملاحقة المسلحين في الأحراج.\n\n"
            "وفي السجن، انفجرت قنبلة كانت بحوزة أحد المسلحين.")
    assert _types("اشتباك قرب القرداحة", text) == ["Armed clash"]



def test_aircraft_covering_an_advance_are_part_of_the_battle() -> None:
    text = ("قال مصدر عسكري إن المقاتلين صدوا فجر اليوم هجوماً شنته مجموعات مسلحة على التلة "
            "الشرقية قرب مدينة منبج.\n\nوأضاف أن المهاجمين حاولوا التقدم تحت غطاء من الطائرات "
            "المسيرة والقصف المدفعي، قبل أن يجبروا على التراجع.\n\nوقتل في المعارك تسعة من "
            "المهاجمين واثنان من المدافعين.")
    assert _types("المقاتلون يصدون هجوماً على التلة الشرقية", text) == ["Armed clash"]
    # Strikes before the fighting are their own event still.
    raids = "شنت الطائرات المسيرة غارات على التلة صباح اليوم قبل أن يحاول المهاجمون التقدم."
    assert "Air/drone strike" in _types("غارات على التلة", raids)


def _sentence_kinds(text: str) -> set[str]:
    sentences = analyse("", text, 2020)
    return set(sentence_types(sentences[1], sentences))


def test_shelling_amid_fighting_is_the_clashs_fire() -> None:
    fought = _sentence_kinds(
        "دارت أمس اشتباكات عنيفة بين الجيش وفصائل معارضة على محور قرية كبانة، قتل فيها "
        "خمسة مقاتلين، وسط قصف مدفعي متبادل.")
    assert fought == {"Armed clash"}
    lulled = _sentence_kinds(
        "تجددت الاشتباكات أمس على محور كبانة تخللها قصف بقذائف الهاون، ولم ترد أنباء عن قتلى.")
    assert lulled == {"Armed clash"}
    # shelling told on its own beside the fighting stays a bombardment
    apart = _sentence_kinds(
        "دارت أمس اشتباكات على محور كبانة، وقصفت قوات النظام بالمدفعية قرية الكندة.")
    assert "Shelling/artillery/missile attack" in apart


def test_violence_a_span_of_time_before_the_news_is_no_event_of_the_day() -> None:
    for span in ("بعد أكثر من شهرين من", "بعد نحو أسبوعين من", "بعد عامين من"):
        kinds = _sentence_kinds(
            f"توصل وجهاء مدينة الصنمين والجيش مساء اليوم إلى اتفاق لوقف إطلاق النار، {span} "
            "الحصار والقصف المتقطع على أحيائها.")
        assert "Shelling/artillery/missile attack" not in kinds, (span, kinds)
        assert "Agreement" in kinds, (span, kinds)
    # the day's shelling after the agreement words is still news
    kinds = _sentence_kinds("قصفت قوات النظام صباح اليوم أحياء مدينة الصنمين بالمدفعية.")
    assert "Shelling/artillery/missile attack" in kinds
