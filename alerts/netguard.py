"""Refuse webhook targets on private, loopback and link-local addresses (SSRF).

Checked when a subscription is created and again before every request (a name can
resolve differently later), and on every redirect.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class UnsafeURLError(ValueError):
    """The URL points at an address a webhook must not reach; the message says why."""


def _is_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return bool(
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        # Everything not globally routable: also catches shared/CGNAT space 100.64.0.0/10,
        # where some clouds keep their metadata service (100.100.100.200).
        or not address.is_global
    )


def resolve_host(host: str) -> list[str]:
    """Addresses a host name resolves to; an IP literal resolves to itself."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, *, allow_private: bool, require_resolvable: bool = False) -> None:
    """Raise :class:`UnsafeURLError` unless ``url`` is an http(s) URL to a public address.

    A host that does not resolve passes unless ``require_resolvable`` (at subscription time
    the network may be down; at send time the request fails on its own anyway).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURLError(f"{url_for_humans(url)} is not an http(s) URL with a host")
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):
        addresses = ["127.0.0.1"]
    else:
        addresses = resolve_host(host)
    if not addresses and require_resolvable:
        raise UnsafeURLError(f"host {host!r} does not resolve")
    if allow_private:
        return
    for address in addresses:
        if _is_private(ipaddress.ip_address(address.split("%")[0])):
            raise UnsafeURLError(
                f"host {host!r} resolves to {address}, a private/loopback/link-local address "
                "(set alerts.allow_private_webhooks to allow it)"
            )


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
