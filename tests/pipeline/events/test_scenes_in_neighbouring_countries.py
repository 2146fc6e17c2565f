"""A neighbouring country named as the scene ("في إقليم كردستان العراق"، "على جنوب لبنان"):
the strike told there is the other country's incident, not the Syrian article's (sentences
written for these tests)."""

from __future__ import annotations

from language.tokens import tokens
from pipeline.events.veto import told_abroad
from tests.pipeline.events.extraction import extractor


def test_a_strike_in_iraqi_kurdistan_beside_one_in_syria_is_not_coded() -> None:
    events = extractor().extract(
        "مسيرة تركية تقتل مقاتلاً قرب الدرباسية",
        "قتل مقاتل من قوات سوريا الديمقراطية صباح اليوم الخميس بقصف طائرة مسيرة تركية "
        "استهدف دراجته النارية قرب مدينة الدرباسية شمال الحسكة.\n\nوفي اليوم ذاته، قصفت "
        "طائرات تركية مواقع في قضاء سنجار في إقليم كردستان العراق، ما أدى إلى مقتل أربعة "
        "أشخاص.",
        "2023-09-14T15:00:00+03:00")
    assert [(e.place_name, e.fatalities) for e in events] == [("الدرباسية", 1)]


def test_a_country_beside_syria_is_no_scene_abroad() -> None:
    # a guard: the operations may have been in Syria
    assert not told_abroad(tokens("وقالت الوزارة إنها قتلت عشرين مسلحاً في شمالي العراق "
                                  "وسوريا خلال أسبوع."))
    assert told_abroad(tokens("وشنت الطائرات غارات على مواقع في جنوب لبنان."))
