"""Tolls read part by part: a breakdown that names every part of a count already given,
"one of" a group joined to a count, kin who died with the one a pronoun names
(``pipeline.events.toll_sentence``), and each act of a two-clause sentence with its own
clause's dead (``pipeline.events.extract``). The sentences are written for these tests in
the patterns of Arabic news reports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.numbers import fatalities
from tests.pipeline.events.extraction import extractor

WHEN = datetime(2020, 3, 10, 15, 0, tzinfo=timezone(timedelta(hours=3)))


@pytest.mark.parametrize(("text", "killed"), [
    # "هم"/"منهم" opening the parts of the count already given: they add nobody
    ("وقُتل عشرة أشخاص، هم ستة من عناصر الحاجز وأربعة من المهاجمين", 10),
    ("أسفرت الاشتباكات عن مقتل تسعة مقاتلين، هم سبعة من الفصائل واثنان من عناصر النظام", 9),
    ("وأدت المواجهات إلى مقتل سبعة مسلحين، أربعة منهم من أبناء القرية وثلاثة من الغرباء", 7),
    # a subset after بينهم, and a group counted after it, still add as before
    ("قتل خمسة عناصر بينهم ضابط، و3 من مقاتلي العشائر", 8),
    ("قتل خمسة عناصر، هم ثلاثة من الشرطة", 5),
])
def test_breakdown_of_the_count_adds_nobody(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # "وأحد" before a definite plural of people: one of them, one more dead
    ("وأعلن المصدر مقتل ثلاثة جنود من الدورية وأحد المهاجمين", 4),
    ("قتل عنصران وأحد المسلحين في تبادل لإطلاق النار", 3),
    # "واحد" describing the noun before it counts nobody more
    ("قتل عنصر أمني واحد في الهجوم", 1),
])
def test_one_of_a_group_joined_to_a_count(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the kin who died "with" the one the pronoun names
    ("وانفجرت قنبلة بسيارة المختار ما أدى إلى مقتله مع ابنه", 2),
    ("سقطت قذيفة على منزلها ما تسبب بمقتلها مع طفليها", 3),
    ("ما أدى إلى مقتله مع عدد من مرافقيه", 1),
])
def test_kin_with_the_one_a_pronoun_names(text: str, killed: int) -> None:
    assert fatalities(text) == killed


def _events(title: str, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.place_pcode, e.fatalities) for e in extractor().extract(title, text, WHEN)]


def test_each_act_of_a_two_clause_sentence_keeps_its_own_dead() -> None:
    # "..., بينما قتل رجلان بعد أن ألقت مروحية برميلاً على ... كفرنبل": the two dead belong
    # with the barrel of the "بعد أن" clause, the four with the raid on Has
    found = _events("تسعة قتلى بقصف على ريف إدلب",
                    "وثق ناشطون مقتل تسعة مدنيين اليوم الثلاثاء في ريف إدلب الجنوبي.\n\n"
                    "ففي مدينة سراقب، قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على السوق "
                    "الشعبي.\n\nوقضى أربعة مدنيين جراء غارة روسية على أطراف قرية حاس غربي "
                    "مدينة كفرنبل، بينما قتل رجلان بعد أن ألقت مروحية برميلاً متفجراً على "
                    "الحي الغربي من مدينة كفرنبل.")
    assert ("C4058", 4) in found and ("C4068", 2) in found


def test_a_days_total_over_its_events_leaves_the_primary_its_own() -> None:
    # the lead's eight also counts a man no event holds: the clash keeps its own five, and
    # the raid on Has its own clause's two, not the third of "في حين قتل رجل"
    found = _events("رغم التهدئة: ثمانية قتلى في ريف إدلب",
                    "وثقت الشبكة مقتل ثمانية أشخاص، اليوم الثلاثاء، في ريف إدلب الجنوبي.\n\n"
                    "فعلى محور كفرنبودة، اندلعت اشتباكات عنيفة بين قوات النظام والفصائل، "
                    "أسفرت عن مقتل ثلاثة من عناصر النظام واثنين من الفصائل.\n\nوقتل مدنيان "
                    "جراء غارة نفذتها طائرة حربية على أطراف قرية حاس غربي مدينة كفرنبل، في "
                    "حين قتل رجل بعد أن ألقت مروحية برميلاً متفجراً على الحي الغربي من مدينة "
                    "كفرنبل.")
    assert found[0] == ("C3209", 5)
    assert ("C4058", 2) in found
