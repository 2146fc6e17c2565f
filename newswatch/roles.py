"""The stages one instance runs: ``newswatch run --role crawl,pipeline,alerts,web``.

- ``crawl``: the polling rounds (feeds claimed per poll across the cluster), the catch-up
  at start and the seen-set's retention.
- ``pipeline``: understanding the crawled articles, and the outbox relay of events stored
  while Redis was away.
- ``alerts``: routing events to subscriptions and delivering them.
- ``web``: the API, the map page, /healthz, /readyz and /metrics on ``web.port``.

The default is all four: one instance is the whole system. A deployment can run one web
front, crawlers and several pipeline workers from the same configuration.
"""

from __future__ import annotations

from collections.abc import Iterable

ROLES = ("crawl", "pipeline", "alerts", "web")
ALL_ROLES = frozenset(ROLES)


class RoleError(ValueError):
    """A role name that is not one of :data:`ROLES`."""


def parse_roles(values: Iterable[str] | str | None) -> frozenset[str]:
    """``"crawl,web"`` (or repeated ``--role`` values) as a set of roles; empty: all."""
    if values is None:
        return ALL_ROLES
    if isinstance(values, str):
        values = [values]
    names = {part.strip().lower() for value in values for part in value.split(",")}
    names.discard("")
    if not names or "all" in names:
        return ALL_ROLES
    unknown = sorted(names - ALL_ROLES)
    if unknown:
        raise RoleError(f"unknown role {', '.join(unknown)}: choose among {', '.join(ROLES)}")
    return frozenset(names)


def ordered(roles: Iterable[str]) -> list[str]:
    """``roles`` in the order of :data:`ROLES` (for status and logs)."""
    chosen = set(roles)
    return [r for r in ROLES if r in chosen]
