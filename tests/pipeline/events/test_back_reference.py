""""The town" pointing back to a town named before it, and a road whose far end the
gazetteer does not know, in sentences written for these tests (issue 12, dev10)."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-04-16T12:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_pcode)
            for e in extractor.extract(title, text, PUBLISHED)]


def test_the_town_points_back_to_the_last_town_of_that_word() -> None:
    resolver = PlaceResolver.from_settings(PipelineSettings())
    found = resolver.find("نقل مزارع من أهالي بلدة اللطامنة إلى مشفى في مدينة مصياف، "
                          "ثم أعيد إلى البلدة مساء")
    back = [m for m in found if m.back]
    assert [(m.surface, m.place.pcode) for m in back] == [("البلدة", "C3458")], found


def test_the_town_needs_a_town_named_with_its_word_in_its_sentence() -> None:
    resolver = PlaceResolver.from_settings(PipelineSettings())
    assert not [m for m in resolver.find("وصل الوفد إلى بلدة اللطامنة. وتجول في المدينة")
                if m.back]
    assert not [m for m in resolver.find("قتل رجل في مدينة مصياف برصاص الحي") if m.back]


def test_a_victims_home_town_is_the_scene_when_the_act_is_told_at_its_edge() -> None:
    # the victim's town is named as where he comes from; "the village" says he was killed there
    got = _events(
        "حصيلة يوم من الهجمات في ريف حماة",
        "– قتل مزارع من أبناء قرية طيبة الإمام بريف حماة الشمالي برصاص مجهولين، بعد أن "
        "هاجموه في أرضه عند أطراف القرية مساء أمس الثلاثاء.\n\n"
        "– قصفت قوات النظام بالمدفعية الثقيلة مدينة اللطامنة صباح أمس، دون ورود أنباء "
        "عن إصابات.",
    )
    assert ("Attack", "C3028") in got, got


def test_an_abduction_at_the_edge_of_the_victims_town() -> None:
    got = _events(
        "مقتل عنصر في اشتباك قرب مصياف وخطف شاب في ريف حماة",
        "قتل عنصر من قوى الأمن وأصيب آخر، مساء أمس الثلاثاء، في اشتباك مع مسلحين قرب "
        "مدينة مصياف.\n\n"
        "– مسلحون مجهولون يختطفون شاباً من أبناء بلدة اللطامنة بريف حماة الشمالي، أثناء "
        "رعيه الأغنام على أطراف البلدة، ولا يزال مصيره مجهولاً.",
    )
    assert ("Abduction/forced disappearance", "C3458") in got, got



def test_a_road_to_a_place_the_gazetteer_does_not_know_is_in_the_country_of_its_town() -> None:
    # "al-Kashma" is not in the gazetteer: the road lies in the district of al-Bukamal
    got = _events(
        "هجمات متفرقة في ريف دير الزور",
        "قتل مدني برصاص مسلحين مجهولين في بلدة الصالحية بريف دير الزور الشرقي، فجر اليوم "
        "الأربعاء.\n\n"
        "– انفجار لغم أرضي بسيارة مدنية على طريق البوكمال – الكشمة، ما أدى إلى مقتل سائقها.",
    )
    assert ("Remote explosive/landmine/IED", "SY0902") in got, got
