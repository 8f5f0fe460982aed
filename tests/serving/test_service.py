"""The real service in-process (``to_asgi`` + TestClient): real model, real SQLite audit store."""

from __future__ import annotations

import copy

import pytest

from features.decision import Decision
from features.schema import Application
from tests.conftest import MINIMAL_APP
from tests.serving.conftest import bearer, dev_application

pytestmark = [pytest.mark.slow]


def triage(inprocess, app: dict, role: str = "submitter"):
    return inprocess.client.post("/triage", json={"application": app}, headers=bearer(role))


def test_probes(inprocess):
    assert inprocess.client.get("/livez").status_code == 200
    assert inprocess.client.get("/readyz").status_code == 200


def test_a_dev_case_gets_a_complete_explained_decision_that_was_stored(inprocess, dev_rows):
    app = dev_application(dev_rows, 0)
    r = triage(inprocess, app)
    assert r.status_code == 200, r.text
    decision = Decision.model_validate(r.json())
    assert decision.application_id == app["application_id"]
    assert decision.model.version == inprocess.service.engine.model_ref()["version"]
    expl = decision.explanation
    assert expl.summary and expl.factors and expl.text_evidence and expl.similar_cases
    texts = " ".join([app["end_use"], app.get("notes") or ""] + [i["description"] for i in app["items"]])
    assert all(ev.sentence in texts for ev in expl.text_evidence)
    stored = inprocess.client.get(f"/decisions/{app['application_id']}", headers=bearer("reviewer"))
    assert stored.status_code == 200
    assert stored.json()["decision"]["decision_id"] == decision.decision_id
    assert len(stored.json()["request_hash"]) == 64


def test_the_service_and_the_model_behind_triage_predict_agree(inprocess, champion, dev_rows):
    apps = [dev_application(dev_rows, i) for i in range(4)]
    expected = champion.model.decide([Application.model_validate(a) for a in apps], champion.ctx, model_ref=champion.ref)
    for app, want in zip(apps, expected):
        got = triage(inprocess, app).json()
        assert (got["risk_tier"], got["route"]) == (want.risk_tier.value, want.route.value)
        assert got["tier_probabilities"] == pytest.approx(want.tier_probabilities, abs=1e-6)
        assert got["route_probabilities"] == pytest.approx(want.route_probabilities, abs=1e-6)


def test_batch_keeps_input_order_and_stores_every_decision(inprocess, dev_rows):
    apps = [dev_application(dev_rows, i) for i in (5, 6, 7)]
    apps.append({**copy.deepcopy(MINIMAL_APP), "application_id": "BATCH-MIN"})
    r = inprocess.client.post("/triage_batch", json={"applications": apps}, headers=bearer("submitter"))
    assert r.status_code == 200, r.text
    assert [d["application_id"] for d in r.json()] == [a["application_id"] for a in apps]
    stored = inprocess.service.store.decision_ids()
    assert {d["decision_id"] for d in r.json()} <= stored


def test_feedback_is_stored_and_shown_with_the_case(inprocess):
    app = {**copy.deepcopy(MINIMAL_APP), "application_id": "FB-1"}
    decision = triage(inprocess, app).json()
    body = {"application_id": "FB-1", "decision_id": decision["decision_id"], "reviewer": "j.smith",
            "final_tier": "medium", "final_route": "standard", "outcome": "approved_with_conditions",
            "comment": "Conditions on re-export."}
    r = inprocess.client.post("/feedback", json=body, headers=bearer("reviewer"))
    assert r.status_code == 200, r.text
    assert r.json()["stored"] is True
    case = inprocess.client.get("/decisions/FB-1", headers=bearer("reviewer")).json()
    assert [(f["reviewer"], f["outcome"]) for f in case["feedback"]] == [("j.smith", "approved_with_conditions")]


def test_feedback_for_an_unknown_decision_is_404_and_bad_fields_422(inprocess):
    body = {"application_id": "NOPE", "decision_id": "00000000-0000-0000-0000-000000000000", "reviewer": "x",
            "final_tier": "low", "final_route": "streamlined", "outcome": "approved"}
    assert inprocess.client.post("/feedback", json=body, headers=bearer("reviewer")).status_code == 404
    r = inprocess.client.post("/feedback", json={**body, "outcome": "maybe", "final_tier": "huge"}, headers=bearer("reviewer"))
    assert r.status_code == 422
    assert {e["field"] for e in r.json()["errors"]} == {"outcome", "final_tier"}


