"""Reports of one incident in English and in Arabic join; English wire copy gives the event.

``tests/data/stories_en_ar.jsonl`` is written for the project (no outlet text): 19 incidents
that the shared Arabic clusters describe, each reported in English and in Arabic, plus
English negatives (a verdict, an anniversary, condemnations, a summit statement). First
contact (before the English rules): pairwise P 1.00 R 0.65 F1 0.79; extraction detection F1
0.93, sub-type 0.84. After: P 1.00 R 1.00. The set guided the fixes: it guards, not estimates.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import fatalities
from pipeline.settings import PipelineSettings
from pipeline.stories.stories import score_labelled

SET = Path(__file__).resolve().parents[2] / "data" / "stories_en_ar.jsonl"
WEDNESDAY = datetime(2021, 10, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_english_and_arabic_reports_join() -> None:
    precision, _, f1 = score_labelled(SET, PipelineSettings())
    assert precision >= 0.95 and f1 >= 0.90


def test_english_reports_give_the_gold_event(extractor: EventExtractor) -> None:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    hits = 0
    for row in rows:
        got = extractor.extract(row["title"], row["text"], datetime.fromisoformat(row["published"]))
        gold = row["events"]
        if not gold:
            hits += not got
            continue
        hits += bool(got) and (got[0].sub_event_type, got[0].place_pcode, got[0].date) == (
            gold[0]["sub_event_type"], gold[0]["place_pcode"], gold[0]["date"])
    assert hits / len(rows) >= 0.9


@pytest.mark.parametrize(("text", "sub_type", "place"), [
    ("Two bombs planted on an army bus exploded in central Damascus on Wednesday, "
     "killing 14 people.", "Remote explosive/landmine/IED", "C1001"),
    ("A drone attack on a graduation ceremony at the Homs military academy killed "
     "at least 80 people on Wednesday.", "Air/drone strike", "C2528"),
    ("A car bomb exploded in Azaz, north of Aleppo, on Wednesday, killing six people.",
     "Remote explosive/landmine/IED", "C1564"),
    ("Government forces shelled the town of Ariha in Idlib province on Wednesday, "
     "killing three civilians.", "Shelling/artillery/missile attack", "C4278"),
    ("A suspected chlorine attack on the town of Douma killed 20 people on Wednesday.",
     "Chemical weapon", "C2338"),
    ("Clashes in the town of Thiban in eastern Deir ez-Zor killed five fighters on "
     "Wednesday, a war monitor said.", "Armed clash", "C5202"),
])
def test_english_patterns(extractor: EventExtractor, text: str, sub_type: str,
                          place: str) -> None:
    events = extractor.extract("", text, WEDNESDAY)
    assert events and (events[0].sub_event_type, events[0].place_pcode) == (sub_type, place)
    assert events[0].date == "2021-10-20"


def test_english_statements_are_no_arrests(extractor: EventExtractor) -> None:
    text = ("A court sentenced a former officer to life in prison on Wednesday; prosecutors "
            "said thousands of detainees were tortured.")
    assert not [e for e in extractor.extract("", text, WEDNESDAY)
                if e.sub_event_type == "Arrests"]


@pytest.mark.parametrize(("text", "toll"), [
    ("Two bombs exploded, killing 14 people.", 14),
    ("At least 80 dead in the attack.", 80),
    ("14 people were killed in the blast.", 14),
    ("A doctor was killed when a bomb exploded.", 1),
    ("A man was shot dead near his home.", 1),
    ("An air strike killed 3 people.", 3),
    ("Drones struck the ceremony, killing dozens of people.", None),
    ("No one was killed.", 0),
])
def test_english_tolls(text: str, toll: int | None) -> None:
    assert fatalities(text) == toll


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Russian warplanes struck a market in the town of Ariha on Wednesday, killing nine "
     "civilians.", "Military Forces of Russia", "Civilians (Syria)"),
    ("A Turkish drone strike killed two people near Qamishli on Wednesday.",
     "Military Forces of Turkey", "Civilians (Syria)"),
    ("Government forces shelled the town of Ariha on Wednesday, killing three people.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
])
def test_english_actors(extractor: EventExtractor, text: str, actor1: str, actor2: str) -> None:
    events = extractor.extract("", text, WEDNESDAY)
    assert events and (events[0].actor1, events[0].actor2) == (actor1, actor2)
