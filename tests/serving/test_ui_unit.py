"""The reviewer pages (serving.ui) on an in-memory fake audit store, through Starlette's TestClient.

Fast unit tests: no database, no model, no browser. The app is mounted at /ui exactly as the
service mounts it; the gate is not in front, so the UI's own key check is exercised too.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime, timedelta, timezone

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from features.decision import Decision
from features.schema import ROUTES, Application
from serving.audit.store import AuditUnavailable, DecisionPage
from serving.ui import build_ui
from serving.ui import present

REVIEWER, ADMIN, SUBMITTER = "rev-key-0123456789", "adm-key-0123456789", "sub-key-0123456789"
ROLES = {REVIEWER: "reviewer", ADMIN: "admin", SUBMITTER: "submitter"}
MODEL = {"name": "license-triage", "version": "7", "run_id": "run-abc123"}
T0 = datetime(2026, 11, 16, 10, 8, tzinfo=timezone.utc)
EVIL_NAME = "Evil <script>alert('x')</script> Trading"


def application(app_id: str, *, end_user: str = "Acme GmbH", notes: str = "", end_use: str | None = None,
                consignees: list | None = None) -> dict:
    return Application.model_validate({
        "application_id": app_id,
        "submitted_at": "2026-11-16T09:00:00Z",
        "applicant": {"name": "Great Lakes CNC Controls, Inc.", "country": "US", "years_exporting": 15,
                      "prior_applications": 92, "prior_violations": 0, "has_compliance_program": True},
        "items": [
            {"control_entry": "2B991.a", "description": "CNC control units, 5-axis capable, with servo drives.",
             "quantity": 20, "unit_value_usd": 16500.0},
            {"control_entry": "3A991", "description": "Spare encoder and I/O boards.", "quantity": 100,
             "unit_value_usd": 420.0},
        ],
        "end_user": {"name": end_user, "type": "commercial", "country": "TR", "address": "Ikitelli OSB, Istanbul"},
        "consignees": consignees or [],
        "destination_country": "TR",
        "end_use": end_use or "Retrofitting older milling machines at the customer's job-shop in Istanbul.",
        "notes": notes,
    }).model_dump(mode="json")


def decision(app_id: str, decision_id: str, decided_at: datetime, *, tier: str, route: str, score: float,
             guardrails: list | None = None, screening: list | None = None, evidence: list | None = None,
             factors: list | None = None, similar: list | None = None, version: str = "7") -> dict:
    tiers = {"low": 0.05, "medium": 0.05, "high": 0.05, "critical": 0.05}
    tiers[tier] = 0.85
    routes = {r: 0.04 for r in ROUTES}
    routes[route] = 0.84
    return Decision(
        application_id=app_id, decision_id=decision_id, decided_at=decided_at, risk_tier=tier, route=route,
        risk_score=score, tier_probabilities=tiers, route_probabilities=routes, streamlined=route == "streamlined",
        guardrails=guardrails or [], screening=screening or [],
        explanation={"summary": f"{tier.capitalize()} risk, routed to {route}.", "factors": factors or [],
                     "text_evidence": evidence or [], "similar_cases": similar or []},
        model={**MODEL, "version": version}, policy_version="2026.1",
    ).model_dump(mode="json")


def case_a1() -> tuple[dict, dict]:
    notes = "The buyer asked to ship via a third country. Payment will be made in cash by a related firm."
    app = application("A-1001", end_user=EVIL_NAME, notes=notes,
                      consignees=[{"name": "Bosphorus Freight Ltd.", "role": "freight_forwarder", "country": "TR"}])
    dec = decision(
        "A-1001", "d-a1-2", T0, tier="critical", route="enforcement", score=0.93,
        guardrails=[{"rule": "screening_match", "detail": "end user matches Entity List entry Evil Trading Co."}],
        screening=[{"party_role": "end_user", "party_name": EVIL_NAME, "matched_name": "Evil Trading",
                    "listed_name": "Evil Trading Company", "list": "EL", "score": 0.97}],
        factors=[{"feature": "screening", "value": "best match 0.97 (Evil Trading)", "contribution": 0.412},
                 {"feature": "applicant", "value": "15 years exporting", "contribution": -0.087},
                 {"feature": "destination_country", "value": "TR (no country group)", "contribution": 0.031}],
        evidence=[{"field": "notes", "sentence": "The buyer asked to ship via a third country.", "contribution": 0.256},
                  {"field": "items[1].description", "sentence": "Spare encoder and I/O boards.", "contribution": -0.021}],
        similar=[{"application_id": "H-0042", "tier": "critical", "route": "enforcement", "similarity": 0.913}],
    )
    return app, dec


def build_entries() -> list[tuple[dict, dict]]:
    a1_app, a1_dec = case_a1()
    earlier = decision("A-1001", "d-a1-1", T0 - timedelta(days=6), tier="high", route="interagency", score=0.71,
                       version="6")
    return [
        (a1_app, earlier),
        (application("A-1003"), decision("A-1003", "d-a3", T0 - timedelta(days=2), tier="low",
                                          route="streamlined", score=0.02)),
        (a1_app, a1_dec),
        (application("A-1002"), decision("A-1002", "d-a2", T0 - timedelta(days=1), tier="medium",
                                         route="standard", score=0.31,
                                         guardrails=[{"rule": "streamline_threshold", "detail": "P(high) above 0.1"}])),
    ]


FEEDBACK = {"feedback_id": 5, "application_id": "A-1001", "decision_id": "d-a1-2", "reviewer": "j.smith",
            "final_tier": "critical", "final_route": "enforcement", "outcome": "refused",
            "comment": "Confirmed <b>diversion</b> risk.", "received_at": "2026-11-17T08:30:00+00:00",
            "request_hash": "0" * 64}


class FakeStore:
    """Just the AuditStore reads the UI calls, over a list of (application, decision) pairs."""

    def __init__(self, entries: list[tuple[dict, dict]], feedback: list[dict] | None = None) -> None:
        self.entries = entries
        self.feedback = feedback or []
        self.calls: list[dict] = []

    def _summary(self, dec: dict) -> dict:
        return {"decision_id": dec["decision_id"], "application_id": dec["application_id"],
                "decided_at": dec["decided_at"], "risk_tier": dec["risk_tier"], "route": dec["route"],
                "risk_score": dec["risk_score"], "streamlined": dec["streamlined"],
                "guardrails": [g["rule"] for g in dec["guardrails"]], "model_version": dec["model"]["version"],
                "has_feedback": any(f["decision_id"] == dec["decision_id"] for f in self.feedback)}

    def _newest_first(self) -> list[tuple[dict, dict]]:
        return sorted(self.entries, key=lambda e: (e[1]["decided_at"], e[1]["decision_id"]), reverse=True)

    def list_decisions(self, *, route=None, tier=None, guardrail=None, since=None, until=None, limit=50, offset=0):
        self.calls.append({"route": route, "tier": tier, "guardrail": guardrail, "since": since, "until": until,
                           "limit": limit, "offset": offset})
        rows = []
        for _, dec in self._newest_first():
            at = datetime.fromisoformat(dec["decided_at"].replace("Z", "+00:00"))
            if (route and dec["route"] != route) or (tier and dec["risk_tier"] != tier):
                continue
            if guardrail is not None and bool(dec["guardrails"]) != guardrail:
                continue
            if (since and at < since) or (until and at >= until):
                continue
            rows.append(self._summary(dec))
        return DecisionPage(rows=rows[offset:offset + limit], total=len(rows))

    def route_counts(self, *, since=None):
        counts = {r: 0 for r in ROUTES}
        for _, dec in self.entries:
            counts[dec["route"]] += 1
        return counts

    def decisions_for(self, application_id: str) -> list[dict]:
        return [{"decision": dec, "application": app, "request_hash": "h" * 64, "stored_at": dec["decided_at"]}
                for app, dec in self._newest_first() if dec["application_id"] == application_id]

    def feedback_for(self, application_id: str) -> list[dict]:
        return [f for f in self.feedback if f["application_id"] == application_id]


class DownStore:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise AuditUnavailable("audit database sqlite:///x is unavailable (read): disk I/O error")
        return fail


def make_client(store, *, model=MODEL) -> TestClient:
    ui = build_ui(lambda: store, lambda: model, ROLES.get)
    return TestClient(Starlette(routes=[Mount("/ui", app=ui)]), follow_redirects=False)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(build_entries(), [copy.deepcopy(FEEDBACK)])


@pytest.fixture
def client(store) -> TestClient:
    c = make_client(store)
    c.cookies.set("triage_key", REVIEWER)
    return c


def row_ids(html: str) -> list[str]:
    table = html.split('id="queue-table"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr data-application-id="([^"]+)"', table)


def section(html: str, element_id: str) -> str:
    """The markup from the element with ``id`` to the end of its <section>/<table>/<form>."""
    start = html.index(f'id="{element_id}"')
    tag = html.rfind("<", 0, start)
    name = re.match(r"<(\w+)", html[tag:]).group(1)
    return html[tag:html.index(f"</{name}>", start)]


# -- login / logout / access ------------------------------------------------------------------------

def test_login_form_is_labelled():
    r = make_client(FakeStore([])).get("/ui/login?next=/ui/cases/A-1001")
    assert r.status_code == 200
    assert 'id="login-form"' in r.text and 'name="key"' in r.text and 'type="password"' in r.text
    assert '<label for="login-key">' in r.text and 'id="login-key"' in r.text
    assert 'name="next" value="/ui/cases/A-1001"' in r.text


@pytest.mark.parametrize("key", [REVIEWER, ADMIN])
def test_login_sets_cookie_and_redirects(key):
    c = make_client(FakeStore([]))
    r = c.post("/ui/login", data={"key": key, "next": "/ui/cases/A-1001?x=1"})
    assert r.status_code == 303 and r.headers["location"] == "/ui/cases/A-1001?x=1"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"triage_key={key};")
    for part in ("HttpOnly", "SameSite=Strict", "Path=/"):
        assert part in cookie
    assert c.get("/ui/").status_code == 200  # the cookie now opens the queue


@pytest.mark.parametrize("key, status, message", [
    ("wrong-key-0123456789", 401, "not recognised"),
    (SUBMITTER, 403, "submitter role"),
    ("", 400, "Enter your reviewer API key"),
    ("has space;semicolon-xx", 400, "cookie cannot hold"),
])
def test_login_refusals_reshow_the_form(key, status, message):
    r = make_client(FakeStore([])).post("/ui/login", data={"key": key, "next": "/ui/"})
    assert r.status_code == status
    assert message in r.text and 'id="login-form"' in r.text and 'role="alert"' in r.text
    assert "set-cookie" not in r.headers


@pytest.mark.parametrize("next_path", ["https://evil.example/", "//evil.example/ui", "/other", "/ui/login", "/ui\\x"])
def test_login_redirects_only_to_local_ui_paths(next_path):
    r = make_client(FakeStore([])).post("/ui/login", data={"key": REVIEWER, "next": next_path})
    assert r.status_code == 303 and r.headers["location"] == "/ui/"


def test_login_refuses_a_cross_site_post():
    r = make_client(FakeStore([])).post("/ui/login", data={"key": REVIEWER},
                                        headers={"origin": "https://evil.example"})
    assert r.status_code == 403 and "set-cookie" not in r.headers


def test_logout_clears_the_cookie(client):
    r = client.post("/ui/logout")
    assert r.status_code == 303 and r.headers["location"] == "/ui/login?logged_out=1"
    assert r.headers["set-cookie"].startswith("triage_key=;") and "Max-Age=0" in r.headers["set-cookie"]
    assert "You are logged out" in client.get("/ui/login?logged_out=1").text


def test_pages_need_a_reviewer_key():
    c = make_client(FakeStore([]))
    r = c.get("/ui/cases/A-1001?tab=1")
    assert r.status_code == 303 and r.headers["location"] == "/ui/login?next=%2Fui%2Fcases%2FA-1001%3Ftab%3D1"
    assert c.get("/ui/", headers={"Authorization": f"Bearer {SUBMITTER}"}).status_code == 403
    assert c.get("/ui/", headers={"Authorization": f"Bearer {REVIEWER}"}).status_code == 200
    assert c.get("/ui/static/ui.css").status_code == 200  # static files are open


# -- queue ----------------------------------------------------------------------------------------

def test_queue_lists_newest_first_with_counts(client, store):
    r = client.get("/ui/")
    assert r.status_code == 200
    assert row_ids(r.text) == ["A-1001", "A-1002", "A-1003", "A-1001"]
    counts = section(r.text, "route-counts")
    for route in ROUTES:
        assert f'data-testid="count-{route}"' in counts
    assert 'data-testid="count-enforcement">1<' in counts and 'data-testid="count-human_rights">0<' in counts
    assert 'data-testid="count-all">4<' in counts
    table = section(r.text, "queue-table")
    assert '<th scope="col">Risk score</th>' in table.replace(' class="num"', "")
    assert 'href="/ui/cases/A-1001"' in table and "2026-11-16 10:08 UTC" in table and "0.93" in table
    assert "screening_match" in table and "✓ Yes" in table and ">6<" in table  # earlier model version
    assert "Showing 1–4 of 4" in r.text
    assert 'id="page-next"' not in r.text and 'id="page-prev"' not in r.text
    for control in ("filter-route", "filter-tier", "filter-guardrail", "filter-from", "filter-to"):
        assert f'<label for="{control}">' in section(r.text, "filters")
    assert 'type="date"' in r.text


@pytest.mark.parametrize("query, expected, call", [
    ("route=enforcement", ["A-1001"], {"route": "enforcement"}),
    ("tier=low", ["A-1003"], {"tier": "low"}),
    ("guardrail=yes", ["A-1001", "A-1002"], {"guardrail": True}),
    ("guardrail=no", ["A-1003", "A-1001"], {"guardrail": False}),
    ("from=2026-11-15&to=2026-11-15", ["A-1002"], {"since": datetime(2026, 11, 15, tzinfo=timezone.utc),
                                                  "until": datetime(2026, 11, 16, tzinfo=timezone.utc)}),
    ("route=&tier=&guardrail=&from=&to=", ["A-1001", "A-1002", "A-1003", "A-1001"], {"route": None}),
])
def test_queue_filters(client, store, query, expected, call):
    r = client.get(f"/ui/?{query}")
    assert r.status_code == 200
    assert row_ids(r.text) == expected
    for key, value in call.items():
        assert store.calls[-1][key] == value
    assert store.calls[-1]["limit"] == present.PAGE_SIZE


def test_queue_filters_are_kept_in_the_form(client):
    html = client.get("/ui/?route=enforcement&tier=critical&guardrail=yes&from=2026-11-01").text
    form = section(html, "filters")
    assert '<option value="enforcement" selected>' in form and '<option value="critical" selected>' in form
    assert '<option value="yes" selected>' in form and 'value="2026-11-01"' in form
    assert 'aria-current="true" data-route="enforcement"' in section(html, "route-counts")


def test_queue_paging_keeps_the_filters():
    entries = [(application(f"P-{i:03d}"), decision(f"P-{i:03d}", f"d-p{i}", T0 - timedelta(hours=i), tier="medium",
                                                     route="standard", score=0.3)) for i in range(30)]
    c = make_client(FakeStore(entries))
    c.cookies.set("triage_key", ADMIN)
    first = c.get("/ui/?route=standard")
    assert "Showing 1–25 of 30" in first.text and len(row_ids(first.text)) == 25
    assert row_ids(first.text)[0] == "P-000"
    next_href = re.search(r'id="page-next" rel="next" href="([^"]+)"', first.text).group(1)
    assert next_href == "/ui/?route=standard&amp;offset=25"
    second = c.get("/ui/?route=standard&offset=25")
    assert "Showing 26–30 of 30" in second.text and row_ids(second.text) == [f"P-{i:03d}" for i in range(25, 30)]
    prev_href = re.search(r'id="page-prev" rel="prev" href="([^"]+)"', second.text).group(1)
    assert prev_href == "/ui/?route=standard" and 'id="page-next"' not in second.text
    beyond = c.get("/ui/?offset=100")
    assert beyond.status_code == 200 and "No decisions on this page" in beyond.text


@pytest.mark.parametrize("query, message", [
    ("route=nope", "&#39;nope&#39; is not a route"),
    ("tier=extreme", "&#39;extreme&#39; is not a risk tier"),
    ("guardrail=maybe", "Guardrail fired"),
    ("from=2026-13-01", "Decided from: &#39;2026-13-01&#39; is not a date"),
    ("to=yesterday", "Decided to"),
    ("from=2026-11-20&to=2026-11-01", "is after Decided to"),
    ("offset=-1", "Offset"),
    ("offset=abc", "Offset"),
    ("offset=%C2%B2", "Offset"),
    ("from=%EF%BC%92026-11-01", "Decided from"),  # a full-width digit is not a date
])
def test_bad_filters_answer_400_with_the_message(client, store, query, message):
    r = client.get(f"/ui/?{query}")
    assert r.status_code == 400
    errors = section(r.text, "filter-errors")
    assert message in errors and 'role="alert"' in errors
    assert 'id="filters"' in r.text and 'id="queue-table"' not in r.text
    assert store.calls == []


def test_queue_escapes_and_quotes_odd_application_ids():
    odd = "B 7/<x>"
    c = make_client(FakeStore([(application(odd), decision(odd, "d-odd", T0, tier="low", route="streamlined", score=0.01))]))
    c.cookies.set("triage_key", REVIEWER)
    html = c.get("/ui/").text
    assert 'href="/ui/cases/B%207%2F%3Cx%3E"' in html and "B 7/&lt;x&gt;" in html and "<x>" not in html
    case = c.get("/ui/cases/B%207%2F%3Cx%3E")
    assert case.status_code == 200 and "B 7/&lt;x&gt;" in case.text


# -- case -----------------------------------------------------------------------------------------

def test_case_page_shows_the_decision(client):
    r = client.get("/ui/cases/A-1001")
    assert r.status_code == 200
    html = r.text
    summary = section(html, "case-summary")
    assert 'data-decision-id="d-a1-2"' in summary and "critical" in summary and "Enforcement" in summary
    assert "license-triage" in summary and ">7<" in summary and "run-abc123" in summary
    tiers = section(html, "tier-probabilities")
    assert "85.0%" in tiers and "5.0%" in tiers and "w-85" in tiers and "✓ decided" in tiers
    routes = section(html, "route-probabilities")
    assert "84.0%" in routes and "4.0%" in routes and all(f'data-name="{r}"' in routes for r in ROUTES)
    guardrails = section(html, "guardrails")
    assert "screening_match" in guardrails and "matches Entity List entry Evil Trading Co." in guardrails
    screening = section(html, "screening")
    assert "Evil Trading Company" in screening and ">EL<" in screening and "0.97" in screening and "end_user" in screening
    factors = section(html, "factors")
    assert "Screening" in factors and "+0.412" in factors and "−" not in factors and "-0.087" in factors
    assert 'class="half pos"><span class="fill w-100">' in factors  # the largest factor fills its half
    assert 'class="half neg"><span class="fill w-21">' in factors  # 0.087 / 0.412 of it, to the left
    similar = section(html, "similar-cases")
    assert "H-0042" in similar and "0.913" in similar
    assert "d-a1-1" in section(html, "earlier-decisions")


def test_case_page_shows_the_application(client):
    html = client.get("/ui/cases/A-1001").text
    app = section(html, "application")
    assert "Great Lakes CNC Controls, Inc." in app and "2B991.a" in app and "3A991" in app
    assert "USD 372,000.00" in app and "Bosphorus Freight Ltd." in app and ">TR<" in app
    evidence = section(html, "evidence")
    assert "Retrofitting older milling machines" in evidence and "Payment will be made in cash" in evidence


def test_evidence_sentences_are_highlighted_with_a_non_colour_cue(client):
    evidence = section(client.get("/ui/cases/A-1001").text, "evidence")
    marks = re.findall(r'<mark class="ev ev-(up|down) ev-s(\d)"[^>]*data-testid="evidence-sentence"[^>]*>(.*?)</mark>',
                       evidence, re.S)
    assert [(d, s) for d, s, _ in marks] == [("down", "1"), ("up", "3")]  # document order: item 2, then notes
    up = marks[1][2]
    assert "The buyer asked to ship via a third country." in up and "▲" in up and "+0.256" in up
    assert "▼" in marks[0][2] and "-0.021" in marks[0][2]
    assert 'title="Raises the risk: +0.256 (expected tier)"' in evidence
    assert 'id="evidence-legend"' in evidence and "Raises the risk" in evidence and "Lowers the risk" in evidence


def test_case_page_feedback_list_and_form(client):
    html = client.get("/ui/cases/A-1001").text
    listing = section(html, "feedback-list")
    assert 'data-feedback-id="5"' in listing and "j.smith" in listing and "refused" in listing
    assert "Confirmed &lt;b&gt;diversion&lt;/b&gt; risk." in listing and "2026-11-17 08:30 UTC" in listing
    form = section(html, "feedback-form")
    for name in ("final_tier", "final_route", "outcome", "reviewer", "comment"):
        assert f'name="{name}"' in form
    for control in ("fb-reviewer", "fb-final-tier", "fb-final-route", "fb-outcome", "fb-comment"):
        assert f'<label for="{control}">' in form
    assert 'name="application_id" value="A-1001"' in form and 'name="decision_id" value="d-a1-2"' in form
    assert '<option value="critical" selected>' in form and '<option value="enforcement" selected>' in form
    assert 'id="feedback-submit"' in form and 'data-endpoint="/feedback"' in form
    assert 'id="feedback-status"' in html and 'aria-live="polite"' in html
    assert '<script src="/ui/static/case.js" defer></script>' in html


def test_user_text_is_escaped(client):
    html = client.get("/ui/cases/A-1001").text
    assert "<script>alert" not in html
    assert "Evil &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Trading" in section(html, "screening")
    assert "Evil &lt;script&gt;" in section(html, "application")


def test_unknown_case_is_a_404_page(client):
    r = client.get("/ui/cases/NOPE-1")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "No decision is stored for application &#39;NOPE-1&#39;" in r.text
    assert client.get("/ui/no-such-page").status_code == 404


@pytest.mark.parametrize("path", ["/ui/", "/ui/cases/A-1001", "/ui/?route=standard"])
def test_store_outage_is_a_503_page(path):
    for store in (DownStore(), None):
        c = make_client(store)
        c.cookies.set("triage_key", REVIEWER)
        r = c.get(path)
        assert r.status_code == 503 and "Audit store unavailable" in r.text and "text/html" in r.headers["content-type"]
        assert "sqlite" not in r.text  # the store's URL is not shown to the browser


def test_unexpected_errors_are_an_html_500_page():
    class Broken(FakeStore):
        def route_counts(self, *, since=None):
            raise RuntimeError("bug")

    c = make_client(Broken([]))
    c.cookies.set("triage_key", REVIEWER)
    r = c.get("/ui/")
    assert r.status_code == 500 and "Something went wrong" in r.text and "bug" not in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_behind_the_real_gate():
    """Mounted as the service does, behind serving.gate: its redirect, its cookie rule, the open login."""
    import types

    from serving.auth import KeyRing
    from serving.gate import Gate

    keys = KeyRing.parse(f"submitter:{SUBMITTER},reviewer:{REVIEWER},admin:{ADMIN}")

    def check_key(key):
        verdict = keys.identify(key)
        return verdict.role.name if verdict.role else None

    inner = Starlette(routes=[Mount("/ui", app=build_ui(lambda: FakeStore(build_entries()), lambda: MODEL, check_key))])
    settings = types.SimpleNamespace(max_body_bytes=65536, max_batch=10)
    c = TestClient(Gate(inner, settings_factory=lambda: settings, keyring=keys), follow_redirects=False)
    r = c.get("/ui/cases/A-1001")
    assert r.status_code == 303 and r.headers["location"] == "/ui/login?next=/ui/cases/A-1001"
    login = c.get(r.headers["location"])
    assert login.status_code == 200 and 'name="next" value="/ui/cases/A-1001"' in login.text
    r = c.post("/ui/login", data={"key": REVIEWER, "next": "/ui/cases/A-1001"})
    assert r.status_code == 303 and r.headers["location"] == "/ui/cases/A-1001"
    case = c.get("/ui/cases/A-1001")
    assert case.status_code == 200 and 'id="case-summary"' in case.text
    assert c.get("/ui/static/case.js").status_code == 200
    c.cookies.clear()
    c.cookies.set("triage_key", SUBMITTER)
    assert c.get("/ui/").status_code == 403


def test_feedback_script_posts_json_to_feedback(client):
    js = client.get("/ui/static/case.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert 'credentials: "same-origin"' in js.text and '"Content-Type": "application/json"' in js.text
    assert "Feedback recorded (id " in js.text and "innerHTML" not in js.text.replace("never innerHTML", "")


def test_security_headers_on_every_response(client):
    for path in ("/ui/", "/ui/cases/A-1001", "/ui/login", "/ui/static/case.js", "/ui/cases/NOPE"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    assert client.get("/ui/").headers["cache-control"] == "no-store"


def test_pages_reference_only_local_assets(client):
    for path in ("/ui/", "/ui/cases/A-1001", "/ui/login"):
        html = client.get(path).text
        assert "http://" not in html and "https://" not in html and " style=" not in html
        assert re.findall(r'<script[^>]*src="([^"]+)"', html) in ([], ["/ui/static/case.js"])
    css = client.get("/ui/static/ui.css")
    assert css.status_code == 200 and ".w-100 { width: 100%; }" in css.text and "@import" not in css.text


def test_serving_model_in_the_header():
    c = make_client(FakeStore(build_entries()), model=None)
    c.cookies.set("triage_key", REVIEWER)
    assert "none loaded" in section(c.get("/ui/").text, "serving-model")


def test_highlighting_places_sentences_once_and_reports_the_rest():
    app = application("H-1", notes="Ship it. Ship it. Nothing else.")
    evidence = [{"field": "notes", "sentence": "Ship it.", "contribution": 0.1},
                {"field": "notes", "sentence": "Ship it.", "contribution": 0.05},
                {"field": "end_use", "sentence": "Not in the text.", "contribution": -0.3}]
    blocks, unplaced = present.highlighted_text(app, evidence)
    notes = next(b for b in blocks if b["field"] == "notes")
    assert [p["text"] for p in notes["pieces"]] == ["Ship it.", " ", "Ship it.", " Nothing else."]
    assert notes["highlighted"] == 2 and [u["sentence"] for u in unplaced] == ["Not in the text."]
    assert present.strength(0.3) == 3 and present.strength(-0.06) == 2 and present.strength(0.01) == 1
    assert present.width_class(1.7) == "w-100" and present.width_class(float("nan")) == "w-0"
