"""The optional mypyc build (setup.py, NEWSWATCH_MYPYC=1): all modules or none, never stale."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from pipeline.compiled import MODULES, build, compiled, origin

REPO = Path(__file__).resolve().parents[2]


def test_the_listed_modules_exist_as_sources() -> None:
    for module in MODULES:
        assert (REPO / Path(*module.split(".")).with_suffix(".py")).is_file(), module


def test_compiled_all_or_none() -> None:
    """mypyc compiles the list into one shared library: a module left pure beside it would be
    a second copy of its compiled self (other classes, other caches)."""
    assert compiled() in ([], list(MODULES))


def test_a_compiled_build_is_in_use_when_asked_for() -> None:
    """Run the tests with NEWSWATCH_MYPYC=1 after a compiled build to check they ran on it."""
    if os.environ.get("NEWSWATCH_MYPYC") != "1":
        pytest.skip("NEWSWATCH_MYPYC is not set: either build is right")
    assert compiled() == list(MODULES) and build() == "mypyc"
    for module in MODULES:
        assert sys.modules[module].__file__ == origin(module)


def test_no_compiled_module_in_the_checkout_is_older_than_its_source() -> None:
    """An in-place build (``setup.py build_ext --inplace``) is imported before the ``.py``
    beside it: edited afterwards, the source would silently not run."""
    stale = []
    for module in compiled():
        built = Path(origin(module) or "")
        source = built.parent / (built.name.split(".", 1)[0] + ".py")
        if built.is_relative_to(REPO) and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(module)
    assert stale == [], f"rebuild or delete the compiled modules {stale} (see setup.py)"


def test_the_build_word_follows_what_is_imported() -> None:
    """The daemon's start line says which build runs; a pure checkout says so."""
    assert build() == ("mypyc" if compiled() else "pure Python")
