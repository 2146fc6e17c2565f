"""Items of a round-up that were left out: one opened by "the same day" put first, one a
bulletin tells in the present under its bar heading, in sentences written for these tests
(issue 12, dev23)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2025-03-03T20:00:00+03:00"  # a Monday


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities, e.date)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_an_item_opened_by_the_same_day_is_one_of_its_own_on_the_day_told_before() -> None:
    # "وعصر اليوم ذاته،" is a time put first, and the day is the raid's (Sunday), which the
    # statement between tells no day of its own to change
    got = _events(
        "غارات إسرائيلية على ريف حمص",
        "استهدفت طائرات حربية إسرائيلية صباح اليوم الاثنين مستودعات في محيط مدينة القصير "
        "بريف حمص، دون ورود أنباء عن إصابات.\n\n"
        "وفي ريف درعا الغربي، دهمت قوة إسرائيلية مساء أمس الأحد أطراف بلدة كويا وفتشت "
        "عدداً من المنازل.\n\n"
        "ووصفت الحكومة السورية هذه التحركات بأنها اعتداء على السيادة.\n\n"
        "وعصر اليوم ذاته، نظم عشرات من أهالي بلدة نوى وقفة احتجاجية رفعوا فيها لافتات "
        "تندد بالتوغل.",
    )
    assert ("Peaceful protest", "نوى", 0, "2025-03-02") in got, got


def test_a_bulletin_item_told_in_the_present_under_its_bar_heading() -> None:
    # "تهاجم" tells the attack as "هاجمت" would; "الرقة |" heads the item, so the outskirts
    # are the town's own; the next sentence, telling only the fight, counts its dead
    got = _events(
        "موجز الظهيرة: عبوة في منبج وهجوم في الطبقة",
        "🔴 حلب | انفجار عبوة ناسفة بسيارة مدنية على أطراف مدينة منبج صباح اليوم، "
        "دون إصابات.\n\n"
        "🔴 الرقة | مجموعة مسلحة تهاجم حاجزاً لقسد على أطراف مدينة الطبقة بريف الرقة "
        "الغربي فجر اليوم.\n\n"
        "اشتباك دام نصف ساعة أسفر عن مقتل عنصرين من قسد واثنين من المهاجمين.",
    )
    assert ("Armed clash", "مدينة الطبقة", 4, "2025-03-03") in got, got


def test_a_further_town_entered_after_the_other_sides_withdrawal_is_a_transfer() -> None:
    # the lead's fighting is for another town; "كما دخلت ... إثر انسحاب" tells none of its own
    got = extractor().extract(
        "الفصائل تسيطر على معرشورين بعد معارك عنيفة",
        "سيطرت فصائل المعارضة، اليوم الأحد، على بلدة معرشورين بعد معارك عنيفة قتل خلالها "
        "ستة عناصر من قوات النظام.\n\n"
        "كما دخلت الفصائل بلدة تلمنس إثر انسحاب قوات النظام منها باتجاه مدينة معرة النعمان، "
        "دون ورود أنباء عن خسائر.",
        "2025-03-02T20:00:00+03:00",
    )
    assert ("Non-violent transfer of territory", "تلمنس") in [
        (e.sub_event_type, e.place_name) for e in got], got


def test_a_lead_that_tells_the_headlines_other_act_reports_it() -> None:
    # the bomb, told in the next sentence, is the primary; the lead's abduction, which the
    # headline names too, is an event of its own, at the town the road leads to
    got = extractor().extract(
        "مسلحون يختطفون سائقين بريف حمص ويستهدفون جسراً بعبوة ناسفة قرب محردة",
        "أقدم مسلحون مجهولون صباح اليوم على اختطاف سائقين يعملان في معمل للإسمنت على "
        "الطريق المؤدي إلى بلدة تلدو بريف حمص الغربي.\n\n"
        "وفي محافظة حماة، فجر مسلحون عبوة ناسفة مساء أمس قرب جسر على أطراف مدينة محردة، "
        "ما ألحق أضراراً بالجسر من دون إصابات.",
        "2025-03-02T20:00:00+03:00",
    )
    assert ("Abduction/forced disappearance", "تلدو", "2025-03-02") in [
        (e.sub_event_type, e.place_name, e.date) for e in got], got
