"""Structured logs: one JSON object per line on stderr, for journald and containers.

Every handler installed here formats through :class:`RedactingFormatter`: whatever a
record carries — our messages, ``extra`` fields, tracebacks, and the lines of Apprise
and the HTTP libraries, which name service URLs with their tokens — passes through
``alerts.redact.REDACTOR`` before it is written, at every level, ``--debug`` included.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from alerts.redact import REDACTOR, SERVICE_LOGGERS

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Render a record and its ``extra=`` fields as JSON; Arabic stays readable."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        data.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class RedactingFormatter(logging.Formatter):
    """Formats with ``inner``, then masks secrets in the finished line."""

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        service = record.name.split(".", 1)[0] in SERVICE_LOGGERS
        return REDACTOR.redact(self.inner.format(record), service=service)


def setup_logging(level: str = "INFO", as_json: bool = True) -> None:
    inner: logging.Formatter = (
        JsonFormatter()
        if as_json
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    _install(inner, level)
    # Scrapy and APScheduler are chatty at INFO; their problems still show as warnings.
    root = logging.getLogger()
    for noisy in (
        "scrapy",
        "apscheduler",
        "twisted",
        "urllib3",
        "trafilatura",
        "htmldate",
        "alembic",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # "skipped: maximum number of running instances reached" is max_instances=1 working as
    # designed (a slow round is not doubled), not something an operator must act on.
    logging.getLogger("apscheduler.scheduler").setLevel(max(logging.ERROR, root.level))


def setup_cli_logging(debug: bool) -> None:
    """Plain lines for the commands: warnings, or everything with ``--debug``."""
    _install(logging.Formatter("%(levelname)s %(name)s: %(message)s"),
             "DEBUG" if debug else "WARNING")


def add_secrets(secrets: Iterable[str], urls: Iterable[str] = ()) -> None:
    """Secrets of the configuration to hide from every log line: whole values (tokens,
    passwords), and URLs whose paths, queries and user info may hold tokens."""
    REDACTOR.add(secrets)
    for url in urls:
        REDACTOR.add_url(url)


def _install(inner: logging.Formatter, level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(inner))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
