"""A real ``bentoml serve`` subprocess on a free port, auditing into PostgreSQL, over HTTP."""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from serving.audit.store import AuditStore
from tests.conftest import MINIMAL_APP
from tests.serving.conftest import bearer, dev_application, start_server, stop_server

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.postgres]


def test_a_dev_case_over_http_matches_triage_predict_and_is_in_postgres(live_server, trained, dev_rows, tmp_path,
                                                                         monkeypatch):
    app = dev_application(dev_rows, 3)
    with live_server.client("submitter") as c:
        r = c.post("/triage", json={"application": app})
    assert r.status_code == 200, r.text
    served = r.json()
    assert served["explanation"]["text_evidence"] and served["explanation"]["factors"]
    assert served["model"]["version"] == trained["result"]["model_version"]

    # the same case through `triage predict`
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"app": app}) + "\n")
    monkeypatch.setenv("TRIAGE_HOME", str(trained["home"]))
    from training.cli import app as cli

    result = CliRunner().invoke(cli, ["predict", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    predicted = json.loads(out.read_text().splitlines()[0])
    for key in ("risk_tier", "route", "tier_probabilities", "route_probabilities", "guardrails", "screening"):
        assert served[key] == predicted[key], key

    store = AuditStore(live_server.database_url)
    try:
        assert served["decision_id"] in store.decision_ids()
        assert store.decisions_for(app["application_id"])[0]["decision"]["decision_id"] == served["decision_id"]
    finally:
        store.close()


def test_metrics_count_decisions_by_route_and_tier(live_server):
    with live_server.client("submitter") as c:
        assert c.post("/triage", json={"application": MINIMAL_APP}).status_code == 200
        text = c.get("/metrics").text
    lines = [line for line in text.splitlines() if line.startswith("triage_decisions_total{")]
    assert lines and any('route="' in line and 'tier="' in line for line in lines)
    assert "triage_decision_seconds_bucket" in text


def test_http_errors_are_clear_and_never_500(live_server):
    with live_server.client() as anonymous:
        r = anonymous.post("/triage", json={"application": MINIMAL_APP})
        assert r.status_code == 401 and "missing API key" in r.json()["error"]
    with live_server.client("submitter") as c:
        bad = copy.deepcopy(MINIMAL_APP)
        bad["applicant"]["country"] = "XX"
        r = c.post("/triage", json={"application": bad})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "application.applicant.country"
        r = c.post("/triage_batch", json={"applications": [MINIMAL_APP] * 501})
        assert r.status_code == 413 and "at most 500" in r.json()["error"]
        r = c.post("/triage", content=b"x" * (9 * 1024 * 1024), headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        assert c.get("/decisions").status_code == 403
        assert r.headers.get("x-request-id")


def test_without_a_champion_the_service_starts_unready_and_says_so(tmp_path):
    import httpx

    server = start_server(tmp_path / "empty-home", f"sqlite:///{tmp_path / 'audit.db'}", tmp_path / "server.log",
                          probe="/livez")
    try:
        assert httpx.get(f"{server.url}/readyz").status_code == 503
        r = httpx.post(f"{server.url}/triage", json={"application": MINIMAL_APP}, headers=bearer("submitter"))
        assert r.status_code == 503 and "no model is registered" in r.json()["error"]
        assert "NOT READY: no model is registered at models:/license-triage@champion" in server.log.read_text()
    finally:
        stop_server(server)


def test_request_log_has_request_ids_but_no_keys_or_party_names(live_server):
    app = {**MINIMAL_APP, "application_id": "LOG-1", "end_user": {**MINIMAL_APP["end_user"], "name": "Zyxwv Secretive GmbH"}}
    with live_server.client("submitter") as c:
        r = c.post("/triage", json={"application": app}, headers={"X-Request-ID": "log-check-0001"})
    assert r.status_code == 200
    log = live_server.log.read_text()
    assert "request_id=log-check-0001" in log and "path=/triage" in log
    from tests.serving.conftest import KEYS

    for secret in [*KEYS.values(), "Zyxwv Secretive"]:
        assert secret not in log
