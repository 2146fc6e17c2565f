"""Articles that open on their background: a lead that recalls earlier events (a past month,
"منذ", an earlier year) and then a paragraph that turns to the day's news ("وفجر اليوم
..."، "ومساء أمس ..."). The incident is what the turning paragraph tells; the lead's place,
toll and date are the earlier events'. Sentences written for these tests (issue 12, dev32).
"""

from __future__ import annotations

from datetime import datetime

from pipeline.events.background import background_sentences, is_background, lead_recalled
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2025-03-03T20:00:00+03:00"  # a Monday
WHEN = datetime.fromisoformat(PUBLISHED)


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities, e.date)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_a_lead_dated_months_back_before_the_days_news_is_background() -> None:
    got = _events(
        "مقتل عنصرين من الشرطة بهجوم على حاجز في الشدادي",
        "في الخامس عشر من تشرين الأول الماضي، شنت خلايا التنظيم هجوماً واسعاً على مواقع "
        "في بلدة مركدة قتل فيه أكثر من 30 عنصراً خلال يومين.\n\n"
        "وفجر اليوم الاثنين، هاجم مسلحون حاجزاً للشرطة عند المدخل الشمالي لمدينة الشدادي، "
        "واشتبكوا مع عناصره نحو ساعة.\n\n"
        "وأسفر الاشتباك عن مقتل عنصرين من الشرطة، بحسب مصدر محلي.",
    )
    assert got[0][0] == "Armed clash" and got[0][2:] == (2, "2025-03-03"), got
    assert "الشدادي" in (got[0][1] or ""), got
    assert all(e[2] != 30 for e in got), got


def test_an_earlier_year_in_the_lead_makes_no_old_news_of_the_day() -> None:
    # the lead names an August two years back; the incident is today's
    got = _events(
        "ثلاثة قتلى بهجوم على حاجز في البصيرة",
        "لا تزال المنطقة تذكر جولات القتال: ففي أواخر آب 2023 امتدت المواجهات إلى قرى "
        "عدة وأوقعت عشرات القتلى.\n\n"
        "وفجر اليوم الاثنين، هاجم مسلحون حاجزاً عند مدخل بلدة البصيرة واشتبكوا مع عناصره، "
        "ما أسفر عن مقتل ثلاثة منهم.",
    )
    assert got and got[0][0] == "Armed clash" and got[0][3] == "2025-03-03", got


def test_the_first_day_of_a_campaign_is_not_the_page_day() -> None:
    # "في اليوم الأول" is a day of the campaign, so the lead opened by "منذ" recalls
    assert not is_background("في اليوم الأول قتل خمسة أشخاص في الغارات.")  # (no recall cue)
    lead = ("منذ مطلع الشهر الماضي لم تغب المسيرات عن سماء المنطقة، ففي اليوم الأول "
            "وحده قتل تسعة أشخاص في غارات على قرى عدة.")
    sentences = ["غارة مسيرة على سيارة قرب تل حميس", lead,
                 "وصباح اليوم الاثنين، استهدفت مسيرة سيارة في بلدة تل حميس."]
    assert is_background(lead, WHEN)
    assert lead_recalled(sentences, 2025) == frozenset({1})
    assert 1 in background_sentences(sentences, WHEN)


def test_a_lead_that_tells_the_incident_first_stays_the_lead() -> None:
    # dated to the day itself: no background, whatever a later paragraph opens with
    sentences = ["قصف على بلدة", "قتل مدنيان صباح اليوم بقصف على بلدة كفرنبل.",
                 "ومساء اليوم، قصفت المدفعية قرية حاس."]
    assert lead_recalled(sentences, 2025) == frozenset()
