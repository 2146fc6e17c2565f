"""Score the extraction on the shared real sets: labelled articles, newswire sentences,
chemical-attack summaries and same-incident clusters.

    python bench/eval_real.py [--data ../shared/data] [--only real,dev,gsr,chem,stories]
                              [--json results.json] [--errors SET]

The texts are outlets' copyright and live outside the repository (``../shared/data`` beside
a checkout); a set that is absent is reported as skipped. Each block prints the same metrics
as the issue that asked for them, so a change can be judged against its first contact,
which ``BENCHMARKS.md`` keeps.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline.evaluate import EvalReport, evaluate, read_items
from pipeline.events.extract import EventExtractor
from pipeline.gazetteer import Gazetteer, haversine_km
from pipeline.models import Event
from pipeline.settings import PipelineSettings
from pipeline.stories.stories import StoryClusterer, cluster_articles, pairwise_scores

LABELLED = {
    "real_2011_2019": "realnews/real_2011_2019.jsonl",
    "real_2020_2026": "realnews/real_2020_2026.jsonl",
    "real_roundups": "realnews/real_roundups_negatives_clusters.jsonl",
    "dev": "eval/dev.jsonl",
}
GSR = "external/gsr_arabic_dev.jsonl"
CHEM = "external/syrianarchive_dev.jsonl"
CLUSTERS = {
    "stories_real": "realnews/real_roundups_negatives_clusters.jsonl",
    "stories_dev": "eval/dedup_dev.jsonl",
}
Scores = dict[str, float]


def _extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def _predict(extractor: EventExtractor) -> Callable[[dict[str, Any]], list[Event]]:
    def run(item: dict[str, Any]) -> list[Event]:
        published = item.get("published") or item.get("date")
        return extractor.extract(item.get("title") or "", item.get("text") or "", published)
    return run


def labelled(path: Path, extractor: EventExtractor) -> EvalReport:
    """The shared eval format (``eval/SCHEMA.md``)."""
    return evaluate(read_items(path), _predict(extractor))


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    yield from read_items(path)


def newswire(path: Path, extractor: EventExtractor, errors: bool = False) -> Scores:
    """Sentences judged for ASSAULT/PROTEST: recall and type on the positives, and the share
    of sentences judged negative that still produce an event. With ``errors``, print each
    positive missed or mistyped and each negative that fires (``--errors newswire``)."""
    predict = _predict(extractor)
    pos = found = typed = neg = fired = 0
    for row in _rows(path):
        status = row.get("gold_status")
        if status not in ("positive", "negative", "hard_negative"):
            continue
        events = predict({"text": row["text"], "date": row.get("date")})
        right = any(e.event_type == row.get("acled_type") for e in events)
        if status == "positive":
            pos += 1
            found += bool(events)
            typed += right
        else:
            neg += 1
            fired += bool(events)
        if errors and (bool(events) != (status == "positive") or (events and not right
                                                                   and status == "positive")):
            got = sorted({e.sub_event_type for e in events})
            print(f"{row['id']}\t{status}\t{'/'.join(row.get('judged_codes') or [])}\t"
                  f"gold={row.get('acled_type')!r}\tpredicted={got}\t{row['text'][:100]}")
    return {"positives": pos, "recall": found / max(pos, 1), "type": typed / max(pos, 1),
            "negatives": neg, "negatives_firing": fired / max(neg, 1)}


_Ring = list[tuple[float, float]]


def _governorate_outlines() -> list[tuple[str, list[list[_Ring]]]]:
    """(governorate p-code, its polygons, each its rings as (lon, lat): the outer ring, then
    the holes, as Rural Damascus has Damascus) from the shipped outlines."""
    data = json.loads((Path(__file__).resolve().parents[1] / "pipeline" / "data"
                       / "syria_admin1.geojson").read_text(encoding="utf-8"))
    out = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else \
            [geometry["coordinates"]]
        out.append((feature["properties"]["pcode"],
                    [[[(float(x), float(y)) for x, y, *_ in ring] for ring in polygon]
                     for polygon in polygons]))
    return out


def _in_polygon(lon: float, lat: float, rings: list[_Ring]) -> bool:
    return _inside(lon, lat, rings[0]) and not any(_inside(lon, lat, r) for r in rings[1:])


def _inside(lon: float, lat: float, ring: _Ring) -> bool:
    """Ray casting: whether the point lies inside the ring."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def chemical(path: Path, extractor: EventExtractor, gazetteer: Gazetteer) -> Scores:
    """Syrian Archive summaries: the event that best answers each (a Chemical weapon one if
    any), scored for sub-type, governorate of the point, distance and date.

    The governorate of the point is the outline that contains it (the set's README: "in the
    governorate of (lat, lon)"); ``governorate_nearest`` is the older reading, the
    governorate of the nearest community, which puts the quarters of Damascus city on its
    edge (Jobar, Qaboun) in Rural Damascus, whose villages lie closer than the one
    community that stands for the city."""
    predict = _predict(extractor)
    places = [p for p in map(gazetteer.get, gazetteer.pcodes()) if p and p.level == 4]
    outlines = _governorate_outlines()
    n = chem = gov = gov_nearest = near = day = 0
    for row in _rows(path):
        if row.get("summary_boilerplate_only"):
            continue
        n += 1
        events = predict({"text": row["text"], "title": row.get("title_ar"),
                          "date": row.get("date")})
        if not events:
            continue
        event = next((e for e in events if e.sub_event_type == "Chemical weapon"), events[0])
        chem += event.sub_event_type == "Chemical weapon"
        lat, lon = float(row["lat"]), float(row["lon"])
        nearest = min(places, key=lambda p: haversine_km(lat, lon, p.lat, p.lon))
        gov_nearest += event.admin1_pcode == nearest.admin1_pcode
        within = next((code for code, polygons in outlines
                       if any(_in_polygon(lon, lat, rings) for rings in polygons)),
                      nearest.admin1_pcode)
        gov += event.admin1_pcode == within
        if event.latitude is not None and event.longitude is not None:
            near += haversine_km(lat, lon, event.latitude, event.longitude) <= 10.0
        if event.date and row.get("date"):
            gap = abs((date.fromisoformat(event.date) - date.fromisoformat(row["date"])).days)
            day += gap <= 1
    return {"items": n, "chemical_weapon": chem / max(n, 1), "governorate": gov / max(n, 1),
            "governorate_nearest": gov_nearest / max(n, 1),
            "within_10km": near / max(n, 1), "date_pm1": day / max(n, 1)}


