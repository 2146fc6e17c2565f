"""The API under crafted requests, on SQLite and PostgreSQL: no 500 for any input, no door
to the inside network, no secret in an answer."""

from __future__ import annotations

import base64
import dataclasses
import json
import socket
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import standardwebhooks
from sqlalchemy import Engine
from web_helpers import ADMIN, Api, seed_events, web_settings

from newswatch.web import create_app, serve_in_thread

sys.path.insert(0, str(Path(__file__).parents[1] / "alerts"))
from receivers import (
    INSIDE,
    PRIVATE_APPRISE,
    Listener,
    WorldDNS,
    world_guard,
)

DARAA = {"name": "daraa", "regions": ["SY12"], "channel": "redis"}
SECRET = "whsec_" + base64.b64encode(b"hostile-api-secret-0123456789").decode()


def raw(api: Api, method: str, path: str, body: bytes | None = None,
        token: str = ADMIN) -> tuple[int, Any]:
    """A request sent as written (no quoting): NUL bytes and all."""
    request = urllib.request.Request(api.base + path, data=body, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, json.loads(reply.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


@pytest.mark.parametrize("path", [
    "/api/events?cursor=" + base64.urlsafe_b64encode(
        json.dumps(["2026-11-20", "9999-12-31T23:59:59-12:00", "x"]).encode()).decode(),
    "/api/events?cursor=" + base64.urlsafe_b64encode(
        json.dumps(["2026\x00", "2026-11-20T00:00:00+00:00", "x\x00"]).encode()).decode(),
    "/api/events?cursor=" + "W" * 20 + base64.urlsafe_b64encode(b"[" * 5000).decode(),
    "/api/stories?cursor=" + "9" * 30,
    "/api/stories?cursor=-1",
    "/api/events?min_fatalities=" + "9" * 30,
    "/api/events?min_fatalities=inf",
    "/api/events?min_fatalities=1e400",
    "/api/events?admin1=SY%00",
    "/api/events?type=Battles%00",
    "/api/events?source=%00",
    "/api/events?actor=%00&q=%00",
    "/api/events/ev%00x",
    "/api/events.geojson?sub_type=%00",
    "/api/stats/governorates?since=2026-11-01%00",
    "/api/subscriptions/sub%00x",
    "/api/places?q=%00",
])
def test_crafted_queries_get_a_4xx_with_a_message(api: Api, path: str) -> None:
    status, body = raw(api, "GET", path)
    assert 400 <= status < 500, (status, body)
    assert body["error"] and ":" in body["error"]


@pytest.mark.parametrize(("fields", "field"), [
    ({"min_fatalities": "inf"}, "min_fatalities"),
    ({"min_fatalities": 1e308 * 10}, "min_fatalities"),  # json.dumps writes Infinity
    ({"min_fatalities": 10**30}, "min_fatalities"),
    ({"min_severity": "nan"}, "min_severity"),
    ({"point": [35.0, 36.0], "radius_km": "inf"}, "radius_km"),
    ({"name": "x" * 5000}, "name"),
    ({"name": "nul\x00name"}, "name"),
    ({"keywords": ["\x00"]}, "keywords"),
    ({"channel": "redis\x00"}, "channel"),
])
def test_crafted_subscriptions_get_a_422_naming_the_field(
    api: Api, fields: dict[str, Any], field: str
) -> None:
    status, body = raw(api, "POST", "/api/subscriptions",
                       json.dumps({**DARAA, **fields}).encode())
    assert status == 422, body
    assert body["field"] == field and body["error"].startswith(f"{field}: ")


def test_a_number_too_large_for_a_float_is_refused(api: Api) -> None:
    body = b'{"name": "big", "channel": "redis", "min_fatalities": 1e400}'
    status, reply = raw(api, "POST", "/api/subscriptions", body)
    assert status == 422 and reply["field"] == "min_fatalities", reply


def test_patch_with_a_5000_character_name_or_nul_is_refused(api: Api) -> None:
    status, created = raw(api, "POST", "/api/subscriptions", json.dumps(DARAA).encode())
    sub_id, token = created["subscription"]["id"], created["token"]
    for change in ({"name": "y" * 5000}, {"name": "a\x00b"}, {"actors": ["x" * 5000]}):
        status, body = raw(api, "PATCH", f"/api/subscriptions/{sub_id}",
                           json.dumps(change).encode(), token)
        assert status == 422, body


@pytest.fixture
def strict_api(engine: Engine, tmp_path: Path, redis_embedded: redis.Redis) -> Iterator[Api]:
    """The server as deployed: private destinations refused (SQLite and PostgreSQL)."""
    settings = web_settings(tmp_path)
    settings = dataclasses.replace(
        settings, alerts=dataclasses.replace(settings.alerts, allow_private_webhooks=False)
    )
    server = serve_in_thread(create_app(settings, engine, redis_embedded), "127.0.0.1", 0)
    yield Api(server.url)
    server.stop()


@pytest.mark.parametrize("url", [*PRIVATE_APPRISE, "http://169.254.169.254/latest",
                                 "http://[::ffff:10.0.0.1]/x"])
def test_a_subscriber_cannot_point_its_channel_inside(strict_api: Api, url: str) -> None:
    api = strict_api
    status, created = raw(api, "POST", "/api/subscriptions", json.dumps(DARAA).encode())
    sub_id, token = created["subscription"]["id"], created["token"]
    change = {"channel": url, "secret": SECRET}
    status, body = raw(api, "PATCH", f"/api/subscriptions/{sub_id}",
                       json.dumps(change).encode(), token)
    assert status == 422 and body["field"] == "channel", body
    status, body = raw(api, "POST", "/api/subscriptions",
                       json.dumps({**DARAA, "name": "inside", **change}).encode())
    assert status == 422 and body["field"] == "channel", body


def test_channels_are_shown_as_scheme_and_host_only(api: Api) -> None:
    hook = "https://hooks.slack.com/services/T0001/B0002/SeCrEt0123456789abcdef"
    body = {**DARAA, "name": "slack", "channel": hook + "?token=QueryTok-1234"}
    status, created = raw(api, "POST", "/api/subscriptions", json.dumps(body).encode())
    assert status == 201, created
    made = created["secret"]  # a webhook created without a secret gets one, shown once
    assert made.startswith("whsec_")
    standardwebhooks.Webhook(made)  # in the form the official library reads
    text = json.dumps(raw(api, "GET", "/api/subscriptions")[1])
    assert "https://hooks.slack.com/****" in text
    assert "SeCrEt0123456789abcdef" not in text and "QueryTok" not in text and made not in text


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> WorldDNS:
    world = WorldDNS()
    monkeypatch.setattr(socket, "getaddrinfo", world.getaddrinfo(socket.getaddrinfo))
    return world


@pytest.fixture
def guarded_api(sqlite_engine: Engine, tmp_path: Path, redis_embedded: redis.Redis,
                dns: WorldDNS) -> Iterator[Api]:
    """A server whose guard lives in the test world (127.0.0.2 is the inside)."""
    seed_events(sqlite_engine)
    settings = web_settings(tmp_path)
    app = create_app(settings, sqlite_engine, redis_embedded, guard=world_guard(dns))
    server = serve_in_thread(app, "127.0.0.1", 0)
    yield Api(server.url)
    server.stop()


def test_the_test_endpoint_answers_the_same_for_refused_and_unreachable(
    guarded_api: Api, dns: WorldDNS
) -> None:
    """rebind.test passes the check when stored, then answers the inside: the test send is
    refused. A closed port of the internet does not answer. A subscriber must not tell
    one from the other."""
    inside = Listener("ok", host=INSIDE)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]  # bound, never listening: connection refused
    try:
        answers = []
        for host, p in (("rebind.test", inside.port), ("public.test", port)):
            body = {**DARAA, "name": host, "channel": f"http://{host}:{p}/hook",
                    "secret": SECRET}
            status, created = raw(guarded_api, "POST", "/api/subscriptions",
                                  json.dumps(body).encode())
            assert status == 201, created
            sub_id, token = created["subscription"]["id"], created["token"]
            answers.append(raw(guarded_api, "POST", f"/api/subscriptions/{sub_id}/test",
                               token=token))
            history = raw(guarded_api, "GET", f"/api/subscriptions/{sub_id}/deliveries",
                          token=token)[1]["items"]
            answers.append((history[0]["status"], history[0]["last_error"]))
        assert inside.requests == []
        assert answers[0] == answers[2] and answers[1] == answers[3], answers
        assert answers[0][1]["status"] == "failed"
    finally:
        inside.close()
        closed.close()
