"""The reviewer web page: a server-rendered Starlette app the service mounts at ``/ui``.

``build_ui(get_store, get_model_ref, check_key)`` returns the app. Pages: ``/`` the queue (counts per
route, filters, paging), ``/cases/{application_id}`` one case (application, decision, explanation,
history, feedback form), ``/login`` and ``/logout`` (the ``triage_key`` cookie the gate accepts) and
``/static/...``. Everything is rendered on the server with Jinja2 (autoescaped); the only script is
the feedback form's ``fetch('/feedback')``.

The gate (``serving.gate``) already enforces the reviewer role on ``/ui``; this app checks the key
again (defence in depth, and so it is safe to mount on its own) and adds a strict
Content-Security-Policy and the other security headers to every response.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, quote, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from features.schema import ROUTES, TIERS
from serving.audit.store import AuditUnavailable
from serving.contracts import Outcome
from serving.gate import COOKIE
from serving.ui import present
from serving.ui.guard import UiGuard, route_path

log = logging.getLogger("license_triage.ui")

HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"
REVIEWER_ROLES = frozenset({"reviewer", "admin"})
OUTCOMES = tuple(outcome.value for outcome in Outcome)
MAX_LOGIN_BODY = 16 * 1024
# RFC 6265 cookie-octet: what a cookie value may hold without quoting (the gate does not unquote).
_COOKIE_SAFE = frozenset(chr(c) for c in range(0x21, 0x7F)) - set('",;\\')


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every page is HTML: escape everything not marked safe
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        when=present.fmt_time, percent=present.fmt_percent, number=present.fmt_number,
        signed=present.fmt_signed, money=present.fmt_money, route_label=present.route_label,
        field_label=present.field_label, pathquote=lambda value: quote(str(value), safe=""),
    )
    return env


def safe_next(value: str | None, ui: str) -> str:
    """``value`` if it is a local path under the UI (never another host, never login/logout), else the queue."""
    default = f"{ui}/"
    if not value or len(value) > 2000 or not value.startswith("/") or value.startswith("//"):
        return default
    if any(ch in value for ch in "\\\r\n\t\0"):
        return default
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return default
    if parts.path != ui and not parts.path.startswith(ui + "/"):
        return default
    if parts.path in (f"{ui}/login", f"{ui}/logout"):
        return default
    return value


def _cookie_header(value: str, *, secure: bool, clear: bool = False) -> str:
    parts = [f"{COOKIE}={value}", "Path=/", "HttpOnly", "SameSite=Strict"]
    if clear:
        parts += ["Max-Age=0", "Expires=Thu, 01 Jan 1970 00:00:00 GMT"]
    if secure:
        parts.append("Secure")
    return "; ".join(parts)


def build_ui(
    get_store: Callable[[], Any],
    get_model_ref: Callable[[], dict | None],
    check_key: Callable[[str], str | None],
) -> Starlette:
    """The reviewer UI as a Starlette app, to be mounted at ``/ui``.

    ``get_store()`` returns the ``AuditStore`` (called per request; it may raise AuditUnavailable
    or return None while the store is not open); ``get_model_ref()`` the serving model's
    ``{name, version, run_id}`` or None; ``check_key(key)`` the key's role name or None.
    """
    env = _environment()

    def base(request: Request) -> str:
        return re.sub(r"/{2,}", "/", request.scope.get("root_path", "")).rstrip("/")

    def serving_model() -> dict | None:
        try:
            ref = get_model_ref()
        except Exception:  # the header line must not take the page down
            log.exception("get_model_ref failed")
            return None
        return ref if isinstance(ref, dict) else None

    def render(request: Request, name: str, context: dict[str, Any], status: int = 200,
               headers: dict[str, str] | None = None) -> HTMLResponse:
        ui = base(request)
        full = {
            "request": request, "ui": ui, "app_root": ui[: -len("/ui")] if ui.endswith("/ui") else "",
            "role": request.scope.get("state", {}).get("ui_role"), "serving_model": serving_model(),
            "routes": ROUTES, "tiers": TIERS, "outcomes": OUTCOMES, **context,
        }
        html = env.get_template(name).render(full)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store", **(headers or {})})

    def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
        return render(request, "error.html", {"status": status, "title": title, "message": message}, status)

    def store() -> Any:
        opened = get_store()
        if opened is None:
            raise AuditUnavailable("the audit store is not open yet")
        return opened

    # -- queue ------------------------------------------------------------------------------------
    def queue(request: Request) -> Response:  # sync: Starlette runs it in a thread (the store blocks)
        filters, errors = present.parse_filters(request.query_params)
        context: dict[str, Any] = {"filters": filters, "errors": errors, "rows": [], "counts": None, "paging": None}
        if errors:
            return render(request, "queue.html", context, 400)
        audit = store()
        counts = audit.route_counts()
        page = audit.list_decisions(**filters.store_kwargs())
        context.update(
            rows=page.rows, counts={route: int(counts.get(route, 0)) for route in ROUTES},
            counts_total=sum(int(n) for n in counts.values()),
            paging=present.page_links(filters, page.total, len(page.rows)),
        )
        return render(request, "queue.html", context)

    # -- one case ---------------------------------------------------------------------------------
    def case(request: Request) -> Response:  # sync: runs in a thread
        application_id = request.path_params["application_id"]
        audit = store()
        history = audit.decisions_for(application_id)
        if not history:
            return error_page(request, 404, "Case not found",
                              f"No decision is stored for application {application_id!r}.")
        feedback = audit.feedback_for(application_id)
        latest = history[0]
        decision = latest.get("decision") or {}
        application = latest.get("application") or {}
        explanation = decision.get("explanation") or {}
        blocks, unplaced = present.highlighted_text(application, explanation.get("text_evidence"))
        screening = sorted(decision.get("screening") or [], key=lambda s: -float(s.get("score") or 0))
        context = {
            "application_id": application_id, "decision": decision, "application": application,
            "stored_at": latest.get("stored_at"), "explanation": explanation,
            "tier_rows": present.probability_rows(decision.get("tier_probabilities"), TIERS, decision.get("risk_tier")),
            "route_rows": present.probability_rows(decision.get("route_probabilities"), ROUTES, decision.get("route")),
            "factor_rows": present.factor_rows(explanation.get("factors")),
            "evidence": sorted((present.evidence_view(e, n) for n, e in enumerate(explanation.get("text_evidence") or [], 1)
                                if isinstance(e, dict)), key=lambda e: -abs(e["contribution"])),
            "text_blocks": blocks, "unplaced": unplaced, "screening": screening,
            "items": present.item_rows(application), "total_value": present.total_value(application),
            "earlier": [h.get("decision") or {} for h in history[1:]], "feedback": feedback,
        }
        return render(request, "case.html", context)

    # -- login / logout ---------------------------------------------------------------------------
    def login_form(request: Request, next_path: str, error: str | None = None, status: int = 200,
                   notice: str | None = None) -> HTMLResponse:
        return render(request, "login.html", {"next": next_path, "error": error, "notice": notice}, status)

    async def login(request: Request) -> Response:
        ui = base(request)
        if request.method != "POST":
            notice = "You are logged out." if request.query_params.get("logged_out") else None
            return login_form(request, safe_next(request.query_params.get("next"), ui), notice=notice)
        origin = request.headers.get("origin")
        if origin is not None and urlsplit(origin).netloc != request.headers.get("host", ""):
            return login_form(request, f"{ui}/", "The login form was sent from another site; "
                                                  "open this page directly and try again.", 403)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_LOGIN_BODY:
                return login_form(request, f"{ui}/", "The login form was too large.", 413)
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True) \
            if ctype == "application/x-www-form-urlencoded" else {}
        key = (fields.get("key") or [""])[0].strip()
        next_path = safe_next((fields.get("next") or [""])[0], ui)
        if not key:
            return login_form(request, next_path, "Enter your reviewer API key.", 400)
        if not set(key) <= _COOKIE_SAFE:
            return login_form(request, next_path, "This key contains spaces, quotes, commas, semicolons or "
                              "non-ASCII characters, which a browser cookie cannot hold; ask for another key.", 400)
        try:
            role = check_key(key)
        except Exception:
            log.exception("check_key failed")
            return login_form(request, next_path, "Keys cannot be checked right now; try again shortly.", 503)
        role = getattr(role, "name", role)
        if role is None:
            return login_form(request, next_path, "That API key is not recognised. Check it and try again.", 401)
        if role not in REVIEWER_ROLES:
            return login_form(request, next_path, f"That key has the {role} role; the reviewer page needs a "
                              "reviewer or admin key.", 403)
        response = RedirectResponse(next_path, status_code=303)
        response.headers.append("set-cookie", _cookie_header(key, secure=request.url.scheme == "https"))
        response.headers["cache-control"] = "no-store"
        return response

    async def logout(request: Request) -> Response:
        response = RedirectResponse(f"{base(request)}/login?logged_out=1", status_code=303)
        response.headers.append("set-cookie", _cookie_header("", secure=request.url.scheme == "https", clear=True))
        response.headers["cache-control"] = "no-store"
        return response

    # -- errors -----------------------------------------------------------------------------------
    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        if status == 404:
            return error_page(request, 404, "Page not found", f"There is no reviewer page at {route_path(request.scope)!r}.")
        if status == 405:
            return error_page(request, 405, "Method not allowed", f"{request.method} is not allowed here.")
        return error_page(request, status, "Request failed", str(getattr(exc, "detail", "")) or "The request failed.")

    def failure_page(scope, status: int) -> Response:
        request = Request(scope)
        if status == 503:
            return error_page(request, 503, "Audit store unavailable",
                              "The audit store cannot be reached, so decisions cannot be shown right now. "
                              "Nothing is lost: reload this page in a little while.")
        return error_page(request, 500, "Something went wrong",
                          "The page could not be built. The error has been logged; reload to try again.")

    def role_of(key: str | None) -> str | None:
        if not key:
            return None
        role = check_key(key)
        return getattr(role, "name", role)

    routes = [
        Route("/", queue, methods=["GET"], name="queue"),
        Route("/cases/{application_id:path}", case, methods=["GET"], name="case"),
        Route("/login", login, methods=["GET", "POST"], name="login"),
        Route("/logout", logout, methods=["GET", "POST"], name="logout"),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(UiGuard, role_of=role_of, allowed=REVIEWER_ROLES, failure_page=failure_page,
                               error_page=lambda scope, status, title, message: error_page(Request(scope), status, title, message))],
        exception_handlers={HTTPException: http_error},
    )
