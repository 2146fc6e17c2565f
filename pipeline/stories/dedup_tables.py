"""Compact numpy structures behind the story index (:mod:`pipeline.stories.dedup`).

Everything is addressed by *slot*: the row an article gets when it enters the index.
Slots only grow; a pruned or replaced article is marked dead, and the next compaction
drops dead rows everywhere and renumbers the rest (``remap``: old slot -> new, -1 gone).
Per article this costs a few hundred bytes, where Python objects cost kilobytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[Any]
GROWTH = 1.25  # modest over-allocation: slack is memory too
_EMPTY_SLOTS = np.empty(0, np.uint32)
_EMPTY_OWNERS = np.empty(0, np.int64)


@lru_cache(maxsize=8192)
def hash64(text: str) -> int:
    """A stable 64-bit key for a string (Python's ``hash`` changes between runs).

    Remembered: day buckets, sources and an article's id are looked up again and again."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def hash32(text: str) -> int:
    return hash64(text) >> 32


class Growable:
    """A numpy array that grows along its first axis, like a list."""

    def __init__(self, dtype: npt.DTypeLike, width: int | None = None) -> None:
        self.shape_tail = () if width is None else (width,)
        self.data: Array = np.empty((16, *self.shape_tail), dtype)
        self.size = 0

    @property
    def array(self) -> Array:
        return self.data[: self.size]

    def append(self, value: Any) -> int:
        if self.size == len(self.data):
            rows = int(len(self.data) * GROWTH) + 16
            bigger = np.empty((rows, *self.shape_tail), self.data.dtype)
            bigger[: self.size] = self.data[: self.size]
            self.data = bigger
        self.data[self.size] = value
        self.size += 1
        return self.size - 1

    def extend(self, values: Array) -> int:
        """Append rows; returns where they start."""
        start = self.size
        for value in values:
            self.append(value)
        return start

    def keep(self, mask: Array) -> None:
        """Keep the rows where ``mask`` is true, trimmed to size (compaction)."""
        self.data = self.data[: self.size][mask].copy()
        self.size = len(self.data)


class SlotTable:
    """A multimap from integer keys to slots for ``np.searchsorted`` lookups.

    Keys live in one sorted array with a parallel slot array; new pairs wait in a small
    dict until enough of them are merged in at once (a linear merge, not a re-sort).
    Dead slots are filtered by the caller and dropped at compaction.
    """

    def __init__(self, dtype: npt.DTypeLike = np.uint64, buffer_min: int = 2048) -> None:
        self.keys: Array = np.empty(0, dtype)
        self.slots: Array = _EMPTY_SLOTS
        self.buffer_min = buffer_min
        self._buffer: dict[int, list[int]] = {}
        self._buffered = 0

    def __len__(self) -> int:
        return len(self.keys) + self._buffered

    def add(self, keys: Iterable[int], slot: int) -> None:
        for key in keys:
            self._buffer.setdefault(key, []).append(slot)
            self._buffered += 1
        # The buffer grows with the table (a 64th of it): merges stay rare, dicts small.
        if self._buffered >= max(self.buffer_min, len(self.keys) >> 6):
            self.flush()

    def find_each(self, keys: Iterable[int]) -> list[Array]:
        """For each key, the slots stored under it (dead ones included)."""
        wanted = list(keys)
        slots, owner = self.find_owned(wanted)
        return [slots[owner == i] for i in range(len(wanted))]

    def find_owned(self, keys: Iterable[int]) -> tuple[Array, Array]:
        """All slots under any of ``keys``, with the position of the key each came from.

        Slots come key by key, those of the sorted array before those of the buffer."""
        wanted = keys if isinstance(keys, list) else list(keys)
        total = 0
        if len(self.keys):
            probe = np.array(wanted, dtype=self.keys.dtype)
            low = self.keys.searchsorted(probe, "left")
            high = self.keys.searchsorted(probe, "right")
            counts = high - low
            total = int(counts.sum())
        extra = [(i, s) for i, k in enumerate(wanted) for s in self._buffer.get(k, ())] \
            if self._buffer else None
        if not total:
            if not extra:
                return _EMPTY_SLOTS, _EMPTY_OWNERS
            more = np.array(extra, np.int64)
            return more[:, 1].astype(np.uint32), more[:, 0]
        if len(wanted) == 1:  # one run of the sorted array
            owner = np.zeros(total, np.int64)
            slots = self.slots[int(low[0]) : int(high[0])].copy()
        else:
            owner = np.repeat(np.arange(len(wanted)), counts)
            slots = self.slots[np.repeat(low - np.cumsum(counts) + counts, counts)
                               + np.arange(total)]  # fmt: skip
        if extra:
            more = np.array(extra, np.int64)
            owner = np.concatenate([owner, more[:, 0]])
            slots = np.concatenate([slots, more[:, 1].astype(np.uint32)])
        return slots, owner

    def find(self, keys: Iterable[int]) -> Array:
        return self.find_owned(keys)[0]

    def flush(self, remap: Array | None = None) -> None:
        """Merge the buffer in; with ``remap`` also renumber slots and drop dead ones."""
        new_keys = np.fromiter(
            (k for k, slots in self._buffer.items() for _ in slots), self.keys.dtype, self._buffered
        )
        new_slots = np.fromiter(
            (s for slots in self._buffer.values() for s in slots), np.uint32, self._buffered
        )
        self._buffer, self._buffered = {}, 0
        keys, slots = self.keys, self.slots
        if remap is not None:
            keys, slots = _renumber(keys, slots, remap)
            new_keys, new_slots = _renumber(new_keys, new_slots, remap)
        order = np.argsort(new_keys, kind="stable")
        new_keys, new_slots = new_keys[order], new_slots[order]
        at = np.searchsorted(keys, new_keys, "right")
        self.keys = np.insert(keys, at, new_keys)
        self.slots = np.insert(slots, at, new_slots)

    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.slots.nbytes)


