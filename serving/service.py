"""The License Triage BentoML service: ``bentoml serve serving.service:LicenseTriage``.

Each worker loads the registered champion at start (resolving the alias to a version), migrates
and opens the audit store, and answers:

- ``POST /triage`` and ``POST /triage_batch``: decisions, stored before they are returned;
- ``POST /feedback``: a reviewer's final tier, route and outcome (labelled history);
- ``GET /decisions`` and ``GET /decisions/{application_id}``: the reviewer's queue and case;
- ``POST /admin/reload``: load another registered model, swapped atomically in every worker;
- ``/livez``, ``/readyz`` (ready once a model is loaded), ``/metrics``, ``/docs.json``.

Authentication, body limits and request validation happen in ``serving.gate`` before any of this.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from datetime import datetime
from pathlib import Path

import bentoml
from fastapi import FastAPI, Request
from starlette.responses import JSONResponse, Response

from features.decision import Decision
from features.schema import ROUTES, TIERS, Application
from serving.contracts import FeedbackRequest, ReloadRequest, TriageBatchRequest, TriageRequest
from serving.gate import Gate, error_response

log = logging.getLogger("license_triage.service")

web = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


def _current():
    from _bentoml_sdk.service import get_current_service

    try:
        return get_current_service()
    except Exception:  # not instantiated yet
        return None


def _ui_store():
    service = _current()
    return service.store if service is not None else None


def _ui_model_ref():
    service = _current()
    return service.engine.model_ref() if service is not None else None


def _ui_role(key: str):
    service = _current()
    if service is None:
        return None
    role = service.keyring.identify(key).role
    return role.name if role else None


def _mount_ui() -> None:
    from serving.ui import build_ui

    web.mount("/ui", build_ui(_ui_store, _ui_model_ref, _ui_role))


_mount_ui()


def _workers() -> int:
    from serving.config import load_settings

    return load_settings().workers


def _request_id(request: Request | None) -> str | None:
    try:
        return request.state.request_id if request is not None else None
    except AttributeError:
        return None


def _configure_logging() -> None:
    """INFO lines of the product's loggers to stderr, once per worker (called at start, not on import)."""
    root = logging.getLogger("license_triage")
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s pid=%(process)d %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        root.propagate = False


def _refuse_to_start(reason: str) -> None:
    """Log why, stop the whole server (not just this worker, which would be restarted forever), raise."""
    import signal
    import sys

    log.critical("REFUSING TO START: %s", reason)
    if "_bentoml_impl" in (sys.argv[0] if sys.argv else ""):  # a worker of `bentoml serve`: stop its server
        os.kill(os.getppid(), signal.SIGTERM)
    raise RuntimeError(reason)


def _fail(ctx: bentoml.Context, status: int, message: str, **extra):
    """An error answer from a BentoML API handler (BentoML copies ctx's status onto the response)."""
    ctx.response.status_code = status
    return error_response(status, message, _request_id(ctx.request), **extra)


