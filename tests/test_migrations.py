"""The Alembic migrations build exactly the schema the code declares, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData

from newswatch.db import all_metadata, migrate


def test_migrated_schema_matches_the_tables_in_code(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), all_metadata())
    assert diff == [], "write a migration for: " + repr(diff)


def test_migrating_twice_changes_nothing(engine: Engine) -> None:
    migrate(engine)
    reflected = MetaData()
    reflected.reflect(engine)
    assert {"alembic_version", "pl_events", "al_subscriptions", "crawl_feeds"} <= set(
        reflected.tables
    )
