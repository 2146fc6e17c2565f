"""Ways an alert leaves newswatch: the subscriber's Redis stream, a webhook, Apprise.

Every channel has one method, ``send(delivery)``, which returns when the far side
accepted the message and raises :class:`ChannelError` otherwise.  A channel that goes
out to the network runs each send as one attempt (``alerts.attempt``): under the
outbound guard and one deadline, and abandoned (``Abandoned``) when the process stops.
"""

from __future__ import annotations

from typing import Protocol

from alerts.message import Delivery


class ChannelError(Exception):
    """The message was not accepted.

    ``str(exc)`` is what the subscriber and the delivery history may see: no secret, and
    no difference between an address we refused and one that did not answer.  ``detail``
    is for the operator's log only.
    """

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.detail = detail or message


class Channel(Protocol):
    def send(self, delivery: Delivery) -> None: ...


__all__ = ["Channel", "ChannelError"]
