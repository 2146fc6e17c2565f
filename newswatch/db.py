"""The relational store: SQLite in the home directory by default, PostgreSQL by URL.

Each stage owns its tables, on its own ``MetaData``, and their migrations, an Alembic
branch of its own in its package: ``crawler/migrations`` (``crawler.state``),
``pipeline/migrations`` (``pipeline.store``), ``alerts/migrations`` (``alerts.store``) and
``newswatch/migrations/versions`` (``newswatch.replay_cursor``, ``newswatch.web.auth``).
This module opens the engine and brings every branch to its head; nothing else creates or
alters a table.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Engine,
    MetaData,
    String,
    column,
    create_engine,
    event,
    inspect,
    select,
    table,
    text,
)

from newswatch.errors import UserError
from newswatch.settings import Settings

if TYPE_CHECKING:
    from alembic.config import Config

# The branches, each in the folder ``<package>/migrations`` (newswatch: ``.../versions``).
BRANCHES = ("crawler", "pipeline", "alerts", "newswatch")
# Before each stage kept its own migrations, revision "0001" made every table; the first
# revision of each branch makes the same ones, so such a database is stamped with those
# whose tables it has. (Early databases at "0001" lacked the last two, which the code then
# made at run time: their branch's first revision makes them now.)
_LEGACY_REVISION = "0001"
_LEGACY_TABLES = {
    "crawler_0001": {"crawl_feeds", "crawl_seen"},
    "pipeline_0001": {"pl_articles", "pl_dedup", "pl_event_sources", "pl_events", "pl_stories"},
    "alerts_0001": {"al_deliveries", "al_subscriptions"},
    "newswatch_0001": {"replay_cursor", "web_tokens"},
}


def all_metadata() -> list[MetaData]:
    """Every stage's tables (for the check that the migrations build them)."""
    from alerts.store import METADATA as alerts_md
    from crawler.state import METADATA as crawler_md
    from newswatch.replay_cursor import METADATA as replay_md
    from newswatch.web.auth import METADATA as web_md
    from pipeline.store.tables import METADATA as pipeline_md

    return [crawler_md, pipeline_md, alerts_md, replay_md, web_md]


def version_locations() -> list[Path]:
    """The folder of each branch's revisions."""
    import alerts
    import crawler
    import pipeline

    stages = [Path(package.__file__ or "").parent / "migrations"
              for package in (crawler, pipeline, alerts)]
    return [*stages, Path(__file__).parent / "migrations" / "versions"]


def make_engine(url: str) -> Engine:
    """An engine tuned for a small daemon sharing SQLite with short CLI commands."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:  # the driver is an extra: say which one
        raise UserError(
            f"database.url is PostgreSQL but its driver ({exc.name}) is not installed: "
            "pip install 'newswatch[postgres]' (in a clone: pip install -e '.[postgres]')"
        ) from None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the CLI read while the daemon writes; busy_timeout waits out short locks.
    # synchronous=NORMAL is SQLite's advice for WAL: a commit no longer waits for fsync, a
    # killed process still loses nothing, and a power cut can only roll back the last
    # commits, in order (never corrupt), which the crawler then fetches again.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    """Alembic's configuration for ``engine`` (also for writing a revision: see
    docs/ARCHITECTURE.md)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", os.pathsep.join(map(str, version_locations())))
    cfg.attributes["connection_engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring every stage's tables to the head of its branch (one process at a time: the
    instances of a cluster start together on one database)."""
    from alembic import command

    with _migration_lock(engine):
        cfg = alembic_config(engine)
        if _stamped_with(engine) == {_LEGACY_REVISION}:
            present = set(inspect(engine).get_table_names())
            made = [rev for rev, tables in _LEGACY_TABLES.items() if tables <= present]
            command.stamp(cfg, made, purge=True)
        command.upgrade(cfg, "heads")


_MIGRATION_LOCK_ID = 0x6E657773  # "news": the advisory lock that serialises migrations


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """PostgreSQL: an advisory lock; SQLite: a lock file beside the database; others:
    nothing."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_ID})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK_ID})
                conn.commit()
        return
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    import fcntl

    fd = os.open(f"{path}.migrate-lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # the kernel drops it if the process dies
        yield
    finally:
        os.close(fd)


def _stamped_with(engine: Engine) -> set[str]:
    if not inspect(engine).has_table("alembic_version"):
        return set()
    query = select(column("version_num", String)).select_from(table("alembic_version"))
    with engine.connect() as conn:
        return set(conn.scalars(query))


def open_database(settings: Settings | str) -> Engine:
    """Open the configured database and migrate it."""
    url = settings if isinstance(settings, str) else settings.database_url
    engine = make_engine(url)
    migrate(engine)
    return engine
