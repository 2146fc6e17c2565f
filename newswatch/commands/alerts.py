"""Sub-commands of alerting: subscribe, subscriptions, alerts (tail, dlq) and ingest.

Every command first upserts the configuration file's ``[[subscription]]`` tables, so the
database and the file agree.  Secrets are never printed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newswatch.context import AppContext
from newswatch.errors import UserError

if TYPE_CHECKING:
    from alerts.service import AlertService
    from alerts.store import SubscriptionStore
    from crawler.models import Article

subscriptions_app = typer.Typer(help="List and manage subscriptions.", no_args_is_help=True)
alerts_app = typer.Typer(help="See what subscribers received; dead letters.", no_args_is_help=True)
dlq_app = typer.Typer(help="Deliveries that failed for longer than alerts.retry_for.",
                      no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("subscribe")(subscribe)
    app.command("ingest")(ingest)
    app.add_typer(subscriptions_app, name="subscriptions")
    alerts_app.add_typer(dlq_app, name="dlq")
    app.add_typer(alerts_app, name="alerts")


def _store(ctx: typer.Context) -> SubscriptionStore:
    """The subscription store, with the config file's subscriptions upserted."""
    from alerts.store import SubscriptionStore
    from alerts.subscriptions import SubscriptionError

    app_ctx: AppContext = ctx.obj
    store = SubscriptionStore(
        app_ctx.engine, allow_private_webhooks=app_ctx.settings.alerts.allow_private_webhooks
    )
    for table in app_ctx.settings.subscriptions:
        try:
            store.upsert_from_config(table)
        except SubscriptionError as exc:
            raise UserError(f"[[subscription]] {table.get('name', '?')!r}: {exc}") from None
    return store


def _service(ctx: typer.Context) -> AlertService:
    from alerts.service import AlertService

    app_ctx: AppContext = ctx.obj
    _store(ctx)
    settings = app_ctx.settings
    return AlertService.from_settings(
        settings.alerts, app_ctx.engine, app_ctx.redis, settings.redis.prefix
    )


def _user_errors() -> Any:
    from alerts.subscriptions import SubscriptionError

    return SubscriptionError


def subscribe(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="Unique name of the subscription.")],
    channel: Annotated[
        str, typer.Option("--channel", help="redis, a webhook URL (https://...) or an Apprise URL.")
    ],
    region: Annotated[
        list[str] | None,
        typer.Option("--region", help="P-code or place name (Arabic/English); repeatable."),
    ] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--type", help="ACLED event type; repeatable.")
    ] = None,
    sub_type: Annotated[
        list[str] | None, typer.Option("--sub-type", help="ACLED sub-event type; repeatable.")
    ] = None,
    breach_only: Annotated[
        bool, typer.Option("--breach-only", help="Only ceasefire breaches.")
    ] = False,
    min_fatalities: Annotated[int, typer.Option("--min-fatalities")] = 0,
    min_severity: Annotated[int, typer.Option("--min-severity", help="0..5.")] = 0,
    point: Annotated[str | None, typer.Option("--point", help="LAT,LON (+ --radius-km).")] = None,
    radius_km: Annotated[float | None, typer.Option("--radius-km")] = None,
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Repeatable.")] = None,
    keyword: Annotated[list[str] | None, typer.Option("--keyword", help="Repeatable.")] = None,
    source: Annotated[list[str] | None, typer.Option("--source", help="Repeatable.")] = None,
    secret: Annotated[
        str | None,
        typer.Option(
            "--secret",
            help="Webhook signing secret, whsec_<base64> (Standard Webhooks). Leave it out "
            "and one is made for a webhook and printed once, on the line after the id.",
        ),
    ] = None,
    language: Annotated[str, typer.Option("--language", help="ar or en.")] = "en",
    mode: Annotated[str, typer.Option("--mode", help="immediate, hourly or daily.")] = "immediate",
    timezone: Annotated[str, typer.Option("--timezone")] = "Asia/Damascus",
    quiet_hours: Annotated[str, typer.Option("--quiet-hours", help="HH:MM-HH:MM.")] = "",
    quiet_min_severity: Annotated[int, typer.Option("--quiet-min-severity")] = 4,
    updates: Annotated[bool, typer.Option("--updates/--no-updates")] = True,
    replay_policy: Annotated[
        str, typer.Option("--replay-policy", help="deliver, digest or suppress.")
    ] = "deliver",
) -> None:
    """Create a subscription and print its id (and, for a webhook without --secret, the
    signing secret made for it: shown this once)."""
    from alerts.subscriptions import generate_secret, is_webhook

    made = generate_secret() if not secret and is_webhook(channel) else ""
    data: dict[str, Any] = {
        "name": name, "channel": channel, "regions": region or [],
        "event_types": event_type or [], "sub_event_types": sub_type or [],
        "breach_only": breach_only, "min_fatalities": min_fatalities,
        "min_severity": min_severity, "actors": actor or [], "keywords": keyword or [],
        "sources": source or [], "secret": secret or made, "language": language, "mode": mode,
        "timezone": timezone, "quiet_hours": quiet_hours,
        "quiet_min_severity": quiet_min_severity, "updates": updates,
        "replay_policy": replay_policy,
    }
    if point is not None:
        data.update(point=point, radius_km=radius_km)
    elif radius_km is not None:
        data["radius_km"] = radius_km
    try:
        sub = _store(ctx).create(data)
    except _user_errors() as exc:
        raise UserError(str(exc)) from None
    typer.echo(sub.id)
    if made:
        typer.echo(made)


