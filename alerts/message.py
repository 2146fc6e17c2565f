"""What a subscriber receives: the alert data and its text in Arabic or English."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from alerts.taxonomy import arabic_name


@dataclass(frozen=True)
class Alert:
    """One event version as it reaches a subscriber."""

    event_id: str
    version: int
    event: dict[str, Any]
    replayed: bool = False
    update: bool = False  # True: revises an alert this subscriber already received

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "version": self.version,
            "event": self.event,
            "replayed": self.replayed,
            "update": self.update,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alert:
        return cls(
            event_id=str(data["event_id"]),
            version=int(data["version"]),
            event=dict(data["event"]),
            replayed=bool(data.get("replayed")),
            update=bool(data.get("update")),
        )


@dataclass(frozen=True)
class Delivery:
    """One message to one subscriber: an alert, an update, or a digest of several."""

    key: str  # idempotency key: same on every retry (the webhook-id)
    kind: str  # alert | update | digest
    subscription_id: str
    alerts: tuple[Alert, ...]
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def idempotency_key(sub_id: str, event_id: str, version: int) -> str:
    return f"{sub_id}.{event_id}.v{version}"


def digest_key(sub_id: str, window: str) -> str:
    return f"{sub_id}.digest.{window}"


def _place(event: Mapping[str, Any]) -> str:
    name = event.get("place_name") or event.get("place_pcode") or event.get("admin1_pcode")
    return str(name or "?")


def _map_link(event: Mapping[str, Any], map_url: str) -> str:
    lat, lon = event.get("latitude"), event.get("longitude")
    if lat is None or lon is None or not map_url:
        return ""
    return map_url.format(lat=f"{float(lat):.5f}", lon=f"{float(lon):.5f}")


def render_alert(alert: Alert, language: str, map_url: str) -> str:
    """The alert as one short paragraph in ``language`` (ar or en)."""
    e = alert.event
    sub_type, kind = str(e.get("sub_event_type", "")), str(e.get("event_type", ""))
    deaths = e.get("fatalities")
    sources = ", ".join(str(s) for s in e.get("sources") or ())
    link = _map_link(e, map_url)
    if language == "ar":
        parts = [
            ("تحديث: " if alert.update else "") + f"{arabic_name(sub_type)} ({arabic_name(kind)})"
            f" في {_place(e)}، {e.get('date') or ''}",
            "عدد القتلى غير معروف" if deaths is None else f"القتلى: {deaths}",
            "خرق لوقف إطلاق النار" if e.get("ceasefire_breach") else "",
            f"المصادر: {sources}" if sources else "",
            "(إعادة)" if alert.replayed else "",
            f"الخريطة: {link}" if link else "",
        ]
    else:
        parts = [
            ("UPDATE: " if alert.update else "") + f"{sub_type} ({kind}) in {_place(e)}"
            f", {e.get('date') or ''}",
            "deaths: unknown number" if deaths is None else f"deaths: {deaths}",
            "ceasefire breach" if e.get("ceasefire_breach") else "",
            f"sources: {sources}" if sources else "",
            "(replayed)" if alert.replayed else "",
            f"map: {link}" if link else "",
        ]
    return " · ".join(p for p in parts if p)


def render_digest(alerts: Sequence[Alert], language: str, map_url: str) -> str:
    head = f"ملخص: {len(alerts)} أحداث" if language == "ar" else f"Digest: {len(alerts)} events"
    lines = [f"- {render_alert(a, language, map_url)}" for a in alerts]
    return "\n".join([head, *lines])


def title_of(delivery: Delivery, language: str) -> str:
    if delivery.kind == "digest":
        return "ملخص الأحداث" if language == "ar" else "newswatch digest"
    event = delivery.alerts[0].event
    kind = str(event.get("sub_event_type", ""))
    if language == "ar":
        return f"{arabic_name(kind)} في {_place(event)}"
    return f"{kind} in {_place(event)}"
