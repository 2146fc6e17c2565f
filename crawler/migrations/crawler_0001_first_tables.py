"""The crawler's feed state and seen-set: the tables as first released.

Revision ID: crawler_0001
Revises:
Create Date: 2026-11-25 15:17:55.848056

Until the tables' owners kept their own migrations, one revision ``0001`` created every
stage's tables; ``newswatch.db.migrate`` moves a database stamped ``0001`` to the first
revision of each branch, which create the same tables.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "crawler_0001"
down_revision: str | None = None
branch_labels: tuple[str, ...] | None = ("crawler",)
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        'crawl_feeds',
        sa.Column('url', sa.String(length=1000), nullable=False),
        sa.Column('source', sa.String(length=100), nullable=False),
        sa.Column('effective_url', sa.String(length=1000), nullable=True),
        sa.Column('etag', sa.String(length=500), nullable=True),
        sa.Column('last_modified', sa.String(length=100), nullable=True),
        sa.Column('body_hash', sa.String(length=64), nullable=True),
        sa.Column('last_poll', sa.DateTime(timezone=True), nullable=True),
        sa.Column('next_poll', sa.DateTime(timezone=True), nullable=True),
        sa.Column('interval', sa.Integer(), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('last_success', sa.DateTime(timezone=True), nullable=True),
        sa.Column('items_seen', sa.Integer(), nullable=False),
        sa.Column('degraded', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('url'),
    )
    with op.batch_alter_table('crawl_feeds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawl_feeds_source'), ['source'])
    op.create_table(
        'crawl_seen',
        sa.Column('hash', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('source', sa.String(length=100), nullable=False),
        sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('hash'),
    )
    with op.batch_alter_table('crawl_seen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawl_seen_first_seen'), ['first_seen'])


def downgrade() -> None:
    with op.batch_alter_table('crawl_seen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_seen_first_seen'))
    op.drop_table('crawl_seen')
    with op.batch_alter_table('crawl_feeds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_feeds_source'))
    op.drop_table('crawl_feeds')
