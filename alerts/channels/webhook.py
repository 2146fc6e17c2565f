"""The webhook channel: a JSON POST signed as the Standard Webhooks spec says.

Headers: ``webhook-id`` (the idempotency key: the same on every retry, so a receiver can
drop the documented duplicate), ``webhook-timestamp`` (seconds), ``webhook-signature``
(``v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">``).  Redirects are followed by
hand (re-POSTed, at most 3) and each target is checked against private addresses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from alerts.channels import ChannelError
from alerts.message import Delivery
from alerts.netguard import UnsafeURLError, check_url, url_for_humans
from alerts.subscriptions import secret_key

MAX_REDIRECTS = 3
REDIRECTS = (301, 302, 303, 307, 308)


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value for one message."""
    content = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def payload(delivery: Delivery) -> dict[str, Any]:
    if delivery.kind == "digest":
        return {
            "type": "digest",
            "subscription_id": delivery.subscription_id,
            "text": delivery.text,
            "alerts": [a.to_dict() for a in delivery.alerts],
        }
    alert = delivery.alerts[0]
    return {"type": delivery.kind, "subscription_id": delivery.subscription_id,
            "text": delivery.text, **alert.to_dict()}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # we follow redirects ourselves, after checking where they lead


class WebhookChannel:
    def __init__(
        self, url: str, secret: str, *, timeout: float, allow_private: bool,
        clock: Callable[[], datetime],
    ) -> None:
        self.url = url
        self.secret = secret
        self.timeout = timeout
        self.allow_private = allow_private
        self.clock = clock
        self._opener = urllib.request.build_opener(_NoRedirect)

    def send(self, delivery: Delivery) -> None:
        body = json.dumps(payload(delivery), ensure_ascii=False).encode()
        timestamp = int(self.clock().timestamp())
        headers = {
            "content-type": "application/json",
            "user-agent": "newswatch-alerts",
            "webhook-id": delivery.key,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(self.secret, delivery.key, timestamp, body),
        }
        url = self.url
        for _ in range(MAX_REDIRECTS + 1):
            location = self._post(url, body, headers)
            if location is None:
                return
            url = urljoin(url, location)
        raise ChannelError(f"webhook {url_for_humans(self.url)}: too many redirects")

    def _post(self, url: str, body: bytes, headers: dict[str, str]) -> str | None:
        """POST once; None on success, the redirect target on 3xx; raise otherwise."""
        where = url_for_humans(url)
        try:
            check_url(url, allow_private=self.allow_private)
        except (UnsafeURLError, ValueError) as exc:
            raise ChannelError(f"webhook refused: {exc}") from None
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read(65536)
                return None
        except urllib.error.HTTPError as exc:
            exc.close()
            location = exc.headers.get("location") if exc.code in REDIRECTS else None
            if location:
                return str(location)
            raise ChannelError(f"webhook {where}: HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ChannelError(f"webhook {where}: {type(exc).__name__}: {reason}") from None
