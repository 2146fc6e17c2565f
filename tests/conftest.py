"""Shared fixtures: real Redis (embedded always, the machine's own where present),
real databases (SQLite always, PostgreSQL where present), and the shared eval data."""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine, create_engine, text

from newswatch.db import make_engine, migrate
from newswatch.redis_server import embedded_pids

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


def _worker_database(url: str) -> str:
    """The suite runs in parallel (pytest-xdist): each worker takes a database of its own on
    the external Redis (the one named, then the next ones), since every test empties it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw"):
        return url
    base, _, number = url.rpartition("/")
    return f"{base}/{(int(number or 0) + int(worker[2:])) % 16}"


EXTERNAL_REDIS = _worker_database(
    os.environ.get("NEWSWATCH_TEST_REDIS", "redis://127.0.0.1:6379/9"))
# Test modules that read the variable themselves, and the daemons tests start, see the
# worker's database too.
os.environ["NEWSWATCH_TEST_REDIS"] = EXTERNAL_REDIS
EXTERNAL_PG = os.environ.get(
    "NEWSWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def embedded_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The embedded redis-server that `newswatch run` uses, in a temporary home."""
    from newswatch.redis_server import start_embedded

    server = start_embedded(tmp_path_factory.mktemp("redis"))
    yield server
    server.close()


@pytest.fixture(params=["embedded", "external"])
def redis_url(request: pytest.FixtureRequest) -> str:
    """A URL of a real, empty Redis: the embedded one, and 127.0.0.1:6379 where it runs."""
    if request.param == "external":
        if not _port_open("127.0.0.1", 6379):
            pytest.skip("no Redis on 127.0.0.1:6379")
        url = EXTERNAL_REDIS
    else:
        url = f"unix://{request.getfixturevalue('embedded_redis').socket_file}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    return url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    yield client
    client.close()


@pytest.fixture
def prefix() -> str:
    """A key prefix of its own, so tests never see each other's keys."""
    return f"nwtest-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    if not _port_open("127.0.0.1", 5432):
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    name = f"nwtest_{uuid.uuid4().hex[:8]}"
    admin = create_engine(EXTERNAL_PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield EXTERNAL_PG.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database: SQLite always, PostgreSQL where it runs."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    base: str = request.getfixturevalue("postgres_url")
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return base


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """SQLite only, for tests that do not depend on the database kind."""
    eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, present for developers and CI but not in a user's clone."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} absent: shared eval data exists only beside the dev checkout")
    return SHARED


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The suite leaves no embedded redis-server running: every one of a test's home must
    have stopped with its last user (its guard may take a moment after the last close)."""
    if not sys.platform.startswith("linux"):
        return
    basetemp = session.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 15
    while (left := embedded_pids(basetemp)) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not left:
        return
    for pid in left:  # do not leak them past the failure either
        os.kill(pid, signal.SIGKILL)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"FAILED: embedded redis-server left running: pids {left}", red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
