"""Events a report's wording makes where it tells no act of its own, or tells one act as
several: the words of war said of markets, an anniversary counted in years, where fire was
launched from, what a takeover amounts to, and control that goes back and forth (sentences
written for these tests, in the patterns of real reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2023-11-14T12:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_name)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_shelling_with_taxes_or_crises_is_a_market_metaphor() -> None:
    assert _events(
        "تجار حلب تحت «قصف» الضرائب والرسوم",
        "قال تجار في أسواق مدينة حلب اليوم إنهم يعيشون تحت «قصف» متواصل بالضرائب، وإن "
        "محالهم تتعرض لقصف يومي من الأزمات.") == []


def test_a_headline_counting_years_since_a_protest_recalls_it() -> None:
    assert _events(
        "عشرون عاماً على اعتصام ساحة المحافظة",
        "في مثل هذا اليوم قبل عشرين عاماً، تجمع مئات الطلاب أمام مبنى المحافظة في حمص "
        "مطالبين بالإفراج عن زملائهم، قبل أن تفرقهم قوات الأمن بالهراوات.") == []


def test_the_sky_fire_was_launched_from_is_no_scene() -> None:
    got = _events(
        "غارة إسرائيلية على محيط الكسوة",
        "استهدف عدوان جوي إسرائيلي فجر اليوم موقعاً عسكرياً في محيط مدينة الكسوة بريف "
        "دمشق. وقال مصدر عسكري إن الطائرات أطلقت صواريخها من فوق الجولان المحتل، ما أدى "
        "إلى مقتل جنديين.")
    assert [name for _, name in got] == ["الكسوة"], got


def test_places_a_takeover_is_said_to_complete_are_no_takeovers() -> None:
    got = _events(
        "الجيش يستعيد عين ترما ويشطر الغوطة",
        "أفاد مصدر عسكري بأن وحدات الجيش أحكمت سيطرتها أمس على بلدة عين ترما بعد معارك مع "
        "المسلحين، ليتم بذلك فصل دوما وحرستا عن باقي بلدات الغوطة.")
    assert [name for _, name in got] == ["عين ترما"], got


def test_control_exchanged_back_and_forth_is_no_takeover() -> None:
    got = _events(
        "غارات روسية تقتل ثلاثة في كفرنبودة",
        "قتل ثلاثة مدنيين اليوم بغارتين روسيتين على الحي الشرقي من بلدة كفرنبودة، التي "
        "يتبادل الطرفان السيطرة على أطرافها منذ أسبوع.")
    assert all("territory" not in kind for kind, _ in got), got
