"""Settings of the pipeline stage: the ``[pipeline]`` section of the configuration file."""

from __future__ import annotations

from dataclasses import dataclass, field


def _doc(text: str) -> dict[str, object]:
    return {"doc": text, "secret": False}


@dataclass(frozen=True)
class PipelineSettings:
    """How articles become events."""

    story_window_hours: int = field(
        default=72,
        metadata=_doc("Articles further apart than this never join one story, in hours."),
    )
    dedup_threshold: float = field(
        default=0.5, metadata=_doc("MinHash Jaccard estimate above which two texts are one story.")
    )
    retention_days: int = field(
        default=30, metadata=_doc("Days the dedup index remembers an article (rolling window).")
    )
    min_confidence: float = field(
        default=0.3, metadata=_doc("Events less certain than this are dropped.")
    )
    camel_data: str = field(
        default="",
        metadata=_doc(
            "Directory of installed camel-tools data; empty uses CAMELTOOLS_DATA or the "
            "light prefix rules when no morphology database is installed."
        ),
    )

    def validate(self) -> list[str]:
        problems = []
        if not 0 < self.dedup_threshold <= 1:
            problems.append("pipeline.dedup_threshold: must be in (0, 1]")
        if self.story_window_hours < 1:
            problems.append("pipeline.story_window_hours: must be at least 1")
        if not 0 <= self.min_confidence <= 1:
            problems.append("pipeline.min_confidence: must be in [0, 1]")
        return problems
