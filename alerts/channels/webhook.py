"""The webhook channel: a JSON POST signed as the Standard Webhooks spec says.

Headers: ``webhook-id`` (the idempotency key: the same on every retry, so a receiver can
drop the documented duplicate), ``webhook-timestamp`` (seconds), ``webhook-signature``
(``v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`` keyed by the decoded
``whsec_`` secret).

The request goes through httpcore (httpx's transport) with a network backend that
resolves the host once through the outbound guard and connects to that checked address
(TLS still verifies the host name).  Proxies are not used: a proxy would resolve the
name itself, out of the guard's sight.  Redirects are followed by hand, at most 3, each
target checked again: 307/308 repeat the signed POST, 301/302/303 continue with a GET
(as the status prescribes).  The whole attempt, every hop included, runs under one
deadline (``alerts.attempt``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpcore

from alerts.attempt import Abandoned, Attempt, AttemptControl, DeadlineExceeded
from alerts.channels import ChannelError
from alerts.message import Delivery
from alerts.netguard import OutboundGuard, UnsafeURLError, url_for_humans
from alerts.subscriptions import secret_key

MAX_REDIRECTS = 3
REDIRECTS = (301, 302, 303, 307, 308)
KEEP_METHOD = (307, 308)
MAX_ANSWER = 65_536  # bytes of a receiver's answer read (and dropped)
# What a subscriber may learn of a failure that had no HTTP answer: one text for a
# refused address and an unreachable one, so the channel is no scanner of our network.
NOT_REACHED = "not delivered: no answer from the receiver"


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


class PinnedBackend(httpcore.SyncBackend):
    """Connects to the address the guard checked, never to a second DNS answer."""

    def __init__(self, guard: OutboundGuard) -> None:
        self.guard = guard

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None, socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        address = self.guard.pin(host, port)
        return super().connect_tcp(address, port, timeout, local_address, socket_options)


def _target(url: str) -> httpcore.URL:
    """httpcore's URL: the host IDNA-encoded, path and query percent-encoded."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURLError(f"{url_for_humans(url)} is not an http(s) URL with a host")
    target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        target += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return httpcore.URL(
        scheme=parts.scheme.encode(), host=parts.hostname.encode("idna"),
        port=parts.port, target=target.encode("ascii"),
    )


class WebhookChannel:
    def __init__(
        self, url: str, secret: str, *, timeout: float, guard: OutboundGuard,
        control: AttemptControl, clock: Callable[[], datetime],
    ) -> None:
        self.url = url
        self.secret = secret
        self.timeout = timeout
        self.guard = guard
        self.control = control
        self.clock = clock

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
        with self.control.attempt(self.timeout, self.guard) as attempt:
            try:
                self._follow(attempt, headers, body)
            except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
                    OSError, UnsafeURLError) as exc:
                raise self._failure(attempt, exc) from None

    def _follow(self, attempt: Attempt, headers: dict[str, str], body: bytes) -> None:
        url, method = self.url, "POST"
        content: bytes | None = body
        for _ in range(MAX_REDIRECTS + 1):
            status, location = self._request(attempt, method, url, headers, content)
            if status in REDIRECTS and location:
                url = urljoin(url, location)
                self.guard.check_url(url)  # scheme and host; the connection pins again
                if status not in KEEP_METHOD:
                    method, content = "GET", None
                    headers = {k: v for k, v in headers.items() if k != "content-type"}
                continue
            if 200 <= status < 300:
                return
            raise ChannelError(f"webhook: HTTP {status}", detail=f"{self._where}: HTTP {status}")
        raise ChannelError("webhook: too many redirects", detail=f"{self._where}: redirects")

    def _request(
        self, attempt: Attempt, method: str, url: str, headers: dict[str, str],
        content: bytes | None,
    ) -> tuple[int, str]:
        """One request; (status, Location) after reading at most ``MAX_ANSWER`` bytes."""
        remaining = attempt.remaining()
        if remaining <= 0:
            raise DeadlineExceeded("deadline passed")
        limits = dict.fromkeys(("connect", "read", "write", "pool"), remaining)
        backend = PinnedBackend(self.guard)
        with httpcore.ConnectionPool(network_backend=backend, max_connections=1) as pool, \
                pool.stream(method, _target(url), headers=list(headers.items()),
                            content=content, extensions={"timeout": limits}) as response:
            read = 0
            for chunk in response.iter_stream():
                read += len(chunk)
                if read >= MAX_ANSWER:
                    break
            location = next((v for k, v in response.headers if k.lower() == b"location"), b"")
            return response.status, location.decode("latin-1")

    @property
    def _where(self) -> str:
        return f"webhook {url_for_humans(self.url)}"

    def _failure(self, attempt: Attempt, exc: BaseException) -> BaseException:
        """The public error (no URL, one text for refused and unreachable) and the
        operator's detail."""
        detail = f"{self._where}: {type(exc).__name__}: {exc}"
        early = attempt.failure()
        if isinstance(early, Abandoned):
            return early
        if isinstance(early, DeadlineExceeded) or isinstance(
            exc, httpcore.TimeoutException | TimeoutError
        ):
            return ChannelError(f"webhook: no complete answer within {self.timeout:g} s",
                                detail=detail)
        return ChannelError(f"webhook: {NOT_REACHED}", detail=detail)
