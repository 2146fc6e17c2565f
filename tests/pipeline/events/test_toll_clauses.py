"""Tolls read part by part: a breakdown that names every part of a count already given,
"one of" a group joined to a count, kin who died with the one a pronoun names
(``pipeline.events.toll_sentence``), and each act of a two-clause sentence with its own
clause's dead (``pipeline.events.extract``). The sentences are written for these tests in
the patterns of Arabic news reports."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities


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
