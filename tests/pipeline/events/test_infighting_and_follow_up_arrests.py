"""Wordings of local north-east reports: infighting ("تجدد الاقتتال بين عائلتين"), a toll
that rose "قبل أن ترتفع الحصيلة", arrests "وعقب الهجوم", the armed men of a later clause
("في حين انسحب المسلحون") who are not the dead, an outlet named "صوت X", and "البلدة المطلة
على النهر". Sentences written for these tests (issue 12, dev32)."""

from __future__ import annotations

from language.tokens import tokens
from pipeline.events.places import PlaceResolver
from pipeline.events.toll_sentence import rising
from pipeline.settings import PipelineSettings
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2024-07-14T20:00:00+03:00"  # a Sunday


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_infighting_renewed_is_a_clash_and_its_toll_rose_before_evening() -> None:
    got = _events(
        "أربعة قتلى بتجدد الاقتتال العشائري في ذيبان",
        "تجدد، فجر اليوم الأحد، الاقتتال بين عائلتين في بلدة ذيبان بريف دير الزور الشرقي، "
        "وسقط فيه قتيلان في حصيلة أولية، قبل أن ترتفع الحصيلة مساءً إلى أربعة قتلى بعد وفاة "
        "اثنين من الجرحى في مشفى هجين.\n\n"
        "وقال شهود إن المواجهات اندلعت عند أطراف البلدة المطلة على النهر.",
    )
    assert got and got[0][0] == "Armed clash" and got[0][2] == 4, got
    assert "ذيبان" in (got[0][1] or ""), got
    assert len(got) == 1, got  # "المطلة" overlooks; it is no village


def test_infighting_despite_a_truce_is_the_clash_not_the_truce() -> None:
    got = _events(
        "قتيلان بتجدد الاقتتال العشائري في ذيبان رغم هدنة الوجهاء",
        "تجدد، مساء أمس السبت، الاقتتال بين عائلتين في بلدة ذيبان بريف دير الزور الشرقي، "
        "ما أسفر عن مقتل شخصين.",
    )
    assert got and got[0][0] == "Armed clash", got


def test_a_call_to_end_infighting_is_no_clash() -> None:
    assert extractor().extract(
        "", "دعا وجهاء المنطقة في بيان أمس إلى تحريم الاقتتال وحقن الدماء.", PUBLISHED) == []


def test_a_present_rise_is_a_rise_only_as_told() -> None:
    assert rising(tokens("سقط قتيلان، قبل أن ترتفع الحصيلة إلى أربعة"))
    assert not rising(tokens("ويخشى الأهالي أن ترتفع الحصيلة خلال الساعات المقبلة"))


def test_arrests_after_the_attack_are_an_event_of_their_own() -> None:
    got = _events(
        "قتيلان بهجوم على حاجز في الشحيل",
        "فجر اليوم الأحد، هاجم مسلحون حاجزاً عند مدخل بلدة الشحيل واشتبكوا مع عناصره، ما "
        "أسفر عن مقتل عنصرين.\n\n"
        "وعقب الهجوم، نفذت القوات حملة دهم طالت عدداً من المنازل، واعتقلت خمسة شبان "
        "بتهمة المشاركة في الهجوم.",
    )
    assert ("Arrests", "الشحيل", 0) in [(k, p and p.removeprefix("بلدة "), d)
                                          for k, p, d in got], got


def test_armed_men_of_a_later_clause_are_not_the_dead_of_the_reply() -> None:
    got = _events(
        "مقتل عنصرين من الشرطة بكمين قرب صافيتا",
        "مساء أمس السبت، تعرضت دورية للشرطة لكمين على طريق صافيتا.\n\n"
        "وقال مصدر إن عناصر الدورية اشتبكوا مع المهاجمين نحو ربع ساعة، ما أسفر عن مقتل "
        "عنصرين، في حين انسحب المسلحون نحو الأحراج.",
    )
    assert got and got[0][2] == 2, got


def test_a_town_in_an_outlet_named_its_voice_is_no_place() -> None:
    resolver = PlaceResolver.from_settings(PipelineSettings())
    text = 'وقال شهود لـ"صوت عامودا" إن الطائرة أطلقت صاروخين على السيارة.'
    assert not [m for m in resolver.find(text) if m.place.pcode == "C4688"]


def test_people_counted_after_a_verb_of_stopping_were_arrested() -> None:
    got = _events(
        "حملة أمنية في عامودا",
        "اوقفت دورية مشتركة من الشرطة وقوى الأمن الداخلي، اليوم الأحد، أربعة أشخاص مطلوبين "
        "بتهم الاتجار بالسلاح في مدينة عامودا.",
    )
    assert any(k == "Arrests" and "عامودا" in (p or "") for k, p, _ in got), got
    # (stopping a bombardment counts nobody)
    assert not any(e.sub_event_type == "Arrests" for e in extractor().extract(
        "", "أوقفت القوات القصف على البلدة بعد وساطة من الوجهاء.", PUBLISHED))
