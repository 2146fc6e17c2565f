"""Crawler benchmark: extraction cost vs bare trafilatura, feed parsing rate, seen-set size.

    python bench/bench_crawler.py [--pages 200] [--urls 1000000]

Prints a markdown table. One core: everything runs sequentially in this process.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import trafilatura
from sqlalchemy import create_engine, insert

from crawler.decode import decode_html
from crawler.extract import extract_article
from crawler.feeds import parse_feed
from crawler.seen import SeenSet, url_hash
from crawler.state import METADATA, crawl_seen

WORDS = [
    "قالت", "مصادر", "محلية", "إن", "قصفاً", "مدفعياً", "استهدف", "بلدة", "في", "ريف", "إدلب",
    "الجنوبي", "ما", "أدى", "إلى", "مقتل", "مدنيين", "وإصابة", "آخرين", "بينهم", "أطفال", "وفق",
    "أفاد", "ناشطون", "ومراسلون", "الدفاع", "المدني",
]


def page(rng: random.Random, n: int) -> bytes:
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 60))) + ".</p>"
        for _ in range(rng.randint(4, 14))
    )
    related = "".join(f'<li><a href="/2025/03/{i}/">خبر ذو صلة {i}</a></li>' for i in range(8))
    nav = "".join(f'<li><a href="/c/{i}/">قسم {i}</a></li>' for i in range(30))
    html = (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>خبر رقم {n} - موقع إخباري</title>"
        f'<meta property="og:title" content="خبر رقم {n}">'
        f'<meta property="article:published_time" content="2025-03-15T10:{n % 60:02d}:00+03:00">'
        f'<link rel="canonical" href="https://news.example.sy/2025/03/15/{n}/">'
        f"<script>var x = {{'a': {n}}};</script></head><body><header><ul>{nav}</ul></header>"
        f'<main><article><h1>خبر رقم {n}</h1><div class="meta">15 آذار/مارس 2025</div>'
        f'<div class="entry-content">{paras}<p>اقرأ أيضاً: خبر آخر</p></div>'
        f'<div class="share-buttons"><a>فيسبوك</a><a>تويتر</a></div></article>'
        f'<aside class="related"><ul>{related}</ul></aside></main>'
        f"<footer>جميع الحقوق محفوظة {n}</footer></body></html>"
    )
    return html.encode("utf-8")


def timed(fn: object, items: list[bytes], rounds: int = 2) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for i, item in enumerate(items):
            fn(item, i)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def crawler_extract(body: bytes, i: int) -> None:
    text, _ = decode_html(body, "text/html; charset=utf-8")
    extract_article(text, f"https://news.example.sy/2025/03/15/{i}/")


def bare_trafilatura(body: bytes, i: int) -> None:
    trafilatura.bare_extraction(body, url=f"https://news.example.sy/2025/03/15/{i}/",
                                with_metadata=True, include_comments=False)


def feed_bytes(n: int) -> bytes:
    items = "".join(
        f"<item><title>خبر {i}</title><link>https://x.sy/2025/03/15/{n}-{i}/</link>"
        f"<description>{' '.join(WORDS[:20])}</description>"
        f"<pubDate>Sat, 15 Mar 2025 10:00:00 +0300</pubDate></item>" for i in range(20)
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x'
            f"</title><link>https://x.sy/</link>{items}</channel></rss>").encode()


def seen_table(urls: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'seen.db'}")
        METADATA.create_all(engine)
        now = datetime.now(UTC)
        start = time.perf_counter()
        with engine.begin() as conn:
            batch = []
            for i in range(urls):
                batch.append({"hash": url_hash(f"https://news.example.sy/2025/{i}/"),
                              "source": "bench", "first_seen": now})
                if len(batch) == 50_000:
                    conn.execute(insert(crawl_seen), batch)
                    batch = []
            if batch:
                conn.execute(insert(crawl_seen), batch)
        fill = time.perf_counter() - start
        seen = SeenSet(engine)
        probe = [f"https://news.example.sy/2025/{i}/" for i in range(0, urls, urls // 1000)]
        probe += [f"https://other.example.sy/{i}" for i in range(1000)]
        start = time.perf_counter()
        found = seen.seen(probe)
        lookup = (time.perf_counter() - start) / len(probe)
        disk = (Path(tmp) / "seen.db").stat().st_size
        engine.dispose()
    assert len(found) == 1000
    return {"disk_mb": disk / 1e6, "fill_s": fill, "lookup_us": lookup * 1e6}


def set_of_hashes_mb(urls: int) -> float:
    tracemalloc.start()
    hashes = {url_hash(f"https://news.example.sy/2025/{i}/") for i in range(urls)}
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del hashes
    return current / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--urls", type=int, default=1_000_000)
    args = parser.parse_args()
    rng = random.Random(7)
    pages = [page(rng, n) for n in range(args.pages)]
    bare_extraction = timed(bare_trafilatura, pages[:10], 1)  # warm caches, imports
    ours = timed(crawler_extract, pages)
    bare_extraction = timed(bare_trafilatura, pages)
    feeds = [feed_bytes(n) for n in range(args.feeds)]
    feed_time = timed(lambda body, _i: parse_feed(body), feeds)
    mem = seen_table(args.urls)
    print("| measure | value |\n|---|---|")
    print(f"| crawler extraction (decode + extract_article) | {len(pages) / ours:.1f} articles/s |")
    print(f"| bare trafilatura.bare_extraction, same pages | "
          f"{len(pages) / bare_extraction:.1f} articles/s |")
    print(f"| per-article cost ratio crawler / trafilatura (target <= 1.2) | "
          f"{ours / bare_extraction:.2f} |")
    print(f"| feeds parsed (20-item RSS, feedparser + dates) | "
          f"{len(feeds) / feed_time:.1f} feeds/s |")
    print(f"| seen-set at {args.urls:,} URLs: SQLite table on disk | {mem['disk_mb']:.1f} MB |")
    print(f"| seen-set lookup (batched indexed query) | {mem['lookup_us']:.0f} us per URL |")
    print(f"| for comparison: Python set of {args.urls:,} hashes | "
          f"{set_of_hashes_mb(args.urls):.1f} MB |")


if __name__ == "__main__":
    main()
