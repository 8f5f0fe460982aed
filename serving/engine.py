"""The loaded model and the audit store behind the service: decide, record, then answer.

A decision is returned only after it is stored. The model is held as one reference that a reload
swaps atomically: a request uses either the old model or the new one, never a mix.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from features.decision import Decision
from features.schema import Application
from features.settings import TriageSettings
from models.registry import LoadedModel, load_registered
from models.store import ModelLoadError
from serving.audit.store import AuditStore

log = logging.getLogger("license_triage.service")

WARM_UP_APPLICATION = {
    "application_id": "warm-up",
    "submitted_at": "2026-01-01T00:00:00Z",
    "applicant": {"name": "Warm-up Exporter Inc.", "country": "US"},
    "items": [{"control_entry": "EAR99", "description": "Office chairs.", "quantity": 1, "unit_value_usd": 100.0}],
    "end_user": {"name": "Warm-up GmbH", "type": "commercial", "country": "DE"},
    "destination_country": "DE",
    "end_use": "Furnishing an office.",
}


class NotReady(RuntimeError):
    """No model is loaded (none registered, or it failed to load)."""


class TriageEngine:
    """Decides with the current model and records every decision before it is returned."""

    def __init__(self, settings: TriageSettings, store: AuditStore,
                 loader: Callable[..., LoadedModel] = load_registered) -> None:
        self.settings = settings
        self.store = store
        self._loader = loader
        self._loaded: LoadedModel | None = None
        self._reload_lock = threading.Lock()
        self.load_error: str | None = None
        self._threadpools = None

    # -- model ------------------------------------------------------------------------------
    @property
    def loaded(self) -> LoadedModel | None:
        return self._loaded

    @property
    def ready(self) -> bool:
        return self._loaded is not None

    def model_ref(self) -> dict | None:
        return dict(self._loaded.ref) if self._loaded else None

    def _load(self, uri: str) -> LoadedModel:
        current = self._loaded
        encoder = current.ctx.encoder if current is not None else None
        try:
            candidate = self._loader(uri, self.settings, encoder=encoder)
        except ModelLoadError:
            if encoder is None:
                raise
            candidate = self._loader(uri, self.settings)  # trained with another encoder
        # A model that cannot decide a plain case is not loaded (also loads the encoder's weights).
        try:
            candidate.model.decide([Application.model_validate(WARM_UP_APPLICATION)], candidate.ctx,
                                   model_ref=candidate.ref, explain=True)
        except Exception as exc:
            raise ModelLoadError(f"{uri} loaded but cannot decide a warm-up application: {exc}") from exc
        return candidate

    def load(self, uri: str | None = None) -> dict:
        """Load the configured model (or ``uri``); raises ModelLoadError with the reason."""
        uri = uri or self.settings.model_uri
        started = time.perf_counter()
        with self._reload_lock:
            candidate = self._load(uri)
            previous, self._loaded = self._loaded, candidate
            self.load_error = None
        log.info("model %s resolved to %s version %s (run %s) in %.1f s", uri, candidate.ref["name"],
                 candidate.ref["version"], candidate.ref["run_id"], time.perf_counter() - started)
        return {"model": dict(candidate.ref), "previous": dict(previous.ref) if previous else None}

    def _single_openmp_thread(self):
        """Requests run in worker threads, where scikit-learn's OpenMP runtime (the combiner) spins
        against torch's: one scikit-learn OpenMP thread per request is ~3x faster for a single
        application (benchmarks/serve_latency.py); torch keeps its threads for encoding."""
        if self._threadpools is None:
            from threadpoolctl import ThreadpoolController

            controller = ThreadpoolController()
            sklearn_libs = [lib.filepath for lib in controller.lib_controllers if "scikit_learn" in lib.filepath]
            self._threadpools = controller.select(filepath=sklearn_libs) if sklearn_libs else controller.select(
                internal_api="openmp")
        return self._threadpools.limit(limits=1)

    # -- decisions ----------------------------------------------------------------------------
    def decide(self, applications: list[Application], *, explain: bool = True) -> list[Decision]:
        """Decide and store; raises NotReady, or AuditUnavailable (then nothing is returned)."""
        loaded = self._loaded  # one reference for the whole request
        if loaded is None:
            raise NotReady(self.load_error or "no model is loaded")
        with self._single_openmp_thread():
            decisions = loaded.model.decide(applications, loaded.ctx, model_ref=loaded.ref, explain=explain)
        self.store.record_decisions([
            (app.model_dump(mode="json", exclude_unset=True), decision.model_dump(mode="json"))
            for app, decision in zip(applications, decisions)
        ])
        return decisions
