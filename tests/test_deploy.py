"""deploy/: what can be checked without a Docker engine or a running systemd.

Not checked here (no engine on these machines): building the image and running the compose
stack. Checked: the compose file against the Compose specification's JSON schema, the unit
as shipped with `systemd-analyze verify`, the README's install against the unit, the wheel
that install builds, and the image's entry command and health check.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
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


VENV = Path("/opt/newswatch")  # where the README's "Running under systemd" makes it


def _verify(unit: Path) -> list[str]:
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed here (Debian: apt-get install systemd)")
    proc = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True,
                          timeout=60)
    return [line for line in proc.stderr.splitlines() if unit.name in line]


def test_systemd_unit_as_shipped_verifies() -> None:
    unit = DEPLOY / "newswatch.service"
    text = unit.read_text()
    for key in ("Type=notify", "WatchdogSec=", "DynamicUser=yes", "StateDirectory=",
                "ProtectSystem=strict", "ProtectHome=yes", "NoNewPrivileges=yes",
                f"ExecStart={VENV}/bin/newswatch run"):
        assert key in text
    problems = _verify(unit)
    if not (VENV / "bin" / "newswatch").exists():  # a machine that did not install the service
        missing = f"{unit.name}: Command {VENV}/bin/newswatch is not executable: "
        problems = [p for p in problems if not p.startswith(missing)]
    assert problems == []


def test_systemd_verify_finds_a_broken_unit(tmp_path: Path) -> None:
    unit = tmp_path / "newswatch.service"
    text = (DEPLOY / "newswatch.service").read_text()
    unit.write_text(text.replace("Type=notify", "Type=notifyy").replace(
        "ExecReload=/bin/kill", "ExecReload=bin/kill"))
    problems = _verify(unit)
    assert any("notifyy" in p for p in problems) and any("bin/kill" in p for p in problems)


def test_readme_installs_the_venv_the_unit_runs_outside_the_hidden_homes() -> None:
    readme = (DEPLOY.parent / "README.md").read_text()
    section = readme.split("## Running under systemd", 1)[1].split("\n## ", 1)[0]
    commands = section.split("```text\n", 1)[1].split("```", 1)[0]
    assert f"/usr/bin/python3 -m venv {VENV}\n" in commands
    assert f"{VENV}/bin/pip install '.[postgres]'" in commands  # a wheel of the clone
    assert " -e " not in commands and "install 'newswatch" not in commands  # not on PyPI
    assert not VENV.is_relative_to("/home") and not VENV.is_relative_to("/root")


def test_the_wheel_carries_the_migrations_and_the_data(tmp_path: Path) -> None:
    """The systemd install is a built wheel: everything read at run time must be in it."""
    repo, src = DEPLOY.parent, tmp_path / "src"
    for name in ("pyproject.toml", "setup.py", "README.md"):
        (src / name).parent.mkdir(exist_ok=True)
        shutil.copy(repo / name, src / name)
    for package in _packages():
        shutil.copytree(repo / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    # What the wheel carries, not the optional mypyc build (setup.py): minutes more.
    env = {k: v for k, v in os.environ.items() if k != "NEWSWATCH_MYPYC"}
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(tmp_path / "dist"), str(src)],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = (tmp_path / "dist").glob("newswatch-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {
        "crawler/migrations/crawler_0001_first_tables.py",
        "pipeline/migrations/pipeline_0001_first_tables.py",
        "alerts/migrations/alerts_0001_first_tables.py",
        "newswatch/migrations/versions/newswatch_0001_first_tables.py",
        "newswatch/migrations/env.py", "newswatch/migrations/script.py.mako",
        "crawler/sources.toml", "pipeline/data/gazetteer.csv",
        "pipeline/data/syria_admin1.geojson", "newswatch/web/static/index.html",
        "newswatch/replica/content/articles.json",
    }
    assert wanted - names == set()


def _packages() -> list[str]:
    """The top-level packages pyproject.toml ships (``include = ["newswatch*", ...]``)."""
    text = (DEPLOY.parent / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r"^include = \[(.*)\]$", text, re.MULTILINE)
    assert found, "pyproject.toml lists no packages"
    return [name.strip().strip('"').rstrip("*") for name in found.group(1).split(",")]


def test_the_image_copies_every_package_the_wheel_ships() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    missing = [p for p in _packages() if f"COPY {p} {p}" not in dockerfile]
    assert missing == [], f"deploy/Dockerfile does not copy {missing}"


def test_production_installs_take_the_compiled_build() -> None:
    """The image and the systemd install compile text to events (NEWSWATCH_MYPYC=1, setup.py):
    the whole pipeline's 300 articles/s per core is the compiled build's (BENCHMARKS.md). The
    compiler stays in the build stage, out of the image that runs."""
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    build, run = dockerfile.split("\nFROM ", 2)[1:]
    assert "RUN NEWSWATCH_MYPYC=1 pip install --no-cache-dir '.[postgres]'" in build
    assert re.search(r"apt-get install .*\bgcc\b", build) and "gcc" not in run
    readme = (DEPLOY.parent / "README.md").read_text(encoding="utf-8")
    systemd = readme.split("## Running under systemd", 1)[1].split("\n## ", 1)[0]
    assert f"NEWSWATCH_MYPYC=1 {VENV}/bin/pip install '.[postgres]'" in systemd
    assert "apt-get install -y gcc python3-dev" in systemd


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


def test_compose_scales_the_daemon_without_clashes() -> None:
    """`docker compose up --scale newswatch=3`: no fixed host port nor shared home on the
    scaled service; one web front owns the port; one Redis and one PostgreSQL."""
    import yaml  # type: ignore[import-untyped]

    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    scaled = services["newswatch"]
    assert "ports" not in scaled and "container_name" not in scaled
    mounts = [str(v).split(":")[1] for v in scaled.get("volumes", [])]
    assert "/data" not in mounts  # each replica its own home (the image's VOLUME /data)
    assert scaled["environment"]["REDIS_URL"].startswith("redis://redis:")
    assert scaled["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    published = [name for name, svc in services.items() if svc.get("ports")]
    assert published == ["web"] and services["web"]["command"] == ["run", "--role", "web"]
    roles = scaled["command"][scaled["command"].index("--role") + 1].split(",")
    assert {"crawl", "pipeline", "alerts"} <= set(roles)
    assert {"redis", "postgres"} <= set(services)
