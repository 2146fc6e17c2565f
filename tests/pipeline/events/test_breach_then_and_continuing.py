"""A truce said to be of a recalled time ("رغم اتفاق وقف إطلاق النار المبرم آنذاك") ties its
concessive to that past act, not to today's; and a lead saying in the outlet's voice who goes
on breaking a truce ("واصلت قوات النظام خرق الهدنة، إذ قصفت ...") covers those parties'
acts wherever the article tells them, not the other side's fire, with its headline read the
same way. Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2021-04-14T18:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_a_truce_of_the_recalled_time_is_not_broken_today() -> None:
    events = _events(
        "مقتل ثلاثة مدنيين بقصف مدفعي على بلدة تل تمر",
        "قتل ثلاثة مدنيين صباح اليوم الأربعاء بقصف مدفعي تركي استهدف منازل في بلدة تل تمر "
        "بريف الحسكة الشمالي الغربي.\n\n"
        "وقال مصدر طبي إن القتلى من عائلة واحدة، بينهم طفل.\n\n"
        "يذكر أن القوات التركية كانت قد سيطرت على مناطق واسعة شمال البلدة خريف عام 2019، "
        "رغم اتفاق وقف إطلاق النار الذي أعلنته أنقرة وواشنطن آنذاك.",
    )
    assert events and events[0].fatalities == 3
    assert not any(e.ceasefire_breach for e in events), events


_CONTINUING = (
    "واصلت قوات النظام والطائرات الروسية اليوم الأربعاء خرق اتفاق وقف إطلاق النار في "
    "منطقة إدلب، إذ قصفت المدفعية قرية البارة في جبل الزاوية بعشرات القذائف.\n\n"
    "وفي ريف حماة الشمالي، قتل مدنيان اثنان بقذائف صاروخية أطلقتها فصائل المعارضة على "
    "مدينة محردة.\n\n"
)


def test_a_lead_naming_who_goes_on_breaking_does_not_cover_the_other_side() -> None:
    events = _events("خروقات جديدة لاتفاق وقف إطلاق النار في إدلب وحماة", _CONTINUING)
    by_place = {e.place_name: e.ceasefire_breach for e in events}
    assert by_place.get("محردة") is False, events


def test_the_parties_acts_are_breaches_beyond_the_instance_the_lead_names() -> None:
    events = _events(
        "مقتل مدنيين بقصف في حلب وحماة",
        "واصلت قوات النظام اليوم الأربعاء خرق اتفاق وقف إطلاق النار، حيث قصفت مدفعيتها "
        "بلدة الأتارب في ريف حلب الغربي.\n\n"
        "وفي ريف حماة الشمالي، قتل مدنيان بقصف صاروخي لقوات النظام على بلدة كفرزيتا.",
    )
    by_place = {e.place_name: e.ceasefire_breach for e in events}
    assert by_place.get("كفرزيتا") is True, events
