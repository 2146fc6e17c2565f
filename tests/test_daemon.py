"""`newswatch run` as a subprocess against the replica site: alerts arrive, SIGTERM is clean."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from newswatch.redis_server import start_embedded
from newswatch.replica import ReplicaSite

pytestmark = pytest.mark.slow

# A breach far from every incident the shipped replica items report, so it is a new event.
BREACH = {
    "title": "مقتل أربعة بقصف صاروخي على قرية في جبل الأكراد بريف اللاذقية رغم الهدنة",
    "text": (
        "قُتل أربعة مدنيين، صباح اليوم، جراء قصف صاروخي استهدف بلدة كنسبا في جبل الأكراد "
        "بريف اللاذقية الشمالي، في خرق جديد لاتفاق وقف إطلاق النار.\n\n"
        "وقال الدفاع المدني إن فرقه انتشلت جثث الضحايا من تحت الأنقاض."
    ),
}


HUP_SUBSCRIPTION = """
[[subscription]]
name = "hup-added"
regions = ["SY12"]
channel = "redis"
"""


def cli(tmp_path: Path, *args: str) -> Any:
    """Run a command on the daemon's home, without its config (so nothing is synced here)."""
    env = {**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home")}
    for var in ("NEWSWATCH_CONFIG", "REDIS_URL", "DATABASE_URL"):
        env.pop(var, None)
    proc = subprocess.run(
        [sys.executable, "-m", "newswatch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def stop_embedded(server: Any) -> None:
    """Leave the daemon's embedded Redis: its last user gone, it stops."""
    server.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def site() -> Iterator[ReplicaSite]:
    with ReplicaSite.start(robots_crawl_delay=0, per_page=20) as s:
        yield s


def write_config(tmp_path: Path, site: ReplicaSite, port: int) -> Path:
    cfg = tmp_path / "newswatch.toml"
    cfg.write_text(
        f"""
[crawler]
min_interval = 2
max_interval = 4
download_delay = 0
use_registry = false
[web]
port = {port}
[log]
level = "INFO"
[[source]]
id = "replica"
name = "Replica"
homepage = "{site.url}/"
feeds = ["{site.url}/feed/"]
[[subscription]]
name = "breaches"
breach_only = true
channel = "redis"
""",
        encoding="utf-8",
    )
    return cfg


def start_daemon(tmp_path: Path, cfg: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home"), "NEWSWATCH_CONFIG": str(cfg)}
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL", None)
    with open(tmp_path / "daemon.log", "a") as log:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "newswatch", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
        )


def subscriber_alerts(client: redis.Redis) -> list[dict[str, Any]]:
    out = []
    for key in client.scan_iter("newswatch:sub:*"):
        if client.type(key) == "stream":
            out.extend(json.loads(f["data"]) if "data" in f else f for _, f in client.xrange(key))
    return out


def wait_for(predicate: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return False


def test_daemon_delivers_new_article_then_stops_on_sigterm(
    tmp_path: Path, site: ReplicaSite
) -> None:
    port = free_port()
    cfg = write_config(tmp_path, site, port)
    proc = start_daemon(tmp_path, cfg)
    server = None
    try:
        assert wait_for(lambda: (tmp_path / "home" / "redis").exists(), 30)
        time.sleep(1)
        server = start_embedded(tmp_path / "home" / "redis")
        client = redis.Redis(unix_socket_path=server.socket_file, decode_responses=True)
        assert wait_for(lambda: len(subscriber_alerts(client)) > 0, 60), (
            tmp_path / "daemon.log"
        ).read_text()
        before = len(subscriber_alerts(client))
        site.publish(BREACH)
        published = time.monotonic()
        # The bound: the poll interval (max_interval = 4 s) plus 5 s.
        assert wait_for(lambda: len(subscriber_alerts(client)) > before, 4 + 5)
        assert time.monotonic() - published < 4 + 5
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as resp:
            assert resp.status == 200 and json.load(resp)["ok"] is True

        def metrics() -> str:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
                return str(resp.read().decode())

        # The round counts its articles when it ends; its alerts, delivered by lanes that
        # start as soon as events are routed, may arrive before that: wait, do not race.
        assert wait_for(
            lambda: re.search(r"^newswatch_articles_total [1-9]", metrics(), re.M), 30
        ), metrics()
        status = cli(tmp_path, "status", "--json")
        assert status["daemon"]["pid"] == proc.pid and status["sources"]["feeds"] >= 1
        second = subprocess.run(  # one daemon per data directory
            [sys.executable, "-m", "newswatch", "run"],
            env={**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home")},
            capture_output=True, text=True, timeout=60,
        )
        assert second.returncode == 2
        assert second.stderr.strip() == (
            f"error: another newswatch daemon (pid {proc.pid}) is running on "
            f"{tmp_path / 'home'}; stop it or give this one its own --home"
        )

        # SIGHUP: a subscription added to the file is live without a restart.
        cfg.write_text(cfg.read_text() + HUP_SUBSCRIPTION, encoding="utf-8")
        proc.send_signal(signal.SIGHUP)
        assert wait_for(
            lambda: (
                "hup-added" in {s["name"] for s in cli(tmp_path, "subscriptions", "list", "--json")}
            ),
            10,
        )
        assert proc.poll() is None

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        log_lines = (tmp_path / "daemon.log").read_text().splitlines()
        assert any(
            json.loads(line).get("msg") == "stopped" for line in log_lines if line.startswith("{")
        )
        client.close()
    finally:
        if proc.poll() is None:
            proc.kill()
        if server is not None:
            stop_embedded(server)


MISSED = [
    {
        "title": "مقتل ثلاثة مدنيين بقصف مدفعي على بلدة الحواش في سهل الغاب رغم الهدنة",
        "text": (
            "قُتل ثلاثة مدنيين، صباح اليوم، جراء قصف مدفعي استهدف بلدة الحواش في سهل الغاب "
            "بريف حماة الغربي، في خرق جديد لاتفاق وقف إطلاق النار."
        ),
    },
    {
        "title": "قتيل باشتباكات في بلدة دارة عزة غربي حلب رغم اتفاق التهدئة",
        "text": (
            "قُتل مقاتل، فجر اليوم، خلال اشتباكات اندلعت على أطراف بلدة دارة عزة في ريف حلب "
            "الغربي، في خرق لاتفاق وقف إطلاق النار المعلن في المنطقة."
        ),
    },
]


MISSED_PLACES = {"الحواش", "دارة عزة"}


def test_restart_catches_up_what_was_published_while_down(
    tmp_path: Path, site: ReplicaSite
) -> None:
    cfg = write_config(tmp_path, site, 0)
    cfg.write_text(cfg.read_text().replace("[web]", "catch_up_min_gap = 1\n[web]"))
    server = None
    proc = start_daemon(tmp_path, cfg)
    try:
        assert wait_for(lambda: (tmp_path / "home" / "redis").exists(), 30)
        time.sleep(1)
        server = start_embedded(tmp_path / "home" / "redis")
        client = redis.Redis(unix_socket_path=server.socket_file, decode_responses=True)
        assert wait_for(lambda: len(subscriber_alerts(client)) > 0, 60)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        assert not any(a.get("replayed") == "1" for a in subscriber_alerts(client))

        for article in MISSED:  # published while the daemon is down
            site.publish(article)
        time.sleep(2)
        proc = start_daemon(tmp_path, cfg)

        def missed_alerts() -> list[dict[str, Any]]:
            # Alerts of the first run still queued at SIGTERM arrive too (nothing is lost);
            # only the missed incidents must come flagged as replayed.
            return [
                a
                for a in subscriber_alerts(client)
                if json.loads(a["event"])["place_name"] in MISSED_PLACES
            ]

        assert wait_for(lambda: len(missed_alerts()) >= len(MISSED), 60), (
            tmp_path / "daemon.log"
        ).read_text()[-3000:]
        assert all(a["replayed"] == "1" for a in missed_alerts())
        # The daemon's own alert pass may deliver the missed alerts before the catch-up
        # logs its end (they run side by side): wait for the line rather than race it.
        assert wait_for(lambda: "catch-up done" in (tmp_path / "daemon.log").read_text(), 30)
        client.close()
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=15)
        if server is not None:
            stop_embedded(server)
