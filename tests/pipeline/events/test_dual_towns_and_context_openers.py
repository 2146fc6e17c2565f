"""Two towns named with a nominative dual ("شهدت مدينتا X وY وقفات"), the incident a crowd
condemns in its demands ("والتنديد بحادثة X"), and a sentence opened by a bare "وفي السياق،"
that tells another act. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2025-09-16T20:00:00+03:00"  # a Tuesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_two_cities_in_the_nominative_dual_are_two_protests() -> None:
    events = _events(
        "وقفات في حماة وحمص",
        "شهدت مدينتا حماة وحمص، مساء اليوم الثلاثاء، وقفات احتجاجية شارك فيها العشرات "
        "للمطالبة بتحسين الخدمات. ورفع المشاركون لافتات قبل أن يتفرقوا بهدوء.",
    )
    protests = {e.place_pcode for e in events if e.sub_event_type == "Peaceful protest"}
    assert protests >= {"C2987", "C2528"}  # the cities of Hama and Homs


def test_the_incident_a_crowd_condemns_is_not_where_it_stood() -> None:
    events = _events(
        "وقفة احتجاجية في ريف اللاذقية",
        "نظم العشرات من الأهالي في ريف اللاذقية، بعد ظهر اليوم الثلاثاء، وقفة احتجاجية "
        "للمطالبة بمحاسبة المسؤولين والتنديد بحادثة قرية زيدل.",
    )
    assert events and "C2526" not in [e.place_pcode for e in events]  # Zaydal, in Homs


def test_bare_in_the_context_opens_another_act_of_the_day() -> None:
    events = _events(
        "توغل واعتقال في ريف القنيطرة",
        "توغلت قوة إسرائيلية صباح اليوم الثلاثاء في بلدة جباتا الخشب بريف القنيطرة واعتقلت "
        "شاباً من أبناء البلدة. وفي السياق، أنهت القوات الإسرائيلية اليوم إقامة نقطة عسكرية "
        "جديدة قرب قرية أم باطنة.",
    )
    assert "Headquarters or base established" in [e.sub_event_type for e in events]
