"""Subscriptions over HTTP: token rules, CLI-identical validation, history, test sends, CORS."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import redis
from sqlalchemy import Engine
from web_helpers import ADMIN, Api

from alerts import keys
from alerts.store import DeliveryLog
from alerts.subscriptions import SubscriptionError, parse_subscription
from newswatch.web import WebServer

Live = tuple[Api, WebServer, Engine]
DARAA = {"name": "daraa", "regions": ["درعا"], "breach_only": True, "channel": "redis"}
IDLEB = {"name": "idleb", "regions": ["SY07"], "event_types": ["Battles"], "channel": "redis"}


def create(api: Api, body: dict[str, Any]) -> tuple[str, str]:
    reply = api.call("POST", "/api/subscriptions", ADMIN, body)
    assert reply.status == 201, reply.body
    return reply.body["subscription"]["id"], reply.body["token"]


def test_admin_creates_and_the_subscriber_token_sees_only_its_own(api: Api) -> None:
    daraa_id, daraa_token = create(api, DARAA)
    idleb_id, _ = create(api, IDLEB)
    assert daraa_token.startswith("nws_")
    everything = api.get("/api/subscriptions", ADMIN).body["items"]
    assert [s["name"] for s in everything] == ["daraa", "idleb"]
    assert everything[0]["regions"] == ["SY12"]
    own = api.get("/api/subscriptions", daraa_token).body["items"]
    assert [s["id"] for s in own] == [daraa_id]
    for method, path in [("GET", ""), ("PATCH", ""), ("POST", "/pause"), ("POST", "/test"),
                         ("DELETE", ""), ("GET", "/deliveries")]:
        body = {"breach_only": False} if method == "PATCH" else None
        other = api.call(method, f"/api/subscriptions/{idleb_id}{path}", daraa_token, body)
        assert other.status == 404, (method, path)
    paused = api.call("POST", f"/api/subscriptions/{daraa_id}/pause", daraa_token)
    assert paused.status == 200 and paused.body["paused"] is True
    assert api.call("POST", f"/api/subscriptions/{daraa_id}/resume", daraa_token).body[
        "paused"] is False
    refused = api.call("POST", "/api/subscriptions", daraa_token, {**IDLEB, "name": "x"})
    assert refused.status == 403


@pytest.mark.parametrize("token", [None, "", "wrong", "nws_forged-token", ADMIN + "x"])
def test_no_token_or_a_wrong_one_gets_401_and_nothing_else(api: Api, token: str | None) -> None:
    sub_id, _ = create(api, DARAA)
    for method, path, body in [
        ("POST", "/api/subscriptions", IDLEB), ("GET", "/api/subscriptions", None),
        ("GET", f"/api/subscriptions/{sub_id}", None),
        ("PATCH", f"/api/subscriptions/{sub_id}", {"breach_only": False}),
        ("POST", f"/api/subscriptions/{sub_id}/pause", None),
        ("DELETE", f"/api/subscriptions/{sub_id}", None),
        ("GET", f"/api/subscriptions/{sub_id}/deliveries", None),
    ]:
        reply = api.call(method, path, token or None, body)
        assert reply.status == 401, (method, path)
        assert reply.body == {"error": "unauthorized", "field": None}
    assert [s["name"] for s in api.get("/api/subscriptions", ADMIN).body["items"]] == ["daraa"]


@pytest.mark.parametrize(
    "body",
    [
        {"regions": ["SY12"], "channel": "redis"},
        {**DARAA, "regions": ["Atlantis"]},
        {**DARAA, "event_types": ["Picnics"]},
        # A secret not in the Standard Webhooks form (the official library cannot use it).
        {**DARAA, "channel": "webhook:http://127.0.0.1:9/hook", "secret": "plain-secret-123456"},
        {**DARAA, "breach_only": "yes"},
        {**DARAA, "colour": "red"},
        {**DARAA, "quiet_hours": "late"},
    ],
)
def test_validation_messages_are_the_command_lines(api: Api, body: dict[str, Any]) -> None:
    with pytest.raises(SubscriptionError) as cli:
        parse_subscription(body, allow_private_webhooks=True)
    reply = api.call("POST", "/api/subscriptions", ADMIN, body)
    assert reply.status == 422
    assert reply.body["error"] == str(cli.value)
    assert reply.body["field"] == str(cli.value).split(":", 1)[0]


def test_patch_revalidates_and_delete_revokes_the_token(api: Api) -> None:
    sub_id, token = create(api, DARAA)
    changed = api.call("PATCH", f"/api/subscriptions/{sub_id}", token,
                       {"breach_only": False, "regions": ["Idleb", "SY12"]})
    assert changed.status == 200, changed.body
    assert changed.body["breach_only"] is False and changed.body["regions"] == ["SY07", "SY12"]
    bad = api.call("PATCH", f"/api/subscriptions/{sub_id}", token, {"min_fatalities": -2})
    assert bad.status == 422 and bad.body["field"] == "min_fatalities"
    create(api, IDLEB)
    clash = api.call("PATCH", f"/api/subscriptions/{sub_id}", token, {"name": "idleb"})
    assert clash.status == 422 and clash.body["field"] == "name"
    assert api.call("DELETE", f"/api/subscriptions/{sub_id}", token).status == 200
    assert api.get("/api/subscriptions", token).status == 401
    assert [s["name"] for s in api.get("/api/subscriptions", ADMIN).body["items"]] == ["idleb"]


def test_delivery_history_and_test_send(
    live: Live, redis_embedded: redis.Redis, prefix: str
) -> None:
    api, _server, engine = live
    sub_id, token = create(api, DARAA)
    log = DeliveryLog(engine)
    for n, status in enumerate(["delivered", "retrying", "dead"]):
        log.record(f"{sub_id}.ev{n}.v1", sub_id=sub_id, event_id=f"ev{n}", version=1,
                   kind="alert", status=status, attempts=n + 1, error="boom" if n else None)
    sent = api.call("POST", f"/api/subscriptions/{sub_id}/test", token)
    assert sent.body == {"status": "delivered", "error": None}
    stream = redis_embedded.xrange(keys.subscriber_stream(prefix, sub_id))
    assert len(stream) == 1
    history = api.get(f"/api/subscriptions/{sub_id}/deliveries", token).body["items"]
    assert sorted(h["status"] for h in history) == ["dead", "delivered", "delivered", "retrying"]
    assert {h["kind"] for h in history} == {"alert", "test"}


def test_test_send_to_a_dead_webhook_is_reported_and_recorded(api: Api) -> None:
    sub_id, _ = create(api, {"name": "hook", "channel": "http://127.0.0.1:9/hook",
                             "secret": "whsec_" + "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0"})
    sent = api.call("POST", f"/api/subscriptions/{sub_id}/test", ADMIN).body
    assert sent["status"] == "failed" and sent["error"]
    history = api.get(f"/api/subscriptions/{sub_id}/deliveries", ADMIN).body["items"]
    assert [h["status"] for h in history] == ["failed"]


def test_cors_is_closed_by_default_and_opens_only_to_configured_origins(
    serve: Callable[..., Api]
) -> None:
    closed = serve()
    origin = {"Origin": "http://elsewhere.example"}
    preflight = {**origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization"}
    assert "access-control-allow-origin" not in closed.call("GET", "/api/events", None,
                                                            headers=origin).headers
    reply = closed.call("OPTIONS", "/api/subscriptions", None, headers=preflight)
    assert reply.status >= 400 and "access-control-allow-origin" not in reply.headers
    opened = serve(cors_origins="http://elsewhere.example, http://other.example")
    reply = opened.call("GET", "/api/events", None, headers=origin)
    assert reply.headers["access-control-allow-origin"] == "http://elsewhere.example"
    evil = opened.call("GET", "/api/events", None, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in evil.headers
