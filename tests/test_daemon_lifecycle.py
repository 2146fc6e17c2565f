"""`newswatch run` stops in order and leaves nothing behind; what it says is true.

The daemon runs as a subprocess on its own home, with the embedded Redis, as a user runs it.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.state import FeedStore
from newswatch.db import make_engine
from newswatch.redis_server import embedded_pids
from newswatch.replica import ReplicaSite

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds processes via /proc"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], Any], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return bool(predicate())


class Daemon:
    """`newswatch run` on ``tmp_path/home``; its stderr (JSON lines) in ``daemon.log``."""

    def __init__(self, tmp_path: Path, config: str) -> None:
        self.tmp_path, self.home = tmp_path, tmp_path / "home"
        self.config = tmp_path / "newswatch.toml"
        self.config.write_text(config, encoding="utf-8")
        self.log_path = tmp_path / "daemon.log"
        self.proc: subprocess.Popen[str] | None = None

    def env(self) -> dict[str, str]:
        env = {**os.environ, "NEWSWATCH_HOME": str(self.home),
               "NEWSWATCH_CONFIG": str(self.config)}  # fmt: skip
        for var in ("REDIS_URL", "DATABASE_URL"):
            env.pop(var, None)
        return env

    def start(self) -> None:
        with self.log_path.open("a") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "newswatch", "run"],
                                         env=self.env(), stdout=subprocess.DEVNULL, stderr=log,
                                         text=True)  # fmt: skip
        assert wait_for(lambda: "newswatch running" in self.log_text(), 60), self.log_text()

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8") if self.log_path.exists() else ""

    def log(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log_text().splitlines()]

    def messages(self) -> list[str]:
        return [str(entry["msg"]) for entry in self.log()]

    def cli(self, *args: str) -> Any:
        proc = subprocess.run([sys.executable, "-m", "newswatch", *args], env=self.env(),
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    def stop(self) -> float:
        """SIGTERM; how long the daemon took to exit."""
        assert self.proc is not None
        sent = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=30) == 0
        return time.monotonic() - sent

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def site() -> Iterator[ReplicaSite]:
    with ReplicaSite.start(robots_crawl_delay=0, per_page=20) as s:
        yield s


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    made: list[Daemon] = []
    yield made
    for daemon in made:
        daemon.kill()


def config(site: ReplicaSite, web_port: int = 0, extra: str = "") -> str:
    return f"""
[crawler]
min_interval = 2
max_interval = 4
download_delay = 0
use_registry = false
[web]
port = {web_port}
[log]
level = "INFO"
[[source]]
id = "replica"
name = "Replica"
homepage = "{site.url}/"
feeds = ["{site.url}/feed/"]
{extra}
"""


def test_sigterm_mid_round_stops_in_order_within_10_s(
    tmp_path: Path, site: ReplicaSite, daemons: list[Daemon]
) -> None:
    site.set_fault("/feed/", "slow", delay=60)  # the first round hangs on the feed
    daemon = Daemon(tmp_path, config(site))
    daemons.append(daemon)
    daemon.start()
    assert wait_for(lambda: any(r.path == "/robots.txt" for r in site.requests), 60)
    time.sleep(1)  # the feed request is in flight: the round's child waits on it
    took = daemon.stop()
    assert took < 10, f"stopped in {took:.1f}s"
    messages = daemon.messages()
    running = next(e for e in daemon.log() if e["msg"] == "newswatch running")
    assert running["text_to_events"] in ("mypyc", "pure Python")  # which build runs
    stopping, done = messages.index("stopping: finishing in-flight work"), []
    done = [i for i, m in enumerate(messages) if m == "crawl round done"]
    assert done and done[-1] > stopping  # the round ended (its child stopped) after
    assert messages[-1] == "stopped"  # last, after Redis and the database closed
    # The embedded Redis went with its last user, and the home says the daemon stopped.
    assert embedded_pids(daemon.home) == []
    status = daemon.cli("status", "--json")
    assert status["daemon"] is None and status["daemon_state"] == "stopped"
    # The feed the stop interrupted is not a failure: no state was written for it.
    engine = make_engine(f"sqlite:///{daemon.home / 'newswatch.db'}")
    assert all(not s.failures for s in FeedStore(engine).load().values())
    engine.dispose()
    assert not list((daemon.home / "tmp").iterdir())


def test_kill_9_leaves_no_redis_and_the_next_start_runs(
    tmp_path: Path, site: ReplicaSite, daemons: list[Daemon]
) -> None:
    daemon = Daemon(tmp_path, config(site))
    daemons.append(daemon)
    daemon.start()
    assert wait_for(lambda: "crawl round done" in daemon.messages(), 60)
    assert len(embedded_pids(daemon.home)) == 1
    assert daemon.proc is not None
    pid = daemon.proc.pid
    daemon.kill()
    assert wait_for(lambda: embedded_pids(daemon.home) == [], 15)
    status = daemon.cli("status", "--json")  # the heartbeat is there, its process is not
    assert status["daemon"] is None and status["daemon_state"] == "dead", status.get("daemon")
    daemon.start()
    assert wait_for(lambda: daemon.cli("status", "--json")["daemon"] is not None, 30)
    assert daemon.cli("status", "--json")["daemon"]["pid"] not in (None, pid)
    daemon.stop()
    assert embedded_pids(daemon.home) == []


def test_busy_port_and_unreachable_sites_are_said_in_json_one_line_each(
    tmp_path: Path, site: ReplicaSite, daemons: list[Daemon]
) -> None:
    down = free_port()  # nothing listens: every fetch is refused
    unreachable = f"""
[[source]]
id = "down"
name = "Down"
homepage = "http://127.0.0.1:{down}/"
feeds = ["http://127.0.0.1:{down}/feed/"]
"""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        daemon = Daemon(tmp_path, config(site, port, unreachable))
        daemons.append(daemon)
        daemon.start()
        assert wait_for(lambda: "crawl round done" in daemon.messages(), 60)
        status = daemon.cli("status", "--json")
        web = status["daemon"]["web"]
        assert web["up"] is False and "in use" in web["error"], web
        assert status["sources"]["failing"] == ["down"]
        listed = {s["id"]: s for s in daemon.cli("sources", "list", "--json")}
        assert listed["down"]["state"] == "failing" and listed["replica"]["state"] == "ok"
        daemon.stop()
    log = daemon.log()  # every line parsed as JSON above
    (dashboard,) = [e for e in log if str(e["msg"]).startswith("dashboard down")]
    assert dashboard["level"] == "error" and f"127.0.0.1:{port}" in dashboard["msg"]
    failures = [e for e in log if str(e["msg"]).startswith("crawl failure: down ")]
    assert failures and all("connection_refused: " in e["msg"] for e in failures)
    assert all(len(line) < 600 for line in daemon.log_text().splitlines())
    assert "Traceback" not in daemon.log_text()
