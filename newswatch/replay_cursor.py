"""The replay's cursor: which (source, day) pairs a replay run has finished.

Its table, ``replay_cursor``, is created and changed by the ``newswatch`` branch of the
migrations (``newswatch/migrations/versions``), never here.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    func,
    insert,
    select,
)

from crawler.clock import Clock, utcnow
from crawler.utc import UtcDateTime

METADATA = MetaData()

replay_cursor = Table(
    "replay_cursor",
    METADATA,
    Column("run", String(64), primary_key=True),
    Column("source", String(100), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("mode", String(10), nullable=False),
    Column("articles", Integer, nullable=False, default=0),
    Column("done_at", UtcDateTime(), nullable=False),
)


class CursorStore:
    """Which (source, day) pairs a run has finished."""

    def __init__(self, engine: Engine, clock: Clock = utcnow) -> None:
        self.engine, self.clock = engine, clock

    def done(self, run: str) -> set[tuple[str, str]]:
        query = select(replay_cursor.c.source, replay_cursor.c.day).where(
            replay_cursor.c.run == run
        )
        with self.engine.connect() as conn:
            return {(row.source, row.day) for row in conn.execute(query)}

    def mark(self, run: str, pairs: list[tuple[str, str]], mode: str, articles: int) -> None:
        rows = [
            {
                "run": run,
                "source": s,
                "day": d,
                "mode": mode,
                "articles": articles,
                "done_at": self.clock(),
            }
            for s, d in pairs
        ]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(replay_cursor), rows)

    def finish(self, run: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(replay_cursor).where(replay_cursor.c.run == run))

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(replay_cursor)).scalar_one())
