"""The replay cursor and the web's subscriber tokens: the tables as first released.

Revision ID: newswatch_0001
Revises:
Create Date: 2026-11-25 15:17:55.848056

Until the tables' owners kept their own migrations, one revision ``0001`` created every
stage's tables; ``newswatch.db.migrate`` moves a database stamped ``0001`` to the first
revision of each branch, which create the same tables.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "newswatch_0001"
down_revision: str | None = None
branch_labels: tuple[str, ...] | None = ("newswatch",)
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        'replay_cursor',
        sa.Column('run', sa.String(length=64), nullable=False),
        sa.Column('source', sa.String(length=100), nullable=False),
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('mode', sa.String(length=10), nullable=False),
        sa.Column('articles', sa.Integer(), nullable=False),
        sa.Column('done_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('run', 'source', 'day'),
    )
    op.create_table(
        'web_tokens',
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('subscription_id', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('token_hash'),
    )
    with op.batch_alter_table('web_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_web_tokens_subscription_id'), ['subscription_id'])


def downgrade() -> None:
    with op.batch_alter_table('web_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_web_tokens_subscription_id'))
    op.drop_table('web_tokens')
    op.drop_table('replay_cursor')
