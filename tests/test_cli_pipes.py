"""Commands that fit together, run as a user runs them: subprocesses, real pipes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newswatch.cli import app
from newswatch.db import open_database
from pipeline.store import PipelineStore
from pipeline.store.tables import article_id

LABELLED = Path(__file__).resolve().parent / "data" / "events_labelled.jsonl"
NEWSWATCH = [sys.executable, "-m", "newswatch"]


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "NEWSWATCH_HOME": str(home), **extra}
    for var in ("NEWSWATCH_CONFIG", "REDIS_URL", "DATABASE_URL"):
        if var not in extra:
            env.pop(var, None)
    return env


def store_labelled_articles(home: Path, count: int) -> list[dict[str, object]]:
    """The first labelled articles, stored as the crawler stores them."""
    items = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    engine = open_database(f"sqlite:///{home / 'newswatch.db'}")
    store = PipelineStore(engine)
    for item in items[:count]:
        url = str(item["url"])
        published = datetime.fromisoformat(str(item["published"]))
        store.save_article({
            "id": article_id(url), "source": "tests", "url": url, "canonical_url": url,
            "title": item["title"], "text": item["text"], "text_hash": str(item["id"]),
            "language": "ar", "published_at": published, "fetched_at": published,
            "updated_at": published, "story_id": None, "version": 1,
        })  # fmt: skip
    engine.dispose()
    return items[:count]


def test_articles_list_jsonl_pipes_into_extract(tmp_path: Path) -> None:
    home = tmp_path / "home"
    items = store_labelled_articles(home, 4)
    lister = subprocess.Popen([*NEWSWATCH, "articles", "list", "--jsonl"], env=env_for(home),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    extractor = subprocess.run([*NEWSWATCH, "extract", "--jsonl", "-"], env=env_for(home),
                               stdin=lister.stdout, capture_output=True, text=True,
                               timeout=180)  # fmt: skip
    assert lister.stdout is not None
    lister.stdout.close()
    assert lister.wait(60) == 0, lister.stderr.read() if lister.stderr else ""
    if lister.stderr is not None:
        lister.stderr.close()
    assert extractor.returncode == 0, extractor.stderr
    out = [json.loads(line) for line in extractor.stdout.splitlines()]
    assert len(out) == len(items) and all("error" not in o for o in out)
    by_url = {str(i["url"]): i for i in items}
    listed = json.loads(subprocess.run([*NEWSWATCH, "articles", "list", "--json"],
                                       env=env_for(home), capture_output=True, text=True,
                                       timeout=60, check=True).stdout)  # fmt: skip
    for article, result in zip(listed, out, strict=True):
        assert result["id"] == article["id"]
        gold = by_url[article["url"]]["events"]
        if gold and result["events"]:  # dated by published_at, as the labels are
            assert result["events"][0]["date"] == gold[0]["date"]  # type: ignore[index]
    assert any(r["events"] and r["events"][0]["date"] for r in out)


def test_jsonl_lines_are_the_json_array_items(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store_labelled_articles(home, 3)

    def run(*args: str) -> str:
        return subprocess.run([*NEWSWATCH, "articles", "list", *args], env=env_for(home),
                              capture_output=True, text=True, timeout=60, check=True).stdout

    array = json.loads(run("--json"))
    lines = [json.loads(line) for line in run("--jsonl").splitlines()]
    assert lines == array and len(lines) == 3
    assert set(lines[0]) == {"id", "source", "url", "canonical_url", "title", "text",
                             "published_at", "fetched_at"}  # fmt: skip
    # Times keep their instant (stored in UTC): 10:00+02:00 is 08:00 UTC.
    assert lines[0]["published_at"].endswith("+00:00")


def test_eval_on_a_file_without_labels_says_so(tmp_path: Path) -> None:
    unlabelled = tmp_path / "articles.jsonl"
    unlabelled.write_text(
        "".join(json.dumps({k: v for k, v in json.loads(line).items() if k != "events"}) + "\n"
                for line in LABELLED.read_text(encoding="utf-8").splitlines()[:3]),
        encoding="utf-8",
    )  # fmt: skip
    proc = subprocess.run([*NEWSWATCH, "eval", str(unlabelled)], env=env_for(tmp_path / "h"),
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith(f"error: eval: {unlabelled} has no labels")


def test_postgresql_without_its_driver_says_what_to_install(tmp_path: Path) -> None:
    # As on a machine where psycopg was never installed: the import fails.
    code = ("import sys; sys.modules['psycopg'] = None; from newswatch.cli import main; "
            "sys.argv = ['newswatch', 'articles', 'list']; main()")
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        env=env_for(tmp_path / "home", DATABASE_URL="postgresql://nobody@127.0.0.1:1/none"),
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr == (
        "error: database.url is PostgreSQL but its driver (psycopg) is not installed: "
        "pip install 'newswatch[postgres]' (in a clone: pip install -e '.[postgres]')\n"
    )


def _commands(group: object = app, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import typer.main

    click_group = typer.main.get_command(app)
    found = [prefix]

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        for name, sub in getattr(cmd, "commands", {}).items():
            found.append((*path, name))
            walk(sub, (*path, name))

    walk(click_group, prefix)
    return found


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "newswatch")
def test_help_shows_no_type_on_flags(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output


@pytest.mark.parametrize("width", [60, 100, 200])
def test_demo_help_wraps_to_the_terminal(width: int) -> None:
    result = CliRunner().invoke(app, ["demo", "--help"], env={"COLUMNS": str(width)})
    lines = result.output.splitlines()
    start = next(n for n, line in enumerate(lines) if "Starts a replica site" in line)
    paragraph = []
    for line in lines[start:]:
        if not line.strip():
            break
        paragraph.append(line.strip())
    text = " ".join(paragraph)
    assert text.startswith("Starts a replica site on 127.0.0.1 with Arabic news items")
    assert text.endswith("Nothing leaves this machine.")
    assert all(len(line) <= width for line in lines)
    # Filled to the width, not broken where the source's lines ended ("polls / it, ...").
    assert all(len(line) > width * 0.6 for line in paragraph[:-1]), paragraph
    assert re.search(r"polls\s+it, extracts", text)
