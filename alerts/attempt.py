"""One delivery attempt: a deadline for the whole of it, and a guard on every socket.

``webhook_timeout`` bounds the attempt, not each read: a receiver that answers one byte
every 2 s would otherwise hold it for ever.  Libraries (httpcore, requests inside
Apprise, smtplib ...) time out per socket operation only, so the deadline is kept here:
every socket opened inside an attempt is registered through Python's audit hook
(``socket.connect`` / ``socket.sendto``), and a watchdog thread shuts those sockets down
when the deadline passes or when the process stops (``AttemptControl.cancel_all``).  A
blocked read then returns at once, in whichever library it sits.

The same hook applies the outbound guard to the address each socket really connects to,
so no library, redirect or second DNS answer can reach a refused address.  The hook is
installed once per process and costs one set lookup for events of other kinds; outside
an attempt (Redis, the database, the web server) it does nothing.
"""

from __future__ import annotations

import contextlib
import heapq
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from alerts.netguard import ALLOW_HINT, OutboundGuard, parse_address

_SOCKET_EVENTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})
# What a probe (``probe_destinations``) must not let a library do besides connecting.
_SIDE_EFFECTS = frozenset({
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
    "os.forkpty", "os.startfile", "syslog.openlog", "syslog.syslog", "pty.spawn",
})
_PROBE_EVENTS = _SOCKET_EVENTS | _SIDE_EFFECTS | {"socket.getaddrinfo"}


class RefusedDestination(PermissionError):
    """A socket inside an attempt tried to reach an address the guard refuses.

    An ``OSError``, so every HTTP library reports it as a failed connection."""


class Abandoned(Exception):
    """The attempt was cancelled because the process is stopping: not a failure of the
    receiver, so nothing is recorded and nothing acknowledged."""


class DeadlineExceeded(TimeoutError):
    """The whole attempt took longer than its deadline."""


class _ProbeStop(PermissionError):
    """Raised inside a probe at the first outbound action (after recording it)."""


@dataclass(eq=False)
class Attempt:
    """The state of one attempt, seen by the audit hook from any thread it runs in."""

    deadline: float  # time.monotonic()
    guard: OutboundGuard | None
    sockets: list[socket.socket] = field(default_factory=list)
    expired: bool = False
    abandoned: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remaining(self) -> float:
        return max(self.deadline - time.monotonic(), 0.0)

    def admit(self, sock: Any, address: Any) -> None:
        """Called before a socket connects or sends: refuse, or register it."""
        if self.abandoned:
            raise Abandoned("stopping")
        if self.expired:
            raise DeadlineExceeded("deadline passed")
        if self.guard is not None and isinstance(address, tuple):
            host = str(address[0])
            port = int(address[1]) if len(address) > 1 else 0
            parsed = parse_address(host)
            addresses = [host] if parsed is not None else self.guard.resolver(host, port)
            bad = next((a for a in addresses if self.guard.refused(a)), None)
            if bad is not None or not addresses:
                _close(sock)
                raise RefusedDestination(f"connection to {bad or host} refused ({ALLOW_HINT})")
        elif self.guard is not None and not self.guard.allow_private:
            _close(sock)
            raise RefusedDestination("local sockets are refused")  # AF_UNIX and the like
        if isinstance(sock, socket.socket):
            with self.lock:
                self.sockets.append(sock)

    def interrupt(self, *, abandon: bool) -> None:
        """Shut every socket of the attempt down: blocked reads and connects return."""
        with self.lock:
            if abandon:
                self.abandoned = True
            else:
                self.expired = True
            sockets = list(self.sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def failure(self) -> BaseException | None:
        """Why the attempt ended early, if it did (checked after a library's error)."""
        if self.abandoned:
            return Abandoned("stopping: attempt abandoned, to be redelivered")
        if self.expired:
            return DeadlineExceeded("no complete answer within the deadline")
        return None


@dataclass(eq=False)
class _Probe:
    targets: list[tuple[str, int]] = field(default_factory=list)
    side_effects: list[str] = field(default_factory=list)


_current: ContextVar[Attempt | None] = ContextVar("newswatch_attempt", default=None)
_probing: ContextVar[_Probe | None] = ContextVar("newswatch_probe", default=None)
_installed = False
_install_lock = threading.Lock()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in _PROBE_EVENTS:
        return
    probe = _probing.get()
    if probe is not None:
        _record(probe, event, args)
        return
    attempt = _current.get()
    if attempt is not None and event in _SOCKET_EVENTS:
        attempt.admit(args[0], args[1])


def _record(probe: _Probe, event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.getaddrinfo":
        probe.targets.append((str(args[0]), int(args[1] or 0)))
    elif event in _SOCKET_EVENTS and isinstance(args[1], tuple):
        probe.targets.append((str(args[1][0]), int(args[1][1])))
        _close(args[0])
    else:
        probe.side_effects.append(event)
    raise _ProbeStop("probe: nothing is sent")


def _close(sock: Any) -> None:
    """Close a socket we refuse: not every library closes it after the error."""
    if isinstance(sock, socket.socket):
        sock.close()


def install() -> None:
    """Install the audit hook (once per process; hooks cannot be removed)."""
    global _installed
    with _install_lock:
        if not _installed:
            sys.addaudithook(_audit)
            _installed = True


class AttemptControl:
    """Deadlines of every attempt in flight, and the stop that abandons them all."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._live: set[Attempt] = set()
        self._heap: list[tuple[float, int, Attempt]] = []
        self._seq = 0
        self._wake = threading.Condition()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    @contextlib.contextmanager
    def attempt(self, timeout: float, guard: OutboundGuard | None) -> Iterator[Attempt]:
        """Run the body as one attempt of at most ``timeout`` seconds."""
        install()
        if self._stopped.is_set():
            raise Abandoned("stopping: no new attempt")
        current = Attempt(self.clock() + timeout, guard)
        self._register(current)
        token = _current.set(current)
        try:
            yield current
        finally:
            _current.reset(token)
            with self._wake:
                self._live.discard(current)

    def cancel_all(self) -> int:
        """Stop: abandon every attempt in flight and refuse new ones. Returns how many."""
        self._stopped.set()
        with self._wake:
            live = list(self._live)
            self._wake.notify_all()
        for item in live:
            item.interrupt(abandon=True)
        return len(live)

    def resume(self) -> None:
        """Accept attempts again (after a drain that ended with ``cancel_all``)."""
        self._stopped.clear()

    def _register(self, item: Attempt) -> None:
        with self._wake:
            self._live.add(item)
            self._seq += 1
            heapq.heappush(self._heap, (item.deadline, self._seq, item))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._watch, name="attempt-deadlines", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def _watch(self) -> None:
        """Shut down the sockets of attempts whose deadline passed."""
        while True:
            with self._wake:
                while self._heap and self._heap[0][2] not in self._live:
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._wake.wait(5.0)
                    if not self._heap:
                        self._thread = None
                        return
                    continue
                deadline, _, item = self._heap[0]
                wait = deadline - self.clock()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                heapq.heappop(self._heap)
            item.interrupt(abandon=False)


def probing_now() -> bool:
    """True inside :func:`probing` (in this thread or a pool thread given its context)."""
    return _probing.get() is not None


@contextlib.contextmanager
def probing() -> Iterator[_Probe]:
    """Record where library code would connect, and let it connect nowhere.

    The first outbound action (a name lookup, a connect, a datagram, a process start)
    is recorded and refused, so nothing leaves the machine and nothing runs.
    """
    install()
    probe = _Probe()
    token = _probing.set(probe)
    try:
        yield probe
    finally:
        _probing.reset(token)
