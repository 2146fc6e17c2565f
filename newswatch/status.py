"""``newswatch status``: is the daemon alive, how are the sources, how deep are the queues.

Everything here is read from the database and Redis, so it works from any shell on the
machine while the daemon runs (and tells the truth when it does not).  ``/readyz`` and the
daemon's gauges read the same facts through :func:`collect_status` and :func:`redis_status`.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import redis
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from alerts import keys
from crawler.clock import utcnow
from crawler.cluster import claims_by_instance
from crawler.state import FeedStore
from newswatch.sources import sources_health, summary
from pipeline.publish import events_stream

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from newswatch.context import AppContext
    from newswatch.settings import Settings

HEARTBEAT_TTL = 120  # seconds; the daemon writes its heartbeat every 10
# Counting a consumer group's unread entries on Redis 6 (which does not report ``lag``)
# happens on the server, up to this many: the events stream is trimmed to 100,000 anyway.
_COUNT_AFTER = """
return #redis.call('XRANGE', KEYS[1], '(' .. ARGV[1], '+', 'COUNT', ARGV[2])
"""
LAG_COUNT_CAP = 100_000


# The cluster's instances: each writes its own entry with every heartbeat; one that stops
# beating (killed) drops out after this long. The set only indexes the entries.
INSTANCE_TTL = 30  # seconds: three missed heartbeats


def heartbeat_key(prefix: str) -> str:
    return f"{prefix}:daemon:health"


def instances_key(prefix: str) -> str:
    return f"{prefix}:instances"


def instance_key(prefix: str, instance: str) -> str:
    return f"{prefix}:instance:{instance}"


def register_instance(client: redis.Redis, prefix: str, beat: dict[str, Any]) -> None:
    """Write this instance's entry (``beat`` has its ``id``); it lives ``INSTANCE_TTL``."""
    pipe = client.pipeline(transaction=False)
    pipe.set(instance_key(prefix, beat["id"]), json.dumps(beat), ex=INSTANCE_TTL)
    pipe.sadd(instances_key(prefix), beat["id"])
    pipe.execute()


def unregister_instance(client: redis.Redis, prefix: str, instance: str) -> None:
    pipe = client.pipeline(transaction=False)
    pipe.delete(instance_key(prefix, instance))
    pipe.srem(instances_key(prefix), instance)
    pipe.execute()


def live_instances(client: redis.Redis, prefix: str) -> list[dict[str, Any]]:
    """The instances whose entry has not expired, each with the feeds it holds now."""
    ids = sorted(str(i.decode() if isinstance(i, bytes) else i)
                 for i in client.smembers(instances_key(prefix)))
    if not ids:
        return []
    raw = client.mget([instance_key(prefix, i) for i in ids])
    claims = claims_by_instance(client, prefix)
    live, gone = [], []
    for instance, entry in zip(ids, raw, strict=True):
        if entry is None:
            gone.append(instance)
            continue
        beat = json.loads(entry)
        if not _alive(beat):  # killed on this machine: its entry has not expired yet
            continue
        live.append({**beat, "claimed_feeds": claims.get(instance, [])})
    if gone:
        client.srem(instances_key(prefix), *gone)
    return live


def collect_status(app_ctx: AppContext) -> dict[str, Any]:
    return status_of(app_ctx.settings, lambda: app_ctx.engine, lambda: app_ctx.redis)


def status_of(settings: Settings, engine: Any, client: Any) -> dict[str, Any]:
    """Status from callables that open the database and Redis (either may fail: it is
    then reported, not raised)."""
    data: dict[str, Any] = {"home": str(settings.home)}
    try:
        data["sources"] = sources_status(settings, engine(), utcnow())
    except SQLAlchemyError as exc:
        data["database_error"] = _one_line(exc)
    try:
        opened = client()
        if opened is None:
            raise redis.ConnectionError("no Redis client")
        data.update(redis_status(opened, settings.redis.prefix))
    except redis.RedisError as exc:
        data["redis_error"] = _one_line(exc)
    return data


def sources_status(settings: Settings, engine: Engine, now: datetime) -> dict[str, Any]:
    feeds = FeedStore(engine).load().values()
    errors = sorted(
        ((f.last_poll or datetime.min.replace(tzinfo=UTC), f.source, f.last_error)
         for f in feeds if f.last_error),
        reverse=True,
    )
    rows = sources_health(settings, engine, now)
    return {
        "feeds": len(feeds),
        "degraded": sorted({f.source for f in feeds if f.degraded}),
        "last_success": max((f.last_success.isoformat() for f in feeds if f.last_success),
                            default=None),
        "last_errors": [{"at": at.isoformat(), "source": s, "error": e} for at, s, e in errors[:5]],
        **summary(rows),
        "per_source": [
            {k: row[k] for k in ("id", "state", "last_success", "last_error")}
            for row in rows if row["enabled"]
        ],
    }  # fmt: skip


