"""The article pages a capped round left for later: ``crawl_pending``.

Revision ID: crawler_0002
Revises: crawler_0001
Create Date: 2026-12-06 17:40:00

A round fetches at most ``crawler.max_articles_per_round`` pages per source; the rest used to
wait for the feed to change, forever while it answered 304. They are kept here instead.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "crawler_0002"
down_revision: str | None = "crawler_0001"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        'crawl_pending',
        sa.Column('feed', sa.String(length=1000), nullable=False),
        sa.Column('hash', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('source', sa.String(length=100), nullable=False),
        sa.Column('url', sa.Text(), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('published', sa.DateTime(timezone=True), nullable=True),
        sa.Column('listed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('feed', 'hash'),
    )


def downgrade() -> None:
    op.drop_table('crawl_pending')
