"""Subscriptions and delivery history in the database (tables ``al_*``).

``al_deliveries`` holds one row per idempotency key (subscription, event, version or
digest window): its status (retrying, delivered, dead, skipped), attempts and last error.
A key counts as sent only once its row says ``delivered``, written *after* the channel
accepted the message, so a crash in between costs at most one duplicate, never a loss.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError

from alerts.netguard import OutboundGuard
from alerts.subscriptions import (
    GazetteerLike,
    Subscription,
    SubscriptionError,
    default_gazetteer,
    parse_subscription,
    subscription_from_row,
)
from crawler.clock import Clock, utcnow
from crawler.utc import UtcDateTime

METADATA = MetaData()

subscriptions_table = Table(
    "al_subscriptions",
    METADATA,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("spec", JSON, nullable=False),  # Subscription.to_dict() without id/secret/paused
    Column("secret", Text, nullable=False, default=""),
    Column("paused", Boolean, nullable=False, default=False),
    Column("origin", String(20), nullable=False, default="cli"),  # cli | config | api
    Column("config", JSON, nullable=True),  # the [[subscription]] table as written
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
)

deliveries_table = Table(
    "al_deliveries",
    METADATA,
    Column("key", String(300), primary_key=True),  # idempotency key; also the webhook-id
    Column("subscription_id", String(40), nullable=False, index=True),
    Column("event_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(20), nullable=False),  # alert | update | digest
    Column("status", String(20), nullable=False),  # retrying | delivered | dead | skipped
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("delivered_at", UtcDateTime(), nullable=True),
)


class SubscriptionStore:
    """Create, list and change subscriptions; validation happens here, once."""

    def __init__(
        self,
        engine: Engine,
        *,
        gazetteer: GazetteerLike | Callable[[], GazetteerLike] = default_gazetteer,
        allow_private_webhooks: bool = False,
        guard: OutboundGuard | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self.engine = engine
        self.gazetteer = gazetteer
        self.guard = guard or OutboundGuard(allow_private=allow_private_webhooks)
        self.clock = clock

    def parse(self, data: Mapping[str, Any]) -> Subscription:
        return parse_subscription(data, gazetteer=self.gazetteer, guard=self.guard)

    def create(
        self, data: Mapping[str, Any] | Subscription, *, origin: str = "cli"
    ) -> Subscription:
        """Validate (unless already a ``Subscription``) and store a new subscription.

        Returns it with its new id.
        """
        sub = data if isinstance(data, Subscription) else self.parse(data)
        config = dict(data) if origin == "config" and isinstance(data, Mapping) else None
        if self._find_by_name(sub.name) is not None:
            raise SubscriptionError(f"name: a subscription named {sub.name!r} already exists")
        sub_id = sub.id or f"sub_{uuid.uuid4().hex[:12]}"
        now = self.clock()
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    subscriptions_table.insert().values(
                        id=sub_id,
                        name=sub.name,
                        spec=_spec(sub),
                        secret=sub.secret,
                        paused=sub.paused,
                        origin=origin,
                        config=config,
                        created_at=now,
                        updated_at=now,
                    )
                )
        except IntegrityError as exc:
            # Taken between the check and the insert: by another instance of a cluster.
            raise SubscriptionError(
                f"name: a subscription named {sub.name!r} already exists") from exc
        return self.get(sub_id)

    def upsert_from_config(self, data: Mapping[str, Any]) -> bool:
        """Create or update the subscription a ``[[subscription]]`` table describes (by name).

        Returns True when something changed.  Pausing it from the CLI survives restarts.
        An unchanged table is not validated again (no gazetteer load, no DNS lookup).
        """
        row = self._find_by_name(str(data.get("name", "")))
        if row is not None and row["config"] == dict(data):
            return False
        sub = self.parse(data)
        if row is None:
            try:
                self.create(data, origin="config")
                return True
            except SubscriptionError:
                # Instances of a cluster share one configuration and start together: another
                # one stored this table first. Then it is an update like any other.
                row = self._find_by_name(sub.name)
                if row is None:
                    raise
                if row["config"] == dict(data):
                    return False
        with self.engine.begin() as conn:
            conn.execute(
                subscriptions_table.update()
                .where(subscriptions_table.c.id == row["id"])
                .values(
                    spec=_spec(sub), secret=sub.secret, config=dict(data), updated_at=self.clock()
                )
            )
        return True

    def get(self, sub_id: str) -> Subscription:
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    select(subscriptions_table).where(
                        (subscriptions_table.c.id == sub_id)
                        | (subscriptions_table.c.name == sub_id)
                    )
                )
                .mappings()
                .first()
            )
        if row is None:
            raise SubscriptionError(f"subscription {sub_id!r}: not found")
        return _from_row(dict(row))

    def list(self, *, include_paused: bool = True) -> list[Subscription]:
        query = select(subscriptions_table).order_by(subscriptions_table.c.created_at)
        if not include_paused:
            query = query.where(subscriptions_table.c.paused.is_(False))
        with self.engine.connect() as conn:
            return [_from_row(dict(row)) for row in conn.execute(query).mappings()]

    def fingerprint(self) -> tuple[int, str]:
        """Changes whenever a subscription is added, changed or removed (cheap to poll)."""
        query = select(func.count(), func.max(subscriptions_table.c.updated_at))
        with self.engine.connect() as conn:
            count, latest = conn.execute(query).one()
        return int(count), str(latest)

    def change(self, sub_id: str, new: Subscription) -> Subscription:
        """Give a subscription the name and fields of ``new`` (already validated); its id,
        pause state and origin stay. A name another subscription has is refused."""
        current = self.get(sub_id)
        other = self._find_by_name(new.name)
        if other is not None and other["id"] != current.id:
            raise SubscriptionError(f"name: a subscription named {new.name!r} already exists")
        with self.engine.begin() as conn:
            conn.execute(
                subscriptions_table.update()
                .where(subscriptions_table.c.id == current.id)
                .values(name=new.name, spec=_spec(new), secret=new.secret,
                        updated_at=self.clock())
            )
        return self.get(current.id)

    def pause(self, sub_id: str) -> Subscription:
        return self._set_paused(sub_id, True)

    def resume(self, sub_id: str) -> Subscription:
        return self._set_paused(sub_id, False)

    def remove(self, sub_id: str) -> Subscription:
        sub = self.get(sub_id)
        with self.engine.begin() as conn:
            conn.execute(subscriptions_table.delete().where(subscriptions_table.c.id == sub.id))
        return sub

    def _set_paused(self, sub_id: str, paused: bool) -> Subscription:
        sub = self.get(sub_id)
        with self.engine.begin() as conn:
            conn.execute(
                subscriptions_table.update()
                .where(subscriptions_table.c.id == sub.id)
                .values(paused=paused, updated_at=self.clock())
            )
        return self.get(sub.id)

    def _find_by_name(self, name: str) -> Mapping[str, Any] | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(subscriptions_table).where(subscriptions_table.c.name == name))
                .mappings()
                .first()
            )
        return dict(row) if row is not None else None


def _spec(sub: Subscription) -> dict[str, Any]:
    data = sub.to_dict()
    for key in ("id", "secret", "paused"):
        data.pop(key)
    return data


def _from_row(row: Mapping[str, Any]) -> Subscription:
    data = dict(row["spec"])
    data.update(id=row["id"], name=row["name"], secret=row["secret"], paused=bool(row["paused"]))
    return subscription_from_row(data)


class DeliveryLog:
    """The idempotency keys and delivery history (``al_deliveries``)."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock

    def delivered(self, key: str) -> bool:
        """ "Should I send?": False unless this key was recorded as delivered."""
        return self.status(key) == "delivered"

    def status(self, key: str) -> str | None:
        query = select(deliveries_table.c.status).where(deliveries_table.c.key == key)
        with self.engine.connect() as conn:
            value = conn.execute(query).scalar()
        return str(value) if value is not None else None

    def highest_delivered(self, sub_id: str, event_id: str) -> int:
        """Highest version of an event this subscriber received (0: never)."""
        t = deliveries_table
        query = select(func.max(t.c.version)).where(
            t.c.subscription_id == sub_id,
            t.c.event_id == event_id,
            t.c.status == "delivered",
            t.c.kind != "digest",
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    def record(
        self,
        key: str,
        *,
        sub_id: str,
        event_id: str,
        version: int,
        kind: str,
        status: str,
        attempts: int = 1,
        error: str | None = None,
    ) -> None:
        now = self.clock()
        values: dict[str, Any] = {
            "status": status,
            "attempts": attempts,
            "last_error": error,
            "updated_at": now,
        }
        if status == "delivered":
            values["delivered_at"] = now
        with self.engine.begin() as conn:
            done = conn.execute(
                deliveries_table.update().where(deliveries_table.c.key == key).values(**values)
            ).rowcount
            if not done:
                conn.execute(
                    deliveries_table.insert().values(
                        key=key,
                        subscription_id=sub_id,
                        event_id=event_id,
                        version=version,
                        kind=kind,
                        created_at=now,
                        **values,
                    )
                )

    def history(self, sub_id: str, limit: int = 50) -> list[dict[str, Any]]:
        """The newest deliveries of a subscription (for ``subscriptions show`` and the web)."""
        t = deliveries_table
        query = (
            select(t)
            .where(t.c.subscription_id == sub_id)
            .order_by(t.c.updated_at.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]
