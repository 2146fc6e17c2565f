"""The web application: API routes, the dashboard page, and a server for a thread.

``create_app(settings, engine, redis)`` builds the FastAPI app; ``newswatch web`` serves it
in the foreground and the daemon can run it beside its loop with ``serve_in_thread``.
The page loads nothing from any other host (the CSP forbids it), and CORS is closed
unless ``web.cors_origins`` names origins.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import RequestResponseEndpoint
from starlette.routing import Match

from alerts.netguard import OutboundGuard
from newswatch import __version__
from newswatch.settings import Settings
from newswatch.web import api, health, subscriptions
from newswatch.web.errors import ApiError
from newswatch.web.state import WebState

if TYPE_CHECKING:
    import redis

log = logging.getLogger("newswatch.web")

STATIC = Path(str(resources.files("newswatch.web") / "static"))
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def create_app(
    settings: Settings,
    engine: Engine,
    redis: redis.Redis | None = None,
    *,
    status: Callable[[], dict[str, Any]] | None = None,
    guard: OutboundGuard | None = None,
) -> FastAPI:
    """The API and the dashboard over this database (and Redis, for test sends).

    ``status`` (the daemon's) is merged into ``/healthz``; ``/metrics`` serves Prometheus'
    registry, so a daemon mounting this app needs no other HTTP endpoint.  ``guard`` is
    the outbound guard of subscription channels (default: from ``settings.alerts``).
    """
    app = FastAPI(
        title="newswatch", version=__version__,
        description="Events in Syria coded in ACLED's taxonomy, and alert subscriptions.",
        docs_url=None, redoc_url=None,  # Swagger UI would load scripts from a CDN
    )
    app.state.web = WebState.build(settings, engine, redis, status, guard)
    app.include_router(api.router)
    app.include_router(health.router)
    app.include_router(subscriptions.router)
    _add_errors(app)
    _refuse_nul(app)
    _add_page(app)
    origins = [o.strip() for o in settings.web.cors_origins.split(",") if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    return app


def _add_errors(app: FastAPI) -> None:
    async def api_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        body = {"error": exc.message, "field": exc.field}
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(body, status_code=exc.status, headers=headers)

    async def invalid(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        first = exc.errors()[0] if exc.errors() else {"loc": ("request",), "msg": "invalid"}
        field = str(first["loc"][-1]) if first.get("loc") else "request"
        return JSONResponse({"error": f"{field}: {first['msg']}", "field": field}, 422)

    async def http_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return JSONResponse({"error": str(exc.detail), "field": None}, exc.status_code,
                            headers=exc.headers)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(StarletteHTTPException, http_error)


def _refuse_nul(app: FastAPI) -> None:
    """NUL in a path or query is a 422 here: PostgreSQL refuses it in any text (a 500)."""

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next: RequestResponseEndpoint) -> Response:
        field = _nul_field(request)
        if field is not None:
            message = f"{field}: NUL characters are not allowed"
            return JSONResponse({"error": message, "field": field}, 422)
        return await call_next(request)


def _nul_field(request: Request) -> str | None:
    if "\x00" in request.url.path:
        return "path"
    for key, value in request.query_params.multi_items():
        if "\x00" in key or "\x00" in value:
            return key.replace("\x00", "")
    return None


def _add_page(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        if response.status_code == 405:
            response.headers["Allow"] = _allowed(app, request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _allowed(app: FastAPI, request: Request) -> str:
    """Every method of every route at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in app.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE and isinstance(route, APIRoute):
            methods |= route.methods or set()
    return ", ".join(sorted(methods))


@dataclass
class WebServer:
    """A running server; ``stop()`` finishes in-flight requests and joins the thread."""

    server: uvicorn.Server
    thread: threading.Thread
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self, timeout: float = 5.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


def server_config(app: FastAPI, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="off",
        server_header=False,
        # uvicorn's own handlers would print plain lines ("ERROR: [Errno 98] ..."); without
        # them its records reach the root logger, which writes JSON lines in the daemon.
        log_config=None,
    )


def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> WebServer:
    """Start serving in a daemon thread; port 0 picks a free one (see ``.port``).

    The socket is bound here, before the thread starts, so that a port in use is an
    ``OSError`` naming the address and the reason (uvicorn would log it and end its thread).
    """
    sock = _bind(host, port)
    server = uvicorn.Server(server_config(app, host, port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="web",
                              daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise OSError(f"web: could not serve on {host}:{port}")
        time.sleep(0.01)
    bound = sock.getsockname()[1]
    log.info("web dashboard on http://%s:%s", host, bound)
    return WebServer(server, thread, host, int(bound))


def _bind(host: str, port: int) -> socket.socket:
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    try:
        return socket.create_server((host, port), family=family, backlog=2048)
    except OSError as exc:  # "cannot listen on 127.0.0.1:8080: Address already in use"
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise OSError(exc.errno, f"cannot listen on {host}:{port}: {reason}") from None
