"""Growth: time and memory from 1k to 100k articles, and from 100 to 10,000 subscriptions.

    python bench/bench_growth.py [--articles 1000,3000,10000,30000,100000]
                                 [--subs 100,300,1000,3000,10000] [--probe 200]

Articles: one pipeline (extractor, story index, temporary SQLite store) grows step by step.
Reaching each size is cheap on purpose (article rows inserted in bulk, index entries from
random signatures, neither extracted); at each size ``--probe`` real labelled articles go
through ``Pipeline.process`` (extraction, dedup, stories, storage) and are timed; memory is
the process's RSS. Subscriptions: events per second through ``alerts.matching.Matcher``
(index) and its linear scan, and the matcher's memory. Writes a CSV and a PNG per series to
``bench/results/`` and prints markdown tables.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import time
import tracemalloc
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from bench_alerts import make_events, make_subscriptions
from bench_dedup import OUTLETS, RATE_PER_DAY, START, rss_mb
from bench_pipeline_whole import database
from datasketch import LeanMinHash
from sqlalchemy import insert

from alerts.matching import Matcher
from crawler.models import Article
from newswatch.db import open_database
from newswatch.wiring import PIPELINE_BATCH
from pipeline.events.extract import EventExtractor
from pipeline.gazetteer import Gazetteer
from pipeline.process import Pipeline
from pipeline.settings import PipelineSettings
from pipeline.store.store import PipelineStore
from pipeline.store.tables import ARTICLES
from pipeline.stories.dedup import NUM_PERM, SCHEME, IndexEntry, StoryIndex

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
CORPORA = [REPO / "tests" / "data" / "events_labelled.jsonl",
           REPO / "tests" / "data" / "events_holdout.jsonl"]


@dataclass
class Grower:
    """A pipeline whose store and index are filled cheaply up to a size, then probed."""

    pipeline: Pipeline
    store: PipelineStore
    size: int = 0
    probes: int = 0

    def when(self, n: int) -> datetime:
        return START + timedelta(days=1) * n / RATE_PER_DAY

    def fill_to(self, n: int) -> None:
        rng = np.random.default_rng(self.size)
        rows, index = [], self.pipeline.index
        persistence, index.persistence = index.persistence, None  # bulk: no write-through
        for i in range(self.size, n):
            seen = self.when(i)
            values = rng.integers(0, 2**32 - 1, NUM_PERM, dtype=np.uint64)
            index.add(IndexEntry(
                f"f{i}", f"s{i}", OUTLETS[i % 15], seen,
                LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME),
                buckets=(f"day:{seen.date().isoformat()}:SY{i % 14 + 1:02d}",),
                text_hash=f"{i:064x}",
            ))
            rows.append(_row(i, seen))
        index.persistence = persistence
        with self.store.engine.begin() as conn:
            for start in range(0, len(rows), 20_000):
                conn.execute(insert(ARTICLES), rows[start : start + 20_000])
        self.size = n

    def probe(self, items: list[dict[str, Any]], k: int) -> tuple[float, float]:
        """Wall and CPU ms per article through the pipeline for ``k`` new articles."""
        batch = []
        for j in range(k):
            item = items[(self.probes + j) % len(items)]
            now = self.when(self.size + j)
            n = self.probes + j
            batch.append(Article(
                source=OUTLETS[n % 15], url=f"https://probe.example/{n}",
                canonical_url=f"https://probe.example/{n}", title=item["title"],
                text=item["text"] + f"\n\nرقم المتابعة {n}", published_at=now, fetched_at=now,
            ))
        started, cpu = time.perf_counter(), time.process_time()
        # By batches, as the daemon's pipeline worker runs them (``Services.process``).
        for start in range(0, k, PIPELINE_BATCH):
            self.pipeline.process_batch(batch[start : start + PIPELINE_BATCH])
        self.probes += k
        wall_ms = (time.perf_counter() - started) * 1000 / k
        return wall_ms, (time.process_time() - cpu) * 1000 / k


def _row(i: int, seen: datetime) -> dict[str, Any]:
    return {"id": f"f{i}", "source": OUTLETS[i % 15], "url": f"https://fill.example/{i}",
            "canonical_url": f"https://fill.example/{i}", "title": f"خبر {i}",
            "text": f"نص الخبر رقم {i}", "text_hash": f"{i:064x}", "language": "ar",
            "published_at": seen, "fetched_at": seen, "updated_at": seen,
            "story_id": f"s{i}", "version": 1}


def article_series(sizes: list[int], probe: int, url: str) -> list[dict[str, float]]:
    items = [json.loads(line) for path in CORPORA
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    engine = open_database(url)
    store = PipelineStore(engine)
    settings = PipelineSettings()
    # Retention covers the whole run, so the index holds every article (no plateau).
    index = StoryIndex(retention=timedelta(days=max(sizes) // RATE_PER_DAY + 10),
                       persistence=store)
    pipeline = Pipeline(store, EventExtractor.from_settings(settings), index,
                        clock=lambda: datetime.now(UTC))
    grower = Grower(pipeline, store)
    grower.probe(items, 20)  # warm caches and imports before the first measurement
    gc.collect()
    base = rss_mb()
    out = []
    for n in sizes:
        started = time.perf_counter()
        grower.fill_to(n)
        fill_s = time.perf_counter() - started
        ms, cpu_ms = grower.probe(items, probe)
        gc.collect()
        out.append({"articles": n, "ms_per_article": ms, "cpu_ms_per_article": cpu_ms,
                    "articles_per_cpu_s": 1000 / cpu_ms,
                    "rss_growth_mb": rss_mb() - base, "fill_s": fill_s})
    engine.dispose()
    return out


def subscription_series(sizes: list[int], n_events: int) -> list[dict[str, float]]:
    gaz = Gazetteer.default()
    rng = random.Random(1)
    subs = make_subscriptions(gaz, max(sizes), rng)
    events = [e.to_dict() for e in make_events(gaz, n_events, rng)]
    out = []
    for n in sizes:
        tracemalloc.start()
        matcher = Matcher(subs[:n], gaz)
        mem, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        index_us = _us_per_event(matcher.match, events)
        linear_us = _us_per_event(matcher.match_linear, events[: max(50, n_events // 10)])
        out.append({"subscriptions": n, "index_us": index_us, "linear_us": linear_us,
                    "speedup": linear_us / index_us, "matcher_mb": mem / 1e6})
    return out


def _us_per_event(fn: Any, events: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    for event in events:
        fn(event)
    return (time.perf_counter() - started) * 1e6 / len(events)


def write_csv(name: str, rows: list[dict[str, float]]) -> Path:
    path = RESULTS / f"{name}.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def plot(name: str, x: str, rows: list[dict[str, float]], time_keys: list[str],
         time_label: str, mem_key: str) -> Path:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    xs = [r[x] for r in rows]
    for key in time_keys:
        left.plot(xs, [r[key] for r in rows], marker="o", label=key)
    left.set(xscale="log", yscale="log", xlabel=x, ylabel=time_label, title="time")
    left.legend()
    right.plot(xs, [r[mem_key] for r in rows], marker="o", color="tab:red")
    right.set(xscale="log", xlabel=x, ylabel=mem_key, title="memory")
    fig.tight_layout()
    path = RESULTS / f"{name}.png"
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,3000,10000,30000,100000")
    parser.add_argument("--subs", default="100,300,1000,3000,10000")
    parser.add_argument("--probe", type=int, default=200)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite",
                        help="postgresql: a fresh database on NEWSWATCH_BENCH_PG")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    with database(args.database) as url:
        arts = article_series([int(s) for s in args.articles.split(",")], args.probe, url)
    subs = subscription_series([int(s) for s in args.subs.split(",")], args.events)
    series = "growth_articles" + ("_pg" if args.database == "postgresql" else "")
    write_csv(series, arts)
    write_csv("growth_subscriptions", subs)
    plot(series, "articles", arts, ["ms_per_article", "cpu_ms_per_article"],
         "ms per article",
         "rss_growth_mb")
    plot("growth_subscriptions", "subscriptions", subs, ["index_us", "linear_us"],
         "us per event", "matcher_mb")
    print("### growth\n")
    print(f"Articles: at each size (store rows + index entries, {RATE_PER_DAY}/day, retention "
          f"covering all), {args.probe} labelled articles through `Pipeline.process_batch`, "
          f"{PIPELINE_BATCH} to a transaction (extraction, dedup, story, {args.database} in a "
          "fresh database). RSS growth is from the empty pipeline. Plot: "
          f"`bench/results/{series}.png`.\n")
    print("| articles stored | wall ms/article | CPU ms/article | articles per CPU-second | "
          "RSS growth (MB) |\n|---|---|---|---|---|")
    for r in arts:
        print(f"| {r['articles']:,} | {r['ms_per_article']:.1f} | "
              f"{r['cpu_ms_per_article']:.1f} | {r['articles_per_cpu_s']:.0f} | "
              f"{r['rss_growth_mb']:.0f} |")
    print("\nSubscriptions: per-event matching with the index vs a linear scan of all "
          "subscriptions (same events); memory of the matcher's index structures (tracemalloc, "
          "subscription objects excluded). Plot: "
          "`bench/results/growth_subscriptions.png`.\n")
    print("| subscriptions | index (us/event) | linear scan (us/event) | speed-up | "
          "matcher memory (MB) |\n|---|---|---|---|---|")
    for r in subs:
        print(f"| {r['subscriptions']:,} | {r['index_us']:.0f} | {r['linear_us']:.0f} | "
              f"{r['speedup']:.1f}x | {r['matcher_mb']:.2f} |")


if __name__ == "__main__":
    main()
