"""What every command needs: settings, and the database and Redis opened on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newswatch.settings import Settings, load_settings

if TYPE_CHECKING:
    import redis
    from sqlalchemy import Engine


@dataclass
class AppContext:
    """Lazily opened resources shared by the sub-commands of one invocation."""

    settings: Settings
    debug: bool = False
    _engine: Engine | None = None
    _redis: redis.Redis | None = None
    _stack: ExitStack = field(default_factory=ExitStack)

    @classmethod
    def load(
        cls, config: Path | None = None, home: Path | None = None, debug: bool = False
    ) -> AppContext:
        return cls(load_settings(config, home), debug=debug)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from newswatch.db import open_database

            self._engine = open_database(self.settings)
        return self._engine

    @property
    def redis(self) -> redis.Redis:
        if self._redis is None:
            from newswatch.redis_server import open_redis

            self._redis = self._stack.enter_context(open_redis(self.settings))
        return self._redis

    def use_home_tmp(self, *, clean: bool = False) -> Path:
        """``<home>/tmp`` as the temporary directory until this context closes."""
        from newswatch.instance import home_tmp

        return self._stack.enter_context(home_tmp(self.settings.home, clean=clean))

    def close(self) -> None:
        self._stack.close()
        if self._engine is not None:
            self._engine.dispose()


@contextmanager
def app_context(ctx: AppContext) -> Iterator[AppContext]:
    try:
        yield ctx
    finally:
        ctx.close()
