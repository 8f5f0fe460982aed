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
