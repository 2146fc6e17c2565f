from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine

from alerts.service import AlertService
from alerts.settings import AlertsSettings
from pipeline.gazetteer import Gazetteer

# --import-mode=importlib leaves sys.path alone: make this directory's helpers importable
# (by the test modules, which are imported after this conftest).
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture
def clock() -> Any:
    from alerts_helpers import FakeClock

    return FakeClock()


@pytest.fixture
def receiver() -> Iterator[Any]:
    from alerts_helpers import Receiver

    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def make_service(
    sqlite_engine: Engine, redis_client: redis.Redis, prefix: str, gaz: Gazetteer, clock: Any,
) -> Callable[..., AlertService]:
    def build(**overrides: Any) -> AlertService:
        settings = AlertsSettings(**{"allow_private_webhooks": True, **overrides})
        return AlertService.from_settings(
            settings, sqlite_engine, redis_client, prefix, clock=clock,
            rng=random.Random(7), gazetteer=gaz,
        )

    return build
