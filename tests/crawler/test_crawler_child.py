"""crawler.child: the protocol between a crawl's parent and its ``python -m crawler.round``.

The rounds themselves are exercised against a real site in test_crawler_round.py and
test_crawler_faults.py; these are the promises the parent relies on whatever the child does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from crawler import child
from crawler.models import Article
from crawler.seen import SeenSet
from crawler.settings import CrawlerSettings
from crawler.sources import Source

T0 = datetime(2025, 3, 15, 9, tzinfo=UTC)


def test_a_child_that_fails_is_one_reason_not_an_exception() -> None:
    records, crash = child.run({"polls": []}, timeout=120)  # no settings: the child dies
    assert records == [] and crash == "round_crashed: exit 1"


def test_a_child_that_overruns_is_killed_and_named() -> None:
    output = child.run({"polls": []}, timeout=0.01)
    assert output.records == [] and output.crash == "round_timeout: after 0s"


def test_the_job_carries_what_every_child_needs(sqlite_engine: Engine, tmp_path: Path) -> None:
    source = Source.from_dict({"id": "x", "name": "X", "homepage": "https://x.sy/",
                               "feeds": ["https://feeds.x.sy/rss"], "crawl_delay": 4})
    job = child.make_job(CrawlerSettings(), [source], sqlite_engine, tmp_path, T0,
                         polls=[{"url": "https://feeds.x.sy/rss"}])
    assert job["host_delays"] == {"x.sy": 4.0, "feeds.x.sy": 4.0}
    assert job["db_url"] == str(sqlite_engine.url) and job["archive_dir"] == str(tmp_path)
    assert job["now"] == T0.isoformat() and job["polls"] == [{"url": "https://feeds.x.sy/rss"}]
    assert CrawlerSettings(**job["settings"]) == CrawlerSettings()


def test_records_become_articles_and_seen_urls(sqlite_engine: Engine) -> None:
    sent = Article(source="x", url="https://x.sy/a?utm_source=t", canonical_url="https://x.sy/a",
                   title="قصف", text="نص", published_at=T0, fetched_at=T0)
    records = [
        {"kind": "article", "article": sent.to_dict(), "seen": [sent.url, sent.canonical_url]},
        {"kind": "seen", "source": "x", "urls": ["https://x.sy/old"]},
        {"kind": "failure", "source": "x", "url": "https://x.sy/b", "reason": "http_404"},
    ]
    assert child.article(sent.to_dict()) == sent
    seen = SeenSet(sqlite_engine)
    child.record_seen(seen, records, T0)
    assert seen.seen(["https://x.sy/a", "https://x.sy/old", "https://x.sy/b"]) == {
        "https://x.sy/a", "https://x.sy/old"}
