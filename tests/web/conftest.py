"""A real dashboard server on 127.0.0.1 over a seeded database."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine

from newswatch.web import WebServer, create_app, serve_in_thread

# --import-mode=importlib leaves sys.path alone: make this directory's helpers importable.
sys.path.insert(0, str(Path(__file__).parent))

from web_helpers import Api, seed_events, web_settings


@pytest.fixture
def redis_embedded(embedded_redis: Any) -> Iterator[redis.Redis]:
    """The embedded Redis only: the web tests use it for test sends, not as a subject."""
    client = redis.Redis(unix_socket_path=embedded_redis.socket_file, decode_responses=True)
    yield client
    client.close()


def _serve(engine: Engine, home: Path, client: redis.Redis, prefix: str, **web: Any) -> WebServer:
    settings = web_settings(home, **web)
    settings = dataclasses.replace(
        settings, redis=dataclasses.replace(settings.redis, prefix=prefix)
    )
    seed_events(engine)
    return serve_in_thread(create_app(settings, engine, client), "127.0.0.1", 0)


Live = tuple[Api, WebServer, Engine]


@pytest.fixture
def live(engine: Engine, tmp_path: Path, redis_embedded: redis.Redis, prefix: str
         ) -> Iterator[Live]:
    """The server over SQLite and over PostgreSQL (where it runs)."""
    server = _serve(engine, tmp_path, redis_embedded, prefix)
    yield Api(server.url), server, engine
    server.stop()


@pytest.fixture
def api(live: Live) -> Api:
    return live[0]


@pytest.fixture
def sqlite_api(sqlite_engine: Engine, tmp_path: Path, redis_embedded: redis.Redis, prefix: str
               ) -> Iterator[Api]:
    server = _serve(sqlite_engine, tmp_path, redis_embedded, prefix)
    yield Api(server.url)
    server.stop()


@pytest.fixture
def serve(sqlite_engine: Engine, tmp_path: Path, redis_embedded: redis.Redis, prefix: str
          ) -> Iterator[Callable[..., Api]]:
    """Start a server with other web settings (e.g. cors_origins)."""
    servers: list[WebServer] = []

    def start(**web: Any) -> Api:
        servers.append(_serve(sqlite_engine, tmp_path, redis_embedded, prefix, **web))
        return Api(servers[-1].url)

    yield start
    for server in servers:
        server.stop()
