"""Every instant the stores write comes back as the same instant, aware, on SQLite and
PostgreSQL (SQLite has no time zone type and used to drop the offset)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, BigInteger, Boolean, Column, DateTime, Engine, Integer, Table, select

from crawler.utc import UtcDateTime
from newswatch.db import all_metadata
from pipeline.store import PipelineStore
from pipeline.store.tables import article_id

DAMASCUS = timezone(timedelta(hours=3))
ROW_KEYS = itertools.count()  # hypothesis reuses one database for all its examples
TABLES = [table for md in all_metadata() for table in md.sorted_tables]
TIME_COLUMNS = [
    (table, column) for table in TABLES for column in table.columns
    if isinstance(column.type, UtcDateTime)
]  # fmt: skip


def test_every_time_column_keeps_its_offset() -> None:
    """A plain DateTime column would lose the offset on SQLite again."""
    plain = [
        f"{table.name}.{column.name}" for table in TABLES for column in table.columns
        if isinstance(column.type, DateTime)
    ]  # fmt: skip
    assert plain == []
    names = {table.name for table, _ in TIME_COLUMNS}
    assert {"pl_articles", "pl_events", "crawl_feeds", "al_deliveries", "replay_cursor"} <= names


def _filler(column: Column[Any], when: datetime, n: int) -> Any:
    """A value of the column's type; keys differ per row."""
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return when
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | BigInteger):
        return n
    if isinstance(kind, JSON):
        return {}
    return f"v{n}"


def _round_trip(engine: Engine, table: Table, when: datetime, n: int) -> dict[str, Any]:
    row = {c.name: _filler(c, when, n) for c in table.columns}
    keys = [c for c in table.primary_key.columns]
    with engine.begin() as conn:
        conn.execute(table.insert().values(row))
        got = conn.execute(
            select(table).where(*(c == row[c.name] for c in keys))
        ).mappings().one()
    return dict(got)


aware_times = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2200, 1, 1),
    timezones=st.timezones(),
).filter(lambda t: t.utcoffset() is not None)  # fmt: skip


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(when=aware_times, pick=st.integers(min_value=0))
def test_any_aware_time_round_trips(engine: Engine, when: datetime, pick: int) -> None:
    table, _ = TIME_COLUMNS[pick % len(TIME_COLUMNS)]
    got = _round_trip(engine, table, when, next(ROW_KEYS))
    for _, column in (tc for tc in TIME_COLUMNS if tc[0] is table):
        value = got[column.name]
        assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
        # Compared as instants: PEP 495 makes an ambiguous local time (the hour a clock
        # repeats in autumn) unequal to every other zone's datetime, even the same instant.
        assert value == when.astimezone(UTC), f"{table.name}.{column.name}: {value} != {when}"


@pytest.mark.parametrize("column", TIME_COLUMNS, ids=lambda tc: f"{tc[0].name}.{tc[1].name}")
def test_each_time_column_round_trips(engine: Engine, column: tuple[Table, Column[Any]]) -> None:
    table, col = column
    when = datetime(2024, 12, 5, 23, 30, 15, 123456, tzinfo=DAMASCUS)
    assert _round_trip(engine, table, when, 1)[col.name] == when


def test_naive_time_is_refused(engine: Engine) -> None:
    table = next(t for t, _ in TIME_COLUMNS if t.name == "replay_cursor")
    with pytest.raises(Exception, match="naive datetime"):
        _round_trip(engine, table, datetime(2024, 12, 5, 21), 1)


def test_article_published_in_damascus_lists_the_same_instant(engine: Engine) -> None:
    """The operator's report: 21:00+03:00 was listed as 21:00+00:00."""
    url = "https://outlet.example/1"
    published = datetime(2024, 12, 5, 21, 0, tzinfo=DAMASCUS)
    fetched = datetime(2024, 12, 5, 22, 0, tzinfo=UTC)
    store = PipelineStore(engine)
    store.save_article({
        "id": article_id(url), "source": "s", "url": url, "canonical_url": url, "title": "t",
        "text": "x", "text_hash": "h", "language": "ar", "published_at": published,
        "fetched_at": fetched, "updated_at": fetched, "story_id": None, "version": 1,
    })  # fmt: skip
    (row,) = store.list_articles()
    assert datetime.fromisoformat(row["published_at"]) == published
    assert row["published_at"] == "2024-12-05T18:00:00+00:00"
    # A bound is compared as an instant too: fetched at 22:00 UTC is 01:00 in Damascus.
    assert store.list_articles(since=datetime(2024, 12, 6, 0, 59, tzinfo=DAMASCUS)) == [row]
    assert store.list_articles(since=datetime(2024, 12, 6, 1, 1, tzinfo=DAMASCUS)) == []
