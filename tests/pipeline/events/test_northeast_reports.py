"""Reports from north and east Syria (issue 12, dev15): Kurdish-area media, Turkish-aligned
outlets, monitors and state media on Turkish strikes, SNA-SDF fighting, IS cells and tribal
fighting, in sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2024-03-02T20:00:00+03:00"


def _events(title: str, text: str,
            published: str = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name, e.date)
            for e in extractor.extract(title, text, published)]


def test_a_headline_listing_an_attack_a_bomb_and_a_killing_keeps_the_killing() -> None:
    # "هجوم" is generic violence (no sub-type of its own), "عبوة" a weapon, "اغتيال" a
    # killing: the killing is an act apart from the bomb, and the generic word breaks nothing
    from pipeline.events.classify import analyse, sentence_types
    title = "خلايا تضرب ثلاث مرات: هجوم على نقطة في الشحيل وعبوة قرب ذيبان واغتيال في هجين"
    sentences = analyse(title, "", 2024)
    assert "Attack" in sentence_types(sentences[0], sentences)


def test_the_door_of_a_set_phrase_is_no_town_of_al_bab() -> None:
    # "يفتح الباب أمام": opening the door to something, not the town al-Bab
    from pipeline.events.places import PlaceResolver
    from pipeline.gazetteer import Gazetteer
    resolver = PlaceResolver(Gazetteer.default())
    for text in ("حذرت الإدارة من أن ضرب المخيم قد يفتح الباب أمام هروب العائلات",
                 "وأغلقت أنقرة الباب في وجه أي حوار", "ترك الاتفاق الباب مفتوحاً للتصعيد"):
        assert all(m.surface.removeprefix("و") != "الباب" for m in resolver.find(text)), text
    assert [m.surface for m in resolver.find("قصفت المدفعية أطراف الباب الشرقية")] == ["الباب"]


def _best(text: str) -> str | None:
    from pipeline.events.places import PlaceResolver
    from pipeline.gazetteer import Gazetteer
    match = PlaceResolver(Gazetteer.default()).best(text)
    return match.place.pcode if match is not None else None


def test_a_village_and_a_towns_edge_joined_by_and_are_two_items() -> None:
    # "قرية X وأطراف بلدة Y": the town's edge is the list's next item, not the village's
    # landmark; the village unknown, the town itself is the place (not its sub-district)
    assert _best("سقطت قذائف على قرية كرموشة وأطراف بلدة عين عيسى بريف الرقة") == "C5905"
    # a village located by a town still is: the country around it
    assert _best("سقطت قذائف على قرية كرموشة قرب بلدة عين عيسى بريف الرقة") == "SY110202"


def test_a_towns_other_name_in_brackets_is_the_same_place() -> None:
    # "قرية زورآفا (زرافة) غرب مدينة كوباني": two spellings of one village, the landmark
    # chooses between the villages either spelling names
    assert _best("أصيب راع بقذيفة على قرية زورآفا (زرافة) جنوب غرب مدينة كوباني") == "C1937"
    # "بريف ديريك (المالكية)": the country around al-Malikiyah, known by its Kurdish name
    assert _best("قصفت مسيرة محطة ضخ بريف ديريك (المالكية) صباحاً") == "SY0803"


def test_an_act_on_its_nth_day_running_is_not_dated_by_its_cause() -> None:
    # "لليوم الثالث على التوالي": the fighting goes on; the weekday of the arrest that set it
    # off dates the arrest, and the report's "today" dates the fighting
    from datetime import datetime

    from pipeline.events.dates import event_date_in
    published = datetime.fromisoformat("2023-08-30T14:00:00+03:00")  # a Wednesday
    lead = ("تستمر المواجهات لليوم الثالث على التوالي بين مقاتلي العشائر وقسد شرقي دير "
            "الزور، على إثر اعتقال قائد محلي يوم الأحد الماضي.")
    assert event_date_in(lead, published) is None
    got = _events("مواجهات بين العشائر وقسد", lead + "\n\nوقتل صباح اليوم ثلاثة مقاتلين في "
                  "اشتباكات داخل بلدة الشحيل.", "2023-08-30T14:00:00+03:00")
    assert {day for _, _, day in got} == {"2023-08-30"}, got
    # a day of a campaign is no day running
    told = "وفي اليوم الثالث من الحملة يوم الأحد الماضي داهمت الدوريات البلدة، بعد اعتقال شاب."
    assert str(event_date_in(told, published)) == "2023-08-27"


def test_in_the_same_context_opens_another_incident() -> None:
    # "وفي السياق ذاته": a related act at another place, as "وفي سياق متصل" is
    got = _events("اشتباك بين الجيش وقسد قرب دير حافر",
                  "اندلعت مواجهات فجر اليوم بين الجيش وقسد قرب بلدة دير حافر شرقي حلب.\n\n"
                  "وفي السياق ذاته، جرح طفل بقذيفة هاون أطلقت من مواقع قسد على قرية "
                  "رسم الأحمر.", "2025-08-03T18:00:00+03:00")
    assert [kind for kind, _, _ in got] == ["Armed clash", "Shelling/artillery/missile attack"]


def test_the_country_of_a_town_runs_over_its_sub_districts_line() -> None:
    # "قرية رسم الأحمر بريف مسكنة": the village lies in the next sub-district of the same
    # district, and is still the place meant
    assert _best("سقطت قذيفة هاون على قرية رسم الأحمر بريف مسكنة") == "C1841"


def test_a_tally_beside_a_killing_the_lead_dates_is_news_of_the_killing() -> None:
    # the headline tallies the year's crimes but also tells a body found; the lead dates it
    got = _events("مخيم الهول: العثور على نازح مقتول.. وعدد جرائم القتل منذ بداية العام يصل إلى 30",
                  "وجد سكان في مخيم الهول شرقي الحسكة فجر اليوم جثة نازح سوري قتل بطلقات نارية "
                  "قرب خيمته في القطاع الثالث.\n\nوبهذا يرتفع إلى 30 عدد جرائم القتل في المخيم "
                  "منذ بداية العام.", "2021-06-22T12:00:00+03:00")
    assert [kind for kind, _, _ in got] == ["Attack"], got
    # a headline that only tallies the period stays no incident
    assert _events("عدد جرائم القتل في مخيم الهول منذ بداية العام يصل إلى 30",
                   "وثق المرصد منذ بداية العام 30 جريمة قتل في مخيم الهول.",
                   "2021-06-22T12:00:00+03:00") == []


def test_people_arrested_then_taken_away_are_no_abduction() -> None:
    # "اعتقلت ... واقتادتهم إلى جهة مجهولة": where the arrest took them, one arrest
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "داهمت دورية لقسد منازل في بلدة الطيانة واعتقلت أربعة شبان، "
                            "واقتادتهم إلى جهة مجهولة.", 2024)
    assert set(sentence_types(sentences[1], sentences)) == {"Arrests"}
    # gunmen who abduct after an arrest told before them still abduct
    sentences = analyse("", "اعتقلت قسد شاباً في الطيانة، فيما اختطف مسلحون مجهولون طفلاً "
                            "في ذيبان.", 2024)
    assert "Abduction/forced disappearance" in sentence_types(sentences[1], sentences)


def test_a_raids_dead_and_captured_are_one_raid() -> None:
    # "أسفرت عن مقتل اثنين ... واعتقال ثالث": the captured is the raid's outcome
    from pipeline.events.classify import analyse, sentence_types
    sentences = analyse("", "نفذت قوات خاصة إنزالاً على مزرعة قرب بلدة الشحيل، انتهى بمقتل "
                            "اثنين من المطلوبين واعتقال ثالث.", 2022)
    assert "Arrests" not in sentence_types(sentences[1], sentences)
    # arrests told apart from a killing are arrests still
    sentences = analyse("", "قتل شاب برصاص مجهولين في الشحيل، واعتقلت الأسايش بعد ساعات "
                            "خمسة مشتبه بهم في بلدة البصيرة المجاورة.", 2022)
    assert "Arrests" in sentence_types(sentences[1], sentences)
