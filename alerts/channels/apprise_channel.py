"""The Apprise channel: Telegram, Slack, e-mail, ntfy and the rest, by URL.

Apprise URLs carry their credentials, so they never appear in our logs or errors.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alerts.channels import ChannelError
from alerts.message import Delivery, title_of


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


class AppriseChannel:
    def __init__(self, url: str, language: str) -> None:
        self.url = url
        self.language = language

    def send(self, delivery: Delivery) -> None:
        notifier = _notifier(self.url)
        if notifier is None:
            raise ChannelError("apprise: the channel URL is not valid")
        scheme = self.url.split("://", 1)[0]
        with _quiet():
            ok = notifier.notify(body=delivery.text, title=title_of(delivery, self.language))
        if not ok:
            raise ChannelError(f"apprise {scheme}://: notification failed")
