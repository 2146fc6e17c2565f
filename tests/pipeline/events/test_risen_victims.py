"""A toll of victims that rises after the dead of an attack were told is its death toll;
victims alone count the wounded too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import risen_victims
from pipeline.settings import PipelineSettings

PUBLISHED = "2026-01-18T16:20:00+03:00"
LEAD = ("قتل ستة مدنيين صباح اليوم بانفجار سيارة مفخخة في سوق مدينة منبج بريف حلب الشرقي.\n\n"
        "وقال الدفاع المدني إن فرقه نقلت الجرحى إلى مشفى المدينة.\n\n")


def _tolls(title: str, text: str) -> list[int | None]:
    extractor = EventExtractor.from_settings(PipelineSettings())
    return [e.fatalities for e in extractor.extract(title, text, PUBLISHED)]


@pytest.mark.parametrize("risen", ["وأعلنت مصادر طبية مساء اليوم ارتفاع عدد الضحايا إلى 9.",
                                   "وارتفعت حصيلة الضحايا مساء اليوم إلى 9.",
                                   "وفي وقت لاحق ارتفع عدد ضحايا التفجير إلى تسعة."])
def test_victims_counted_again_after_the_dead_are_the_dead(risen: str) -> None:
    assert _tolls("قتلى بانفجار في منبج", LEAD + risen) == [9]


def test_victims_alone_give_no_toll() -> None:
    got = _tolls("ضحايا بانفجار في منبج",
                 "انفجرت سيارة مفخخة صباح اليوم في سوق مدينة منبج بريف حلب الشرقي، ما أسفر "
                 "عن سقوط ضحايا.\n\nوأعلنت مصادر طبية مساء اليوم ارتفاع عدد الضحايا إلى 9.")
    assert got == [None]


def test_the_figure_of_a_rising_toll_of_victims() -> None:
    assert risen_victims("ارتفع عدد الضحايا إلى 12") == 12
    assert risen_victims("بلغ عدد الضحايا 12") is None  # no rising toll
    assert risen_victims("ارتفع عدد القتلى إلى 12") is None  # the dead: risen_toll's
