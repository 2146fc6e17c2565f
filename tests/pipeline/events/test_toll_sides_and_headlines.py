"""Tolls spread over an article's sentences: a side's enemy neutralised and its own martyrs,
a headline that already counts a wounded man who died, a source's count after a headline's
lead, a clause of "فيما" that tells no death, and a headline's second incident outside a
district scene (own sentences, not from any eval set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2024, 3, 20, 12, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def _tolls(extractor: EventExtractor, title: str, text: str) -> dict[str | None, int | None]:
    return {e.place_name: e.fatalities for e in extractor.extract(title, text, WHEN)}


@pytest.mark.parametrize(("lead", "more", "killed"), [
    # the enemy a side neutralised, then its own men told as martyrs: both sides' dead
    ("قالت قيادة العمليات إن قواتها تمكنت من تحييد أربعة مهاجمين خلال صد هجوم على "
     "مواقعها في محيط بلدة كفرنبودة بريف حماة الشمالي صباح اليوم.",
     "وأشارت القيادة إلى أن عنصرين من قواتها استشهدا في المواجهة.", 6),
    ("أعلنت الفرقة الثانية تحييد ثلاثة عناصر من خلية هاجمت حاجزاً لها عند مدخل بلدة "
     "كفرنبودة بريف حماة الشمالي ليلة أمس.",
     "وأضافت الفرقة في بيانها أن أحد عناصر الحاجز استشهد متأثراً بإصابته.", 4),
])
def test_the_enemy_neutralised_and_the_sides_own_martyrs_add_up(
        extractor: EventExtractor, lead: str, more: str, killed: int) -> None:
    tolls = _tolls(extractor, "اشتباكات على محور كفرنبودة", f"{lead}\n\n{more}")
    assert tolls.get("كفرنبودة") == killed


def test_a_martyr_told_again_is_no_more_dead(extractor: EventExtractor) -> None:
    # the same figure, and no enemy neutralised: no second side's dead
    tolls = _tolls(extractor, "اشتباكات على محور كفرنبودة",
                   "قتل أربعة عناصر من الجيش باشتباكات مع مسلحين قرب بلدة كفرنبودة بريف حماة "
                   "صباح اليوم.\n\nونعت صفحات موالية الشهداء الأربعة.")
    assert tolls.get("كفرنبودة") == 4


def test_a_headline_death_of_the_wounded_is_no_more_dead(extractor: EventExtractor) -> None:
    tolls = _tolls(extractor, "وفاة طفل متأثراً بجراحه بعد سقوط قذيفة في بلدة الكرك الشرقي",
                   "سقطت قذيفة هاون مساء أمس على منزل في بلدة الكرك الشرقي بريف درعا، ما تسبب "
                   "بإصابة طفلين بجروح.\n\nوفي ساعات الصباح، توفي أحد المصابين متأثراً بجراحه.")
    assert tolls.get("الكرك") == 1


def test_a_wounded_man_who_dies_later_adds_to_the_bodys_toll(extractor: EventExtractor) -> None:
    tolls = _tolls(extractor, "قذيفة على بلدة الكرك الشرقي",
                   "قتل رجل وأصيب طفلان بسقوط قذيفة هاون صباح اليوم على منزل في بلدة الكرك "
                   "الشرقي بريف درعا.\n\nوبعد ساعات، توفي أحد المصابين متأثراً بجراحه.")
    assert tolls.get("الكرك") == 2


def test_a_sources_count_after_the_headlines_lead(extractor: EventExtractor) -> None:
    # the headline tells the incident, the lead tells it again, and a source's words after
    # them count the dead (its "فيما" clause tells the fighting goes on, no part of them)
    tolls = _tolls(extractor, "قسد تستأنف هجومها على جيب التنظيم في بلدة الشعفة",
                   "استأنفت قوات سوريا الديمقراطية مساء اليوم عملياتها ضد التنظيم في بلدة "
                   "الشعفة بريف دير الزور الشرقي.\n\nوذكر مصدر ميداني أن المواجهات اندلعت عند "
                   "الغروب على عدة جبهات، وأن سبعة من المسلحين قتلوا في الساعة الأولى، فيما يستمر "
                   "التقدم على أكثر من محور.")
    assert tolls.get("الشعفة") == 7


def test_a_headlines_second_incident_outside_a_district_scene(
        extractor: EventExtractor) -> None:
    # the first strike's scene is a district; the headline's dead are the second strike's
    # at a town of another district
    tolls = _tolls(extractor, "قصف يطال محطة ضخ بريف المالكية وغارة تقتل ثلاثة قرب الدرباسية",
                   "قصفت مسيرات تركية، ليلة أمس، محطة لضخ المياه بريف المالكية، ما أدى إلى "
                   "مقتل عامل فيها وتوقفها عن العمل.\n\nوبعد ساعة، استهدفت مسيرة أخرى سيارة "
                   "عسكرية قرب مدينة الدرباسية، ما أسفر عن مقتل ثلاثة من ركابها.")
    assert tolls.get("الدرباسية") == 3
    assert 1 in tolls.values()
