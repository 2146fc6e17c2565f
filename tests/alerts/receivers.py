"""Receivers an attacker or an unlucky operator runs, on 127.0.0.0/8 only.

``Listener(behaviour)`` serves HTTP on ``host`` and records every request (method, path,
headers, body).  Behaviours: ``ok`` (204), ``hang`` (reads the request, never answers,
until the client goes), ``drip`` (answers one byte every ``drip_every`` seconds, for
ever), ``redirect`` (``status`` to ``location``).

The test world of the guard tests: 127.0.0.1 plays the internet, 127.0.0.2 the inside
network (a metadata service, an admin port).  ``world_guard`` refuses everything but
127.0.0.1, as the real guard refuses private addresses; ``WorldDNS`` answers names of
that world, with a name that changes its answer between lookups (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from alerts.netguard import IPAddress, OutboundGuard

PUBLIC = "127.0.0.1"  # the test world's internet
INSIDE = "127.0.0.2"  # the test world's inside network


# Apprise services the issue found accepted while pointing inside; signal, bark and
# misskey really POSTed to 127.0.0.1.
PRIVATE_APPRISE = [
    "hassio://127.0.0.1:8123/accesstoken", "hassios://169.254.169.254/accesstoken",
    "signal://127.0.0.1:8080/+12345678901/+12345678902", "bark://127.0.0.1:8080/devicekey",
    "misskey://accesstoken@127.0.0.1", "emby://user:pass@127.0.0.1",
    "nctalk://user:pass@127.0.0.1/roomid", "synology://127.0.0.1:5000/token",
    "rsyslog://127.0.0.1", "mastodon://accesstoken@10.0.0.5", "parsep://app:key@127.0.0.1",
    "enigma2://192.168.1.1", "lametric://apikey@127.0.0.1", "notica://127.0.0.1/token",
    "json://169.254.169.254/latest", "ntfy://[::1]/topic", "gotify://100.100.100.200/tok",
]



def world_blocked(address: IPAddress) -> bool:
    return str(address) != PUBLIC


@dataclass
class WorldDNS:
    """A resolver for ``*.test`` names; ``rebind.test`` answers PUBLIC the first time and
    INSIDE ever after (the attacker's DNS server)."""

    names: dict[str, list[str]] = field(default_factory=lambda: {
        "public.test": [PUBLIC], "inside.test": [INSIDE], "both.test": [PUBLIC, INSIDE],
    })
    lookups: list[str] = field(default_factory=list)

    def resolve(self, host: str, port: int = 0) -> list[str]:
        self.lookups.append(host)
        try:
            return [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            pass
        if host == "rebind.test":
            return [PUBLIC] if self.lookups.count(host) == 1 else [INSIDE]
        return list(self.names.get(host, []))

    def getaddrinfo(self, real: Callable[..., Any]) -> Callable[..., Any]:
        """A ``socket.getaddrinfo`` answering this world's names and passing the rest on."""

        def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            name = host.decode() if isinstance(host, bytes) else str(host)
            if not name.endswith(".test"):
                return real(host, port, *args, **kwargs)
            addresses = self.resolve(name, int(port or 0))
            if not addresses:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, int(port or 0)))
                    for a in addresses]

        return lookup


def world_guard(dns: WorldDNS | None = None) -> OutboundGuard:
    return OutboundGuard(allow_private=False, resolver=(dns or WorldDNS()).resolve,
                         blocked=world_blocked)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float
    behaviour: str = "ok"  # what the listener did with it


@dataclass
class Listener:
    behaviour: str = "ok"
    host: str = PUBLIC
    status: int = 307
    location: str = ""
    drip_every: float = 2.0
    bind_port: int = 0  # 0: any free port
    requests: list[Request] = field(default_factory=list)
    closed_after: list[float] = field(default_factory=list)  # seconds a hang/drip was held

    def __post_init__(self) -> None:
        self.server = ThreadingHTTPServer((self.host, self.bind_port), self._handler())
        self.server.daemon_threads = True
        self._stop = threading.Event()
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, path: str = "/hook", host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def close(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.handle_any()

            def do_GET(self) -> None:
                self.handle_any()

            def handle_any(self) -> None:
                size = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(size) if size else b""
                behaviour = listener.behaviour
                listener.requests.append(Request(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                    body, time.monotonic(), behaviour,
                ))
                getattr(self, f"_{behaviour}")()

            def _ok(self) -> None:
                self.send_response(204)
                self.send_header("content-length", "0")
                self.end_headers()

            def _redirect(self) -> None:
                self.send_response(listener.status)
                self.send_header("location", listener.location)
                self.send_header("content-length", "0")
                self.end_headers()

            def _hang(self) -> None:
                start = time.monotonic()
                self._until_client_goes(lambda: None)
                listener.closed_after.append(time.monotonic() - start)
                self.close_connection = True

            def _drip(self) -> None:
                start = time.monotonic()
                status = iter(b"HTTP/1.1 200 OK\r\ncontent-length: 1000000\r\n\r\n" + b"x" * 10**6)
                self._until_client_goes(lambda: self.connection.sendall(bytes([next(status)])))
                listener.closed_after.append(time.monotonic() - start)
                self.close_connection = True

            def _until_client_goes(self, tick: Callable[[], None]) -> None:
                """Call ``tick`` every ``drip_every`` s until the client closes (or 300 s)."""
                deadline = time.monotonic() + 300
                while time.monotonic() < deadline and not listener._stop.is_set():
                    try:
                        tick()
                        readable, _, _ = select.select([self.connection], [], [],
                                                       listener.drip_every)
                        if readable and not self.connection.recv(1):
                            return  # EOF: the client gave up
                    except OSError:
                        return

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


def hostile_set(**kw: Any) -> Iterator[Listener]:
    """One dripping and three hanging receivers (the issue's scenario)."""
    yield Listener("drip", **kw)
    for _ in range(3):
        yield Listener("hang", **kw)
