"""Short, countable names for why a fetch failed (``timeout``, ``redirect_loop`` ...).

Besides the download failures below, the spider counts ``not_a_feed``, ``no_article``,
``bozo_feed``, ``http_<status>`` and :data:`PARSE_ERROR` (a response that made the spider's
own code raise: a hostile body meeting a bug, reported instead of lost).
"""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

_BY_CLASS = {
    "TimeoutError": "timeout",
    "DownloadTimeoutError": "timeout",
    "DownloadConnectionRefusedError": "connection_refused",
    "CannotResolveHostError": "dns",
    "DownloadFailedError": "connection_reset",
    "ResponseDataLossError": "connection_reset",
    "TCPTimedOutError": "timeout",
    "ConnectionRefusedError": "connection_refused",
    "ConnectionLost": "connection_reset",
    "ConnectionDone": "connection_reset",
    "ConnectionAborted": "connection_reset",
    "ResponseFailed": "connection_reset",
    "ResponseNeverReceived": "connection_reset",
    "PotentialDataLoss": "connection_reset",
    "DNSLookupError": "dns",
    "DownloadCancelledError": "too_large",
    "CancelledError": "too_large",
    "OffsiteRedirect": "offsite_redirect",
}


PARSE_ERROR = "parse_error"
# An article page another instance of the cluster is fetching: not a failure of anyone's.
CLAIMED_ELSEWHERE = "claimed_elsewhere"


def exc_reason(exc: BaseException) -> str:
    """``"ExcClass: first line of the message"``, short enough for a log line and a record."""
    lines = str(exc).splitlines()
    return f"{type(exc).__name__}: {lines[0][:200] if lines else ''}".rstrip(": ")


def failure_reason(exc: BaseException) -> str:
    """``"reason: detail"`` for an exception raised while downloading."""
    name = type(exc).__name__
    detail = str(exc)[:200]
    if name in _BY_CLASS:
        return f"{_BY_CLASS[name]}: {detail}" if detail else _BY_CLASS[name]
    if isinstance(exc, IgnoreRequest):
        if detail.startswith(CLAIMED_ELSEWHERE):
            return CLAIMED_ELSEWHERE
        if "robots.txt" in detail:
            return "robots_forbidden"
        if "redirection" in detail:
            return "redirect_loop"
        return f"ignored: {detail}"
    return f"{name.lower()}: {detail}"
