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
