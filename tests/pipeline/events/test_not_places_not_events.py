"""Words that look like a place or an event and are neither: a kunya after a speaker's verb
is a person, and an "explosion" of demand is no blast; sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2022-11-10T19:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_a_kunya_after_a_speakers_verb_is_a_person() -> None:
    got = _events(
        "قتيل بقذيفة على مدينة الرستن",
        "قتل رجل مساء أمس الأربعاء جراء قذيفة مدفعية سقطت على سوق مدينة الرستن في ريف حمص "
        "الشمالي. ويقول أبو بكر، وهو بائع خضار، إن القذائف سقطت قرب بسطته.",
    )
    assert [place for _, place in got] == ["الرستن"], got


def test_a_surge_of_demand_is_no_explosion() -> None:
    got = _events(
        "افتتاح سوق الكتاب في حلب",
        "افتتح اليوم الخميس سوق الكتاب السنوي في مدينة حلب بمشاركة مئة دار نشر. وقال مدير "
        "السوق إن «الدورة تشهد انفجار الإقبال من طلاب الجامعات»، لافتاً إلى ركن لكتب "
        "الأطفال.",
    )
    assert got == [], got


def test_the_two_villages_refers_back_to_the_pair_named_before() -> None:
    got = _events(
        "هجمات للتنظيم على مدينة السويداء وريفها",
        "قتل عشرات الأشخاص فجر اليوم الخميس في هجمات للتنظيم على محافظة السويداء. وافتتح "
        "التنظيم هجماته بتفجير انتحاريين حزاميهما الناسفين في سوق مدينة السويداء، ما أدى إلى "
        "مقتل عشرين شخصاً. وبالتزامن، قتل المهاجمون مزارعين داخل بيوتهم في قريتي الشبكي "
        "ورامي، ثم اشتبكوا مع شبان القريتين.",
    )
    assert not any(place and "القريتين" in place for _, place in got), got


def test_aircraft_flying_over_strike_nothing() -> None:
    # Drones seen over two towns after one strike: the strike is the only event.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "مسيرة تستهدف سيارة عند مدخل الميادين",
        "قتل عنصران من ميليشيا موالية لإيران ظهر اليوم بضربة من طائرة مسيرة استهدفت "
        "سيارتهما عند المدخل الغربي لمدينة الميادين.\n\n"
        "وشهدت سماء المنطقة تحليقاً مكثفاً للطيران المسير طوال النهار، وسط استنفار في مقرات "
        "الميليشيات في الميادين والبوكمال.",
        "2024-07-17T13:00:00+03:00")
    assert [(e.sub_event_type, e.place_pcode) for e in events] == [
        ("Air/drone strike", "C5192")], events


def test_where_the_fire_came_from_is_no_scene() -> None:
    # "مصدرها ..." names the guns' positions, however long the clause runs to its town.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "قتيلان بقصف على دوما",
        "قتل مدنيان اليوم جراء قصف مدفعي استهدف حي الحجارية في مدينة دوما بالغوطة "
        "الشرقية.\n\n"
        "وقال مصدر محلي إن خمس قذائف سقطت على الحي ظهراً، مصدرها مواقع قوات النظام في إدارة "
        "المركبات بحرستا، وأدت لمقتل رجل وطفل.",
        "2016-03-05T19:00:00+02:00")
    assert [e.place_pcode for e in events] == ["C2338"], events


def test_a_quarter_after_a_town_named_is_that_towns() -> None:
    # "ففي مدينة X، ... على حي Y": Y is a quarter of X, not of another governorate's city
    # that has a village of Y's name.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "غارات على أريحا",
        "ففي مدينة أريحا، قتل أربعة مدنيين اليوم إثر غارات شنتها طائرات حربية على حي "
        "الشيخ علي ومحيط السوق.\n\n"
        "في حين قتلت امرأة بقذائف سقطت على مدينة السقيلبية في ريف حماة الشمالي الغربي.",
        "2019-05-28T20:00:00+03:00")
    assert [(e.sub_event_type, e.place_pcode) for e in events] == [
        ("Air/drone strike", "C4278"), ("Shelling/artillery/missile attack", "C3114")], events


def test_ground_fought_for_is_no_ground_taken() -> None:
    # A second scene of a day's round-up, told as an attempt to retake: a clash.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "حصيلة يوم دام في ريفي إدلب وحماة",
        "تستمر الحملة العسكرية على ريف حماة الشمالي وريف إدلب الجنوبي لليوم العشرين، وقد "
        "وثق ناشطون مقتل 20 شخصاً منذ صباح اليوم الثلاثاء.\n\n"
        "ففي مدينة أريحا، قتل ثلاثة مدنيين بغارات لطائرات روسية على أحد الأحياء.\n\n"
        "وعلى جبهة كفرنبودة، تدور معارك عنيفة بين قوات النظام من جهة، والفصائل من جهة "
        "أخرى، في محاولة من الأخيرة استعادة البلدة، وقتل فيها 8 عناصر من الجانبين.",
        "2019-05-28T20:00:00+03:00")
    assert [(e.sub_event_type, e.place_pcode) for e in events] == [
        ("Air/drone strike", "C4278"), ("Armed clash", "C3209")], events


def test_the_rest_of_a_tally_spread_over_governorates_names_no_scene() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "حصيلة الأمس",
        "وثق ناشطون 40 شهيداً يوم أمس في عموم سوريا.\n\n"
        "وفي درعا، استشهد أربعة مدنيين بقصف مدفعي استهدف بلدة جاسم.\n\n"
        "وفي دمشق، دارت اشتباكات متقطعة على أطراف حي جوبر بين كتائب المعارضة وقوات النظام.\n\n"
        "وفي حلب سقط عشرون شهيداً معظمهم جراء البراميل على أحياء متفرقة، ويتوزع باقي الشهداء "
        "على إدلب وحمص وحماة ودير الزور.",
        "2014-03-12T08:30:00+02:00")
    assert [(e.sub_event_type, e.place_pcode) for e in events] == [
        ("Shelling/artillery/missile attack", "C6111"), ("Armed clash", "C1001")], events


def test_aircraft_over_a_fight_or_backing_a_raid_strike_nothing() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    clash = extractor.extract(
        "مقتل ثلاثة عناصر بهجوم على حاجز في الشحيل",
        "قتل ثلاثة عناصر من قسد فجر اليوم بهجوم شنه مسلحون مجهولون على حاجز لها عند مدخل "
        "بلدة الشحيل.\n\n"
        "وفرضت قسد حظر تجوال على البلدة، بالتزامن مع تحليق لطيران التحالف الدولي في سماء "
        "المنطقة.",
        "2024-03-12T09:00:00+03:00")
    assert [e.sub_event_type for e in clash] == ["Armed clash"], clash
    raid = extractor.extract(
        "قسد تعتقل شباناً في ذيبان",
        "اعتقلت قسد ثمانية شبان من بلدة ذيبان مساء اليوم خلال حملة دهم نفذتها بمساندة "
        "مروحية للتحالف الدولي.",
        "2024-03-12T21:00:00+03:00")
    assert [e.sub_event_type for e in raid] == ["Arrests"], raid


def test_a_town_and_a_dash_opening_a_report_is_its_dateline() -> None:
    # Local outlets open with the town they file from: no second scene with half the toll.
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "مقتل مقاتلين من قسد بهجوم في الشحيل",
        "دير الزور – قتل مقاتلان من قوات سوريا الديمقراطية، خلال تصديهم لهجوم مجموعة مسلحة "
        "على إحدى نقاط قسد في بلدة الشحيل، فجر اليوم.",
        "2024-03-12T14:00:00+03:00")
    assert [(e.place_pcode, e.fatalities) for e in events] == [("C5119", 2)], events
