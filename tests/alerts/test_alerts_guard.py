"""The outbound guard, attacked: redirects into the inside, DNS rebinding, Apprise hosts.

The test world (``receivers``): 127.0.0.1 is the internet, 127.0.0.2 the inside network;
``*.test`` names are answered by a resolver we control, injected where the system's
resolver sits (``socket.getaddrinfo``), so the real guard code and the real libraries
(httpcore, requests inside Apprise) meet it exactly as they would meet the DNS.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import standardwebhooks
from alerts_helpers import SECRET
from receivers import INSIDE, PRIVATE_APPRISE, PUBLIC, Listener, WorldDNS, world_guard

from alerts.attempt import AttemptControl
from alerts.channels import ChannelError
from alerts.channels.apprise_channel import AppriseChannel
from alerts.channels.webhook import NOT_REACHED, WebhookChannel
from alerts.message import Alert, Delivery
from alerts.netguard import OutboundGuard
from alerts.subscriptions import SubscriptionError, parse_subscription
from pipeline.gazetteer import Gazetteer

DELIVERY = Delivery("sub1.ev1.v1", "alert", "sub1",
                    (Alert("ev1", 1, {"event_type": "Battles"}),), "text")


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> WorldDNS:
    world = WorldDNS()
    monkeypatch.setattr(socket, "getaddrinfo", world.getaddrinfo(socket.getaddrinfo))
    return world


@pytest.fixture
def inside() -> Iterator[Listener]:
    listener = Listener("ok", host=INSIDE)
    yield listener
    listener.close()


def webhook(url: str, guard: OutboundGuard) -> WebhookChannel:
    return WebhookChannel(url, SECRET, timeout=5, guard=guard, control=AttemptControl(),
                          clock=lambda: datetime.now(UTC))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("target", ["ip", "name"])
def test_redirects_into_the_inside_are_refused(
    dns: WorldDNS, inside: Listener, status: int, target: str
) -> None:
    host = INSIDE if target == "ip" else "inside.test"
    hop = Listener("redirect", status=status, location=inside.url("/admin", host=host))
    try:
        with pytest.raises(ChannelError) as err:
            webhook(hop.url(), world_guard(dns)).send(DELIVERY)
        assert len(hop.requests) == 1  # the public receiver was asked ...
        assert inside.requests == []  # ... and its redirect into the inside not followed
        assert "private" in err.value.detail and str(err.value) == f"webhook: {NOT_REACHED}"
    finally:
        hop.close()


@pytest.mark.parametrize(("status", "method"),
                         [(301, "GET"), (302, "GET"), (303, "GET"), (307, "POST"), (308, "POST")])
def test_redirects_are_followed_with_the_method_the_status_prescribes(
    dns: WorldDNS, status: int, method: str
) -> None:
    final = Listener("ok")
    hop = Listener("redirect", status=status, location=final.url("/moved", host="public.test"))
    try:
        webhook(hop.url(), world_guard(dns)).send(DELIVERY)
        (request,) = final.requests
        assert (request.method, request.path) == (method, "/moved")
        if method == "POST":  # the same signed message: the official library accepts it
            standardwebhooks.Webhook(SECRET).verify(request.body, request.headers)
        else:
            assert request.body == b""
    finally:
        hop.close()
        final.close()


def test_dns_rebinding_cannot_reach_the_inside(dns: WorldDNS) -> None:
    """rebind.test answers the internet first and the inside after: whatever was checked
    is where the connection goes, and a later answer is checked again."""
    public = Listener("ok")
    inside = Listener("ok", host=INSIDE, bind_port=public.port)  # same port, other address
    try:
        guard = world_guard(dns)
        channel = webhook(public.url(host="rebind.test"), guard)
        channel.send(DELIVERY)  # first answer: the internet; pinned for the connection
        assert len(public.requests) == 1 and dns.lookups.count("rebind.test") == 1
        with pytest.raises(ChannelError):  # next time it answers the inside: refused
            channel.send(DELIVERY)
        assert inside.requests == [] and len(public.requests) == 1
    finally:
        public.close()
        inside.close()


def test_a_name_with_a_public_and_a_private_address_is_refused(dns: WorldDNS) -> None:
    with pytest.raises(ChannelError):
        webhook(f"http://both.test:{1}/hook", world_guard(dns)).send(DELIVERY)


def test_apprise_is_guarded_at_connect_time_whatever_it_resolves(dns: WorldDNS) -> None:
    """Apprise (requests) resolves names itself: the guard checks the address each socket
    really connects to, so a rebinding name cannot take it inside either."""
    public = Listener("ok")
    inside = Listener("ok", host=INSIDE, bind_port=public.port)
    try:
        guard = world_guard(dns)
        url = f"json://rebind.test:{public.port}/notify"
        sub = parse_subscription({"name": "a", "channel": url}, guard=guard)  # 1st: public
        channel = AppriseChannel(sub.channel, "en", timeout=5, guard=guard,
                                 control=AttemptControl())
        with pytest.raises(ChannelError, match="not accepted"):
            channel.send(DELIVERY)  # requests resolves again: the inside, refused
        assert inside.requests == [] and public.requests == []
        trusted = AppriseChannel(f"json://{PUBLIC}:{public.port}/notify", "en", timeout=5,
                                 guard=guard, control=AttemptControl())
        trusted.send(DELIVERY)  # the guard lets the internet through
        assert len(public.requests) == 1
    finally:
        public.close()
        inside.close()


@pytest.mark.parametrize("url", PRIVATE_APPRISE)
def test_apprise_services_pointing_inside_are_refused_when_stored(
    url: str, gaz: Gazetteer
) -> None:
    with pytest.raises(SubscriptionError, match=r"^channel: \w+:// refused: .*private"):
        parse_subscription({"name": "x", "channel": url}, gazetteer=gaz)
    assert parse_subscription({"name": "x", "channel": url}, gazetteer=gaz,
                              allow_private_webhooks=True).channel == url


def test_apprise_hosts_derived_by_apprise_are_checked(dns: WorldDNS, gaz: Gazetteer) -> None:
    """Telegram's host is not in the URL (the bot token stands there): Apprise knows it is
    api.telegram.org, and that is the name checked (here it resolves into the inside)."""
    dns.names["api.telegram.org"] = [INSIDE]
    url = "tgram://123456789:AAHsecret-token-abcdefghijklmnopqrst/12345"
    with pytest.raises(SubscriptionError, match=r"api\.telegram\.org"):
        parse_subscription({"name": "t", "channel": url}, gazetteer=gaz,
                           guard=world_guard(dns))
    assert "123456789:AAHsecret-token-abcdefghijklmnopqrst" not in dns.lookups


def test_schemes_whose_destination_cannot_be_checked_need_allow_private(gaz: Gazetteer) -> None:
    with pytest.raises(SubscriptionError, match="cannot be checked"):
        parse_subscription({"name": "s", "channel": "syslog://local5"}, gazetteer=gaz)
    assert parse_subscription({"name": "s", "channel": "syslog://local5"}, gazetteer=gaz,
                              allow_private_webhooks=True)
