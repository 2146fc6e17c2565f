"""Scoring extracted events against labelled articles (the shared eval format).

Per article, predicted events are paired with gold events greedily, most similar pair first
(event type, then sub-type, governorate, place, date). Pairs count as detected events;
unpaired predictions are false positives and unpaired gold events misses. Attribute
accuracies are over the pairs; the ceasefire-breach F1 counts a breach flag on an unpaired
event as an error too. Actor accuracies are over the pairs whose gold names that actor: the
gold's free-text name ("قوات النظام (الفرقة الرابعة)") is read with the extraction's actor
names for the gold event's date and governorate, and compared with the prediction's ACLED
name case- and punctuation-insensitively (``gold_actor``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from pipeline.events.actors import acled_name, find_actors, victims
from pipeline.models import Event
from pipeline.rules.actors import CIVILIANS, PROTESTERS, RIOTERS

__all__ = ["EvalReport", "Mismatch", "evaluate", "gold_actor", "read_items", "same_actor",
           "score_article"]

Gold = dict[str, Any]
_ATTRS = ("event_type", "sub_event_type", "admin1_pcode", "place_pcode", "date", "fatalities")
_ACTORS = ("actor1", "actor2")
_CROWDS = {"Protests": PROTESTERS, "Riots": RIOTERS}
# What a name keeps when compared: letters and digits, lower-cased, single spaces.
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Mismatch:
    """One error, for reading what went wrong: ``field`` is an attribute, "missed" or
    "spurious"."""

    item_id: str
    field: str
    gold: Any
    predicted: Any


@dataclass
class EvalReport:
    """Counts and the scores derived from them."""

    articles: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ATTRS, 0))
    breach_tp: int = 0
    breach_fp: int = 0
    breach_fn: int = 0
    # Pairs whose gold names the actor, and of those the ones predicted right.
    actor_scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ACTORS, 0))
    actor_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ACTORS, 0))
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.true_pos, self.true_pos + self.false_pos)

    @property
    def recall(self) -> float:
        return _ratio(self.true_pos, self.true_pos + self.false_neg)

    @property
    def f1(self) -> float:
        return _f1(self.true_pos, self.false_pos, self.false_neg)

    def accuracy(self, attr: str) -> float:
        """Share of paired events whose ``attr`` equals the gold value; for actor1 and
        actor2, of the paired events whose gold names one."""
        if attr in _ACTORS:
            return _ratio(self.actor_correct[attr], self.actor_scored[attr])
        return _ratio(self.correct[attr], self.true_pos)

    @property
    def breach_f1(self) -> float:
        return _f1(self.breach_tp, self.breach_fp, self.breach_fn)

    def scores(self) -> dict[str, float]:
        """The headline numbers by name (the targets of issue 5)."""
        out = {"detection_precision": self.precision, "detection_recall": self.recall,
               "detection_f1": self.f1}
        names = {"event_type": "event_type", "sub_event_type": "sub_event_type",
                 "admin1_pcode": "governorate", "place_pcode": "place", "date": "date",
                 "fatalities": "fatalities"}
        out.update({names[a]: self.accuracy(a) for a in _ATTRS})
        out["breach_f1"] = self.breach_f1
        out.update({a: self.accuracy(a) for a in _ACTORS})
        return out

    def table(self) -> Table:
        table = Table(title=f"Event extraction on {self.articles} articles "
                      f"({self.true_pos + self.false_neg} gold events)")
        table.add_column("metric")
        table.add_column("score", justify="right")
        for name, value in self.scores().items():
            table.add_row(name.replace("_", " "), f"{value:.3f}")
        return table


def _ratio(num: int, den: int) -> float:
    # Nothing to find and nothing found is perfect agreement.
    return num / den if den else 1.0


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def read_items(path: str | Path) -> Iterator[Gold]:
    """Labelled articles from a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _similarity(gold: Gold, pred: Event) -> float:
    return float(4.0 * (gold["event_type"] == pred.event_type)
            + 2.0 * (gold["sub_event_type"] == pred.sub_event_type)
            + 1.0 * (gold.get("admin1_pcode") == pred.admin1_pcode)
            + 1.5 * (gold.get("place_pcode") == pred.place_pcode)
            + 0.5 * (gold.get("date") == pred.date))


