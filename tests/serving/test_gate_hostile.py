"""Hostile requests against the gate (hypothesis), on the stand-in app of ``test_gate.py``.

Requests go straight through ASGI (no HTTP client in between), so header values may be any bytes
and bodies may arrive in any number of chunks. Every request must be answered with exactly one of
200/400/401/403/413/415/422 (never 500, never an exception out of the gate); every error body is a
JSON object whose "error" is a non-empty string, whose "status" is the status and whose
"request_id" is the response's X-Request-ID; and the X-Request-ID response header always matches
``^[A-Za-z0-9._-]{1,64}$`` in full (a client's own id is kept when it does).

Input classes, and how many examples hypothesis tries for each (the module constants below):

* ``N_BYTES`` = 400: arbitrary bytes bodies (also behind a UTF-8/UTF-16 BOM or a valid JSON
  prefix) to each endpoint with a body: 400 unless the bytes happen to be a valid request.
* ``N_JSON`` = 400: arbitrary JSON documents (nulls, bools, ints up to 4,000 digits, floats incl.
  NaN/Infinity, text incl. lone surrogates written as \\uXXXX escapes, lists, objects) as the whole
  body, as the application, as a batch, or as one field of MINIMAL_APP: 200, 400 or 422 (413 for a
  batch over the limit).
* ``N_DEEP`` = 60: nesting 1..100,000 deep (arrays, objects, mixed; closed or not; as the body or
  inside the application): 400 ("too deeply" or "not valid JSON") or 422.
* ``N_DUPLICATES`` = 200: a valid request with one key repeated in any object at any depth (also
  spelled with \\u escapes): always 400 naming the duplicate key.
* ``N_NUMBERS`` = 200: huge, tiny and non-finite number literals (1e400, 10**4000, 10**5000,
  NaN, -Infinity, 1E+999999999, 0.000...1) in every numeric field: 200, 400 or 422.
* ``N_OVERSIZE`` = 100: bodies from empty to twice the limit, in 1..8 chunks, with a true, false,
  junk or missing Content-Length, or a client disconnect:
  413 exactly when the body or the declared length is over the limit; otherwise the body reaches the
  app whole (200), or 400 when cut short or disconnected.
* ``N_BATCH`` = 30: batches of 0..6 applications (limit 3) in 1..4 chunks: 422 empty, 413 over, else 200.
* ``N_CONTENT_TYPE`` = 200: arbitrary Content-Type values (and none): 415 unless it is
  application/json (any case, parameters, surrounding space).
* ``N_HEADERS`` = 400: arbitrary bytes for Authorization, X-Request-ID and Cookie on every path
  and method: 401/403/200 as the key's role decides; the request id rule above.

Deterministic tests pin the product bugs these inputs exposed (all fixed since):
a Content-Length of latin-1 superscript digits or over 4,300 digits raises ValueError out of the
gate; an X-Request-ID with a trailing newline is echoed back.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import types

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from serving.auth import KeyRing, Role, bearer_token
from serving.gate import Gate, required_role
from tests.conftest import MINIMAL_APP

N_BYTES = 400
N_JSON = 400
N_DEEP = 60
N_DUPLICATES = 200
N_NUMBERS = 200
N_OVERSIZE = 100
N_BATCH = 30
N_CONTENT_TYPE = 200
N_HEADERS = 400

ALLOWED = {200, 400, 401, 403, 413, 415, 422}
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
SUB, REV, ADM = "s" * 20, "r" * 20, "a" * 20
ROLE_OF = {SUB: Role.submitter, REV: Role.reviewer, ADM: Role.admin}
MAX_BODY, MAX_BATCH = 64 * 1024, 3
PATHS = ("/triage", "/triage_batch", "/feedback", "/decisions", "/admin/reload", "/livez", "/other")
BODY_PATHS = ("/triage", "/triage_batch", "/feedback", "/admin/reload")


def _settings(n: int):
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


async def echo(request: Request):
    body = await request.body()
    return JSONResponse({"path": request.url.path, "bytes": len(body)})


def make_gate(max_body: int = MAX_BODY) -> Gate:
    inner = Starlette(routes=[Route(p, echo, methods=["GET", "POST"]) for p in PATHS])
    limits = types.SimpleNamespace(max_body_bytes=max_body, max_batch=MAX_BATCH)
    keys = KeyRing.parse(f"submitter:{SUB},reviewer:{REV},admin:{ADM}")
    return Gate(inner, settings_factory=lambda: limits, keyring=keys)


GATE = make_gate()
BIG_GATE = make_gate(max_body=2 * 1024 * 1024)  # room for 100,000-deep documents


def send(path: str, body: bytes = b"", headers: dict[bytes, bytes] | None = None, *, method: str = "POST",
         key: str | None = ADM, chunks: int = 1, disconnect: bool = False, gate: Gate = GATE):
    """One request through the gate's ASGI interface: (status, headers, body) of the response."""
    raw = [(k.lower(), v) for k, v in (headers or {}).items()]
    if key is not None:
        raw.append((b"authorization", f"Bearer {key}".encode()))
    step = max(1, -(-len(body) // chunks))
    pieces = [body[i : i + step] for i in range(0, len(body), step)] or [b""]
    messages = [{"type": "http.request", "body": p, "more_body": i < len(pieces) - 1} for i, p in enumerate(pieces)]
    if disconnect:
        messages = messages[: max(1, len(messages) - 1)]
        messages[-1] = {**messages[-1], "more_body": True}
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
             "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": raw, "client": ("testclient", 1), "server": ("testserver", 80)}
    sent: list[dict] = []

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def collect(message):
        sent.append(message)

    asyncio.run(gate(scope, receive, collect))
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert len(starts) == 1, sent
    body_out = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return starts[0]["status"], starts[0].get("headers", []), body_out


def check(response, incoming_id: bytes | None = None) -> tuple[int, dict]:
    """The properties every response has; returns (status, JSON body)."""
    status, headers, body = response
    assert status in ALLOWED, (status, body[:300])
    ids = [v for k, v in headers if k.lower() == b"x-request-id"]
    assert len(ids) == 1, headers
    request_id = ids[0].decode("latin-1")
    assert REQUEST_ID.fullmatch(request_id), request_id
    if incoming_id is not None and REQUEST_ID.fullmatch(incoming_id.decode("latin-1")):
        assert request_id == incoming_id.decode("latin-1")
    payload = json.loads(body)
    assert isinstance(payload, dict)
    if status != 200:
        assert isinstance(payload.get("error"), str) and payload["error"].strip(), payload
        assert payload["status"] == status and payload["request_id"] == request_id
    return status, payload


def request_body(path: str, app: dict | None = None) -> dict:
    app = MINIMAL_APP if app is None else app
    return {"/triage": {"application": app}, "/triage_batch": {"applications": [app]},
            "/admin/reload": {}, "/feedback": {}}[path]


# -- strategies ----------------------------------------------------------------------------------
LONE_SURROGATES = st.sampled_from(["\ud800", "\udfff", "a\udc00b", "\udbff\udbff"])
TEXT = st.one_of(st.text(max_size=30), LONE_SURROGATES,
                 st.sampled_from(["", "\x00", "\u202e", "\ufeff", "\U0001f3f4\u200d\u2620\ufe0f", "application"]))
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**4000), 10**4000),
    st.sampled_from([10**30, -(10**30), 2**64, 10**400, 10**4000]), st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