def _renumber(keys: Array, slots: Array, remap: Array) -> tuple[Array, Array]:
    moved = remap[slots]
    kept = moved >= 0
    return keys[kept], moved[kept].astype(np.uint32)


class Interner:
    """Small vocabularies (sources, p-codes, event types) as integer codes; 0 is None."""

    def __init__(self) -> None:
        self.values: list[str | None] = [None]
        self.codes: dict[str, int] = {}

    def code(self, value: str | None) -> int:
        if value is None:
            return 0
        found = self.codes.get(value)
        if found is None:
            found = self.codes[value] = len(self.values)
            self.values.append(value)
        return found

    def value(self, code: int) -> str | None:
        return self.values[code]


class ShortStrings:
    """Ids as fixed-width ASCII bytes; anything longer or stranger goes to an overflow dict."""

    def __init__(self, width: int = 20) -> None:
        self.width = width
        self.column = Growable(f"S{width}")
        self.overflow: dict[int, str] = {}

    def append(self, value: str) -> int:
        raw = value.encode("utf-8")
        plain = value.isascii() and len(raw) <= self.width and not raw.endswith(b"\0")
        slot = self.column.append(raw if plain else b"")
        if not plain:
            self.overflow[slot] = value
        return slot

    def get(self, slot: int) -> str:
        found = self.overflow.get(slot)
        return found if found is not None else bytes(self.column.data[slot]).decode("ascii")

    def keep(self, mask: Array, remap: Array) -> None:
        self.column.keep(mask)
        self.overflow = {int(remap[s]): v for s, v in self.overflow.items() if remap[s] >= 0}


# One incident key of a story report (``pipeline.stories.stories.IncidentKey.to_dict``), packed.
KEY = np.dtype(
    [("family", "<u4"), ("sub_event_type", "<u4"), ("date", "<i4"), ("admin1", "<u4"),
     ("admin2", "<u4"), ("place", "<u4"), ("precision", "i1"), ("lat", "<f8"),
     ("lon", "<f8"), ("fatalities", "<i4")]
)  # fmt: skip
_TEXT_FIELDS = ("family", "sub_event_type", "admin1", "admin2", "place")
MAX_RUN = 0xFFFF  # rows one slot can hold in a ``Ragged``
EMPTY, PACKED, LOOSE = 0, 1, 2  # how a slot's report is kept: {}, packed, a dict as given


