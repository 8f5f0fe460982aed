"""The ``triage`` command line: reference tables, synthetic history, training, evaluation, serving."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="License Triage: export-licence triage.")
reference_app = typer.Typer(no_args_is_help=True, help="Reference tables (control list, country groups, screening list).")
app.add_typer(reference_app, name="reference")


def _settings():
    from features.settings import TriageSettings

    return TriageSettings()


@reference_app.command("build")
def reference_build(
    source: Path = typer.Option(..., "--from", exists=True, file_okay=False, help="Directory with official-format sources."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output directory (default: the packaged tables)."),
) -> None:
    """Build the compact reference tables from official-format sources."""
    from features.reference.build import build_reference
    from features.reference.tables import default_reference_dir

    manifest = build_reference(source, out or default_reference_dir())
    typer.echo(json.dumps(manifest, indent=2))


@app.command()
def generate(
    n: int = typer.Option(5000, "--n", min=1, help="Number of applications."),
    seed: int = typer.Option(0, "--seed"),
    out: Path = typer.Option(..., "--out", help="Output JSONL path."),
    label_noise: float = typer.Option(0.03, "--label-noise", min=0.0, max=0.5, help="Share of non-critical labels flipped."),
    annotations: bool = typer.Option(True, "--annotations/--no-annotations", help="Keep the latent facts per row."),
) -> None:
    """Write N synthetic labelled applications in the dev-case format."""
    from training.synth.generator import HistoryGenerator, strip_annotations

    settings = _settings()
    from features.reference import load_reference

    started = time.perf_counter()
    gen = HistoryGenerator(seed, label_noise=label_noise, tables=load_reference(settings.reference_dir))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in _progress(gen.rows(n), n, "generating"):
            handle.write(json.dumps(row if annotations else strip_annotations(row), ensure_ascii=False) + "\n")
    typer.echo(f"wrote {n} applications to {out} in {time.perf_counter() - started:.1f} s", err=True)


def _progress(iterable, total: int, label: str):
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=label, unit="app", disable=not sys.stderr.isatty(), leave=False)


def main() -> None:  # pragma: no cover
    app()


@app.command()
def train(
    data: Optional[Path] = typer.Option(None, "--data", exists=True, dir_okay=False, help="Labelled history JSONL."),
    n: int = typer.Option(10000, "--n", min=100, help="Generated applications when no --data is given."),
    seed: int = typer.Option(0, "--seed"),
    no_register: bool = typer.Option(False, "--no-register", help="Track the run but do not register the model."),
) -> None:
    """Train on history (default: the embedded generated history), track in MLflow, register."""
    from training.train import train_and_register

    result = train_and_register(_settings(), data=data, n=n, seed=seed, register=not no_register,
                                say=lambda m: typer.echo(m, err=True))
    typer.echo(json.dumps(result, indent=2, default=float))
    typer.echo(f"run id: {result['run_id']}  model version: {result.get('model_version', '-')}  alias: {result.get('alias', '-')}")


@app.command()
def evaluate(
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False, help="Labelled JSONL (dev-case format)."),
    model: str = typer.Option("models:/license-triage@champion", "--model", help="Registered model URI."),
) -> None:
    """Print the metrics of a registered model on labelled applications, as JSON."""
    from models.registry import load_registered
    from training.data import read_history
    from training.train import evaluate_rows

    loaded = load_registered(model, _settings())
    metrics, _ = evaluate_rows(loaded.model, loaded.ctx, read_history(data))
    typer.echo(json.dumps({"model": loaded.ref, "n": sum(1 for _ in open(data) if _.strip()), **metrics}, indent=2))


@app.command()
def predict(
    input: Path = typer.Option(..., "--input", exists=True, dir_okay=False, help="JSONL of applications or {\"app\": ...} rows."),
    output: Path = typer.Option(..., "--output", help="JSONL of decisions."),
    model: str = typer.Option("models:/license-triage@champion", "--model", help="Registered model URI."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, max=500),
) -> None:
    """Decide every application in a file: the same decision objects the service returns."""
    from models.registry import load_registered
    from training.data import read_applications

    apps = read_applications(input)
    loaded = load_registered(model, _settings())
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as handle:
        for start in _progress(range(0, len(apps), batch_size), (len(apps) + batch_size - 1) // batch_size, "deciding"):
            for decision in loaded.model.decide(apps[start:start + batch_size], loaded.ctx, model_ref=loaded.ref):
                handle.write(decision.model_dump_json() + "\n")
    typer.echo(f"wrote {len(apps)} decisions to {output} (model {loaded.ref['name']} v{loaded.ref['version']})", err=True)


@app.command()
def promote(
    force: bool = typer.Option(False, "--force", help="Promote even when the checks refuse."),
    data: Optional[Path] = typer.Option(None, "--data", exists=True, dir_okay=False, help="Frozen evaluation set (default: generated, fixed seed)."),
) -> None:
    """Make the challenger champion if it is no worse on the frozen evaluation set."""
    from training.promote import promote as run_promotion

    outcome = run_promotion(_settings(), force=force, data=data)
    typer.echo(json.dumps(outcome, indent=2, default=float))
    if not outcome["promoted"]:
        typer.echo("refused: " + "; ".join(outcome["refused"]), err=True)
        raise typer.Exit(code=1)
    typer.echo(f"champion is now version {outcome['challenger']['version']} "
               f"(previous champion {outcome['champion']['version']} kept as alias previous-champion)", err=True)
