"""The pipeline's Alembic revisions (branch ``pipeline``), applied by newswatch.db.migrate."""
