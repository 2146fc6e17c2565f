"""Scoring predicted events against gold events."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.evaluate import EvalReport, evaluate, gold_actor, score_article
from pipeline.models import Event


def _gold(**kw: Any) -> dict[str, Any]:
    base = {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2020-01-01",
            "admin1_pcode": "SY07", "place_pcode": "C4068", "fatalities": 2,
            "ceasefire_breach": False}
    base.update(kw)
    return base


def _pred(**kw: Any) -> Event:
    return Event(**{k: v for k, v in _gold(**kw).items()})


def test_perfect_agreement_scores_one() -> None:
    report = EvalReport()
    score_article(report, "a", [_gold()], [_pred()])
    score_article(report, "b", [], [])
    assert report.f1 == 1.0
    assert all(v == 1.0 for v in report.scores().values())
    assert report.mismatches == []


def test_missed_and_spurious_events_cost_recall_and_precision() -> None:
    report = EvalReport()
    score_article(report, "a", [_gold(), _gold(place_pcode="C1")], [_pred()])
    score_article(report, "b", [], [_pred()])
    assert (report.true_pos, report.false_pos, report.false_neg) == (1, 1, 1)
    assert report.precision == report.recall == 0.5
    assert {m.field for m in report.mismatches} == {"missed", "spurious"}


def test_pairs_prefer_the_most_similar_events() -> None:
    gold = [_gold(), _gold(event_type="Explosions/Remote violence",
                           sub_event_type="Air/drone strike", place_pcode="C2")]
    pred = [_pred(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  place_pcode="C2"), _pred()]
    report = EvalReport()
    score_article(report, "a", gold, pred)
    assert report.accuracy("sub_event_type") == 1.0
    assert report.accuracy("place_pcode") == 1.0


def test_attribute_accuracy_and_breach_f1() -> None:
    report = EvalReport()
    score_article(report, "a", [_gold(ceasefire_breach=True)], [_pred(fatalities=3)])
    score_article(report, "b", [_gold()], [_pred(ceasefire_breach=True, date="2020-01-02")])
    assert report.accuracy("fatalities") == 0.5
    assert report.accuracy("date") == 0.5
    assert report.breach_f1 == 0.0
    assert (report.breach_fp, report.breach_fn) == (1, 1)


def test_evaluate_runs_a_predictor_and_renders_a_table() -> None:
    items: list[dict[str, Any]] = [{"id": "x", "events": [_gold()]}, {"id": "y", "events": []}]
    report = evaluate(items, lambda item: [_pred()] if item["id"] == "x" else [])
    assert report.articles == 2
    assert report.f1 == pytest.approx(1.0)
    assert report.table().row_count == len(report.scores())


def test_actor_rows_extend_the_scores() -> None:
    names = list(EvalReport().scores())
    assert names[-2:] == ["actor1", "actor2"]
    assert names[:-2] == ["detection_precision", "detection_recall", "detection_f1",
                          "event_type", "sub_event_type", "governorate", "place", "date",
                          "fatalities", "breach_f1"]


def test_actors_scored_only_where_the_gold_names_them() -> None:
    report = EvalReport()
    # The gold's Arabic name is read as ACLED names it; case and punctuation do not count.
    score_article(report, "a", [_gold(actor1="قوات النظام (الفرقة الرابعة)", actor2=None)],
                  [_pred(actor1="military forces of syria 2000-2024",
                         actor2="Civilians (Syria)")])
    score_article(report, "b", [_gold(actor1="الطيران الحربي الروسي", actor2="مدنيون (طفلة)")],
                  [_pred(actor1="Military Forces of Syria (2000-2024)",
                         actor2="Civilians (Syria)")])
    assert (report.actor_scored["actor1"], report.actor_correct["actor1"]) == (2, 1)
    assert (report.actor_scored["actor2"], report.actor_correct["actor2"]) == (1, 1)
    assert report.accuracy("actor1") == 0.5 and report.accuracy("actor2") == 1.0
    assert [(m.item_id, m.field) for m in report.mismatches] == [("b", "actor1")]


@pytest.mark.parametrize(("gold", "name"), [
    # The same words name different forces by year and place.
    ({"actor1": "الجيش السوري", "date": "2016-05-01"}, "Military Forces of Syria (2000-2024)"),
    ({"actor1": "الجيش السوري", "date": "2025-05-01"}, "Military Forces of Syria (2024-)"),
    ({"actor1": "الجيش الوطني السوري", "date": "2017-06-01", "admin1_pcode": "SY12"},
     "Opposition Rebels (Syria)"),
    # A protest's crowd, victims named by who they were, and a name no list knows.
    ({"actor1": "أهالي البلدة", "event_type": "Protests"}, "Protesters (Syria)"),
    ({"actor2": "شابان من القرية"}, "Civilians (Syria)"),
    ({"actor1": "وفد تفاوضي"}, "وفد تفاوضي"),
])
def test_gold_actor_names(gold: dict[str, Any], name: str) -> None:
    attr = "actor1" if "actor1" in gold else "actor2"
    assert gold_actor(_gold(**gold), attr) == name
