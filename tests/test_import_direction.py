"""The stages depend one way: alerts -> pipeline -> crawler -> language; only newswatch wires
them. Everyone may import language, the Arabic basics; it imports none of the four."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "language": {"crawler", "pipeline", "alerts", "newswatch", "torch"},
    "crawler": {"pipeline", "alerts", "newswatch", "torch"},
    "pipeline": {"alerts", "newswatch", "torch"},
    "alerts": {"newswatch", "torch"},
    "newswatch": {"torch"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_downstream(package: str) -> None:
    offenders = [
        f"{path.relative_to(REPO)} imports {bad}"
        for path in sorted((REPO / package).rglob("*.py"))
        for bad in imported_packages(path) & FORBIDDEN[package]
    ]
    assert not offenders, "; ".join(offenders)


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from alerts.keys import x\nimport pipeline.store\n", encoding="utf-8")
    assert imported_packages(bad) == {"alerts", "pipeline"}
