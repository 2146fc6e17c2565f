"""Alembic revisions of the replay cursor and the web tokens (branch ``newswatch``)."""
