"""Places that a sentence names for another role than the scene's: a person named after
"يدعى", a besieged town a crowd demands relief for, where captives were taken as the report
guesses, a street placed in its town, a road's end named by its sub-district, a pair of
villages "التابعتين" to a sub-district, and Baba Amr as Homs's quarter. Sentences written
for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings

PUBLISHED = "2016-04-06T18:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode) for e in extractor.extract(title, text, PUBLISHED)]


def _best(text: str) -> str | None:
    match = PlaceResolver.from_settings(PipelineSettings()).best(text)
    return match.place.pcode if match is not None else None


def test_a_name_after_yudaa_is_a_person_not_a_village() -> None:
    # (أبو عمر is a village of Idleb; the second clash was at Busra al-Harir)
    got = _events(
        "اشتباكات في ريف دمشق ودرعا",
        "اشتبكت وحدات من الجيش اليوم مع مسلحين في مدينة الزبداني بريف دمشق.\n\nوفي ريف درعا، "
        "قتلت وحدة من الجيش خمسة مسلحين خلال اشتباك معهم في بلدة بصر الحرير، بينهم قائد "
        "مجموعة يدعى «أبو عمر»، وفر الباقون نحو الحقول المجاورة.",
    )
    assert sorted(place for _, place in got) == ["C2429", "C6105"], got


def test_a_place_named_so_after_yudaa_stays_a_place() -> None:
    assert _best("سقطت قذيفة في مكان يدعى أبو عمر بريف إدلب") == "C4086"
    resolver = PlaceResolver.from_settings(PipelineSettings())
    found = resolver.find("وأسعف الجرحى لنقطة طبية تدعى سرمين في ريف إدلب")
    assert "C3953" in [m.place.pcode for m in found], found


def test_a_besieged_town_a_crowd_demands_relief_for_is_no_scene() -> None:
    got = _events(
        "مظاهرات في إدلب",
        "خرجت مظاهرة اليوم في مدينة إدلب. وفي سياق متصل خرجت مظاهرة حاشدة في بلدة بنش "
        "تطالب بإسقاط النظام ورفع الحصار عن مدينة حمص.",
    )
    assert sorted(place for _, place in got) == ["C3871", "C3904"], got


def test_where_captives_were_taken_as_the_report_guesses_is_no_arrest() -> None:
    got = _events(
        "مسلحون يخطفون عشرين مدنياً من قرية حزيمة",
        "خطف مسلحون فجر اليوم عشرين مدنياً من قرية حزيمة في ريف الرقة الشمالي.\n\nوقال أحد "
        "الأهالي إن المسلحين طوقوا القرية، ثم داهموا المنازل وجمعوا الرجال في ساحة القرية، "
        "قبل أن يقتادوهم إلى مكان مجهول، يرجح أنه مقر التنظيم في مدينة سلوك.",
    )
    assert [place for _, place in got] == ["C5702"], got


def test_a_street_placed_in_its_town_leaves_the_town_the_scene() -> None:
    assert _best("حماة: أصيب رجل بانفجار قنبلة ألقاها مجهول على متجره في شارع العلمين "
                 "بمدينة السلمية.") == "C3244"


def test_a_roads_end_named_by_its_subdistrict_is_the_town_heading_it() -> None:
    assert _best("قتل سائق باستهداف سيارته على الطريق الواصل بين ناحية عامودا ومدينة "
                 "الحسكة.") == "C4688"


def test_a_pair_of_villages_said_to_belong_to_a_subdistrict_keeps_both() -> None:
    got = _events(
        "قصف على قريتين في ريف الدرباسية",
        "قصفت المدفعية التركية صباح اليوم قريتي أم الكيف وتل طويل التابعتين لناحية تل تمر "
        "في ريف الحسكة، ما أدى إلى أضرار مادية.",
    )
    assert sorted(place for _, place in got) == ["C4398", "C4421"], got


def test_baba_amr_in_its_common_spelling_is_homs() -> None:
    assert _best("تواصل القصف المدفعي على حي بابا عمرو لليوم الخامس") == "C2528"
