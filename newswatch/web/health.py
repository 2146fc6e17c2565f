"""``/readyz``: is this instance doing its job (``/healthz`` only says it answers)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from newswatch.health import readiness
from newswatch.status import status_of
from newswatch.web.state import WebState

router = APIRouter()


class SourceCounts(BaseModel):
    enabled: int
    failing: list[str]
    stale: list[str]


class Readiness(BaseModel):
    """``ready`` and, when not, one line per reason; the facts they were drawn from."""

    ready: bool
    reasons: list[str]
    sources: SourceCounts | None
    last_success: dict[str, str | None] | None
    queues: dict[str, int | None] | None


@router.get(
    "/readyz", response_model=Readiness, tags=["health"],
    responses={503: {"model": Readiness, "description": "Not ready: `reasons` says why."}},
)
def readyz(request: Request, response: Response) -> dict[str, Any]:
    """Ready (200) unless the database or Redis is unreachable, too many sources fail or
    are stale (`health.max_unhealthy_share`), or the daemon is stopping (503)."""
    state: WebState = request.app.state.web
    client = state.redis
    status = status_of(state.settings, lambda: state.engine, lambda: client)
    if client is None:  # an app without Redis (tests, tools): nothing to say about it
        status.pop("redis_error", None)
    if state.status is not None:  # served by the daemon: it knows its own state best
        status["daemon_state"] = "running" if state.status().get("ok", True) else "stopping"
    body = readiness(status, state.settings.health.max_unhealthy_share)
    response.status_code = 200 if body["ready"] else 503
    return body