def stories(path: Path, extractor: EventExtractor) -> Scores:
    """Pairwise precision/recall/F1 of the story grouping against ``cluster`` labels; an
    item without one is a cluster of its own."""
    rows = list(_rows(path))
    items = [{"id": r["id"], "title": r.get("title") or "", "text": r.get("text") or "",
              "source": r.get("outlet") or r.get("source") or r["id"],
              "published": datetime.fromisoformat(r["published"])} for r in rows]
    settings = PipelineSettings()
    got = cluster_articles(items, extractor, StoryClusterer.in_memory(settings))
    p, r, f = pairwise_scores({x["id"]: x.get("cluster") or x["id"] for x in rows}, got)
    return {"precision": p, "recall": r, "f1": f}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--only", default="real,dev,gsr,chem,stories")
    parser.add_argument("--json", type=Path, help="Also write the scores here.")
    parser.add_argument("--errors", default="", help="Print the mismatches of this set.")
    args = parser.parse_args(argv)
    want = set(args.only.split(","))
    extractor = _extractor()
    results: dict[str, Any] = {}
    for name, rel in LABELLED.items():
        if ("dev" if name == "dev" else "real") not in want:
            continue
        path = args.data / rel
        if not path.is_file():
            results[name] = "skipped: absent"
            continue
        report = labelled(path, extractor)
        results[name] = {k: round(v, 3) for k, v in report.scores().items()}
        if args.errors == name:
            for m in report.mismatches:
                print(f"{m.item_id}\t{m.field}\tgold={m.gold!r}\tpredicted={m.predicted!r}")
    if "gsr" in want and (args.data / GSR).is_file():
        results["newswire"] = _rounded(newswire(args.data / GSR, extractor,
                                                args.errors in ("newswire", "gsr")))
    if "chem" in want and (args.data / CHEM).is_file():
        results["chemical"] = _rounded(chemical(args.data / CHEM, extractor,
                                                Gazetteer.default()))
    if "stories" in want:
        for name, rel in CLUSTERS.items():
            if (args.data / rel).is_file():
                results[name] = _rounded(stories(args.data / rel, extractor))
    for name, value in results.items():
        print(f"{name:16} {json.dumps(value, ensure_ascii=False)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    return 0


def _rounded(scores: Scores) -> Scores:
    return {k: round(v, 3) for k, v in scores.items()}


if __name__ == "__main__":
    sys.exit(main())
