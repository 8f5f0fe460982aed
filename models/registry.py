"""The hand-off from the MLflow registry to whoever runs a model (CLI or service)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from features.settings import TriageSettings
from models.store import MODEL_FILE, ModelLoadError, build_runtime, load_model
from models.triage import RuntimeContext, TriageModel

CHAMPION = "champion"
CHALLENGER = "challenger"
PREVIOUS_CHAMPION = "previous-champion"


class ModelNotRegistered(ModelLoadError):
    """The registry has no model under that name, alias or version."""


@dataclass
class LoadedModel:
    model: TriageModel
    ctx: RuntimeContext
    ref: dict  # {"name", "version", "run_id"}
    uri: str


def configure_mlflow(settings: TriageSettings) -> None:
    """Point MLflow at the configured tracking store and registry (called explicitly, never on import)."""
    import mlflow

    settings.home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    mlflow.set_tracking_uri(settings.resolved_tracking_uri)
    mlflow.set_registry_uri(settings.registry_uri or settings.resolved_tracking_uri)


def resolve(uri: str, settings: TriageSettings) -> dict:
    """``models:/name@alias`` or ``models:/name/version`` -> {"name", "version", "run_id", "source"}."""
    from mlflow import MlflowClient
    from mlflow.exceptions import MlflowException

    client = MlflowClient()
    if not uri.startswith("models:/"):
        return {"name": settings.registered_model, "version": None, "run_id": None, "source": uri}
    body = uri[len("models:/"):]
    try:
        if "@" in body:
            name, alias = body.split("@", 1)
            mv = client.get_model_version_by_alias(name, alias)
        else:
            name, version = body.rsplit("/", 1)
            mv = client.get_model_version(name, version)
    except MlflowException as exc:
        raise ModelNotRegistered(f"no model at {uri}: {exc.message if hasattr(exc, 'message') else exc}") from exc
    return {"name": mv.name, "version": str(mv.version), "run_id": mv.run_id, "source": f"models:/{mv.name}/{mv.version}"}


def load_registered(uri: str, settings: TriageSettings | None = None, *, encoder=None) -> LoadedModel:
    """Download a registered model's artefact and load it with its runtime (no network beyond the registry)."""
    import mlflow

    settings = settings or TriageSettings()
    configure_mlflow(settings)
    ref = resolve(uri, settings)
    try:
        local = Path(mlflow.artifacts.download_artifacts(artifact_uri=ref["source"]))
    except Exception as exc:
        raise ModelLoadError(f"cannot download {ref['source']}: {exc}") from exc
    found = sorted(local.rglob(MODEL_FILE))
    if not found:
        raise ModelLoadError(f"{ref['source']} holds no {MODEL_FILE}")
    model = load_model(found[0].parent)
    ctx = build_runtime(model, settings, encoder=encoder)
    return LoadedModel(model=model, ctx=ctx, ref={k: ref[k] for k in ("name", "version", "run_id")}, uri=uri)
