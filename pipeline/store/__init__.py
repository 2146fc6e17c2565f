"""Storage of the pipeline stage: its ``pl_*`` tables (``tables``) and the one class that
reads and writes them (``store.PipelineStore``); the web layer's read-only queries use the
tables. The schema is migrated by ``newswatch/migrations``.
"""

from pipeline.store.store import PipelineStore
from pipeline.store.tables import METADATA

__all__ = ["METADATA", "PipelineStore"]
