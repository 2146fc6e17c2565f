"""Tolls with their dead listed before "حتفهم" or after "سقط خلالها", the dead of a funeral
and of a mourning, days that count a truce's days or name the dead, a party left out named
by its noun, and each kind of one sentence with its own clause's dead. Sentences written for
these tests."""

from __future__ import annotations

from datetime import datetime

import pytest
from extraction import extractor as _extractor

from pipeline.events.dates import event_date_in
from pipeline.events.numbers import fatalities
from pipeline.models import Event

PUBLISHED = "2020-02-13T21:00:00+02:00"  # a Thursday
WHEN = datetime.fromisoformat(PUBLISHED)


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


@pytest.mark.parametrize(("sentence", "dead"), [
    # the dead listed between "لقي" and "حتفهم", however long the list
    ("ولقي أربعة مقاتلين من فصائل المعارضة وسبعة عناصر من قوات النظام والميليشيات الرديفة "
     "حتفهم في المعارك.", 11),
    # "سقط خلالها": the fight's dead, named after "من" in construct
    ("واندلعت مواجهات عنيفة في محيط البلدة، سقط خلالها خمسة من مقاتلي الفصائل.", 5),
    ("واندلعت مواجهات عنيفة في محيط البلدة، سقط خلالها خمسة من مقاتلي الفصائل جرحى.", 0),
    # the one buried died before the funeral
    ("قتل شابان برصاص الأمن خلال موكب تشييع أحد أبناء القرية الذي قضى أول أمس.", 2),
    ("فتح عناصر الحاجز النار على المشيعين أثناء تشييع شاب قتل يوم الأحد.", 0),
    ("أطلق عناصر الحاجز النار على تشييع في القرية ما أدى إلى مقتل ثلاثة.", 3),
])
def test_who_the_sentence_counts(sentence: str, dead: int) -> None:
    assert fatalities(sentence) == dead


@pytest.mark.parametrize(("sentence", "day"), [
    # the day of the mourning is not the day of the deaths
    ("وقتل في الاشتباكات جنديان، نعتهما صفحات موالية صباح اليوم.", None),
    ("وقتل جنديان في الاشتباكات صباح اليوم.", "2020-02-13"),
    # the dead named by the day they died
    ("شابان برصاص الأمن خلال تشييع شهيد الجمعة", None),
    # a truce's day counted, not today
    ("مراقبة التهدئة - اليوم 9: قصف على بلدتين", None),
    ("قتل اليوم 4 مدنيين بقصف على البلدة", "2020-02-13"),
])
def test_the_day_a_sentence_dates_its_act_to(sentence: str, day: str | None) -> None:
    found = event_date_in(sentence, WHEN)
    assert (found.isoformat() if found else None) == day


def test_a_clash_and_a_strike_of_one_sentence_keep_their_own_clauses_dead() -> None:
    text = ("وثق ناشطون مقتل ستة أشخاص أمس الأربعاء في عدة محافظات:\n\n"
            "إدلب: قتل مدني بقصف مدفعي على بلدة سرمين.\n\n"
            "حماة: قتل خمسة مقاتلين من الفصائل خلال اشتباكات مع قوات النظام في محيط بلدة "
            "كفرزيتا، بينما تعرضت أطراف البلدة لقصف من الطيران الحربي لم ترد معلومات عن "
            "خسائر بشرية جراءه.")
    dead = {e.sub_event_type: e.fatalities for e in _events("حصيلة الأربعاء", text)
            if e.place_name == "كفرزيتا"}
    assert dead == {"Armed clash": 5, "Air/drone strike": 0}


def test_a_truce_day_and_a_party_left_out_by_its_noun() -> None:
    text = ("في اليوم التاسع من سريان التهدئة، سجل ناشطون أمس الأربعاء عدداً من الخروقات.\n\n"
            "حمص: قتل مدني جراء قذائف أطلقتها قوات النظام على مدينة الرستن، في خرق جديد "
            "للتهدئة.\n\n"
            "دير الزور: قتل مدنيان جراء قذائف أطلقها تنظيم «الدولة الإسلامية» على حي الجورة "
            "في مدينة دير الزور، علماً أن التنظيم غير مشمول بالتهدئة.")
    events = _events("مراقبة التهدئة - اليوم 9: خروقات في الرستن وقصف للتنظيم على دير الزور",
                     text)
    assert {(e.place_name, e.date, e.ceasefire_breach) for e in events} == {
        ("الرستن", "2020-02-12", True), ("دير الزور", "2020-02-12", False)}
