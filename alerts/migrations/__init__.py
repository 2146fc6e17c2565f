"""The alerts' Alembic revisions (branch ``alerts``), applied by newswatch.db.migrate."""
