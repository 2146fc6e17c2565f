"""``newswatch status``: is the daemon alive, how are the sources, how deep are the queues.

Everything here is read from the database and Redis, so it works from any shell on the
machine while the daemon runs (and tells the truth when it does not).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import redis
from rich.console import Console
from rich.table import Table

from alerts import keys
from crawler.state import FeedStore
from pipeline.publish import events_stream

if TYPE_CHECKING:
    from newswatch.context import AppContext


def collect_status(app_ctx: AppContext) -> dict[str, Any]:
    data: dict[str, Any] = {"home": str(app_ctx.settings.home)}
    data["sources"] = _sources(app_ctx)
    try:
        data.update(redis_status(app_ctx.redis, app_ctx.settings.redis.prefix))
    except redis.RedisError as exc:
        data["redis_error"] = str(exc)
    return data


def _sources(app_ctx: AppContext) -> dict[str, Any]:
    feeds = FeedStore(app_ctx.engine).load().values()
    errors = sorted(
        ((f.last_poll or datetime.min.replace(tzinfo=UTC), f.source, f.last_error)
         for f in feeds if f.last_error),
        reverse=True,
    )
    return {
        "feeds": len(feeds),
        "degraded": sorted({f.source for f in feeds if f.degraded}),
        "last_success": max((f.last_success.isoformat() for f in feeds if f.last_success),
                            default=None),
        "last_errors": [{"at": at.isoformat(), "source": s, "error": e} for at, s, e in errors[:5]],
    }


def redis_status(client: redis.Redis, prefix: str) -> dict[str, Any]:
    raw = client.get(f"{prefix}:daemon:health")
    stream = events_stream(prefix)
    router: dict[str, Any] = {}
    if client.exists(stream):
        for group in client.xinfo_groups(stream):
            if group["name"] == keys.ROUTER_GROUP:
                router = {"pending": group["pending"], "lag": group.get("lag")}
    queued = sum(int(client.xlen(keys.delivery_queue(prefix, str(sub))))
                 for sub in client.smembers(keys.active_set(prefix)))
    return {
        "daemon": json.loads(str(raw)) if raw else None,
        "queues": {
            "events": int(client.xlen(stream)),
            "router_pending": router.get("pending", 0),
            "router_lag": router.get("lag"),
            "deliveries_queued": queued,
            "dead_letters": int(client.xlen(keys.dead_letters(prefix))),
        },
    }


def render_status(data: dict[str, Any], console: Console) -> None:
    daemon = data.get("daemon")
    table = Table(show_header=False, title="newswatch status", title_justify="left")
    table.add_row("data directory", data["home"])
    if daemon:
        table.add_row("daemon", f"running (pid {daemon['pid']}, since {daemon['started_at']})")
        table.add_row("last heartbeat", daemon["heartbeat"])
        table.add_row("last round", json.dumps(daemon.get("last_round") or {}))
    else:
        table.add_row("daemon", "[yellow]not running[/] (no heartbeat in the last 2 minutes)")
    sources = data["sources"]
    table.add_row("feeds", f"{sources['feeds']} known, last success {sources['last_success']}")
    if sources["degraded"]:
        table.add_row("degraded sources", ", ".join(sources["degraded"]))
    for err in sources["last_errors"]:
        table.add_row("recent error", f"{err['at']} {err['source']}: {err['error']}")
    if "redis_error" in data:
        table.add_row("redis", f"[red]{data['redis_error']}[/]")
    else:
        for name, value in data["queues"].items():
            table.add_row(name.replace("_", " "), str(value))
    console.print(table)
