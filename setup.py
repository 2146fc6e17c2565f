"""Optional mypyc build of the pipeline's hot modules (pyproject.toml holds the rest).

By default nothing is compiled: a plain ``pip install .`` or ``pip install -e .`` gives pure
Python, needs no C compiler and no mypy. With ``NEWSWATCH_MYPYC=1`` in the environment a wheel
build (``pip install .``, ``pip wheel .``) also compiles ``pipeline.compiled.MODULES`` with
mypyc: pip then fetches mypy into the build environment, and the build takes a few minutes
more. If the C compiler is missing or fails, the build goes on without the extensions, all of
them, and says so: the wheel is then pure Python.

Editable installs are never compiled, whatever the variable says: setuptools builds an
editable install's extensions beside the sources, where a compiled module would be imported
before the ``.py`` file a developer edits, and the edits would silently not run. To measure a
compiled build in a checkout: ``NEWSWATCH_MYPYC=1 python setup.py build_ext --inplace``, and
``rm -f *__mypyc.*.so language/*.so pipeline/events/*.so pipeline/stories/*.so`` to go back
to the sources (tests/pipeline/test_compiled.py fails while a compiled module is older than
its source).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, LinkError, PlatformError

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pipeline.compiled import MODULES  # noqa: E402  (the list, no code of the pipeline)

WANTED = os.environ.get("NEWSWATCH_MYPYC", "") == "1"
# Commands that build the extensions. Not "editable_wheel" (see the docstring), nor the
# metadata steps (egg_info, dist_info), which would run mypy for nothing.
BUILDING = bool({"bdist_wheel", "build", "build_ext", "install"} & set(sys.argv[1:]))


def _extensions() -> list[object]:
    if not (WANTED and BUILDING):
        if WANTED and "editable_wheel" in sys.argv[1:]:
            print("NEWSWATCH_MYPYC: editable install, left pure Python", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("NEWSWATCH_MYPYC: mypy is not installed, left pure Python", file=sys.stderr)
        return []
    paths = [str(Path(*m.split(".")).with_suffix(".py")) for m in MODULES]
    try:
        return list(mypycify(paths, opt_level="3"))
    except (Exception, SystemExit) as e:  # mypyc exits on code it cannot compile
        # Another mypy than the one the code was tried with may refuse a construct: the
        # install goes on, pure Python, rather than fail.
        print(f"NEWSWATCH_MYPYC: mypyc refused the code ({e!r}); left pure Python",
              file=sys.stderr)
        return []


class OptionalBuildExt(build_ext):
    """Builds the compiled modules all, or none of them (a C compiler may be absent)."""

    def run(self) -> None:
        try:
            super().run()
        except (CCompilerError, CompileError, ExecError, LinkError, PlatformError,
                OSError) as e:
            self._drop(f"{type(e).__name__}: {e}")

    def build_extension(self, ext: object) -> None:
        try:
            super().build_extension(ext)
        except (CCompilerError, CompileError, ExecError, LinkError, PlatformError,
                OSError) as e:
            raise CompileError(str(e)) from e

    def _drop(self, why: str) -> None:
        # Remove what was built before the failure: a module compiled without the shared
        # library it calls into would not import.
        for path in self.get_outputs():
            Path(path).unlink(missing_ok=True)
        self.extensions = []
        self.distribution.ext_modules = []
        print(f"NEWSWATCH_MYPYC: the C build failed ({why}); left pure Python",
              file=sys.stderr)


setup(
    ext_modules=_extensions(),
    cmdclass={"build_ext": OptionalBuildExt},
    # Asked of pip before the build, into the isolated build environment.
    setup_requires=["mypy>=1.10"] if WANTED else [],
)
