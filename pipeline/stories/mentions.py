"""The places an article names, scanned once for both the extractor and the story report.

The extractor resolves the primary event's place over ``title + text`` and the story
report lists every place the same text names; both start with the same scan of the
gazetteer over the words, the costliest step after extraction itself. A resolver that
remembers its last few scans, handed to both, does it once. Same results, by construction:
only the scan is remembered, keyed by the exact text, and callers never change its list.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from pipeline.events.places import PlaceResolver

# Texts remembered: an article's scans follow each other (extractor, then report).
_REMEMBERED = 8


def whole_text(title: str, text: str) -> str:
    """The text both scan: as the extractor joins title and body."""
    return f"{title}\n\n{text}"


class RememberingPlaceResolver(PlaceResolver):
    """A ``PlaceResolver`` that scans each of the last few texts once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._scans: OrderedDict[str, list[Any]] = OrderedDict()

    def _scan(self, text: str) -> list[Any]:
        found = self._scans.get(text)
        if found is None:
            found = super()._scan(text)
            self._scans[text] = found
            if len(self._scans) > _REMEMBERED:
                self._scans.popitem(last=False)
        else:
            self._scans.move_to_end(text)
        return list(found)
