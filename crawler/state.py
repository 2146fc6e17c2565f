"""Tables of this stage (filled in by the stage's implementation)."""

from __future__ import annotations

from sqlalchemy import MetaData

METADATA = MetaData()
