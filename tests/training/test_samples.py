"""The demo sample (samples/demo_applications.jsonl) is well formed and covers every route."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from features.schema import ROUTES, TIERS, Application

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "demo_applications.jsonl"


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_rows_have_app_label_and_note(rows):
    assert len(rows) >= 30
    for row in rows:
        assert set(row) == {"app", "label", "note"}
        assert isinstance(row["note"], str) and row["note"].strip()


def test_every_app_validates(rows):
    for row in rows:
        Application.model_validate(row["app"])


def test_ids_unique_and_prefixed(rows):
    ids = [row["app"]["application_id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("DEMO-") for i in ids)


def test_labels_use_valid_values(rows):
    for row in rows:
        assert set(row["label"]) == {"tier", "route"}
        assert row["label"]["tier"] in TIERS
        assert row["label"]["route"] in ROUTES


def test_every_route_appears_at_least_three_times(rows):
    counts = Counter(row["label"]["route"] for row in rows)
    for route in ROUTES:
        assert counts[route] >= 3, f"route {route!r} appears {counts[route]} times"


def test_enforcement_cases_are_critical(rows):
    for row in rows:
        if row["label"]["route"] == "enforcement":
            assert row["label"]["tier"] == "critical", row["app"]["application_id"]
        if row["label"]["tier"] == "critical":
            assert row["label"]["route"] == "enforcement", row["app"]["application_id"]
