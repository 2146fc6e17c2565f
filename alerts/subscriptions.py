"""What a subscriber asked for, and the checks that refuse a bad request with a reason.

``parse_subscription`` turns a plain dict (config table, CLI options, API body) into a
:class:`Subscription`; every refusal is a :class:`SubscriptionError` whose one-line message
names the field and the problem.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from alerts.netguard import UnsafeURLError, check_url, url_for_humans
from alerts.taxonomy import ACLED, SUB_TO_TYPE


class SubscriptionError(ValueError):
    """A subscription field is wrong; the message names the field and why."""


class PlaceLike(Protocol):
    pcode: str
    level: int
    name_en: str
    admin1_pcode: str


class GazetteerLike(Protocol):
    """What alerts needs of ``pipeline.gazetteer.Gazetteer``."""

    def get(self, pcode: str) -> Any: ...

    def contains(self, region_pcode: str, pcode: str) -> bool: ...

    def resolve(self, name: str) -> list[Any]: ...


def default_gazetteer() -> GazetteerLike:
    from pipeline.gazetteer import Gazetteer  # the pipeline's; loaded on first use

    gazetteer: GazetteerLike = Gazetteer.default()
    return gazetteer


MODES = ("immediate", "hourly", "daily")
REPLAY_POLICIES = ("deliver", "digest", "suppress")
LANGUAGES = ("ar", "en")
_QUIET = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Subscription:
    """One subscriber's filter, channel and delivery preferences (validated)."""

    name: str
    channel: str  # "redis", an http(s) webhook URL, or an Apprise URL
    id: str = ""
    regions: tuple[str, ...] = ()  # p-codes; a region matches everything inside it
    point: tuple[float, float] | None = None  # (lat, lon)
    radius_km: float | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    breach_only: bool = False
    min_fatalities: int = 0
    min_severity: int = 0
    actors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    secret: str = ""
    language: str = "en"
    mode: str = "immediate"
    timezone: str = "Asia/Damascus"
    quiet_hours: str = ""  # "HH:MM-HH:MM" in ``timezone``; empty = none
    quiet_min_severity: int = 4  # events at or above this pass during quiet hours
    updates: bool = True
    replay_policy: str = "deliver"
    paused: bool = False

    @property
    def channel_kind(self) -> str:
        if self.channel == "redis":
            return "redis"
        if self.channel.startswith(("http://", "https://")):
            return "webhook"
        return "apprise"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, tuple):
                data[key] = list(value)
        return data

    def public_dict(self) -> dict[str, Any]:
        """For output and logs: the secret and URL credentials masked."""
        data = self.to_dict()
        data["secret"] = "****" if self.secret else ""
        data["channel"] = self.masked_channel
        return data

    @property
    def masked_channel(self) -> str:
        """Apprise URLs carry tokens: only the scheme is shown; webhooks lose user and query."""
        if self.channel_kind == "apprise":
            return self.channel.split("://", 1)[0] + "://****"
        if self.channel_kind == "webhook":
            return url_for_humans(self.channel, path=True)
        return self.channel


