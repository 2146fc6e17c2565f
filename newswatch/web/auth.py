"""Who is calling: the admin (token from the configuration) or one subscriber.

Subscriber tokens are made when the API creates a subscription, shown once, and kept only
as SHA-256 hashes in ``web_tokens``.  A token is compared by its hash, so the lookup
is an index hit and the admin comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, Engine, MetaData, String, Table, delete, insert, select

from crawler.utc import UtcDateTime
from newswatch.web.errors import ApiError, unauthorized

METADATA = MetaData()

tokens_table = Table(
    "web_tokens",
    METADATA,
    Column("token_hash", String(64), primary_key=True),
    Column("subscription_id", String(40), nullable=False, index=True),
    Column("created_at", UtcDateTime(), nullable=False),
)

TOKEN_PREFIX = "nws_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Caller:
    """An authenticated caller: the admin, or the holder of one subscription's token."""

    admin: bool
    subscription_id: str | None = None

    def may_see(self, subscription_id: str) -> bool:
        return self.admin or self.subscription_id == subscription_id


class TokenStore:
    """Issues and checks bearer tokens."""

    def __init__(self, engine: Engine, admin_token: str) -> None:
        self.engine = engine
        self._admin_hash = _hash(admin_token) if admin_token else ""

    def issue(self, subscription_id: str) -> str:
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(
                insert(tokens_table).values(
                    token_hash=_hash(token), subscription_id=subscription_id,
                    created_at=datetime.now(UTC),
                )
            )
        return token

    def revoke(self, subscription_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                delete(tokens_table).where(tokens_table.c.subscription_id == subscription_id)
            )

    def identify(self, token: str | None) -> Caller:
        """The caller behind ``token``; raises 401 for none or an unknown one."""
        if not token:
            raise unauthorized()
        digest = _hash(token)
        if self._admin_hash and hmac.compare_digest(digest, self._admin_hash):
            return Caller(admin=True)
        if not token.startswith(TOKEN_PREFIX):
            raise unauthorized()
        query = select(tokens_table.c.subscription_id).where(tokens_table.c.token_hash == digest)
        with self.engine.connect() as conn:
            sub_id = conn.execute(query).scalar()
        if sub_id is None:
            raise unauthorized()
        return Caller(admin=False, subscription_id=str(sub_id))


def require_admin(caller: Caller) -> None:
    if not caller.admin:
        raise ApiError(403, "forbidden: this needs the admin token")
