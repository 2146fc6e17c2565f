"""The dashboard in a real headless Chromium (Debian's), driven by Playwright.

The page is served by the real web app on 127.0.0.1, over SQLite and the embedded Redis;
the alert that reaches the subscription made with the form goes through the pipeline and
the alert service the daemon wires (``newswatch.wiring.Services``).

Skips where /usr/bin/chromium or the playwright package is absent, except in CI (``CI`` set),
where ``.ci/run`` installs Chromium: there a missing browser is a failure, not a skip.
Screenshots go to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine
from web_helpers import ADMIN, Api, seed_events, web_settings

from alerts import keys
from alerts.taxonomy import arabic_name
from crawler.models import Article
from newswatch.settings import Settings
from newswatch.web import serve_in_thread
from newswatch.web.app import create_app
from newswatch.wiring import Services

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
_MISSING = (
    "no /usr/bin/chromium (apt-get install chromium)" if not CHROMIUM.exists()
    else "playwright is not installed (pip install playwright)"
    if importlib.util.find_spec("playwright") is None else None
)
if _MISSING and os.environ.get("CI"):
    pytest.fail(f"CI must run the browser test: {_MISSING}", pytrace=False)
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")


@dataclasses.dataclass
class Stack:
    api: Api
    settings: Settings
    engine: Engine
    redis: redis.Redis


@pytest.fixture
def stack(sqlite_engine: Engine, tmp_path: Path, redis_embedded: redis.Redis, prefix: str
          ) -> Iterator[Stack]:
    settings = web_settings(tmp_path)
    settings = dataclasses.replace(settings, redis=dataclasses.replace(settings.redis,
                                                                       prefix=prefix))
    seed_events(sqlite_engine)
    server = serve_in_thread(create_app(settings, sqlite_engine, redis_embedded), "127.0.0.1", 0)
    yield Stack(Api(server.url), settings, sqlite_engine, redis_embedded)
    server.stop()


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n")
    return ARTIFACTS / name


def _replica_article(slug_start: str) -> Article:
    """One of the Arabic items the demo site ships (written for the package)."""
    raw = (resources.files("newswatch.replica.content") / "articles.json").read_text("utf-8")
    item = next(a for a in json.loads(raw) if a["slug"].startswith(slug_start))
    url = f"http://127.0.0.1/{item['id']}/"
    return Article(source="enab", url=url, canonical_url=url, title=item["title"],
                   text=item["text"], published_at=datetime.fromisoformat(item["published"]),
                   fetched_at=datetime.now(UTC))


def _alerts(stack: Stack, sub_id: str) -> list[dict[str, Any]]:
    stream = keys.subscriber_stream(stack.settings.redis.prefix, sub_id)
    entries = stack.redis.xrange(stream)
    return [json.loads(f["event"]) | {"kind": f["kind"]} for _id, f in entries
            if f["kind"] != "test"]


def test_map_filters_form_alert_and_both_languages(stack: Stack) -> None:
    api = stack.api
    from playwright.sync_api import expect, sync_playwright

    outside: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1250}, locale="en-US")
        page.on("request", lambda r: None if r.url.startswith(api.base) else outside.append(r.url))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(api.base + "/")
        page.wait_for_selector("body[data-ready=true]", timeout=10_000)
        events = page.locator("#events .event")

        # English, left to right. The 14 governorates; four seeded events have coordinates,
        # two are breaches (ringed).
        expect(page.locator("html")).to_have_attribute("dir", "ltr")
        assert page.locator("#govs path.gov").count() == 14
        assert page.locator("#markers .marker").count() == 4
        assert page.locator("#markers .marker.breach").count() == 2
        assert events.count() == 5
        assert events.locator("strong").first.inner_text() == "Arrests"
        page.screenshot(path=str(_artifact("dashboard-overview.png")))

        # The filters change the list (no eval in expectations: the CSP forbids it).
        page.check("#breach-only")
        expect(events).to_have_count(2)
        page.uncheck("#breach-only")
        expect(events).to_have_count(5)
        page.fill("#from", "2026-11-22")
        page.dispatch_event("#from", "change")
        expect(events).to_have_count(2)
        page.fill("#from", "")
        page.dispatch_event("#from", "change")
        expect(events).to_have_count(5)
        # Clicking Dar'a keeps only its two events, on the map and in the list.
        page.locator('path.gov[data-pcode="SY12"]').dispatch_event("click")
        expect(events).to_have_count(2)
        assert page.locator("#markers .marker").count() == 2
        assert page.locator("#region-name").inner_text() == "Dar'a"
        page.click("#clear-region")
        expect(events).to_have_count(5)

        # A subscription made with the form: Idleb picked on the map and Dar'a typed in
        # Arabic, explosions that break a ceasefire, over Redis.
        page.fill("#token", ADMIN)
        page.fill("#sub-name", "north-breaches")
        page.click("#pick-map")
        page.locator('path.gov[data-pcode="SY07"]').dispatch_event("click")
        page.click("#pick-map")
        page.fill("#region-input", "درعا")
        page.locator(".suggestion").first.click()
        page.check('#sub-types input[value="Explosions/Remote violence"]')
        page.check("#sub-breach")
        page.click("#create")
        page.wait_for_selector("#sub-list .sub", timeout=10_000)
        assert "nws_" in page.locator(".token-out").inner_text()
        assert "north-breaches" in page.locator("#sub-list").inner_text()
        [sub] = api.get("/api/subscriptions", ADMIN).body["items"]
        assert (sub["regions"], sub["event_types"], sub["breach_only"]) == (
            ["SY07", "SY12"], ["Explosions/Remote violence"], True)

        # News arrives: a shelling that breaks the truce in Idleb's countryside, and a
        # protest in as-Suwayda. Only the first reaches the subscriber's Redis stream.
        services = Services.build(stack.settings, stack.engine, stack.redis)
        summary = services.handle([_replica_article("قصف-على-كنصفرة"),
                                   _replica_article("مظاهرة-في-ساحة")])
        assert summary.events == 2 and summary.alerts == 1
        [alert] = _alerts(stack, sub["id"])
        assert (alert["kind"], alert["admin1_pcode"], alert["event_type"]) == (
            "alert", "SY07", "Explosions/Remote violence")
        assert alert["ceasefire_breach"] is True

        # The dashboard shows the new incident, and the alert in the subscription's history.
        page.reload()
        page.wait_for_selector("body[data-ready=true]", timeout=10_000)
        expect(events).to_have_count(7)
        page.fill("#token", ADMIN)
        page.click("#load-subs")
        page.wait_for_selector("#sub-list .history .status.delivered", timeout=10_000)
        page.screenshot(path=str(_artifact("dashboard-en.png")), full_page=True)

        # Arabic, right to left: the labels, the map's names and the list in Arabic.
        page.click("#lang")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        expect(page.locator("html")).to_have_attribute("lang", "ar")
        assert page.locator("span[data-i18n=latest]").inner_text() == "آخر الأحداث"
        assert "إدلب" in page.locator("#map").inner_html()
        assert page.locator("#govs path.gov").count() == 14
        expect(events).to_have_count(7)
        assert arabic_name("Arrests") in events.locator("strong").all_inner_texts()
        page.screenshot(path=str(_artifact("dashboard-ar.png")), full_page=True)
        browser.close()

    assert not errors, errors
    assert not outside, f"requests to other hosts: {outside}"
