"""Settings of the crawler stage: the ``[crawler]`` section of the configuration file."""

from __future__ import annotations

from dataclasses import dataclass, field


def _doc(text: str, *, secret: bool = False) -> dict[str, object]:
    return {"doc": text, "secret": secret}


@dataclass(frozen=True)
class CrawlerSettings:
    """How newswatch fetches: politeness, timing and limits."""

    min_interval: int = field(
        default=120, metadata=_doc("Shortest time between two polls of one feed, in seconds.")
    )
    max_interval: int = field(
        default=7200, metadata=_doc("Longest time between two polls of one feed, in seconds.")
    )
    contact_url: str = field(
        default="https://github.com/newswatch/newswatch",
        metadata=_doc("URL named in the User-Agent so site owners can reach the operator."),
    )
    user_agent: str = field(
        default="",
        metadata=_doc("Full User-Agent; empty builds 'newswatch/VERSION (+contact_url)'."),
    )
    concurrent_per_host: int = field(
        default=2, metadata=_doc("Most requests in flight to one host at a time.")
    )
    download_delay: float = field(
        default=1.0, metadata=_doc("Least seconds between two requests to one host.")
    )
    timeout: float = field(default=30.0, metadata=_doc("Seconds before a request is abandoned."))
    max_response_bytes: int = field(
        default=10_000_000, metadata=_doc("Responses larger than this are dropped, in bytes.")
    )
    obey_robots: bool = field(default=True, metadata=_doc("Obey robots.txt and its Crawl-delay."))
    degraded_after: int = field(
        default=5,
        metadata=_doc("Consecutive failures after which a source is marked degraded."),
    )
    max_articles_per_round: int = field(
        default=50, metadata=_doc("Most new article pages fetched from one source in one round.")
    )
    archive: bool = field(
        default=True, metadata=_doc("Keep every raw response in daily WARC files for replay.")
    )
    use_registry: bool = field(
        default=True,
        metadata=_doc("Poll the shipped registry of Syrian outlets as well as [[source]] tables."),
    )
    seen_retention_days: int = field(
        default=180,
        metadata=_doc("Days an article URL stays in the seen-set (older ones may be refetched)."),
    )
    seen_max_urls: int = field(
        default=2_000_000, metadata=_doc("Most URLs the seen-set keeps; the oldest go first.")
    )
    catch_up_min_gap: int = field(
        default=1800,
        metadata=_doc(
            "Seconds of downtime after which the daemon replays the missed window at start."
        ),
    )
    catch_up_max_days: int = field(
        default=7, metadata=_doc("Longest missed window the daemon replays by itself; 0 disables.")
    )
    allow_private_hosts: bool = field(
        default=True,
        metadata=_doc("Allow sources on loopback/private addresses (local replica, intranet)."),
    )
    claim_ttl: float = field(
        default=60.0,
        metadata=_doc(
            "Seconds an instance's claim on a feed lasts unless renewed: the most a dead "
            "instance's feeds wait before another instance polls them."
        ),
    )
    robots_refresh_hours: float = field(
        default=12.0,
        metadata=_doc("Hours a host's robots.txt is kept (shared on Redis) before refetching."),
    )

    def validate(self) -> list[str]:
        """Return one message per problem, each naming the key."""
        problems = []
        if self.min_interval < 1:
            problems.append("crawler.min_interval: must be at least 1 second")
        if self.max_interval < self.min_interval:
            problems.append(
                f"crawler.max_interval: {self.max_interval} is below "
                f"crawler.min_interval {self.min_interval}"
            )
        if self.concurrent_per_host < 1:
            problems.append("crawler.concurrent_per_host: must be at least 1")
        if self.claim_ttl <= 0:
            problems.append("crawler.claim_ttl: must be positive")
        if self.timeout <= 0:
            problems.append("crawler.timeout: must be positive")
        return problems
