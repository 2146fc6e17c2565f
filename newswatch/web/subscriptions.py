"""Subscription routes: create (admin), list, change, pause, resume, test, remove, history.

Validation is ``alerts.subscriptions.parse_subscription``'s, so the API refuses exactly
what the command line refuses, with the same one-line messages (422).  A subscriber token
sees only its own subscription; any other id answers 404, as if it did not exist.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from alerts.subscriptions import (
    Subscription,
    SubscriptionError,
    generate_secret,
    is_webhook,
)
from newswatch.web import schemas
from newswatch.web.auth import Caller, require_admin
from newswatch.web.errors import ApiError, not_found
from newswatch.web.state import WebState
from newswatch.web.testsend import send_test

router = APIRouter(prefix="/api/subscriptions", tags=["subscriptions"])
bearer = HTTPBearer(auto_error=False, description="The admin token or a subscriber token.")

_AUTH: dict[int | str, dict[str, Any]] = {
    401: {"model": schemas.ErrorOut}, 403: {"model": schemas.ErrorOut},
    404: {"model": schemas.ErrorOut},
}
_WRITE = {**_AUTH, 400: {"model": schemas.ErrorOut}, 422: {"model": schemas.ErrorOut}}
SubBody = Annotated[
    dict[str, Any],
    Body(
        description="Fields of a subscription, as in a [[subscription]] table.",
        examples=[{"name": "daraa-breaches", "regions": ["SY12"], "breach_only": True,
                   "channel": "redis"}],
    ),
]


def _state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def caller(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    return _state(request).tokens.identify(creds.credentials if creds else None)


Who = Annotated[Caller, Depends(caller)]


def _own(state: WebState, who: Caller, sub_id: str) -> Subscription:
    try:
        sub = state.subscriptions.get(sub_id)
    except SubscriptionError:
        raise not_found(f"subscription {sub_id!r}") from None
    if not who.may_see(sub.id):
        raise not_found(f"subscription {sub_id!r}")
    return sub


def _invalid(exc: SubscriptionError) -> ApiError:
    message = str(exc)
    return ApiError(422, message, message.split(":", 1)[0])


@router.post("", response_model=schemas.Created, status_code=201, responses=_WRITE)
def create(request: Request, who: Who, body: SubBody) -> dict[str, Any]:
    """Create a subscription (admin token); answers with a token for its subscriber, once.

    A webhook without a ``secret`` gets one made (``whsec_``), also shown this once.
    """
    require_admin(who)
    state = _state(request)
    channel, secret = body.get("channel"), body.get("secret")
    made = generate_secret() if isinstance(channel, str) and is_webhook(channel) and not secret \
        else None
    try:
        sub = state.subscriptions.create({**body, "secret": made} if made else body, origin="api")
    except SubscriptionError as exc:
        raise _invalid(exc) from None
    answer = {"subscription": sub.public_dict(), "token": state.tokens.issue(sub.id)}
    return {**answer, "secret": made} if made else answer


@router.get("", response_model=schemas.SubscriptionList, responses=_AUTH)
def list_all(request: Request, who: Who) -> dict[str, Any]:
    """Every subscription for the admin; only its own for a subscriber token."""
    subs = _state(request).subscriptions.list()
    return {"items": [s.public_dict() for s in subs if who.may_see(s.id)]}


@router.get("/{sub_id}", response_model=schemas.SubscriptionOut, responses=_AUTH)
def get_one(request: Request, who: Who, sub_id: str) -> dict[str, Any]:
    return _own(_state(request), who, sub_id).public_dict()


@router.patch("/{sub_id}", response_model=schemas.SubscriptionOut, responses=_WRITE)
def change(request: Request, who: Who, sub_id: str, body: SubBody) -> dict[str, Any]:
    """Change some fields; the result is validated as a whole, like a new subscription."""
    state = _state(request)
    sub = _own(state, who, sub_id)
    merged = {**sub.to_dict(), **body, "id": sub.id, "paused": sub.paused}
    try:
        return state.subscriptions.change(sub.id, state.subscriptions.parse(merged)).public_dict()
    except SubscriptionError as exc:
        raise _invalid(exc) from None


@router.post("/{sub_id}/pause", response_model=schemas.SubscriptionOut, responses=_AUTH)
def pause(request: Request, who: Who, sub_id: str) -> dict[str, Any]:
    state = _state(request)
    return state.subscriptions.pause(_own(state, who, sub_id).id).public_dict()


@router.post("/{sub_id}/resume", response_model=schemas.SubscriptionOut, responses=_AUTH)
def resume(request: Request, who: Who, sub_id: str) -> dict[str, Any]:
    state = _state(request)
    return state.subscriptions.resume(_own(state, who, sub_id).id).public_dict()


@router.post("/{sub_id}/test", response_model=schemas.TestResult, responses=_AUTH)
def test(request: Request, who: Who, sub_id: str) -> dict[str, Any]:
    """Send a sample alert through the subscription's channel now; recorded in its history."""
    state = _state(request)
    return send_test(state, _own(state, who, sub_id))


@router.delete("/{sub_id}", response_model=schemas.SubscriptionOut, responses=_AUTH)
def remove(request: Request, who: Who, sub_id: str) -> dict[str, Any]:
    """Remove the subscription and its tokens; answers with what was removed."""
    state = _state(request)
    sub = state.subscriptions.remove(_own(state, who, sub_id).id)
    state.tokens.revoke(sub.id)
    return sub.public_dict()


@router.get("/{sub_id}/deliveries", response_model=schemas.DeliveryList, responses=_AUTH)
def deliveries(request: Request, who: Who, sub_id: str) -> dict[str, Any]:
    """The newest deliveries: delivered, retrying, dead (dead-lettered), skipped, tests."""
    state = _state(request)
    sub = _own(state, who, sub_id)
    return {"items": [_delivery(row) for row in state.deliveries.history(sub.id, limit=50)]}


def _delivery(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in schemas.DeliveryOut.model_fields}
    for key in ("created_at", "updated_at", "delivered_at"):
        value = row.get(key)
        if isinstance(value, datetime):
            out[key] = (value.replace(tzinfo=UTC) if value.tzinfo is None else value).isoformat()
    return out
