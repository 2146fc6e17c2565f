"""The text side of duplicate detection: normalised words, text and paragraph hashes,
and the boilerplate an outlet repeats (footers, "read also" links, a standard
background paragraph), which must not make its unrelated reports look alike.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from language.sieve import sieved
from language.tokens import plain_words
from pipeline.stories.dedup_tables import Array, SlotTable, hash64

MIN_WORDS = 5  # shorter lines are captions, bylines and scraps
# A paragraph seen in this many earlier articles of one source is that source's template.
BOILERPLATE_REPEATS = 2
_BOILERPLATE = re.compile(
    r"^\s*(اقرأ|اقرا|إقرأ)\s+(أيضا|أيضاً|ايضا|المزيد)|تابعونا|تابعوا|جميع الحقوق|"
    r"©|للاشتراك في|اشتركوا في|انضموا|شارك(وا)? (الخبر|المقال)|حقوق النشر|"
    r"^\s*(المصدر|مصدر الصورة|الصورة)\s*:|read more|follow us|all rights reserved",
    re.IGNORECASE,
)
# ``_BOILERPLATE.search`` as ``_template_line`` answers it, three times faster (it runs on
# every paragraph of every article): the anchored leads, the Arabic phrases as substrings,
# and the English ones (case-blind matching is the costly part) only in a text with a
# letter they start with (r, f or a, which no other character matches case-blind).
_LEADS = sieved(
    r"\s*(اقرأ|اقرا|إقرأ)\s+(أيضا|أيضاً|ايضا|المزيد)|\s*(المصدر|مصدر الصورة|الصورة)\s*:"
)
_PHRASES = ("تابعونا", "تابعوا", "جميع الحقوق", "©", "للاشتراك في", "اشتركوا في", "انضموا",
            "شارك الخبر", "شارك المقال", "شاركوا الخبر", "شاركوا المقال", "حقوق النشر")  # fmt: skip
_LATIN_START = re.compile("[afrAFR]")
_LATIN = re.compile("read more|follow us|all rights reserved", re.IGNORECASE)


def _template_line(text: str) -> bool:
    """``bool(_BOILERPLATE.search(text))`` (a test keeps them equal)."""
    return (
        _LEADS.match(text) is not None
        or any(map(text.__contains__, _PHRASES))
        or (_LATIN_START.search(text) is not None and _LATIN.search(text) is not None)
    )


def words(text: str) -> list[str]:
    """Normalised words, punctuation dropped."""
    return plain_words(text)


def text_hash(text: str) -> str:
    """Hash of the body's normalised words: the same article re-encoded, re-spaced or
    re-headlined by a syndicating outlet hashes alike."""
    return text_digest(split(text))


def text_digest(paras: list[Paragraph]) -> str:
    joined = " ".join([w for p in paras for w in p.words])
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph with its normalised words, computed once."""

    text: str
    words: tuple[str, ...]

    @cached_property
    def digest(self) -> str:
        # Asked for by the boilerplate counts and the fingerprint, inside the decisions
        # lock: worked out once (``text_parts`` does it before the lock).
        return _digest(self.words)


def _digest(tokens: Iterable[str]) -> str:
    return hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()[:16]


def split(text: str) -> list[Paragraph]:
    return [Paragraph(p, tuple(words(p))) for p in paragraphs(text)]


def paragraph_hash(paragraph: str) -> str:
    return _digest(words(paragraph))


def is_boilerplate_line(paragraph: str) -> bool:
    """Footer, share and "read also" lines, and scraps too short to be reporting."""
    return _template_line(paragraph) or len(words(paragraph)) < MIN_WORDS


def substantive(paragraph: Paragraph) -> bool:
    """Worth comparing and counting: long enough, and no footer or share line."""
    return len(paragraph.words) >= MIN_WORDS and not _template_line(paragraph.text)


class Boilerplate:
    """Paragraphs that recur across articles of one source within the window.

    There are no counters to keep in step: each indexed article's paragraphs sit in a
    ``SlotTable`` under (source, paragraph), and a count is the number of live articles
    there, so pruning an article forgets its paragraphs. ``prime`` counts come on top.
    """

    def __init__(self, alive: Callable[[Array], Array], repeats: int = BOILERPLATE_REPEATS) -> None:
        self.repeats = repeats
        self.table = SlotTable(np.uint64)
        self.primed: Counter[int] = Counter()
        self._alive = alive

    def observe(self, source: str, hashes: Iterable[str]) -> None:
        """Count paragraphs as seen without an article to hold them (a known batch)."""
        self.primed.update(_para_keys(source, set(hashes)))

    def add(self, source: str, hashes: Iterable[str], slot: int) -> None:
        self.table.add(_para_keys(source, set(hashes)), slot)

    def counts(self, source: str, digests: list[str]) -> list[int]:
        keys = _para_keys(source, digests)
        slots, owner = self.table.find_owned(keys)
        alive: list[int] = np.bincount(owner[self._alive(slots)], minlength=len(keys)).tolist()
        primed = self.primed
        if not primed:
            return alive
        return [primed[k] + n for k, n in zip(keys, alive, strict=True)]

    def strip(self, source: str, text: str) -> list[str]:
        """The paragraphs of ``text`` that are reporting, not template."""
        return [p.text for p in self.keep(source, split(text))]

    def keep(self, source: str, paras: list[Paragraph]) -> list[Paragraph]:
        return self.keep_reporting(source, [p for p in paras if substantive(p)])

    def keep_reporting(self, source: str, wanted: list[Paragraph]) -> list[Paragraph]:
        """``keep`` for paragraphs already known to be substantive."""
        counts = self.counts(source, [p.digest for p in wanted])
        return [p for p, n in zip(wanted, counts, strict=True) if n < self.repeats]


def _para_keys(source: str, digests: Iterable[str]) -> list[int]:
    salt = hash64(source)
    return [int(d, 16) ^ salt for d in digests]
