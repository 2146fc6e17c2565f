"""Wordings that name an act the report does not tell as done that day: an arrest only
attempted (sentences written for these tests, in the patterns of Syrian outlets' reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2021-03-10T12:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities)
            for e in extractor().extract(title, text, PUBLISHED)]


def _kinds(title: str, text: str) -> list[str]:
    return [kind for kind, _, _ in _events(title, text)]


# -- an arrest or abduction attempted is none ------------------------------------------------

def test_a_clash_after_an_attempted_arrest_makes_no_arrest() -> None:
    assert _kinds(
        "اشتباكات في بلدة الصنمين",
        "اندلعت اشتباكات مساء أمس في بلدة الصنمين بين شبان من البلدة وعناصر الأمن العسكري، "
        "إثر محاولة الأخيرة اعتقال مطلوبين.") == ["Armed clash"]


def test_the_attempt_s_doer_may_stand_between_it_and_the_arrest() -> None:
    assert "Arrests" not in _kinds(
        "مقتل عنصرين في الشحيل",
        "قتل عنصران من التنظيم اليوم في بلدة الشحيل برصاص شبان من البلدة، إثر محاولة عناصر "
        "من جهاز الحسبة التابع للتنظيم اعتقال أحدهم.")


def test_an_arrest_tried_with_a_verb_is_none() -> None:
    assert "Arrests" not in _kinds(
        "توتر في مدينة الميادين",
        "قتل عنصران من التنظيم في مدينة الميادين برصاص أهالي الحي بعد أن حاولوا اعتقال شاب "
        "من منزله.")
    assert "Arrests" not in _kinds(
        "اشتباك في طفس",
        "دارت اشتباكات اليوم في مدينة طفس بين مسلحين محليين ودورية أمنية حاولت أن تعتقل أحد "
        "المطلوبين.")
    assert "Arrests" not in _kinds(
        "Clashes in Tafas",
        "Clashes broke out in Tafas on Tuesday after security forces attempted to arrest two "
        "wanted men.")


def test_an_arrest_told_by_its_own_verb_after_an_attempt_is_made() -> None:
    assert _kinds(
        "اعتقال شاب في حماة",
        "حاول شاب الفرار من حاجز للأمن العسكري في مدينة حماة اليوم فاعتقلته الدورية.") \
        == ["Arrests"]
    assert _kinds(
        "اعتقال شبان في الصنمين",
        "اعتقلت قوات الأمن اليوم خمسة شبان في مدينة الصنمين بعد محاولتهم الفرار من حاجز.") \
        == ["Arrests"]
