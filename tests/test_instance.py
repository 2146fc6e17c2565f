"""One daemon per data directory; its worker identity survives restarts and kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newswatch.instance import HomeInUse, Instance

HOLD = (
    "import pathlib, sys, time; from newswatch.instance import Instance; "
    "Instance.claim(pathlib.Path(sys.argv[1])); print('held', flush=True); time.sleep(60)"
)


def test_identity_is_stable_and_the_home_is_exclusive(tmp_path: Path) -> None:
    first = Instance.claim(tmp_path)
    with pytest.raises(HomeInUse, match=rf"pid {os.getpid()}\) is running on {tmp_path}"):
        Instance.claim(tmp_path)
    first.release()
    again = Instance.claim(tmp_path)
    assert again.worker_id == first.worker_id and again.worker_id
    again.release()


def test_a_killed_holder_leaves_the_home_free(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)],
                            stdout=subprocess.PIPE, text=True)
    with proc:  # closes the pipe and reaps the child
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
            with pytest.raises(HomeInUse, match=f"pid {proc.pid}"):
                Instance.claim(tmp_path)
        finally:
            proc.send_signal(signal.SIGKILL)
    deadline = time.monotonic() + 5
    while True:  # the kernel drops the lock with the process
        try:
            Instance.claim(tmp_path).release()
            break
        except HomeInUse:
            assert time.monotonic() < deadline
            time.sleep(0.05)
