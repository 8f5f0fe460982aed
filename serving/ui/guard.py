"""The UI's own ASGI middleware: reviewer key check, security headers, error pages.

The service's gate checks the key before the UI sees a request; this repeats the check so the UI
is safe even when mounted without the gate, adds the Content-Security-Policy and friends to every
response (static files and redirects included), and turns a store outage (``AuditUnavailable``)
or an unexpected error into an HTML page instead of a bare 500.
"""

from __future__ import annotations

import logging
from typing import Any, Callable
from urllib.parse import urlencode

from starlette.responses import RedirectResponse

from serving.audit.store import AuditUnavailable
from serving import gate

log = logging.getLogger("license_triage.ui")

OPEN_PATHS = frozenset({"/login", "/logout"})
OPEN_PREFIX = "/static/"
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",  # bar widths are CSS classes, so no inline style is needed
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
])
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def route_path(scope: dict) -> str:
    """The path inside the mounted app ('/cases/A-1' for '/ui/cases/A-1' mounted at '/ui')."""
    path, root = scope.get("path", ""), scope.get("root_path", "")
    if root and path.startswith(root) and (len(path) == len(root) or path[len(root)] == "/"):
        return path[len(root):] or "/"
    return path


def presented_key(scope: dict) -> str | None:
    """The key from 'Authorization: Bearer' or, without an Authorization header, the cookie."""
    return gate.presented_key(gate.header_map(scope), cookie=True)


class UiGuard:
    def __init__(self, app, *, role_of: Callable[[str | None], str | None], allowed: frozenset[str],
                 failure_page: Callable[[dict, int], Any], error_page: Callable[[dict, int, str, str], Any]) -> None:
        self.app = app
        self.role_of = role_of
        self.allowed = allowed
        self.failure_page = failure_page
        self.error_page = error_page

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def secure_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                have = {bytes(k).lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in have]
                message = {**message, "headers": headers}
            await send(message)

        path = route_path(scope)
        if not (path in OPEN_PATHS or path.startswith(OPEN_PREFIX)):
            refusal = self._refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, secure_send)
                return
        try:
            await self.app(scope, receive, secure_send)
        except AuditUnavailable as exc:
            log.error("audit store unavailable for %s: %s", scope.get("path"), exc)
            if started:
                raise
            await self.failure_page(scope, 503)(scope, receive, secure_send)
        except Exception:
            log.exception("UI page %s failed", scope.get("path"))
            if started:
                raise
            await self.failure_page(scope, 500)(scope, receive, secure_send)

    def _refusal(self, scope: dict):
        try:
            role = self.role_of(presented_key(scope))
        except Exception:
            log.exception("checking a UI key failed")
            return self.error_page(scope, 503, "Keys cannot be checked", "The service cannot check API keys right now; "
                                   "try again shortly.")
        scope.setdefault("state", {})["ui_role"] = role
        if role in self.allowed:
            return None
        if role is None and scope.get("method") in ("GET", "HEAD"):
            target = scope.get("path", "/")
            query = scope.get("query_string", b"").decode("latin-1")
            if query:
                target += "?" + query
            root = scope.get("root_path", "").rstrip("/")
            response = RedirectResponse(f"{root}/login?{urlencode({'next': target})}", status_code=303)
            response.headers["cache-control"] = "no-store"
            return response
        if role is None:
            return self.error_page(scope, 401, "Log in first", "This page needs a reviewer API key: log in and try again.")
        return self.error_page(scope, 403, "Reviewer role needed",
                               f"Your key has the {role} role; these pages need a reviewer or admin key.")
