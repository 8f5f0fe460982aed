"""Fitting and deciding with the fast stand-in encoder (the real path is in test_behavioural)."""

from __future__ import annotations

import numpy as np
import pytest

from features.decision import Decision
from features.embedding import HashingEncoder
from features.reference import load_reference
from features.schema import Application
from models.fit import choose_enforcement_threshold, choose_streamline_threshold, fit_triage_model
from models.triage import RuntimeContext
from training.synth.generator import HistoryGenerator


def test_threshold_keeps_unsafe_streamlining_within_the_share_of_all_cases():
    risk = np.array([0.01, 0.02, 0.03, 0.04, 0.5, 0.9] + [0.9] * 194)
    pre = np.array([True] * 6 + [False] * 194)
    tiers = np.array(["low", "low", "high", "low", "low", "high"] + ["medium"] * 194)
    # 200 cases x 0.5% = one unsafe case allowed: the prefix up to (not including) the second one.
    t = choose_streamline_threshold(risk, pre, tiers)
    assert 0.5 < t < 0.9
    strict = choose_streamline_threshold(risk, pre, tiers, max_unsafe_share=0.0)
    assert 0.02 < strict < 0.03
    assert choose_streamline_threshold(risk, pre, np.array(["low"] * 200)) == 1.0


def test_enforcement_threshold_reaches_the_critical_recall_target_on_validation():
    p = np.array([0.9, 0.8, 0.6, 0.4, 0.2, 0.05, 0.3])
    routes = np.array(["enforcement", "enforcement", "interagency", "standard", "interagency", "standard", "interagency"])
    tiers = np.array(["critical"] * 6 + ["high"])
    # 6 critical, 2 caught; 95% needs 6 -> every missed one down to P = 0.05.
    assert choose_enforcement_threshold(p, routes, tiers) == pytest.approx(0.05)
    assert choose_enforcement_threshold(p, routes, tiers, target=0.5) == pytest.approx(0.6)
    assert choose_enforcement_threshold(p, np.array(["enforcement"] * 7), tiers) == 1.0


def test_enforcement_threshold_goes_past_the_target_only_while_route_accuracy_holds():
    # 20 critical cases, 18 caught by routing (0.90): the target needs one more (P = 0.5).
    p = np.array([0.9] * 18 + [0.5, 0.3] + [0.4] * 3 + [0.01] * 77)
    routes = np.array(["enforcement"] * 18 + ["standard"] * 82)
    tiers = np.array(["critical"] * 20 + ["medium"] * 80)
    true_routes = np.array(["enforcement"] * 20 + ["standard"] * 80)
    assert choose_enforcement_threshold(p, routes, tiers, true_route=true_routes) == pytest.approx(0.5)  # 0.3 costs 2 of 100
    assert choose_enforcement_threshold(p, routes, tiers, true_route=true_routes, max_route_cost=0.03) == pytest.approx(0.3)


@pytest.fixture(scope="module")
def fitted():
    from features.screening import ScreeningIndex

    tables = load_reference()
    ctx = RuntimeContext(encoder=HashingEncoder(64), tables=tables, screening_index=ScreeningIndex.from_parties(tables.screening))
    rows = list(HistoryGenerator(5).rows(500))
    return fit_triage_model(rows, ctx, seed=0), ctx, rows


def test_fit_reports_validation_metrics_and_carries_what_it_learned(fitted):
    fit, ctx, _ = fitted
    m = fit.model
    assert set(fit.report["validation"]) >= {"route_acc", "critical_recall", "unsafe_streamlined"}
    assert fit.report["validation"]["unsafe_streamlined"] <= 0.005
    assert m.reference_digests == ctx.tables.digests and m.encoder_identity == "hashing-64"
    assert len(m.precedents.ids) == 500 and m.baseline.shape == (len(m.feature_names),)
    assert all("/" in c for c in m.classes)


def test_decisions_are_complete_and_guardrails_override_the_model(fitted, minimal_app):
    fit, ctx, rows = fitted
    embargoed = dict(minimal_app, application_id="E-1", destination_country="IR")
    apps = [Application.model_validate(rows[0]["app"]), Application.model_validate(embargoed)]
    decisions = fit.model.decide(apps, ctx)
    assert all(isinstance(d, Decision) for d in decisions)
    first, second = decisions
    assert sum(first.tier_probabilities.values()) == pytest.approx(1.0, abs=1e-4)
    assert first.explanation.factors and first.explanation.similar_cases
    assert (second.risk_tier.value, second.route.value) == ("critical", "enforcement")
    assert second.guardrails[0].rule == "embargo" and "IR" in second.guardrails[0].detail
    assert not second.streamlined and "Embargoed" in second.explanation.summary


def test_text_evidence_names_the_sentence_that_moved_the_risk(fitted, minimal_app):
    fit, ctx, _ = fitted
    doc = dict(minimal_app, notes="Delivery FCA Chicago. The buyer offered to pay the whole invoice in cash.")
    (d,) = fit.model.decide([Application.model_validate(doc)], ctx)
    sentences = [e.sentence for e in d.explanation.text_evidence]
    assert all(s in " ".join([doc["end_use"], doc["notes"], doc["items"][0]["description"]]) for s in sentences)
    fields = {f.feature for f in d.explanation.factors}
    assert {"destination_country", "applicant", "end_use", "notes"} <= fields


def test_heads_are_cross_fitted_one_writing_round_per_fold():
    from models.fit import HEAD_FOLDS, _Folds

    folds = _Folds(["round:first", "round:fifth", "round:first", "t9", "round:sixth"], seed=0)
    assert folds.n == 3
    assert len({folds("round:first"), folds("round:fifth"), folds("round:sixth")}) == 3
    assert 0 <= folds("t9") < 3 and folds("t9") == folds("t9")
    assert _Folds(["t1", "t2", "round:first"], seed=0).n == HEAD_FOLDS  # one round: by template
