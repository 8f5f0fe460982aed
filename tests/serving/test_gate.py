"""The service's front door on a stand-in app: auth, limits, JSON and validation errors."""

from __future__ import annotations

import copy
import json
import types

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from serving.auth import KeyRing
from serving.gate import Gate, required_role
from serving.auth import Role
from tests.conftest import MINIMAL_APP

SUB, REV, ADM = "s" * 20, "r" * 20, "a" * 20


async def echo(request: Request):
    body = await request.body()
    return JSONResponse({"path": request.url.path, "bytes": len(body), "role": request.state.role
                         if hasattr(request.state, "role") else None})


def client(max_body: int = 64 * 1024, max_batch: int = 3) -> TestClient:
    inner = Starlette(routes=[Route(p, echo, methods=["GET", "POST"]) for p in (
        "/triage", "/triage_batch", "/feedback", "/decisions", "/admin/reload", "/livez", "/other", "/ui/queue")])
    settings = types.SimpleNamespace(max_body_bytes=max_body, max_batch=max_batch)
    keys = KeyRing.parse(f"submitter:{SUB},reviewer:{REV},admin:{ADM}")
    return TestClient(Gate(inner, settings_factory=lambda: settings, keyring=keys))


def auth(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


def test_roles_per_path():
    assert required_role("/livez") is None and required_role("/metrics") is None
    assert required_role("/triage") is Role.submitter and required_role("/triage_batch") is Role.submitter
    assert required_role("/feedback") is Role.reviewer and required_role("/decisions/A-1") is Role.reviewer
    assert required_role("/admin/reload") is Role.admin
    assert required_role("/anything-else") is Role.submitter  # default deny
    assert required_role("/triagex") is Role.submitter


@pytest.mark.parametrize("path, key, status", [
    ("/triage", None, 401), ("/triage", "x" * 20, 401), ("/triage", SUB, 200), ("/triage", ADM, 200),
    ("/feedback", SUB, 403), ("/decisions", SUB, 403), ("/decisions", REV, 200),
    ("/admin/reload", REV, 403), ("/admin/reload", ADM, 200), ("/livez", None, 200), ("/other", None, 401),
])
def test_auth_matrix(path, key, status):
    body = {"/triage": {"application": MINIMAL_APP}, "/feedback": {}, "/admin/reload": {}}.get(path)
    c = client()
    headers = auth(key) if key else {}
    r = c.post(path, json=body, headers=headers) if body is not None else c.get(path, headers=headers)
    if path == "/feedback" and status == 200:
        status = 422
    assert r.status_code == status, r.text
    if status == 401:
        assert r.json()["error"] and r.headers["www-authenticate"].startswith("Bearer")
    if status == 403:
        assert "role" in r.json()["error"]


def test_every_response_carries_a_request_id_and_a_given_one_is_kept():
    c = client()
    assert len(c.get("/livez").headers["x-request-id"]) == 32
    assert c.get("/livez", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    assert c.get("/livez", headers={"X-Request-ID": "bad id\n"}).headers["x-request-id"] != "bad id\n"


def test_valid_body_reaches_the_app_whole():
    raw = json.dumps({"application": MINIMAL_APP}, indent=2).encode()
    r = client().post("/triage", content=raw, headers={**auth(SUB), "Content-Type": "application/json"})
    assert r.status_code == 200
    assert r.json()["bytes"] == len(raw)
    assert r.json()["role"] == "submitter"


def test_invalid_application_names_each_field():
    app = copy.deepcopy(MINIMAL_APP)
    app["items"][0]["quantity"] = -1
    app["destination_country"] = "ZZ"
    del app["end_use"]
    r = client().post("/triage", json={"application": app}, headers=auth(SUB))
    assert r.status_code == 422
    fields = {e["field"]: e["reason"] for e in r.json()["errors"]}
    assert set(fields) == {"application.items[0].quantity", "application.destination_country", "application.end_use"}
    assert "missing" in fields["application.end_use"]


@pytest.mark.parametrize("raw, fragment", [
    (b'{"application": ', "not valid JSON"),
    (b'{"application": {}, "application": {}}', "duplicate key"),
    (b'{"application": NaN}', "NaN"),
    (b"\xff\xfe", "UTF-8"),
    (b"[" * 100000 + b"]" * 100000, "deeply"),
])
def test_malformed_bodies_are_400_with_the_reason(raw, fragment):
    r = client(max_body=10**6).post("/triage", content=raw, headers={**auth(SUB), "Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    assert fragment in r.json()["error"]


def test_wrong_content_type_is_415():
    r = client().post("/triage", content=b"a=b", headers={**auth(SUB), "Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415


def test_oversized_body_and_batch_are_413():
    big = {"application": {**MINIMAL_APP, "end_use": "x" * 70000}}
    r = client().post("/triage", json=big, headers=auth(SUB))
    assert r.status_code == 413 and "limit" in r.json()["error"]
    r = client().post("/triage_batch", json={"applications": [MINIMAL_APP] * 4}, headers=auth(SUB))
    assert r.status_code == 413 and "at most 3" in r.json()["error"]
    assert client().post("/triage_batch", json={"applications": [MINIMAL_APP] * 3}, headers=auth(SUB)).status_code == 200


def test_empty_batch_is_422():
    r = client().post("/triage_batch", json={"applications": []}, headers=auth(SUB))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "applications"


def test_ui_without_key_redirects_to_login_and_cookie_is_accepted_for_reviewer_paths():
    c = client()
    r = c.get("/ui/queue", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/ui/login")
    c.cookies.set("triage_key", REV)
    assert c.get("/ui/queue").status_code == 200
    assert c.get("/decisions").status_code == 200
    assert c.post("/triage", json={"application": MINIMAL_APP}).status_code == 401  # cookies never submit


def test_nul_characters_are_refused_by_field_before_anything_tries_to_store_them():
    app = copy.deepcopy(MINIMAL_APP)
    app["end_use"] = "Office\x00 furniture"
    app["items"][0]["description"] = "\x00"
    r = client().post("/triage", json={"application": app}, headers=auth(SUB))
    assert r.status_code == 422
    assert {e["field"] for e in r.json()["errors"]} == {"application.end_use", "application.items[0].description"}