@subscriptions_app.command("list")
def subscriptions_list(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Every subscription: id, name, state, channel kind, filter."""
    subs = _store(ctx).list()
    if as_json:
        typer.echo(json.dumps([s.public_dict() for s in subs], ensure_ascii=False, indent=2))
        return
    for s in subs:
        state = "paused" if s.paused else "active"
        where = ",".join(s.regions) or (f"{s.point}+{s.radius_km}km" if s.point else "anywhere")
        typer.echo(f"{s.id}  {s.name}  {state}  {s.channel_kind}  {where}")


@subscriptions_app.command("show")
def subscriptions_show(
    ctx: typer.Context,
    subscription: Annotated[str, typer.Argument(help="Id or name.")],
    as_json: JsonOpt = False,
) -> None:
    """One subscription (secret masked) and its latest deliveries."""
    from alerts.store import DeliveryLog

    sub = _get(ctx, subscription)
    history = DeliveryLog(ctx.obj.engine).history(sub.id, limit=20)
    data = {**sub.public_dict(), "deliveries": [_history_row(h) for h in history]}
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    for key, value in data.items():
        if key != "deliveries":
            typer.echo(f"{key}: {value}")
    for row in data["deliveries"]:
        typer.echo(f"  {row['updated_at']}  {row['status']:9} {row['key']}  x{row['attempts']}")


def _history_row(row: dict[str, Any]) -> dict[str, Any]:
    keep = ("key", "event_id", "version", "kind", "status", "attempts", "last_error", "updated_at")
    return {k: row[k] for k in keep}


def _get(ctx: typer.Context, ident: str) -> Any:
    try:
        return _store(ctx).get(ident)
    except _user_errors() as exc:
        raise UserError(str(exc)) from None


@subscriptions_app.command("pause")
def subscriptions_pause(ctx: typer.Context, subscription: str) -> None:
    """Stop matching new events for this subscription (queued ones wait)."""
    sub = _store(ctx).pause(_get(ctx, subscription).id)
    typer.echo(f"paused {sub.id}")


@subscriptions_app.command("resume")
def subscriptions_resume(ctx: typer.Context, subscription: str) -> None:
    """Match and deliver again."""
    sub = _store(ctx).resume(_get(ctx, subscription).id)
    typer.echo(f"resumed {sub.id}")


@subscriptions_app.command("remove")
def subscriptions_remove(ctx: typer.Context, subscription: str) -> None:
    """Delete the subscription (its undelivered queue is dropped)."""
    sub = _store(ctx).remove(_get(ctx, subscription).id)
    typer.echo(f"removed {sub.id}")


@alerts_app.command("tail")
def alerts_tail(
    ctx: typer.Context,
    subscription: Annotated[str, typer.Argument(help="Id or name.")],
    as_json: JsonOpt = False,
    count: Annotated[int, typer.Option("--count", help="How many, newest last.")] = 20,
) -> None:
    """What a subscriber's Redis stream holds: one JSON object per alert with --json."""
    service = _service(ctx)
    try:
        alerts = service.tail(subscription, count)
    except _user_errors() as exc:
        raise UserError(str(exc)) from None
    for alert in alerts:
        if as_json:
            typer.echo(json.dumps(alert, ensure_ascii=False))
        else:
            typer.echo(alert["text"] or f"{alert['event_id']} v{alert['version']}")


@dlq_app.command("list")
def dlq_list(
    ctx: typer.Context, as_json: JsonOpt = False,
    count: Annotated[int, typer.Option("--count")] = 100,
) -> None:
    """Dead letters, oldest first: subscription, event, attempts, last error."""
    from alerts.dlq import list_dead

    app_ctx: AppContext = ctx.obj
    for row in list_dead(app_ctx.redis, app_ctx.settings.redis.prefix, count):
        if as_json:
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            what = row.get("event_id") or row.get("kind", "?")
            typer.echo(
                f"{row['id']}  {row['subscription_id']}  {what}  x{row['attempts']}  {row['error']}"
            )


@dlq_app.command("retry")
def dlq_retry(
    ctx: typer.Context,
    ids: Annotated[list[str] | None, typer.Argument(help="Dead-letter ids; none: all.")] = None,
) -> None:
    """Put dead letters back on their queues and deliver them now."""
    from alerts.dlq import retry_dead

    app_ctx: AppContext = ctx.obj
    moved = retry_dead(app_ctx.redis, app_ctx.settings.redis.prefix, ids or None)
    delivered = _service(ctx).drain(timeout=30)
    typer.echo(f"requeued {moved}, delivered {delivered}")


def ingest(
    ctx: typer.Context,
    jsonl: Annotated[str, typer.Option("--jsonl", help="Articles, one JSON a line; - for stdin.")],
    replayed: Annotated[
        bool, typer.Option("--replayed", help="Mark the events as replayed (replay policies).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Run articles (the shape `extract` reads) through the pipeline and alerting."""
    from newswatch.wiring import handle_articles

    app_ctx: AppContext = ctx.obj
    _store(ctx)  # refuse a bad [[subscription]] before any work
    articles = list(_read_articles(jsonl))
    summary = handle_articles(app_ctx, articles, replayed=replayed).as_dict()
    if as_json:
        typer.echo(json.dumps(summary))
    else:
        typer.echo(" ".join(f"{k}={v}" for k, v in summary.items()))


def _read_articles(source: str) -> Iterator[Article]:
    from crawler.models import Article

    lines = sys.stdin.readlines() if source == "-" else _read_lines(source)
    now = datetime.now(UTC)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            url = item.get("url") or f"ingest:{item['id']}"
            yield Article(
                source=item.get("outlet") or "ingest", url=url, canonical_url=url,
                title=item.get("title") or "", text=item.get("text") or "",
                published_at=_published(item.get("published")), fetched_at=now,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UserError(f"{source}:{number}: not an article ({exc})") from None


def _read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"--jsonl {path}: {exc.strerror}") from None


def _published(value: Any) -> datetime | None:
    if not value:
        return None
    stamp = datetime.fromisoformat(str(value))
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
