"""Alembic's environment for every stage's migrations (see newswatch.db.migrate)."""
