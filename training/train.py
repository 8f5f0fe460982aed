"""The training run: history -> TriageModel + baselines, tracked and registered in MLflow."""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence


from features.embedding import SentenceEncoder
from features.pipeline import prepare
from features.reference import load_reference
from features.schema import ROUTES, TIERS, Application
from features.settings import TriageSettings
from models.fit import COMBINER_MEMBERS, FitResult, fit_triage_model
from models.metrics import triage_metrics
from models.registry import CHALLENGER, CHAMPION, configure_mlflow
from models.store import save_model
from models.triage import RuntimeContext
from training.baselines import KeywordRuleEngine, TfidfBaseline
from training.data import read_history
from training.figures import calibration_figure, confusion_figure

DEFAULT_N = 10000
HEAD_CORPUS_N = 5000


def history_digest(rows: Sequence[dict]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps({"app": row["app"], "label": row["label"]}, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def runtime(settings: TriageSettings, *, progress: bool = False) -> RuntimeContext:
    from features.screening import ScreeningIndex

    tables = load_reference(settings.reference_dir)
    encoder = SentenceEncoder(settings.embedding_model, cache_dir=settings.embedding_cache_dir,
                              batch_size=settings.encode_batch_size, threads=settings.torch_threads,
                              progress=progress and sys.stderr.isatty())
    return RuntimeContext(encoder=encoder, tables=tables, screening_index=ScreeningIndex.from_parties(tables.screening))


def _experiment(settings: TriageSettings) -> None:
    """Use the experiment, creating it with its artefacts under TRIAGE_HOME (not ./mlruns) when the
    tracking store is local; a tracking server keeps its own artefact store."""
    import mlflow

    if mlflow.get_experiment_by_name(settings.experiment) is None:
        local = settings.resolved_tracking_uri.startswith("sqlite:")
        location = settings.artifact_root.resolve().as_uri() if local else None
        if local:
            settings.artifact_root.mkdir(parents=True, exist_ok=True)
        mlflow.create_experiment(settings.experiment, artifact_location=location)
    mlflow.set_experiment(settings.experiment)


def evaluate_rows(fit_model, ctx: RuntimeContext, rows: Sequence[dict]) -> tuple[dict, list[dict]]:
    apps = [Application.model_validate(r["app"]) for r in rows]
    routed = fit_model.predict_routes(apps, ctx)
    metrics = triage_metrics([r["label"]["tier"] for r in rows], [r["label"]["route"] for r in rows],
                             [r["tier"] for r in routed], [r["route"] for r in routed])
    return metrics, routed


def _log_metrics(prefix: str, metrics: dict) -> None:
    import mlflow

    mlflow.log_metrics({f"{prefix}_{k}": float(v) for k, v in metrics.items() if v == v})


def _baselines(rows: Sequence[dict], fit: FitResult, ctx: RuntimeContext, dev_rows: Sequence[dict] | None,
               val_ids: set[str]) -> dict[str, dict]:
    """Fit/evaluate both baselines on the same split; returns {name: {"val": ..., "dev": ...}}."""
    apps = [Application.model_validate(r["app"]) for r in rows]
    train = [i for i, a in enumerate(apps) if a.application_id not in val_ids]
    val = [i for i, a in enumerate(apps) if a.application_id in val_ids]
    tiers = [r["label"]["tier"] for r in rows]
    routes = [r["label"]["route"] for r in rows]
    out: dict[str, dict] = {}
    tfidf = TfidfBaseline().fit([apps[i] for i in train], [tiers[i] for i in train], [routes[i] for i in train])
    rules = KeywordRuleEngine(fit.model.screening_threshold)
    sets = {"val": ([apps[i] for i in val], [tiers[i] for i in val], [routes[i] for i in val])}
    if dev_rows:
        sets["dev"] = ([Application.model_validate(r["app"]) for r in dev_rows],
                       [r["label"]["tier"] for r in dev_rows], [r["label"]["route"] for r in dev_rows])
    for name, predict in (("tfidf_logreg", lambda a: tfidf.predict(a)),
                          ("keyword_rules", lambda a: rules.predict(prepare(a, ctx.tables, ctx.screening_index)))):
        out[name] = {}
        for split, (a, t, r) in sets.items():
            pt, pr = predict(a)
            out[name][split] = triage_metrics(t, r, pt, pr)
    return out


def train_and_register(
    settings: TriageSettings,
    *,
    data: Path | None = None,
    n: int = DEFAULT_N,
    seed: int = 0,
    register: bool = True,
    say: Callable[[str], None] = print,
) -> dict:
    """Train on ``data`` (or ``n`` generated applications), log everything, register the model."""
    import mlflow

    from training.synth.generator import HistoryGenerator

    started = time.perf_counter()
    tables = load_reference(settings.reference_dir)
    if data:
        say(f"reading history {data}")
        rows = read_history(data)
        source = str(data)
    else:
        say(f"generating {n} applications (seed {seed})")
        from tqdm import tqdm

        rows = list(tqdm(HistoryGenerator(seed, tables=tables).rows(n), total=n, desc="generating", unit="app",
                         disable=not sys.stderr.isatty(), leave=False))
        source = f"generated:n={n},seed={seed}"
    head_rows = None
    if not any(r.get("annotations") for r in rows):
        say(f"history has no sentence annotations: text heads learn from {HEAD_CORPUS_N} generated applications")
        head_rows = list(HistoryGenerator(seed + 1, tables=tables).rows(HEAD_CORPUS_N))
    ctx = runtime(settings, progress=True)
    fit = fit_triage_model(rows, ctx, seed=seed, head_rows=head_rows, progress=say)
    model = fit.model
    dev_path = settings.resolved_dev_cases()
    dev_rows = read_history(dev_path) if dev_path else None
    dev_metrics, dev_routed = (evaluate_rows(model, ctx, dev_rows) if dev_rows else (None, None))
    val_ids = set(fit.validation["ids"])
    say("running baselines")
    baselines = _baselines(rows, fit, ctx, dev_rows, val_ids)
    train_seconds = time.perf_counter() - started

    configure_mlflow(settings)
    _experiment(settings)
    result: dict = {}
    with mlflow.start_run(run_name="triage-model") as run:
        mlflow.set_tags({"kind": "model", "history_source": source})
        mlflow.log_params({
            "n_history": len(rows), "seed": seed, "n_train": fit.report["n_train"], "n_val": fit.report["n_val"],
            "encoder": ctx.encoder.identity, "combiner": f"{COMBINER_MEMBERS} x HistGradientBoosting + temperature scaling, averaged",
            "streamline_threshold": round(model.streamline_threshold, 6), "screening_threshold": model.screening_threshold,
            "enforcement_threshold": round(model.enforcement_threshold, 6),
            "history_digest": history_digest(rows), "heads_from": "history" if head_rows is None else "generated corpus",
            "sentence_heads": json.dumps(model.heads.get_params(), sort_keys=True),
        })
        mlflow.log_input(_dataset(rows, source, "history"), context="training")
        if dev_rows:
            mlflow.log_input(_dataset(dev_rows, str(dev_path), "dev_cases"), context="evaluation")
        _log_metrics("val", fit.report["validation"])
        mlflow.log_metrics({"train_seconds": train_seconds, "encode_seconds": fit.report["timings"]["encode_s"],
                            "unique_sentences": fit.report["timings"]["unique_sentences"]})
        v = fit.validation
        mlflow.log_figure(confusion_figure(v["true_route"], v["pred_route"], ROUTES, "route, validation"), "figures/val_route_confusion.png")
        mlflow.log_figure(confusion_figure(v["true_tier"], v["pred_tier"], TIERS, "tier, validation"), "figures/val_tier_confusion.png")
        mlflow.log_figure(calibration_figure(v["true_tier"], v["risk"], "P(high or critical), validation"), "figures/val_calibration.png")
        if dev_rows:
            _log_metrics("dev", dev_metrics)
            mlflow.log_figure(confusion_figure([r["label"]["route"] for r in dev_rows], [r["route"] for r in dev_routed],
                                               ROUTES, "route, dev cases"), "figures/dev_route_confusion.png")
        mlflow.log_dict({"report": fit.report, "dev": dev_metrics, "baselines": baselines}, "report.json")
        version = log_triage_model(settings, model, register=register)
        result = {"run_id": run.info.run_id, "validation": fit.report["validation"], "dev": dev_metrics,
                  "streamline_threshold": model.streamline_threshold,
                  "enforcement_threshold": model.enforcement_threshold, "train_seconds": round(train_seconds, 1),
                  "timings": fit.report["timings"], "baselines": baselines}
    for name, metrics in baselines.items():
        with mlflow.start_run(run_name=name):
            mlflow.set_tags({"kind": "baseline", "baseline_of": result["run_id"]})
            mlflow.log_params({"baseline": name, "n_history": len(rows), "seed": seed})
            for split, m in metrics.items():
                _log_metrics(split, m)
    if register:
        result.update(assign_alias(settings, version))
    return result


def log_triage_model(settings: TriageSettings, model, *, register: bool = True) -> str | None:
    """Log the whole TriageModel as one pyfunc model in the active run; register it; return the version."""
    import mlflow

    from models.pyfunc import ARTIFACT_KEY, TriagePyfunc

    with tempfile.TemporaryDirectory() as tmp:
        model_dir = save_model(model, Path(tmp) / "triage_model")
        info = mlflow.pyfunc.log_model(
            name="model", python_model=TriagePyfunc(), artifacts={ARTIFACT_KEY: str(model_dir)},
            registered_model_name=settings.registered_model if register else None,
            pip_requirements=["license-triage"],
        )
    return str(info.registered_model_version) if register else None


def assign_alias(settings: TriageSettings, version: str) -> dict:
    """First version -> champion; later versions -> challenger."""
    from mlflow import MlflowClient
    from mlflow.exceptions import MlflowException

    client = MlflowClient()
    try:
        client.get_model_version_by_alias(settings.registered_model, CHAMPION)
        alias = CHALLENGER
    except MlflowException:
        alias = CHAMPION
    client.set_registered_model_alias(settings.registered_model, alias, version)
    return {"model_version": version, "alias": alias}


def _dataset(rows: Sequence[dict], source: str, name: str):
    import mlflow.data
    import pandas as pd

    frame = pd.DataFrame({
        "application_id": [r["app"]["application_id"] for r in rows],
        "destination_country": [r["app"]["destination_country"] for r in rows],
        "tier": [r["label"]["tier"] for r in rows],
        "route": [r["label"]["route"] for r in rows],
    })
    return mlflow.data.from_pandas(frame, source=source if "://" in source or source.startswith("/") else None, name=name)
