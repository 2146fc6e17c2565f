"""Seeding and a tiny HTTP client for the web tests (no test client: real HTTP)."""

from __future__ import annotations

import dataclasses
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from newswatch.settings import Settings, WebSettings, load_settings
from pipeline.models import Event, StoredEvent
from pipeline.store.store import PipelineStore

ADMIN = "admin-token-for-tests-0123456789"
T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

# (id, type, sub-type, date, admin1, place pcode, place, lat, lon, deaths, breach, actor1, source)
SEED = [
    ("ev-daraa-1", "Battles", "Armed clash", "2026-11-20", "SY12", "C6111", "Jasim",
     32.98646, 36.06274, 3, True, "Syrian government forces", "enab"),
    ("ev-daraa-2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-21",
     "SY12", "C6124", "Nawa", 32.89103, 36.04346, 1, False, "Unknown armed group", "horan"),
    ("ev-idleb-1", "Explosions/Remote violence", "Air/drone strike", "2026-11-21", "SY07",
     "C3916", "سراقب", 35.86604, 36.80336, 5, True, "القوات الروسية", "enab"),
    ("ev-aleppo-1", "Protests", "Peaceful protest", "2026-11-22", "SY02", "C1022", "Atareb",
     36.13812, 36.82191, 0, False, "Protesters", "sana"),
    ("ev-damascus-1", "Strategic developments", "Arrests", "2026-11-23", "SY01", None,
     "Damascus", None, None, 0, False, "Police", "sana"),
]


def seed_events(engine: Engine, extra: int = 0) -> list[str]:
    """Store the SEED incidents (plus ``extra`` filler clashes in Homs); returns their ids."""
    store = PipelineStore(engine)
    rows = list(SEED) + [
        (f"ev-homs-{i:03d}", "Battles", "Armed clash", "2026-11-10", "SY04", None, "Homs",
         34.73, 36.71, i % 3, False, "Armed group", "enab")
        for i in range(extra)
    ]
    for n, (ident, kind, sub, day, adm1, pcode, place, lat, lon, deaths, breach, actor,
            source) in enumerate(rows):
        event = Event(
            event_type=kind, sub_event_type=sub, date=day, admin1_pcode=adm1, place_pcode=pcode,
            place_name=place, latitude=lat, longitude=lon, geo_precision=1, fatalities=deaths,
            ceasefire_breach=breach, actor1=actor, confidence=0.9,
            evidence=f"قصف على {place} evidence for {ident}",
        )
        stored = StoredEvent(
            id=ident, version=1, event=event, story_id=f"story-{ident}", sources=(source,),
            article_ids=(f"art-{ident}",), urls=(f"https://{source}.example/{ident}",),
        )
        # Fillers share one first-seen time: the page cursor must break ties by id.
        store.save_event(stored, T0 + timedelta(minutes=n) if n < len(SEED) else T0)
    return [r[0] for r in rows]


def web_settings(home: Path, **web: Any) -> Settings:
    base = load_settings(home=home, environ={})
    alerts = dataclasses.replace(base.alerts, allow_private_webhooks=True)
    return dataclasses.replace(
        base, web=WebSettings(admin_token=ADMIN, **web), alerts=alerts
    )


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Api:
    """Calls the live server over HTTP (urllib: no test client, no mocks)."""

    base: str

    def call(
        self, method: str, path: str, token: str | None = None, body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        data = json.dumps(body).encode() if body is not None else None
        url = self.base + urllib.parse.quote(path, safe="/?&=:,%+")
        req = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token is not None:
            req.add_header("Authorization", f"Bearer {token}")
        for key, value in (headers or {}).items():
            req.add_header(key, value)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return _reply(resp.status, dict(resp.headers), resp.read())
        except urllib.error.HTTPError as err:
            return _reply(err.code, dict(err.headers), err.read())

    def get(self, path: str, token: str | None = None) -> Reply:
        return self.call("GET", path, token)


def _reply(status: int, headers: dict[str, str], raw: bytes) -> Reply:
    try:
        body: Any = json.loads(raw) if raw else None
    except ValueError:
        body = raw.decode("utf-8", "replace")
    return Reply(status, {k.lower(): v for k, v in headers.items()}, body)
