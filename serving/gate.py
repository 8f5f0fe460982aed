"""The service's front door (an ASGI middleware): request ids, authentication and roles, body
limits, JSON parsing and request validation, all answered with clear JSON errors.

Runs before BentoML's own handlers, so a client never sees BentoML's generic 400/500 for
anything it sent: unknown key 401, wrong role 403, oversized body or batch 413, non-JSON 415/400,
invalid application 422 naming each bad field.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any, Callable

from pydantic import ValidationError

from features.schema import error_details
from serving.auth import KeyRing, Role, bearer_token
from serving.contracts import BODIES

log = logging.getLogger("license_triage.requests")

OPEN_PATHS = {"/", "/livez", "/readyz", "/healthz", "/metrics", "/docs.json", "/schema.json", "/ui/login", "/ui/logout"}
OPEN_PREFIXES = ("/static_content/", "/ui/static/", "/docs")
ROLE_FOR_PREFIX: list[tuple[str, Role]] = [
    ("/triage_batch", Role.submitter),
    ("/triage", Role.submitter),
    ("/feedback", Role.reviewer),
    ("/decisions", Role.reviewer),
    ("/ui", Role.reviewer),
    ("/admin", Role.admin),
]
COOKIE = "triage_key"
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_CONTENT_LENGTH = re.compile(r"[0-9]{1,18}")


def required_role(path: str) -> Role | None:
    """None for open paths; otherwise the least role that may call the path (default deny)."""
    if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
        return None
    for prefix, role in ROLE_FOR_PREFIX:
        if path == prefix or path.startswith(prefix + "/"):
            return role
    return Role.submitter  # anything else still needs a key


class DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(f"duplicate key {key!r} in a JSON object")
        seen[key] = value
    return seen


def parse_json(body: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, bounded nesting."""
    def reject_constant(name: str) -> Any:
        raise ValueError(f"{name} is not valid JSON")

    text = body.decode("utf-8")
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=reject_constant)


def header_map(scope) -> dict[str, str]:
    """An ASGI scope's headers as a dict with lower-case names."""
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def presented_key(headers: dict[str, str], *, cookie: bool) -> str | None:
    """The key from 'Authorization: Bearer'; without an Authorization header, the reviewer cookie if allowed."""
    if headers.get("authorization"):
        return bearer_token(headers["authorization"])
    if cookie:
        for part in headers.get("cookie", "").split(";"):
            key, _, value = part.strip().partition("=")
            if key == COOKIE and value:
                return value
    return None


