"""`newswatch cluster` and `newswatch events export` through the real CLI app."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from newswatch.cli import app
from newswatch.db import open_database
from pipeline.export import ACLED_COLUMNS
from pipeline.models import Event, StoredEvent
from pipeline.store.store import PipelineStore

DATA = Path(__file__).resolve().parent / "data"


def _event(eid: str, day: str, admin1: str) -> StoredEvent:
    return StoredEvent(
        id=eid, version=1, story_id=f"s-{eid}",
        event=Event("Battles", "Armed clash", day, admin1_pcode=admin1, ceasefire_breach=True),
        sources=("north",), article_ids=(f"a-{eid}",), urls=(f"https://north.example/{eid}",),
    )  # fmt: skip


def test_cluster_prints_one_story_per_article() -> None:
    result = CliRunner().invoke(app, ["cluster", "--jsonl", str(DATA / "dedup_small.jsonl")])
    assert result.exit_code == 0, result.output
    stories = {d["id"]: d["story"] for d in map(json.loads, result.output.splitlines())}
    assert stories["ds01"] == stories["ds02"] == stories["ds03"] == "ds01"
    assert stories["ds04"] == stories["ds05"] != stories["ds01"]
    assert len({stories["ds06"], stories["ds07"], stories["ds01"]}) == 3


def test_cluster_gives_an_unreadable_line_its_error_and_clusters_the_rest(
    tmp_path: Path,
) -> None:
    lines = (DATA / "dedup_small.jsonl").read_text(encoding="utf-8").splitlines()
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([lines[0], '{"id": "x"}', "not json", *lines[1:]]) + "\n",
                     encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", "--jsonl", str(batch)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(lines) + 2
    assert rows[1]["id"] == "x" and "line 2" in rows[1]["error"]
    assert rows[2]["id"] is None and "line 3" in rows[2]["error"]
    stories = {r["id"]: r["story"] for r in rows if "story" in r}
    assert stories["ds01"] == stories["ds02"] == stories["ds03"] == "ds01"
    assert "2 article(s) could not be clustered" in result.stderr


def test_events_export_filters_and_formats(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'newswatch.db'}")
    store = PipelineStore(engine)
    at = datetime(2024, 3, 12, tzinfo=UTC)
    for eid, day, admin1 in [("e1", "2024-03-10", "SY07"), ("e2", "2024-03-11", "SY12"),
                             ("e3", "2024-03-12", "SY07")]:  # fmt: skip
        store.save_event(_event(eid, day, admin1), at)
    engine.dispose()
    base = ["--home", str(tmp_path), "events", "export"]
    runner = CliRunner()
    result = runner.invoke(app, [*base, "--format", "jsonl", "--since", "2024-03-11"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["e2", "e3"]
    out = tmp_path / "events.csv"
    result = runner.invoke(
        app, [*base, "--format", "acled-csv", "--admin1", "SY07", "--until",
              "2024-03-11T23:00:00+03:00", "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == ACLED_COLUMNS and [r["event_id_cnty"] for r in rows] == ["SYRe1"]
    result = runner.invoke(app, [*base, "--format", "geojson"])
    assert len(json.loads(result.output)["features"]) == 3
    result = runner.invoke(app, [*base, "--format", "kml"])
    assert result.exit_code != 0 and "--format" in str(result.exception)