JSON_DOCS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.one_of(TEXT, st.sampled_from(list(MINIMAL_APP))), inner, max_size=5)),
    max_leaves=20,
)


@st.composite
def json_bodies(draw) -> bytes:
    """A JSON document placed as the body, the application, the batch, one field, or an extra key."""
    doc = draw(JSON_DOCS)
    placement = draw(st.sampled_from(["body", "application", "applications", "batch", "field", "extra"]))
    if placement == "application":
        doc = {"application": doc}
    elif placement == "applications":
        doc = {"applications": doc}
    elif placement == "batch":
        doc = {"applications": draw(st.lists(st.just(MINIMAL_APP) | st.just(doc), max_size=5))}
    elif placement == "field":
        doc = {"application": {**MINIMAL_APP, draw(st.sampled_from(list(MINIMAL_APP))): doc}}
    elif placement == "extra":
        doc = {"application": MINIMAL_APP, draw(TEXT): doc}
    return json.dumps(doc).encode()  # ensure_ascii: lone surrogates travel as \uXXXX escapes


def _valid(path: str) -> bytes:
    return json.dumps(request_body(path)).encode()


# -- arbitrary bytes and JSON ------------------------------------------------------------------------
@_settings(N_BYTES)
@given(path=st.sampled_from(BODY_PATHS), body=st.one_of(
    st.binary(max_size=2000),
    st.builds(bytes.__add__, st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b'{"application": ', b"[", b'"']),
              st.binary(max_size=500)),
))
def test_arbitrary_bytes(path, body):
    status, payload = check(send(path, body))
    assert status in {200, 400, 413, 422}


