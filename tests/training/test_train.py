"""The real training path: tracked in MLflow, registered, evaluated, predicted, promoted."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from tests.conftest import DEV_CASES

pytestmark = [pytest.mark.slow, pytest.mark.integration]


class AlwaysLow:
    """A combiner that calls every case low/streamlined: a challenger that must not be promoted."""

    def __init__(self, classes):
        self.classes_ = np.array(classes)

    def predict_proba(self, X):
        p = np.full((len(X), len(self.classes_)), 1e-6)
        p[:, list(self.classes_).index("low/streamlined")] = 1.0
        return p / p.sum(axis=1, keepdims=True)


def test_training_registers_the_first_version_as_champion(trained):
    result = trained["result"]
    assert result["model_version"] == "1" and result["alias"] == "champion"
    assert 0.5 < result["validation"]["route_acc"] <= 1.0
    assert result["streamline_threshold"] > 0.0


def test_run_has_params_metrics_figures_inputs_and_baselines(trained):
    from mlflow import MlflowClient

    from models.registry import configure_mlflow

    configure_mlflow(trained["settings"])
    client = MlflowClient()
    run = client.get_run(trained["result"]["run_id"])
    for name in ("val_route_acc", "val_critical_recall", "val_unsafe_streamlined", "train_seconds"):
        assert name in run.data.metrics
    assert run.data.params["encoder"].startswith("model@")
    assert json.loads(run.data.params["sentence_heads"])["flag_mlp_hidden"] == 128  # what the heads were fitted with
    artifacts = {a.path for a in client.list_artifacts(run.info.run_id, "figures")}
    assert {"figures/val_route_confusion.png", "figures/val_calibration.png"} <= artifacts
    assert len(run.inputs.dataset_inputs) >= 1
    experiment = run.info.experiment_id
    baselines = client.search_runs([experiment], filter_string="tags.kind = 'baseline'")
    assert {r.data.params["baseline"] for r in baselines} == {"tfidf_logreg", "keyword_rules"}
    if DEV_CASES.is_file():
        assert "dev_route_acc" in run.data.metrics
        assert all("dev_route_acc" in r.data.metrics for r in baselines)


def test_predict_cli_writes_complete_decisions_that_match_the_model(trained, champion, tmp_path, monkeypatch):
    from training.cli import app

    monkeypatch.setenv("TRIAGE_HOME", str(trained["home"]))
    if not DEV_CASES.is_file():
        pytest.skip("dev cases absent")
    rows = [json.loads(l) for l in DEV_CASES.read_text().splitlines()[:12]]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows[:6]) + "\n" + "\n".join(json.dumps(r["app"]) for r in rows[6:]) + "\n")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["predict", "--input", str(src), "--output", str(out)])
    assert res.exit_code == 0, res.output
    decisions = [json.loads(l) for l in out.read_text().splitlines()]
    assert [d["application_id"] for d in decisions] == [r["app"]["application_id"] for r in rows]
    from features.schema import Application

    routed = champion.model.predict_routes([Application.model_validate(r["app"]) for r in rows], champion.ctx)
    for d, r in zip(decisions, routed):
        assert (d["risk_tier"], d["route"]) == (r["tier"], r["route"])
        assert d["tier_probabilities"] == pytest.approx(r["tier_probabilities"], abs=1e-6)
        assert d["model"]["version"] == "1" and d["policy_version"] == "2026.1"
        assert d["explanation"]["summary"] and d["explanation"]["factors"] and d["explanation"]["similar_cases"]
        assert sum(d["route_probabilities"].values()) == pytest.approx(1.0, abs=1e-4)


def test_evaluate_cli_prints_metrics_json(trained, monkeypatch):
    from training.cli import app

    if not DEV_CASES.is_file():
        pytest.skip("dev cases absent")
    monkeypatch.setenv("TRIAGE_HOME", str(trained["home"]))
    res = CliRunner().invoke(app, ["evaluate", "--data", str(DEV_CASES)])
    assert res.exit_code == 0, res.output
    metrics = json.loads(res.stdout)
    assert metrics["n"] == 185 and 0 <= metrics["route_acc"] <= 1 and "critical_recall" in metrics


def test_promote_refuses_a_worse_challenger_then_force_promotes_it(trained, champion):
    import mlflow
    from mlflow import MlflowClient

    from models.registry import configure_mlflow
    from training.promote import promote
    from training.train import assign_alias, log_triage_model

    settings = trained["settings"]
    worse = copy.deepcopy(champion.model)
    worse.streamline_threshold = 1.0  # never holds a case back from the fast lane ...
    worse.baseline = worse.baseline.copy()
    worse.combiner = AlwaysLow(worse.classes)  # ... and believes every case is routine
    configure_mlflow(settings)
    with mlflow.start_run(run_name="worse-challenger"):
        version = log_triage_model(settings, worse)
    assert assign_alias(settings, version) == {"model_version": version, "alias": "challenger"}
    rows = [r for r in __import__("training.synth.generator", fromlist=["x"]).HistoryGenerator(99).rows(150)]
    outcome = promote(settings, rows=rows, encoder=champion.ctx.encoder)
    assert outcome["promoted"] is False
    assert any("unsafe_streamlined rises" in r or "critical_recall falls" in r for r in outcome["refused"])
    client = MlflowClient()
    assert str(client.get_model_version_by_alias("license-triage", "champion").version) == "1"
    forced = promote(settings, force=True, rows=rows, encoder=champion.ctx.encoder)
    assert forced["promoted"] and forced["forced"]
    assert str(client.get_model_version_by_alias("license-triage", "champion").version) == version
    assert str(client.get_model_version_by_alias("license-triage", "previous-champion").version) == "1"
    # Put the good model back for the tests that follow.
    client.set_registered_model_alias("license-triage", "champion", "1")
