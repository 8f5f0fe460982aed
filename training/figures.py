"""Figures logged with each run: confusion matrices and a reliability diagram."""

from __future__ import annotations

from typing import Sequence

import numpy as np


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def confusion_figure(true: Sequence[str], pred: Sequence[str], labels: Sequence[str], title: str):
    from models.metrics import confusion

    plt = _plt()
    used = [l for l in labels if l in set(true) | set(pred)]
    matrix = confusion(true, pred, used)
    fig, ax = plt.subplots(figsize=(5.5, 4.5))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(used)), used, rotation=35, ha="right")
    ax.set_yticks(range(len(used)), used)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    for i in range(len(used)):
        for j in range(len(used)):
            ax.text(j, i, int(matrix[i, j]), ha="center", va="center",
                    color="white" if matrix[i, j] > matrix.max() / 2 else "black", fontsize=8)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def calibration_figure(true_tier: Sequence[str], risk: Sequence[float], title: str, bins: int = 10):
    """Reliability of P(high or critical): predicted vs observed share per bin."""
    plt = _plt()
    y = np.isin(np.asarray(true_tier), ("high", "critical")).astype(float)
    p = np.asarray(risk, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(p, edges) - 1, 0, bins - 1)
    xs, ys, ns = [], [], []
    for b in range(bins):
        mask = which == b
        if mask.any():
            xs.append(p[mask].mean())
            ys.append(y[mask].mean())
            ns.append(int(mask.sum()))
    fig, ax = plt.subplots(figsize=(4.8, 4.5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect")
    ax.plot(xs, ys, "o-", label="model")
    for x, yy, n in zip(xs, ys, ns):
        ax.annotate(str(n), (x, yy), fontsize=7, xytext=(3, -9), textcoords="offset points")
    ax.set_xlabel("predicted P(high or critical)")
    ax.set_ylabel("observed share")
    ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    return fig
