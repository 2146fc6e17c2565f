"""Stories (articles grouped as one news story), newest activity first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select

from newswatch.web.errors import bad_cursor
from pipeline.store.tables import ARTICLES, EVENTS, STORIES


def _iso(value: datetime) -> str:
    return (value.replace(tzinfo=UTC) if value.tzinfo is None else value).isoformat()


def list_stories(
    engine: Engine, limit: int, cursor: str | None = None, since: datetime | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of stories; the cursor is an offset (stories are few and change slowly)."""
    try:
        offset = int(cursor) if cursor else 0
        if offset < 0:
            raise ValueError
    except ValueError:
        raise bad_cursor() from None
    events = (
        select(func.count()).where(EVENTS.c.story_id == STORIES.c.id).scalar_subquery()
    )
    title = (
        select(ARTICLES.c.title).where(ARTICLES.c.id == STORIES.c.first_article_id)
        .scalar_subquery()
    )
    query = select(STORIES, events.label("events"), title.label("title"))
    if since is not None:
        query = query.where(STORIES.c.updated_at >= since)
    query = query.order_by(STORIES.c.updated_at.desc(), STORIES.c.id.desc())
    with engine.connect() as conn:
        rows = conn.execute(query.offset(offset).limit(limit + 1)).mappings().all()
    items = [
        {"id": r["id"], "title": r["title"], "articles": int(r["articles"]),
         "events": int(r["events"]), "created_at": _iso(r["created_at"]),
         "updated_at": _iso(r["updated_at"])}
        for r in rows[:limit]
    ]
    return items, str(offset + limit) if len(rows) > limit else None
