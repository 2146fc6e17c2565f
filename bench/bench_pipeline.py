"""Pipeline speed: articles per second from text to events, on one core, without torch.

Peer, in the same run: normalising and tokenising the same texts with camel-tools alone,
the least any Arabic pipeline must do. Target (issue 5): >= 300 articles/s per core.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from language.tokens import tokens
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
    print("### pipeline (text to events)\n")
    print(
        f"{len(items)} articles x {ROUNDS} rounds, one process, one core; torch loaded: "
        f"{'torch' in sys.modules}\n"
    )
    print("| figure | value | peer (normalise+tokenise only) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    print(
        f"| articles per CPU-second, text to events | {extract_rate:.0f} | {peer_rate:.0f} | "
        f"{peer_rate / extract_rate:.1f}x peer's cost | >= 300/s | "
        f"{'yes' if extract_rate >= 300 else 'no'} |"
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


if __name__ == "__main__":
    main()
