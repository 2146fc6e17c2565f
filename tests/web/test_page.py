"""The dashboard in a real headless Chromium (Debian's), driven by Playwright.

Skips when /usr/bin/chromium or the playwright package is absent.  Screenshots go to
tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from web_helpers import ADMIN, Api

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="playwright is not installed (pip install playwright)"),
]


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n")
    return ARTIFACTS / name


def test_map_filter_and_subscription_form(sqlite_api: Api) -> None:
    api = sqlite_api
    from playwright.sync_api import expect, sync_playwright

    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1250}, locale="en-US")
        page.on("request", lambda r: None if r.url.startswith(api.base) else outside.append(r.url))
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(api.base + "/")
        page.wait_for_selector("body[data-ready=true]", timeout=10_000)

        # Four seeded events have coordinates; two are breaches (ringed).
        assert page.locator("#markers .marker").count() == 4
        assert page.locator("#markers .marker.breach").count() == 2
        assert page.locator("#govs path.gov").count() == 14
        assert page.locator("#events .event").count() == 5
        page.screenshot(path=str(_artifact("dashboard-overview.png")))

        # Clicking Dar'a keeps only its two events, on the map and in the list.
        page.locator('path.gov[data-pcode="SY12"]').dispatch_event("click")
        expect(page.locator("#events .event")).to_have_count(2)  # no eval: the CSP forbids it
        assert page.locator("#markers .marker").count() == 2
        assert page.locator("#region-name").inner_text() == "Dar'a"

        # A subscription for Idleb picked on the map, breaches only, over Redis.
        page.fill("#token", ADMIN)
        page.fill("#sub-name", "idleb-breaches")
        page.click("#pick-map")
        page.locator('path.gov[data-pcode="SY07"]').dispatch_event("click")
        page.click("#pick-map")
        page.fill("#region-input", "درعا")
        page.locator(".suggestion").first.click()
        page.check('#sub-types input[value="Battles"]')
        page.check("#sub-breach")
        page.click("#create")
        page.wait_for_selector("#sub-list .sub", timeout=10_000)
        assert "nws_" in page.locator(".token-out").inner_text()
        assert "idleb-breaches" in page.locator("#sub-list").inner_text()
        page.locator("#sub-list .sub-actions button").nth(1).click()  # send a test
        page.wait_for_selector("#sub-list .history .status.delivered", timeout=10_000)
        page.screenshot(path=str(_artifact("dashboard-en.png")), full_page=True)

        # Arabic, right to left.
        page.click("#lang")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        assert page.locator("span[data-i18n=latest]").inner_text() == "آخر الأحداث"
        assert "إدلب" in page.locator("#map").inner_html()
        page.screenshot(path=str(_artifact("dashboard-ar.png")), full_page=True)
        browser.close()

    assert not errors, errors
    assert not outside, f"requests to other hosts: {outside}"
    subs = api.get("/api/subscriptions", ADMIN).body["items"]
    assert [(s["name"], s["regions"], s["breach_only"]) for s in subs] == [
        ("idleb-breaches", ["SY07", "SY12"], True)
    ]
