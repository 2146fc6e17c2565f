"""Events that a trigger word makes where the text reports none, or reports one twice: blasts
explained as a drill, a bottle called "عبوة", acts named again after "تلك", a tally's
accusation, a taking of people told in two words, a protest that "turned into" clashes, and
initials that end no sentence (sentences written for these tests, in the patterns of real
reports)."""

from __future__ import annotations

from language.tokens import sentence_spans
from pipeline.events.classify import analyse
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2024-04-09T17:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None]]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [(e.sub_event_type, e.place_name) for e in extractor.extract(title, text, PUBLISHED)]


def test_blasts_explained_as_a_drill_are_no_bombing() -> None:
    assert _events(
        "مصدر أمني يكشف حقيقة دوي الانفجارات قرب السلمية",
        "أوضح مصدر أمني أن دوي الانفجارات الذي سمعه سكان مدينة السلمية مساء اليوم ناتج عن "
        "تدريبات عسكرية تجريها وحدات الجيش في ميدان رماية شرق المدينة، نافياً وقوع أي "
        "هجوم.") == []


def test_a_bottle_of_oil_is_no_bomb() -> None:
    got = _events(
        "مسلحون يخطفون مزارعاً من قرية كفرنبودة",
        "يشكو أهالي ريف حماة الشمالي من الرسوم التي تفرضها الحواجز على كل عبوة زيت وكل "
        "كيس قمح يخرج من القرى. وأقدم مسلحون مجهولون مساء اليوم على خطف مزارع من قرية "
        "كفرنبودة بعد مداهمة منزله.")
    assert all(kind != "Remote explosive/landmine/IED" for kind, _ in got), got


def test_attacks_named_again_after_a_demonstrative_are_told_already() -> None:
    got = _events(
        "غارة بمسيرة تقتل رجلين قرب الدرباسية",
        "قتل رجلان ظهر اليوم بغارة لطائرة مسيرة على سيارة قرب مدينة الدرباسية.\n\nوتسببت "
        "تلك الاستهدافات بانقطاع المياه عن معظم أحياء رأس العين وتل تمر لأيام متتالية، وسط "
        "مخاوف من أزمة عطش.")
    assert [kind for kind, _ in got] == ["Air/drone strike"], got


def test_what_a_tally_of_breaches_accused_is_no_act_told() -> None:
    sentences = analyse(
        "خروقات للهدنة في ريف حماة",
        "أعلن مركز المصالحة الروسي في حميميم تسجيل سبعة خروقات خلال يوم، اتهم فيها فصائل "
        "المعارضة بقصف مواقع للجيش في ريف حماة.", 2016)
    assert sentences[1].triggers == []


def test_men_abducted_and_taken_away_make_one_abduction() -> None:
    got = _events(
        "مسلحون يخطفون شابين من قرية كفرجنة",
        "أقدم مسلحون يتبعون لأحد الفصائل مساء اليوم على خطف الشابين (ر. ك) و(ع. د) من قرية "
        "كفرجنة، بعد مداهمة منزليهما، واقتادوهما إلى مقر الفصيل.")
    assert [kind for kind, _ in got] == ["Abduction/forced disappearance"], got


def test_a_protest_that_turned_into_clashes_is_a_riot() -> None:
    got = _events(
        "احتجاجات غاضبة في جرابلس",
        "شهدت مدينة جرابلس ظهر اليوم احتجاجات غاضبة على مقتل شاب على الحدود، تحولت لاحقاً "
        "إلى مواجهات مع عناصر الشرطة العسكرية.")
    assert [kind for kind, _ in got] == ["Violent demonstration"], got


def test_initials_in_brackets_end_no_sentence() -> None:
    text = "خطف مسلحون المواطنين (س. ع) و(م. ح) من منزلهما. وقال الأهالي إنهم يجهلون مصيرهما."
    assert [s for _, s in sentence_spans(text)] == [
        "خطف مسلحون المواطنين (س. ع) و(م. ح) من منزلهما.",
        "وقال الأهالي إنهم يجهلون مصيرهما."]
