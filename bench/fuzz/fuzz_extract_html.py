"""Fuzz the HTML path: bytes -> ``crawler.decode.decode_html`` -> ``extract_article``
(needs ``pip install atheris``).

    python bench/fuzz/fuzz_extract_html.py -atheris_runs=2000 /tmp/fuzz-html bench/fuzz/corpus/html

Only ``NoArticle`` (the documented refusal) may escape; anything else is a crash. Bugs
already reported are tolerated unless NEWSWATCH_FUZZ_STRICT=1 (see README.md).
"""

from __future__ import annotations

import logging
import os
import sys

import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

with atheris.instrument_imports():
    from crawler.decode import decode_html
    from crawler.extract import NoArticle, extract_article

CONTENT_TYPES = [None, "text/html", "text/html; charset=UTF-8", "text/html; charset=windows-1256",
                 "text/html; charset=iso-8859-6", "text/html; charset=utf-16"]
SELECTORS = [None, {"body": "article"}, {"body": "div.content p", "title": "h1"},
             {"date": "time", "author": ".author"}]
STRICT = os.environ.get("NEWSWATCH_FUZZ_STRICT") == "1"
logging.disable(logging.CRITICAL)  # "malformed feed" warnings would flood the run


def _known(exc: Exception) -> bool:
    """Reported bugs (tests/hostile xfails): a codec raising plain UnicodeError in
    decode_html, a malformed canonical URL raising ValueError in extract_article."""
    if STRICT:
        return False
    if type(exc) is UnicodeError:
        return True
    return isinstance(exc, ValueError) and "IPv6" in str(exc)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    content_type = CONTENT_TYPES[fdp.ConsumeIntInRange(0, len(CONTENT_TYPES) - 1)]
    selectors = SELECTORS[fdp.ConsumeIntInRange(0, len(SELECTORS) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        text, _ = decode_html(body, content_type)
        extract_article(text, "http://127.0.0.1/2025/03/15/khabar/", selectors)
    except NoArticle:
        pass
    except Exception as exc:
        if not _known(exc):
            raise


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
