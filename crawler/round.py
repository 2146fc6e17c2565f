"""One crawl round in a child process: ``python -m crawler.round JOB.json OUT.jsonl``.

Why a child process: Twisted's reactor cannot be restarted in a process, so running Scrapy in
the daemon would work once and then raise ``ReactorNotRestartable``. Each round therefore
runs here, in a fresh interpreter started by ``crawler.child.run``, which hands over a
JSON job (settings, sources, due feeds with their validators, database URL for seen-set
lookups, archive directory) and reads back one JSON record per line. The parent alone writes
feed state and the seen-set, so a crashed or killed round loses nothing already stored.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, Any

from sqlalchemy import create_engine, event

from crawler.seen import SeenSet
from crawler.settings import CrawlerSettings
from crawler.sources import Source


def user_agent(settings: CrawlerSettings) -> str:
    if settings.user_agent:
        return settings.user_agent
    try:
        release = version("newswatch")
    except PackageNotFoundError:
        release = "0"
    return f"newswatch/{release} (+{settings.contact_url})"


def scrapy_settings(
    settings: CrawlerSettings, archive_dir: str | None, host_delays: dict[str, float],
    log_level: str = "WARNING", cluster: dict[str, Any] | None = None,
) -> dict[str, Any]:
    mw = "crawler.middlewares."
    shared: dict[str, int | None] = {}
    local: dict[str, Any] = {}
    if cluster:  # robots.txt from the cluster's cache
        shared = {"scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                  f"{mw}SharedRobotsTxtMiddleware": 100}
    if cluster and cluster.get("host_slots", True):  # host slots counted on Redis
        shared[f"{mw}ClusterSlotMiddleware"] = 950
        # The cluster's slot spaces the requests, just before each is sent; a local delay
        # (or AutoThrottle's) on top would hold a granted request back until it is sent
        # too close to another instance's.
        local = {"DOWNLOAD_DELAY": 0.0, "AUTOTHROTTLE_ENABLED": False}
        cluster = {**cluster, "download_delay": settings.download_delay}
    return {
        "USER_AGENT": user_agent(settings),
        "ROBOTSTXT_OBEY": settings.obey_robots,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrent_per_host,
        "DOWNLOAD_DELAY": settings.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": settings.download_delay,
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "DOWNLOAD_TIMEOUT": settings.timeout,
        "DOWNLOAD_MAXSIZE": settings.max_response_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 5,
        # The next round is the retry: retrying inside a round only hammers a struggling site.
        "RETRY_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": log_level,
        "NEWSWATCH_ARCHIVE_DIR": archive_dir,
        "NEWSWATCH_HOST_DELAYS": host_delays,
        "NEWSWATCH_CLUSTER": cluster or {},
        "DOWNLOADER_MIDDLEWARES": {
            f"{mw}CrawlDelayMiddleware": 110,
            f"{mw}OffsiteRedirectMiddleware": 650,
            f"{mw}ArchiveMiddleware": 900,
            **shared,
        },
        **local,
    }


def _open_seen(db_url: str) -> SeenSet:
    engine = create_engine(db_url, connect_args={"timeout": 30} if db_url.startswith("sqlite")
                           else {})
    if db_url.startswith("sqlite"):
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout=30000"))
    return SeenSet(engine)


def _nothing_seen(_urls: object) -> set[str]:
    return set()


def run_job(job: dict[str, Any], out: IO[str]) -> None:
    from scrapy.crawler import CrawlerProcess

    from crawler.spider import NewsSpider

    settings = CrawlerSettings(**job["settings"])
    sources = {d["id"]: Source.from_dict(d) for d in job["sources"]}
    seen = _open_seen(job["db_url"])

    def sink(record: dict[str, Any]) -> None:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        out.flush()

    process = CrawlerProcess(
        scrapy_settings(settings, job.get("archive_dir"), job.get("host_delays", {}),
                        job.get("log_level", "WARNING"), job.get("cluster")),
        install_root_handler=True,
    )
    if job.get("kind") == "backfill":  # crawler.backfill: list a past window, fetch it
        from crawler.backfill import BackfillSpider

        process.crawl(
            BackfillSpider, sources=sources, sink=sink,
            seen=seen.seen if job["skip_seen"] else _nothing_seen,
            now=datetime.fromisoformat(job["now"]), max_articles=job["max_articles"],
            window=tuple(job["window"]),
        )
    else:
        process.crawl(
            NewsSpider, polls=job["polls"], sources=sources, sink=sink, seen=seen.seen,
            now=datetime.fromisoformat(job["now"]), max_articles=settings.max_articles_per_round,
        )
    process.start()
    seen.engine.dispose()


def main(argv: list[str]) -> int:
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    logging.captureWarnings(True)
    with Path(argv[1]).open("a", encoding="utf-8") as out:
        run_job(job, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
