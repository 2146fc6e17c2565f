"""A sentence's weapons are how its one incident was done, not further incidents: a clash's
list of arms, the war's leftovers that blew up, a drone that shells (sentences written for
these tests, in the patterns of real reports)."""

from __future__ import annotations

from pipeline.events.classify import analyse, sentence_types
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2024-09-03T18:00:00+03:00"
_CLASH = "Armed clash"
_SHELLING = "Shelling/artillery/missile attack"


def _kinds(text: str) -> set[str]:
    sentences = analyse("", text, 2024)
    return set(sentence_types(sentences[1], sentences))


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_the_arms_a_clash_was_fought_with_are_no_attack_of_their_own() -> None:
    assert _kinds("اندلعت مساء الإثنين اشتباكات بالأسلحة المتوسطة وقذائف الهاون بين مجموعتين "
                  "مسلحتين عند أطراف قرية الغارية.") == {_CLASH}
    assert _kinds("أصيب ثلاثة رجال في اشتباك عائلي استخدمت فيه البنادق والقنابل اليدوية "
                  "وسط بلدة الكرك الشرقي.") == {_CLASH}
    # a shelling in a clause of its own stays one
    assert _SHELLING in _kinds("دارت اشتباكات بين الطرفين قرب القرية، ثم قصفت قوات النظام "
                               "بقذائف الهاون بلدة الكندة.")


def test_a_clash_with_grenades_is_coded_once_as_a_clash() -> None:
    got = _events("ثلاثة قتلى في اشتباك عائلي بريف درعا",
                  "قتل ثلاثة أشخاص مساء أمس في اشتباك بين عائلتين استخدمت فيه الرشاشات "
                  "والقنابل اليدوية في بلدة الكرك الشرقي بريف درعا، بسبب نزاع على بئر ماء.")
    assert [kind for kind, _ in got] == [_CLASH]


def test_a_leftover_of_the_war_that_blows_up_is_neither_shelling_nor_battle() -> None:
    assert _kinds("توفي فتى متأثراً بجراحه إثر انفجار قذيفة من بقايا المعارك أثناء لعبه قرب "
                  "منزله في بلدة معرشورين.") == {"Remote explosive/landmine/IED"}
    assert _kinds("قتل رجل بقذيفة هاون من مخلفات الحرب انفجرت به في أرضه قرب بلدة "
                  "التمانعة.") == {"Remote explosive/landmine/IED"}
    # a shell fired today is shelling
    assert _SHELLING in _kinds("قتل رجل بقذيفة هاون أطلقتها قوات النظام على بلدة التمانعة.")


def test_a_drone_that_shells_is_an_air_strike() -> None:
    assert _kinds("مسيّرة تقصف سيارة عسكرية على طريق بلدة الجوادية، ومقتل عنصر "
                  "فيها.") == {"Air/drone strike"}
    # a march is no drone
    assert "Air/drone strike" not in _kinds("مسيرة تجوب شوارع المدينة تنديداً بالقصف.")


def test_the_shells_an_aircraft_drops_or_fires_are_its_air_strike() -> None:
    # What aircraft drop or fire (the munition right after them, their verb's object) is
    # the strike's, no shelling of its own.
    air = {"Air/drone strike"}
    assert _kinds("ألقت طائرات مروحية تابعة للجيش قذائف فوق حقول قرية الحويز مساء الأحد.") == air
    assert _kinds("أطلقت طائرة مسيرة صاروخين نحو سيارة عسكرية على طريق بلدة الميادين.") == air
    assert _kinds("قصفت الطائرات الحربية بالصواريخ أطراف قرية معرة حرمة فجر السبت.") == air
    # A munition joined by "و" is a second weapon, and so is one with its own verb.
    assert _kinds("تعرضت قرية الحويز لغارات جوية وقذائف مدفعية مساء الأحد.") == {
        "Air/drone strike", _SHELLING}
    assert _kinds("شنت طائرات حربية غارات على قرية الحويز، وسقطت صواريخ على أطرافها.") == {
        "Air/drone strike", _SHELLING}


def test_missiles_fired_from_an_airspace_then_intercepted_are_one_air_strike() -> None:
    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "قتيلان بعدوان إسرائيلي على محيط جبلة",
        "قال مصدر عسكري إن العدو الإسرائيلي نفذ فجر اليوم عدواناً صاروخياً من اتجاه البحر "
        "انطلاقاً من الأجواء اللبنانية، مستهدفاً نقاطاً في محيط مدينة جبلة.\n\nوأضاف المصدر أن "
        "دفاعاتنا الجوية تصدت للصواريخ وأسقطت عدداً منها، فيما أدى العدوان إلى استشهاد "
        "عسكريين اثنين.", "2023-04-02T09:00:00+03:00")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 2)]
