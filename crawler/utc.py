"""``UtcDateTime``: the column type of every instant the stages store.

SQLite has no time zone type: SQLAlchemy writes a datetime's wall-clock fields and drops
its offset, so ``21:00+03:00`` came back as ``21:00`` and was then read as UTC, three
hours late.  This type converts every value to UTC before it is written and hands it back
aware, in UTC, on SQLite and PostgreSQL alike (SQLAlchemy's documented recipe for
"timezone-aware timestamps stored as naive UTC").  The column stays ``TIMESTAMP WITH TIME
ZONE`` on PostgreSQL, so the schema and its migrations do not change.

It lives in ``crawler``, the bottom of the import chain, so every stage can share it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """An aware instant in, the same instant (aware, UTC) out; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            # Which zone a naive time means is a guess; a guess here shifts data silently.
            raise ValueError(f"naive datetime {value.isoformat()}: give it a time zone")
        utc = value.astimezone(UTC)
        # SQLite keeps wall-clock fields only, so they must already be UTC's.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # Raw SQL on SQLite hands back text; the DBAPI otherwise hands back a datetime.
        stored = datetime.fromisoformat(value) if isinstance(value, str) else value
        if not isinstance(stored, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value).__name__}")
        if stored.tzinfo is None:  # SQLite: stored as UTC wall-clock fields
            return stored.replace(tzinfo=UTC)
        return stored.astimezone(UTC)
