"""``newswatch demo``: the whole loop, offline, in a throwaway home.

A replica news site on 127.0.0.1 serves the Arabic items shipped in the package; the real
crawler polls it, the real pipeline codes events, the real alert service routes them through
an embedded Redis to two subscriptions (Dar'a governorate, and every ceasefire breach).
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.settings import CrawlerSettings
from newswatch.db import open_database
from newswatch.redis_server import open_redis
from newswatch.settings import DatabaseSettings, RedisSettings, Settings
from newswatch.wiring import Services

DEMO_SUBSCRIPTIONS: tuple[dict[str, Any], ...] = (
    {"name": "Dar'a governorate", "regions": ["SY12"], "channel": "redis"},
    {"name": "Ceasefire breaches", "breach_only": True, "channel": "redis"},
)


@dataclass
class DemoResult:
    articles: int
    events: int
    alerts_delivered: int
    subscriptions: dict[str, dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@contextmanager
def demo_home(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="newswatch-demo-") as tmp:
        yield Path(tmp)


def demo_settings(base: Settings, home: Path) -> Settings:
    """Embedded Redis and SQLite in ``home``; no registry; no delay against our own site."""
    crawler = dataclasses.replace(
        CrawlerSettings(),
        use_registry=False,
        download_delay=0.0,
        timeout=10.0,
        contact_url=base.crawler.contact_url,
    )
    return dataclasses.replace(
        base,
        home=home,
        crawler=crawler,
        redis=RedisSettings(prefix="demo"),
        database=DatabaseSettings(),
        sources=(),
        subscriptions=DEMO_SUBSCRIPTIONS,
    )


def run_demo(base: Settings, keep: Path | None = None) -> DemoResult:
    from crawler.runner import crawl_once
    from crawler.sources import Source
    from newswatch.replica import ReplicaSite

    with demo_home(keep) as home, ReplicaSite.start(robots_crawl_delay=0, per_page=20) as site:
        settings = demo_settings(base, home)
        engine = open_database(settings)
        try:
            with open_redis(settings) as client:
                services = Services.build(settings, engine, client)
                ids = _create_subscriptions(services)
                source = Source.from_dict(
                    {
                        "id": "replica",
                        "name": "Replica news site",
                        "homepage": site.url + "/",
                        "feeds": [site.url + "/feed/"],
                        "language": "ar",
                    }
                )
                report = crawl_once(settings.crawler, [source], engine, settings.archive_dir)
                summary = services.handle(report.articles)
                received = {
                    name: {"id": sid, "received": len(alerts), "alerts": alerts}
                    for name, sid in ids.items()
                    for alerts in [[_brief(a) for a in services.alerts.tail(sid, 1000)]]
                }
        finally:
            engine.dispose()
    return DemoResult(summary.articles, summary.events, summary.alerts, received)


def _create_subscriptions(services: Services) -> dict[str, str]:
    from alerts.store import SubscriptionStore

    services.sync_subscriptions()
    wanted = {spec["name"] for spec in services.settings.subscriptions}
    return {
        s.name: str(s.id) for s in SubscriptionStore(services.engine).list() if s.name in wanted
    }


def _brief(alert: dict[str, Any]) -> dict[str, Any]:
    event = alert.get("event", {})
    keys = (
        "event_type",
        "sub_event_type",
        "date",
        "admin1_pcode",
        "place_pcode",
        "place_name",
        "fatalities",
        "ceasefire_breach",
    )
    return {
        "event_id": alert.get("event_id"),
        "version": alert.get("version"),
        **{k: event.get(k) for k in keys},
    }
