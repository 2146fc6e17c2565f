"""Bytes of a page to text, for Arabic sites whose charset declarations are often wrong.

Order, first that applies wins:
1. a byte-order mark (it cannot be there by accident);
2. strict UTF-8, when the bytes are valid UTF-8 and not plain ASCII (windows-1256 and
   ISO-8859-6 Arabic text is practically never valid UTF-8, so this is a safe test, and it
   catches the common "charset=iso-8859-1 header on a UTF-8 page" mistake);
3. the ``<meta charset>`` / ``http-equiv`` declaration, then the Content-Type header, each used
   only if the bytes decode strictly with it (a server default header is wrong more often than
   the page template);
4. detection by charset_normalizer; last resort windows-1256 with replacement characters.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_\-:.]+)", re.I)
# Latin-1 labels on an Arabic page are wrong by construction; WHATWG maps them to cp1252.
_UNTRUSTED = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}

# Text codecs in Python's sense that no web page is written in; a declaration naming one is junk.
_NOT_CHARSETS = {"punycode", "idna", "undefined", "unicode-escape", "raw-unicode-escape",
                 "unicode_escape", "raw_unicode_escape", "utf-7", "mbcs", "oem"}


def charset_from_header(content_type: str | None) -> str | None:
    match = _HEADER.search(content_type or "")
    return match.group(1).lower() if match else None


def charset_from_meta(body: bytes) -> str | None:
    match = _META.search(body[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _strict(body: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        info = codecs.lookup(encoding)
        # Only real page charsets: not rot13/zlib (bytes codecs) nor Python's special codecs.
        if not info._is_text_encoding or info.name in _NOT_CHARSETS:
            return None
        return body.decode(encoding)
    except (LookupError, UnicodeError, ValueError, TypeError):
        # UnicodeError, not just UnicodeDecodeError: "punycode" and "undefined" raise it plain.
        return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)`` for a page's bytes and its Content-Type header."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace"), encoding
    if not body.isascii():
        text = _strict(body, "utf-8")
        if text is not None:
            return text, "utf-8"
    for declared in (charset_from_meta(body), charset_from_header(content_type)):
        if declared in _UNTRUSTED and not body.isascii():
            continue
        text = _strict(body, declared)
        if text is not None:
            return text, str(declared)
    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, errors="replace"), best.encoding
    return body.decode("windows-1256", errors="replace"), "windows-1256"
