"""Errors the API answers with: a status and a one-line message naming the field."""

from __future__ import annotations


class ApiError(Exception):
    """Turned into ``{"error": message, "field": field}`` with ``status``."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field


def unauthorized() -> ApiError:
    # A wrong or missing token learns nothing: no hint of which part was wrong.
    return ApiError(401, "unauthorized")


def bad_cursor() -> ApiError:
    return ApiError(422, "cursor: malformed (pass the 'next' value unchanged)", "cursor")


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what}: not found")