def parse_subscription(
    data: Mapping[str, Any],
    *,
    gazetteer: GazetteerLike | Callable[[], GazetteerLike] = default_gazetteer,
    allow_private_webhooks: bool = False,
) -> Subscription:
    """Validate ``data`` and return the subscription it describes."""
    known = set(Subscription.__dataclass_fields__) | {"region", "type", "sub_event_type"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SubscriptionError(f"{unknown[0]}: unknown field")
    gaz = gazetteer() if callable(gazetteer) and not hasattr(gazetteer, "resolve") else gazetteer
    name = _text(data, "name")
    if not name:
        raise SubscriptionError("name: required")
    point, radius = _point(data)
    values: dict[str, Any] = {
        "name": name,
        "id": str(data.get("id") or ""),
        "regions": tuple(_region(gaz, r) for r in _strings(data, "regions", "region")),
        "point": point,
        "radius_km": radius,
        "event_types": _event_types(data),
        "sub_event_types": _sub_event_types(data),
        "breach_only": _bool(data, "breach_only", False),
        "min_fatalities": _count(data, "min_fatalities"),
        "min_severity": _severity(data, "min_severity", 0),
        "actors": _strings(data, "actors"),
        "keywords": _strings(data, "keywords"),
        "sources": _strings(data, "sources"),
        "language": _choice(data, "language", LANGUAGES, "en"),
        "mode": _choice(data, "mode", MODES, "immediate"),
        "timezone": _timezone(data),
        "quiet_hours": _quiet_hours(data),
        "quiet_min_severity": _severity(data, "quiet_min_severity", 4),
        "updates": _bool(data, "updates", True),
        "replay_policy": _choice(data, "replay_policy", REPLAY_POLICIES, "deliver"),
        "paused": _bool(data, "paused", False),
    }
    channel = _channel(data, allow_private_webhooks)
    secret = _secret(data, channel)
    return Subscription(channel=channel, secret=secret, **values)


def _text(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise SubscriptionError(f"{key}: must be text, got {value!r}")
    return value.strip()


def _strings(data: Mapping[str, Any], key: str, alias: str = "") -> tuple[str, ...]:
    value = data.get(key, data.get(alias) if alias else None)
    if value is None:
        return ()
    items: Iterable[Any] = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) and not isinstance(value, str):
        raise SubscriptionError(f"{key}: must be a list of text")
    out = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise SubscriptionError(f"{key}: {item!r} is not a non-empty text")
        out.append(item.strip())
    return tuple(dict.fromkeys(out))


def _bool(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise SubscriptionError(f"{key}: must be true or false, got {value!r}")
    return value


def _number(data: Mapping[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise SubscriptionError(f"{key}: must be a number, got {value!r}")
    try:
        return float(value)
    except ValueError:
        raise SubscriptionError(f"{key}: must be a number, got {value!r}") from None


def _count(data: Mapping[str, Any], key: str) -> int:
    value = _number(data, key)
    if value is None:
        return 0
    if value < 0 or value != int(value):
        raise SubscriptionError(f"{key}: must be a whole number >= 0, got {data[key]!r}")
    return int(value)


def _severity(data: Mapping[str, Any], key: str, default: int) -> int:
    value = _number(data, key)
    if value is None:
        return default
    if value not in (0, 1, 2, 3, 4, 5):
        raise SubscriptionError(f"{key}: must be a whole number from 0 to 5, got {data[key]!r}")
    return int(value)


def _choice(data: Mapping[str, Any], key: str, choices: tuple[str, ...], default: str) -> str:
    value = _text(data, key, default) or default
    if value not in choices:
        raise SubscriptionError(f"{key}: {value!r} is not one of {', '.join(choices)}")
    return value


def _region(gaz: Any, value: str) -> str:
    place = gaz.get(value.upper()) if re.match(r"^(SY\d+|C\d+)$", value, re.I) else None
    if place is not None:
        return str(place.pcode)
    matches = gaz.resolve(value)
    if not matches:
        raise SubscriptionError(f"regions: unknown region {value!r} (not a p-code or place name)")
    top = min(int(p.level) for p in matches)
    broadest = sorted({str(p.pcode) for p in matches if int(p.level) == top})
    if len(broadest) > 1:
        raise SubscriptionError(
            f"regions: {value!r} is ambiguous ({', '.join(broadest[:5])}); give a p-code"
        )
    return broadest[0]


def _point(data: Mapping[str, Any]) -> tuple[tuple[float, float] | None, float | None]:
    point, radius = data.get("point"), _number(data, "radius_km")
    if point is None:
        if radius is not None:
            raise SubscriptionError("radius_km: needs a point")
        return None, None
    if isinstance(point, str):
        point = point.split(",")
    try:
        lat, lon = (float(v) for v in point)
    except (TypeError, ValueError):
        raise SubscriptionError(f"point: must be [lat, lon], got {data['point']!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise SubscriptionError(f"point: ({lat}, {lon}) is not a valid latitude/longitude")
    if radius is None or not 0 < radius <= 1000:
        raise SubscriptionError("radius_km: a point needs a radius between 0 and 1000 km")
    return (lat, lon), radius


def _event_types(data: Mapping[str, Any]) -> tuple[str, ...]:
    types = _strings(data, "event_types", "type")
    by_lower = {t.lower(): t for t in ACLED}
    out = []
    for value in types:
        if value.lower() not in by_lower:
            raise SubscriptionError(
                f"event_types: unknown ACLED event type {value!r} (known: {', '.join(ACLED)})"
            )
        out.append(by_lower[value.lower()])
    return tuple(out)


def _sub_event_types(data: Mapping[str, Any]) -> tuple[str, ...]:
    subs = _strings(data, "sub_event_types", "sub_event_type")
    by_lower = {s.lower(): s for s in SUB_TO_TYPE}
    out = []
    for value in subs:
        if value.lower() not in by_lower:
            raise SubscriptionError(
                f"sub_event_types: unknown ACLED sub-event type {value!r} "
                "(spell it as ACLED does, e.g. 'Armed clash', 'Air/drone strike')"
            )
        out.append(by_lower[value.lower()])
    return tuple(out)


def _timezone(data: Mapping[str, Any]) -> str:
    value = _text(data, "timezone", "Asia/Damascus") or "Asia/Damascus"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SubscriptionError(f"timezone: unknown time zone {value!r}") from None
    return value


def _quiet_hours(data: Mapping[str, Any]) -> str:
    value = _text(data, "quiet_hours").replace(" ", "")
    if value and not _QUIET.match(value):
        raise SubscriptionError(f"quiet_hours: {value!r} is not HH:MM-HH:MM (e.g. 22:00-07:00)")
    if value and value[:5] == value[6:]:
        raise SubscriptionError("quiet_hours: start and end are the same")
    return value


def _channel(data: Mapping[str, Any], allow_private: bool) -> str:
    value = _text(data, "channel")
    for tag in ("webhook:", "apprise:"):
        if value.startswith(tag) and not value.startswith(f"{tag}//"):
            value = value[len(tag) :].strip()
    if not value:
        raise SubscriptionError("channel: required (redis, a webhook URL or an Apprise URL)")
    if value == "redis":
        return value
    if not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", value, re.I):
        raise SubscriptionError(
            "channel: malformed URL (expected redis, https://... or an Apprise URL)"
        )
    if value.startswith(("http://", "https://")):
        parts = urlsplit(value)
        if parts.username or parts.password:
            raise SubscriptionError(
                "channel: webhook refused: credentials in the URL are not allowed "
                "(deliveries are signed with --secret instead)"
            )
        try:
            check_url(value, allow_private=allow_private)
        except (UnsafeURLError, ValueError) as exc:
            raise SubscriptionError(f"channel: webhook refused: {exc}") from None
        return value
    _check_apprise_host(value, allow_private)
    return _apprise_url(value)


# Apprise services that send to a host named in the URL (self-hosted or generic HTTP); the
# others put tokens where the host would be, which must not be looked up in DNS.
_HOST_SCHEMES = {
    "json", "xml", "form", "ntfy", "gotify", "mmost", "rocket", "matrix", "apprise", "mqtt",
    "ncloud", "kodi", "xbmc",
}


def _check_apprise_host(value: str, allow_private: bool) -> None:
    scheme, rest = value.split("://", 1)
    base = scheme.lower().removesuffix("s")
    if base not in _HOST_SCHEMES and scheme.lower() not in _HOST_SCHEMES:
        return
    as_http = ("https" if scheme.lower().endswith("s") else "http") + "://" + rest
    try:
        check_url(as_http, allow_private=allow_private)
    except (UnsafeURLError, ValueError) as exc:
        raise SubscriptionError(f"channel: {scheme}:// refused: {exc}") from None


def _apprise_url(value: str) -> str:
    from alerts.channels.apprise_channel import valid_url

    if not valid_url(value):
        scheme = value.split("://", 1)[0]
        raise SubscriptionError(f"channel: {scheme}:// is not a valid Apprise URL")
    return value


def _secret(data: Mapping[str, Any], channel: str) -> str:
    secret = _text(data, "secret")
    if secret.startswith("whsec_"):
        try:
            if not base64.b64decode(secret[6:], validate=True):
                raise ValueError
        except (binascii.Error, ValueError):
            raise SubscriptionError("secret: whsec_ must be followed by base64") from None
    elif secret and len(secret) < 16:
        raise SubscriptionError("secret: too short (use 16+ characters or whsec_<base64>)")
    if channel.startswith(("http://", "https://")) and not secret:
        raise SubscriptionError("secret: a webhook needs a secret to sign its requests")
    return secret


def secret_key(secret: str) -> bytes:
    """The HMAC key: the decoded bytes of ``whsec_<base64>``, else the text's UTF-8."""
    if secret.startswith("whsec_"):
        return base64.b64decode(secret[6:])
    return secret.encode()


def subscription_from_row(data: Mapping[str, Any]) -> Subscription:
    """Rebuild a stored (already validated) subscription without re-checking it."""
    values = dict(data)
    for key in ("regions", "event_types", "sub_event_types", "actors", "keywords", "sources"):
        values[key] = tuple(values.get(key) or ())
    if values.get("point") is not None:
        values["point"] = (float(values["point"][0]), float(values["point"][1]))
    fields = Subscription.__dataclass_fields__
    return Subscription(**{k: v for k, v in values.items() if k in fields})
