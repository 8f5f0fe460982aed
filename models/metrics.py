"""The metrics used everywhere (training, evaluation, promotion), by one definition."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from features.schema import ROUTES, TIERS

METRIC_NAMES = (
    "route_acc", "route_macro_f1", "tier_acc", "tier_macro_f1", "unsafe_streamlined", "unsafe_streamlined_count",
    "critical_recall", "streamline_recall", "streamline_precision",
)


def triage_metrics(
    true_tier: Sequence[str], true_route: Sequence[str], pred_tier: Sequence[str], pred_route: Sequence[str],
) -> dict[str, float]:
    """route/tier accuracy and macro-F1; ``unsafe_streamlined``: share of all cases whose true tier is
    high or critical yet were routed streamlined; ``critical_recall``: share of true critical cases
    routed to enforcement; streamline recall/precision of the streamlined lane."""
    tt, tr, pt, pr = map(np.asarray, (true_tier, true_route, pred_tier, pred_route))
    n = len(tt)
    if n == 0:
        return {name: float("nan") for name in METRIC_NAMES}
    unsafe = int(np.sum(np.isin(tt, ("high", "critical")) & (pr == "streamlined")))
    critical = tt == "critical"
    streamlined_true, streamlined_pred = tr == "streamlined", pr == "streamlined"
    both = int(np.sum(streamlined_true & streamlined_pred))
    return {
        "route_acc": float(accuracy_score(tr, pr)),
        "route_macro_f1": float(f1_score(tr, pr, labels=[r for r in ROUTES if r in set(tr)], average="macro", zero_division=0)),
        "tier_acc": float(accuracy_score(tt, pt)),
        "tier_macro_f1": float(f1_score(tt, pt, labels=[t for t in TIERS if t in set(tt)], average="macro", zero_division=0)),
        "unsafe_streamlined": unsafe / n,
        "unsafe_streamlined_count": float(unsafe),
        "critical_recall": float(np.mean(pr[critical] == "enforcement")) if critical.any() else float("nan"),
        "streamline_recall": both / int(streamlined_true.sum()) if streamlined_true.any() else float("nan"),
        "streamline_precision": both / int(streamlined_pred.sum()) if streamlined_pred.any() else float("nan"),
    }


def confusion(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> np.ndarray:
    return confusion_matrix(list(true), list(pred), labels=list(labels))
