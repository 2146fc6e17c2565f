"""Storage of the pipeline stage: its ``pl_*`` tables (``tables``) and the one class that
reads and writes them (``store.PipelineStore``), and the web layer's read-only queries
(``queries.PipelineQueries``). The schema is migrated by ``pipeline/migrations``, its own
Alembic branch.
"""

from pipeline.store.store import PipelineStore
from pipeline.store.tables import METADATA

__all__ = ["METADATA", "PipelineStore"]
