"""Secrets out of sight: URLs masked for display, and log text redacted.

Services put their tokens in URL paths (a Slack hook's ``/services/T…/B…/SECRET``), in
query strings (``?apikey=``), in user info, and Apprise even where the host would be
(``tgram://BOT_TOKEN/CHAT``).  :func:`mask_url` keeps what identifies the destination —
scheme and host — and hides the rest.  :class:`Redactor` does the same inside free text
(log lines), plus the secrets it was told about and token shapes it recognises.
"""

from __future__ import annotations

import ipaddress
import re
import threading
from collections.abc import Iterable
from urllib.parse import urlsplit

MASK = "****"
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}$", re.I
)


def _real_host(host: str) -> bool:
    """A host name or address, not a token standing where Apprise reads one."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return bool(host == "localhost" or _HOSTNAME.match(host))


def _secretish(part: str) -> bool:
    """A URL part that may be a token: long, and not a plain word like "services"."""
    return len(part) >= 8 and (
        any(c.isdigit() for c in part) or (part.lower() != part != part.upper())
        or len(part) >= 20
    )


def mask_url(url: str) -> str:
    """``scheme://host[:port]`` plus ``/****`` when anything followed; no user info.

    ``redis`` (the channel name, not a URL) and text without ``://`` are returned as is.
    """
    if "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    hostport = netloc.rsplit("@", 1)[-1]
    try:
        parts = urlsplit(f"http://{hostport}")
        host, port = parts.hostname or "", parts.port
    except ValueError:
        host, port = "", None
    shown = (f"[{host}]" if ":" in host else host) if _real_host(host) else MASK
    if shown != MASK and port:
        shown += f":{port}"
    tail = rest[len(netloc):]
    hidden = bool(tail.strip("/")) or "@" in netloc or shown == MASK
    return f"{scheme}://{shown}" + (f"/{MASK}" if hidden and shown != MASK else "")


# A URL inside free text: scheme, then anything up to a space, quote or bracket.
_URL_IN_TEXT = re.compile(r"\b([a-z][a-z0-9+.-]{1,20})://[^\s'\"<>()\[\]{},]+", re.I)
# Request lines of HTTP libraries: ``"POST /bot123:ABC/sendMessage HTTP/1.1"``.
_REQUEST_LINE = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (/\S*)")
# Token shapes: Standard Webhooks secrets, our subscriber tokens, Telegram bot tokens,
# bearer credentials.
_TOKENS = (
    re.compile(r"whsec_[A-Za-z0-9+/=_-]+"),
    re.compile(r"nws_[A-Za-z0-9_-]{8,}"),
    re.compile(r"\b\d{6,12}:[A-Za-z0-9_-]{30,}\b"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
)
# Apprise's TRACE dump of a parsed URL (``bot_token="…"``, ``fullpath="…"``) and
# urllib3's "Max retries exceeded with url: /bot<token>/sendMessage".
_FIELDS = re.compile(
    r"\b(\w*(?:pass|token|secret|key|path|url|user|query|qsd|host|target)\w*[+:-]?=)\"[^\"]*\"",
    re.I,
)
_WITH_URL = re.compile(r"(\burl: )/\S+")
# A long opaque word (API key, hook id) in the lines of Apprise and HTTP libraries.
_OPAQUE = re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])")
# Loggers whose lines are about requests to services: every URL path in them is masked.
SERVICE_LOGGERS = ("apprise", "urllib3", "requests", "httpcore", "httpx", "hpack")


class Redactor:
    """Rewrites log text so that no secret survives; shared by every handler."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()
        self.add(secrets)

    def add(self, secrets: Iterable[str]) -> None:
        """Secrets to hide wherever they appear (short strings would hide too much)."""
        fresh = {s for s in secrets if s and len(s) >= 8}
        with self._lock:
            self._secrets = self._secrets | fresh

    def add_url(self, url: str) -> None:
        """The secret parts of a channel or feed URL: user info, path segments, query
        values, and the "host" where Apprise reads a token there."""
        if "://" not in url:
            return
        rest = url.split("://", 1)[1]
        netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
        userinfo, _, hostport = netloc.rpartition("@")
        parts = re.split(r"[:]", userinfo) + re.split(r"[/?#&=]", rest[len(netloc):])
        host = hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport
        if not _real_host(host.lower()):  # a token where the host would be (tgram://ID:KEY/)
            parts += [hostport, *hostport.split(":")]
        self.add(p for p in parts if _secretish(p))

    def redact(self, text: str, *, service: bool = False) -> str:
        """``text`` with secrets masked; ``service`` also masks every URL path and any
        long opaque word (for the lines of Apprise and HTTP libraries)."""
        for secret in sorted(self._secrets, key=len, reverse=True):
            if secret in text:
                text = text.replace(secret, MASK)
        for pattern in _TOKENS:
            text = pattern.sub(_keep_prefix, text)
        text = _URL_IN_TEXT.sub(lambda m: mask_url(m.group(0)) if service else _no_query(m), text)
        if service:
            text = _REQUEST_LINE.sub(lambda m: f"{m.group(1)} /{MASK}", text)
            text = _FIELDS.sub(lambda m: f'{m.group(1)}"{MASK}"', text)
            text = _WITH_URL.sub(lambda m: f"{m.group(1)}/{MASK}", text)
            text = _OPAQUE.sub(MASK, text)
        return text


def _keep_prefix(match: re.Match[str]) -> str:
    whole = match.group(0)
    if whole.startswith(("whsec_", "nws_")):
        return whole.split("_", 1)[0] + "_" + MASK
    if match.re.groups:
        return match.group(1) + MASK
    return MASK


def _no_query(match: re.Match[str]) -> str:
    """Our own lines keep URL paths (article links) but lose user info and query values."""
    url = match.group(0)
    url = re.sub(r"(://)[^/@\s]*@", r"\1", url)
    return re.sub(r"([?&][^=&#]+=)[^&#]*", r"\1" + MASK, url)


REDACTOR = Redactor()
