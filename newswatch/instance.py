"""One daemon per data directory, and a worker identity that outlives its process.

Redis remembers who read what: a router's unacknowledged events and a delivery worker's
lease belong to a consumer name and a token.  A restarted daemon that came back under a
new name would have to wait ``alerts.reclaim_idle`` seconds (default 60) before taking
over its dead self's work.  Keeping the name in the data directory lets it pick that work
up at once.  The identity is only safe if one process uses it at a time, so the daemon
also holds an exclusive lock on the directory; the kernel drops the lock when the process
dies, even by ``kill -9``.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE = "daemon.lock"
ID_FILE = "worker-id"
TMP_DIR = "tmp"
STALE_TMP = 3600.0  # seconds: older leftovers in <home>/tmp belong to no running process


class HomeInUse(RuntimeError):
    """Another daemon holds the data directory."""


@dataclass
class Instance:
    """The daemon's claim on its data directory; :meth:`release` or process exit drops it."""

    worker_id: str
    _fd: int

    @classmethod
    def claim(cls, home: Path) -> Instance:
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(home / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise HomeInUse(
                f"another newswatch daemon (pid {holder}) is running on {home}; "
                "stop it or give this one its own --home"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(_worker_id(home), fd)

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing drops the flock
            self._fd = -1


def _worker_id(home: Path) -> str:
    path = home / ID_FILE
    try:
        existing = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        existing = ""
    if existing:
        return existing
    # The host name helps a person reading XINFO CONSUMERS; the random part keeps two
    # machines with one host name (containers) apart.
    new = f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(new + "\n", encoding="utf-8")
    tmp.replace(path)
    return new


@contextmanager
def home_tmp(home: Path, *, clean: bool = False) -> Iterator[Path]:
    """Make ``<home>/tmp`` the temporary directory of this process and its children (the
    crawl rounds' job files) while in the block, so that what newswatch writes stays in its
    home; the previous one is restored after (a command run in-process, by tests, leaves
    the process as it found it).

    ``clean`` (the daemon, which holds the home) removes what a killed process left there
    more than an hour ago; a command running beside the daemon keeps its fresh files.
    """
    path = home / TMP_DIR
    path.mkdir(parents=True, exist_ok=True)
    if clean:
        _remove_stale(path, time.time() - STALE_TMP)
    before = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = str(path)
    os.environ["TMPDIR"] = str(path)
    try:
        yield path
    finally:
        tempfile.tempdir = before[0]
        if before[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before[1]


def _remove_stale(path: Path, cutoff: float) -> None:
    for entry in path.iterdir():
        if entry.lstat().st_mtime < cutoff:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
