"""Sub-commands: ``cluster`` (stories of a JSONL file) and ``events export``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any, TextIO
from urllib.parse import urlsplit

import typer

from newswatch.context import AppContext
from newswatch.errors import UserError

events_app = typer.Typer(help="Stored incidents: export them for analysts.", no_args_is_help=True)


def cluster(
    ctx: typer.Context,
    jsonl: Annotated[
        Path, typer.Option("--jsonl", help="Articles, one JSON object a line.", exists=True)
    ],
) -> None:
    """Group articles into stories (one per incident); prints {"id", "story"} per article.

    Runs in memory: no database or Redis is touched. A line that cannot be read, or an
    article that fails, gives `{"id", "error"}` in its place and the batch goes on.
    """
    from pipeline.events.extract import EventExtractor
    from pipeline.stories.stories import StoryClusterer, cluster_articles

    app_ctx: AppContext = ctx.obj
    settings = app_ctx.settings.pipeline
    parsed = [_article(line, n) for n, line in enumerate(_lines(jsonl), 1)]
    items = [p for p in parsed if "error" not in p]
    errors: dict[str, str] = {}
    stories = cluster_articles(
        items, EventExtractor.from_settings(settings), StoryClusterer.in_memory(settings),
        errors,
    )
    for item in parsed:
        if "error" in item:
            typer.echo(json.dumps(item, ensure_ascii=False))
        elif item["id"] in errors:
            typer.echo(json.dumps({"id": item["id"], "error": errors[item["id"]]},
                                  ensure_ascii=False))
        else:
            typer.echo(json.dumps({"id": item["id"], "story": stories[item["id"]]}))
    failed = sum("error" in p for p in parsed) + len(errors)
    if failed:
        typer.echo(f"{failed} article(s) could not be clustered", err=True)


def _lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [line for line in handle if line.strip()]


def _article(line: str, number: int) -> dict[str, Any]:
    """An article of the batch, or ``{"id", "error"}`` for a line that cannot be one."""
    item: Any = None
    try:
        item = json.loads(line)
        published = datetime.fromisoformat(item["published"])
        identifier = str(item["id"])
    except (ValueError, KeyError, TypeError) as exc:
        known = item.get("id") if isinstance(item, dict) else None
        return {"id": known, "error": f"line {number}: needs JSON with id, published (ISO): "
                f"{type(exc).__name__}: {exc}"}
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    url = str(item.get("url") or "")
    return {
        "id": identifier,
        "title": str(item.get("title") or ""),
        "text": str(item.get("text") or ""),
        "published": published,
        "source": str(item.get("outlet") or urlsplit(url).hostname or "unknown"),
    }


def _parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError as exc:
        raise UserError(f"{name}: not an ISO date or datetime: {value!r}") from exc


@contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        yield handle


@events_app.command("export")
def export_events(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", help="acled-csv, geojson or jsonl.")
    ] = "jsonl",
    since: Annotated[str | None, typer.Option(help="First event date (ISO).")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date (ISO).")] = None,
    admin1: Annotated[
        str | None, typer.Option("--admin1", help="Governorate p-code, e.g. SY07.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default stdout).")
    ] = None,
) -> None:
    """Write stored incidents as ACLED CSV, GeoJSON or JSON lines."""
    from pipeline.export import FORMATS, export
    from pipeline.store.store import PipelineStore

    if fmt not in FORMATS:
        raise UserError(f"--format: must be one of {', '.join(FORMATS)}, not {fmt!r}")
    low, high = _parse_date(since, "--since"), _parse_date(until, "--until")
    app_ctx: AppContext = ctx.obj
    events = PipelineStore(app_ctx.engine).list_events(since=low, until=high, admin1=admin1)
    with _output(out) as handle:
        count = export(events, fmt, handle)
    if out is not None:
        typer.echo(f"{count} events written to {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("cluster")(cluster)
    app.add_typer(events_app, name="events")
