"""Settings of the alerting stage: the ``[alerts]`` section of the configuration file."""

from __future__ import annotations

from dataclasses import dataclass, field


def _doc(text: str, *, secret: bool = False) -> dict[str, object]:
    return {"doc": text, "secret": secret}


@dataclass(frozen=True)
class AlertsSettings:
    """How events reach subscribers."""

    allow_private_webhooks: bool = field(
        default=False,
        metadata=_doc(
            "Let channels (webhooks and Apprise services) reach loopback, private and "
            "link-local addresses, and accept Apprise services whose destination cannot "
            "be checked."
        ),
    )
    retry_for: int = field(
        default=86_400,
        metadata=_doc("Seconds a failing delivery is retried before it is dead-lettered."),
    )
    backoff_base: float = field(
        default=2.0, metadata=_doc("First retry delay in seconds; doubles per attempt (jittered).")
    )
    backoff_max: float = field(default=3600.0, metadata=_doc("Longest retry delay in seconds."))
    webhook_timeout: float = field(
        default=10.0,
        metadata=_doc(
            "Seconds one delivery attempt may take as a whole (connect, send, answer, "
            "redirects), for webhooks and Apprise services; then it is retried later."
        ),
    )
    delivery_workers: int = field(
        default=8,
        metadata=_doc(
            "Subscriptions delivered side by side; a slow receiver holds one of them for "
            "at most one attempt."
        ),
    )
    reclaim_idle: int = field(
        default=60,
        metadata=_doc("Seconds a delivery may stay unacknowledged before another worker takes it."),
    )
    map_url: str = field(
        default="https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=11/{lat}/{lon}",
        metadata=_doc("Map link template in alert texts; {lat} and {lon} are filled in."),
    )

    def validate(self) -> list[str]:
        problems = []
        if self.retry_for < 0:
            problems.append("alerts.retry_for: must not be negative")
        if self.backoff_base <= 0:
            problems.append("alerts.backoff_base: must be positive")
        if not 0 < self.webhook_timeout <= 3600:
            problems.append("alerts.webhook_timeout: must be between 0 and 3600 seconds")
        if not 1 <= self.delivery_workers <= 256:
            problems.append("alerts.delivery_workers: must be between 1 and 256")
        return problems
