"""Save and load a TriageModel as one directory, and build the runtime it needs around it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import joblib

from features.embedding import SentenceEncoder
from features.reference import load_reference
from features.settings import TriageSettings
from models.triage import RuntimeContext, TriageModel

log = logging.getLogger(__name__)
MODEL_FILE = "triage_model.joblib"
META_FILE = "meta.json"


class ModelLoadError(RuntimeError):
    """The model artefact cannot be used (missing, corrupted, or built for another encoder)."""


def save_model(model: TriageModel, directory: str | Path) -> Path:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, directory / MODEL_FILE, compress=3)
    meta = {
        "classes": list(model.classes), "streamline_threshold": model.streamline_threshold,
        "screening_threshold": model.screening_threshold, "enforcement_threshold": model.enforcement_threshold, "reference_digests": model.reference_digests,
        "encoder_identity": model.encoder_identity, "feature_names": list(model.feature_names), "info": model.info,
    }
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, default=str), encoding="utf-8")
    return directory


def load_model(directory: str | Path) -> TriageModel:
    path = Path(directory) / MODEL_FILE
    if not path.is_file():
        raise ModelLoadError(f"model file missing: {path}")
    try:
        model = joblib.load(path)
    except Exception as exc:  # corrupted or truncated artefact
        raise ModelLoadError(f"model artefact {path} cannot be read: {exc}") from exc
    if not isinstance(model, TriageModel):
        raise ModelLoadError(f"{path} does not hold a TriageModel (found {type(model).__name__})")
    return model


def build_runtime(model: TriageModel, settings: TriageSettings | None = None, *, encoder=None,
                  use_cache: bool = False) -> RuntimeContext:
    """The encoder, reference tables and screening index a loaded model runs with.

    The encoder must be the one the model was trained with (same identity); the reference
    tables may be newer (a screening-list update applies at once) and a difference is logged.
    """
    from features.screening import ScreeningIndex

    settings = settings or TriageSettings()
    tables = load_reference(settings.reference_dir)
    if tables.digests != model.reference_digests:
        log.warning("reference tables differ from those the model was trained with (%s)", tables.directory)
    if encoder is None:
        encoder = SentenceEncoder(
            settings.embedding_model, cache_dir=settings.embedding_cache_dir if use_cache else None,
            batch_size=settings.encode_batch_size, threads=settings.torch_threads,
        )
    if encoder.identity != model.encoder_identity:
        raise ModelLoadError(
            f"the model was trained with encoder {model.encoder_identity} but {encoder.identity} is configured"
        )
    index = ScreeningIndex.from_parties(tables.screening)
    return RuntimeContext(encoder=encoder, tables=tables, screening_index=index)
