"""Ways an alert leaves newswatch: the subscriber's Redis stream, a webhook, Apprise.

Every channel has one method, ``send(delivery)``, which returns when the far side
accepted the message and raises :class:`ChannelError` (reason safe to log) otherwise.
"""

from __future__ import annotations

from typing import Protocol

from alerts.message import Delivery


class ChannelError(Exception):
    """The message was not accepted; the text is safe to log (no secrets)."""


class Channel(Protocol):
    def send(self, delivery: Delivery) -> None: ...


__all__ = ["Channel", "ChannelError"]
