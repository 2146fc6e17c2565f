"""Scoring predicted events against gold events."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.evaluate import EvalReport, evaluate, score_article
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
