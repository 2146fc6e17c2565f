"""The text the story report scans for places, joined as the extractor joins it.

The extractor resolves the primary event's place over ``title + text`` and the story
report lists every place the same text names; ``PlaceResolver`` remembers its recent scans,
so when both use one resolver (``Pipeline.from_settings``) and join title and text the same
way, the gazetteer is scanned over an article once, not twice.
"""

from __future__ import annotations


def whole_text(title: str, text: str) -> str:
    """The text both scan: as the extractor joins title and body."""
    return f"{title}\n\n{text}"
