"""What a subscriber asked for, and the checks that refuse a bad request with a reason.

``parse_subscription`` turns a plain dict (config table, CLI options, API body) into a
:class:`Subscription`; every refusal is a :class:`SubscriptionError` whose one-line message
names the field and the problem.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from alerts.netguard import ALLOW_HINT, OutboundGuard, UnsafeURLError
from alerts.redact import mask_url
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
MAX_NAME = 200  # the width of al_subscriptions.name
MAX_TEXT = 2000  # any other text field: a channel URL, a keyword, an actor
# NUL and the other C0 controls: PostgreSQL refuses NUL in text, and none belongs in a
# name, a URL or a keyword (tabs and newlines included).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SECRET_BYTES = (24, 64)  # Standard Webhooks: secrets of 24 to 64 random bytes
MAKE_SECRET = (
    "leave it out when subscribing to have one made, or run: python -c \"import base64, os; "
    "print('whsec_' + base64.b64encode(os.urandom(32)).decode())\""
)


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
        """Scheme and host only: paths, queries and user info carry tokens."""
        return mask_url(self.channel)


def parse_subscription(
    data: Mapping[str, Any],
    *,
    gazetteer: GazetteerLike | Callable[[], GazetteerLike] = default_gazetteer,
    allow_private_webhooks: bool = False,
    guard: OutboundGuard | None = None,
) -> Subscription:
    """Validate ``data`` and return the subscription it describes.

    ``guard`` checks every destination of the channel (default: the system resolver, and
    private addresses refused unless ``allow_private_webhooks``).
    """
    known = set(Subscription.__dataclass_fields__) | {"region", "type", "sub_event_type"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SubscriptionError(f"{unknown[0]}: unknown field")
    gaz = gazetteer() if callable(gazetteer) and not hasattr(gazetteer, "resolve") else gazetteer
    name = _text(data, "name")
    if not name:
        raise SubscriptionError("name: required")
    if len(name) > MAX_NAME:
        raise SubscriptionError(f"name: at most {MAX_NAME} characters, got {len(name)}")
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
    channel = _channel(data, guard or OutboundGuard(allow_private=allow_private_webhooks))
    secret = _secret(data, channel)
    return Subscription(channel=channel, secret=secret, **values)


def _text(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise SubscriptionError(f"{key}: must be text, got {_short(value)}")
    return _clean(key, value.strip())


def _clean(key: str, value: str) -> str:
    if _CONTROL.search(value):
        raise SubscriptionError(f"{key}: control characters (such as NUL) are not allowed")
    if len(value) > MAX_TEXT:
        raise SubscriptionError(f"{key}: at most {MAX_TEXT} characters, got {len(value)}")
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


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
            raise SubscriptionError(f"{key}: {_short(item)} is not a non-empty text")
        out.append(_clean(key, item.strip()))
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
        raise SubscriptionError(f"{key}: must be a number, got {_short(value)}")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise SubscriptionError(f"{key}: must be a number, got {_short(value)}") from None
    if not math.isfinite(number):  # "inf", 1e400, NaN: no count or distance is infinite
        raise SubscriptionError(f"{key}: must be a finite number, got {_short(value)}")
    return number


def _count(data: Mapping[str, Any], key: str) -> int:
    value = _number(data, key)
    if value is None:
        return 0
    if value < 0 or value != int(value) or value > 2**31 - 1:
        raise SubscriptionError(
            f"{key}: must be a whole number from 0 to {2**31 - 1}, got {_short(data[key])}"
        )
    return int(value)


def _severity(data: Mapping[str, Any], key: str, default: int) -> int:
    value = _number(data, key)
    if value is None:
        return default
    if value not in (0, 1, 2, 3, 4, 5):
        raise SubscriptionError(
            f"{key}: must be a whole number from 0 to 5, got {_short(data[key])}"
        )
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
    except (TypeError, ValueError, OverflowError):
        raise SubscriptionError(f"point: must be [lat, lon], got {_short(data['point'])}") from None
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


def _channel(data: Mapping[str, Any], guard: OutboundGuard) -> str:
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
    if value.lower().startswith(("http://", "https://")):
        return _webhook(value, guard)
    return _apprise(value, guard)


def _webhook(value: str, guard: OutboundGuard) -> str:
    try:
        parts = urlsplit(value)
        credentials = parts.username or parts.password
    except ValueError:
        raise SubscriptionError("channel: malformed webhook URL") from None
    if credentials:
        raise SubscriptionError(
            "channel: webhook refused: credentials in the URL are not allowed "
            "(deliveries are signed with --secret instead)"
        )
    try:
        guard.check_url(value)
    except UnsafeURLError as exc:
        raise SubscriptionError(f"channel: webhook refused: {exc}") from None
    return value


def _apprise(value: str, guard: OutboundGuard) -> str:
    """Check every host the Apprise service would contact (Apprise tells us which)."""
    from alerts.channels.apprise_channel import destinations, valid_url

    scheme = value.split("://", 1)[0]
    if not valid_url(value):
        raise SubscriptionError(f"channel: {scheme}:// is not a valid Apprise URL")
    found = destinations(value)
    if (found.local or not found.hosts) and not guard.allow_private:
        raise SubscriptionError(
            f"channel: {scheme}:// refused: its destination cannot be checked ({ALLOW_HINT})"
        )
    for host, port in found.hosts:
        try:
            guard.check_host(host, port, what=f"{scheme}:// host")
        except UnsafeURLError as exc:
            raise SubscriptionError(f"channel: {scheme}:// refused: {exc}") from None
    return value


def _secret(data: Mapping[str, Any], channel: str) -> str:
    secret = _text(data, "secret")
    if not secret:
        if channel.lower().startswith(("http://", "https://")):
            raise SubscriptionError(f"secret: a webhook needs a whsec_ secret ({MAKE_SECRET})")
        return ""
    if not secret.startswith("whsec_"):
        raise SubscriptionError(f"secret: must be whsec_ followed by base64 ({MAKE_SECRET})")
    try:
        key = base64.b64decode(secret[6:], validate=True)
    except (binascii.Error, ValueError):
        raise SubscriptionError(
            f"secret: whsec_ must be followed by base64 ({MAKE_SECRET})"
        ) from None
    low, high = SECRET_BYTES
    if not low <= len(key) <= high:
        raise SubscriptionError(
            f"secret: the base64 after whsec_ must decode to {low} to {high} bytes, not "
            f"{len(key)} ({MAKE_SECRET})"
        )
    return secret


def is_webhook(channel: str) -> bool:
    """Whether a channel as the user wrote it (``webhook:`` tag allowed) is a webhook."""
    value = channel.strip().removeprefix("webhook:").strip().lower()
    return value.startswith(("http://", "https://"))


def generate_secret() -> str:
    """A new Standard Webhooks secret: ``whsec_`` + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def secret_key(secret: str) -> bytes:
    """The HMAC key: the decoded bytes of ``whsec_<base64>``.

    A secret stored before ``whsec_`` was required is used as its UTF-8 bytes, as it
    always was, so its receiver keeps verifying; new ones cannot be stored.
    """
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
