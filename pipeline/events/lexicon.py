"""Trigger and cue lexicons compiled for matching on normalised tokens.

The lists themselves are data meant to be read and extended by people who know the language:
``pipeline.rules.triggers`` (event words) and ``pipeline.rules.cues`` (words that govern them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from language.normalize import normalize
from language.tokens import Proclitics
from pipeline.rules.cues import CUES
from pipeline.rules.triggers import EVENT_TYPES, GENERIC, SPECIFICITY, TERRITORY, TRIGGERS

__all__ = [
    "CUES",
    "EVENT_TYPES",
    "GENERIC",
    "SPECIFICITY",
    "TERRITORY",
    "TRIGGERS",
    "Hit",
    "Lexicon",
    "alternation",
    "event_type_of",
    "lexicon",
]

_PROCLITICS = Proclitics(min_stem=2)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` as written: "مشفى|نحو|المنتشرة\\ في"."""
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=65536)
def forms(token: str) -> tuple[str, ...]:
    """A token and the stems left by stripping each proclitic chain it may start with."""
    out = (token, *_PROCLITICS.stems(token))
    if token.startswith("لل") and len(token) > 4:
        return (*out, "ال" + token[2:])  # للاتفاق = ل + الاتفاق
    return out


@dataclass(frozen=True)
class Hit:
    """One phrase of a list found in a token sequence."""

    label: str  # sub-event type or cue name
    phrase: str
    start: int  # token index of the first word
    end: int  # token index after the last word


def _word_matches(pattern: str, token_forms: tuple[str, ...]) -> bool:
    if pattern.endswith("*"):
        stem = pattern[:-1]
        return any(f.startswith(stem) for f in token_forms)
    return pattern in token_forms


_Entry = tuple[str, tuple[str, ...], str]  # label, normalised pattern, phrase as written


class Lexicon:
    """Phrase lists compiled for matching: ``find(tokens)`` returns every hit."""

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        # First words indexed two ways: whole words, and stems of "*" words (looked up by
        # every prefix of a token's forms), so a token only meets phrases it can start.
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        for label, phrases in lists.items():
            for phrase in phrases:
                pattern = tuple(normalize(w) if not w.endswith("*") else normalize(w[:-1]) + "*"
                                for w in phrase.split())
                head = pattern[0]
                index = self._prefix if head.endswith("*") else self._exact
                index.setdefault(head.rstrip("*"), []).append((label, pattern, phrase))
        self._longest = max((len(k) for k in self._prefix), default=0)
        self._cache: dict[tuple[str, ...], tuple[_Entry, ...]] = {}

    def _starting(self, candidates: tuple[str, ...]) -> set[_Entry]:
        entries: set[_Entry] = set()
        for f in candidates:
            entries.update(self._exact.get(f, ()))
            for k in range(1, min(len(f), self._longest) + 1):
                entries.update(self._prefix.get(f[:k], ()))
        return entries

    def _starting_cached(self, candidates: tuple[str, ...]) -> tuple[_Entry, ...]:
        # Words recur from article to article: remember which phrases each one can start.
        found = self._cache.get(candidates)
        if found is None:
            found = tuple(sorted(self._starting(candidates)))
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[candidates] = found
        return found

    def find(self, tokens: list[str]) -> list[Hit]:
        token_forms = [forms(t) for t in tokens]
        hits: list[Hit] = []
        for i, candidates in enumerate(token_forms):
            for label, pattern, phrase in self._starting_cached(candidates):
                if self._matches_at(pattern, token_forms, i):
                    hits.append(Hit(label, phrase, i, i + len(pattern)))
        hits.sort(key=lambda h: (h.start, h.end, h.label, h.phrase))
        return hits

    @staticmethod
    def _matches_at(pattern: tuple[str, ...], token_forms: list[tuple[str, ...]], i: int) -> bool:
        if i + len(pattern) > len(token_forms):
            return False
        return all(_word_matches(p, token_forms[i + k]) for k, p in enumerate(pattern[1:], 1))


def event_type_of(sub_event_type: str) -> str:
    return EVENT_TYPES[sub_event_type]


@lru_cache(maxsize=1)
def lexicon() -> tuple[Lexicon, Lexicon]:
    """The compiled (triggers, cues) lexicons; territory words are their own label."""
    triggers = dict(TRIGGERS)
    triggers["territory"] = TERRITORY
    return Lexicon(triggers), Lexicon(CUES)
