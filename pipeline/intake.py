"""The articles stream: crawled articles waiting for any instance's pipeline worker.

A crawler ``enqueue``s what it fetched; pipeline workers read the stream in the consumer
group ``PIPELINE_GROUP`` (``newswatch.pipeline_worker``), so any worker may process any
article and one that a dead worker took is taken over. Each entry has one field,
``article``: the JSON of :meth:`Article.to_dict`. Entries are deleted once processed, so
the stream holds only work not yet done and needs no trimming.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import redis

from crawler.child import article as article_from_dict
from crawler.models import Article

PIPELINE_GROUP = "pipeline"


def articles_stream(prefix: str) -> str:
    return f"{prefix}:articles"


def enqueue(client: redis.Redis, prefix: str, articles: Iterable[Article]) -> int:
    """XADD the articles in one round trip; returns how many."""
    pipe = client.pipeline(transaction=False)
    count = 0
    for article in articles:
        fields: dict[Any, Any] = {"article": json.dumps(article.to_dict(), ensure_ascii=False)}
        pipe.xadd(articles_stream(prefix), fields)
        count += 1
    if count:
        pipe.execute()
    return count


def decode(fields: dict[str, str] | None) -> Article | None:
    """The article of one entry; None for an entry that is not one (logged by the caller)."""
    try:
        return article_from_dict(json.loads((fields or {})["article"]))
    except (KeyError, TypeError, ValueError):
        return None
