"""pyproject.toml declares what the code imports, and says why it declares anything else.

A package that the code imports only through another one (``click`` through typer, ``lxml``
through Scrapy) still belongs in the list: the day that other one drops it, the install
breaks. A declared package that no module imports is kept only with a comment above it
saying why it is needed at run time.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("newswatch", "crawler", "pipeline", "alerts", "language")


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement (PEP 503)."""
    bare = re.split(r"[\s<>=!~;\[]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", bare).lower()


def imported_modules(root: Path) -> dict[str, str]:
    """Top-level third-party module -> one file importing it, for the four packages."""
    own = set(PACKAGES)
    found: dict[str, str] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in own and top not in sys.stdlib_module_names:
                        found.setdefault(top, str(path.relative_to(root)))
    return found


def declared(pyproject: Path) -> dict[str, bool]:
    """Each declared dependency -> whether a comment line stands right above it."""
    text = pyproject.read_text(encoding="utf-8")
    listed = {_name(r) for r in tomllib.loads(text)["project"]["dependencies"]}
    block = text.split("\ndependencies = [", 1)[1].split("\n]", 1)[0].splitlines()
    out: dict[str, bool] = {}
    for before, line in zip(["", *block], block, strict=False):
        match = re.match(r'\s*"([^"]+)"', line)
        if match:
            out[_name(match.group(1))] = before.strip().startswith("#")
    assert set(out) == listed, "one requirement per line, each in double quotes"
    return out


def mismatches(root: Path) -> list[str]:
    by_module = packages_distributions()
    deps = declared(root / "pyproject.toml")
    used: set[str] = set()
    problems = []
    for module, where in sorted(imported_modules(root).items()):
        dists = {_name(d) for d in by_module.get(module, [module])}
        used |= dists
        if not dists & set(deps):
            problems.append(f"{where} imports {module} ({', '.join(sorted(dists))}): declare it")
    for dist, commented in sorted(deps.items()):
        if dist not in used and not commented:
            problems.append(f"{dist} is declared but never imported: remove it, or say above "
                            "it why it is needed at run time")
    return problems


def test_pyproject_declares_what_the_code_imports() -> None:
    assert mismatches(REPO) == []


def test_the_check_sees_an_undeclared_import_and_an_unexplained_dependency(
    tmp_path: Path,
) -> None:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "crawler" / "x.py").write_text("import lxml.html\nfrom os import path\n")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\ndependencies = [\n    "sqlalchemy>=2",\n'
        '    # needed at run time: ...\n    "torch==2.13.0",\n]\n'
    )
    assert mismatches(tmp_path) == [
        "crawler/x.py imports lxml (lxml): declare it",
        "sqlalchemy is declared but never imported: remove it, or say above it why it is "
        "needed at run time",
    ]
