"""Tolls an outlet revises or spells out in one sentence: its own earlier figure told in the
pluperfect, a count written after its noun in a list, and a death it takes back as a wound
(own sentences, not from any eval set)."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities


@pytest.mark.parametrize(("text", "killed"), [
    # the source's earlier count, told in the pluperfect after the current one: superseded
    ("قتل سبعة مدنيين بقصف على حي الميدان، وكانت الشبكة قد ذكرت صباحاً مقتل أربعة", 7),
    ("استشهد 9 أشخاص في الغارة، وكان الدفاع المدني قد أعلن في حصيلة أولية مقتل 6 منهم", 9),
    ("قتل عنصران من الشرطة، وكانت مصادر محلية قد تحدثت عن مقتل عنصر واحد", 2),
    # a second source speaking now still competes: the lower figure stands
    ("قتل سبعة مدنيين بقصف على حي الميدان، بينما ذكرت الشبكة مقتل أربعة", 4),
])
def test_an_earlier_figure_in_the_pluperfect_is_superseded(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the count follows a plural noun joined by "و": more dead of another side
    ("أسفرت المعارك عن مقتل 5 جنود من الجيش ومقاتلين اثنين من الفصائل", 7),
    ("قتل عنصر من الأمن وعناصر ثلاثة من المجموعة المهاجمة", 4),
    # the plural alone, no number after it: no count to add
    ("قتل 3 جنود من الجيش ومقاتلين من الفصائل في الاشتباك", 3),
])
def test_a_count_after_a_joined_plural(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the outlet takes back the deaths it reported: they were wounded
    ("نشرنا مساء أمس نبأ مقتل ثلاثة عمال بسقوط قذيفة على المعمل، وتبين لاحقاً أنهم أصيبوا "
     "بجروح ونقلوا إلى المستشفى", 0),
    ("ورد في خبرنا السابق مقتل شاب بانفجار عبوة، والصحيح أن الشاب أصيب بجروح خطيرة", 0),
    # a correction that names deaths is no retraction
    ("أصيب ثلاثة عمال بسقوط قذيفة على المعمل، وتبين لاحقاً أن أحدهم قتل على الفور", 1),
    # nor is one about something else than the dead
    ("قتل شاب بانفجار عبوة، وتبين لاحقاً أن العبوة زرعت قرب منزله", 1),
])
def test_deaths_the_outlet_corrects_to_wounds(text: str, killed: int) -> None:
    assert fatalities(text) == killed
