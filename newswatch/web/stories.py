"""Stories (articles grouped as one news story), newest activity first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from newswatch.web.errors import bad_cursor
from pipeline.store.queries import PipelineQueries

MAX_OFFSET = 2**31 - 1


def _iso(value: datetime) -> str:
    return (value.replace(tzinfo=UTC) if value.tzinfo is None else value).isoformat()


def list_stories(
    engine: Engine, limit: int, cursor: str | None = None, since: datetime | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of stories; the cursor is an offset (stories are few and change slowly)."""
    try:
        offset = int(cursor) if cursor else 0
        if not 0 <= offset <= MAX_OFFSET:  # beyond: SQLite and PostgreSQL overflow
            raise ValueError
    except ValueError:
        raise bad_cursor() from None
    rows = PipelineQueries(engine).stories(limit + 1, offset, since)
    items = [
        {**r, "created_at": _iso(r["created_at"]), "updated_at": _iso(r["updated_at"])}
        for r in rows[:limit]
    ]
    return items, str(offset + limit) if len(rows) > limit else None
