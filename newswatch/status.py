"""``newswatch status``: is the daemon alive, what did it do last, how deep are the queues."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import redis
from rich.console import Console
from rich.table import Table

from pipeline.publish import events_stream

if TYPE_CHECKING:
    from newswatch.context import AppContext


def collect_status(app_ctx: AppContext) -> dict[str, Any]:
    prefix = app_ctx.settings.redis.prefix
    data: dict[str, Any] = {"home": str(app_ctx.settings.home)}
    try:
        client = app_ctx.redis
        raw = client.get(f"{prefix}:daemon:health")
        data["daemon"] = json.loads(str(raw)) if raw else None
        data["events_stream_length"] = int(client.xlen(events_stream(prefix)))
    except redis.RedisError as exc:
        data["redis_error"] = str(exc)
    return data


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
    if "redis_error" in data:
        table.add_row("redis", f"[red]{data['redis_error']}[/]")
    else:
        table.add_row("events stream", str(data["events_stream_length"]))
    console.print(table)
