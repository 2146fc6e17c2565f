"""Duplicate detection: exact (canonical URL, normalised-text hash) and near (MinHash LSH).

Outlets pad articles with boilerplate (footers, "اقرأ أيضاً" links, a standard background
paragraph) that would make unrelated reports of one outlet look alike, so paragraphs that
match a boilerplate pattern or recur across articles of the same source are stripped
before shingling. The index is a rolling window (``retention_days``) and, given a
persistence object, writes every entry through so it survives restarts (``load``
rebuilds the window from the database).

Memory: the index must hold a month of news (a million articles) in a few hundred MB,
so it keeps no object per article. Each article gets a *slot*, a row in numpy columns
(:mod:`pipeline.stories.dedup_tables`): id, story, source, time, the packed story report, and its
signature. Signatures are datasketch ``MinHash`` values cut to their low 16 bits
(b-bit minwise hashing): two different values still agree only once in 65,536, so
Jaccard estimates move by less than 0.0001, at a quarter of the memory. LSH uses the
bands datasketch's ``MinHashLSH`` would choose for the threshold; band keys go into one
sorted key->slot array (``np.searchsorted``) with a small dict buffer merged in
batches, and a candidate must match a whole band of the stored signature, exactly as in
``MinHashLSH``. Article ids, text hashes, day buckets and (source, paragraph) pairs are
found the same way. Pruned or replaced articles are marked dead and reclaimed by a
compaction once a quarter of the slots are dead. ``IndexEntry`` is the value going in
and coming out; entries read back carry what stories compare (not paragraph hashes,
buckets or text hash, which the index keeps only as keys).

Deciding that two *different* reports are one incident needs more than words; that is
:mod:`pipeline.stories.stories`, which uses this index to find candidates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import chain
from operator import methodcaller
from typing import Any, Protocol

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from pipeline.settings import PipelineSettings
from pipeline.stories.dedup_tables import (
    Array,
    Growable,
    Interner,
    Reports,
    ShortStrings,
    SlotTable,
    hash32,
    hash64,
)
from pipeline.stories.dedup_text import (
    MIN_WORDS,
    Boilerplate,
    Paragraph,
    is_boilerplate_line,
    paragraph_hash,
    paragraphs,
    split,
    substantive,
    text_digest,
    text_hash,
    words,
)

__all__ = [
    "MIN_WORDS", "NUM_PERM", "Boilerplate", "Deferred", "Fingerprint", "IndexEntry",
    "IndexPersistence", "Paragraph", "StoryIndex", "TextParts", "is_boilerplate_line",
    "paragraph_hash", "paragraphs", "signature", "split", "text_hash", "text_parts", "words",
]  # fmt: skip

NUM_PERM = 64
BITS = 0xFFFF  # signature values kept per permutation (b-bit minwise hashing)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SCHEME = "affine32"  # datasketch's hashing scheme; stored with each signature
SHINGLE = 3
BAND_SEED = 20240310  # fixes the band hash; keys are rebuilt on load, never stored


@dataclass(frozen=True)
class TextParts:
    """What an article's text gives the index before any boilerplate is known: paragraphs
    with their words, the text hash, and the signature if no paragraph is template."""

    paras: list[Paragraph]
    title_words: list[str]
    substantive: list[Paragraph]
    digest: str
    signature: LeanMinHash


def text_parts(title: str, text: str, num_perm: int = NUM_PERM) -> TextParts:
    paras = split(text)
    title_words = words(title)
    reporting = [p for p in paras if substantive(p)]
    for paragraph in reporting:
        paragraph.digest  # noqa: B018 (worked out here, before any lock: cached on it)
    digest = text_digest(paras)
    return TextParts(paras, title_words, reporting, digest,
                     _signature_of(title_words, reporting, digest, num_perm))  # fmt: skip


def _signature_of(
    title_words: list[str], kept: list[Paragraph], digest: str, num_perm: int
) -> LeanMinHash:
    # Shingles as bytes made of each word's bytes: the UTF-8 of words joined by a space is
    # their UTF-8 joined by one, and a word is encoded once, not in each of its shingles.
    tokens = list(map(str.encode, chain(title_words, *(p.words for p in kept))))
    # A list, not a set: a shingle met twice gives its minimum twice, the signature is the
    # same, and hashing the rare repeat again costs less than a set of every shingle.
    shingles = list(map(b" ".join, zip(*(tokens[i:] for i in range(SHINGLE)), strict=False)))
    # Nothing left to compare (a caption, all boilerplate): only the same text matches.
    return _minhash(shingles or [digest.encode()], num_perm)


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


class Deferred:
    """Persistence that holds writes for the caller to make in its own transaction."""

    def __init__(self) -> None:
        self.saved: list[dict[str, Any]] = []
        self.deleted: set[str] = set()

    def save_index_entry(self, row: dict[str, Any]) -> None:
        self.saved.append(row)

    def delete_index_entries(self, article_ids: Iterable[str]) -> None:
        self.deleted.update(article_ids)

    def load_index_entries(self, since: datetime) -> list[dict[str, Any]]:
        return []


class StoryIndex:
    """MinHash LSH over boilerplate-free shingles, plus lookups by bucket (e.g. event date).

    Several workers share one index through the database: each keeps this in-memory copy
    and, before it decides, ``absorb``s the entries the others wrote since ``cursor`` (their
    ``pl_dedup.seq``), so every decision sees every earlier one whichever worker made it.
    """

    def __init__(
        self,
        threshold: float = 0.5,
        retention: timedelta = timedelta(days=30),
        *,
        num_perm: int = NUM_PERM,
        persistence: IndexPersistence | None = None,
        compact_after: int = 4096,
    ) -> None:
        self.threshold = threshold
        self.retention = retention
        self.num_perm = num_perm
        self.persistence = persistence
        self.compact_after = compact_after  # dead slots tolerated before compaction
        self.bands, self.rows = _banding(threshold, num_perm)
        weights = np.random.default_rng(BAND_SEED).integers(1, 2**63, (self.bands, self.rows))
        self._weights = weights.astype(np.uint64) * np.uint64(2) + np.uint64(1)  # odd
        self._last_bands: tuple[bytes, list[int]] = (b"", [])
        self.latest: datetime | None = None  # newest seen_at: where the window ends
        self._words = Interner()  # sources and report vocabulary
        self._ids, self._stories = ShortStrings(), ShortStrings()
        self._seen, self._live = Growable(np.int64), Growable(np.bool_)
        self._source = Growable(np.uint32)
        self._sig = Growable(np.uint16, num_perm)
        self._reports = Reports(self._words)
        self._by_id, self._by_band = SlotTable(np.uint32), SlotTable(np.uint32)
        self._by_bucket, self._by_text = SlotTable(np.uint32), SlotTable(np.uint64)
        self.boilerplate = Boilerplate(lambda slots: self._live.data[slots])
        self._head = 0  # slots before it are all dead: where pruning resumes
        self._count = self._dead = 0
        self.cursor = 0  # the highest shared sequence number in this copy (``absorb``)

    @classmethod
    def from_settings(
        cls, settings: PipelineSettings, persistence: IndexPersistence | None = None
    ) -> StoryIndex:
        return cls(
            settings.dedup_threshold,
            timedelta(days=settings.retention_days),
            persistence=persistence,
        )

    @property
    def entries(self) -> Mapping[str, IndexEntry]:
        """The live entries by article id (built on demand, for inspection)."""
        return _Entries(self)

    def load(self, now: datetime | None = None) -> int:
        """Refill the window from persistence after a restart; returns entries loaded.

        Without ``now`` everything persisted is loaded (pruning keeps it within one window
        of the newest article), then pruned against the newest article.
        """
        if self.persistence is None:
            return 0
        since = now - self.retention if now else EPOCH
        for row in self.persistence.load_index_entries(since):
            self._insert(IndexEntry.from_row(row))
            self.cursor = max(self.cursor, row.get("seq") or 0)
        self.prune(now)
        return len(self)

    def absorb(self, rows: Iterable[dict[str, Any]]) -> int:
        """Take in entries other workers wrote (``pl_dedup`` rows in ``seq`` order), without
        writing them back; returns how many."""
        taken = 0
        for row in rows:
            entry = IndexEntry.from_row(row)
            old = self._slot_of(entry.article_id)
            if old is not None:
                self._kill(np.array([old]))
            self._insert(entry)
            self.cursor = max(self.cursor, row.get("seq") or 0)
            taken += 1
        self._maybe_compact()
        return taken

    @contextmanager
    def deferred(self) -> Iterator[Deferred]:
        """Hold the writes made meanwhile (entries added, pruned) for one transaction."""
        held, self.persistence = self.persistence, Deferred()
        try:
            yield self.persistence
        finally:
            self.persistence = held

    def reset(self) -> int:
        """Forget everything and load again (after a batch whose writes were rolled back)."""
        persistence = self.persistence
        self.__init__(  # type: ignore[misc]
            self.threshold, self.retention, num_perm=self.num_perm, persistence=persistence,
            compact_after=self.compact_after,
        )
        return self.load()

    def prime(self, source: str, text: str) -> None:
        """Count a text's paragraphs as seen (a batch known in advance), without indexing it."""
        self.boilerplate.observe(source, [p.digest for p in split(text) if substantive(p)])

    def fingerprint(
        self, source: str, title: str, text: str, parts: TextParts | None = None
    ) -> Fingerprint:
        """``parts``: ``text_parts(title, text)`` when the caller made them already (the
        costly part, which does not depend on the index: made before a worker's lock)."""
        parts = text_parts(title, text, self.num_perm) if parts is None else parts
        kept = self.boilerplate.keep_reporting(source, parts.substantive)
        if len(kept) == len(parts.substantive):  # no template here: the signature made ahead
            lean = parts.signature
        else:
            lean = _signature_of(parts.title_words, kept, parts.digest, self.num_perm)
        # Only paragraphs that could be reporting are worth counting as template.
        return Fingerprint(parts.digest, lean, tuple(p.digest for p in parts.substantive))

    def exact(self, fingerprint: Fingerprint) -> IndexEntry | None:
        slots = self._alive(self._by_text.find([hash64(fingerprint.text_hash)]))
        return self._entry(int(slots.max())) if len(slots) else None

    def similar(self, fingerprint: Fingerprint) -> list[IndexEntry]:
        """Entries sharing a whole LSH band with the fingerprint (as ``MinHashLSH.query``)."""
        sig = self._signature(fingerprint.minhash)
        slots, band = self._by_band.find_owned(self._band_keys(sig))
        live = self._live.data[slots]
        slots, band = slots[live], band[live]
        if not len(slots):
            return []
        width = self.bands * self.rows
        stored = self._sig.data[slots, :width].reshape(len(slots), self.bands, self.rows)
        wanted = sig[:width].reshape(self.bands, self.rows)
        match = (stored[np.arange(len(slots)), band] == wanted[band]).all(axis=1)
        return [self._entry(s) for s in np.unique(slots[match]).tolist()]

    def in_buckets(self, buckets: Iterable[str]) -> list[IndexEntry]:
        slots = np.unique(self._alive(self._by_bucket.find(hash32(b) for b in buckets)))
        return sorted((self._entry(s) for s in slots.tolist()), key=lambda e: e.article_id)

    def add(self, entry: IndexEntry) -> None:
        """Insert (or replace, for an updated article) and write through."""
        old = self._slot_of(entry.article_id)
        if old is not None:
            self._kill(np.array([old]))
        self._insert(entry)
        if self.persistence is not None:
            self.persistence.save_index_entry(entry.to_row())
        self._maybe_compact()

    def prune(self, now: datetime | None = None) -> int:
        """Forget entries older than the retention window; returns how many.

        The window ends at ``now`` or, by default, at the newest article seen: replaying
        last year's articles keeps them together, and memory stays bounded either way.
        Slots are visited in arrival order and the walk stops at the first one still
        inside the window, as a queue would.
        """
        end = now or self.latest
        if end is None or self._head == self._seen.size:
            return 0
        cutoff = _micros(end - self.retention)
        seen = self._seen.data
        stop = self._head
        while stop < self._seen.size and seen[stop] < cutoff:
            chunk = seen[stop : min(stop + 4096, self._seen.size)]
            inside = np.flatnonzero(chunk >= cutoff)
            stop += int(inside[0]) if len(inside) else len(chunk)
        span = np.arange(self._head, stop)
        gone = span[self._live.data[span]]
        ids = [self._ids.get(s) for s in gone.tolist()]
        self._kill(gone)
        self._head = stop
        if ids and self.persistence is not None:
            self.persistence.delete_index_entries(ids)
        self._maybe_compact()
        return len(ids)

    def __len__(self) -> int:
        return self._count

    def nbytes(self) -> int:
        """Bytes held in numpy arrays (dict buffers and interned words not counted)."""
        columns = (self._seen, self._live, self._source, self._sig, self._ids.column,
                   self._stories.column)  # fmt: skip
        tables = (self._by_id, self._by_band, self._by_bucket, self._by_text,
                  self.boilerplate.table)  # fmt: skip
        return (
            sum(c.data.nbytes for c in columns)
            + sum(t.nbytes() for t in tables)
            + (self._reports.nbytes())
        )

    # -- slots ------------------------------------------------------------------

    def _insert(self, entry: IndexEntry) -> None:
        sig = self._signature(entry.minhash)
        slot = self._seen.append(_micros(entry.seen_at))
        self._live.append(True)
        self._ids.append(entry.article_id)
        self._stories.append(entry.story_id)
        self._source.append(self._words.code(entry.source))
        self._sig.append(sig)
        self._reports.append(entry.report)
        self._by_id.add([hash32(entry.article_id)], slot)
        self._by_band.add(self._band_keys(sig), slot)
        self._by_bucket.add([hash32(b) for b in entry.buckets], slot)
        if entry.text_hash:
            self._by_text.add([hash64(entry.text_hash)], slot)
        self.boilerplate.add(entry.source, entry.para_hashes, slot)
        self._count += 1
        self.latest = max(self.latest or entry.seen_at, entry.seen_at)

    def _entry(self, slot: int) -> IndexEntry:
        return IndexEntry(
            article_id=self._ids.get(slot),
            story_id=self._stories.get(slot),
            source=self._words.value(int(self._source.data[slot])) or "",
            seen_at=EPOCH + timedelta(microseconds=int(self._seen.data[slot])),
            minhash=LeanMinHash(seed=1, hashvalues=self._sig.data[slot], scheme=SCHEME),
            report=self._reports.get(slot),
        )

    def _slot_of(self, article_id: str) -> int | None:
        for slot in self._alive(self._by_id.find([hash32(article_id)])).tolist():
            if self._ids.get(slot) == article_id:  # 32-bit keys can collide
                return int(slot)
        return None

    def _alive(self, slots: Array) -> Array:
        return slots[self._live.data[slots]]

    def _signature(self, minhash: MinHash) -> Array:
        values = np.asarray(minhash.hashvalues)
        if len(values) != self.num_perm:
            raise ValueError(f"minhash: {len(values)} permutations, the index uses {self.num_perm}")
        return (values & BITS).astype(np.uint16)

    def _band_keys(self, sig: Array) -> list[int]:
        """One 32-bit key per band: a multiply-shift hash with weights of its own per band.

        An article's signature is banded twice in a row (``similar``, then ``add``): the
        last one's keys are kept."""
        raw = sig.tobytes()
        if self._last_bands[0] == raw:
            return self._last_bands[1]
        values = sig[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        mixed = (values * self._weights).sum(axis=1, dtype=np.uint64)
        keys: list[int] = (mixed >> np.uint64(32)).tolist()
        self._last_bands = (raw, keys)
        return keys

    def _kill(self, slots: Array) -> None:
        self._live.data[slots] = False
        self._count -= len(slots)
        self._dead += len(slots)

    def _maybe_compact(self) -> None:
        if self._dead > max(self.compact_after, self._count // 4):
            self.compact()

    def compact(self) -> None:
        """Drop dead slots everywhere and renumber the live ones."""
        live = self._live.array.copy()
        remap = np.full(len(live), -1, np.int64)
        remap[live] = np.arange(int(live.sum()))
        for column in (self._seen, self._live, self._source, self._sig):
            column.keep(live)
        for strings in (self._ids, self._stories):
            strings.keep(live, remap)
        self._reports.keep(live, remap)
        for table in (self._by_id, self._by_band, self._by_bucket, self._by_text,
                      self.boilerplate.table):  # fmt: skip
            table.flush(remap)
        self._head = self._dead = 0


class _Entries(Mapping[str, IndexEntry]):
    def __init__(self, index: StoryIndex) -> None:
        self.index = index

    def __getitem__(self, key: str) -> IndexEntry:
        slot = self.index._slot_of(key)
        if slot is None:
            raise KeyError(key)
        return self.index._entry(slot)

    def __iter__(self) -> Iterator[str]:
        index = self.index
        return (index._ids.get(s) for s in np.flatnonzero(index._live.array).tolist())

    def __len__(self) -> int:
        return len(self.index)


def signature(shingles: Iterable[str], num_perm: int = NUM_PERM) -> LeanMinHash:
    """datasketch MinHash of the shingles, each value cut to its low ``BITS``.

    Computed here as datasketch's ``MinHash.update_batch`` does it for the "affine32"
    scheme, value for value (``sha1_hash32``: the first four bytes of SHA-1, little-endian;
    the MurmurHash3 finalizer; ``a * h + b`` modulo 2**32 per permutation; the minimum),
    without its per-call costs: one join of the digests read as one array, no MinHash
    object, and the ``LeanMinHash`` filled in directly (a test keeps both equal).
    """
    return _minhash(map(str.encode, shingles), num_perm)


def _minhash(shingles: Iterable[bytes], num_perm: int) -> LeanMinHash:
    """``signature`` of shingles already encoded as UTF-8."""
    # Whole digests joined (the loop stays in C), then every fifth 32-bit word: the first
    # four bytes of each.
    raw = b"".join(map(_DIGEST, map(_sha1, shingles)))
    a, b = _permutations(num_perm)
    if not raw:  # datasketch leaves an empty MinHash at its maximum
        return _lean(np.full(num_perm, 0xFFFFFFFF, np.uint32) & BITS)
    hv = _fmix32(np.frombuffer(raw, dtype="<u4")[::5].astype(np.uint32))  # a copy
    # ``(hv[:, None] * a + b).min(axis=0) & BITS``, computed in place (fewer arrays made).
    values = np.multiply.outer(hv, a)
    values += b
    lowest: Array = values.min(axis=0)
    lowest &= BITS
    return _lean(lowest)


_DIGEST = methodcaller("digest")
# CPython's own SHA-1 where it is built: for a shingle's few bytes it takes two thirds of
# the instructions of OpenSSL's (whose every new hash object sets up and wipes a context).
# The digests are SHA-1's either way.
try:
    from _sha1 import sha1 as _sha1  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # a Python built without it
    _sha1 = hashlib.sha1
_U16, _U13 = np.uint32(16), np.uint32(13)
_M1, _M2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)


def _fmix32(hv: Array) -> Array:
    """MurmurHash3's 32-bit finalizer on uint32 values (datasketch's ``_fmix``), in place:
    ``hv`` is the caller's own copy."""
    hv ^= hv >> _U16
    hv *= _M1
    hv ^= hv >> _U13
    hv *= _M2
    hv ^= hv >> _U16
    return hv


def _lean(values: Array) -> LeanMinHash:
    """``LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)`` for uint32 ``values`` known
    to be in range, without its checks (a few numpy calls per article)."""
    lean = LeanMinHash.__new__(LeanMinHash)
    lean.seed, lean.scheme, lean.hashvalues = 1, SCHEME, values
    return lean


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[Array, Array]:
    """datasketch's permutations (``a``, ``b``) of the scheme, drawn once."""
    a, b = MinHash(num_perm=num_perm, scheme=SCHEME).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


@lru_cache(maxsize=32)
def _banding(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) ``MinHashLSH`` picks for this threshold (false +/- weighed equally)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def _micros(when: datetime) -> int:
    return (when - EPOCH) // timedelta(microseconds=1)
