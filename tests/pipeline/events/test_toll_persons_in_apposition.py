"""A count followed by who they were, in apposition ("مدنيان، رجل وفتى"): the persons named
are the ones counted, no more dead. Sentences written for these tests (issue 12, dev42)."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities


@pytest.mark.parametrize(("sentence", "dead"), [
    ("أحصى المرصد مقتل مدنيين اثنين، رجل وفتى، بقذائف سقطت على البلدة ظهر اليوم", 2),
    ("قضى مدنيان، امرأة وطفل، بغارة على القرية مساء أمس", 2),
    ("قتل ثلاثة مدنيين، طفلان وامرأة، بقصف على الحي صباح اليوم", 3),
])
def test_the_persons_named_after_a_count_are_the_counted(sentence: str, dead: int) -> None:
    assert fatalities(sentence) == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    # guards (pass on main as well): persons joined to the count by "و" are more dead
    ("قتل مدنيان وطفل بقصف على الحي صباح اليوم", 3),
    ("قتل رجل وطفل بغارة على القرية مساء أمس", 2),
])
def test_persons_joined_to_a_count_add_to_it(sentence: str, dead: int) -> None:
    assert fatalities(sentence) == dead