class Reports:
    """Story reports (``{"keys": [...], "mentions": [...]}``) as packed rows per slot.

    A report the packing cannot reproduce exactly (new fields, odd values) is kept as the
    dict itself, so reading back always returns what was written.
    """

    def __init__(self, words: Interner) -> None:
        self.words = words
        self.form = Growable(np.uint8)
        self.keys = Ragged(KEY)
        self.mentions = Ragged(np.uint32)
        self.loose: dict[int, dict[str, Any]] = {}

    def append(self, report: dict[str, Any]) -> int:
        packed = self._pack(report) if report else None
        if packed is not None and self._unpack(*packed) != report:
            packed = None
        keys, mentions = packed if packed is not None else (_NO_KEYS, _EMPTY_SLOTS)
        self.keys.append(keys)
        self.mentions.append(mentions)
        slot = self.form.append(EMPTY if not report else PACKED if packed is not None else LOOSE)
        if packed is None and report:
            self.loose[slot] = report
        return slot

    def get(self, slot: int) -> dict[str, Any]:
        form = int(self.form.data[slot])
        if form == EMPTY:
            return {}
        if form == LOOSE:
            return self.loose[slot]
        return self._unpack(self.keys.get(slot), self.mentions.get(slot))

    def keep(self, mask: Array, remap: Array) -> None:
        self.form.keep(mask)
        self.keys.keep(mask)
        self.mentions.keep(mask)
        self.loose = {int(remap[s]): v for s, v in self.loose.items() if remap[s] >= 0}

    def nbytes(self) -> int:
        return self.form.data.nbytes + self.keys.nbytes() + self.mentions.nbytes()

    def _pack(self, report: dict[str, Any]) -> tuple[Array, Array] | None:
        if set(report) != {"keys", "mentions"}:
            return None
        try:
            rows = [self._pack_key(k) for k in report["keys"]]
            mentions = [self.words.code(m) for m in report["mentions"]]
        except (KeyError, TypeError, ValueError, OverflowError, AttributeError):
            return None
        if max(len(rows), len(mentions)) > MAX_RUN:
            return None
        return np.array(rows, KEY), np.array(mentions, np.uint32)

    def _pack_key(self, key: dict[str, Any]) -> tuple[Any, ...]:
        text = {f: self.words.code(key[f]) for f in _TEXT_FIELDS}
        day = date.fromisoformat(key["date"]).toordinal() if key["date"] else 0
        return (
            text["family"], text["sub_event_type"], day, text["admin1"], text["admin2"],
            text["place"], _or(key["precision"], -1), _or(key["lat"], np.nan),
            _or(key["lon"], np.nan), _or(key["fatalities"], -1),
        )  # fmt: skip

    def _unpack(self, keys: Array, mentions: Array) -> dict[str, Any]:
        return {
            "keys": [self._unpack_key(row) for row in keys.tolist()],
            "mentions": [self.words.value(m) for m in mentions.tolist()],
        }

    def _unpack_key(self, row: tuple[Any, ...]) -> dict[str, Any]:
        family, sub, day, admin1, admin2, place, precision, lat, lon, deaths = row
        word = self.words.value
        return {
            "family": word(family), "sub_event_type": word(sub),
            "date": date.fromordinal(day).isoformat() if day else None,
            "admin1": word(admin1), "admin2": word(admin2), "place": word(place),
            "precision": None if precision < 0 else precision,
            "lat": None if lat != lat else lat, "lon": None if lon != lon else lon,
            "fatalities": None if deaths < 0 else deaths,
        }  # fmt: skip


_NO_KEYS = np.empty(0, KEY)


def _or(value: Any, missing: Any) -> Any:
    if value is None:
        return missing
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(value)
    return value


class Ragged:
    """A variable-length run of rows per slot: one flat array, a start and a length each."""

    def __init__(self, dtype: npt.DTypeLike) -> None:
        self.values = Growable(dtype)
        self.starts = Growable(np.uint32)
        self.counts = Growable(np.uint16)

    def append(self, rows: Array) -> None:
        self.starts.append(self.values.size)
        self.counts.append(len(rows))
        for row in rows:
            self.values.append(row)

    def get(self, slot: int) -> Array:
        start = int(self.starts.data[slot])
        return self.values.data[start : start + int(self.counts.data[slot])]

    def keep(self, mask: Array) -> None:
        counts = self.counts.array[mask].astype(np.int64)
        starts = self.starts.array[mask].astype(np.int64)
        ends = np.cumsum(counts)
        offsets = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - counts, counts)
        values = self.values.array[np.repeat(starts, counts) + offsets].copy()
        self.values.data, self.values.size = values, len(values)
        self.counts.keep(mask)
        self.starts.data, self.starts.size = (ends - counts).astype(np.uint32), len(counts)

    def nbytes(self) -> int:
        return int(self.values.data.nbytes + self.starts.data.nbytes + self.counts.data.nbytes)
