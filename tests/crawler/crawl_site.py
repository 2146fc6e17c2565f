"""A small local news site for the crawler's component tests (http.server on 127.0.0.1)."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Logged:
    method: str
    path: str
    headers: dict[str, str]
    status: int
    time: float


@dataclass
class LocalSite:
    server: ThreadingHTTPServer
    routes: dict[str, Callable[[dict[str, str]], Reply]] = field(default_factory=dict)
    requests: list[Logged] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def page(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda _h: (status, {"Content-Type": ctype, **(headers or {})}, data)

    def feed(self, path: str, items: list[tuple[str, str]], broken: bool = False) -> None:
        """An RSS feed with ETag/Last-Modified and 304 on a matching If-None-Match."""
        body = rss(self.url, items, broken).encode("utf-8")
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        modified = format_datetime(datetime(2025, 3, 15, tzinfo=UTC), usegmt=True)

        def reply(headers: dict[str, str]) -> Reply:
            if headers.get("if-none-match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag,
                         "Last-Modified": modified}, body

        self.routes[path] = reply

    def paths(self, prefix: str = "") -> list[str]:
        return [r.path for r in self.requests if r.path.startswith(prefix)]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss(base: str, items: list[tuple[str, str]], broken: bool = False) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<pubDate>Sat, 15 Mar 2025 10:00:00 +0300</pubDate></item>"
        for path, title in items
    )
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
           f"<title>Local</title><link>{base}/</link>{entries}</channel></rss>")
    return doc[: len(doc) - 30] if broken else doc


def article_html(title: str, paragraphs: int = 3, charset: str = "utf-8", extra: str = "") -> str:
    body = "".join(
        f"<p>قالت مصادر محلية إن قصفاً مدفعياً استهدف بلدة في ريف إدلب الجنوبي في الفقرة {i}، "
        "ما أدى إلى أضرار مادية في منازل المدنيين وفق ناشطين.</p>"
        for i in range(paragraphs)
    )
    return (f'<html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{title}</title>'
            f'<meta property="article:published_time" content="2025-03-15T10:00:00+03:00">'
            f"</head><body><nav>الرئيسية أخبار</nav><article><h1>{title}</h1>{body}{extra}"
            f"</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def start_site() -> LocalSite:
    holder: dict[str, LocalSite] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site = holder["site"]
            headers = {k.lower(): v for k, v in self.headers.items()}
            route = site.routes.get(self.path)
            status, extra, body = route(headers) if route else (404, {}, b"not found")
            site.requests.append(Logged("GET", self.path, headers, status, time.monotonic()))
            if status == -1:  # a connection reset: drop the socket without answering
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.send_response(status)
            for key, value in extra.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site = LocalSite(server)
    holder["site"] = site
    site.page("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site