class Gate:
    """ASGI middleware; ``keyring`` and ``limits`` are read lazily from settings on first use."""

    def __init__(self, app, settings_factory: Callable[[], Any] | None = None, keyring: KeyRing | None = None) -> None:
        self.app = app
        self._settings_factory = settings_factory
        self._keyring = keyring
        self._limits: tuple[int, int] | None = None

    def _configure(self) -> None:
        from serving.config import load_keyring, load_settings

        settings = (self._settings_factory or load_settings)()
        if self._keyring is None:
            self._keyring = load_keyring(settings)
        self._limits = (settings.max_body_bytes, settings.max_batch)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._limits is None:
            self._configure()
        started = time.perf_counter()
        headers = header_map(scope)
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        status_box = {"status": 0}

        async def send_with_id(message) -> None:
            if message["type"] == "http.response.start":
                status_box["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id", request_id.encode())]
            await send(message)

        path, method = scope["path"], scope["method"]
        try:
            refusal, receive = await self._check(scope, receive, headers, state, path, method)
            if refusal is not None:
                await refusal(scope, receive, send_with_id)
            else:
                await self.app(scope, receive, send_with_id)
        finally:
            log.info("request_id=%s method=%s path=%s status=%s role=%s ms=%.1f", request_id, method, path,
                     status_box["status"], state.get("role", "-"), 1000 * (time.perf_counter() - started))

    async def _check(self, scope, receive, headers, state, path, method):
        max_body, max_batch = self._limits
        need = required_role(path)
        if need is not None:
            verdict = self._keyring.identify(presented_key(headers, cookie=need >= Role.reviewer))
            if verdict.role is None:
                if path.startswith("/ui") and method == "GET":
                    return _redirect(f"/ui/login?next={path}"), receive
                return _error(401, verdict.reason, state, extra_headers=[(b"www-authenticate", b'Bearer realm="license-triage"')]), receive
            if verdict.role < need:
                return _error(403, f"the {verdict.role.name} role may not use {path}: it needs the {need.name} role", state), receive
            state["role"] = verdict.role.name
        model = BODIES.get(path)
        if method != "POST" or model is None:
            return None, receive
        ctype = headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if ctype != "application/json":
            return _error(415, f"send the body as application/json (got {ctype or 'no content type'})", state), receive
        declared = headers.get("content-length")
        if declared is not None and not _CONTENT_LENGTH.fullmatch(declared):
            return _error(400, "invalid Content-Length header", state), receive
        if declared is not None and int(declared) > max_body:
            return _error(413, f"request body of {int(declared)} bytes exceeds the limit of {max_body} bytes", state), receive
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return _error(400, "client disconnected before the body was complete", state), receive
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_body:
                return _error(413, f"request body exceeds the limit of {max_body} bytes", state), receive
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        try:
            document = parse_json(body)
        except UnicodeDecodeError:
            return _error(400, "request body is not UTF-8", state), receive
        except RecursionError:
            return _error(400, "request body nests JSON too deeply", state), receive
        except json.JSONDecodeError as exc:
            return _error(400, f"request body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", state), receive
        except ValueError as exc:
            return _error(400, f"request body is not valid JSON: {exc}", state), receive
        if path == "/triage_batch" and isinstance(document, dict) and isinstance(document.get("applications"), list):
            n = len(document["applications"])
            if n > max_batch:
                return _error(413, f"a batch holds at most {max_batch} applications; this one has {n}: split it", state), receive
        nul = _nul_paths(document)
        if nul:
            return _error(422, f"invalid {path.strip('/')} request: {len(nul)} problem(s)", state, errors=[
                {"field": field, "reason": "contains a NUL character (U+0000), which cannot be recorded"} for field in nul
            ]), receive
        try:
            model.model_validate(document)
        except ValidationError as exc:
            return _error(422, f"invalid {path.strip('/')} request: {exc.error_count()} problem(s)", state,
                          errors=error_details(exc)), receive
        except RecursionError:
            return _error(400, "request body nests JSON too deeply", state), receive
        state["body_json"] = document
        return None, _replay(body)


def _nul_paths(document: Any, path: str = "", limit: int = 20) -> list[str]:
    """Field paths of strings (keys included) holding U+0000: no audit database can store them."""
    found: list[str] = []
    stack = [(document, path)]
    while stack and len(found) < limit:
        value, where = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                found.append(where or "(body)")
        elif isinstance(value, dict):
            for key, item in value.items():
                child = f"{where}.{key}" if where else str(key)
                if "\x00" in key:
                    found.append(child)
                stack.append((item, child))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(value))
    return sorted(found)


def _replay(body: bytes):
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _error(status: int, message: str, state: dict, *, errors: list | None = None, extra_headers=None):
    payload: dict[str, Any] = {"error": message, "status": status, "request_id": state.get("request_id")}
    if errors is not None:
        payload["errors"] = errors
    body = json.dumps(payload).encode("utf-8")  # ASCII escapes: a field path may hold a lone surrogate

    async def respond(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            *(extra_headers or []),
        ]})
        await send({"type": "http.response.body", "body": body})

    return respond


def _redirect(location: str):
    async def respond(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 303, "headers": [(b"location", location.encode())]})
        await send({"type": "http.response.body", "body": b""})

    return respond


def error_response(status: int, message: str, request_id: str | None = None, **extra):
    """A JSON error as a Starlette response (used by the handlers)."""
    from starlette.responses import JSONResponse

    return JSONResponse({"error": message, "status": status, "request_id": request_id, **extra}, status_code=status)
