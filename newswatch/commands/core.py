"""Sub-commands of the application shell: config, run, demo, status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from newswatch.context import AppContext
from newswatch.errors import UserError
from newswatch.settings import describe, documented_settings

config_app = typer.Typer(help="Inspect the effective configuration.", no_args_is_help=True)


@config_app.command("show")
def config_show(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of TOML.")] = False,
) -> None:
    """Print the effective configuration (defaults, file, environment), secrets masked."""
    app_ctx: AppContext = ctx.obj
    data = describe(app_ctx.settings)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(_to_toml(data))


@config_app.command("reference")
def config_reference() -> None:
    """Print every setting with its default and meaning, as a commented TOML file."""
    current = ""
    for section, key, default, doc in documented_settings():
        if section != current:
            typer.echo(f"\n[{section}]")
            current = section
        typer.echo(f"# {doc}  (env: NEWSWATCH_{section.upper()}__{key.upper()})")
        typer.echo(f"{key} = {_toml_value(default)}")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _to_toml(data: dict[str, Any]) -> str:
    lines = [f"home = {_toml_value(data['home'])}"]
    for name, body in data.items():
        if isinstance(body, dict):
            lines.append(f"\n[{name}]")
            lines.extend(f"{k} = {_toml_value(v)}" for k, v in body.items())
        elif isinstance(body, list):
            for table in body:
                lines.append(f"\n[[{name}]]")
                lines.extend(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items())
    return "\n".join(lines)


console = Console(stderr=False)


def run(
    ctx: typer.Context,
    burst: Annotated[
        bool, typer.Option("--burst", help="Do one crawl round, deliver what is pending, exit.")
    ] = False,
    role: Annotated[
        list[str] | None,
        typer.Option(
            "--role",
            help="Stages this instance runs, comma-separated among crawl, pipeline, alerts, "
            "web (repeatable); default all.",
        ),
    ] = None,
) -> None:
    """Start the daemon: poll sources, extract events, deliver alerts until SIGTERM.

    Runs on the embedded Redis and SQLite in the data directory unless REDIS_URL /
    DATABASE_URL say otherwise. SIGHUP reloads the configuration; SIGTERM stops within 10 s:
    no new work, the round in flight ends and is stored, Redis closes, `stopped` is logged.
    """
    import logging

    from newswatch.daemon import Daemon
    from newswatch.instance import HomeInUse, Instance
    from newswatch.logs import setup_logging
    from newswatch.roles import RoleError, parse_roles

    try:
        roles = parse_roles(role)
    except RoleError as exc:
        raise UserError(f"--role: {exc}") from None
    app_ctx: AppContext = ctx.obj
    settings = app_ctx.settings
    setup_logging("DEBUG" if app_ctx.debug else settings.log.level, settings.log.json)
    try:
        instance = Instance.claim(settings.home)
    except HomeInUse as exc:
        raise UserError(str(exc)) from None
    app_ctx.use_home_tmp(clean=True)
    daemon = Daemon(settings, app_ctx.engine, app_ctx.redis, worker_id=instance.worker_id,
                    roles=roles)
    if burst:
        if "alerts" in roles:
            daemon.services.sync_subscriptions()
        if "crawl" in roles:
            daemon.crawl_round()
        if "alerts" in roles:
            daemon.services.alerts.drain(timeout=30)
        return
    code = daemon.serve()
    # The work in flight is done: close Redis (the embedded server stops with its last
    # user) and the database, give up the home, and only then say so.
    app_ctx.close()
    instance.release()
    logging.getLogger("newswatch.daemon").info("stopped")
    raise typer.Exit(code)


def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show whether the daemon is alive, its last round, the queues, and the cluster's live
    instances (roles, heartbeats, the feeds each has claimed)."""
    from newswatch.status import collect_status, render_status

    data = collect_status(ctx.obj)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        render_status(data, console)


def demo(
    ctx: typer.Context,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object and exit.")
    ] = False,
    keep: Annotated[
        Path | None,
        typer.Option(
            "--keep", help="Keep the demo's data in this directory instead of a temp one."
        ),
    ] = None,
) -> None:
    """Run the whole loop offline against a local replica news site.

    Starts a replica site on 127.0.0.1 with Arabic news items shipped in the package, polls
    it, extracts events and routes them to two subscriptions: Dar'a governorate (SY12) and
    every ceasefire breach. Nothing leaves this machine.
    """
    from newswatch.demo import run_demo
    from newswatch.render import render_demo

    app_ctx: AppContext = ctx.obj
    if as_json:
        result = run_demo(app_ctx.settings, keep)
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    with console.status("Crawling the replica site, extracting events, routing alerts…"):
        result = run_demo(app_ctx.settings, keep)
    render_demo(result, console)


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(status)
    app.command()(demo)
    app.add_typer(config_app, name="config")