@_settings(N_JSON)
@given(path=st.sampled_from(BODY_PATHS), body=json_bodies())
def test_arbitrary_json_documents(path, body):
    status, payload = check(send(path, body))
    assert status in {200, 400, 413, 422}
    if status == 422:
        assert payload["errors"] and all(e["field"] and e["reason"] for e in payload["errors"])


# -- deep nesting ------------------------------------------------------------------------------------
@_settings(N_DEEP)
@given(depth=st.one_of(st.integers(1, 100_000), st.sampled_from([1, 500, 990, 1000, 1100, 10_000, 100_000])),
       kind=st.sampled_from(["array", "object", "mixed"]), closed=st.booleans(),
       placement=st.sampled_from(["body", "application", "notes"]))
def test_deep_nesting(depth, kind, closed, placement):
    opens = {"array": ["["], "object": ['{"a":'], "mixed": ["[", '{"a":']}[kind]
    closes = {"[": "]", '{"a":': "}"}
    layers = [opens[i % len(opens)] for i in range(depth)]
    deep = "".join(layers) + "1" + ("".join(closes[o] for o in reversed(layers)) if closed else "")
    if placement == "body":
        text = deep
    else:
        holder = {"application": "@@"} if placement == "application" else {"application": {**MINIMAL_APP, "notes": "@@"}}
        text = json.dumps(holder).replace('"@@"', deep)
    status, payload = check(send("/triage", text.encode(), gate=BIG_GATE))
    assert status in ({400, 422} if closed else {400})
    if depth >= 10_000:
        assert status == 400 and "deeply" in payload["error"], payload


# -- duplicate keys ----------------------------------------------------------------------------------
class Obj(list):
    """A JSON object as its (key, value) pairs, so that a key can be written twice."""


def to_pairs(value):
    if isinstance(value, dict):
        return Obj((k, to_pairs(v)) for k, v in value.items())
    if isinstance(value, list):
        return [to_pairs(v) for v in value]
    return value


def objects(value, out: list) -> list:
    if isinstance(value, Obj):
        out.append(value)
    for child in (v for _, v in value) if isinstance(value, Obj) else value if isinstance(value, list) else ():
        objects(child, out)
    return out


def dump(value, escaped: set[int]) -> str:
    if isinstance(value, Obj):
        parts = []
        for i, (key, v) in enumerate(value):
            text = ('"' + "".join(f"\\u{ord(c):04x}" for c in key) + '"') if id(value) * 1000 + i in escaped else json.dumps(key)
            parts.append(f"{text}: {dump(v, escaped)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v, escaped) for v in value) + "]"
    return json.dumps(value)


@_settings(N_DUPLICATES)
@given(data=st.data(), path=st.sampled_from(BODY_PATHS), escape=st.booleans(), same_value=st.booleans())
def test_duplicate_keys_at_any_depth(data, path, escape, same_value):
    tree = to_pairs(request_body(path))
    node = data.draw(st.sampled_from(objects(tree, [])))
    if node:
        position = data.draw(st.integers(0, len(node) - 1))
        key, value = node[position]
    else:
        position, key, value = 0, data.draw(st.sampled_from(["model_uri", "a", ""])), None
        node.append((key, value))
    other = data.draw(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), TEXT))
    node.insert(data.draw(st.integers(0, len(node))), (key, value if same_value else other))
    repeats = [i for i, (k, _) in enumerate(node) if k == key]
    escaped = {id(node) * 1000 + i for i in repeats[1:]} if escape else set()
    status, payload = check(send(path, dump(tree, escaped).encode()))
    assert status == 400 and "duplicate key" in payload["error"], payload


