"""The combiner: application features -> calibrated joint (tier, route) probabilities.

A small bag of gradient-boosted tree models, each fitted on its own split of the training rows
and calibrated (temperature scaling, ``CalibratedClassifierCV(FrozenEstimator(...))``) on the
rows it did not see; their probabilities are averaged. One boosted model's splits on the
uncertain text scores are sensitive to tiny changes in its input (a re-encoded embedding, a
different seed) and could move a borderline critical case across the enforcement threshold; the
average of several is not.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.frozen import FrozenEstimator
from sklearn.model_selection import train_test_split


class BaggedCombiner(ClassifierMixin, BaseEstimator):
    """Average of ``n_members`` calibrated HistGradientBoosting classifiers (see the module docstring)."""

    def __init__(self, params: dict | None = None, n_members: int = 5, calibration_share: float = 0.25,
                 random_state: int = 0) -> None:
        self.params = params
        self.n_members = n_members
        self.calibration_share = calibration_share
        self.random_state = random_state

    def fit(self, X: np.ndarray, y: Sequence[str]) -> "BaggedCombiner":
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        self.members_ = []
        for k in range(self.n_members):
            seed = self.random_state + k
            fit_idx, cal_idx = train_test_split(np.arange(len(y)), test_size=self.calibration_share, random_state=seed,
                                                stratify=safe_strata(y))
            trees = HistGradientBoostingClassifier(**(self.params or {}), early_stopping=False,
                                                   random_state=seed).fit(X[fit_idx], y[fit_idx])
            self.members_.append(CalibratedClassifierCV(FrozenEstimator(trees), method="temperature")
                                 .fit(X[cal_idx], y[cal_idx]))
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        out = np.zeros((len(X), len(self.classes_)))
        index = {c: j for j, c in enumerate(self.classes_)}
        for member in self.members_:
            columns = [index[c] for c in member.classes_]
            out[:, columns] += member.predict_proba(X) / len(self.members_)
        return out

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def safe_strata(y: np.ndarray):
    """``y`` for stratified splits, with classes of one member merged (None if that is not enough)."""
    values, counts = np.unique(y, return_counts=True)
    if counts.min() >= 2:
        return y
    rare = set(values[counts < 2])
    merged = np.array(["rare" if v in rare else v for v in y])
    return merged if np.unique(merged, return_counts=True)[1].min() >= 2 else None