def _parse_time(value: str | None, name: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not an ISO 8601 date or date-time") from None
    if parsed.tzinfo is None:
        from datetime import timezone

        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


@bentoml.service(
    name="license_triage",
    workers=_workers(),
    traffic={"timeout": 300},
    logging={"access": {"enabled": True, "request_content_length": True, "response_content_length": True}},
)
@bentoml.asgi_app(web, path="/")
class LicenseTriage:
    """Export-licence triage: risk tier, review route and an explanation for each application."""

    def __init__(self) -> None:
        from models.registry import ModelNotRegistered
        from models.store import ModelLoadError
        from serving.audit.store import AuditError, AuditStore
        from serving.auth import KeyConfigError
        from serving.config import load_keyring, load_settings
        from serving.engine import TriageEngine

        _configure_logging()
        self.settings = settings = load_settings()
        try:
            self.keyring = load_keyring(settings)
        except KeyConfigError as exc:
            _refuse_to_start(f"TRIAGE_API_KEYS is invalid: {exc}")
        self._threads()
        try:
            self.store = AuditStore(settings.resolved_database_url)
            self.store.migrate()
        except AuditError as exc:
            _refuse_to_start(f"the audit store cannot be opened: {exc}")
        self.engine = TriageEngine(settings, self.store)
        self._generation_file = settings.home / "run" / f"reload-{os.getppid()}.json"
        self._generation_seen = self._generation_mtime()
        self._reloading = threading.Lock()
        uri = self._published_uri() or settings.model_uri
        try:
            self.engine.load(uri)
        except ModelNotRegistered as exc:
            self.engine.load_error = (f"no model is registered at {uri} ({exc}); train one with `triage train`, "
                                      f"then restart or POST /admin/reload")
            log.error("NOT READY: %s", self.engine.load_error)
        except ModelLoadError as exc:
            _refuse_to_start(f"cannot load {uri}: {exc}")

    def _threads(self) -> None:
        import torch

        threads = max(1, self.settings.torch_threads // max(1, self.settings.workers))
        torch.set_num_threads(threads)

    def __is_ready__(self) -> bool:
        return self.engine.ready

    # -- reloads published by another worker ----------------------------------------------------
    def _generation_mtime(self) -> int:
        try:
            return self._generation_file.stat().st_mtime_ns
        except OSError:
            return 0

    def _published_uri(self) -> str | None:
        try:
            return json.loads(self._generation_file.read_text(encoding="utf-8"))["model_uri"]
        except (OSError, ValueError, KeyError):
            return None

    def _follow_reloads(self) -> None:
        """If another worker published a reload, load the same model in the background."""
        seen = self._generation_mtime()
        if seen == self._generation_seen or not self._reloading.acquire(blocking=False):
            return
        self._generation_seen = seen
        uri = self._published_uri()

        def work() -> None:
            try:
                current = self.engine.model_ref() or {}
                if uri:
                    self.engine.load(uri)
                    log.info("followed a published reload to %s (was version %s)", uri, current.get("version"))
            except Exception as exc:  # the running model stays
                log.error("published reload to %s failed here; keeping the running model: %s", uri, exc)
            finally:
                self._reloading.release()

        threading.Thread(target=work, name="follow-reload", daemon=True).start()

    # -- decisions ---------------------------------------------------------------------------------
    def _decide(self, applications: list[Application], endpoint: str, ctx: bentoml.Context):
        from features.pipeline import UnknownControlEntry
        from serving.audit.store import AuditRejected, AuditUnavailable
        from serving.engine import NotReady
        from serving.metrics import observe_decisions, observe_refusal

        self._follow_reloads()
        started = time.perf_counter()
        request_id = _request_id(ctx.request)
        try:
            decisions = self.engine.decide(applications)
        except UnknownControlEntry as exc:
            prefix = "application" if endpoint == "triage" else "applications"
            errors = [{"field": (prefix + e["field"].split("]", 1)[1]) if endpoint == "triage" else prefix + e["field"],
                       "reason": e["reason"]} for e in exc.errors]
            return _fail(ctx, 422, f"invalid {endpoint} request: {len(errors)} problem(s)", errors=errors)
        except NotReady as exc:
            observe_refusal("not_ready")
            return _fail(ctx, 503, f"the service has no model loaded: {exc}")
        except AuditRejected as exc:
            return _fail(ctx, 422, str(exc))
        except AuditUnavailable as exc:
            observe_refusal("audit_unavailable")
            log.error("request_id=%s audit store unavailable: %s", request_id, exc)
            return _fail(ctx, 503, "the audit store is unavailable, so no decision was made "
                                       "(a decision is only returned once it is recorded); retry shortly")
        observe_decisions(decisions, endpoint, time.perf_counter() - started)
        return decisions

    @bentoml.api(route="/triage", input_spec=TriageRequest)
    def triage(self, application: Application, ctx: bentoml.Context) -> Decision:
        """Triage one application: risk tier, review route, probabilities, guardrails and an explanation.

        The decision is stored in the audit trail before it is returned (503 if it cannot be)."""
        out = self._decide([application], "triage", ctx)
        return out if isinstance(out, Response) else out[0]

    @bentoml.api(route="/triage_batch", input_spec=TriageBatchRequest)
    def triage_batch(self, applications: list[Application], ctx: bentoml.Context) -> list[Decision]:
        """Triage up to 500 applications; decisions come back in input order, all stored or none."""
        return self._decide(applications, "triage_batch", ctx)

    @bentoml.api(route="/feedback", input_spec=FeedbackRequest)
    def feedback(self, ctx: bentoml.Context, **fields) -> dict:
        """Record a reviewer's final tier, route and outcome for a decision (labelled history)."""
        from serving.audit.store import AuditRejected, AuditUnavailable, UnknownDecision
        from serving.metrics import observe_feedback

        body = FeedbackRequest.model_validate(fields).model_dump(mode="json")
        try:
            stored = self.store.record_feedback(body)
        except UnknownDecision as exc:
            return _fail(ctx, 404, str(exc))
        except AuditRejected as exc:
            return _fail(ctx, 422, str(exc))
        except AuditUnavailable:
            return _fail(ctx, 503, "the audit store is unavailable; the feedback was not stored, retry shortly")
        observe_feedback(body["outcome"])
        return {"stored": True, **stored}

    @bentoml.api(route="/admin/reload", input_spec=ReloadRequest)
    def reload(self, ctx: bentoml.Context, model_uri: str | None = None) -> dict:
        """Load a registered model (default: the configured champion alias) and swap it in atomically.

        A model that fails to load or to decide leaves the running one in place (409)."""
        from models.store import ModelLoadError

        uri = model_uri or self.settings.model_uri
        try:
            with self._reloading:
                outcome = self.engine.load(uri)
                self._publish(uri)
        except ModelLoadError as exc:
            return _fail(ctx, 409, f"reload refused, the running model stays: {exc}",
                         model=self.engine.model_ref())
        return {"reloaded": True, **outcome}

    def _publish(self, uri: str) -> None:
        self._generation_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._generation_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"model_uri": uri, "pid": os.getpid(), "at": time.time()}), encoding="utf-8")
        os.replace(tmp, self._generation_file)
        self._generation_seen = self._generation_mtime()

    # -- reviewer reads (GET) ----------------------------------------------------------------------
    @web.get("/decisions")
    def list_decisions(self, request: Request):
        from serving.audit.store import AuditUnavailable

        request_id = _request_id(request)
        q = request.query_params
        errors = []
        route, tier = q.get("route") or None, q.get("tier") or None
        if route is not None and route not in ROUTES:
            errors.append({"field": "route", "reason": f"must be one of {', '.join(ROUTES)}"})
        if tier is not None and tier not in TIERS:
            errors.append({"field": "tier", "reason": f"must be one of {', '.join(TIERS)}"})
        guardrail = None
        if q.get("guardrail") not in (None, ""):
            if q["guardrail"].lower() not in ("true", "false", "1", "0"):
                errors.append({"field": "guardrail", "reason": "must be true or false"})
            else:
                guardrail = q["guardrail"].lower() in ("true", "1")
        bounds = {}
        for name in ("since", "until"):
            try:
                bounds[name] = _parse_time(q.get(name), name)
            except ValueError as exc:
                errors.append({"field": name, "reason": str(exc)})
        numbers = {}
        for name, default, low, high in (("limit", 50, 1, 500), ("offset", 0, 0, 10**9)):
            raw = q.get(name)
            try:
                numbers[name] = default if raw in (None, "") else int(raw)
                if not low <= numbers[name] <= high:
                    raise ValueError
            except ValueError:
                errors.append({"field": name, "reason": f"must be an integer from {low} to {high}"})
        unknown = sorted(set(q.keys()) - {"route", "tier", "guardrail", "since", "until", "limit", "offset"})
        for name in unknown:
            errors.append({"field": name, "reason": "unknown query parameter"})
        if errors:
            return error_response(422, "invalid query", request_id, errors=errors)
        try:
            page = self.store.list_decisions(route=route, tier=tier, guardrail=guardrail, since=bounds["since"],
                                             until=bounds["until"], limit=numbers["limit"], offset=numbers["offset"])
        except AuditUnavailable:
            return error_response(503, "the audit store is unavailable; retry shortly", request_id)
        return JSONResponse({"total": page.total, "limit": numbers["limit"], "offset": numbers["offset"],
                             "decisions": page.rows})

    @web.get("/decisions/{application_id}")
    def application_decisions(self, application_id: str, request: Request):
        from serving.audit.store import AuditUnavailable

        request_id = _request_id(request)
        try:
            history = self.store.decisions_for(application_id)
            feedback = self.store.feedback_for(application_id) if history else []
        except AuditUnavailable:
            return error_response(503, "the audit store is unavailable; retry shortly", request_id)
        if not history:
            return error_response(404, f"no decision is stored for application {application_id!r}", request_id)
        latest = history[0]
        return JSONResponse({
            "application_id": application_id, "application": latest["application"], "decision": latest["decision"],
            "request_hash": latest["request_hash"], "history": [h["decision"] for h in history[1:]],
            "feedback": feedback,
        })


LicenseTriage.add_asgi_middleware(Gate)
