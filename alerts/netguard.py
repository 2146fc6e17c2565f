"""The outbound guard: no channel may reach a private, loopback or link-local address.

One :class:`OutboundGuard` answers for every channel.  It is asked twice:

- when a subscription is stored (``check_url`` / ``check_host``): every host the channel
  will connect to, webhook or Apprise service, must not resolve to a private address;
- at connect time (``pin``): the host is resolved once, every address checked, and the
  connection goes to that checked address, so a name that resolves differently the
  second time (DNS rebinding) cannot slip through.  ``alerts.attempt`` applies the same
  policy to every socket a library opens during a delivery attempt.

The resolver and the address policy are injectable: tests build a small world of their
own on 127.0.0.0/8 (one address "public", another "inside") without touching the DNS.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
Policy = Callable[[IPAddress], bool]  # True: this address must not be reached

ALLOW_HINT = "set alerts.allow_private_webhooks to allow it"


class UnsafeURLError(ValueError):
    """The URL points at an address a channel must not reach; the message says why."""


def is_private(address: IPAddress) -> bool:
    """Anything not globally routable: private, loopback, link-local, CGNAT (where some
    clouds keep their metadata service, 100.100.100.200), multicast, reserved."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return bool(
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses ``host`` resolves to (an IP literal to itself); [] when it does not."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    if host == "localhost" or host.endswith(".localhost"):
        return ["127.0.0.1"]  # RFC 6761: never asked of the DNS
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def parse_address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.split("%")[0].strip("[]"))
    except ValueError:
        return None


@dataclass(frozen=True)
class OutboundGuard:
    """The one policy for every outbound connection of every channel."""

    allow_private: bool = False
    resolver: Resolver = system_resolver
    blocked: Policy = field(default=is_private)

    def refused(self, address: str) -> bool:
        """True when a connection to ``address`` (an IP literal) must not be made."""
        if self.allow_private:
            return False
        parsed = parse_address(address)
        return parsed is None or self.blocked(parsed)

    def check_host(self, host: str, port: int = 0, *, what: str = "host") -> list[str]:
        """Resolve ``host`` and refuse it if any address is private; returns the addresses.

        A host that does not resolve passes: at subscription time the network may be down,
        and at connect time :meth:`pin` refuses it on its own.
        """
        addresses = self.resolver(host, port)
        for address in addresses:
            if self.refused(address):
                raise UnsafeURLError(
                    f"{what} {host!r} resolves to {address}, a private/loopback/link-local "
                    f"address ({ALLOW_HINT})"
                )
        return addresses

    def check_url(self, url: str) -> None:
        """Refuse ``url`` unless it is http(s) to a host that is not private."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsafeURLError(f"{url_for_humans(url)} is not an http(s) URL with a host")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise UnsafeURLError(f"{url_for_humans(url)} has an invalid port") from None
        self.check_host(parts.hostname, port)

    def pin(self, host: str, port: int) -> str:
        """The one address to connect to for ``host``: resolved once, checked, returned.

        Every address is checked, not just the first: a name answering a public and a
        private address would otherwise win half the time.
        """
        addresses = self.check_host(host, port)
        if not addresses:
            raise UnsafeURLError(f"host {host!r} does not resolve")
        return addresses[0]


def check_url(url: str, *, allow_private: bool) -> None:
    """``OutboundGuard(allow_private).check_url(url)`` for callers without a guard."""
    OutboundGuard(allow_private=allow_private).check_url(url)


def url_for_humans(url: str, *, path: bool = False) -> str:
    """The URL without credentials, query or fragment (and path): safe to log.

    Paths are left out unless asked for: some services put the token in the path.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{host}{port}{parts.path if path else ''}"
