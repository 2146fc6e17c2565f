"""``python -m newswatch.replica``: serve the replica site until interrupted (soak tests)."""

from __future__ import annotations

import argparse
import itertools
import sys
import time

from newswatch.replica.articles import load_shipped
from newswatch.replica.server import ReplicaSite


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newswatch.replica",
        description="Serve the local replica Arabic news site on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    parser.add_argument("--publish-every", type=float, default=0, metavar="N",
                        help="publish a new article every N seconds (0: never)")
    parser.add_argument("--crawl-delay", type=float, default=1.0,
                        help="Crawl-delay announced in robots.txt (0 omits it)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    site = ReplicaSite.start(host=args.host, port=args.port,
                             robots_crawl_delay=args.crawl_delay)
    print(site.url, flush=True)
    templates = load_shipped()
    try:
        for round_no in itertools.count(1):
            if not args.publish_every:
                time.sleep(3600)
                continue
            time.sleep(args.publish_every)
            # A fresh article from a shipped one: new slug and date, same Arabic text.
            base = templates[round_no % len(templates)]
            url = site.publish({"title": f"{base['title']} (تحديث {round_no})",
                                "slug": f"{base['slug']}-{round_no}", "text": base["text"],
                                "author": base["author"], "category": base["category"]})
            print(f"published {url}", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
