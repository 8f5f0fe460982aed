"""Shared fixtures: paths to the shared reference data and dev cases, a minimal application."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_CASES = SHARED / "data" / "dev_cases.jsonl"
SCHEMA_FILE = SHARED / "domain" / "application.schema.json"

MINIMAL_APP = {
    "application_id": "T-1",
    "submitted_at": "2026-06-16T14:48:00Z",
    "applicant": {"name": "Meridian Photonics Inc.", "country": "US"},
    "items": [{"control_entry": "EAR99", "description": "Office chairs.", "quantity": 10, "unit_value_usd": 120.0}],
    "end_user": {"name": "Acme GmbH", "type": "commercial", "country": "DE"},
    "destination_country": "DE",
    "end_use": "Furnishing the customer's new office in Munich.",
}


@pytest.fixture
def minimal_app() -> dict:
    return copy.deepcopy(MINIMAL_APP)


@pytest.fixture(scope="session")
def dev_rows() -> list[dict]:
    if not DEV_CASES.is_file():
        pytest.skip(f"dev cases not present at {DEV_CASES}")
    return [json.loads(line) for line in DEV_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def json_schema() -> dict:
    if not SCHEMA_FILE.is_file():
        pytest.skip(f"schema file not present at {SCHEMA_FILE}")
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def trained(tmp_path_factory):
    """A real model: generated history, the real encoder, a real MLflow sqlite store and registry.

    Small (the combiner learns from 1,500 applications) so the suite stays quick; the quality
    bar is measured on the full default training run (docs/training.md), not here.
    """
    from features.settings import TriageSettings
    from training.train import train_and_register

    import os

    reuse = os.environ.get("TRIAGE_TEST_REUSE_HOME")
    if reuse:  # developer speed-up only: a home where `triage train` already registered a champion
        from models.registry import configure_mlflow, resolve

        settings = TriageSettings(home=Path(reuse))
        configure_mlflow(settings)
        ref = resolve(settings.model_uri, settings)
        return {"settings": settings, "result": {"model_version": ref["version"], "run_id": ref["run_id"]},
                "home": Path(reuse)}
    home = tmp_path_factory.mktemp("triage-home")
    settings = TriageSettings(home=home, dev_cases=DEV_CASES if DEV_CASES.is_file() else None)
    result = train_and_register(settings, n=1500, seed=3, say=lambda message: None)
    return {"settings": settings, "result": result, "home": home}


@pytest.fixture(scope="session")
def champion(trained):
    """The registered champion loaded from the registry with its runtime."""
    from models.registry import load_registered

    return load_registered("models:/license-triage@champion", trained["settings"])
