"""Daemon footprint: resident memory while idle with 15 sources (target < 250 MB).

Peer, in the same run: a bare Python process that imports nothing of newswatch, so the ratio
shows what newswatch itself costs on top of the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newswatch.replica import ReplicaSite

SOURCES = 15
IDLE_SECONDS = 45


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def config(site: ReplicaSite, home: Path) -> Path:
    tables = "".join(
        f'\n[[source]]\nid = "site{n}"\nname = "Site {n}"\nhomepage = "{site.url}/"\n'
        f'feeds = ["{site.url}/feed/?s={n}"]\n'
        for n in range(SOURCES)
    )
    path = home / "newswatch.toml"
    path.write_text(
        "[crawler]\nmin_interval = 5\nmax_interval = 60\ndownload_delay = 0\n"
        "use_registry = false\n[web]\nport = 0\n" + tables,
        encoding="utf-8",
    )
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, ReplicaSite.start(robots_crawl_delay=0) as site:
        home = Path(tmp)
        env = {
            **os.environ,
            "NEWSWATCH_HOME": str(home),
            "NEWSWATCH_CONFIG": str(config(site, home)),
        }
        env.pop("REDIS_URL", None)
        env.pop("DATABASE_URL", None)
        daemon = subprocess.Popen(
            [sys.executable, "-m", "newswatch", "run"], env=env, stderr=subprocess.DEVNULL
        )
        peer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        samples = []
        try:
            for _ in range(IDLE_SECONDS // 5):
                time.sleep(5)
                samples.append(rss_mb(daemon.pid))
            peer_mb = rss_mb(peer.pid)
        finally:
            daemon.terminate()
            daemon.wait(15)
            peer.kill()
            peer.wait()
    top = max(samples)
    print("### daemon idle footprint\n")
    print(
        f"{SOURCES} sources on a local replica site, polled every 5-60 s, sampled every 5 s "
        f"for {IDLE_SECONDS} s (crawl rounds run in a child process, not counted).\n"
    )
    print("| figure | value | peer (bare python) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    print(
        f"| daemon RSS, max while idle | {top:.0f} MB | {peer_mb:.0f} MB | {top / peer_mb:.1f}x | "
        f"< 250 MB | {'yes' if top < 250 else 'no'} |"
    )
    print(f"| RSS first / last sample | {samples[0]:.0f} / {samples[-1]:.0f} MB | | | | |")


if __name__ == "__main__":
    main()
