"""Actors: which parties of the war a text names, as canonical names.

The names and their aliases are data, in ``pipeline.rules.actors``; matching uses the same
normalised-token rules as the trigger lexicon (clitics stripped, ``*`` for inflection).
"""

from __future__ import annotations

from functools import lru_cache

from language.tokens import tokens
from pipeline.events.lexicon import Lexicon
from pipeline.rules.actors import ACTORS

__all__ = ["find_actors"]


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon(ACTORS)


def find_actors(text: str) -> list[str]:
    """Canonical names of the actors a text mentions, in order of first mention.

    Where one mention is part of a longer one ("الجيش الوطني السوري" in which "الجيش
    السوري" is not), the longest match at a position wins.
    """
    hits = sorted(_lexicon().find(tokens(text)), key=lambda h: (h.start, -(h.end - h.start)))
    seen: list[str] = []
    covered_until = -1
    for hit in hits:
        if hit.start < covered_until:
            continue
        covered_until = hit.end
        if hit.label not in seen:
            seen.append(hit.label)
    return seen