# -- huge numbers ------------------------------------------------------------------------------------
NUMERIC_FIELDS = (("items", 0, "quantity"), ("items", 0, "unit_value_usd"), ("applicant", "years_exporting"),
                  ("applicant", "prior_violations"), ("end_use",), ("extra",))
NUMBER_LITERALS = st.one_of(
    st.sampled_from(["1e400", "-1e400", "1E+999999999", "-0", "-0.0", "1.5e-400", "NaN", "Infinity", "-Infinity",
                     "1" + "0" * 4299, "1" + "0" * 4300, "9" * 5000, "0." + "0" * 5000 + "1", "1e-999999999"]),
    st.builds("{}{}".format, st.sampled_from(["", "-"]), st.integers(0, 10**4000)),
    st.builds("1e{}".format, st.integers(-(10**9), 10**9)),
    st.builds("0.{}1".format, st.integers(0, 6000).map(lambda n: "0" * n)),
)


@_settings(N_NUMBERS)
@given(field=st.sampled_from(NUMERIC_FIELDS), literal=NUMBER_LITERALS)
def test_huge_numbers(field, literal):
    app = copy.deepcopy(MINIMAL_APP)
    parent = app
    for part in field[:-1]:
        parent = parent[part]
    parent[field[-1]] = "@@"
    body = json.dumps({"application": app}).replace('"@@"', literal).encode()
    status, payload = check(send("/triage", body))
    assert status in {200, 400, 422}
    if literal in ("NaN", "Infinity", "-Infinity") or len(literal.lstrip("-")) > 4300 and literal.lstrip("-").isdigit():
        assert status == 400, payload


# -- sizes, chunks, declared lengths, disconnects, batches -----------------------------------------
BASE = json.dumps({"application": MINIMAL_APP}).encode()


@_settings(N_OVERSIZE)
@given(size=st.one_of(st.sampled_from([0, 1, MAX_BODY - 1, MAX_BODY, MAX_BODY + 1, 2 * MAX_BODY]),
                      st.integers(0, 2 * MAX_BODY)),
       chunks=st.integers(1, 8), disconnect=st.booleans(),
       declared=st.one_of(st.none(), st.just("true"), st.integers(0, 3 * MAX_BODY).map(str),
                          st.text(st.sampled_from("0123456789 +-.xe"), max_size=12)))
def test_body_sizes_and_declared_lengths(size, chunks, disconnect, declared):
    if size < len(BASE):
        body = BASE[:size]
    else:  # padded with white space: still the same valid request
        body = BASE[:16] + b" " * (size - len(BASE)) + BASE[16:]
    assert len(body) == size
    if declared == "true":
        declared = str(size)
    headers = {} if declared is None else {b"content-length": declared.encode()}
    status, payload = check(send("/triage", body, headers, chunks=chunks, disconnect=disconnect))
    if declared is not None and not re.fullmatch(r"[0-9]{1,18}", declared):
        assert status == 400 and "Content-Length" in payload["error"], payload  # refused before the body is read
        return
    over = size > MAX_BODY or (declared is not None and declared.isdigit() and int(declared) > MAX_BODY)
    if over and not disconnect:
        assert status == 413 and "limit" in payload["error"], payload
    elif disconnect:
        assert status in ({400, 413} if over else {400}), payload
    else:
        assert status == (200 if size >= len(BASE) else 400), payload
        if status == 200:
            assert payload["bytes"] == size  # the app gets the body whole


@_settings(N_BATCH)
@given(n=st.integers(0, 2 * MAX_BATCH), chunks=st.integers(1, 4))
def test_batch_sizes(n, chunks):
    body = json.dumps({"applications": [MINIMAL_APP] * n}).encode()
    status, payload = check(send("/triage_batch", body, chunks=chunks))
    assert status == (422 if n == 0 else 413 if n > MAX_BATCH else 200), payload


