"""Lanes: a bounded pool of threads, one subscription per lane at a time.

Different subscriptions are delivered side by side; one subscription's entries go
through one lane, in order.  A receiver that hangs holds its own lane for at most one
attempt's deadline, then backs off without holding any.

The threads are daemon threads, unlike ``concurrent.futures``' (which the interpreter
joins at exit): a stop abandons attempts in flight and must not wait for a receiver.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, wait

from alerts.attempt import Abandoned

log = logging.getLogger("alerts.delivery")
IDLE = 30.0  # seconds a lane thread waits for work before it ends (a new one starts later)


class Lanes:
    def __init__(self, size: int, run: Callable[[str], int]) -> None:
        self.size = max(1, size)
        self.run = run
        self._todo: queue.SimpleQueue[tuple[str, Future[int]]] = queue.SimpleQueue()
        self._busy: dict[str, Future[int]] = {}
        self._finished: list[Future[int]] = []
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def busy(self) -> set[str]:
        with self._lock:
            return set(self._busy)

    def submit(self, sub_id: str, *, collect: bool = False) -> Future[int] | None:
        """Queue a lane for ``sub_id`` unless one is queued or running already.

        ``collect``: its result is returned by a later :meth:`collect`.
        """
        with self._lock:
            if sub_id in self._busy:
                return None
            future: Future[int] = Future()
            self._busy[sub_id] = future
            if collect:
                self._finished.append(future)
            self._todo.put((sub_id, future))  # under the lock: an idle thread sees it
            self._start_threads()
        return future

    def collect(self) -> int:
        """The sum of collected lanes' results that finished since the last call."""
        with self._lock:
            done = [f for f in self._finished if f.done()]
            self._finished = [f for f in self._finished if not f.done()]
        return sum(f.result() for f in done if f.exception() is None)

    def wait(self, futures: Iterable[Future[int] | None], timeout: float | None) -> int:
        """Wait for these lanes (at most ``timeout`` s); the sum of the finished ones."""
        pending = [f for f in futures if f is not None]
        done, _ = wait(pending, timeout=timeout)
        for future in done:
            if (error := future.exception()) is not None:
                raise error
        return sum(f.result() for f in done)

    def join(self, timeout: float) -> bool:
        """Wait until no lane runs or is queued; False when ``timeout`` passed first."""
        with self._lock:
            running = list(self._busy.values())
        _, pending = wait(running, timeout=timeout)
        return not pending

    def _start_threads(self) -> None:
        """Enough threads for the lanes queued (called holding the lock)."""
        while len(self._threads) < min(self.size, len(self._busy)):
            thread = threading.Thread(target=self._serve, name="alerts-lane", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _next(self) -> tuple[str, Future[int]] | None:
        """The next lane, or None when this thread has waited ``IDLE`` s for one and ends."""
        while True:
            try:
                item = self._todo.get(timeout=IDLE)
            except queue.Empty:
                with self._lock:  # leave only if no lane was queued meanwhile
                    if self._todo.empty():
                        self._threads.remove(threading.current_thread())
                        return None
                continue
            return item

    def _serve(self) -> None:
        while (item := self._next()) is not None:
            sub_id, future = item
            error: BaseException | None = None
            try:
                result = self._run_one(sub_id)
            except BaseException as exc:  # SystemExit and the like: the caller's to see
                result, error = 0, exc
            with self._lock:  # free before anyone waiting on the result looks again
                self._busy.pop(sub_id, None)
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

    def _run_one(self, sub_id: str) -> int:
        try:
            return self.run(sub_id)
        except Abandoned:
            return 0  # stopping: the entry stays pending, redelivered after the restart
        except Exception:  # the pool must outlive a bad lane
            log.exception("delivery lane of %s failed; it is tried again next pass", sub_id)
            return 0
