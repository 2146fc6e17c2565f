"""What a report names that is no scene and no incident: a news outlet named after a town,
a tally over a de-escalation zone, a drone that fell without exploding, a state described;
sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-04-10T12:00:00+03:00"


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver.from_settings(PipelineSettings())


@pytest.mark.parametrize("text", [
    "وأفاد مراسل حماة 24 بأن قذيفتين سقطتا على بلدة كفرزيتا",
    "وذكرت شبكة أخبار حلب أن الاشتباكات تجددت في بلدة تادف",
    "وقالت مصادر محلية لـ«السويداء 24» إن المسلحين انسحبوا من قرية الثعلة",
    "ونشرت صفحة “إدلب 24” صوراً لدمار في بلدة سرمين",
    # told to the outlet, the preposition joined to its name
    "وقالت مصادر أهلية للسويداء 24 إن أطراف بلدة عرى تعرضت لقصف",
])
def test_a_town_in_an_outlets_name_is_no_place(resolver: PlaceResolver, text: str) -> None:
    assert len(resolver.find(text)) == 1, resolver.find(text)


def test_a_count_after_a_town_is_no_outlet(resolver: PlaceResolver) -> None:
    assert [m.surface for m in resolver.find("وقتل في درعا 24 شخصا")] == ["درعا"]


def test_an_outlet_named_after_a_town_takes_no_event(extractor: EventExtractor) -> None:
    got = extractor.extract(
        "هجوم على حاجز قرب تدمر",
        "هاجم مسلحون مجهولون، فجر اليوم الخميس، حاجزاً لقوات الأمن العام عند المدخل الشرقي "
        "لمدينة تدمر، ودارت اشتباكات استمرت ساعتين.\n\nوقالت مصادر محلية لـ«دير الزور 24» "
        "إن الهجوم أسفر عن مقتل أربعة عناصر من الحاجز، فيما قتل اثنان من المهاجمين.",
        PUBLISHED)
    assert [e.place_name for e in got] == ["تدمر"], got


@pytest.mark.parametrize(("road", "first"), [
    ("تل شهاب – طفس", "تل شهاب"),  # neither end qualifies the other
    ("كفرشمس – جاسم", "كفرشمس"),  # nor is a village no sub-district of the second's
])
def test_a_road_named_for_two_towns_is_placed_at_its_first(
        extractor: EventExtractor, road: str, first: str) -> None:
    got = extractor.extract(
        "لغم يقتل سائقاً في ريف درعا",
        f"قتل سائق شاحنة، صباح اليوم الخميس، بانفجار لغم أرضي على طريق {road} في ريف درعا.",
        PUBLISHED)
    assert [e.place_name for e in got] == [first], got


def test_a_town_called_the_farm_is_a_place(extractor: EventExtractor) -> None:
    got = extractor.extract(
        "اشتباك في بلدة المزرعة",
        "قتل عنصران، مساء أمس الأربعاء، في اشتباك عند مدخل بلدة المزرعة في ريف السويداء "
        "الغربي، بين مسلحين محليين ودورية للأمن الداخلي متمركزة على طريق دمشق - السويداء.",
        PUBLISHED)
    assert [e.place_pcode for e in got] == ["C6164"], got


@pytest.mark.parametrize("text", [
    "سقطت طائرة مسيرة مجهولة، مساء أمس الأربعاء، في أرض زراعية قرب قرية تل حميس بريف "
    "الحسكة دون أن تنفجر، وطوقت دورية المكان.",
    "وسقط صاروخ، ليل أمس، في حقل قمح شرقي بلدة معرة مصرين ولم ينفجر، بحسب مصادر محلية.",
])
def test_what_fell_and_did_not_explode_struck_nothing(
        extractor: EventExtractor, text: str) -> None:
    assert extractor.extract("سقوط جسم في أرض زراعية", text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "قصفت طائرة مسيرة، مساء أمس الأربعاء، مزرعة قرب قرية تل حميس بريف الحسكة بصاروخين، "
    "سقط أحدهما دون أن ينفجر.",
    "سقطت قذيفتان، مساء أمس، على بلدة معرة مصرين، انفجرت إحداهما قرب مدرسة ولم تنفجر "
    "الأخرى.",
])
def test_a_strike_with_one_dud_is_still_a_strike(extractor: EventExtractor, text: str) -> None:
    assert len(extractor.extract("قصف في الريف", text, PUBLISHED)) == 1


def test_a_takeover_retold_as_the_cause_of_a_state_is_no_new_one(
        extractor: EventExtractor) -> None:
    got = extractor.extract(
        "الفصائل تسيطر على كفرنبودة",
        "سيطرت فصائل المعارضة، صباح اليوم الخميس، على بلدة كفرنبودة في ريف حماة الشمالي بعد "
        "معارك مع قوات النظام.\n\nوبالسيطرة على البلدة، أصبحت قرية الهبيط القريبة مكشوفة "
        "أمام نيران الفصائل.",
        PUBLISHED)
    assert [e.place_name for e in got] == ["كفرنبودة"], got


def test_a_takeover_then_a_state_is_still_a_takeover(extractor: EventExtractor) -> None:
    got = extractor.extract(
        "الفصائل تسيطر على كفرنبودة",
        "سيطرت فصائل المعارضة، صباح اليوم الخميس، على بلدة كفرنبودة في ريف حماة الشمالي، "
        "وباتت على مشارف قرية الهبيط.",
        PUBLISHED)
    assert [e.place_name for e in got][:1] == ["كفرنبودة"], got


@pytest.mark.parametrize(("text", "sub_type"), [
    ("دخلت قوات النظام، صباح اليوم الخميس، بلدة كفرزيتا في ريف حماة الشمالي بعد انسحاب "
     "فصائل المعارضة منها إثر أسابيع من الحصار.", "Government regains territory"),
    ("دخلت قوات النظام، صباح اليوم الخميس، بلدة كفرزيتا في ريف حماة الشمالي بعد انسحاب "
     "فصائل المعارضة منها ليلاً.", "Non-violent transfer of territory"),
])
def test_an_entry_after_the_other_side_withdrew(
        extractor: EventExtractor, text: str, sub_type: str) -> None:
    got = extractor.extract("قوات النظام تدخل كفرزيتا", text, PUBLISHED)
    assert [e.sub_event_type for e in got] == [sub_type], got


def test_the_arrested_taken_away_later_is_the_same_arrest(extractor: EventExtractor) -> None:
    got = extractor.extract(
        "دورية تعتقل أربعة رعاة قرب الرفيد",
        "اعتقلت دورية للجيش الإسرائيلي، صباح اليوم الخميس، أربعة رعاة في أطراف بلدة الرفيد "
        "بريف القنيطرة الجنوبي.\n\nوأوضح شهود أن الدورية دخلت البلدة قرابة السادسة صباحاً "
        "وصادرت قطيع الأغنام، قبل أن تقتاد الرعاة إلى جهة مجهولة، ثم أطلقت سراح اثنين منهم "
        "بعد ساعات من التحقيق في موقع عسكري قرب تل أحمر.",
        PUBLISHED)
    assert [e.sub_event_type for e in got] == ["Arrests"], got


def test_others_taken_away_later_are_an_abduction(extractor: EventExtractor) -> None:
    got = extractor.extract(
        "دورية تعتقل أربعة رعاة قرب الرفيد",
        "اعتقلت دورية للجيش الإسرائيلي، صباح اليوم الخميس، أربعة رعاة في أطراف بلدة الرفيد "
        "بريف القنيطرة الجنوبي.\n\nوفي حادثة منفصلة، خطف مسلحون مجهولون مساء اليوم تاجراً "
        "في مدينة الصنمين واقتادوه إلى جهة مجهولة.",
        PUBLISHED)
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in got], got


def test_a_de_escalation_zones_name_is_no_place(resolver: PlaceResolver) -> None:
    assert resolver.find("رصدت الدوريات خروقات في منطقة حلب لخفض التصعيد") == []



@pytest.mark.parametrize("clinic", [
    "النقطة الطبية في بلدة ذيبان", "المركز الصحي في بلدة ذيبان", "مستوصف بلدة ذيبان",
])
def test_a_clinic_where_the_victim_died_is_no_scene(extractor: EventExtractor,
                                                    clinic: str) -> None:
    # A medical point or health centre short of a hospital is where the victim was taken
    # (pipeline.rules.scenes.TREATED_BEFORE), not a second shooting.
    text = ("قتل شاب مساء أمس برصاص مسلحين مجهولين في مدينة الميادين بريف دير الزور الشرقي.\n\n"
            f"وقال مصدر محلي إن الشاب فارق الحياة قبل وصوله إلى {clinic} المجاورة.")
    events = extractor.extract("مقتل شاب برصاص مجهولين في مدينة الميادين", text, PUBLISHED)
    assert [e.place_name for e in events] == ["الميادين"]
