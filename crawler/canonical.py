"""One spelling per article URL, so the seen-set recognises a page however it was linked.

Rules (applied in this order): lower-case scheme and host, ``http`` becomes ``https`` (news
sites serve the same page on both), default ports, ``www.`` kept (it is part of the host),
``amp.`` host prefix, ``/amp/`` path segment and ``?amp`` / ``?outputType=amp`` removed,
tracking parameters dropped (``utm_*``, ``fbclid``, ``gclid`` ...), remaining query sorted,
fragment dropped, trailing slash dropped (except the root), and percent-encoding normalised:
unreserved and non-ASCII characters are decoded then re-encoded in one canonical form, so an
Arabic slug compares equal typed raw or percent-encoded in either case.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid",
        "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "s_cid", "spm",
        "amp", "outputtype", "usqp",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)")
# Characters kept literally in a canonical path: RFC 3986 unreserved + sub-delims + ':@/'.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


def canonicalize(url: str) -> str:
    """Canonical form of ``url``; unparseable input comes back stripped but otherwise as is."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    host = host.removeprefix("amp.")
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    return urlunsplit(("https", host, _path(parts.path), _query(parts.query), ""))


def _path(path: str) -> str:
    path = quote(unquote(path), safe=_PATH_SAFE)
    path = _AMP_SEGMENT.sub("", path)
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    return path or "/"


def _query(query: str) -> str:
    pairs = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not _is_tracking(k)
    ]
    return urlencode(sorted(pairs), quote_via=quote)


def _is_tracking(key: str) -> bool:
    low = key.lower()
    return low in TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


def same_site(a: str, b: str) -> bool:
    """True when two URLs are on one site (hosts equal ignoring ``www.``/``amp.``/``m.``)."""
    return _site(a) == _site(b)


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "amp.", "m."):
        host = host.removeprefix(prefix)
    return host
