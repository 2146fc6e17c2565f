"""Dedup/story index against a naive all-pairs baseline, and the index's memory at scale.

    python bench/bench_dedup.py [--sizes 1000,5000] [--probe 200] [--big 100000]
                                [--signatures 1000000]

Both sides run the same decision (``StoryClusterer.decide``: MinHash Jaccard estimate and
``same_story``) on the same synthetic articles; the index narrows candidates (text hash,
LSH, day buckets), the baseline compares the new article with every stored one.
Articles are synthetic Arabic-like text from a seeded vocabulary: incidents reported by
1-4 outlets (shuffled, reworded, partly copied paragraphs, outlet boilerplate), arriving
at ``RATE_PER_DAY``. Prints a markdown section.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from datasketch import LeanMinHash

from pipeline.models import Event
from pipeline.settings import PipelineSettings
from pipeline.stories.dedup import NUM_PERM, SCHEME, Fingerprint, IndexEntry, StoryIndex
from pipeline.stories.stories import IncidentKey, Report, StoryClusterer, score_labelled

DEV = Path("/work/shared/data/eval/dedup_dev.jsonl")
RATE_PER_DAY = 1000  # articles a day: 15 outlets at a busy pace
START = datetime(2026, 1, 1, 6, tzinfo=UTC)
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
OUTLETS = [f"outlet{i:02d}" for i in range(15)]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Arabic-letter words of 3-7 letters, some with the article or a prefix."""
    words: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))
        words.add(rng.choice(["", "", "ال", "و", "بال"]) + word)
    return sorted(words)


@dataclass(frozen=True)
class Synthetic:
    id: str
    source: str
    published: datetime
    title: str
    text: str
    incident: int


class ArticleFactory:
    """Seeded stream of incidents, each reported by 1-4 outlets within six hours."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.vocab = vocabulary(self.rng)
        self.boiler = {o: self._sentence(12) + " تابعونا على تلغرام" for o in OUTLETS}

    def _sentence(self, n: int) -> str:
        return " ".join(self.rng.choice(self.vocab) for _ in range(n))

    def _reword(self, para: str, share: float) -> str:
        words = para.split()
        return " ".join(
            w if self.rng.random() > share else self.rng.choice(self.vocab) for w in words
        )

    def articles(self, n: int) -> Iterator[Synthetic]:
        step = timedelta(days=1) / RATE_PER_DAY
        made = 0
        for incident in itertools.count():
            base = [self._sentence(self.rng.randint(20, 40)) for _ in range(self.rng.randint(3, 5))]
            title = self._sentence(8)
            outlets = self.rng.sample(OUTLETS, self.rng.choice([1, 1, 2, 2, 3, 4]))
            for outlet in outlets:
                paras = [self._reword(p, self.rng.uniform(0.05, 0.3)) for p in base]
                self.rng.shuffle(paras)
                paras.append(self.boiler[outlet])
                published = START + step * made + timedelta(minutes=self.rng.randint(0, 360))
                yield Synthetic(
                    f"a{made}",
                    outlet,
                    published,
                    self._reword(title, 0.4),
                    "\n\n".join(paras),
                    incident,
                )
                made += 1
                if made == n:
                    return


class TextOnlyClusterer(StoryClusterer):
    """Skips the place-name scan of texts without events: with no event the decision never
    reads it, and the scan (the same cost on both sides) would hide the index's own cost."""

    def report(
        self, title: str, text: str, events: list[Event], seen_at: datetime | None = None
    ) -> Report:
        return super().report(title, text, events, seen_at) if events else Report(())


class AllPairsClusterer(TextOnlyClusterer):
    """The baseline: the same decision, with every stored article as a candidate."""

    def _candidates(
        self,
        article_id: str,
        fingerprint: Fingerprint,
        keys: tuple[IncidentKey, ...],
        seen_at: datetime,
    ) -> list[IndexEntry]:
        # No window either: every pair is compared (the synthetic reports of one incident
        # are six hours apart at most, so the window would not change a decision).
        return [e for e in self.index.entries.values() if e.article_id != article_id]


def per_article_ms(
    clusterer: StoryClusterer, fill: list[Synthetic], probe: list[Synthetic]
) -> tuple[float, list[str]]:
    """Time to assign each of ``probe`` once ``fill`` is in the index (ms per article)."""
    for a in fill:  # stories known: filling skips the decision, which is not timed here
        clusterer.assign(
            a.id, a.source, a.published, a.title, a.text, [], story_id=f"s{a.incident}"
        )
    started = time.perf_counter()
    stories = [
        clusterer.assign(a.id, a.source, a.published, a.title, a.text, []).story_id for a in probe
    ]
    return (time.perf_counter() - started) * 1000 / len(probe), stories