def redis_status(client: redis.Redis, prefix: str) -> dict[str, Any]:
    """The daemon's heartbeat (None unless it is alive) and the queues."""
    raw = client.get(heartbeat_key(prefix))
    beat = json.loads(str(raw)) if raw else None
    stream = events_stream(prefix)
    router = _group(client, stream, keys.ROUTER_GROUP)
    subscriptions = [str(s) for s in client.smembers(keys.active_set(prefix))]
    return {
        "daemon": beat if beat is not None and _alive(beat) else None,
        "daemon_state": _daemon_state(beat),
        "instances": live_instances(client, prefix),
        "queues": {
            # Entries that wait: the router has not read them yet or not finished them.
            "events": backlog(client, stream, keys.ROUTER_GROUP),
            "events_stream_length": int(client.xlen(stream)),
            "router_pending": int(router["pending"]) if router else 0,
            "router_lag": _lag(client, stream, router) if router else None,
            "deliveries_queued": sum(
                backlog(client, keys.delivery_queue(prefix, s), keys.DELIVERY_GROUP)
                for s in subscriptions
            ),
            "dead_letters": int(client.xlen(keys.dead_letters(prefix))),
        },
    }


def backlog(client: redis.Redis, stream: str, group: str) -> int:
    """Entries of ``stream`` that ``group`` has not finished: delivered to a consumer but
    not acknowledged (pending), plus not read yet (lag).  Not ``XLEN``, which counts the
    history kept after acknowledgement too."""
    info = _group(client, stream, group)
    if info is None:  # nobody reads it yet: everything in it waits
        return int(client.xlen(stream))
    return int(info["pending"]) + _lag(client, stream, info)


def _group(client: redis.Redis, stream: str, group: str) -> dict[str, Any] | None:
    if not client.exists(stream):
        return None
    return next((g for g in client.xinfo_groups(stream) if g["name"] == group), None)


def _lag(client: redis.Redis, stream: str, info: dict[str, Any]) -> int:
    lag = info.get("lag")  # Redis 7; None there too after deletions in the stream
    if lag is not None:
        return int(lag)
    count = client.eval(_COUNT_AFTER, 1, stream, str(info["last-delivered-id"]), LAG_COUNT_CAP)
    return int(count)


def _alive(beat: dict[str, Any]) -> bool:
    """A heartbeat from this machine whose process is gone is a daemon that died."""
    if beat.get("host") != socket.gethostname() or not isinstance(beat.get("pid"), int):
        return True  # another machine's (shared Redis): its heartbeat's age must do
    try:
        os.kill(beat["pid"], 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, as another user
    return True


def _daemon_state(beat: dict[str, Any] | None) -> str:
    if beat is None:
        return "stopped"
    if not _alive(beat):
        return "dead"  # killed: no clean exit cleared its heartbeat
    return str(beat.get("state") or "running")


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


# -- rendering ----------------------------------------------------------------------------


def render_status(data: dict[str, Any], console: Console) -> None:
    table = Table(show_header=False, title="newswatch status", title_justify="left")
    table.add_row("data directory", data["home"])
    _daemon_rows(table, data)
    if "database_error" in data:
        table.add_row("database", f"[red]{data['database_error']}[/]")
    else:
        _source_rows(table, data["sources"])
    for inst in data.get("instances") or []:
        table.add_row(f"instance {inst['id']}",
                      f"{','.join(inst.get('roles') or [])} (pid {inst.get('pid')} on "
                      f"{inst.get('host')}, beat {inst.get('heartbeat')}, "
                      f"{len(inst.get('claimed_feeds') or [])} feeds claimed)")
    if "redis_error" in data:
        table.add_row("redis", f"[red]{data['redis_error']}[/]")
    else:
        for name, value in data["queues"].items():
            table.add_row(name.replace("_", " "), str(value))
    console.print(table)
    if "sources" in data and data["sources"]["per_source"]:
        console.print(_per_source_table(data["sources"]["per_source"]))


def _daemon_rows(table: Table, data: dict[str, Any]) -> None:
    daemon = data.get("daemon")
    state = data.get("daemon_state", "stopped" if not daemon else "running")
    if not daemon:
        why = "killed, no clean exit" if state == "dead" else "no heartbeat"
        table.add_row("daemon", f"[yellow]not running[/] ({why})")
        return
    table.add_row("daemon", f"{state} (pid {daemon['pid']}, since {daemon['started_at']})")
    table.add_row("last heartbeat", daemon["heartbeat"])
    table.add_row("last round", json.dumps(daemon.get("last_round") or {}, ensure_ascii=False))
    web = daemon.get("web")
    if web is not None:
        shown = f"up at {web['url']}" if web.get("up") else f"[red]down[/]: {web.get('error')}"
        table.add_row("dashboard", shown)


def _source_rows(table: Table, sources: dict[str, Any]) -> None:
    table.add_row("feeds", f"{sources['feeds']} known, last success {sources['last_success']}")
    table.add_row("sources", f"{sources['enabled']} enabled")
    for label, ids in (("failing", sources["failing"]), ("stale", sources["stale"])):
        if ids:
            table.add_row(f"[red]{label} sources[/]", f"{len(ids)}: {', '.join(ids)}")
    if sources["degraded"]:
        table.add_row("degraded sources", ", ".join(sources["degraded"]))
    for err in sources["last_errors"]:
        table.add_row("recent error", f"{err['at']} {err['source']}: {err['error']}")


def _per_source_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="sources", title_justify="left")
    for column in ("source", "state", "last success", "error"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["id"], row["state"], row["last_success"] or "never",
                      row["last_error"] or "")
    return table
