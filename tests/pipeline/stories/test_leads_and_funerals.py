"""Issue 12 item 9, with articles written for these tests: a local outlet's dateline line is
not the lead a quarter is read from; a funeral is not the killing it mourns; a headline's
event is of the day the body gives it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pipeline.models import Event
from pipeline.settings import PipelineSettings
from pipeline.stories.stories import (
    IncidentKey,
    Report,
    StoryClusterer,
    Verdict,
    _skeleton,
    _verdict,
    funeral,
    same_story,
    sites,
)

HOMS: dict[str, Any] = {"admin1_pcode": "SY04", "place_pcode": "C2528", "latitude": 34.72272,
        "longitude": 36.71482, "geo_precision": 1}  # fmt: skip
STRIKE = ("Explosions/Remote violence", "Air/drone strike")
FORCE = ("Protests", "Excessive force against protesters")


def test_a_dateline_line_is_not_the_lead_sites_are_read_from() -> None:
    text = ("حمص – مراسلنا\n\nقتل ثلاثة مدنيين مساء اليوم بغارة على بناء في حي الخالدية "
            "بمدينة حمص. وأصيب آخرون.")
    assert sites("غارة تقتل ثلاثة مدنيين", text) == frozenset({_skeleton("الخالدية")})
    # A first line that is a sentence of its own stays the lead.
    told = "قتل مدنيان – بحسب ناشطين – في حي الوعر بحمص.\nوأصيب آخرون في حي الخالدية."
    assert sites("", told) == frozenset({_skeleton("الوعر")})


def report(deaths: int, title: str, text: str, kind: tuple[str, str] = STRIKE,
           day: str = "2016-05-10") -> Report:
    key = IncidentKey.from_event(Event(*kind, day, fatalities=deaths, **HOMS))
    return Report((key,), frozenset({"C2528"}), 1, 1, sites(title, text), False, funeral(title))


def test_two_quarters_are_told_apart_past_their_datelines() -> None:
    morning = report(7, "مجزرة بالبراميل في حي الوعر",
                     "حمص – شبكة الأخبار\n\nقتل سبعة مدنيين صباح اليوم ببرميلين على حي الوعر.")
    evening = report(3, "برميل يقتل ثلاثة بعد ساعات من مجزرة الوعر",
                     "حمص – مراسلنا\n\nقتل ثلاثة مدنيين مساء اليوم ببرميل على حي الخالدية.")
    assert _verdict(evening, morning) is Verdict.DIFFERENT
    assert same_story(evening, morning, 0.0, 0.5) == 0


def test_a_funeral_is_not_the_killing_it_mourns() -> None:
    assert funeral("تشييع ضحايا الأمس يتحول إلى مظاهرة") and funeral("Mourners fired on in Homs")
    assert funeral("الأمن يطلق النار على المشيعين") and funeral("قتيلان في جنازة بحمص")
    assert not funeral("مقتل ثلاثة من الشيعة بقصف على حمص")
    killing = report(4, "أربعة قتلى برصاص الأمن في مظاهرة بحمص",
                     "قتل أربعة متظاهرين اليوم برصاص الأمن.", FORCE)
    burial = report(0, "تشييع قتلى حمص يتحول إلى مظاهرة حاشدة",
                    "شيع الآلاف اليوم قتلى الأمس في موكب تحول إلى مظاهرة.", FORCE)
    assert _verdict(burial, killing) is Verdict.DIFFERENT
    assert same_story(burial, killing, 0.0, 0.5) == 0
    # Two reports of the funeral are one.
    again = report(2, "قتيلان برصاص الأمن خلال تشييع قتلى حمص",
                   "قتل شابان اليوم حين أطلق الأمن النار على موكب التشييع.", FORCE)
    assert same_story(again, burial, 0.0, 0.5) > 0
    assert Report.from_dict(burial.to_dict()) == burial


# Al-Ariqa (C6243) in As-Sweida (SY13); Umm ar-Rumman (C6207), another village of the governorate.
ARIQA: dict[str, Any] = {"admin1_pcode": "SY13", "place_pcode": "C6243", "latitude": 32.88855,
         "longitude": 36.48458, "geo_precision": 1}  # fmt: skip
SWEIDA: dict[str, Any] = {"admin1_pcode": "SY13", "place_pcode": "SY13", "latitude": 32.74857,
          "longitude": 36.84675, "geo_precision": 3}  # fmt: skip
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def test_a_headlines_event_takes_the_day_its_body_gives_it() -> None:
    clusterer = StoryClusterer.in_memory(PipelineSettings())
    title = "مقتل شابين بهجوم على أطراف بلدة العريقة"
    body = "قتل شابان مساء أمس الثلاثاء خلال هجوم على الأطراف الغربية لبلدة العريقة."
    published = datetime(2025, 9, 10, 9)
    # The headline's event stands at the publication day; the body's, the day before.
    events = [Event(*ATTACK, "2025-09-10", fatalities=2, evidence=title, **ARIQA),
              Event(*CLASH, "2025-09-09", fatalities=2, evidence=body, **SWEIDA)]
    later = clusterer.report(title, body, events, published)
    assert later.keys[0].date is not None and later.keys[0].date.isoformat() == "2025-09-09"
    other_side = clusterer.report(
        "مقتل عنصر أمن بهجوم قرب العريقة",
        "قتل عنصر من الأمن مساء اليوم بهجوم على نقطة قرب بلدة العريقة.",
        [Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2025-09-09",
               fatalities=1, evidence="قتل عنصر من الأمن مساء اليوم بهجوم على نقطة.",
               **ARIQA)],
        datetime(2025, 9, 9, 23))
    assert _verdict(later, other_side) is Verdict.SAME
    # A body event at another town is another incident: the headline's keeps its day.
    elsewhere = {**ARIQA, "place_pcode": "C6207", "latitude": 32.42407, "longitude": 36.6221}
    recalled = [events[0], Event(*CLASH, "2025-09-09", fatalities=1, evidence=body, **elsewhere)]
    kept = clusterer.report(title, body, recalled, published)
    assert kept.keys[0].date is not None and kept.keys[0].date.isoformat() == "2025-09-10"


def test_funeral_answers_as_the_word_by_word_rule() -> None:
    # ``funeral`` looks at a word's stems only when an ending of the funeral words' lengths
    # is one of them: the answer must be the one of trying every stem of every word.
    from language.tokens import Proclitics, plain_words
    from pipeline.stories.stories import _FUNERAL

    clitics = Proclitics(min_stem=3)
    titles = ["وتشييع ضحايا القصف في حمص", "بجنازة الشهداء", "الشيعة في حمص", "شيع", "و",
              "Funerals and mourners", "للمشيعين قرب الجامع", "جنازات", "", "ولل"]
    for title in titles:
        plain = any(w in _FUNERAL or any(s in _FUNERAL for s in clitics.stems(w))
                    for w in plain_words(title))
        assert funeral(title) is plain, title


def test_incident_key_to_dict_lists_the_fields_in_order() -> None:
    from dataclasses import fields

    key = IncidentKey("violence", "Air/drone strike", datetime(2016, 5, 10).date(), "SY04",
                      "SY0400", "C2528", 1, 34.7, 36.7, 4)
    data = key.to_dict()
    assert list(data) == [f.name for f in fields(IncidentKey)]
    assert data["date"] == "2016-05-10" and IncidentKey.from_dict(data) == key
