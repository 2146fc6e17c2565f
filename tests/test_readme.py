"""The README's Quick start is what CI runs: keep the two equal."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    assert "newswatch run" in commands[0]


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick_start_commands()[1] in ci


def _requirement(line: str) -> str:
    return line.split("#", 1)[0].strip()


def test_both_commands_take_the_cpu_torch_first_and_the_pins_agree() -> None:
    """PyPI's Linux torch is the CUDA build (GB): the CPU one comes from PyTorch's index."""
    for command in quick_start_commands():
        assert command.startswith("pip install --no-deps -r torch-cpu.txt && pip install -e ")
    lines = [_requirement(x) for x in (REPO / "torch-cpu.txt").read_text().splitlines()]
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in lines
    pinned = [x for x in lines if x.startswith("torch")]
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert pinned == [d for d in declared if re.match(r"torch\b", d)] == ["torch==2.13.0"]
    docker = (REPO / "deploy" / "Dockerfile").read_text()
    first_install = docker.index("RUN pip install")
    assert docker[first_install:].startswith(
        "RUN pip install --no-cache-dir --no-deps -r torch-cpu.txt")
