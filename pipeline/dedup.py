"""Duplicate detection: exact (canonical URL, normalised-text hash) and near (MinHash LSH).

Outlets pad articles with boilerplate (footers, "اقرأ أيضاً" links, a standard background
paragraph) that would make unrelated reports of one outlet look alike, so paragraphs that
match a boilerplate pattern or recur across articles of the same source are stripped
before shingling. The index is a rolling window (``retention_days``) and, given a
persistence object, writes every entry through so it survives restarts.

Deciding that two *different* reports are one incident needs more than words; that is
:mod:`pipeline.stories`, which uses this index to find candidates.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from pipeline.normalize import tokens
from pipeline.settings import PipelineSettings

NUM_PERM = 64
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SCHEME = "affine32"  # datasketch's hashing scheme; stored with each signature
SHINGLE = 3
MIN_WORDS = 5  # shorter lines are captions, bylines and scraps
# A paragraph seen in this many earlier articles of one source is that source's template.
BOILERPLATE_REPEATS = 2
_BOILERPLATE = re.compile(
    r"^\s*(اقرأ|اقرا|إقرأ)\s+(أيضا|أيضاً|ايضا|المزيد)|تابعونا|تابعوا|جميع الحقوق|"
    r"©|للاشتراك في|اشتركوا في|انضموا|شارك(وا)? (الخبر|المقال)|حقوق النشر|"
    r"^\s*(المصدر|مصدر الصورة|الصورة)\s*:|read more|follow us|all rights reserved",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """Normalised words, punctuation dropped."""
    return [t for t in tokens(text) if any(c.isalnum() for c in t)]


def text_hash(text: str) -> str:
    """Hash of the body's normalised words: the same article re-encoded, re-spaced or
    re-headlined by a syndicating outlet hashes alike."""
    return _text_digest(split(text))


def _text_digest(paras: list[Paragraph]) -> str:
    return hashlib.sha256(" ".join(w for p in paras for w in p.words).encode("utf-8")).hexdigest()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph with its normalised words, computed once."""

    text: str
    words: tuple[str, ...]

    @property
    def digest(self) -> str:
        return _digest(self.words)


def _digest(tokens: Iterable[str]) -> str:
    return hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()[:16]


def split(text: str) -> list[Paragraph]:
    return [Paragraph(p, tuple(words(p))) for p in paragraphs(text)]


def paragraph_hash(paragraph: str) -> str:
    return _digest(words(paragraph))


def is_boilerplate_line(paragraph: str) -> bool:
    """Footer, share and "read also" lines, and scraps too short to be reporting."""
    return bool(_BOILERPLATE.search(paragraph)) or len(words(paragraph)) < MIN_WORDS


@dataclass
class Boilerplate:
    """Paragraphs that recur across articles of one source within the window."""

    repeats: int = BOILERPLATE_REPEATS
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def observe(self, source: str, hashes: Iterable[str]) -> None:
        self.counts[source].update(set(hashes))

    def forget(self, source: str, hashes: Iterable[str]) -> None:
        counter = self.counts[source]
        for h in set(hashes):
            counter[h] -= 1
            if counter[h] <= 0:
                del counter[h]

    def strip(self, source: str, text: str) -> list[str]:
        """The paragraphs of ``text`` that are reporting, not template."""
        return [p.text for p in self.keep(source, split(text))]

    def keep(self, source: str, paras: list[Paragraph]) -> list[Paragraph]:
        counter = self.counts.get(source, Counter())
        return [
            p
            for p in paras
            if len(p.words) >= MIN_WORDS
            and not _BOILERPLATE.search(p.text)
            and counter[p.digest] < self.repeats
        ]


@dataclass(frozen=True)
class Fingerprint:
    """What the index knows of one article's text."""

    text_hash: str
    minhash: LeanMinHash  # lean: no permutation arrays kept per article
    para_hashes: tuple[str, ...]


