"""The effective configuration: defaults, then the TOML file, then the environment.

Each section is a frozen dataclass owned by the stage it configures (``crawler``,
``pipeline``, ``alerts``) or by the application shell (``redis``, ``database``, ``web``,
``log``).  Every key can be overridden by ``NEWSWATCH_<SECTION>__<KEY>``; ``REDIS_URL`` and
``DATABASE_URL`` are honoured as the conventional shortcuts.  A wrong value raises
:class:`SettingsError` whose message names the key and the problem.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import tomllib
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints
from urllib.parse import urlsplit

import platformdirs

from alerts.redact import mask_url as channel_mask
from alerts.settings import AlertsSettings
from crawler.settings import CrawlerSettings
from pipeline.settings import PipelineSettings

ENV_PREFIX = "NEWSWATCH_"


class SettingsError(ValueError):
    """A setting is missing, unknown or has a wrong value; the message names it."""


def _doc(text: str, *, secret: bool = False) -> dict[str, object]:
    return {"doc": text, "secret": secret}


@dataclass(frozen=True)
class RedisSettings:
    """Where the queues live."""

    url: str = field(
        default="",
        metadata=_doc(
            "redis:// URL of an external Redis; empty starts the embedded one in the home "
            "directory (also set by REDIS_URL).",
            secret=True,
        ),
    )
    prefix: str = field(
        default="newswatch", metadata=_doc("Prefix of every Redis key this instance uses.")
    )

    def validate(self) -> list[str]:
        if self.url and not re.match(r"^(redis|rediss|unix)://", self.url):
            return ["redis.url: must start with redis://, rediss:// or unix://"]
        return []


@dataclass(frozen=True)
class DatabaseSettings:
    """Where articles, events and subscriptions are stored."""

    url: str = field(
        default="",
        metadata=_doc(
            "SQLAlchemy URL (postgresql+psycopg://user:pass@host/db); empty uses SQLite in "
            "the home directory (also set by DATABASE_URL).",
            secret=True,
        ),
    )

    def validate(self) -> list[str]:
        if self.url and not re.match(r"^(sqlite|postgresql)(\+\w+)?://", self.url):
            return ["database.url: must be a sqlite:// or postgresql:// URL"]
        return []


@dataclass(frozen=True)
class WebSettings:
    """The HTTP endpoint for health, metrics and the API."""

    host: str = field(default="127.0.0.1", metadata=_doc("Address the HTTP endpoint binds."))
    port: int = field(default=8080, metadata=_doc("Port of the HTTP endpoint; 0 disables it."))
    admin_token: str = field(
        default="", metadata=_doc("Bearer token with full rights on the API.", secret=True)
    )
    cors_origins: str = field(
        default="",
        metadata=_doc(
            "Comma-separated origins allowed to call the API from other sites; empty: none."
        ),
    )

    def validate(self) -> list[str]:
        if not 0 <= self.port <= 65535:
            return ["web.port: must be between 0 and 65535"]
        return []


@dataclass(frozen=True)
class LogSettings:
    """What the daemon writes to stderr."""

    level: str = field(default="INFO", metadata=_doc("DEBUG, INFO, WARNING or ERROR."))
    json: bool = field(default=True, metadata=_doc("One JSON object per line (for journald)."))

    def validate(self) -> list[str]:
        if self.level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            return [f"log.level: {self.level!r} is not one of DEBUG, INFO, WARNING, ERROR"]
        return []


@dataclass(frozen=True)
class HealthSettings:
    """When a source counts as stale, and when the instance is not ready (``/readyz``)."""

    stale_after: int = field(
        default=21600,
        metadata=_doc("Seconds without a successful poll after which a source is stale."),
    )
    max_unhealthy_share: float = field(
        default=0.5,
        metadata=_doc(
            "Share of enabled sources that may be failing or stale while /readyz still "
            "answers ready; 0 makes any failing source mean not ready."
        ),
    )

    def validate(self) -> list[str]:
        problems = []
        if self.stale_after < 1:
            problems.append("health.stale_after: must be at least 1 second")
        if not 0 <= self.max_unhealthy_share < 1:
            problems.append("health.max_unhealthy_share: must be at least 0 and below 1")
        return problems


SECTIONS: dict[str, type[Any]] = {
    "crawler": CrawlerSettings,
    "pipeline": PipelineSettings,
    "alerts": AlertsSettings,
    "redis": RedisSettings,
    "database": DatabaseSettings,
    "web": WebSettings,
    "log": LogSettings,
    "health": HealthSettings,
}
LIST_TABLES = ("source", "subscription")


@dataclass(frozen=True)
class Settings:
    """Everything the daemon needs to know, resolved and validated."""

    home: Path
    crawler: CrawlerSettings = field(default_factory=CrawlerSettings)
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    alerts: AlertsSettings = field(default_factory=AlertsSettings)
    redis: RedisSettings = field(default_factory=RedisSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    web: WebSettings = field(default_factory=WebSettings)
    log: LogSettings = field(default_factory=LogSettings)
    health: HealthSettings = field(default_factory=HealthSettings)
    sources: tuple[dict[str, Any], ...] = ()
    subscriptions: tuple[dict[str, Any], ...] = ()
    config_path: Path | None = None

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{self.home / 'newswatch.db'}"

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def redis_dir(self) -> Path:
        return self.home / "redis"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("newswatch", appauthor=False))


def load_settings(
    config: Path | str | None = None,
    home: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve defaults < TOML file < environment < explicit arguments."""
    env = os.environ if environ is None else environ
    path = Path(config) if config else _env_path(env, "NEWSWATCH_CONFIG")
    data = _read_toml(path) if path else {}
    return _build(data, env, path, home)