# -- content types ---------------------------------------------------------------------------------
@_settings(N_CONTENT_TYPE)
@given(path=st.sampled_from(BODY_PATHS), ctype=st.one_of(
    st.none(), st.binary(max_size=60),
    st.sampled_from([b"application/json", b"Application/JSON; charset=utf-8", b"  application/json  ", b"application/json;",
                     b"application/jsonx", b"text/plain", b"application/x-www-form-urlencoded", b"\xa0application/json",
                     b"multipart/form-data; boundary=x", b"application/json\x00", b"application/merge-patch+json", b""]),
))
def test_content_types(path, ctype):
    status, payload = check(send(path, _valid(path), {} if ctype is None else {b"content-type": ctype}))
    is_json = ctype is None or ctype.decode("latin-1").split(";")[0].strip().lower() == "application/json"
    if is_json:
        assert status == (422 if path == "/feedback" else 200), payload
    else:
        assert status == 415 and "application/json" in payload["error"], payload


# -- Authorization, X-Request-ID and Cookie headers ------------------------------------------------
KEYS = st.sampled_from([SUB, REV, ADM, "x" * 20, SUB[:-1], SUB + "s", "", " "])
AUTHORIZATION = st.one_of(
    st.none(), st.binary(max_size=100),
    st.builds(lambda scheme, gap, key, tail: (scheme + gap + key + tail).encode(),
              st.sampled_from(["Bearer", "bearer", "BEARER", "Basic", "Token", "", " Bearer"]),
              st.sampled_from([" ", "  ", "\t", ""]), KEYS, st.sampled_from(["", " ", "\t", " x", "\x00", ","])),
)
REQUEST_IDS = st.one_of(
    st.none(), st.binary(max_size=80),
    st.from_regex(r"\A[A-Za-z0-9._-]{1,64}\Z").map(str.encode),  # kept as sent
    st.from_regex(r"\A[A-Za-z0-9._-]{65,70}\Z").map(str.encode),  # one too long
    st.sampled_from([b"", b" ", b"abc def", b"abc\x00", b"\xe9t\xe9", b"../../etc", b"a" * 64, b"a" * 65, b"-", b"."]),
)
COOKIES = st.one_of(st.none(), st.binary(max_size=60),
                    st.builds(lambda k: f"other=1; triage_key={k}".encode(), KEYS))


def _cookie_key(cookie: bytes | None) -> str | None:
    for part in (cookie or b"").decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "triage_key" and value:
            return value
    return None


@_settings(N_HEADERS)
@given(path=st.sampled_from(PATHS), method=st.sampled_from(["GET", "POST"]), authorization=AUTHORIZATION,
       request_id=REQUEST_IDS, cookie=COOKIES)
def test_arbitrary_auth_request_id_and_cookie_headers(path, method, authorization, request_id, cookie):
    text_id = None if request_id is None else request_id.decode("latin-1")
    headers = {name: value for name, value in ((b"authorization", authorization), (b"x-request-id", request_id),
                                               (b"cookie", cookie)) if value is not None}
    body = _valid(path) if method == "POST" and path in BODY_PATHS else b""
    status, payload = check(send(path, body, headers, method=method, key=None), request_id)
    need = required_role(path)
    header = None if authorization is None else authorization.decode("latin-1")
    token = bearer_token(header)
    if token is None and not header and need is not None and need >= Role.reviewer:
        token = _cookie_key(cookie)
    role = ROLE_OF.get(token)
    if need is None:
        expected = 200
    elif role is None:
        expected = 401
    elif role < need:
        expected = 403
    else:
        expected = 422 if (path == "/feedback" and method == "POST") else 200
    assert status == expected, (status, payload)


# -- product bugs, pinned ----------------------------------------------------------------------------
@pytest.mark.parametrize("declared", [b"\xb2", b"\xb3\xb9", b"9" * 5000], ids=["superscript-two", "superscripts", "5000-digits"])
def test_unparseable_content_length_is_a_client_error(declared):
    status, payload = check(send("/triage", _valid("/triage"), {b"content-length": declared}))
    assert status in {200, 400, 413}


def test_request_id_with_trailing_newline_is_replaced():
    check(send("/livez", method="GET", key=None, headers={b"x-request-id": b"abc\n"}), b"abc\n")
