"""Acts an allegation names, that a statement rejects or calls staged, and the deeds a group
is said to have been responsible for, are no incidents of the day; nor do the arrests of a
headline's other clause break up its protest (sentences written for these tests, in the
patterns of real reports)."""

from __future__ import annotations

from pipeline.events.classify import analyse, sentence_types
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2021-04-06T15:00:00+03:00"


def _kinds(title: str, text: str) -> list[str]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [e.sub_event_type for e in extractor.extract(title, text, PUBLISHED)]


def _triggers(text: str) -> set[str]:
    return {h.label for h in analyse("", text, 2021)[1].triggers}


def test_a_rejected_accusation_reports_no_attack() -> None:
    # (the rejection's own reach as a statement ends ten words on)
    assert _kinds("الخارجية ترد على اتهامات غربية",
                  "أكدت وزارة الخارجية اليوم رفضها القاطع للاتهامات التي تكررها عواصم غربية "
                  "ومنظمات دولية كثيرة حول استخدام وحدات الجيش غاز الكلور في قرية التمانعة "
                  "بريف إدلب.") == []


def test_claims_and_staged_footage_are_no_attack() -> None:
    assert _kinds("بيان للجيش",
                  "وقال الجيش إن قنوات معادية تبث منذ الصباح مزاعم عن غارة جوية استهدفت سوقاً "
                  "شعبياً في مدينة أريحا بريف إدلب.") == []
    assert _triggers("قال المركز إن مجموعات تعد مقاطع مفبركة عن هجوم بغازات سامة على بلدة "
                     "كنصفرة.") == set()


def test_what_a_cell_was_responsible_for_is_no_incident() -> None:
    assert _triggers("وقالت القوى في بيان إن الخلية كانت مسؤولة عن تنفيذ عمليات قتل داخل "
                     "المخيم.") == set()


def test_an_accusation_that_tells_the_attack_still_reports_it() -> None:
    assert _kinds("قصف على كفرنبل",
                  "اتهم ناشطون قوات النظام بقصف بلدة كفرنبل بقذائف المدفعية صباح اليوم، ما "
                  "أدى إلى دمار في منازل المدنيين.") == ["Shelling/artillery/missile attack"]


def test_the_arrests_of_a_headlines_other_clause_did_not_break_up_its_protest() -> None:
    sentences = analyse("الشرطة تعتقل مهربين في بلدة نصيب.. وطلاب درعا يحتجون على رفع الأقساط",
                        "", 2021)
    assert "Peaceful protest" in sentence_types(sentences[0], sentences)
    assert "Protest with intervention" not in sentence_types(sentences[0], sentences)
    # the crowd's own clause still tells its arrests
    sentences = analyse("مظاهرة في درعا.. والشرطة تعتقل عدداً من المحتجين", "", 2021)
    assert "Protest with intervention" in sentence_types(sentences[0], sentences)