def _env_path(env: Mapping[str, str], name: str) -> Path | None:
    value = env.get(name, "").strip()
    return Path(value) if value else None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise SettingsError(f"config file {path}: not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"config file {path}: invalid TOML: {exc}") from None


def _build(
    data: dict[str, Any], env: Mapping[str, str], path: Path | None, home: Path | str | None
) -> Settings:
    data = dict(data)
    top_home = data.pop("home", None)
    unknown = sorted(set(data) - set(SECTIONS) - set(LIST_TABLES))
    if unknown:
        known = ", ".join([*SECTIONS, *(f"[[{t}]]" for t in LIST_TABLES)])
        raise SettingsError(f"unknown section [{unknown[0]}] in config (known: {known})")
    sections = {
        name: _section(name, cls, data.get(name, {}), env) for name, cls in SECTIONS.items()
    }
    sections["redis"] = _shortcut(sections["redis"], env.get("REDIS_URL"))
    sections["database"] = _shortcut(sections["database"], env.get("DATABASE_URL"))
    problems = [p for s in sections.values() for p in s.validate()]
    if problems:
        raise SettingsError("; ".join(problems))
    resolved_home = Path(home or env.get("NEWSWATCH_HOME") or top_home or default_home())
    return Settings(
        home=resolved_home.expanduser(),
        sources=tuple(_tables(data, "source")),
        subscriptions=tuple(_tables(data, "subscription")),
        config_path=path,
        **sections,
    )


def _shortcut(section: Any, url: str | None) -> Any:
    return dataclasses.replace(section, url=url) if url and not section.url else section


def _tables(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    tables = data.get(name, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise SettingsError(f"[[{name}]]: must be an array of tables")
    return tables


def _section(name: str, cls: type[Any], raw: Any, env: Mapping[str, str]) -> Any:
    if not isinstance(raw, dict):
        raise SettingsError(f"[{name}]: must be a table")
    hints = get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    for key in raw:
        if key not in names:
            raise SettingsError(
                f"{name}.{key}: unknown setting (known: {', '.join(sorted(names))})"
            )
    values = {key: _coerce(f"{name}.{key}", hints[key], value) for key, value in raw.items()}
    prefix = f"{ENV_PREFIX}{name.upper()}__"
    for var, value in env.items():
        if var.startswith(prefix):
            key = var[len(prefix) :].lower()
            if key not in names:
                raise SettingsError(f"{var}: unknown setting {name}.{key}")
            values[key] = _coerce(f"{var} ({name}.{key})", hints[key], value)
    return cls(**values)


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _coerce(label: str, kind: Any, value: Any) -> Any:
    """Turn a TOML or environment value into the declared type, or say why not."""
    if isinstance(kind, types.UnionType):
        kind = next(k for k in kind.__args__ if k is not type(None))
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE | _FALSE:
                return text in _TRUE
            raise ValueError
        if kind is int:
            if isinstance(value, bool | float):
                raise ValueError
            return int(str(value).strip())
        if kind is float:
            if isinstance(value, bool):
                raise ValueError
            number = float(str(value).strip())
            if not math.isfinite(number):  # inf, nan, 1e400: no setting is infinite
                raise ValueError
            return number
        if kind is str:
            if not isinstance(value, str):
                raise ValueError
            return value
    except (ValueError, OverflowError):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        finite = " (a finite number)" if kind is float else ""
        raise SettingsError(
            f"{label}: expected {getattr(kind, '__name__', kind)}{finite}, got {shown}"
        ) from None
    return value


_URL_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]+@")
_URL_QUERY_VALUE = re.compile(r"([?&][^=&#]+=)[^&#]*")


def mask(value: str) -> str:
    """Hide a secret, keeping enough to recognise which one it is."""
    if not value:
        return value
    if "://" in value:
        return mask_url(value)
    return "****"


def mask_url(url: str) -> str:
    """A URL with its password and every query value hidden (tokens often ride there)."""
    return _URL_QUERY_VALUE.sub(r"\1****", _URL_PASSWORD.sub(r"\1****@", url))


def describe(settings: Settings) -> dict[str, Any]:
    """The effective configuration as nested dicts, secrets masked (for ``config show``)."""
    out: dict[str, Any] = {"home": str(settings.home)}
    for name in SECTIONS:
        section = getattr(settings, name)
        out[name] = {
            f.name: mask(getattr(section, f.name))
            if f.metadata.get("secret")
            else getattr(section, f.name)
            for f in dataclasses.fields(section)
        }
    out["source"] = [_mask_table(t) for t in settings.sources]
    out["subscription"] = [_mask_table(t) for t in settings.subscriptions]
    return out


_SECRET_KEYS = re.compile(r"secret|token|password|key", re.IGNORECASE)


def _mask_table(table: dict[str, Any]) -> dict[str, Any]:
    return {k: _mask_value(k, v) for k, v in table.items()}


def _mask_value(key: str, value: Any) -> Any:
    if _SECRET_KEYS.search(key):
        return mask(str(value))
    if isinstance(value, str) and "://" in value:
        return _mask_channel(value)
    if isinstance(value, list):
        return [_mask_value(key, item) for item in value]
    return value


def _mask_channel(url: str) -> str:
    """Channels and feeds carry tokens in paths, queries and user info (Apprise even where
    the host would be): scheme and host only (``alerts.redact.mask_url``)."""
    return channel_mask(url)


def secret_values(settings: Settings) -> tuple[list[str], list[str]]:
    """(secrets, URLs) of the configuration, for the log redaction: every value marked
    secret (a URL's password), subscription secrets, channel and feed URLs."""
    values: list[str] = []
    for name in SECTIONS:
        section = getattr(settings, name)
        for f in dataclasses.fields(section):
            value = getattr(section, f.name)
            if f.metadata.get("secret") and isinstance(value, str) and value:
                values.append(_password(value) if "://" in value else value)
    urls: list[str] = []
    for table in (*settings.subscriptions, *settings.sources):
        for key, value in table.items():
            if _SECRET_KEYS.search(key) and isinstance(value, str):
                values.append(value)
            items = value if isinstance(value, list) else [value]
            urls.extend(v for v in items if isinstance(v, str) and "://" in v)
    return [v for v in values if v], urls


def _password(url: str) -> str:
    try:
        return urlsplit(url).password or ""
    except ValueError:
        return ""


def documented_settings() -> list[tuple[str, str, Any, str]]:
    """(section, key, default, doc) for every setting: the source of the config reference."""
    rows = []
    for name, cls in SECTIONS.items():
        for f in dataclasses.fields(cls):
            rows.append((name, f.name, f.default, str(f.metadata.get("doc", ""))))
    return rows
