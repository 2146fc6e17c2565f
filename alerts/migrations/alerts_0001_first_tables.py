"""The alerts' subscriptions and delivery log: the tables as first released.

Revision ID: alerts_0001
Revises:
Create Date: 2026-11-25 15:17:55.848056

Until the tables' owners kept their own migrations, one revision ``0001`` created every
stage's tables; ``newswatch.db.migrate`` moves a database stamped ``0001`` to the first
revision of each branch, which create the same tables.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "alerts_0001"
down_revision: str | None = None
branch_labels: tuple[str, ...] | None = ("alerts",)
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        'al_deliveries',
        sa.Column('key', sa.String(length=300), nullable=False),
        sa.Column('subscription_id', sa.String(length=40), nullable=False),
        sa.Column('event_id', sa.String(length=200), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('key'),
    )
    with op.batch_alter_table('al_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_al_deliveries_subscription_id'), ['subscription_id'])
    op.create_table(
        'al_subscriptions',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('spec', sa.JSON(), nullable=False),
        sa.Column('secret', sa.Text(), nullable=False),
        sa.Column('paused', sa.Boolean(), nullable=False),
        sa.Column('origin', sa.String(length=20), nullable=False),
        sa.Column('config', sa.JSON(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
    )


def downgrade() -> None:
    op.drop_table('al_subscriptions')
    with op.batch_alter_table('al_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_al_deliveries_subscription_id'))
    op.drop_table('al_deliveries')