def test_decision_queue_filters_pages_and_rejects_bad_queries(inprocess, dev_rows):
    triage(inprocess, dev_application(dev_rows, 8))
    client = inprocess.client
    page = client.get("/decisions?limit=2", headers=bearer("reviewer")).json()
    assert len(page["decisions"]) == 2 and page["total"] >= 2
    times = [d["decided_at"] for d in client.get("/decisions?limit=50", headers=bearer("reviewer")).json()["decisions"]]
    assert times == sorted(times, reverse=True)
    for route in ("enforcement", "streamlined"):
        rows = client.get(f"/decisions?route={route}", headers=bearer("reviewer")).json()["decisions"]
        assert all(d["route"] == route for d in rows)
    r = client.get("/decisions?route=fast&limit=0&since=yesterday&colour=red", headers=bearer("reviewer"))
    assert r.status_code == 422
    assert {e["field"] for e in r.json()["errors"]} == {"route", "limit", "since", "colour"}
    assert client.get("/decisions/NEVER-SEEN", headers=bearer("reviewer")).status_code == 404


def test_roles_are_enforced_on_the_real_service(inprocess):
    c = inprocess.client
    assert c.post("/triage", json={"application": MINIMAL_APP}).status_code == 401
    assert c.get("/decisions", headers=bearer("submitter")).status_code == 403
    assert c.post("/admin/reload", json={}, headers=bearer("reviewer")).status_code == 403


def test_invalid_application_gets_422_naming_fields_not_a_500(inprocess):
    app = copy.deepcopy(MINIMAL_APP)
    app["items"][0]["control_entry"] = "not-a-code"
    app["submitted_at"] = "yesterday"
    r = triage(inprocess, app)
    assert r.status_code == 422
    assert {e["field"] for e in r.json()["errors"]} == {"application.items[0].control_entry", "application.submitted_at"}


def test_no_decision_is_returned_when_it_cannot_be_stored(inprocess):
    from serving.audit.store import AuditStore

    service = inprocess.service
    working = service.engine.store
    before = working.count("decisions")
    service.engine.store = AuditStore("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_timeout_s=1)
    try:
        r = triage(inprocess, {**copy.deepcopy(MINIMAL_APP), "application_id": "LOST-1"})
    finally:
        service.engine.store = working
    assert r.status_code == 503
    assert "audit store is unavailable" in r.json()["error"] and "decision_id" not in r.json()
    assert working.count("decisions") == before
    assert triage(inprocess, {**copy.deepcopy(MINIMAL_APP), "application_id": "LOST-1"}).status_code == 200


def test_admin_reload_swaps_in_a_model_and_a_bad_one_leaves_the_running_model(inprocess):
    c = inprocess.client
    running = inprocess.service.engine.model_ref()
    r = c.post("/admin/reload", json={"model_uri": "models:/license-triage/999"}, headers=bearer("admin"))
    assert r.status_code == 409 and "running model stays" in r.json()["error"]
    assert inprocess.service.engine.model_ref() == running
    r = c.post("/admin/reload", json={}, headers=bearer("admin"))
    assert r.status_code == 200, r.text
    assert r.json()["model"]["version"] == running["version"]
    assert triage(inprocess, MINIMAL_APP).status_code == 200


def test_openapi_documents_the_endpoints_with_field_descriptions(inprocess):
    spec = inprocess.client.get("/docs.json").json()
    for path in ("/triage", "/triage_batch", "/feedback"):
        assert path in spec["paths"], path
    text = str(spec)
    assert "ISO 3166-1 alpha-2" in text and "risk_tier" in text
    assert "APP-2026-000123" in text  # the feedback example


def test_an_entry_missing_from_the_control_list_is_422_not_a_guess(inprocess):
    app = copy.deepcopy(MINIMAL_APP)
    app["items"].append({**app["items"][0], "control_entry": "9E999"})
    r = triage(inprocess, app)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "application.items[1].control_entry"
    r = inprocess.client.post("/triage_batch", json={"applications": [MINIMAL_APP, app]}, headers=bearer("submitter"))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "applications[1].items[1].control_entry"
