"""Which modules of the pipeline's hot path may be compiled with mypyc, and which are.

Building with ``NEWSWATCH_MYPYC=1`` (see setup.py) compiles these modules to C extensions,
about 1.3x faster on texts never seen. Without it, or without a C compiler, they stay pure
Python and behave the same. The list is here, not in setup.py alone, so that the benchmark
and the tests can say which build they ran.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util

# The modules that carry the time of text to events (cProfile over texts never seen) and of
# the story decisions after it (duplicate signatures, the story index; with them, the whole
# pipeline took 1.5% fewer instructions, callgrind), and nothing that imports torch, the web
# or the database. Compiled all together or not at all:
# mypyc puts their code in one shared library, and a module left pure beside it would hold a
# second copy of the classes and caches of its compiled self.
MODULES: tuple[str, ...] = (
    "language.calendar",
    "language.normalize",
    "language.numbers",
    "language.sieve",
    "language.tokens",
    "pipeline.events.actors",
    "pipeline.events.background",
    "pipeline.events.breach",
    "pipeline.events.classify",
    "pipeline.events.dates",
    "pipeline.events.event_days",
    "pipeline.events.extract",
    "pipeline.events.lexicon",
    "pipeline.events.numbers",
    "pipeline.events.places",
    "pipeline.events.scenes",
    "pipeline.events.toll_sentence",
    "pipeline.events.veto",
    "pipeline.stories.dedup",
    "pipeline.stories.dedup_tables",
    "pipeline.stories.dedup_text",
    "pipeline.stories.mentions",
    "pipeline.stories.stories",
)


def origin(module: str) -> str | None:
    """The file ``module`` is (or would be) imported from."""
    spec = importlib.util.find_spec(module)
    return spec.origin if spec else None


def compiled() -> list[str]:
    """The modules of ``MODULES`` that import from a compiled extension, not from source."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [m for m in MODULES if (origin(m) or "").endswith(suffixes)]


def build() -> str:
    """``"mypyc"`` when every module of ``MODULES`` is compiled, else ``"pure Python"``: the
    word the daemon's start line and the benchmark print, so that an operator can tell
    whether an install took the compiled build (setup.py builds all of them or none)."""
    return "mypyc" if len(compiled()) == len(MODULES) else "pure Python"
