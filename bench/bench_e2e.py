"""End-to-end latency: an article appears in a feed -> a signed webhook arrives.

    python bench/bench_e2e.py [--articles 20] [--interval 2]

The replica site (no crawl delay), a webhook receiver on 127.0.0.1 that verifies the
Standard Webhooks signature, and ``newswatch run`` as a subprocess polling every
``--interval`` seconds with one ``[[subscription]]`` (everything, to the webhook).
Articles (distinct incidents: towns in different governorates, breach phrasing) are
published at random times. Latency = arrival - publish; "minus poll" = arrival - the first
feed fetch after publish (from ``site.requests``). Peer: the poll interval itself.
The daemon, receiver and reports are also used by ``bench/soak.py``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newswatch.replica import ReplicaSite

SECRET = "whsec_" + base64.b64encode(b"bench-e2e-secret-0123456789").decode()
# Towns in different governorates, far enough apart that no two reports are one incident.
TOWNS = [
    ("سراقب", "إدلب"), ("الأتارب", "حلب"), ("كنسبا", "اللاذقية"), ("اللطامنة", "حماة"),
    ("تلبيسة", "حمص"), ("دوما", "ريف دمشق"), ("طفس", "درعا"), ("الميادين", "دير الزور"),
    ("منبج", "حلب"), ("الطبقة", "الرقة"), ("القامشلي", "الحسكة"), ("شهبا", "السويداء"),
    ("خان أرنبة", "القنيطرة"), ("بانياس", "طرطوس"), ("جسر الشغور", "إدلب"),
    ("البوكمال", "دير الزور"), ("القصير", "حمص"), ("الزبداني", "ريف دمشق"),
    ("بصرى الشام", "درعا"), ("عفرين", "حلب"), ("مصياف", "حماة"), ("جبلة", "اللاذقية"),
]
TITLES = [
    "مقتل {n} مدنيين بقصف على {t} في ريف {g} رغم وقف إطلاق النار",
    "خرق للهدنة: قصف مدفعي يقتل {n} أشخاص في {t}",
    "{n} قتلى بقصف صاروخي استهدف {t} بمحافظة {g}",
]
BODIES = [
    "قُتل {n} مدنيين، صباح اليوم، جراء قصف صاروخي استهدف بلدة {t} في ريف {g}، في خرق "
    "جديد لاتفاق وقف إطلاق النار.",
    "أفاد ناشطون بمقتل {n} أشخاص بقصف مدفعي طال الأحياء السكنية في {t} بمحافظة {g}، رغم "
    "سريان الهدنة المعلنة.",
    "استهدفت قذائف مدفعية مدينة {t} في {g} اليوم، ما أسفر عن مقتل {n} مدنيين في انتهاك "
    "لوقف إطلاق النار.",
]
FILLERS = [
    "وقال الدفاع المدني إن فرقه انتشلت جثث الضحايا من تحت الأنقاض.",
    "وأشار مراسلون إلى أضرار كبيرة لحقت بالمنازل والمحال التجارية في المنطقة.",
    "وتشهد المنطقة توتراً منذ أسابيع مع تبادل الاتهامات بخرق التفاهمات.",
    "ونقل الجرحى إلى مشاف ميدانية قريبة وسط نقص في المستلزمات الطبية.",
    "وطالب الأهالي بتحييد المناطق السكنية عن العمليات العسكرية.",
    "ولم يصدر تعليق رسمي حتى ساعة إعداد هذا الخبر.",
]


def incident(i: int, rng: random.Random, toll: int | None = None) -> dict[str, str]:
    """The ``i``-th report: a town of its own (cycling after ``len(TOWNS)``)."""
    town, gov = TOWNS[i % len(TOWNS)]
    n = rng.randint(2, 9) if toll is None else toll
    fill = rng.sample(FILLERS, 3)
    text = "\n\n".join([rng.choice(BODIES).format(n=n, t=town, g=gov), *fill])
    return {"title": rng.choice(TITLES).format(n=n, t=town, g=gov), "text": text}


def path_of(url: str) -> str:
    return urlsplit(url).path.rstrip("/")


class Receiver:
    """Webhook receiver on 127.0.0.1 that verifies Standard Webhooks signatures.

    ``arrivals`` maps each article path named in a delivered event's ``urls`` to the
    ``time.monotonic()`` of its first delivery; ``ids`` counts webhook-ids (duplicates).
    """

    def __init__(self, secret: str = SECRET) -> None:
        self.key = base64.b64decode(secret.removeprefix("whsec_"))
        self.arrivals: dict[str, float] = {}
        self.ids: dict[str, int] = {}
        self.bad_signatures = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.receive(dict(self.headers.items()), body, time.monotonic())
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def valid(self, headers: dict[str, str], body: bytes) -> bool:
        lower = {k.lower(): v for k, v in headers.items()}
        content = f"{lower['webhook-id']}.{lower['webhook-timestamp']}.".encode() + body
        expected = base64.b64encode(hmac.new(self.key, content, hashlib.sha256).digest())
        given = [s.split(",", 1)[-1] for s in lower["webhook-signature"].split()]
        return any(hmac.compare_digest(expected.decode(), g) for g in given)

    def receive(self, headers: dict[str, str], body: bytes, at: float) -> None:
        with self.lock:
            if not self.valid(headers, body):
                self.bad_signatures += 1
                return
            msg_id = {k.lower(): v for k, v in headers.items()}["webhook-id"]
            self.ids[msg_id] = self.ids.get(msg_id, 0) + 1
            payload = json.loads(body)
            alerts = payload.get("alerts") or [payload]
            for alert in alerts:
                for url in (alert.get("event") or {}).get("urls") or ():
                    self.arrivals.setdefault(path_of(url), at)

    @property
    def duplicates(self) -> int:
        return sum(n - 1 for n in self.ids.values())

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def write_config(home: Path, site: ReplicaSite, hook: str, interval: int) -> Path:
    path = home / "newswatch.toml"
    path.write_text(
        f"""
