"""A round's child process: ended on stop, and its failures told one line each."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from crawler.child import log_child_stderr
from crawler.runner import CrawlReport, crawl_once
from crawler.settings import CrawlerSettings
from crawler.sources import Source
from crawler.state import FeedStore
from newswatch.replica import ReplicaSite

FAST = CrawlerSettings(download_delay=0.0, timeout=60.0, min_interval=60, max_interval=3600)


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: every fetch is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_stopped_round_ends_its_child_and_leaves_the_feed_due(
    sqlite_engine: Engine,
) -> None:
    stop = threading.Event()
    reports: list[CrawlReport] = []
    with ReplicaSite.start(robots_crawl_delay=0) as site:
        site.set_fault("/feed/", "slow", delay=60)  # the round waits on the feed
        src = Source.from_dict({"id": "replica", "name": "Replica", "homepage": site.url + "/",
                                "feeds": [site.url + "/feed/"]})
        worker = threading.Thread(
            target=lambda: reports.append(crawl_once(FAST, [src], sqlite_engine, None, stop=stop))
        )
        worker.start()
        deadline = time.monotonic() + 60
        while not any(r.path == "/robots.txt" for r in site.requests):
            assert time.monotonic() < deadline, "the round never started"
            time.sleep(0.05)
        time.sleep(0.5)  # the feed request is in flight now
        stopped = time.monotonic()
        stop.set()
        worker.join(30)
        took = time.monotonic() - stopped
    assert not worker.is_alive()
    assert took < 8, f"the child took {took:.1f}s to end"  # SIGTERM, SIGKILL after 3 s
    (report,) = reports
    # Stopping is not the site's fault: nothing counted, the feed keeps its (empty) state
    # and is polled first thing at the next start.
    assert dict(report.failures) == {}
    assert FeedStore(sqlite_engine).load() == {}


def test_unreachable_sites_log_one_line_per_failure(tmp_path: Path) -> None:
    port = closed_port()
    config = tmp_path / "newswatch.toml"
    config.write_text(
        "[crawler]\nuse_registry = false\n" + "".join(
            f'[[source]]\nid = "down{n}"\nname = "Down {n}"\n'
            f'homepage = "http://127.0.0.1:{port}/"\nfeeds = ["http://127.0.0.1:{port}/f{n}/"]\n'
            for n in range(3)
        ), encoding="utf-8",
    )  # fmt: skip
    env = {**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home"),
           "NEWSWATCH_CONFIG": str(config)}  # fmt: skip
    for var in ("REDIS_URL", "DATABASE_URL"):
        env.pop(var, None)
    proc = subprocess.run([sys.executable, "-m", "newswatch", "crawl", "--once"], env=env,
                          capture_output=True, text=True, timeout=180)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "connection_refused: 3" in proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 3, proc.stderr  # one per failure, nothing else
    for n, line in enumerate(sorted(lines)):
        assert line.startswith(f"WARNING crawler.runner: crawl failure: down{n} "), line
        assert "connection_refused: " in line and len(line) < 400
    assert "Traceback" not in proc.stderr
    assert not list((tmp_path / "home" / "tmp").iterdir())  # the round's files, removed


def test_a_crashed_childs_output_is_one_line(caplog: pytest.LogCaptureFixture) -> None:
    """A child that dies is logged as its exit and its last line, not 4,000 characters of
    its traceback; the whole output is there at DEBUG."""
    stderr = "Traceback (most recent call last):\n" + "  File x\n" * 500 + "MemoryError: oom"
    with caplog.at_level(logging.DEBUG, logger="crawler.runner"):
        log_child_stderr(stderr, "round_crashed: exit 1")
        log_child_stderr(stderr, None)  # exited 0: its failures came as records
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "crawl round round_crashed: exit 1: MemoryError: oom"
    ]
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r not in warnings)
