"""Subscriptions in the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from alerts.store import DeliveryLog, SubscriptionStore
from alerts.subscriptions import SubscriptionError
from pipeline.gazetteer import Gazetteer


def test_create_list_pause_resume_remove(engine: Engine, gaz: Gazetteer) -> None:
    store = SubscriptionStore(engine, gazetteer=gaz)
    sub = store.create({"name": "idlib", "regions": ["Idlib"], "channel": "redis"})
    assert sub.id.startswith("sub_") and sub.regions == ("SY07",)
    assert store.get("idlib") == sub  # by name too
    with pytest.raises(SubscriptionError, match="name: a subscription named 'idlib'"):
        store.create({"name": "idlib", "channel": "redis"})
    assert store.pause(sub.id).paused
    assert store.list(include_paused=False) == []
    assert not store.resume(sub.id).paused
    store.remove(sub.id)
    assert store.list() == []
    with pytest.raises(SubscriptionError, match="not found"):
        store.get(sub.id)


def test_upsert_from_config_by_name(engine: Engine, gaz: Gazetteer) -> None:
    store = SubscriptionStore(engine, gazetteer=gaz)
    table = {"name": "breaches", "breach_only": True, "channel": "redis"}
    assert store.upsert_from_config(table)
    assert not store.upsert_from_config(table)
    assert store.upsert_from_config({**table, "min_fatalities": 3})
    (sub,) = store.list()
    assert sub.min_fatalities == 3 and sub.breach_only


def test_change_keeps_id_and_pause_and_refuses_a_taken_name(engine: Engine, gaz: Gazetteer
                                                            ) -> None:
    store = SubscriptionStore(engine, gazetteer=gaz)
    sub = store.pause(store.create({"name": "idlib", "regions": ["Idlib"], "channel": "redis"}).id)
    store.create({"name": "daraa", "regions": ["SY12"], "channel": "redis"})
    wider = store.parse({"name": "north", "regions": ["SY07", "SY02"], "channel": "redis"})
    changed = store.change(sub.id, wider)
    assert (changed.id, changed.name, changed.regions, changed.paused) == (
        sub.id, "north", ("SY07", "SY02"), True)
    assert store.get("north") == changed and [s.name for s in store.list()] == ["north", "daraa"]
    assert store.change("north", store.parse({**wider.to_dict(), "min_fatalities": 2})).id == sub.id
    with pytest.raises(SubscriptionError, match="name: a subscription named 'daraa'"):
        store.change(sub.id, store.parse({"name": "daraa", "channel": "redis"}))
    with pytest.raises(SubscriptionError, match="not found"):
        store.change("nope", wider)


def test_delivery_log(engine: Engine) -> None:
    log = DeliveryLog(engine)
    assert not log.delivered("k")
    log.record("k", sub_id="s", event_id="e", version=2, kind="alert", status="retrying",
               error="HTTP 500")
    assert not log.delivered("k")
    log.record("k", sub_id="s", event_id="e", version=2, kind="alert", status="delivered",
               attempts=2)
    assert log.delivered("k") and log.highest_delivered("s", "e") == 2
    (row,) = log.history("s")
    assert row["attempts"] == 2 and row["status"] == "delivered"


class _Raced(SubscriptionStore):
    """A store whose first look-up misses a row another instance then inserts: the moment
    between the check and the insert when two instances of a cluster start together."""

    def __init__(self, engine: Engine, gaz: Gazetteer, other: SubscriptionStore,
                 table: dict[str, object]) -> None:
        super().__init__(engine, gazetteer=gaz)
        self.other, self.table, self.raced = other, table, False

    def _find_by_name(self, name: str):  # type: ignore[no-untyped-def]
        if not self.raced:
            self.raced = True
            self.other.upsert_from_config(self.table)
            return None
        return super()._find_by_name(name)


def test_two_instances_storing_one_config_subscription_at_once(engine: Engine,
                                                               gaz: Gazetteer) -> None:
    table: dict[str, object] = {"name": "everything", "channel": "redis"}
    raced = _Raced(engine, gaz, SubscriptionStore(engine, gazetteer=gaz), table)
    assert raced.upsert_from_config(table) is False  # the other instance stored it
    assert [s.name for s in raced.list()] == ["everything"]
    with pytest.raises(SubscriptionError, match="already exists"):
        _Raced(engine, gaz, SubscriptionStore(engine, gazetteer=gaz),
               {"name": "again", "channel": "redis"}).create({"name": "again",
                                                               "channel": "redis"})