[crawler]
min_interval = {interval}
max_interval = {interval}
download_delay = 0
use_registry = false
[alerts]
allow_private_webhooks = true
[web]
port = 0
[[source]]
id = "replica"
name = "Replica"
homepage = "{site.url}/"
feeds = ["{site.url}/feed/"]
[[subscription]]
name = "everything"
channel = "{hook}"
secret = "{SECRET}"
""",
        encoding="utf-8",
    )
    return path


def start_daemon(home: Path, config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSWATCH_HOME": str(home / "home"), "NEWSWATCH_CONFIG": str(config)}
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL", None)
    with log.open("ab") as fh:  # the child keeps its own descriptor
        return subprocess.Popen([sys.executable, "-m", "newswatch", "run"], env=env,
                                stdout=subprocess.DEVNULL, stderr=fh)


def stop_daemon(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def rss_mb(pid: int, children: bool = False) -> float:
    """Resident memory of ``pid`` (and its children: crawl rounds run in a child)."""
    total = 0.0
    for p in [pid, *(_children(pid) if children else [])]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def _children(pid: int) -> list[int]:
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(k) for k in kids] + [g for k in kids for g in _children(int(k))]


def feed_fetches(site: ReplicaSite) -> list[float]:
    return sorted(r.time for r in site.requests if r.path.startswith("/feed"))


def wait_for(condition: Any, timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def percentiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        v = values[0] if values else float("nan")
        return v, v, v
    q = statistics.quantiles(values, n=100, method="inclusive")
    return q[49], q[94], q[98]


def measure(n: int, interval: int, seed: int = 3) -> dict[str, Any]:
    rng = random.Random(seed)
    receiver = Receiver()
    with tempfile.TemporaryDirectory() as tmp, ReplicaSite.start(
        articles=[], robots_crawl_delay=0, per_page=50
    ) as site:
        home = Path(tmp)
        proc = start_daemon(home, write_config(home, site, receiver.url, interval),
                           home / "daemon.log")
        published: dict[str, float] = {}
        try:
            # Ready: two polls seen (the first round also syncs the subscription).
            if not wait_for(lambda: len(feed_fetches(site)) >= 2, 90):
                raise SystemExit("daemon never polled:\n" + (home / "daemon.log").read_text())
            for i in range(n):
                time.sleep(rng.uniform(0.3, 2.5 * interval))
                url = site.publish(incident(i, rng))
                published[path_of(url)] = time.monotonic()
            wait_for(lambda: len(set(published) & set(receiver.arrivals)) == n, 30 + 5 * interval)
        finally:
            stop_daemon(proc)
            receiver.stop()
        fetches = feed_fetches(site)
    return summarise(published, receiver, fetches)


def summarise(published: dict[str, float], receiver: Receiver,
              fetches: list[float]) -> dict[str, Any]:
    raw, minus_poll = [], []
    for path, at in published.items():
        arrived = receiver.arrivals.get(path)
        if arrived is None:
            continue
        raw.append(arrived - at)
        poll = next((f for f in fetches if f >= at), None)
        if poll is not None and poll <= arrived:
            minus_poll.append(arrived - poll)
    gaps = [b - a for a, b in itertools.pairwise(fetches)]
    return {"published": len(published), "delivered": len(raw), "raw": percentiles(raw),
            "poll_gap": statistics.median(gaps) if gaps else float("nan"),
            "minus_poll": percentiles(minus_poll), "bad": receiver.bad_signatures,
            "duplicates": receiver.duplicates}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--interval", type=int, default=2)
    args = parser.parse_args()
    r = measure(args.articles, args.interval)
    raw, net = r["raw"], r["minus_poll"]
    print("### end to end: feed -> webhook\n")
    print(f"`newswatch run` polling one replica feed every {args.interval} s; "
          f"{r['published']} articles published at random times, {r['delivered']} delivered; "
          f"median time between feed fetches {r['poll_gap']:.1f} s; "
          f"signatures failed: {r['bad']}; duplicate deliveries: {r['duplicates']}.\n")
    print("| figure | p50 | p95 | p99 | peer (poll interval) | ratio p95 / peer | target | met |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| publish -> webhook (s) | {raw[0]:.2f} | {raw[1]:.2f} | {raw[2]:.2f} | "
          f"{args.interval} s | {raw[1] / args.interval:.2f} | | |")
    print(f"| first feed fetch after publish -> webhook (s) | {net[0]:.2f} | {net[1]:.2f} | "
          f"{net[2]:.2f} | {args.interval} s | {net[1] / args.interval:.2f} | < 1 s | "
          f"{'yes' if net[1] < 1 else 'no'} |")


if __name__ == "__main__":
    main()
