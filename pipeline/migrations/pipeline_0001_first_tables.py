"""The pipeline's articles, events, stories and dedup index: the tables as first released.

Revision ID: pipeline_0001
Revises:
Create Date: 2026-11-25 15:17:55.848056

Until the tables' owners kept their own migrations, one revision ``0001`` created every
stage's tables; ``newswatch.db.migrate`` moves a database stamped ``0001`` to the first
revision of each branch, which create the same tables.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "pipeline_0001"
down_revision: str | None = None
branch_labels: tuple[str, ...] | None = ("pipeline",)
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        'pl_articles',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('source', sa.String(length=200), nullable=False),
        sa.Column('url', sa.Text(), nullable=False),
        sa.Column('canonical_url', sa.String(length=2000), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('text_hash', sa.String(length=64), nullable=False),
        sa.Column('language', sa.String(length=10), nullable=False),
        sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('story_id', sa.String(length=40), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('canonical_url'),
    )
    with op.batch_alter_table('pl_articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pl_articles_fetched_at'), ['fetched_at'])
        batch_op.create_index(batch_op.f('ix_pl_articles_source'), ['source'])
        batch_op.create_index(batch_op.f('ix_pl_articles_story_id'), ['story_id'])
        batch_op.create_index(batch_op.f('ix_pl_articles_text_hash'), ['text_hash'])
    op.create_table(
        'pl_dedup',
        sa.Column('article_id', sa.String(length=40), nullable=False),
        sa.Column('story_id', sa.String(length=40), nullable=False),
        sa.Column('source', sa.String(length=200), nullable=False),
        sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('signature', sa.Text(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('article_id'),
    )
    with op.batch_alter_table('pl_dedup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pl_dedup_seen_at'), ['seen_at'])
    op.create_table(
        'pl_event_sources',
        sa.Column('event_id', sa.String(length=40), nullable=False),
        sa.Column('article_id', sa.String(length=40), nullable=False),
        sa.Column('source', sa.String(length=200), nullable=False),
        sa.Column('url', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('event_id', 'article_id'),
    )
    op.create_table(
        'pl_events',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('story_id', sa.String(length=40), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('event_type', sa.String(length=60), nullable=False),
        sa.Column('sub_event_type', sa.String(length=80), nullable=False),
        sa.Column('admin1_pcode', sa.String(length=20), nullable=True),
        sa.Column('place_pcode', sa.String(length=20), nullable=True),
        sa.Column('event_date', sa.String(length=10), nullable=True),
        sa.Column('fatalities', sa.Integer(), nullable=True),
        sa.Column('ceasefire_breach', sa.Boolean(), nullable=False),
        sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('replayed', sa.Boolean(), nullable=False),
        sa.Column('published_version', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('pl_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pl_events_admin1_pcode'), ['admin1_pcode'])
        batch_op.create_index(batch_op.f('ix_pl_events_event_date'), ['event_date'])
        batch_op.create_index(batch_op.f('ix_pl_events_story_id'), ['story_id'])
        batch_op.create_index(batch_op.f('ix_pl_events_updated_at'), ['updated_at'])
    op.create_table(
        'pl_stories',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('first_article_id', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('articles', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('pl_stories')
    with op.batch_alter_table('pl_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pl_events_updated_at'))
        batch_op.drop_index(batch_op.f('ix_pl_events_story_id'))
        batch_op.drop_index(batch_op.f('ix_pl_events_event_date'))
        batch_op.drop_index(batch_op.f('ix_pl_events_admin1_pcode'))
    op.drop_table('pl_events')
    op.drop_table('pl_event_sources')
    with op.batch_alter_table('pl_dedup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pl_dedup_seen_at'))
    op.drop_table('pl_dedup')
    with op.batch_alter_table('pl_articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pl_articles_text_hash'))
        batch_op.drop_index(batch_op.f('ix_pl_articles_story_id'))
        batch_op.drop_index(batch_op.f('ix_pl_articles_source'))
        batch_op.drop_index(batch_op.f('ix_pl_articles_fetched_at'))
    op.drop_table('pl_articles')
