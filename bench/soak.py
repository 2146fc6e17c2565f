"""The soak: ``newswatch run`` for a long time against a replica site that keeps publishing.

    python bench/soak.py --minutes 60 [--every 5] [--interval 5] [--bound-mb 30]

Not part of CI or ``bench/run.py``. An article is published every ``--every`` seconds
(towns cycle through the governorates; each repeat of a town reports a higher toll, so
every article must produce an alert or an update naming it). The daemon's RSS is sampled
every minute. At the end: every published article must be named by a delivered, correctly
signed webhook (no lost alert), and RSS after the first two minutes (warm-up: imports,
gazetteer, first rounds) must not grow by more than ``--bound-mb``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_e2e import (
    Receiver,
    feed_fetches,
    incident,
    path_of,
    rss_mb,
    start_daemon,
    stop_daemon,
    wait_for,
    write_config,
)

from newswatch.replica import ReplicaSite

WARMUP_MINUTES = 2
Sample = tuple[int, float, float, int, int]  # minute, RSS, RSS with child, published, delivered


def run(minutes: float, every: float, interval: int) -> tuple[list[Sample], dict[str, int]]:
    rng = random.Random(17)
    receiver = Receiver()
    samples: list[Sample] = []
    published: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, ReplicaSite.start(
        articles=[], robots_crawl_delay=0, per_page=50
    ) as site:
        home = Path(tmp)
        proc = start_daemon(home, write_config(home, site, receiver.url, interval),
                            home / "daemon.log")
        try:
            if not wait_for(lambda: len(feed_fetches(site)) >= 2, 120):
                raise SystemExit("daemon never polled:\n" + (home / "daemon.log").read_text())
            started = time.monotonic()
            next_sample, i = started, 0
            while time.monotonic() - started < minutes * 60:
                if proc.poll() is not None:
                    raise SystemExit("daemon exited:\n" + (home / "daemon.log").read_text()[-3000:])
                if time.monotonic() >= next_sample:
                    samples.append(_sample(proc.pid, len(samples), published, receiver))
                    next_sample += 60
                toll = 2 + i // 22  # a town's next report always has a higher toll
                url = site.publish(incident(i, rng, toll))
                published[path_of(url)] = time.monotonic()
                i += 1
                time.sleep(max(0.0, every * rng.uniform(0.5, 1.5)))
            wait_for(lambda: set(published) <= set(receiver.arrivals), 60 + 5 * interval, 1)
            samples.append(_sample(proc.pid, len(samples), published, receiver))
            running = proc.poll() is None
        finally:
            stop_daemon(proc)
            receiver.stop()
    lost = sorted(set(published) - set(receiver.arrivals))
    for path in lost:  # which ones, to look them up in the site and the daemon log
        print(f"lost: {path}", file=sys.stderr)
    return samples, {"published": len(published), "lost": len(lost), "bad": receiver.bad_signatures,
                     "duplicates": receiver.duplicates, "running": int(running)}


def _sample(pid: int, minute: int, published: dict[str, float],
            receiver: Receiver) -> Sample:
    delivered = len(set(published) & set(receiver.arrivals))
    return minute, rss_mb(pid), rss_mb(pid, children=True), len(published), delivered


def report(samples: list[Sample], totals: dict[str, int],
           args: argparse.Namespace) -> None:
    settled = [s[1] for s in samples[WARMUP_MINUTES:]] or [samples[-1][1]]
    growth = max(settled) - settled[0]
    print(f"### soak: {args.minutes:g} min, an article every ~{args.every:g} s, "
          f"poll every {args.interval} s\n")
    print("| minute | daemon RSS (MB) | with crawl child (MB) | published | delivered |")
    print("|---|---|---|---|---|")
    for minute, rss, total, pub, got in samples:
        print(f"| {minute} | {rss:.0f} | {total:.0f} | {pub} | {got} |")
    print("\n| figure | value | bound | met |\n|---|---|---|---|")
    print(f"| RSS growth after {WARMUP_MINUTES} min warm-up (max - first) | {growth:.1f} MB | "
          f"<= {args.bound_mb:g} MB | {'yes' if growth <= args.bound_mb else 'no'} |")
    print(f"| articles published / lost alerts | {totals['published']} / {totals['lost']} | "
          f"0 lost | {'yes' if totals['lost'] == 0 else 'no'} |")
    print(f"| bad signatures / duplicate webhook-ids | {totals['bad']} / "
          f"{totals['duplicates']} | 0 / 0 | "
          f"{'yes' if totals['bad'] == totals['duplicates'] == 0 else 'no'} |")
    print(f"| daemon still running at the end | {'yes' if totals['running'] else 'no'} | | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--every", type=float, default=5)
    parser.add_argument("--interval", type=int, default=5)
    parser.add_argument("--bound-mb", type=float, default=30)
    args = parser.parse_args()
    samples, totals = run(args.minutes, args.every, args.interval)
    report(samples, totals, args)


if __name__ == "__main__":
    main()
