"""The reviewer page in a real headless Chromium (Debian's package, driven by Playwright).

Screenshots go to ``test-artifacts/`` (kept by CI as artefacts, ignored by git).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from playwright.sync_api import expect

from serving.audit.store import AuditStore
from tests.conftest import REPO
from tests.serving.conftest import KEYS

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.postgres, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed: apt-get install chromium (the .ci/run script does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def submitted(live_server):
    """Six of the demo applications decided by the live service."""
    rows = [json.loads(line) for line in (REPO / "samples" / "demo_applications.jsonl").read_text().splitlines()[:6]]
    with live_server.client("submitter") as c:
        r = c.post("/triage_batch", json={"applications": [row["app"] for row in rows]})
    assert r.status_code == 200, r.text
    return r.json()


def test_queue_case_and_feedback_in_a_real_browser(live_server, browser, submitted):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{live_server.url}/ui/")
    assert "/ui/login" in page.url  # no key yet: the login page
    page.get_by_label("Reviewer API key").fill(KEYS["reviewer"])
    page.get_by_label("Reviewer API key").press("Enter")  # keyboard-usable
    page.wait_for_selector("#queue-table")
    page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)
    shown = page.locator("#queue-table tr[data-application-id]").evaluate_all("rows => rows.map(r => r.dataset.applicationId)")
    assert {d["application_id"] for d in submitted} <= set(shown)

    enforcement = [d for d in submitted if d["route"] == "enforcement"]
    page.select_option("#filter-route", "enforcement")
    page.click("#filters-apply")
    page.wait_for_selector("#queue-table, #queue-empty")
    routes = page.locator("#queue-table tr[data-application-id]").evaluate_all(
        "rows => rows.map(r => r.dataset.applicationId)")
    assert set(routes) >= {d["application_id"] for d in enforcement}
    assert not set(routes) & {d["application_id"] for d in submitted if d["route"] != "enforcement"}

    case = submitted[0]
    page.goto(f"{live_server.url}/ui/cases/{case['application_id']}")
    page.wait_for_selector("#case-summary")
    for section in ("#tier-probabilities", "#route-probabilities", "#factors", "#evidence", "#similar-cases"):
        assert page.locator(section).is_visible(), section
    assert case["risk_tier"] in page.locator("#case-summary").inner_text().lower()
    if case["explanation"]["text_evidence"]:
        assert page.locator("mark[data-testid=evidence-sentence]").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "case.png"), full_page=True)

    page.select_option("select[name=final_tier]", "high")
    page.select_option("select[name=final_route]", "interagency")
    page.select_option("select[name=outcome]", "refused")
    page.fill("input[name=reviewer]", "browser.reviewer")
    page.fill("textarea[name=comment]", "Checked in a real browser.")
    page.click("#feedback-submit")
    expect(page.locator("#feedback-status")).to_contain_text("recorded", ignore_case=True, timeout=30000)
    assert page.locator("#feedback-list tr[data-feedback-id]").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "feedback.png"), full_page=True)

    store = AuditStore(live_server.database_url)
    try:
        rows = store.feedback_for(case["application_id"])
    finally:
        store.close()
    assert [(r["reviewer"], r["final_route"], r["outcome"]) for r in rows] == [("browser.reviewer", "interagency", "refused")]

    page.reload()
    assert "browser.reviewer" in page.locator("#feedback-list").inner_text()
    page.close()


def test_a_submitter_key_cannot_open_the_page(live_server, browser):
    page = browser.new_page()
    page.goto(f"{live_server.url}/ui/login")
    page.get_by_label("Reviewer API key").fill(KEYS["submitter"])
    page.click("#login-submit")
    assert page.locator("#login-error").is_visible()
    page.close()
