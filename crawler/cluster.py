"""Crawling shared by every instance on one Redis: feed claims and per-host politeness.

Every instance runs the same configuration; what keeps them from polling each feed three
times is a *claim*: before polling a due feed an instance sets ``<prefix>:crawl:claim:<url>``
to its id, if nobody holds it, with an expiry (a script on Redis: one winner), keeps it
alive while the round runs (renewed every third of its lifetime) and deletes it once the
feed's new state is saved (a claim already held under the instance's own id is its killed
predecessor's, taken back at once). The winner then re-reads the feed's state: an
instance that saw the feed due just before another saved it finds it no longer due and
lets go, so each due poll happens once. A killed instance
never renews: its claims expire after ``crawler.claim_ttl`` seconds and the feeds, still
due, go to whoever polls next.

Politeness is counted on Redis too, in the round's child (:class:`HostSlots`): at most
``crawler.concurrent_per_host`` requests in flight to one host across the cluster (a sorted
set of holders, each expiring on its own so a dead child frees its slot; the holders are
named after the instance, so that the instance's next round frees at once the slots of a
child of its own that was killed: see :meth:`CrawlCluster.free_dead_slots`), and no two
requests to one host closer than its Crawl-delay (a next-allowed time per host, on Redis's
clock so machines with skewed clocks agree).
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import redis

log = logging.getLogger(__name__)

# Claim a feed nobody holds, or one held under our own id: that is a previous process of
# this instance (the id belongs to one home, which one process holds), killed mid-round;
# waiting out its claim would only delay the restarted daemon.
_CLAIM = """
local held = redis.call('GET', KEYS[1])
if held == false or held == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
"""
# Delete / extend a claim only while it is still ours (it may have expired and been taken).
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""
# A host slot: 0 = granted; > 0 = milliseconds until the Crawl-delay allows the next
# request; -1 = every slot is taken. KEYS: holders (zset), next-allowed time. ARGV: token,
# slots, hold ms, delay ms.
_ACQUIRE_SLOT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local delay = tonumber(ARGV[4])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', math.floor(delay)) end
return 0
"""


def claim_key(prefix: str, url: str) -> str:
    return f"{prefix}:crawl:claim:{url}"


def claim_pattern(prefix: str) -> str:
    return f"{prefix}:crawl:claim:*"


def page_key(prefix: str, url_hash: int) -> str:
    return f"{prefix}:crawl:page:{url_hash}"


def slots_pattern(prefix: str) -> str:
    """Every host's holders of slots (:class:`HostSlots`)."""
    return f"{prefix}:crawl:host:*:slots"


def slot_token(owner: str) -> str:
    """A holder of a host slot: ``owner/<random>`` (just random for no owner)."""
    return f"{owner}/{uuid.uuid4().hex}" if owner else uuid.uuid4().hex


def robots_key(prefix: str, netloc: str) -> str:
    return f"{prefix}:crawl:robots:{netloc}"


def connection_spec(client: redis.Redis) -> dict[str, Any]:
    """What a child process needs to open its own connection to ``client``'s server."""
    pool = client.connection_pool
    kwargs = pool.connection_kwargs
    spec = {k: kwargs[k] for k in ("host", "port", "path", "db", "username", "password")
            if kwargs.get(k) is not None}
    if issubclass(pool.connection_class, redis.SSLConnection):
        # rediss://: the child speaks TLS too, with the same certificates and checks.
        spec["ssl"] = True
        spec.update({k: v for k, v in kwargs.items()
                     if k.startswith("ssl_") and isinstance(v, str | int | bool)})
    return spec


def open_spec(spec: dict[str, Any]) -> redis.Redis:
    if "path" in spec:
        return redis.Redis(unix_socket_path=spec["path"], db=spec.get("db", 0),
                           username=spec.get("username"), password=spec.get("password"))
    return redis.Redis(**spec)


