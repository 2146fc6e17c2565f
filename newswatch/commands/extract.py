"""Sub-commands: ``extract`` (articles to events, JSONL in and out) and ``eval`` (scores).

Both are pure functions of the text: they never open Redis or the database.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console

from newswatch.context import AppContext
from newswatch.errors import UserError

# Show a progress bar only for inputs at least this big (bytes) on a terminal.
_PROGRESS_MIN_BYTES = 1_000_000


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)


def extract_command(
    ctx: typer.Context,
    jsonl: Annotated[
        str, typer.Option("--jsonl", help="Articles, one JSON object a line; - for stdin.")
    ],
    out: Annotated[
        Path | None, typer.Option("--out", help="Write events here instead of stdout.")
    ] = None,
) -> None:
    """Extract ACLED-coded events from articles: one `{"id", "events"}` line per article.

    Each input line is a JSON object with `title` and `text` (strings), and optionally `id`
    (echoed in the output) and `published` or `published_at` (ISO 8601 date or time, used
    to date "yesterday" and weekday names; without it such dates stay unknown). Other fields
    are ignored, so `newswatch articles list --jsonl | newswatch extract --jsonl -` works.
    A line that cannot be read gives `{"id", "error"}` and the batch goes on.
    """
    from pipeline.events.extract import EventExtractor

    extractor = EventExtractor.from_settings(_settings(ctx))
    errors = 0
    with _open_in(jsonl) as lines, _open_out(out) as sink:
        for line in _progress(lines, jsonl):
            if not line.strip():
                continue
            result = _extract_line(extractor, line)
            errors += "error" in result
            sink.write(_json_line(result))
    if errors:
        typer.echo(f"{errors} line(s) could not be read", err=True)


def _extract_line(extractor: Any, line: str) -> dict[str, Any]:
    """One output line; never raises, so one bad article cannot stop a batch."""
    item_id = None
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            raise ValueError("line is not a JSON object")
        item_id = item.get("id")
        title, text = item.get("title") or "", item.get("text") or ""
        if not isinstance(title, str) or not isinstance(text, str):
            raise ValueError("title and text must be strings")
        events = extractor.extract(title, text, published(item))
        return {"id": item_id, "events": [e.to_dict() for e in events]}
    except Exception as exc:  # any bad line becomes an error line, by contract
        return {"id": item_id, "error": f"{type(exc).__name__}: {exc}"}


def published(item: dict[str, Any]) -> Any:
    """The publication time of an input line: ``published`` (the labelled format) or
    ``published_at`` (``articles list``)."""
    value = item.get("published")
    return value if value is not None else item.get("published_at")


def _json_line(result: dict[str, Any]) -> str:
    """``result`` as one output line that any UTF-8 stream accepts.

    A lone surrogate (``"\\ud800"`` in the input JSON) cannot be encoded as UTF-8, and
    writing it would stop the batch; ASCII escapes keep the line valid JSON with the same
    value, so such a line is written escaped.
    """
    line = json.dumps(result, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(result, ensure_ascii=True)
    return line + "\n"


def eval_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="Labelled articles (shared eval format).")],
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list every mismatch.")
    ] = False,
) -> None:
    """Score `extract` against labelled articles and print the table of metrics.

    The last rows, actor1 and actor2, score the actors where the gold names them: the
    gold's name (Arabic, as the article gives it) is read as ACLED names that party on the
    event's date and in its governorate, and compared case- and punctuation-insensitively.
    """
    from pipeline.evaluate import evaluate, read_items
    from pipeline.events.extract import EventExtractor

    if not file.is_file():
        raise UserError(f"eval: no such file: {file}")
    try:
        items = list(read_items(file))
    except json.JSONDecodeError as exc:
        raise UserError(f"eval: {file} is not in the labelled format: {exc}") from exc
    _require_labels(file, items)
    extractor = EventExtractor.from_settings(_settings(ctx))
    failed: list[str] = []

    def predict(item: dict[str, Any]) -> list[Any]:
        # An article the extractor fails on is reported and scored as finding nothing.
        try:
            return extractor.extract(item.get("title") or "", item.get("text") or "",
                                     published(item))
        except Exception as exc:
            failed.append(json.dumps({"id": item.get("id"),
                                      "error": f"{type(exc).__name__}: {exc}"},
                                     ensure_ascii=False))
            return []

    try:
        report = evaluate(items, predict)
    except KeyError as exc:
        raise UserError(f"eval: {file} is not in the labelled format: {exc}") from exc
    for line in failed:
        typer.echo(line, err=True)
    console = Console()
    console.print(report.table())
    if errors:
        for m in report.mismatches:
            console.print(f"{m.item_id}\t{m.field}\tgold={m.gold!r}\tpredicted={m.predicted!r}")


def _require_labels(file: Path, items: list[Any]) -> None:
    """Scores of a file without labels would read as precision 0 and recall 1: refuse it.
    A labelled article has an ``events`` list, empty when it reports no incident."""
    if not items:
        raise UserError(f"eval: {file} has no articles")
    unlabelled = [n for n, item in enumerate(items, 1)
                  if not isinstance(item, dict) or not isinstance(item.get("events"), list)]
    if len(unlabelled) == len(items):
        raise UserError(f"eval: {file} has no labels (no line has an \"events\" list); "
                        "eval scores labelled articles, extract codes unlabelled ones")
    if unlabelled:
        raise UserError(f"eval: {file}: article {unlabelled[0]} of {len(items)} has no labels "
                        f"(no \"events\" list), and {len(unlabelled) - 1} more like it")


def _settings(ctx: typer.Context) -> Any:
    obj = ctx.obj
    if isinstance(obj, AppContext):
        return obj.settings.pipeline
    from pipeline.settings import PipelineSettings

    return PipelineSettings()


@contextmanager
def _open_in(name: str) -> Iterator[TextIO]:
    """The input, split at "\\n" only: JSON lines end there, and a bare CR (or U+2028)
    inside a line is part of it, not a line break (universal newlines would split it)."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text-only stdin (tests' in-memory streams)
            yield sys.stdin
            return
        wrapper = io.TextIOWrapper(buffer, encoding="utf-8", errors="replace", newline="\n")
        try:
            yield wrapper
        finally:
            wrapper.detach()  # leave sys.stdin's buffer open for whoever owns it
        return
    path = Path(name)
    if not path.is_file():
        raise UserError(f"--jsonl: no such file: {name}")
    with path.open(encoding="utf-8", errors="replace", newline="\n") as fh:
        yield fh


@contextmanager
def _open_out(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8") as fh:
        yield fh


def _progress(lines: TextIO, name: str) -> Iterator[str]:
    """The input lines, with a progress bar on stderr for big files on a terminal."""
    size = Path(name).stat().st_size if name != "-" else 0
    if not sys.stderr.isatty() or size < _PROGRESS_MIN_BYTES:
        yield from lines
        return
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=size)
        for line in lines:
            bar.advance(task, len(line.encode("utf-8")))
            yield line
