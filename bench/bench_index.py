"""Memory and lookups/s of the story index at 100k and 1M articles, with MinHashLSH as peer.

    python bench/bench_index.py [--sizes 100000,1000000] [--peer 100000] [--probes 5000]

Articles are seeded and synthetic: incidents reported by 1-4 outlets. Signatures are
drawn the way MinHash behaves rather than computed from text (datasketch hashes ~250
signatures/s here, too slow for a million): each of the 64 values of a report equals
its incident's with probability J (J uniform in 0.3-0.95, the Jaccard similarity of a
reworded report) and is a fresh 32-bit value otherwise, so lookups find real near
duplicates. ``--real N`` times N signatures computed by datasketch from Arabic-letter
token streams, to show they behave alike. Each entry carries what the pipeline stores:
an id and story id of 20 hex characters, one incident key and two place mentions as
its story report, one day bucket, a text hash and four paragraph hashes. The text path
(normalisation, boilerplate stripping) and the database are left out at every size:
they do not change what the index holds.
The peer is datasketch's ``MinHashLSH`` (same threshold and permutations) holding the
same signatures under the same ids, which is what the index kept before.
Memory is measured twice: tracemalloc (Python and numpy allocations still held after the
fill) and the growth of the process's RSS. Prints markdown.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import random
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from pipeline.stories.dedup import NUM_PERM, SCHEME, Fingerprint, IndexEntry, StoryIndex, signature

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
START = datetime(2026, 1, 1, tzinfo=UTC)
PER_DAY = 30_000  # a month of a million articles: every one stays in the 30-day window
PLACES = [f"C{4000 + i}" for i in range(500)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _hex(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()


class Stream:
    """Seeded incidents, each told by 1-4 outlets with related signatures."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.values = np.random.default_rng(seed)

    def entries(self, n: int) -> Iterator[IndexEntry]:
        made, incident = 0, 0
        while made < n:
            base = self.values.integers(0, 2**32, NUM_PERM, dtype=np.uint64)
            for _ in range(self.rng.choice([1, 1, 2, 2, 3, 4])):
                if made == n:
                    return
                same = self.values.random(NUM_PERM) < self.rng.uniform(0.3, 0.95)
                fresh = self.values.integers(0, 2**32, NUM_PERM, dtype=np.uint64)
                minhash = LeanMinHash(seed=1, hashvalues=np.where(same, base, fresh),
                                      scheme=SCHEME)  # fmt: skip
                yield self._entry(made, incident, minhash)
                made += 1
            incident += 1

    def _entry(self, i: int, incident: int, minhash: LeanMinHash) -> IndexEntry:
        seen = START + timedelta(days=1) * i / PER_DAY
        place = PLACES[incident % len(PLACES)]
        key = {"family": "violence", "sub_event_type": "Shelling/artillery/missile attack",
               "date": seen.date().isoformat(), "admin1": "SY07", "admin2": "SY0703",
               "place": place, "precision": 1, "lat": 35.8 + incident % 97 / 100,
               "lon": 36.6, "fatalities": incident % 7}  # fmt: skip
        return IndexEntry(
            article_id=_hex("a", i)[:20],
            story_id=_hex("s", incident)[:20],
            source=f"outlet{i % 15:02d}",
            seen_at=seen,
            minhash=minhash,
            para_hashes=tuple(_hex("p", i, k)[:16] for k in range(4)),
            report={"keys": [key], "mentions": sorted({place, "SY07"})},
            buckets=(f"day:{seen.date().isoformat()}",),
            text_hash=_hex("t", i),
        )


def measure(fill: Callable[[], Any], n: int) -> tuple[Any, dict[str, float]]:
    """Build a structure of ``n`` entries; its memory by tracemalloc and by RSS growth."""
    gc.collect()
    tracemalloc.start()
    before_rss = rss_mb()
    started = time.perf_counter()
    built = fill()
    seconds = time.perf_counter() - started
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = rss_mb() - before_rss
    return built, {"n": n, "traced": held / n, "peak_mb": peak / 2**20,
                   "rss": rss * 2**20 / n, "inserts": n / seconds}  # fmt: skip


def probes(count: int) -> list[LeanMinHash]:
    """Signatures of articles from the same stream (their incidents' other reports)."""
    return [e.minhash for e in Stream(seed=7).entries(count)]


def rate(query: Callable[[LeanMinHash], Any], sigs: list[LeanMinHash]) -> tuple[float, float]:
    started = time.perf_counter()
    found = sum(len(query(s)) for s in sigs)
    return len(sigs) / (time.perf_counter() - started), found / len(sigs)


def bench_index(n: int, probe: list[LeanMinHash]) -> dict[str, float]:
    def fill() -> StoryIndex:
        index = StoryIndex(retention=timedelta(days=365))
        for entry in Stream().entries(n):
            index.add(entry)
        return index

    index, row = measure(fill, n)
    row["lookups"], row["found"] = rate(lambda s: index.similar(_fp(s)), probe)
    row["arrays"] = index.nbytes() / n
    return row


def bench_peer(n: int, probe: list[LeanMinHash]) -> dict[str, float]:
    def fill() -> MinHashLSH:
        lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
        for entry in Stream().entries(n):
            lsh.insert(entry.article_id, entry.minhash)
        return lsh

    lsh, row = measure(fill, n)
    row["lookups"], row["found"] = rate(lsh.query, probe)
    return row


def _fp(minhash: LeanMinHash) -> Fingerprint:
    return Fingerprint("", minhash, ())


def real_signatures(n: int) -> float:
    """datasketch MinHashes of 3-word shingles of Arabic-letter token streams, per second."""
    rng = random.Random(3)
    vocab = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(20_000)]
    streams = [rng.choices(vocab, k=rng.randint(80, 160)) for _ in range(n)]
    started = time.perf_counter()
    for words in streams:
        signature({" ".join(words[j : j + 3]) for j in range(len(words) - 2)})
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--peer", type=int, default=100_000)
    parser.add_argument("--probes", type=int, default=5000)
    parser.add_argument("--real", type=int, default=200)
    args = parser.parse_args()
    probe = probes(args.probes)
    rows = [("MinHashLSH (datasketch)", bench_peer(args.peer, probe))] if args.peer else []
    rows += [("StoryIndex", bench_index(int(s), probe)) for s in args.sizes.split(",")]
    print(
        "| structure | articles | bytes/article (tracemalloc) | bytes/article (RSS growth) "
        "| numpy arrays | peak traced | inserts/s | lookups/s | candidates/lookup |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        arrays = f"{r['arrays']:,.0f} B" if "arrays" in r else "-"
        print(f"| {name} | {r['n']:,} | {r['traced']:,.0f} | {r['rss']:,.0f} | {arrays} | "
              f"{r['peak_mb']:,.0f} MB | {r['inserts']:,.0f} | {r['lookups']:,.0f} | "
              f"{r['found']:.2f} |")  # fmt: skip
    peer = rows[0][1] if args.peer else None
    same = [r for name, r in rows if name == "StoryIndex" and peer and r["n"] == peer["n"]]
    if peer and same:
        print(
            f"\nAt {peer['n']:,} articles the index holds "
            f"{peer['traced'] / same[0]['traced']:.1f}x "
            f"less memory than MinHashLSH (tracemalloc) and answers "
            f"{same[0]['lookups'] / peer['lookups']:.2f}x as many lookups per second."
        )
    if args.real:
        print(
            f"\ndatasketch MinHash from token streams (not part of the fill above): "
            f"{real_signatures(args.real):,.0f} signatures/s."
        )


if __name__ == "__main__":
    main()
