"""Trigger and cue lexicons compiled for matching on normalised tokens.

The lists themselves are data meant to be read and extended by people who know the language:
``pipeline.rules.triggers`` (event words) and ``pipeline.rules.cues`` (words that govern them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from language.normalize import normalize
from language.sieve import alternation
from language.tokens import Proclitics
from pipeline.rules.cues import CUES, NOT_CUE_WORDS
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
_LIKE = ("ك", "وك")


@lru_cache(maxsize=65536)
def forms(token: str) -> tuple[str, ...]:
    """A token and the stems left by stripping each proclitic chain it may start with."""
    out = (token, *_PROCLITICS.stems(token))
    if token.startswith(_LIKE) and len(token) <= 4:
        # "ك" ("like") before a word of two letters is none: "كلم" (km) is no "لم", "كلا"
        # (both) no "لا", "كان" no "ان", "كما" no "ما".
        out = tuple(f for f in out if len(f) > 2 or not token.endswith(f) or f == token)
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


# Hits made before: a hit is immutable, and looking one up costs a tenth of making a frozen
# dataclass (the same phrases open the same places of sentence after sentence).
_hit = lru_cache(maxsize=100_000)(Hit)


_Entry = tuple[str, tuple[str, ...], str]  # label, normalised pattern, phrase as written
# A longer phrase: (label, phrase, later words as (stem, is a "*" word)).
_Multi = tuple[str, str, tuple[tuple[str, bool], ...]]
# The phrases a token can start: one-word ones (label, phrase); longer ones whose second
# word is a whole word, by that word; and longer ones whose second word is a "*" stem.
_Starting = tuple[tuple[tuple[str, str], ...], dict[str, tuple[_Multi, ...]],
                  tuple[_Multi, ...]]


_FOUND_CACHE = 2048  # sentences whose hits a lexicon remembers (many articles' worth)

_NOTHING: _Starting = ((), {}, ())  # what most words start: no phrase (one shared value)


class Lexicon:
    """Phrase lists compiled for matching: ``find(tokens)`` returns every hit."""

    def __init__(self, lists: Mapping[str, Iterable[str]],
                 not_words: frozenset[str] = frozenset()) -> None:
        # Tokens that start no phrase whatever their stems (NOT_CUE_WORDS).
        self._not_words = not_words
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
        # Every beginning of a "*" stem: a token's prefixes are looked up only while some
        # stem still begins like them (most words leave after a letter or two).
        self._stem_starts = frozenset(k[:n] for k in self._prefix for n in range(1, len(k) + 1))
        self._cache: dict[tuple[str, ...], _Starting] = {}
        self._by_token: dict[str, _Starting] = {}
        self._starts_nothing: set[str] = set()  # the tokens of ``_by_token`` that start none
        self._found: dict[tuple[str, ...], tuple[Hit, ...]] = {}

    def _starting(self, candidates: tuple[str, ...]) -> set[_Entry]:
        entries: set[_Entry] = set()
        for f in candidates:
            entries.update(self._exact.get(f, ()))
            for k in range(1, len(f) + 1):
                start = f[:k]
                if start not in self._stem_starts:
                    break
                entries.update(self._prefix.get(start, ()))
        return entries

    def _starting_cached(self, candidates: tuple[str, ...]) -> _Starting:
        # Words recur from article to article: remember which phrases each one can start,
        # split into one-word phrases (a hit already) and the rest (their later words to
        # check, each as its stem and whether it is a "*" word).
        found = self._cache.get(candidates)
        if found is None:
            single: list[tuple[str, str]] = []
            by_second: dict[str, list[_Multi]] = {}
            prefixed: list[_Multi] = []
            for label, pattern, phrase in sorted(self._starting(candidates)):
                if len(pattern) == 1:
                    single.append((label, phrase))
                    continue
                tail = tuple((w.rstrip("*"), w.endswith("*")) for w in pattern[1:])
                if tail[0][1]:
                    prefixed.append((label, phrase, tail))
                else:
                    by_second.setdefault(tail[0][0], []).append((label, phrase, tail))
            found = (tuple(single), {w: tuple(m) for w, m in by_second.items()},
                     tuple(prefixed)) if single or by_second or prefixed else _NOTHING
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[candidates] = found
        return found

    def _starts_any(self, candidates: tuple[str, ...]) -> bool:
        """Whether one of the forms can start a phrase (``_starting`` finds some): the
        same look-ups, with nothing built. Most new words start none."""
        exact, starts, prefix = self._exact, self._stem_starts, self._prefix
        for f in candidates:
            if f in exact:
                return True
            for k in range(1, len(f) + 1):
                start = f[:k]
                if start not in starts:
                    break
                if start in prefix:
                    return True
        return False

    def _starting_token(self, token: str) -> _Starting:
        candidates = forms(token)
        found = self._starting_cached(candidates) if self._starts_any(candidates) \
            and self._not_words.isdisjoint(candidates) else _NOTHING
        if len(self._by_token) > 200_000:
            self._by_token.clear()
            self._starts_nothing.clear()
        self._by_token[token] = found
        if found is _NOTHING:
            self._starts_nothing.add(token)
        return found

    def find(self, tokens: list[str]) -> list[Hit]:
        # Several stages search one article's sentences with the same list (classify,
        # veto, scenes, breach): a third of the searches of a new article repeat one, so
        # the recent sentences' hits are remembered.
        key = tuple(tokens)
        found = self._found.get(key)
        if found is None:
            found = tuple(self._find(tokens))
            if len(self._found) >= _FOUND_CACHE:
                del self._found[next(iter(self._found))]
            self._found[key] = found
        return list(found)

    def _find(self, tokens: list[str]) -> list[Hit]:
        # Most tokens start no phrase, and in many sentences none does: a set difference
        # (in C) finds the tokens worth a look, or that there are none. A token's forms
        # are looked up only when a longer phrase has later words to check.
        by_token = self._by_token
        n = len(tokens)
        hits: list[Hit] = []
        worth = set(tokens).difference(self._starts_nothing)
        if not worth:
            return hits
        for i, token in enumerate(tokens):
            if token not in worth:
                continue
            found = by_token.get(token)
            single, by_second, prefixed = found if found is not None else \
                self._starting_token(token)
            for label, phrase in single:
                hits.append(_hit(label, phrase, i, i + 1))
            if i + 1 == n or not (by_second or prefixed):
                continue
            # A longer phrase is tried only where the next token can be its second word.
            multi = [m for f in forms(tokens[i + 1]) for m in by_second.get(f, ())] \
                if by_second else []
            for label, phrase, tail in (*multi, *prefixed):
                if i + len(tail) < n and _tail_matches(tail, tokens, i + 1):
                    hits.append(_hit(label, phrase, i, i + 1 + len(tail)))
        hits.sort(key=lambda h: (h.start, h.end, h.label, h.phrase))
        return hits


def _tail_matches(tail: tuple[tuple[str, bool], ...], tokens: list[str], at: int) -> bool:
    """Whether the later words of a phrase match the tokens from ``at`` on (a plain loop:
    this runs for every candidate phrase of every token)."""
    for k, (word, prefix) in enumerate(tail):
        token = forms(tokens[at + k])
        if prefix:
            for f in token:
                if f.startswith(word):
                    break
            else:
                return False
        elif word not in token:
            return False
    return True


def event_type_of(sub_event_type: str) -> str:
    return EVENT_TYPES[sub_event_type]


@lru_cache(maxsize=1)
def lexicon() -> tuple[Lexicon, Lexicon]:
    """The compiled (triggers, cues) lexicons; territory words are their own label."""
    triggers = dict(TRIGGERS)
    triggers["territory"] = TERRITORY
    return Lexicon(triggers), Lexicon(CUES, NOT_CUE_WORDS)
