"""The crawler on real article pages that other projects saved, beside bare trafilatura.

    python bench/bench_realpages.py PAGES_DIR [--json OUT]      # or NEWSWATCH_REALPAGES=PAGES_DIR

PAGES_DIR holds ``manifest.json`` and the pages; real outlets' pages are copyrighted, so they
live outside the repository and this script skips (exit 0, one line) when the directory is
absent. The manifest lists, per page: its file, URL, language, the outlet's IANA zone, what the
page states of its publication (``date.instant`` and/or ``date.day``) and the article's own text
(``container`` XPath, optional ``exclude`` XPath, or a ``truth`` text file).

Each page is served at its own path by a local HTTP server on 127.0.0.1 and listed, without a
date, in its outlet's own local feed; one ``crawl_once`` round fetches them all, as a user's
``crawl --once`` would. Scored per page: stored or not; the date (right, wrong, missing,
invented: a date where the page states none, or 1 January at midnight where it states another
day); body precision and recall against the article's own text (bags of words); the same body
scores for bare ``trafilatura.extract`` with its defaults; title and language.

``telegram`` entries (a saved ``t.me/s/`` page with the posts it holds) are parsed with
``crawler.telegram.parse_preview`` and scored on post ids and texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import trafilatura
from lxml import html
from sqlalchemy import create_engine

from crawler.runner import crawl_once
from crawler.settings import CrawlerSettings
from crawler.sources import Source, SourceError
from crawler.state import METADATA
from crawler.telegram import parse_preview

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
SETTINGS = CrawlerSettings(download_delay=0.0, timeout=20.0, max_articles_per_round=5,
                           archive=False)
_WORD = re.compile(r"\w+")
# Harakat, tatweel and zero-width joiners are not part of a word's identity (trafilatura drops
# the Persian ZWNJ: "اصلاح‌طلبان" and "اصلاحطلبان" are one word).
_MARKS = re.compile("[\u064b-\u0652\u0640\u200b-\u200f]")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(_MARKS.sub("", text).casefold()))


def precision_recall(got: str, truth: str) -> tuple[float, float]:
    ours, gold = words(got), words(truth)
    common = sum((ours & gold).values())
    return (common / max(sum(ours.values()), 1), common / max(sum(gold.values()), 1))


def truth_text(root: Path, page: dict[str, Any]) -> str:
    if page.get("truth"):
        return (root / page["truth"]).read_text(encoding="utf-8")
    parser = html.HTMLParser(remove_comments=True, encoding="utf-8")
    tree = html.fromstring((root / page["file"]).read_bytes().decode(
        page.get("encoding", "utf-8")).encode("utf-8"), parser=parser)
    for bad in tree.xpath("//script|//style" + (f"|{page['exclude']}" if page.get("exclude")
                                                  else "")):
        bad.drop_tree()
    return "\n".join(" ".join(n.text_content().split()) for n in tree.xpath(page["container"]))


# -- the local site ------------------------------------------------------------------------

@dataclass
class Site:
    server: ThreadingHTTPServer
    routes: dict[str, tuple[str, bytes]]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


def serve(routes: dict[str, tuple[str, bytes]]) -> Site:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ctype, body = routes.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in routes else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Site(server, routes)


def feed(base: str, path: str, title: str) -> bytes:
    """An RSS feed with one item and no date, as the outlet's feed would list it."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>local'
            f"</title><link>{base}/</link><item><title>{_xml(title)}</title>"
            f"<link>{base}{path}</link></item></channel></rss>").encode()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_source(page: dict[str, Any], site: Site, with_zone: bool) -> Source:
    table: dict[str, Any] = {"id": page["id"], "name": page["id"], "homepage": site.url + "/",
                             "feeds": [f"{site.url}/feeds/{page['id']}.xml"]}
    if with_zone and page.get("zone"):
        table["zone"] = page["zone"]
    return Source.from_dict(table)


def zones_supported() -> bool:
    try:
        Source.from_dict({"id": "x", "name": "x", "feeds": ["http://127.0.0.1/"],
                          "zone": "Africa/Cairo"})
    except SourceError:
        return False
    return True


# -- scoring -------------------------------------------------------------------------------

def date_verdict(got: datetime | None, stated: dict[str, Any], zone: str | None) -> str:
    """right / wrong / missing / invented / none (the page states nothing, nothing given).

    Where the page states an instant, the instant is checked (also where its zone is the
    outlet's, ``zone_from_source``: a crawler that cannot be told the zone gets it wrong);
    where it states a day, the day in the outlet's zone."""
    instant, day = stated.get("instant"), stated.get("day")
    if got is None:
        return "missing" if (instant or day) else "none"
    if not (instant or day):
        return "invented"
    if (got.month, got.day, got.hour, got.minute) == (1, 1, 0, 0) \
            and not (day or "").endswith("-01-01"):
        return "invented"  # a year-only guess dressed as a date
    if instant:
        ok = abs(got - datetime.fromisoformat(instant)) < timedelta(seconds=60)
        return "right" if ok else "wrong"
    local = got.astimezone(ZoneInfo(zone)) if zone else got
    return "right" if local.date().isoformat() == day else "wrong"


