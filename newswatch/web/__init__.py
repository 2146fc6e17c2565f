"""HTTP API and web dashboard: ``create_app(...)`` and ``serve_in_thread(...)``."""

from newswatch.web.app import WebServer, create_app, serve_in_thread

__all__ = ["WebServer", "create_app", "serve_in_thread"]