def compare_at(size: int, probe_n: int) -> dict[str, float]:
    items = list(ArticleFactory().articles(size + probe_n))
    fill, probe = items[:size], items[size:]
    index_ms, got = per_article_ms(TextOnlyClusterer(StoryIndex()), fill, probe)
    naive_ms, want = per_article_ms(AllPairsClusterer(StoryIndex()), fill, probe)
    agree = sum(a == b for a, b in zip(got, want, strict=True)) / len(probe)
    return {"size": size, "index_ms": index_ms, "naive_ms": naive_ms, "agree": agree}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def index_of_texts(n: int) -> dict[str, float]:
    """The real path: fingerprint ``n`` synthetic texts into one index (retention covers all)."""
    index = StoryIndex(retention=timedelta(days=10 * n // RATE_PER_DAY + 10))
    clusterer = TextOnlyClusterer(index)
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    for a in ArticleFactory(seed=3).articles(n):  # fingerprint + insert; decisions timed above
        clusterer.assign(
            a.id, a.source, a.published, a.title, a.text, [], story_id=f"s{a.incident}"
        )
    fill_s = time.perf_counter() - started
    mem = rss_mb() - before
    return {"n": n, "mb": mem, "fill_per_s": n / fill_s, **lookups(index)}


def index_of_signatures(n: int) -> dict[str, float]:
    """``n`` random signatures inserted straight into the index: no text, no DB."""
    rng = np.random.default_rng(5)
    index = StoryIndex(retention=timedelta(days=100_000))
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    for i in range(n):
        values = rng.integers(0, 2**32 - 1, NUM_PERM, dtype=np.uint64)
        seen = START + timedelta(days=1) * i / RATE_PER_DAY
        index.add(
            IndexEntry(
                f"a{i}",
                f"s{i}",
                OUTLETS[i % 15],
                seen,
                LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME),
                para_hashes=(f"{i:016x}",) * 4,
                buckets=(f"day:{seen.date().isoformat()}:SY{i % 14 + 1:02d}",),
                text_hash=f"{i:064x}",
            )
        )
    fill_s = time.perf_counter() - started
    mem = rss_mb() - before
    return {"n": n, "mb": mem, "fill_per_s": n / fill_s, **lookups(index)}


def lookups(index: StoryIndex, n: int = 2000) -> dict[str, float]:
    """LSH queries per second against the filled index, with probes that are in it."""
    entries = list(itertools.islice(index.entries.values(), 0, len(index), max(1, len(index) // n)))
    started = time.perf_counter()
    for entry in entries:
        index.similar(Fingerprint("", entry.minhash, ()))
    return {"lookups_per_s": len(entries) / (time.perf_counter() - started)}


def pairwise_dev() -> tuple[float, float, float] | None:
    return score_labelled(DEV, PipelineSettings()) if DEV.exists() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--probe", type=int, default=200)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--signatures", type=int, default=1_000_000)
    args = parser.parse_args()
    rows = [compare_at(int(s), args.probe) for s in args.sizes.split(",")]
    texts = index_of_texts(args.big)
    sigs = index_of_signatures(args.signatures)
    scores = pairwise_dev()
    print("### dedup / story index\n")
    print(
        f"Synthetic articles ({RATE_PER_DAY}/day, 1-4 outlets per incident, 72 h story "
        f"window), no extracted events so every decision rests on MinHash similarity. "
        f"Time per article = assigning {args.probe} more articles once the index holds "
        f"N; the baseline runs the same decision against every stored article.\n"
    )
    print(
        "| articles in index | index (ms/article) | all-pairs (ms/article) | ratio "
        "all-pairs / index | same story decided |"
    )
    print("|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['size']:,} | {r['index_ms']:.2f} | {r['naive_ms']:.2f} | "
            f"{r['naive_ms'] / r['index_ms']:.1f}x | {r['agree']:.1%} |"
        )
    print(
        "\n| index at scale | entries | memory (RSS growth) | per entry | inserts/s | "
        "LSH lookups/s |\n|---|---|---|---|---|---|"
    )
    for label, r in (
        ("from article texts (fingerprint + insert)", texts),
        ("random signatures, no text, no DB", sigs),
    ):
        print(
            f"| {label} | {r['n']:,} | {r['mb']:,.0f} MB | {r['mb'] * 1e6 / r['n']:,.0f} B | "
            f"{r['fill_per_s']:,.0f} | {r['lookups_per_s']:,.0f} |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak RSS of this process: {peak:,.0f} MB.\n")
    if scores is None:
        print(f"dedup_dev: {DEV} absent, pairwise scores skipped.")
    else:
        prec, rec, f1 = scores
        print(
            f"| dedup_dev.jsonl pairwise | value | target | met |\n|---|---|---|---|\n"
            f"| precision | {prec:.3f} | >= 0.90 | {'yes' if prec >= 0.9 else 'no'} |\n"
            f"| recall | {rec:.3f} | | |\n"
            f"| F1 | {f1:.3f} | >= 0.85 | {'yes' if f1 >= 0.85 else 'no'} |"
        )


if __name__ == "__main__":
    main()
