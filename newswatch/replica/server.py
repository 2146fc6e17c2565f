"""The replica site's HTTP server: a stdlib ThreadingHTTPServer in a daemon thread.

Every request is logged (before its answer is written, so a client that has its response can
already see it in ``site.requests``), conditional GETs are honoured, and faults set by tests
are applied on the way out.
"""

from __future__ import annotations

import hashlib
import random
import socket
import struct
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC
from email.message import Message
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import unquote

from newswatch.replica import feeds, pages
from newswatch.replica.articles import (
    Article,
    Clock,
    build_articles,
    load_shipped,
    newest_first,
    rebase,
    utc_now,
)
from newswatch.replica.faults import ENCODINGS, Fault, FaultTable
from newswatch.replica.routes import Response, Snapshot, route

CHUNK = 64 * 1024
RESET = -1  # status logged for a connection closed without an answer


@dataclass(frozen=True)
class RequestRecord:
    """One request the replica received; ``path`` is decoded, ``time`` is time.monotonic()."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int
    time: float


class ReplicaSite:
    """A WordPress-style Arabic news site on loopback. See the package docstring."""

    def __init__(
        self,
        articles: list[dict[str, Any]] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        *,
        robots_crawl_delay: float = 1.0,
        feed_ttl: int = 15,
        per_page: int = 10,
        rebase_dates: bool | None = None,
    ) -> None:
        self._clock = clock or utc_now
        now = self._clock()
        built = build_articles(load_shipped() if articles is None else articles, now)
        # Shipped items are moved to "now"; items a caller gives keep their dates.
        if articles is None if rebase_dates is None else rebase_dates:
            built = rebase(built, now)
        self._articles = built
        self._lock = threading.Lock()
        self._log: list[RequestRecord] = []
        self._updated = max((a.published for a in self._articles), default=now)
        self._faults = FaultTable()
        self._settings = (robots_crawl_delay, feed_ttl, per_page)
        self._server = _Server((host, port), _Handler)
        self._server.site = self
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, articles: list[dict[str, Any]] | None = None, host: str = "127.0.0.1",
              port: int = 0, clock: Clock | None = None, **options: Any) -> ReplicaSite:
        """Bind, serve in a daemon thread, and return the running site."""
        site = cls(articles, host, port, clock, **options)
        site._thread = threading.Thread(
            # A short poll interval keeps stop() quick; the loop is idle otherwise.
            target=site._server.serve_forever, args=(0.05,), name=f"replica-{site.url}",
            daemon=True,
        )
        site._thread.start()
        return site

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> ReplicaSite:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- content -------------------------------------------------------------------------

    def publish(self, article: Mapping[str, Any]) -> str:
        """Add an article now; feeds, sitemap and archives show it. Returns its URL."""
        now = self._clock()
        with self._lock:
            next_id = max((a.id for a in self._articles), default=0) + 1
            new = Article.from_dict(article, default_id=next_id, now=now)
            if any(a.id == new.id for a in self._articles):
                raise ValueError(f"article id {new.id} is already published")
            self._articles.append(new)
            self._updated = max(self._updated, now, new.published)
        return self.url + new.path

    @property
    def articles(self) -> list[dict[str, Any]]:
        """Every article as a dict (the JSON fields plus ``url``), newest first."""
        return [a.as_dict(self.url) for a in self.snapshot().articles]

    def snapshot(self) -> Snapshot:
        delay, ttl, per_page = self._settings
        with self._lock:
            ordered = tuple(newest_first(self._articles))
            updated = self._updated
        return Snapshot(ordered, self.url, updated, ttl, delay, per_page)

    # -- request log and faults ----------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, entry: RequestRecord) -> None:
        with self._lock:
            self._log.append(entry)

    def set_fault(self, path: str, kind: str, **opts: Any) -> None:
        """Inject ``kind`` (see the package docstring) on ``path`` or a ``prefix*``."""
        self._faults.set(path, kind, **opts)

    def clear_faults(self) -> None:
        self._faults.clear()

    def take_fault(self, raw_path: str, path: str) -> Fault | None:
        return self._faults.take(raw_path, path)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: ReplicaSite

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-answer are part of the test plan, not server errors.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    timeout = 30  # idle keep-alive connections do not pin a thread forever

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: ``site.requests`` is the log."""

    def _serve(self, *, head: bool) -> None:
        arrived = time.monotonic()
        raw_path, _, query = self.path.partition("?")
        path = unquote(raw_path)
        site = self.server.site
        fault = site.take_fault(raw_path, path)
        entry = RequestRecord(self.command, path, query, dict(self.headers.items()), 0, arrived)
        if fault is not None and fault.kind == "slow":
            time.sleep(float(fault.opt("delay", 2.0)))
        if fault is not None and fault.kind == "reset":
            site.record(replace(entry, status=RESET))
            self._reset()
            return
        if fault is not None and fault.kind == "huge":
            self._stream_huge(fault, entry, head)
            return
        response = _faulty(fault, site, raw_path, query) or route(site.snapshot(), path, query)
        if fault is not None and fault.kind in ENCODINGS:
            _reencode(response, fault)
        honour = fault is None or fault.kind != "not_modified_never"
        self._send(response, entry, head=head, conditional=honour)

    def _send(self, response: Response, entry: RequestRecord, *, head: bool,
              conditional: bool) -> None:
        headers = dict(response.headers)
        if response.cacheable:
            headers["ETag"] = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
            if response.last_modified is not None:
                headers["Last-Modified"] = format_datetime(
                    response.last_modified.astimezone(UTC), usegmt=True
                )
            if conditional and _not_modified(self.headers, headers["ETag"], response):
                response = Response(304, b"")
        status = response.status
        self.server.site.record(replace(entry, status=status))
        self.send_response(status)
        if status != 304 and response.content_type:
            self.send_header("Content-Type", response.content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(0 if status == 304 else len(response.body)))
        self.end_headers()
        if not head and status != 304:
            self._write(response.body)

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            return True
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            return False

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _stream_huge(self, fault: Fault, entry: RequestRecord, head: bool) -> None:
        """Stream ``size`` bytes of filler HTML without ever holding them in memory."""
        size = int(fault.opt("size", 50 * 1024 * 1024))
        self.server.site.record(replace(entry, status=200))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=UTF-8")
        if fault.opt("declare_length", True):
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if head:
            return
        filler = ("<p>" + "حشو " * 2000 + "</p>\n").encode("utf-8")
        chunk = (filler * (CHUNK // len(filler) + 1))[:CHUNK]
        sent = 0
        while sent < size:
            piece = chunk[: min(CHUNK, size - sent)]
            if not self._write(piece):
                return
            sent += len(piece)


def _faulty(fault: Fault | None, site: ReplicaSite, raw_path: str, query: str) -> Response | None:
    """The answer a fault gives instead of the page, or None to serve the page."""
    if fault is None:
        return None
    if fault.kind in ("429", "503"):
        retry = {"Retry-After": str(fault.opt("retry_after", 1))}
        return Response(int(fault.kind), b"<h1>Too busy</h1>", headers=retry)
    if fault.kind == "redirect_loop":
        hops = int(dict(p.partition("=")[::2] for p in query.split("&")).get("loop") or 0)
        return Response(302, headers={"Location": f"{site.url}{raw_path}?loop={hops + 1}"})
    if fault.kind == "offsite_redirect":
        return Response(302, headers={"Location": str(fault.opt("location", "http://example.invalid/"))})
    if fault.kind == "garbage":
        rng = random.Random(fault.opt("seed", 0))
        return Response(200, rng.randbytes(int(fault.opt("size", 4096))), "text/xml")
    if fault.kind == "broken_feed":
        snap = site.snapshot()
        xml = feeds.render_rss(snap.articles[: snap.per_page], snap.base, ttl=snap.feed_ttl,
                               updated=snap.updated)
        cut = xml[: int(len(xml) * float(fault.opt("fraction", 0.5)))]
        return Response(200, cut.encode("utf-8"), "application/rss+xml; charset=UTF-8")
    return None


def _reencode(response: Response, fault: Fault) -> None:
    """Serve the page in a legacy Arabic charset, declared only in its ``<meta>``."""
    label, codec = ENCODINGS[fault.kind]
    html = response.body.decode("utf-8").replace(pages.META_UTF8, f'<meta charset="{label}">')
    response.body = html.encode(codec, errors="xmlcharrefreplace")
    header = fault.opt("header", "wrong")
    response.content_type = "text/html; charset=UTF-8" if header == "wrong" else "text/html"


def _not_modified(request: Message, etag: str, response: Response) -> bool:
    """RFC 9110: If-None-Match decides when present, else If-Modified-Since."""
    if_none = request.get("If-None-Match")
    if if_none is not None:
        tags = {t.strip() for t in if_none.split(",")}
        return bool(tags & {"*", etag, "W/" + etag})
    since_header = request.get("If-Modified-Since")
    if not since_header or response.last_modified is None:
        return False
    try:
        since = parsedate_to_datetime(since_header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return response.last_modified.replace(microsecond=0) <= since
