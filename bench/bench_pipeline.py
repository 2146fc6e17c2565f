"""Pipeline speed: articles per second from text to events, on one core, without torch.

Peer, in the same run: normalising and tokenising the same texts with camel-tools alone,
the least any Arabic pipeline must do. Target (issue 5): >= 300 articles/s per core.

Two readings. "Texts never seen" is what a running daemon does with each new article: a
process warms up on one half of the corpora (its words are then known, as a daemon's are
after its first hours), then reads the other half once; each sentence is new, so nothing an
earlier pass worked out for it is remembered (median of three processes). "The same texts
again" repeats the corpora ``ROUNDS`` times in one process: sentences seen before are answered
from the caches, which flatters the rate; it is kept to compare with earlier runs.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import resource
import statistics
import sys
import time
from pathlib import Path

from language.tokens import tokens
from pipeline.compiled import MODULES, compiled
from pipeline.events.extract import EventExtractor
from pipeline.gazetteer import Gazetteer
from pipeline.settings import PipelineSettings

REPO = Path(__file__).resolve().parents[1]
CORPORA = [
    REPO / "tests" / "data" / "events_labelled.jsonl",
    REPO / "tests" / "data" / "events_holdout.jsonl",
    REPO / "tests" / "data" / "events_blind.jsonl",
    REPO.parent / "shared" / "data" / "eval" / "dev.jsonl",
]
ROUNDS = 20


def load() -> list[dict[str, str]]:
    items = []
    for path in CORPORA:
        if path.exists():
            items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return items


def rate(fn: object, items: list[dict[str, str]]) -> tuple[float, float]:
    """(articles per CPU-second of this process, articles per wall second). On a machine
    shared with other work the CPU-second rate is the one that measures the code."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(ROUNDS):
        for item in items:
            fn(item)  # type: ignore[operator]
    n = ROUNDS * len(items)
    return n / (time.process_time() - cpu), n / (time.perf_counter() - wall)


def _unseen(kind: str, out: mp.Queue[float]) -> None:
    """In a fresh process: warm up on one half of the corpora, then read the other half
    once, by extraction or by the peer; articles per CPU-second of that one pass."""
    items = load()
    warm, unseen = items[0::2], items[1::2]
    extractor = EventExtractor.from_settings(PipelineSettings())
    for item in warm:
        extractor.extract(item["title"], item["text"], item["published"])
        tokens(item["title"] + "\n" + item["text"], punctuation=True)
    cpu = time.process_time()
    for item in unseen:
        if kind == "extract":
            extractor.extract(item["title"], item["text"], item["published"])
        else:
            tokens(item["title"] + "\n" + item["text"], punctuation=True)
    out.put(len(unseen) / (time.process_time() - cpu))


def unseen_rates(repeat: int = 3) -> tuple[float, float]:
    """(text to events, peer) on texts never seen: medians over ``repeat`` processes each,
    alternated."""
    ctx = mp.get_context("spawn")
    rates: dict[str, list[float]] = {"extract": [], "peer": []}
    for _ in range(repeat):
        for kind in rates:
            queue = ctx.Queue()
            proc = ctx.Process(target=_unseen, args=(kind, queue))
            proc.start()
            rates[kind].append(queue.get(timeout=600))
            proc.join()
    return statistics.median(rates["extract"]), statistics.median(rates["peer"])


def main() -> None:
    started = time.perf_counter()
    Gazetteer.default()
    gazetteer_s = time.perf_counter() - started
    started = time.perf_counter()
    extractor = EventExtractor.from_settings(PipelineSettings())
    build_s = time.perf_counter() - started
    items = load()
    (extract_rate, extract_wall) = rate(
        lambda i: extractor.extract(i["title"], i["text"], i["published"]), items)
    (peer_rate, peer_wall) = rate(
        lambda i: tokens(i["title"] + "\n" + i["text"], punctuation=True), items)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    unseen_rate, unseen_peer = unseen_rates()
    print("### pipeline (text to events)\n")
    print(
        f"{len(items)} articles x {ROUNDS} rounds, one process, one core; torch loaded: "
        f"{'torch' in sys.modules}\n"
    )
    print("| figure | value | peer (normalise+tokenise only) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    print(
        f"| articles per CPU-second, text to events, texts never seen | {unseen_rate:.0f} | "
        f"{unseen_peer:.0f} | {unseen_peer / unseen_rate:.1f}x peer's cost | >= 300/s | "
        f"{'yes' if unseen_rate >= 300 else 'no'} |"
    )
    print(
        f"| articles per CPU-second, text to events, the same texts again | "
        f"{extract_rate:.0f} | {peer_rate:.0f} | {peer_rate / extract_rate:.1f}x peer's cost "
        f"| | |"
    )
    print(
        f"| articles per wall second, text to events | {extract_wall:.0f} | {peer_wall:.0f} | "
        f"{peer_wall / extract_wall:.1f}x peer's cost | | |"
    )
    print(
        f"| gazetteer load | {gazetteer_s * 1000:.0f} ms | | | < 300 ms | "
        f"{'yes' if gazetteer_s < 0.3 else 'no'} |"
    )
    print(
        f"| extractor construction (gazetteer loaded) | {build_s * 1000:.0f} ms | | | < 1 s | "
        f"{'yes' if build_s < 1 else 'no'} |"
    )
    print(f"| peak RSS | {rss_mb:.0f} MB | | | | |")
    # Which build ran: NEWSWATCH_MYPYC=1 compiles the modules of text to events (setup.py).
    print(f"| modules compiled with mypyc | {len(compiled())} of {len(MODULES)} | | | | |")


if __name__ == "__main__":
    main()
