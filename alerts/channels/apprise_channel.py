"""The Apprise channel: Telegram, Slack, e-mail, ntfy and the rest, by URL.

Apprise URLs carry their credentials, so they never appear in our logs or errors.

Where a service connects is Apprise's business: a self-hosted service takes the host
from the URL, a cloud one has its own (``api.telegram.org``), some derive it (Mastodon's
instance, LaMetric's device or cloud).  Rather than keep a table of schemes that goes
stale, :func:`destinations` asks Apprise itself: it runs one notification with every
outbound action refused and recorded (``alerts.attempt.probing``), so nothing leaves the
machine, and reports the hosts the service would have contacted.  At send time the same
guard checks the address of every socket the service opens.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from alerts.attempt import Abandoned, AttemptControl, probing, probing_now
from alerts.channels import ChannelError
from alerts.message import Delivery, title_of
from alerts.netguard import OutboundGuard

# What a subscriber may learn of a failed Apprise send: one text whatever the reason.
NOT_DELIVERED = "notification not accepted"


@contextmanager
def _quiet() -> Iterator[None]:
    # Apprise loads its plugins lazily; one of them imports the deprecated ``imghdr``.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def _notifier(url: str) -> Any | None:
    with _quiet():
        import apprise

        notifier = apprise.Apprise()
        return notifier if notifier.add(url) else None


def valid_url(url: str) -> bool:
    return _notifier(url) is not None


@dataclass(frozen=True)
class Destinations:
    """Where an Apprise URL would send: (host, port) pairs, and local actions."""

    hosts: tuple[tuple[str, int], ...]
    local: tuple[str, ...]  # e.g. "subprocess.Popen": no network destination to check


def _not_probing(record: logging.LogRecord) -> bool:
    # A probe's refused connection is not worth a warning on the user's terminal.
    return not probing_now()


logging.getLogger("apprise").addFilter(_not_probing)


def destinations(url: str) -> Destinations:
    """The hosts the service behind ``url`` would contact, found without contacting them."""
    notifier = _notifier(url)
    if notifier is None:
        return Destinations((), ())
    with probing() as probe, _quiet():
        notifier.notify(body="newswatch", title="newswatch")
    return Destinations(tuple(dict.fromkeys(probe.targets)), tuple(probe.side_effects))


class AppriseChannel:
    def __init__(
        self, url: str, language: str, *, timeout: float, guard: OutboundGuard,
        control: AttemptControl,
    ) -> None:
        self.url = url
        self.language = language
        self.timeout = timeout
        self.guard = guard
        self.control = control

    def send(self, delivery: Delivery) -> None:
        notifier = _notifier(self.url)
        scheme = self.url.split("://", 1)[0]
        if notifier is None:
            raise ChannelError(f"apprise {scheme}://: the channel URL is not valid")
        with self.control.attempt(self.timeout, self.guard) as attempt, _quiet():
            ok = notifier.notify(
                body=delivery.text, title=title_of(delivery, self.language), timeout=self.timeout
            )
        early = attempt.failure()
        if isinstance(early, Abandoned):
            raise early
        if early is not None:
            raise ChannelError(f"apprise {scheme}://: no complete answer within {self.timeout:g} s")
        if not ok:  # refused by the guard or failed: the same text (Apprise logs which)
            raise ChannelError(f"apprise {scheme}://: {NOT_DELIVERED}")
