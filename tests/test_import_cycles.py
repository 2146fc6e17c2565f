"""No module of ours imports itself back, through any chain of imports.

Every import statement counts, at the top of a module, inside a function or under
``TYPE_CHECKING``: a cycle hidden in a function still makes two modules one tangle that
must be read, tested and changed together (``context -> db -> replay -> wiring -> context``
was one). Importing ``a.b.c`` also runs ``a/b/__init__.py``; that implicit step is not an
edge here, only what a statement names.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("newswatch", "crawler", "pipeline", "alerts", "language")


def module_files(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    out = {}
    for package in packages:
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _target(name: str, modules: dict[str, Path]) -> str | None:
    """The module of ours that ``name`` (a module, or a name inside one) refers to."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imported_names(module: str, path: Path) -> list[str]:
    names = []
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            names += [f"{base}.{alias.name}" for alias in node.names]
    return names


def import_graph(root: Path, packages: tuple[str, ...]) -> dict[str, set[str]]:
    modules = module_files(root, packages)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = {_target(name, modules) for name in _imported_names(module, path)}
        graph[module] = {t for t in targets if t and t != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycle_in_our_packages() -> None:
    assert cycles(import_graph(REPO, PACKAGES)) == []


def test_the_check_finds_a_cycle_through_a_function_and_type_checking(tmp_path: Path) -> None:
    pkg = tmp_path / "app"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "context.py").write_text("def engine():\n    from app import db\n")
    (pkg / "db.py").write_text("from .replay import METADATA\n")
    (pkg / "replay.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.context import Ctx\n"
    )
    (pkg / "leaf.py").write_text("import app.db\n")
    assert cycles(import_graph(tmp_path, ("app",))) == [["app.context", "app.db", "app.replay"]]
