"""HTTP API and web dashboard: ``create_app(...)`` and ``serve_in_thread(...)``.

Names are loaded on first use so that importing a submodule (the token table, for the
migrations) does not pull in FastAPI and uvicorn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newswatch.web.app import WebServer, create_app, serve_in_thread

__all__ = ["WebServer", "create_app", "serve_in_thread"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from newswatch.web import app

        return getattr(app, name)
    raise AttributeError(name)
