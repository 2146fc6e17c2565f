"""Sub-commands: web (the HTTP API and the dashboard, in the foreground)."""

from __future__ import annotations

import signal
import threading
from typing import Annotated

import typer

from newswatch.context import AppContext
from newswatch.errors import UserError


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("web")(web)


def web(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to bind (default: web.host, 127.0.0.1).")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port to bind (default: web.port, 8080).")
    ] = None,
) -> None:
    """Serve the API and the map dashboard at http://HOST:PORT/ until Ctrl-C."""
    from newswatch.web import create_app, serve_in_thread

    app_ctx: AppContext = ctx.obj
    settings = app_ctx.settings
    bind_host = host or settings.web.host
    bind_port = port if port is not None else settings.web.port or 8080
    app = create_app(settings, app_ctx.engine, app_ctx.redis)
    if not settings.web.admin_token:
        typer.echo("note: web.admin_token is empty: the API is read-only", err=True)
    try:
        server = serve_in_thread(app, bind_host, bind_port)
    except OSError as exc:
        raise UserError(f"web: {exc.strerror or exc}") from None
    typer.echo(f"newswatch web on {server.url}/", err=True)
    # Signals are handled here, not by uvicorn (which re-raises them after its shutdown and
    # so would kill the process before the embedded Redis is stopped).
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda _signum, _frame: stop.set())
    while not stop.wait(0.5) and server.thread.is_alive():
        pass
    server.stop()
