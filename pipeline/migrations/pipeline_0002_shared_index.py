"""The story index shared by every pipeline worker: a sequence on ``pl_dedup`` and the one
row that orders (and serialises) the workers' decisions.

Revision ID: pipeline_0002
Revises: pipeline_0001

Each batch of decisions takes ``pl_decisions`` row 1 first (its row lock on PostgreSQL,
the write lock on SQLite) and numbers the index entries it writes from its ``seq``; a
worker catches up with the others by reading the entries above the last number it saw.
Entries written before this revision have no number: they are read at start, as before.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "pipeline_0002"
down_revision: str | None = "pipeline_0001"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("pl_dedup", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_pl_dedup_seq"), ["seq"], unique=True)
    decisions = op.create_table(
        "pl_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(decisions, [{"id": 1, "seq": 0}])


def downgrade() -> None:
    op.drop_table("pl_decisions")
    with op.batch_alter_table("pl_dedup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pl_dedup_seq"))
        batch_op.drop_column("seq")
