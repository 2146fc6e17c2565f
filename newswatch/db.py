"""The relational store: SQLite in the home directory by default, PostgreSQL by URL.

Each stage owns its tables (``crawler.state``, ``pipeline.store``, ``alerts.store``) on its
own ``MetaData``; this module opens the engine and brings the schema up to date with
Alembic, whose migrations cover all of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, event

from newswatch.settings import Settings


def all_metadata() -> list[MetaData]:
    """Every stage's tables, in dependency order."""
    from alerts.store import METADATA as alerts_md
    from crawler.state import METADATA as crawler_md
    from newswatch.replay import METADATA as replay_md
    from newswatch.web.auth import METADATA as web_md
    from pipeline.store.tables import METADATA as pipeline_md

    return [crawler_md, pipeline_md, alerts_md, replay_md, web_md]


def make_engine(url: str) -> Engine:
    """An engine tuned for a small daemon sharing SQLite with short CLI commands."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


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


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection_engine"] = engine
    command.upgrade(cfg, "head")


def open_database(settings: Settings | str) -> Engine:
    """Open the configured database and migrate it."""
    url = settings if isinstance(settings, str) else settings.database_url
    engine = make_engine(url)
    migrate(engine)
    return engine
