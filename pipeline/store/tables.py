"""The tables of the pipeline stage (``pl_*``) and the keys of their rows.

``pl_articles`` keeps every article once (by canonical URL), ``pl_events`` one row per
incident (``StoredEvent``) with its sources in ``pl_event_sources``, ``pl_stories`` the
stories articles were grouped into, and ``pl_dedup`` what the dedup index needs to come
back after a restart or from another worker (MinHash signatures, paragraph hashes, incident
keys), numbered in the order ``pl_decisions`` gave them.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import JSON, BigInteger, Boolean, Column, Integer, MetaData, String, Table, Text

from crawler.utc import UtcDateTime

__all__ = ["ARTICLES", "DECISIONS", "DEDUP", "EVENTS", "EVENT_SOURCES", "METADATA", "STORIES",
           "article_id", "stable_id"]

METADATA = MetaData()

ARTICLES = Table(
    "pl_articles",
    METADATA,
    Column("id", String(40), primary_key=True),
    Column("source", String(200), nullable=False, index=True),
    Column("url", Text, nullable=False),
    Column("canonical_url", String(2000), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False, index=True),
    Column("language", String(10), nullable=False),
    Column("published_at", UtcDateTime()),
    Column("fetched_at", UtcDateTime(), nullable=False, index=True),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("story_id", String(40), index=True),
    Column("version", Integer, nullable=False, default=1),
)

EVENTS = Table(
    "pl_events",
    METADATA,
    Column("id", String(40), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("story_id", String(40), nullable=False, index=True),
    Column("data", JSON, nullable=False),
    Column("event_type", String(60), nullable=False),
    Column("sub_event_type", String(80), nullable=False),
    Column("admin1_pcode", String(20), index=True),
    Column("place_pcode", String(20)),
    Column("event_date", String(10), index=True),
    Column("fatalities", Integer),
    Column("ceasefire_breach", Boolean, nullable=False, default=False),
    Column("first_seen", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False, index=True),
    Column("replayed", Boolean, nullable=False, default=False),
    # Outbox: the newest version the events stream has accepted. Below ``version`` means an
    # announcement is owed (Redis was down); ``Pipeline.publish_pending`` pays it.
    Column("published_version", Integer, nullable=False, default=0, server_default="0"),
)

EVENT_SOURCES = Table(
    "pl_event_sources",
    METADATA,
    Column("event_id", String(40), primary_key=True),
    Column("article_id", String(40), primary_key=True),
    Column("source", String(200), nullable=False),
    Column("url", Text, nullable=False),
    Column("position", Integer, nullable=False, default=0),
)

STORIES = Table(
    "pl_stories",
    METADATA,
    Column("id", String(40), primary_key=True),
    Column("first_article_id", String(40), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("articles", Integer, nullable=False, default=1),
)

DEDUP = Table(
    "pl_dedup",
    METADATA,
    Column("article_id", String(40), primary_key=True),
    Column("story_id", String(40), nullable=False),
    Column("source", String(200), nullable=False),
    Column("seen_at", UtcDateTime(), nullable=False, index=True),
    Column("signature", Text, nullable=False),  # hex of the MinHash values
    Column("data", JSON, nullable=False),  # paragraph hashes, incident keys, buckets
    # Numbered from ``pl_decisions.seq`` as written: workers catch up by reading above the
    # last number they saw (null: written before the index was shared, read at start).
    Column("seq", BigInteger, unique=True, index=True),
)

DECISIONS = Table(
    "pl_decisions",
    METADATA,
    # One row (id 1). A batch of story and incident decisions updates it first, which holds
    # the row lock (PostgreSQL) or the write lock (SQLite) until the batch commits: the
    # decisions of all workers are serialised, and ``seq`` numbers the index entries.
    Column("id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
)


def stable_id(*parts: str) -> str:
    """A short id that is the same on every machine and every run."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def article_id(canonical_url: str) -> str:
    return stable_id("article", canonical_url)
