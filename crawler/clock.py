"""The injected clock: every stage takes ``clock: Clock = utcnow`` so tests control time.

It lives in ``crawler``, the bottom of the import chain, so every stage can share it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """Now, timezone-aware, in UTC."""
    return datetime.now(UTC)