def score_pages(root: Path, manifest: dict[str, Any]) -> list[dict[str, Any]]:
    pages = [p for p in manifest["pages"] if p.get("kind", "article") == "article"]
    zones = zones_supported()
    routes: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\n")}
    site = serve(routes)
    for page in pages:
        path = f"/p/{page['id']}/"
        routes[path] = (page.get("ctype", "text/html; charset=utf-8"),
                        (root / page["file"]).read_bytes())
        routes[f"/feeds/{page['id']}.xml"] = ("application/rss+xml", feed(site.url, path, ""))
    sources = [make_source(p, site, zones) for p in pages]
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'crawl.db'}")
        METADATA.create_all(engine)
        report = crawl_once(SETTINGS, sources, engine, None, clock=lambda: NOW)
        engine.dispose()
    site.server.shutdown()
    stored = {a.source: a for a in report.articles}
    rows = []
    for page in pages:
        rows.append(score_one(root, page, stored.get(page["id"])))
    return rows


def score_one(root: Path, page: dict[str, Any], article: Any) -> dict[str, Any]:
    gold = truth_text(root, page)
    raw = (root / page["file"]).read_bytes().decode(page.get("encoding", "utf-8"), "replace")
    bare = trafilatura.extract(raw, url=page["url"]) or ""
    bare_doc = trafilatura.bare_extraction(raw, url=page["url"], with_metadata=True)
    bare_date = getattr(bare_doc, "date", None) if bare_doc is not None else None
    row: dict[str, Any] = {"id": page["id"], "stored": article is not None,
                           "bare_p_r": precision_recall(bare, gold), "bare_date": bare_date}
    if article is None:
        row.update(p_r=(0.0, 0.0), date="missing", published=None, title="", language=None)
        return row
    row.update(
        p_r=precision_recall(article.text, gold),
        published=article.published_at.isoformat() if article.published_at else None,
        date=date_verdict(article.published_at, page.get("date", {}), page.get("zone")),
        title=article.title, text=article.text,
        language=article.language + ("" if article.language == page.get("lang") else " (wrong)"),
    )
    return row


def score_telegram(root: Path, manifest: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for page in (p for p in manifest["pages"] if p.get("kind") == "telegram"):
        posts = parse_preview((root / page["file"]).read_text(encoding="utf-8"))
        got = {p.url.rsplit("/", 1)[-1]: p.text for p in posts}
        want: dict[str, str] = page["posts"]
        right = sum(1 for k, v in want.items() if " ".join(got.get(k, "").split())
                    == " ".join(v.split()))
        rows.append({"id": page["id"], "posts": len(want), "right": right,
                     "extra": sorted(set(got) - set(want)),
                     "missing": sorted(set(want) - set(got))})
    return rows


# -- output --------------------------------------------------------------------------------

def table(rows: list[dict[str, Any]], tg: list[dict[str, Any]]) -> str:
    out = ["| page | stored | date | ours P / R | bare trafilatura P / R | language | title |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        (p, rc), (bp, br) = r["p_r"], r["bare_p_r"]
        date = r["date"] + (f" ({r['published']})" if r["date"] != "right" and r["published"]
                            else "")
        out.append(f"| {r['id']} | {'yes' if r['stored'] else '**no**'} | {date} | "
                   f"{p:.2f} / {rc:.2f} | {bp:.2f} / {br:.2f} | {r['language']} | "
                   f"{r['title'][:60]} |")
    n = len(rows)
    dated = [r for r in rows if r["date"] not in ("none",)]
    good_body = sum(1 for r in rows if min(r["p_r"]) >= 0.90)
    bad_lang = sum(str(r["language"]).endswith("(wrong)") for r in rows)
    not_worse = sum(1 for r in rows if _f1(r["p_r"]) >= _f1(r["bare_p_r"]) - 0.005)
    out += ["", f"- stored: {sum(r['stored'] for r in rows)}/{n}",
            f"- date right: {sum(r['date'] == 'right' for r in dated)}/{len(dated)} pages that "
            f"state one; invented: {sum(r['date'] == 'invented' for r in rows)}; "
            f"missing: {sum(r['date'] == 'missing' for r in rows)}",
            f"- body P and R >= 0.90: {good_body}/{n}; F1 at least bare trafilatura's: "
            f"{not_worse}/{n}",
            f"- language right: {n - bad_lang}/{n}"]
    for t in tg:
        out.append(f"- telegram {t['id']}: {t['right']}/{t['posts']} posts with their own text; "
                   f"extra (not posts): {t['extra']}; missing: {t['missing']}")
    return "\n".join(out)


def _f1(pr: tuple[float, float]) -> float:
    p, r = pr
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages_dir", nargs="?", default=os.environ.get("NEWSWATCH_REALPAGES"))
    parser.add_argument("--json", type=Path, help="also write every row (with texts) here")
    args = parser.parse_args()
    root = Path(args.pages_dir) if args.pages_dir else None
    if root is None or not (root / "manifest.json").is_file():
        print(f"bench_realpages: skipped, no real pages at {root} (give PAGES_DIR or "
              "NEWSWATCH_REALPAGES)")
        return 0
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    rows, tg = score_pages(root, manifest), score_telegram(root, manifest)
    print("### Real pages (bench_realpages.py)\n")
    print(table(rows, tg))
    if args.json:
        args.json.write_text(json.dumps({"pages": rows, "telegram": tg}, ensure_ascii=False,
                                        indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
