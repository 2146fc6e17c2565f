"""Fuzz ``newswatch extract`` lines: one JSONL line -> its one output line, in process
(needs ``pip install atheris``).

    python bench/fuzz/fuzz_extract_line.py -atheris_runs=2000 /tmp/fuzz-line bench/fuzz/corpus/line

Mirrors the command: the line is read as the command reads its file (UTF-8, errors
replaced), turned into a result by the command's own per-line function, and serialised and
encoded as the command writes it. The result must be ``{"id", "events"}`` or
``{"id", "error"}``. Half the inputs are structured (a JSON object built from the fuzz data,
so the extractor itself is reached); the other half are raw lines. Bugs already reported are
tolerated unless NEWSWATCH_FUZZ_STRICT=1 (see README.md).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

with atheris.instrument_imports():
    from newswatch.commands.extract import _extract_line
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

EXTRACTOR = EventExtractor.from_settings(PipelineSettings())
STRICT = os.environ.get("NEWSWATCH_FUZZ_STRICT") == "1"
logging.disable(logging.CRITICAL)  # "malformed feed" warnings would flood the run
PUBLISHED = [None, "2025-03-15T10:00:00+03:00", "Sat, 15 Mar 2025 10:00:00 +0300", "", 5]
KEYS = ({"id", "events"}, {"id", "error"})


def _line(fdp: Any) -> str:
    if fdp.ConsumeBool():
        raw: bytes = fdp.ConsumeBytes(fdp.remaining_bytes())
        return raw.decode("utf-8", errors="replace").split("\n")[0]
    item = {"id": fdp.ConsumeUnicodeNoSurrogates(20),
            "title": fdp.ConsumeUnicodeNoSurrogates(80),
            "published": PUBLISHED[fdp.ConsumeIntInRange(0, len(PUBLISHED) - 1)],
            "text": fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())}
    return json.dumps(item, ensure_ascii=False)


def test_one_input(data: bytes) -> None:
    line = _line(atheris.FuzzedDataProvider(data))
    if not line.strip():
        return  # the command skips blank lines
    result = _extract_line(EXTRACTOR, line)
    if set(result) not in KEYS:
        raise AssertionError(f"bad result keys {sorted(result)}")
    try:
        (json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        if STRICT:  # reported: a lone surrogate reaching the output stops the command
            raise


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
