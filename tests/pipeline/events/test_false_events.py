"""Events the text does not report: mines cleared, the victims' home town, a person's name
that is also a town's, the town a village belongs to (sentences written for these tests, in
the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2023-05-14T18:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_mines_cleared_are_counted_not_exploded() -> None:
    # A count and a period stand between the clearance verb and the weapons it removed.
    assert _events(
        "فرق الهندسة تنزع مئات الألغام في ريف حماة",
        "قالت مديرية الهندسة اليوم إن فرقها أزالت خلال الأسابيع الثلاثة الأخيرة ما يزيد "
        "على 600 لغم وقذيفة من أراض زراعية حول بلدة اللطامنة شمالي حماة.") == []
    assert _events(
        "فرق الهندسة تنزع مئات الألغام في ريف حماة",
        "أكدت مديرية الهندسة أن عناصرها أزالوا منذ بداية الشهر أكثر من 500 لغم أرضي وقذيفة "
        "هاون من البساتين المحيطة ببلدة كفرزيتا.") == []


def test_the_victims_home_village_is_no_second_scene() -> None:
    got = _events(
        "مقتل شابين بغارة مسيرة قرب الشدادي",
        "قُتل شابان مساء اليوم بغارة لطائرة مسيرة على سيارتهما قرب بلدة الشدادي جنوب "
        "الحسكة. وهما من أهالي قرية تل براك.")
    assert len(got) == 1 and got[0][1] != "تل براك", got


def test_a_family_name_that_is_a_town_elsewhere_is_no_scene() -> None:
    # "الجاسم" is a surname here; the town Jasim lies in Dar'a, far from Deir ez-Zor.
    got = _events(
        "اغتيال شاب في الشحيل",
        "قتل مسلحون مجهولون مساء اليوم في بلدة الشحيل شرقي دير الزور الشاب خالد الجاسم "
        "أمام منزله، وأصيب شقيقه بجروح.")
    assert got == [("Attack", "الشحيل")], got
    got = _events(
        "مقتل مسن في البصيرة",
        "وفي بلدة البصيرة، قتل مسن برصاص مجهولين. ومن جهة أخرى قتل الحاج سعيد الجاسم "
        "بالرصاص قرب منزله في ذيبان.")
    assert {place for _, place in got} == {"البصيرة", "ذيبان"}, got


def test_the_town_a_village_belongs_to_is_no_further_scene() -> None:
    got = _events(
        "هجوم على حاجز في بلدة الصور ومسيرة في ريف الحسكة",
        "قتل عنصران من قوى الأمن بهجوم على حاجز في بلدة الصور بريف دير الزور صباح اليوم.\n\n"
        "وفي ريف الحسكة، استهدفت مسيّرة مجهولة دراجة نارية عند مدخل تل تشرين التابعة لمدينة "
        "الدرباسية، ما أدى إلى إصابة سائقها.")
    assert ("Air/drone strike", "تل تشرين") in got
    assert ("Air/drone strike", "الدرباسية") not in got


def test_talks_about_extending_a_truce_are_no_agreement() -> None:
    assert _events(
        "أنقرة وموسكو تبحثان تمديد الهدنة في إدلب",
        "أجرى وزيرا خارجية البلدين اليوم الأحد اتصالاً هاتفياً تناول إمكانية تمديد الهدنة "
        "السارية في إدلب منذ أسبوع، وسط اتهامات متبادلة بعرقلة دخول المساعدات.") == []
