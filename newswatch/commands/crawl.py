"""Sub-commands: ``crawl --once``, ``sources list``, ``articles list``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newswatch.context import AppContext
from newswatch.errors import UserError

if TYPE_CHECKING:
    from crawler.sources import Source

sources_app = typer.Typer(help="The news sources this instance polls.", no_args_is_help=True)
articles_app = typer.Typer(help="Stored articles.", no_args_is_help=True)


def _sources(app_ctx: AppContext, extra_file: Path | None) -> list[Source]:
    from crawler.sources import SourceError, load_sources_file, merge
    from newswatch.sources import active_sources

    sources = active_sources(app_ctx.settings)
    if extra_file is not None:
        try:
            sources = merge(sources, load_sources_file(extra_file))
        except SourceError as exc:
            raise UserError(str(exc)) from None
    return sources


def crawl(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Run one polling round and exit.")] = False,
    source_ids: Annotated[
        list[str] | None, typer.Option("--source", help="Only this source id (repeatable).")
    ] = None,
    sources_file: Annotated[
        Path | None, typer.Option("--sources", help="TOML file of [[source]] tables to add.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Poll the sources' feeds once, fetch new articles and pass them to the pipeline."""
    from crawler.runner import crawl_once
    from newswatch.wiring import IngestSummary, handle_articles

    if not once:
        raise UserError("crawl: only --once is supported here; `newswatch run` polls forever")
    app_ctx: AppContext = ctx.obj
    sources = _sources(app_ctx, sources_file)
    if source_ids:
        unknown = sorted(set(source_ids) - {s.id for s in sources})
        if unknown:
            raise UserError(f"--source: unknown source id {unknown[0]!r}")
        sources = [s for s in sources if s.id in source_ids]
    settings = app_ctx.settings
    summaries: list[IngestSummary] = []
    report = crawl_once(
        settings.crawler, sources, app_ctx.engine,
        settings.archive_dir if settings.crawler.archive else None,
        # Stored (and alerted) before the round is marked done, as in the daemon.
        sink=lambda articles: summaries.append(handle_articles(app_ctx, articles)),
    )
    summary = summaries[0] if summaries else IngestSummary()
    out = {**report.as_dict(), "pipeline": summary.as_dict()}
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    typer.echo(f"polled {report.polled} feeds, {len(report.articles)} new articles, "
               f"{summary.new_articles} stored, {summary.events} events")
    for reason, count in sorted(report.failures.items()):
        typer.echo(f"  {reason}: {count}")


@sources_app.command("list")
def sources_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Registry and configured sources with their health (last success, errors, next poll)."""
    from crawler.state import FeedStore

    app_ctx: AppContext = ctx.obj
    sources = _sources(app_ctx, None)
    states = FeedStore(app_ctx.engine).load()
    rows = [_health(s, [states[u] for u in s.poll_urls if u in states]) for s in sources]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        status = "disabled" if not row["enabled"] else "degraded" if row["degraded"] else "ok"
        typer.echo(f"{row['id']:<24} {status:<9} seen={row['items_seen']:<5} "
                   f"last_success={row['last_success'] or '-'} next_poll={row['next_poll'] or '-'}"
                   + (f" error={row['last_error']}" if row["last_error"] else ""))


def _health(source: Source, states: list[Any]) -> dict[str, Any]:
    def latest(attr: str) -> str | None:
        values = [getattr(s, attr) for s in states if getattr(s, attr) is not None]
        return max(values).isoformat() if values else None

    errors = [s.last_error for s in states if s.failures]
    nexts = [s.next_poll for s in states if s.next_poll is not None]
    return {
        "id": source.id, "name": source.name, "type": source.type, "homepage": source.homepage,
        "feeds": list(source.poll_urls), "orientation": source.orientation,
        "verified": source.verified, "enabled": source.enabled,
        "last_success": latest("last_success"), "last_poll": latest("last_poll"),
        "next_poll": min(nexts).isoformat() if nexts else None,
        "last_error": errors[0] if errors else None,
        "items_seen": sum(s.items_seen for s in states),
        "degraded": bool(states) and all(s.degraded for s in states),
    }


@articles_app.command("list")
def articles_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    source: Annotated[str | None, typer.Option("--source", help="Only this source id.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only articles fetched at/after this ISO time.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many.")] = None,
) -> None:
    """Stored articles: {id, source, url, canonical_url, title, text, published_at, fetched_at}."""
    from pipeline.store.store import PipelineStore

    app_ctx: AppContext = ctx.obj
    rows = PipelineStore(app_ctx.engine).list_articles(source, _since(since), limit)
    keys = ("id", "source", "url", "canonical_url", "title", "text", "published_at",
            "fetched_at")
    out = [{k: _plain(row.get(k)) for k in keys} for row in rows]
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for item in out:
        typer.echo(f"{item['fetched_at']}  {item['source']:<16} {item['title']}")


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"--since: {value!r} is not an ISO date or time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("crawl")(crawl)
    app.add_typer(sources_app, name="sources")
    app.add_typer(articles_app, name="articles")