@dataclass
class CrawlCluster:
    """This instance's side of the shared crawl: its id, its claims, the shared keys."""

    client: redis.Redis
    prefix: str
    instance_id: str
    claim_ttl: float = 60.0
    # Politeness counted on Redis (host slots, page claims). Off for a Redis no other
    # instance can reach (the embedded one): Scrapy's own per-host delays and AutoThrottle
    # then pace the round, as they did before there was a cluster.
    host_slots: bool = True
    # Whether no slot under this instance's name can be a dead child's: false until the
    # process's first round has freed them, and again after a round's child was killed.
    slots_clean: bool = field(default=False, compare=False)

    @property
    def _ttl_ms(self) -> int:
        return max(100, int(self.claim_ttl * 1000))

    def claim(self, urls: Iterable[str]) -> list[str]:
        """The feeds of ``urls`` this instance now holds (those nobody else held)."""
        wanted = list(urls)
        if not wanted:
            return []
        pipe = self.client.pipeline(transaction=False)
        for url in wanted:
            pipe.eval(_CLAIM, 1, claim_key(self.prefix, url), self.instance_id, self._ttl_ms)
        return [url for url, won in zip(wanted, pipe.execute(), strict=True) if won]

    def renew(self, urls: Iterable[str]) -> list[str]:
        """Extend our claims; returns those lost (expired and maybe taken by another)."""
        wanted = list(urls)
        pipe = self.client.pipeline(transaction=False)
        for url in wanted:
            pipe.eval(_RENEW, 1, claim_key(self.prefix, url), self.instance_id, self._ttl_ms)
        return [url for url, ok in zip(wanted, pipe.execute(), strict=True) if not ok]

    def release(self, urls: Iterable[str]) -> None:
        wanted = list(urls)
        if not wanted:
            return
        pipe = self.client.pipeline(transaction=False)
        for url in wanted:
            pipe.eval(_RELEASE, 1, claim_key(self.prefix, url), self.instance_id)
        pipe.execute()

    @contextmanager
    def holding(self, urls: list[str]) -> Iterator[None]:
        """Renew the claims on ``urls`` every third of their lifetime until the block ends,
        then release them (the feed's new state must be saved inside the block)."""
        done = threading.Event()

        def keep() -> None:
            while not done.wait(self.claim_ttl / 3):
                try:
                    if lost := self.renew(urls):
                        log.warning("claims lost before the round ended: %s", lost)
                except redis.RedisError as exc:
                    log.warning("claims not renewed: %s", exc)

        renewer = threading.Thread(target=keep, name="crawl-claims", daemon=True)
        renewer.start()
        try:
            yield
        finally:
            done.set()
            renewer.join()
            try:
                self.release(urls)
            except redis.RedisError as exc:  # they expire by themselves
                log.warning("claims not released: %s", exc)

    def free_dead_slots(self) -> int:
        """Free the host slots held under this instance's name; returns how many.

        Call it only while no round of this instance runs (before the first round of a
        process, after a round whose child was killed): every slot under its name is then
        a dead child's.  A ``kill -9`` of the daemon kills its round's child too, and the
        requests that child had in flight would otherwise hold their slots for the longest
        a request may take (``DOWNLOAD_TIMEOUT`` + 30 s): with every slot of a host held
        that way, the restarted daemon's first round would wait out that time before its
        first request there."""
        mine = f"{self.instance_id}/"
        freed = 0
        for key in self.client.scan_iter(match=slots_pattern(self.prefix), count=1000):
            members: list[bytes | str] = self.client.zrange(key, 0, -1)  # type: ignore[assignment]
            dead = [m for m in members
                    if (m.decode(errors="replace") if isinstance(m, bytes) else m).startswith(mine)]
            if dead:
                freed += int(self.client.zrem(key, *dead))
        if freed:
            log.info("freed host slots a killed round held", extra={"slots": freed})
        return freed

    def job_spec(self, robots_ttl: float) -> dict[str, Any]:
        """The cluster fields of a round's job, for the child's middlewares."""
        return {"redis": connection_spec(self.client), "prefix": self.prefix,
                "instance": self.instance_id, "robots_ttl": robots_ttl,
                "host_slots": self.host_slots, "page_ttl": PAGE_TTLS * self.claim_ttl}


def claims_by_instance(client: redis.Redis, prefix: str) -> dict[str, list[str]]:
    """The feeds each instance holds now (for ``status``)."""
    keys = list(client.scan_iter(match=claim_pattern(prefix), count=1000))
    held: dict[str, list[str]] = {}
    if not keys:
        return held
    start = len(claim_key(prefix, ""))
    for key, owner in zip(keys, client.mget(keys), strict=True):
        if owner is not None:
            name = owner.decode() if isinstance(owner, bytes) else str(owner)
            url = key.decode() if isinstance(key, bytes) else str(key)
            held.setdefault(name, []).append(url[start:])
    return {k: sorted(v) for k, v in held.items()}


# An article page stays with the instance that took it for this many feed-claim lifetimes:
# long enough for its round to fetch and store it (the page is then in the seen-set), short
# enough that a page whose taker died comes back soon.
PAGE_TTLS = 5


def claim_page(
    client: redis.Redis, prefix: str, instance: str, url_hash: int, ttl: float
) -> bool:
    """Take an article page for this instance for ``ttl`` seconds (``PAGE_TTLS`` feed
    claim lifetimes): two feeds (an RSS and an Atom feed, or two categories) listing one page and
    polled at once by two instances fetch it once.  Ours already (a redirect, a later
    round): still ours.  The loser keeps the page pending, so a claimer that dies before
    storing it delays the page by ``ttl``, never loses it."""
    return bool(client.eval(_CLAIM, 1, page_key(prefix, url_hash), instance,
                            max(100, int(ttl * 1000))))


class HostSlots:
    """At most ``limit`` requests in flight to one host across the cluster, and at least
    the host's delay between two of them. Used by the child's ``ClusterSlotMiddleware``."""

    def __init__(
        self, client: redis.Redis, prefix: str, limit: int, hold: float, owner: str = ""
    ) -> None:
        self.client, self.prefix, self.limit = client, prefix, limit
        self.hold_ms = max(1000, int(hold * 1000))
        self.owner = owner  # the instance: its slots are named after it (slot_token)
        self._acquire = client.register_script(_ACQUIRE_SLOT)

    def _keys(self, host: str) -> list[str]:
        return [f"{self.prefix}:crawl:host:{host}:slots", f"{self.prefix}:crawl:host:{host}:next"]

    def try_acquire(self, host: str, delay: float) -> tuple[str | None, float]:
        """A token when granted, else None and the seconds to wait before trying again."""
        token = slot_token(self.owner)
        wait = int(self._acquire(keys=self._keys(host),
                                 args=[token, self.limit, self.hold_ms, int(delay * 1000)]))
        if wait == 0:
            return token, 0.0
        return None, 0.05 if wait < 0 else wait / 1000

    def acquire(self, host: str, delay: float, timeout: float = 300.0) -> str:
        """Blocking :meth:`try_acquire` (tests, and callers outside a reactor)."""
        deadline = time.monotonic() + timeout
        while True:
            token, wait = self.try_acquire(host, delay)
            if token is not None:
                return token
            if time.monotonic() > deadline:
                raise TimeoutError(f"no slot for {host} after {timeout}s")
            time.sleep(wait)

    def release(self, host: str, token: str) -> None:
        self.client.zrem(self._keys(host)[0], token)
