"""A bad subscription is refused with a message naming the field and why."""

from __future__ import annotations

from typing import Any

import pytest
from alerts_helpers import SECRET, offline_resolver

from alerts.netguard import OutboundGuard
from alerts.subscriptions import SubscriptionError, parse_subscription
from pipeline.gazetteer import Gazetteer


def parse(gaz: Gazetteer, allow_private: bool = False, **fields: Any) -> Any:
    data = {"name": "t", "channel": "redis", **fields}
    guard = OutboundGuard(allow_private=allow_private, resolver=offline_resolver)
    return parse_subscription(data, gazetteer=gaz, guard=guard)


def test_regions_resolve_names_in_both_languages(gaz: Gazetteer) -> None:
    sub = parse(gaz, regions=["Idlib", "درعا", "SY0705", "c4268"])
    assert sub.regions == ("SY07", "SY12", "SY0705", "C4268")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"regions": ["Atlantis"]}, "regions: unknown region 'Atlantis'"),
        ({"event_types": ["Battle"]}, "event_types: unknown ACLED event type 'Battle'"),
        ({"sub_event_types": ["Airstrike"]}, "sub_event_types: unknown ACLED sub-event type"),
        ({"min_fatalities": -1}, "min_fatalities: must be a whole number from 0"),
        ({"min_severity": 9}, "min_severity: must be a whole number from 0 to 5"),
        ({"timezone": "Mars/Olympus"}, "timezone: unknown time zone 'Mars/Olympus'"),
        ({"quiet_hours": "25:00-07:00"}, "quiet_hours: '25:00-07:00' is not HH:MM-HH:MM"),
        ({"mode": "weekly"}, "mode: 'weekly' is not one of immediate, hourly, daily"),
        ({"replay_policy": "x"}, "replay_policy: 'x' is not one of deliver, digest, suppress"),
        ({"language": "fr"}, "language: 'fr' is not one of ar, en"),
        ({"channel": "not a url"}, "channel: malformed URL"),
        ({"channel": "foo://bar"}, "channel: foo:// is not a valid Apprise URL"),
        ({"channel": ""}, "channel: required"),
        ({"name": ""}, "name: required"),
        ({"point": [35.0, 36.0]}, "radius_km: a point needs a radius"),
        ({"radius_km": 5}, "radius_km: needs a point"),
        ({"point": [135.0, 36.0], "radius_km": 5}, "point: (135.0, 36.0) is not a valid"),
        ({"colour": "red"}, "colour: unknown field"),
        ({"breach_only": "yes"}, "breach_only: must be true or false"),
        ({"channel": "https://hooks.example.net/x"}, "secret: a webhook needs a whsec_ secret"),
        ({"secret": "whsec_!!!"}, "secret: whsec_ must be followed by base64"),
    ],
)
def test_refusals_name_the_field(gaz: Gazetteer, fields: dict[str, Any], message: str) -> None:
    with pytest.raises(SubscriptionError) as err:
        parse(gaz, **fields)
    assert message in str(err.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
    ],
)
def test_private_webhooks_refused_unless_allowed(gaz: Gazetteer, url: str) -> None:
    with pytest.raises(SubscriptionError, match=r"channel: webhook refused: .*private"):
        parse(gaz, channel=url, secret=SECRET)
    assert parse(gaz, allow_private=True, channel=url, secret=SECRET).channel == url


def test_channels_and_options(gaz: Gazetteer) -> None:
    hook = parse(gaz, allow_private=True, channel="webhook:http://127.0.0.1/x", secret=SECRET)
    assert hook.channel_kind == "webhook" and hook.channel == "http://127.0.0.1/x"
    ntfy = parse(gaz, channel="ntfys://ntfy.example.net/topic")
    assert ntfy.channel_kind == "apprise"
    full = parse(
        gaz, point="35.9,36.6", radius_km=10, event_types=["battles"], mode="daily",
        quiet_hours="22:00-07:00", timezone="Europe/Berlin", language="ar", updates=False,
    )
    assert full.point == (35.9, 36.6) and full.event_types == ("Battles",)
    assert full.public_dict()["secret"] == ""


def test_secret_is_masked_in_public_dict(gaz: Gazetteer) -> None:
    sub = parse(gaz, allow_private=True, channel="http://127.0.0.1/x", secret=SECRET)
    assert SECRET not in str(sub.public_dict())


def test_apprise_tokens_are_masked(gaz: Gazetteer) -> None:
    sub = parse(gaz, channel="tgram://123456:ABCDEF-token/987654")
    assert sub.public_dict()["channel"] == "tgram://****"
