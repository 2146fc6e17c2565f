"""An attack repelled with words between ("صدّت القوات، مساء أمس، هجوماً"), the town the
attackers withdrew to, fire whose source is placed before the town it hit ("مصدره مواقع
... في مدينة X طال منازل ... في بلدة Y"), where the sources are ("مصادر طبية في مدينة X"),
an agreement's terms, a negation that does not reach a speaker's next point, and "منطقة
المزارع". Sentences written for these tests (issue 12, dev32)."""

from __future__ import annotations

from pipeline.events.numbers import fatalities
from pipeline.events.places import fled_from
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2024-08-08T13:00:00+03:00"  # a Thursday


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_a_repelled_attack_is_a_clash_where_it_was_repelled() -> None:
    got = _events(
        "صد هجوم على مواقع قسد في الشحيل وقصف على الحوايج",
        "صدّت قوات سوريا الديمقراطية، مساء أمس الأربعاء، هجوماً شنّه مسلحون على نقاطها في "
        "بلدة الشحيل بريف دير الزور الشرقي.\n\n"
        "وقالت مصادر محلية إن الاشتباكات استمرت ساعتين وأسفرت عن مقتل ثلاثة من المهاجمين، "
        "فيما انسحب بقية المسلحين نحو مواقعهم في مدينة الميادين.\n\n"
        "وتزامن الهجوم مع قصف مدفعي مصدره مواقع القوات الحكومية في الميادين طال منازل "
        "المدنيين في قرية الحوايج، ما أدى إلى مقتل امرأة.",
    )
    assert got[0][0] == "Armed clash" and "الشحيل" in (got[0][1] or ""), got
    assert got[0][2] == 3, got
    assert ("Shelling/artillery/missile attack", "الحوايج", 1) in [
        (k, (p or "").removeprefix("قرية "), d) for k, p, d in got], got
    assert not any("الميادين" in (p or "") for _, p, _ in got), got


def test_where_the_attackers_withdrew_to_is_no_scene() -> None:
    text = "فيما انسحب بقية المسلحين نحو مواقعهم في مدينة الميادين"
    assert fled_from(text, text.index("الميادين"))


def test_where_the_sources_are_is_no_scene() -> None:
    got = _events(
        "قتيلان بضربة مسيرة على سيارة قرب صرين",
        "قتل مدنيان، عصر اليوم الخميس، جراء استهداف طائرة مسيرة سيارة على الطريق قرب بلدة "
        "صرين جنوبي عين العرب.\n\n"
        "وذكرت مصادر طبية في مدينة عين العرب أن بين القتيلين امرأة، وأن عدداً من الجرحى في "
        "حالة حرجة.",
    )
    assert got and "صرين" in (got[0][1] or "") and got[0][2] == 2, got
    assert len(got) == 1, got


def test_an_agreement_is_where_it_was_made_not_the_places_of_its_terms() -> None:
    got = _events(
        "الجيش يسيطر على مدينة الطبقة",
        "أعلن الجيش، اليوم الخميس، السيطرة الكاملة على مدينة الطبقة بعد معارك مع قسد.\n\n"
        "وفي وقت لاحق من مساء اليوم، أعلنت الرئاسة السورية في دمشق إبرام اتفاق على وقف "
        "إطلاق النار مع قيادة قسد يقضي بتسليم مؤسسات محافظتي الحسكة والرقة إلى الحكومة.",
    )
    agreements = [p for k, p, _ in got if k == "Agreement"]
    assert agreements == ["دمشق"], got


def test_a_negation_does_not_reach_a_speakers_next_point() -> None:
    assert fatalities("وتمكنت من تأمين السد من دون أضرار، مشيرة إلى ارتقاء أربعة من "
                      "عناصرها خلال الاشتباكات.") == 4
    assert fatalities("وتمكنت القوات من السيطرة على التلة دون سقوط قتلى.") == 0


def test_the_farms_area_is_no_village() -> None:
    got = _events(
        "غارات مجهولة قرب البوكمال",
        "قتل أربعة عناصر من ميليشيات موالية لإيران، مساء اليوم الخميس، في غارات شنتها طائرات "
        "مجهولة على مواقع في محيط مدينة البوكمال.\n\n"
        "وقالت مصادر محلية إن الغارات طالت مستودعاً للأسلحة في منطقة المزارع جنوب المدينة.",
    )
    assert not any(p and "المزارع" in p for _, p, _ in got), got


def test_guards_who_fought_the_attackers_off_clash_whatever_weapons_were_used() -> None:
    got = _events(
        "مقتل عنصرين بهجوم على حاجز في القصير",
        "قتل عنصران من الشرطة، مساء أمس الأربعاء، في هجوم شنته مجموعة مسلحة على حاجز عند "
        "مدخل مدينة القصير.\n\n"
        "وقال مسؤول محلي إن المهاجمين استخدموا الأسلحة الرشاشة والقنابل اليدوية، وإن عناصر "
        "الحاجز تصدوا لهم قرابة ساعة.",
    )
    assert got and got[0][0] == "Armed clash", got


def test_where_the_reporter_is_in_a_sub_district_is_no_scene() -> None:
    got = _events(
        "قتيلان بضربة مسيرة قرب عامودا",
        "قتل مقاتلان، مساء أمس الأربعاء، حين استهدفت طائرة مسيرة سيارة عسكرية على الطريق "
        "قرب مدينة عامودا.\n\n"
        "وقال مراسلنا في ناحية الدرباسية إن المسيرة أطلقت صاروخاً أصاب السيارة مباشرة.",
    )
    assert not any(p and "الدرباسية" in p for _, p, _ in got), got
