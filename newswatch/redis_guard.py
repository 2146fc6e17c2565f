"""The embedded redis-server's keeper: ``python -m newswatch.redis_guard REDIS_SERVER DIR``.

Started by :func:`newswatch.redis_server.start_embedded` in a session of its own (a Ctrl-C
meant for the daemon does not reach it), it runs ``redis-server DIR/redis.conf`` as its
child and stops it once no process uses it any more.  Every user of the server holds a
shared ``flock`` on ``DIR/users.lock``; the kernel drops a holder's lock when it exits, by
any means, ``kill -9`` included, so the guard's exclusive lock on that file succeeds
exactly when the last user is gone.  The guard holds ``DIR/guard.lock`` while it lives, which
is how a user tells a running server from an orphan.

On Linux the server also gets ``PR_SET_PDEATHSIG``: if the guard itself is killed, the
kernel sends the server SIGTERM (a clean shutdown, AOF flushed).  Elsewhere such an orphan
is stopped by the next user that starts (``redis_server._stop_orphans``).

Standard library only: the guard lives beside every embedded server and should stay small.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

GUARD_LOCK = "guard.lock"
USERS_LOCK = "users.lock"
CONFIG = "redis.conf"
POLL = 0.1  # seconds between checks for the last user leaving
STOP_TIMEOUT = 30.0  # a clean shutdown writes the RDB; after this the server is killed


def _in_child() -> None:
    """In the server's process, before exec: default signals, and on Linux a SIGTERM
    from the kernel when the guard dies."""
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL)  # ignored signals would survive exec
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM)


def _lock(path: Path, mode: int) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def main(argv: list[str]) -> int:
    server, directory = argv[0], Path(argv[1])
    # Leave the starting process at once (it reaps us): the guard must not be a child that
    # the user who happened to start the server is expected to wait for.
    if os.fork() > 0:
        return 0
    # The server's life follows its users, not signals sent to a terminal or a unit.
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    guard = _lock(directory / GUARD_LOCK, fcntl.LOCK_EX)
    if guard is None:
        return 1  # another guard keeps this directory's server
    proc = subprocess.Popen(
        [server, str(directory / CONFIG)], cwd=directory, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_in_child,
    )
    last_user_gone = None
    while proc.poll() is None and last_user_gone is None:
        time.sleep(POLL)
        last_user_gone = _lock(directory / USERS_LOCK, fcntl.LOCK_EX)
    # The last user is gone (or the server stopped by itself): stop it, then step aside.
    # The users lock stays held until this process exits, so a user arriving now waits
    # for the whole shutdown and then starts a fresh server.
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    os.close(guard)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
