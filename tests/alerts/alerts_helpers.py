"""Test helpers for alerts: a real webhook receiver on 127.0.0.1, a fake clock, events."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pipeline.models import Event, StoredEvent

SECRET = "whsec_" + base64.b64encode(b"test-secret-0123456789abcdef").decode()


def offline_resolver(host: str, port: int) -> list[str]:
    """IP literals and localhost only: tests never ask the DNS (unknown names do not
    resolve, which the guard lets pass at subscription time, as when the network is down)."""
    import ipaddress

    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        return ["127.0.0.1"] if host == "localhost" else []


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def stored(
    event_id: str = "ev1", version: int = 1, **fields: Any
) -> StoredEvent:
    values: dict[str, Any] = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "date": "2026-11-25",
        "admin1_pcode": "SY07",
        "place_pcode": "C4268",
        "place_name": "بزابور",
        "latitude": 35.77478,
        "longitude": 36.61484,
        "fatalities": 2,
        "ceasefire_breach": True,
        "evidence": "غارة جوية على بزابور",
    }
    values.update(fields)
    sources = tuple(values.pop("sources", ("outlet-a",)))
    return StoredEvent(event_id, version, Event(**values), story_id="s1", sources=sources)


def verify(secret: str, headers: Any, body: bytes, tolerance: int = 300) -> bool:
    """Standard Webhooks verification, written independently of alerts/channels/webhook.py."""
    msg_id, ts = headers["webhook-id"], headers["webhook-timestamp"]
    if abs(time.time() - int(ts)) > tolerance * 100_000:  # fake clocks: only check format
        return False
    key = base64.b64decode(secret.removeprefix("whsec_"))
    expected = base64.b64encode(
        hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()
    ).decode()
    return any(
        sig.split(",", 1)[1] == expected
        for sig in headers["webhook-signature"].split()
        if sig.startswith("v1,")
    )


@dataclass
class Received:
    webhook_id: str
    body: dict[str, Any]
    valid: bool
    at: float


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1 recording signed webhook POSTs."""

    secret: str = SECRET
    fail: int = 0  # answer 500 to this many requests, then 200 (-1: always)
    delay: float = 0.0
    redirect_to: str = ""
    received: list[Received] = field(default_factory=list)
    attempts: int = 0

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.attempts += 1
                if receiver.delay:
                    time.sleep(receiver.delay)
                if receiver.redirect_to:
                    self.send_response(307)
                    self.send_header("location", receiver.redirect_to)
                    self.end_headers()
                    return
                if receiver.fail:
                    receiver.fail -= receiver.fail > 0
                    self.send_response(500)
                    self.end_headers()
                    return
                ok = verify(receiver.secret, self.headers, body)
                receiver.received.append(
                    Received(self.headers["webhook-id"], json.loads(body), ok, time.time())
                )
                self.send_response(204 if ok else 401)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
