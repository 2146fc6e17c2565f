"""Alembic environment: runs migrations on the engine newswatch hands over."""

from __future__ import annotations

from alembic import context

from newswatch.db import all_metadata

config = context.config
target_metadata = all_metadata()


def run_migrations_online() -> None:
    engine = config.attributes.get("connection_engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        context.run_migrations()


run_migrations_online()
