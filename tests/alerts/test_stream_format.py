"""The redis channel's entries are what README.md says, and its example reads them."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import redis
from alerts_helpers import stored

from alerts import keys
from alerts.channels.redis_stream import MESSAGE_FORMAT
from alerts.service import AlertService
from pipeline.models import EVENT_FIELDS
from pipeline.publish import publish_event

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Reading alerts from Redis", 1)[1].split("\n## ", 1)[0]


def documented_fields() -> list[str]:
    return re.findall(r"^\| `(\w+)` \|", SECTION, flags=re.M)


def deliver_one(service: AlertService, client: redis.Redis, prefix: str) -> str:
    sub = service.store.create({"name": "all", "channel": "redis"})
    service.refresh(force=True)
    publish_event(client, prefix, stored(event_id="e1", fatalities=4))
    assert service.drain(timeout=5) == 1
    return sub.id


def test_every_field_is_documented_and_versioned(
    make_service: Callable[..., AlertService], redis_client: redis.Redis, prefix: str
) -> None:
    sub = deliver_one(make_service(), redis_client, prefix)
    ((_, fields),) = redis_client.xrange(keys.subscriber_stream(prefix, sub))
    assert sorted(fields) == sorted(documented_fields())
    assert fields["format"] == MESSAGE_FORMAT == "1"
    assert (fields["event_id"], fields["version"], fields["kind"]) == ("e1", "1", "alert")
    event = json.loads(fields["event"])
    documented_event = SECTION.split("| `event` |", 1)[1].split("\n", 1)[0]
    assert all(f"`{name}`" in documented_event for name in (*EVENT_FIELDS, *event))


def test_the_readme_example_reads_the_stream(
    make_service: Callable[..., AlertService], redis_client: redis.Redis, prefix: str,
    redis_url: str,
) -> None:
    sub = deliver_one(make_service(), redis_client, prefix)
    (code,) = re.findall(r"```python\n(.+?)\n```", SECTION, flags=re.S)
    code = (
        code.replace('"redis://127.0.0.1:6379/0"', repr(redis_url))
        .replace('"newswatch:sub:"', repr(f"{prefix}:sub:"))
        .replace('"SUBSCRIPTION-ID"', repr(sub))
        .replace("while True:", "for _ in range(2):")  # one pass that reads, one that waits
        .replace("block=5000", "block=100")
    )
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert printed.getvalue() == "alert Explosions/Remote violence بزابور 4\n"
    groups = redis_client.xinfo_groups(keys.subscriber_stream(prefix, sub))
    assert [(g["name"], g["pending"]) for g in groups] == [("my-app", 0)]  # acknowledged
