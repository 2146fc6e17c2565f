"""Sub-command ``replay``: re-process missed days from the archive, or refetch them."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from newswatch.context import AppContext
from newswatch.errors import UserError

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress

    from newswatch.replay import ReplaySummary


class BarProgress:
    """A rich progress bar on stderr: days done, with the running counts."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar: RichProgress = Progress(
            TextColumn("replay"), BarColumn(bar_width=20), MofNCompleteColumn(),
            TextColumn("days {task.description}"), console=Console(stderr=True),
        )
        self.task = self.bar.add_task("", total=None)

    def start(self, total: int) -> None:
        self.bar.update(self.task, total=total)
        self.bar.start()

    def advance(self, days: int, label: str, summary: ReplaySummary) -> None:
        del label  # the counts say more than the day on one short line
        counts = (f"{summary.articles} articles {summary.events} events "
                  f"{summary.alerts} alerts {summary.skipped_duplicates} known")
        self.bar.update(self.task, advance=days, description=counts)

    def stop(self) -> None:
        self.bar.stop()


def _day(option: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


def replay_command(
    ctx: typer.Context,
    start: Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD, UTC).")],
    end: Annotated[str, typer.Option("--to", help="Last day, inclusive (YYYY-MM-DD, UTC).")],
    source_ids: Annotated[
        list[str] | None, typer.Option("--source", help="Only this source id (repeatable).")
    ] = None,
    refetch: Annotated[
        bool, typer.Option("--refetch", help="Fetch the days again instead of the archive.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="End with a one-line JSON summary.")
    ] = False,
) -> None:
    """Re-process missed days from the archive, or refetch them from the sources.

    By default the raw responses kept in the WARC archive are processed again, with no
    network. With --refetch, or for days the archive lacks, each source's sitemap, date
    archives and paged feeds are walked over the range, politely, through the crawler.
    Everything delivered is flagged replayed. Idempotent and resumable.

    Example: newswatch replay --from 2026-11-20 --to 2026-11-22 --json
    """
    from newswatch.replay import replay

    app_ctx: AppContext = ctx.obj
    app_ctx.use_home_tmp()  # the crawl child's job files stay in the home
    first, last = _day("--from", start), _day("--to", end)
    if first > last:
        raise UserError(f"--from: {first} is after --to {last}")
    progress = BarProgress()
    try:
        summary = replay(app_ctx.settings, app_ctx.engine, app_ctx.redis, first, last,
                         source_ids=source_ids, refetch=refetch, progress=progress)
    finally:
        progress.stop()
    out = summary.as_dict()
    typer.echo(f"replayed {summary.days} days ({summary.archive_days} from the archive, "
               f"{summary.fetched_days} fetched, {summary.resumed_days} already done): "
               f"{summary.articles} articles ({summary.new_articles} new), "
               f"{summary.events} events, {summary.alerts} alerts, "
               f"{summary.skipped_duplicates} already known")
    for reason, count in sorted(summary.failures.items()):
        typer.echo(f"  {reason}: {count}")
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("replay")(replay_command)
