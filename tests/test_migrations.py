"""The Alembic migrations build exactly the schema the code declares, on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData, insert, inspect, select, text

from newswatch.db import BRANCHES, alembic_config, all_metadata, make_engine, migrate
from newswatch.replay_cursor import replay_cursor

REPO = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 1, 1, tzinfo=UTC)


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


BRANCH_TABLES = {
    "crawler": "crawler.state",
    "pipeline": "pipeline.store",
    "alerts": "alerts.store",
    "newswatch": ("newswatch.replay_cursor", "newswatch.web.auth"),
}


def _tables_of(modules: str | tuple[str, ...]) -> set[str]:
    names = (modules,) if isinstance(modules, str) else modules
    return {t for name in names for t in importlib.import_module(name).METADATA.tables}


@pytest.mark.parametrize("branch", BRANCHES)
def test_each_stage_migrates_its_own_tables(branch: str, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'one-branch.db'}")
    command.upgrade(alembic_config(engine), f"{branch}@head")
    made = set(inspect(engine).get_table_names()) - {"alembic_version"}
    engine.dispose()
    assert made == _tables_of(BRANCH_TABLES[branch])


def test_every_table_belongs_to_one_branch() -> None:
    owned = [t for modules in BRANCH_TABLES.values() for t in _tables_of(modules)]
    assert sorted(owned) == sorted(t for md in all_metadata() for t in md.tables)
    assert set(BRANCH_TABLES) == set(BRANCHES)


def _as_first_released(engine: Engine) -> None:
    """The tables as revision 0001 made them: later revisions of the pipeline branch undone,
    and the tables later revisions made dropped."""
    from newswatch.db import _LEGACY_TABLES

    command.downgrade(alembic_config(engine), "pipeline_0001")
    legacy = set().union(*_LEGACY_TABLES.values()) | {"alembic_version"}
    with engine.begin() as conn:
        for name in set(inspect(engine).get_table_names()) - legacy:
            conn.execute(text(f"DROP TABLE {name}"))


def _heads(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


def test_a_database_of_the_single_first_revision_moves_to_the_branches(engine: Engine) -> None:
    """Databases made before the stages kept their own migrations carry revision 0001."""
    _as_first_released(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0001')"))
        conn.execute(insert(replay_cursor).values(run="r", source="s", day="2026-01-01",
                                                  mode="archive", articles=1, done_at=T0))
    migrate(engine)
    migrate(engine)
    with engine.connect() as conn:
        stamped = set(conn.scalars(text("SELECT version_num FROM alembic_version")))
        kept = conn.execute(select(replay_cursor.c.run)).scalars().all()
    heads = _heads(engine)
    assert stamped == heads and kept == ["r"]
    assert {h.split("_")[0] for h in heads} == set(BRANCHES)


def test_an_early_0001_database_gets_the_tables_it_lacked(engine: Engine) -> None:
    """Early databases at 0001 had no replay cursor nor web tokens (made at run time then)."""
    _as_first_released(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE replay_cursor"))
        conn.execute(text("DROP TABLE web_tokens"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0001')"))
    migrate(engine)
    assert {"replay_cursor", "web_tokens"} <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), all_metadata())
    assert diff == []


def test_nothing_creates_tables_at_run_time_but_the_migrations() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for package in ("newswatch", "crawler", "pipeline", "alerts")
        for path in (REPO / package).rglob("*.py")
        if re.search(r"\.create_all\(|\.create\((?:engine|conn|bind)", path.read_text())
    ]
    assert offenders == []
