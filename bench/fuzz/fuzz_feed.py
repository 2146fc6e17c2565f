"""Fuzz the feed path: bytes -> ``crawler.feeds.parse_feed`` (needs ``pip install atheris``).

    python bench/fuzz/fuzz_feed.py -atheris_runs=5000 /tmp/fuzz-feed bench/fuzz/corpus/feed

Any exception escaping ``parse_feed`` is a crash (libFuzzer writes the input to crash-*).
Set NEWSWATCH_FUZZ_STRICT=1 to also crash on bugs already reported (see README.md).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import UTC

import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

with atheris.instrument_imports():
    from crawler.feeds import parse_feed

CONTENT_TYPES = [None, "application/rss+xml", "text/xml; charset=windows-1256",
                 "application/atom+xml; charset=utf-16", "text/html", "text/xml; charset=x"]
STRICT = os.environ.get("NEWSWATCH_FUZZ_STRICT") == "1"
logging.disable(logging.CRITICAL)  # "malformed feed" warnings would flood the run


def _reported(exc: BaseException) -> bool:
    """Bugs already reported: any exception raised inside feedparser escapes parse_feed
    (ValueError for odd bytes in ``<?xml encoding=...?>``, KeyError 'links' in the loose
    parser), and an item's ``<links/>`` makes its link a dict that ``crawler.feeds._entry``
    calls ``.startswith`` on (AttributeError)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return False
    if isinstance(exc, AttributeError):
        return frames[-1].name == "_entry"
    return "feedparser" in frames[-1].filename


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    content_type = CONTENT_TYPES[fdp.ConsumeIntInRange(0, len(CONTENT_TYPES) - 1)]
    try:
        parsed = parse_feed(fdp.ConsumeBytes(fdp.remaining_bytes()), "http://127.0.0.1/feed/",
                            content_type)
    except Exception as exc:
        if STRICT or not _reported(exc):
            raise
        return
    for entry in parsed.entries:
        if not entry.url.startswith(("http://", "https://")):
            raise AssertionError(f"entry URL {entry.url!r} is not http(s)")
        if STRICT and entry.published is not None:
            entry.published.astimezone(UTC)  # reported: year 1/9999 with an offset raises


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
