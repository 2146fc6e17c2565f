"""Scrapy in a child process: the parent's side of ``python -m crawler.round JOB OUT``.

Twisted's reactor cannot be restarted in a process (see ``crawler.round``), so every crawl,
a polling round (``crawler.runner``) or a backfill (``crawler.backfill``), runs in a fresh
interpreter. The protocol between the two:

1. The parent writes a JSON job: :func:`make_job` (settings, sources, the database URL for
   seen-set lookups, the archive directory, per-host delays, the time), plus what its kind
   of job needs (``polls``; or ``kind="backfill"`` and its window).
2. :func:`run` starts the child and waits at most ``timeout`` seconds.
3. The child appends one JSON record per line as it goes; ``kind`` is ``poll``,
   ``article``, ``failure``, ``seen`` or ``listed`` (written by ``crawler.spider`` and
   ``crawler.backfill``).
4. The parent reads back the whole lines (a killed child may leave half of one), turns
   ``article`` records into :class:`Article` (:func:`article`) and, only after it has stored
   what it keeps, adds the URLs they saw to the seen-set (:func:`record_seen`). The child
   never writes crawl state, so a child that crashes or is killed loses nothing stored.

A child that exits non-zero or overruns is one reason, ``round_crashed: exit N`` or
``round_timeout: after Ns``, returned beside the records it did write, never raised.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import Engine

from crawler.models import Article
from crawler.seen import SeenSet
from crawler.settings import CrawlerSettings
from crawler.sources import Source

log = logging.getLogger(__name__)
ROUND_STOPPED = "round_stopped"  # the daemon is stopping: not a failure of the feeds
STOP_GRACE = 3.0  # seconds a stopping round's child has to exit after SIGTERM


class ChildOutput(NamedTuple):
    """The records a child wrote, and why it failed (None when it exited 0 in time)."""

    records: list[dict[str, Any]]
    crash: str | None


def make_job(
    settings: CrawlerSettings,
    sources: list[Source],
    engine: Engine,
    archive_dir: Path | None,
    now: datetime,
    *,
    log_level: str = "WARNING",
    **extra: Any,
) -> dict[str, Any]:
    """The job every child needs, with ``extra`` (the kind's own fields) merged in."""
    return {
        "settings": asdict(settings),
        "sources": [s.to_dict() for s in sources],
        "db_url": engine.url.render_as_string(hide_password=False),
        "archive_dir": str(archive_dir) if archive_dir and settings.archive else None,
        "host_delays": _host_delays(sources),
        "now": now.isoformat(),
        "log_level": log_level,
        **extra,
    }


def _host_delays(sources: Iterable[Source]) -> dict[str, float]:
    delays: dict[str, float] = {}
    for source in sources:
        if source.crawl_delay:
            for url in (source.homepage, *source.poll_urls):
                host = urlsplit(url).hostname
                if host:
                    delays[host] = max(source.crawl_delay, delays.get(host, 0.0))
    return delays


def run(
    job: dict[str, Any], timeout: float, stop: threading.Event | None = None
) -> ChildOutput:
    """Run ``job`` in ``python -m crawler.round``; never raises for the child's failure.

    ``stop`` set while it runs ends the child early (:data:`ROUND_STOPPED`): the daemon is
    stopping, and what the child already wrote is still read back and kept."""
    with tempfile.TemporaryDirectory(prefix="newswatch-round-") as tmp:
        job_path, out_path = Path(tmp) / "job.json", Path(tmp) / "out.jsonl"
        err_path = Path(tmp) / "stderr.log"  # a file, not a pipe: Scrapy may write a lot
        job_path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        out_path.touch()
        with err_path.open("w", encoding="utf-8") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "crawler.round", str(job_path), str(out_path)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
            )
            crash = wait_child(proc, timeout, stop)
        log_child_stderr(err_path.read_text(encoding="utf-8", errors="replace"), crash)
        records = [json.loads(line) for line in _complete_lines(out_path)]
    return ChildOutput(records, crash)


def wait_child(
    proc: subprocess.Popen[bytes], timeout: float, stop: threading.Event | None
) -> str | None:
    """Wait for a round's child; end it early when ``stop`` is set (the daemon is stopping:
    SIGTERM, then SIGKILL after ``STOP_GRACE`` s) or it overruns.  The reason, or None."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            code = proc.wait(timeout=0.2)
            return None if code == 0 else f"round_crashed: exit {code}"
        except subprocess.TimeoutExpired:
            pass
        if stop is not None and stop.is_set():
            proc.terminate()  # Scrapy's first SIGTERM is its graceful stop
            try:
                proc.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            return ROUND_STOPPED
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            return f"round_timeout: after {timeout:.0f}s"


def log_child_stderr(stderr: str, crash: str | None) -> None:
    """One line for a crashed child (its last line, the exception); the whole output only
    at DEBUG.  A child that exited 0 has told its failures as records, each logged once
    with its counted reason; Scrapy's tracebacks of those failures are noise."""
    text = stderr.strip()
    if not text:
        return
    log.debug("crawl round output: %s", text)
    if crash and crash != ROUND_STOPPED:
        last = text.splitlines()[-1].strip()
        log.warning("crawl round %s: %s", crash, last[:300])


def _complete_lines(path: Path) -> list[str]:
    # A killed child may leave half a line at the end; only whole lines are records.
    text = path.read_text(encoding="utf-8")
    return [
        line for line in text.split("\n")[: -1 if not text.endswith("\n") else None] if line.strip()
    ]


def article(data: dict[str, Any]) -> Article:
    """The :class:`Article` of an ``article`` record's ``article`` field."""
    data = dict(data)
    data["fetched_at"] = datetime.fromisoformat(data["fetched_at"])
    if data.get("published_at"):
        data["published_at"] = datetime.fromisoformat(data["published_at"])
    return Article(**data)


def record_seen(seen: SeenSet, records: list[dict[str, Any]], now: datetime) -> None:
    """Add the URLs of the ``article`` and ``seen`` records to the seen-set."""
    by_source: dict[str, list[str]] = {}
    for record in records:
        if record["kind"] == "article":
            by_source.setdefault(record["article"]["source"], []).extend(record["seen"])
        elif record["kind"] == "seen":
            by_source.setdefault(record["source"], []).extend(record["urls"])
    for source, urls in by_source.items():
        seen.add(urls, source, now)