@dataclass
class IndexEntry:
    """One article in the rolling window; ``report`` and ``buckets`` belong to stories."""

    article_id: str
    story_id: str
    source: str
    seen_at: datetime
    minhash: LeanMinHash
    para_hashes: tuple[str, ...] = ()
    report: dict[str, Any] = field(default_factory=dict)
    buckets: tuple[str, ...] = ()
    text_hash: str = ""

    def to_row(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "story_id": self.story_id,
            "source": self.source,
            "seen_at": self.seen_at,
            "signature": self.minhash.hashvalues.astype(np.uint64).tobytes().hex(),
            "data": {
                "para_hashes": list(self.para_hashes),
                "report": self.report,
                "buckets": list(self.buckets),
                "text_hash": self.text_hash,
                "scheme": self.minhash.scheme,
            },
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> IndexEntry:
        values = np.frombuffer(bytes.fromhex(row["signature"]), dtype=np.uint64)
        data = row["data"]
        return cls(
            article_id=row["article_id"],
            story_id=row["story_id"],
            source=row["source"],
            seen_at=row["seen_at"],
            minhash=LeanMinHash(
                seed=1, hashvalues=values.copy(), scheme=data.get("scheme", SCHEME)
            ),
            para_hashes=tuple(data.get("para_hashes", ())),
            report=dict(data.get("report", {})),
            buckets=tuple(data.get("buckets", ())),
            text_hash=data.get("text_hash", ""),
        )


class IndexPersistence(Protocol):
    """Where entries are written through (``PipelineStore`` implements it)."""

    def save_index_entry(self, row: dict[str, Any]) -> None: ...

    def delete_index_entries(self, article_ids: Iterable[str]) -> None: ...

    def load_index_entries(self, since: datetime) -> list[dict[str, Any]]: ...


class StoryIndex:
    """MinHash LSH over boilerplate-free shingles, plus lookups by bucket (e.g. event date)."""

    def __init__(
        self,
        threshold: float = 0.5,
        retention: timedelta = timedelta(days=30),
        *,
        num_perm: int = NUM_PERM,
        persistence: IndexPersistence | None = None,
    ) -> None:
        self.threshold = threshold
        self.retention = retention
        self.num_perm = num_perm
        self.persistence = persistence
        self.boilerplate = Boilerplate()
        self.entries: dict[str, IndexEntry] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._buckets: dict[str, set[str]] = defaultdict(set)
        self._hashes: dict[str, str] = {}  # text hash -> article id
        self._order: deque[tuple[datetime, str]] = deque()  # (seen_at, id), oldest first
        self.latest: datetime | None = None  # newest seen_at: where the window ends

    @classmethod
    def from_settings(
        cls, settings: PipelineSettings, persistence: IndexPersistence | None = None
    ) -> StoryIndex:
        return cls(
            settings.dedup_threshold,
            timedelta(days=settings.retention_days),
            persistence=persistence,
        )

    def load(self, now: datetime | None = None) -> int:
        """Refill the window from persistence after a restart; returns entries loaded.

        Without ``now`` everything persisted is loaded (pruning keeps it within one window
        of the newest article), then pruned against the newest article.
        """
        if self.persistence is None:
            return 0
        since = now - self.retention if now else EPOCH
        rows = self.persistence.load_index_entries(since)
        for row in rows:
            self._insert(IndexEntry.from_row(row))
        self.prune(now)
        return len(self.entries)

    def prime(self, source: str, text: str) -> None:
        """Count a text's paragraphs as seen (a batch known in advance), without indexing it."""
        self.boilerplate.observe(source, [paragraph_hash(p) for p in paragraphs(text)])

    def fingerprint(self, source: str, title: str, text: str) -> Fingerprint:
        paras = split(text)
        kept = self.boilerplate.keep(source, paras)
        tokens = words(title) + [w for p in kept for w in p.words]
        shingles = {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
        digest = _text_digest(paras)
        # Nothing left to compare (a caption, all boilerplate): only the same text matches.
        shingles = shingles or {digest}
        minhash = MinHash(num_perm=self.num_perm, scheme=SCHEME)
        minhash.update_batch([s.encode("utf-8") for s in shingles])
        return Fingerprint(digest, LeanMinHash(minhash), tuple(p.digest for p in paras))

    def exact(self, fingerprint: Fingerprint) -> IndexEntry | None:
        found = self._hashes.get(fingerprint.text_hash)
        return self.entries.get(found) if found else None

    def similar(self, fingerprint: Fingerprint) -> list[IndexEntry]:
        """Entries whose text is a near duplicate (estimated Jaccard above the threshold)."""
        return [self.entries[key] for key in self._lsh.query(fingerprint.minhash)]

    def in_buckets(self, buckets: Iterable[str]) -> list[IndexEntry]:
        ids = set().union(*(self._buckets.get(b, set()) for b in buckets))
        return [self.entries[i] for i in sorted(ids)]

    def add(self, entry: IndexEntry) -> None:
        """Insert (or replace, for an updated article) and write through."""
        if entry.article_id in self.entries:
            self._remove(entry.article_id)
        self._insert(entry)
        if self.persistence is not None:
            self.persistence.save_index_entry(entry.to_row())

    def prune(self, now: datetime | None = None) -> int:
        """Forget entries older than the retention window; returns how many.

        The window ends at ``now`` or, by default, at the newest article seen: replaying
        last year's articles keeps them together, and memory stays bounded either way.
        """
        end = now or self.latest
        if end is None:
            return 0
        cutoff = end - self.retention
        gone: list[str] = []
        while self._order and self._order[0][0] < cutoff:
            seen_at, key = self._order.popleft()
            entry = self.entries.get(key)
            # A replaced entry left a stale position behind; only its newest one counts.
            if entry is not None and entry.seen_at == seen_at:
                self._remove(key)
                gone.append(key)
        if gone and self.persistence is not None:
            self.persistence.delete_index_entries(gone)
        return len(gone)

    def __len__(self) -> int:
        return len(self.entries)

    def _insert(self, entry: IndexEntry) -> None:
        self.entries[entry.article_id] = entry
        self._lsh.insert(entry.article_id, entry.minhash)
        for bucket in entry.buckets:
            self._buckets[bucket].add(entry.article_id)
        self.boilerplate.observe(entry.source, entry.para_hashes)
        if entry.text_hash:
            self._hashes[entry.text_hash] = entry.article_id
        self._order.append((entry.seen_at, entry.article_id))
        self.latest = max(self.latest or entry.seen_at, entry.seen_at)

    def _remove(self, key: str) -> None:
        entry = self.entries.pop(key)
        self._lsh.remove(key)
        for bucket in entry.buckets:
            self._buckets[bucket].discard(key)
            if not self._buckets[bucket]:
                del self._buckets[bucket]
        self.boilerplate.forget(entry.source, entry.para_hashes)
        if self._hashes.get(entry.text_hash) == key:
            del self._hashes[entry.text_hash]
