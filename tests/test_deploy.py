"""deploy/: what can be checked without a Docker engine or a running systemd.

Not checked here (no engine on these machines): building the image and running the compose
stack. Checked: the compose file against the Compose specification's JSON schema, the unit
with `systemd-analyze verify`, and the image's entry command and health check.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def test_compose_file_matches_the_compose_spec() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
         str(DEPLOY / "compose.yaml")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_compose_schema_check_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "compose.yaml"
    bad.write_text("services:\n  x:\n    image: 3\n    restart: sometimes\n    ports: 8080\n")
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
         str(bad)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode != 0


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    newswatch = shutil.which("newswatch")
    if not analyze or not newswatch:
        pytest.skip("systemd-analyze or the newswatch entry point is not installed here")
    unit = (DEPLOY / "newswatch.service").read_text()
    for key in ("Type=notify", "WatchdogSec=", "DynamicUser=yes", "StateDirectory=",
                "ProtectSystem=strict", "NoNewPrivileges=yes"):
        assert key in unit
    local = tmp_path / "newswatch.service"
    local.write_text(unit.replace("/opt/newswatch/bin/newswatch", newswatch))
    proc = subprocess.run([analyze, "verify", str(local)], capture_output=True, text=True,
                          timeout=60)
    problems = [line for line in proc.stderr.splitlines() if "newswatch.service" in line]
    assert not problems, proc.stderr


def test_image_entry_command_and_healthcheck() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    entry = json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", dockerfile, re.M).group(1))  # type: ignore[union-attr]
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1))  # type: ignore[union-attr]
    assert entry == ["newswatch"] and cmd == ["run"]
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.M)
    assert 'VOLUME ["/data"]' in dockerfile and "NEWSWATCH_HOME=/data" in dockerfile
    assert "/healthz" in dockerfile.split("HEALTHCHECK", 1)[1]
    proc = subprocess.run([*entry, *cmd, "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "daemon" in proc.stdout
