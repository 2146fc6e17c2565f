"""Faults the replica can be told to inject, for tests of the crawler's bad-input handling.

A fault is bound to an exact path (``/feed/``) or a prefix ending in ``*`` (``/2025/*``),
matched against both the raw (percent-encoded) and the decoded request path. ``times`` limits
how many requests it hits; after that the path answers normally again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

KINDS = frozenset({
    "429", "503", "slow", "garbage", "broken_feed", "huge", "redirect_loop",
    "offsite_redirect", "reset", "cp1256", "iso8859_6", "not_modified_never",
})
# Rate-limit faults model a server that recovers: by default they hit once.
_DEFAULT_TIMES = {"429": 1, "503": 1}
ENCODINGS = {"cp1256": ("windows-1256", "cp1256"), "iso8859_6": ("iso-8859-6", "iso8859_6")}


@dataclass
class Fault:
    pattern: str
    kind: str
    opts: dict[str, Any] = field(default_factory=dict)
    remaining: int | None = None

    def matches(self, *paths: str) -> bool:
        if self.pattern.endswith("*"):
            return any(p.startswith(self.pattern[:-1]) for p in paths)
        return self.pattern in paths

    def opt(self, name: str, default: Any) -> Any:
        return self.opts.get(name, default)


class FaultTable:
    """Thread-safe set of active faults; the most recently set matching fault wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def set(self, pattern: str, kind: str, **opts: Any) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {sorted(KINDS)}")
        times = opts.pop("times", _DEFAULT_TIMES.get(kind))
        with self._lock:
            self._faults = [f for f in self._faults if f.pattern != pattern]
            self._faults.append(Fault(pattern, kind, opts, times))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, *paths: str) -> Fault | None:
        """The fault for this request, if any, counting the hit against its ``times``."""
        with self._lock:
            for fault in reversed(self._faults):
                if not fault.matches(*paths):
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault
        return None
