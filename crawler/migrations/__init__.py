"""The crawler's Alembic revisions (branch ``crawler``), applied by newswatch.db.migrate."""
