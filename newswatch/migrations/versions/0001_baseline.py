"""Baseline schema (temporary: creates every stage's tables; replaced by explicit ops).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from alembic import op

from newswatch.db import all_metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for metadata in all_metadata():
        metadata.create_all(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for metadata in reversed(all_metadata()):
        metadata.drop_all(bind)
