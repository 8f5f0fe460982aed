"""Promote the challenger to champion only if it is no worse on a frozen evaluation set."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from features.settings import TriageSettings
from models.registry import CHALLENGER, CHAMPION, PREVIOUS_CHAMPION, configure_mlflow, load_registered
from training.data import read_history

FROZEN_EVAL_SEED = 20260101
FROZEN_EVAL_N = 1500
MAX_ROUTE_ACC_DROP = 0.01


def frozen_evaluation_rows(settings: TriageSettings, data: Path | None = None) -> list[dict]:
    """The promotion set: a given file, else generated history with a fixed seed, never trained on."""
    if data:
        return read_history(data)
    from features.reference import load_reference
    from training.synth.generator import HistoryGenerator

    return list(HistoryGenerator(FROZEN_EVAL_SEED, tables=load_reference(settings.reference_dir)).rows(FROZEN_EVAL_N))


def compare(champion: dict, challenger: dict) -> list[str]:
    """Reasons to refuse (empty when the challenger may be promoted)."""
    reasons = []
    if challenger["unsafe_streamlined"] > champion["unsafe_streamlined"]:
        reasons.append(f"unsafe_streamlined rises from {champion['unsafe_streamlined']:.4f} to {challenger['unsafe_streamlined']:.4f}")
    if challenger["critical_recall"] < champion["critical_recall"]:
        reasons.append(f"critical_recall falls from {champion['critical_recall']:.4f} to {challenger['critical_recall']:.4f}")
    if challenger["route_acc"] < champion["route_acc"] - MAX_ROUTE_ACC_DROP:
        reasons.append(f"route_acc falls from {champion['route_acc']:.4f} to {challenger['route_acc']:.4f} "
                       f"(more than {MAX_ROUTE_ACC_DROP})")
    return reasons


def promote(settings: TriageSettings, *, force: bool = False, data: Path | None = None, encoder=None,
            rows: Sequence[dict] | None = None) -> dict:
    from mlflow import MlflowClient

    from training.train import evaluate_rows

    configure_mlflow(settings)
    name = settings.registered_model
    champ = load_registered(f"models:/{name}@{CHAMPION}", settings, encoder=encoder)
    chall = load_registered(f"models:/{name}@{CHALLENGER}", settings, encoder=champ.ctx.encoder)
    rows = list(rows) if rows is not None else frozen_evaluation_rows(settings, data)
    champ_metrics, _ = evaluate_rows(champ.model, champ.ctx, rows)
    chall_metrics, _ = evaluate_rows(chall.model, chall.ctx, rows)
    reasons = compare(champ_metrics, chall_metrics)
    outcome = {"champion": champ.ref, "challenger": chall.ref, "champion_metrics": champ_metrics,
               "challenger_metrics": chall_metrics, "refused": reasons, "forced": bool(force and reasons)}
    if reasons and not force:
        outcome["promoted"] = False
        return outcome
    client = MlflowClient()
    client.set_registered_model_alias(name, PREVIOUS_CHAMPION, champ.ref["version"])
    client.set_registered_model_alias(name, CHAMPION, chall.ref["version"])
    client.delete_registered_model_alias(name, CHALLENGER)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    client.set_model_version_tag(name, chall.ref["version"], "promoted_at", now)
    client.set_model_version_tag(name, chall.ref["version"], "replaced_champion", champ.ref["version"])
    client.set_model_version_tag(name, champ.ref["version"], "retired_at", now)
    outcome["promoted"] = True
    return outcome