def _pairs(gold: list[Gold], pred: list[Event]) -> list[tuple[int, int]]:
    ranked = sorted(((_similarity(g, p), gi, pi) for gi, g in enumerate(gold)
                     for pi, p in enumerate(pred)), key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in ranked:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_article(report: EvalReport, item_id: str, gold: list[Gold],
                  pred: list[Event]) -> None:
    """Add one article's comparison to ``report``."""
    report.articles += 1
    pairs = _pairs(gold, pred)
    report.true_pos += len(pairs)
    paired_g = {g for g, _ in pairs}
    paired_p = {p for _, p in pairs}
    for gi, pi in pairs:
        _compare(report, item_id, gold[gi], pred[pi])
    for gi, g in enumerate(gold):
        if gi not in paired_g:
            report.false_neg += 1
            report.breach_fn += bool(g.get("ceasefire_breach"))
            report.mismatches.append(Mismatch(item_id, "missed", g["sub_event_type"], None))
    for pi, p in enumerate(pred):
        if pi not in paired_p:
            report.false_pos += 1
            report.breach_fp += p.ceasefire_breach
            report.mismatches.append(Mismatch(item_id, "spurious", None, p.sub_event_type))


def _compare(report: EvalReport, item_id: str, gold: Gold, pred: Event) -> None:
    for attr in _ATTRS:
        if gold.get(attr) == getattr(pred, attr):
            report.correct[attr] += 1
        else:
            report.mismatches.append(Mismatch(item_id, attr, gold.get(attr), getattr(pred, attr)))
    g, p = bool(gold.get("ceasefire_breach")), pred.ceasefire_breach
    report.breach_tp += g and p
    report.breach_fp += p and not g
    report.breach_fn += g and not p
    if g != p:
        report.mismatches.append(Mismatch(item_id, "ceasefire_breach", g, p))
    for attr in _ACTORS:
        name = gold.get(attr)
        if not isinstance(name, str) or not name.strip():
            continue  # the gold does not name this actor: nothing to score
        report.actor_scored[attr] += 1
        predicted = getattr(pred, attr)
        if same_actor(gold, attr, predicted):
            report.actor_correct[attr] += 1
        else:
            report.mismatches.append(Mismatch(item_id, attr, name, predicted))


def gold_actor(gold: Gold, attr: str) -> str | None:
    """The ACLED name of the gold's free-text actor (None when it names none): the first
    party its text names, as ACLED names it on the gold event's date and governorate;
    the crowd of a protest or riot; civilians for people named as victims ("طفلة",
    "أهالي القرية"); else the text itself."""
    name = gold.get(attr)
    if not isinstance(name, str) or not name.strip():
        return None
    parties = [p for p in find_actors(name) if p not in (CIVILIANS,)]
    crowd = _CROWDS.get(str(gold.get("event_type")))
    # (a riot's crowd is its rioters, however the gold words it: "محتجون" of a Riots event)
    if crowd is not None and attr == "actor1" and set(parties) <= {PROTESTERS, RIOTERS}:
        return crowd
    if parties:
        return acled_name(parties[0], gold.get("date"), gold.get("admin1_pcode"))
    if CIVILIANS in find_actors(name) or victims(name):
        return CIVILIANS
    return name


def same_actor(gold: Gold, attr: str, predicted: str | None) -> bool:
    """Whether ``predicted`` names the gold's actor, ignoring case and punctuation."""
    expected = gold_actor(gold, attr)
    return predicted is not None and expected is not None \
        and _folded(predicted) == _folded(expected)


def _folded(name: str) -> str:
    return _NOT_WORD.sub(" ", name.casefold()).strip()


def evaluate(items: Iterable[Gold], predict: Callable[[Gold], list[Event]]) -> EvalReport:
    """Score ``predict`` (article -> events) on labelled articles."""
    report = EvalReport()
    for item in items:
        score_article(report, str(item.get("id")), list(item.get("events") or []),
                      predict(item))
    return report
