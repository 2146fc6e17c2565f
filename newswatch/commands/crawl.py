"""Sub-commands: ``crawl --once``, ``sources list``, ``articles list``."""

from __future__ import annotations

import json
import socket
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newswatch.context import AppContext
from newswatch.errors import UserError

if TYPE_CHECKING:
    from crawler.cluster import CrawlCluster
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
    """Poll the sources' feeds once, fetch new articles and pass them to the pipeline.

    With REDIS_URL naming a Redis that running daemons share, this round takes part in the
    cluster as they do: a feed another instance is polling is left to it, and the
    connections to each host count against the cluster's limits (crawler.concurrent_per_host
    and the site's Crawl-delay)."""
    from crawler.runner import crawl_once
    from newswatch.wiring import IngestSummary, handle_articles

    if not once:
        raise UserError("crawl: only --once is supported here; `newswatch run` polls forever")
    app_ctx: AppContext = ctx.obj
    sources = _sources(app_ctx, sources_file)
    app_ctx.use_home_tmp()  # the crawl child's job files stay in the home
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
        cluster=_cluster(app_ctx),
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


def _cluster(app_ctx: AppContext) -> CrawlCluster | None:
    """This one round's place in a shared crawl: only where the Redis is one that other
    instances can reach (REDIS_URL), not the embedded one of this home."""
    settings = app_ctx.settings
    if not settings.redis.url:
        return None
    from crawler.cluster import CrawlCluster

    # An identity of its own: the claims it takes are released when the round ends, and
    # a daemon of the same home keeps its own.
    name = f"{socket.gethostname()}-once-{uuid.uuid4().hex[:8]}"
    return CrawlCluster(app_ctx.redis, settings.redis.prefix, name,
                        settings.crawler.claim_ttl)


@sources_app.command("list")
def sources_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Registry and configured sources with their health (state, last success, errors).

    state: ok, partial (some feeds failing), failing (every feed's last poll failed),
    degraded (failing for crawler.degraded_after polls), stale (no success for
    health.stale_after seconds), new (not polled yet) or disabled.
    """
    from crawler.clock import utcnow
    from newswatch.sources import sources_health

    app_ctx: AppContext = ctx.obj
    rows = sources_health(app_ctx.settings, app_ctx.engine, utcnow(), _sources(app_ctx, None))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        typer.echo(f"{row['id']:<24} {row['state']:<9} seen={row['items_seen']:<5} "
                   f"last_success={row['last_success'] or '-'} next_poll={row['next_poll'] or '-'}"
                   + (f" error={row['last_error']}" if row["last_error"] else ""))


ARTICLE_FIELDS = ("id", "source", "url", "canonical_url", "title", "text", "published_at",
                  "fetched_at")


@articles_app.command("list")
def articles_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    as_jsonl: Annotated[
        bool,
        typer.Option("--jsonl", help="Print one JSON object per line (what `extract --jsonl -` "
                     "reads)."),
    ] = False,
    source: Annotated[str | None, typer.Option("--source", help="Only this source id.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only articles fetched at/after this ISO time.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many.")] = None,
) -> None:
    """Stored articles: {id, source, url, canonical_url, title, text, published_at, fetched_at}.

    Times are ISO 8601 with their offset (UTC). `newswatch articles list --jsonl |
    newswatch extract --jsonl -` codes the stored articles again.
    """
    from pipeline.store import PipelineStore

    if as_json and as_jsonl:
        raise UserError("articles list: choose one of --json and --jsonl")
    app_ctx: AppContext = ctx.obj
    rows = PipelineStore(app_ctx.engine).list_articles(source, _since(since), limit)
    out = [{k: _plain(row.get(k)) for k in ARTICLE_FIELDS} for row in rows]
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if as_jsonl:
        for item in out:
            typer.echo(json.dumps(item, ensure_ascii=False))
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
