"""How the app is served: in the daemon's thread (status, metrics) and by `newswatch web`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from web_helpers import Api, web_settings

from newswatch.web import create_app, serve_in_thread


def test_daemon_status_and_metrics_on_the_same_port(sqlite_engine: Engine, tmp_path: Path) -> None:
    app = create_app(web_settings(tmp_path), sqlite_engine,
                     status=lambda: {"ok": True, "last_round": "2026-11-25T10:00:00+00:00"})
    server = serve_in_thread(app, "127.0.0.1", 0)
    try:
        api = Api(server.url)
        health = api.get("/healthz").body
        assert health["last_round"] == "2026-11-25T10:00:00+00:00" and health["ok"] is True
        metrics = api.get("/metrics")
        assert metrics.status == 200 and "# HELP" in metrics.body
    finally:
        server.stop()
    assert not server.thread.is_alive()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_newswatch_web_serves_until_sigterm(tmp_path: Path, embedded_redis: Any) -> None:
    redis_url = f"unix://{embedded_redis.socket_file}"
    port = _free_port()
    env = {**os.environ, "NEWSWATCH_HOME": str(tmp_path), "REDIS_URL": redis_url,
           "NEWSWATCH_WEB__ADMIN_TOKEN": "t" * 24}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newswatch", "web", "--port", str(port)], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        api, deadline = Api(f"http://127.0.0.1:{port}"), time.monotonic() + 30
        while True:
            try:
                assert api.get("/healthz").body["ok"] is True
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr
                time.sleep(0.1)
        assert api.get("/api/subscriptions", "t" * 24).body == {"items": []}
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in err
