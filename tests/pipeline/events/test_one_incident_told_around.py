"""Words around one incident that named a further event: the town of what came hours before,
where the accused are based, a plural place word with its article, and the shells of an
exchange of fire (sentences written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2024-05-08T12:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_name)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_the_town_of_what_came_hours_before_is_no_scene() -> None:
    got = _events(
        "اشتباكات في مدينة الرستن",
        "اندلعت صباح اليوم الأربعاء اشتباكات بين مسلحين وعناصر من الشرطة في مدينة الرستن، "
        "بعد ساعات فقط من اتفاق أنهى مواجهات مماثلة في مدينة تلبيسة.")
    assert [name for _, name in got] == ["الرستن"], got


def test_where_the_accused_are_based_is_no_scene() -> None:
    got = _events(
        "قتيل بقذائف على بلدة عرى",
        "قتل رجل مساء أمس الثلاثاء جراء سقوط قذائف على بلدة عرى في ريف السويداء. واتهم "
        "أهالي البلدة مسلحين يتمركزون في محيط قرى ريف درعا الشرقي بإطلاق القذائف.")
    assert [name for _, name in got] == ["عرى"], got


def test_a_plural_place_word_with_its_article_names_no_village() -> None:
    resolver = PlaceResolver.from_settings(PipelineSettings())
    assert [m.surface for m in resolver.find("وبدأت دوريات بتفتيش القرى والبساتين القريبة")] \
        == []
    assert [m.place.pcode for m in resolver.find("قصفت المدفعية قرى الزيتونة")] == ["C1499"]


def test_shells_exchanged_with_the_fire_are_the_clash() -> None:
    got = _events(
        "اشتباكات في بلدة المزيريب",
        "اندلعت فجر اليوم الأربعاء اشتباكات بين مسلحين محليين وعناصر من الجيش في بلدة "
        "المزيريب، وتطورت إلى تبادل لإطلاق النار والقذائف استمر ساعتين.")
    assert [kind for kind, _ in got] == ["Armed clash"], got
