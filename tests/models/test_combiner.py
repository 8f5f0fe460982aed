"""The bagged combiner on tiny synthetic data: calibrated members, averaged probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from models.combiner import BaggedCombiner, safe_strata

SMALL = {"max_iter": 40, "learning_rate": 0.1, "max_leaf_nodes": 7, "min_samples_leaf": 10}


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(0)
    n = 900
    X = np.column_stack([rng.integers(0, 9, n), rng.random(n)]).astype(np.float32)
    tier = np.where(X[:, 1] > 0.8, "critical", np.where(X[:, 0] >= 6, "high", np.where(X[:, 0] >= 3, "medium", "low")))
    route = {"critical": "enforcement", "high": "interagency", "medium": "standard", "low": "streamlined"}
    return X, np.array([f"{t}/{route[t]}" for t in tier])


def test_members_are_distinct_and_their_average_is_a_distribution(data):
    X, y = data
    model = BaggedCombiner(SMALL, n_members=3).fit(X, y)
    assert len(model.members_) == 3
    proba = model.predict_proba(X)
    assert proba.shape == (len(X), len(model.classes_)) and np.allclose(proba.sum(axis=1), 1.0)
    each = [m.predict_proba(X) for m in model.members_]
    assert not np.allclose(each[0], each[1])  # different splits and seeds
    assert np.allclose(proba, np.mean(each, axis=0))
    assert np.mean(model.predict(X) == y) > 0.9


def test_the_same_seed_gives_the_same_model(data):
    X, y = data
    a = BaggedCombiner(SMALL, n_members=2, random_state=4).fit(X, y).predict_proba(X)
    b = BaggedCombiner(SMALL, n_members=2, random_state=4).fit(X, y).predict_proba(X)
    assert np.array_equal(a, b)


def test_strata_merge_classes_of_one_member():
    y = np.array(["a", "a", "b", "b", "c", "d"])
    assert list(safe_strata(y)) == ["a", "a", "b", "b", "rare", "rare"]
    assert safe_strata(np.array(["a", "b", "b"])) is None  # one rare case cannot be stratified
