"""The command line: generate, reference build, and clear errors for bad input files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from features.schema import LabelledApplication
from tests.conftest import SHARED
from training.cli import app
from training.data import DataError, read_applications, read_history


def test_generate_writes_valid_rows(tmp_path):
    out = tmp_path / "h.jsonl"
    res = CliRunner().invoke(app, ["generate", "--n", "40", "--seed", "2", "--out", str(out), "--no-annotations"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert len(rows) == 40 and all(set(r) == {"app", "label"} for r in rows)
    for row in rows:
        LabelledApplication.model_validate(row)


def test_reference_build_from_the_shared_snapshot(tmp_path):
    if not (SHARED / "reference").is_dir():
        pytest.skip("shared reference snapshot not present")
    res = CliRunner().invoke(app, ["reference", "build", "--from", str(SHARED / "reference"), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    manifest = json.loads(res.stdout)
    assert manifest["counts"] == {"control_entries": 633, "countries": 200, "listed_parties": 25921}


def test_a_bad_history_row_names_its_line_and_field(tmp_path, minimal_app):
    path = tmp_path / "bad.jsonl"
    good = {"app": minimal_app, "label": {"tier": "low", "route": "streamlined"}}
    bad = {"app": dict(minimal_app, destination_country="Germany"), "label": {"tier": "low", "route": "fast"}}
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n")
    with pytest.raises(DataError) as info:
        read_history(path)
    message = str(info.value)
    assert ":3:" in message and "app.destination_country" in message and "label.route" in message


def test_applications_file_accepts_bare_and_wrapped_rows(tmp_path, minimal_app):
    path = tmp_path / "apps.jsonl"
    path.write_text(json.dumps(minimal_app) + "\n" + json.dumps({"app": minimal_app}) + "\n")
    assert len(read_applications(path)) == 2
    path.write_text("{not json\n")
    with pytest.raises(DataError, match=":1: not JSON"):
        read_applications(path)
