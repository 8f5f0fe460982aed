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
    from features.pipeline import check_control_entries, UnknownControlEntry

    try:
        check_control_entries(apps, loaded.ctx.tables)
    except UnknownControlEntry as exc:
        typer.echo(f"{input}: " + "; ".join(f"application {int(e['field'][1:].split(']')[0]) + 1} "
                                           f"{e['field'].split('.', 1)[1]}: {e['reason']}" for e in exc.errors), err=True)
        raise typer.Exit(code=2)
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


def _service_env(settings, port: int | None) -> dict:
    """Environment for the service process: the same settings, keys generated once if none are configured."""
    import os

    from features.settings import ensure_keys_file

    env = dict(os.environ)
    env["TRIAGE_HOME"] = str(settings.home.resolve())
    if port is not None:
        env["TRIAGE_PORT"] = str(port)
    if settings.api_keys is None:
        ensure_keys_file(settings.api_keys_file)
    env.setdefault("BENTOML_DO_NOT_TRACK", "true")
    return env


def _service_command(settings, port: int) -> list[str]:
    return [sys.executable, "-m", "bentoml", "serve", "serving.service:LicenseTriage",
            "--host", settings.host, "--port", str(port)]


@app.command()
def serve(
    port: Optional[int] = typer.Option(None, "--port", min=1, max=65535, help="Port (default TRIAGE_PORT or 3000)."),
) -> None:
    """Start the triage service (BentoML) with the registered champion; Ctrl-C stops it."""
    import subprocess

    settings = _settings()
    chosen = port or settings.port
    env = _service_env(settings, chosen)
    if settings.api_keys is None:
        typer.echo(f"API keys: {settings.api_keys_file} (set TRIAGE_API_KEYS to use your own)", err=True)
    typer.echo(f"serving {settings.model_uri} on http://{settings.host}:{chosen} "
               f"(audit store: {_masked(settings.resolved_database_url)})", err=True)
    _interrupt_on_signals()
    process = subprocess.Popen(_service_command(settings, chosen), env=env)
    try:
        raise typer.Exit(code=process.wait())
    except KeyboardInterrupt:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        typer.echo("service stopped", err=True)


def _masked(url: str) -> str:
    import re

    return re.sub(r"://([^:/@]+):[^@]+@", r"://\1:***@", url)


def _interrupt_on_signals() -> None:
    """Ctrl-C (even where a launcher ignored SIGINT) and SIGTERM both stop cleanly via KeyboardInterrupt."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)


SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "demo_applications.jsonl"


def _champion_ref(settings) -> dict | None:
    from models.registry import ModelNotRegistered, configure_mlflow, resolve

    configure_mlflow(settings)
    try:
        return resolve(settings.model_uri, settings)
    except ModelNotRegistered:
        return None


def _wait_ready(url: str, process, timeout: float = 300.0) -> None:
    import httpx
    from rich.console import Console

    with Console(stderr=True).status("starting the service (loading the model)..."):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise typer.Exit(code=process.returncode or 1)
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(1)
    typer.echo(f"the service did not become ready within {timeout:.0f} s", err=True)
    raise typer.Exit(code=1)


def _submit_samples(url: str, keys: dict[str, str], samples: Path) -> list[tuple[dict, dict]]:
    """Submit the demo applications not yet decided; returns (sample, decision) pairs for all of them."""
    import httpx

    rows = [json.loads(line) for line in samples.read_text(encoding="utf-8").splitlines() if line.strip()]
    reviewer = {"Authorization": f"Bearer {keys['reviewer']}"}
    submitter = {"Authorization": f"Bearer {keys['submitter']}"}
    decided: dict[str, dict] = {}
    with httpx.Client(base_url=url, timeout=600) as client:
        for row in rows:
            r = client.get(f"/decisions/{row['app']['application_id']}", headers=reviewer)
            if r.status_code == 200:
                decided[row["app"]["application_id"]] = r.json()["decision"]
        todo = [row["app"] for row in rows if row["app"]["application_id"] not in decided]
        if todo:
            from rich.progress import Progress

            with Progress(transient=True) as progress:
                task = progress.add_task(f"submitting {len(todo)} sample applications", total=len(todo))
                for start in range(0, len(todo), 12):
                    chunk = todo[start:start + 12]
                    r = client.post("/triage_batch", json={"applications": chunk}, headers=submitter)
                    r.raise_for_status()
                    decided.update({d["application_id"]: d for d in r.json()})
                    progress.advance(task, len(chunk))
        else:
            typer.echo("sample applications already submitted (reusing their decisions)", err=True)
    return [(row, decided[row["app"]["application_id"]]) for row in rows]


@app.command()
def demo(
    port: Optional[int] = typer.Option(None, "--port", min=1, max=65535, help="Port (default TRIAGE_PORT or 3000)."),
    samples: Path = typer.Option(SAMPLES, "--samples", exists=True, dir_okay=False, help="Applications to submit."),
) -> None:
    """Train (if no champion yet), serve with the reviewer page, submit sample applications; Ctrl-C stops."""
    import subprocess

    from rich.console import Console
    from rich.table import Table

    from features.settings import ensure_keys_file, keys_by_role

    console = Console(stderr=True)
    _interrupt_on_signals()
    settings = _settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    console.print(f"[bold]License Triage demo[/bold] — state in {settings.home.resolve()}")
    ref = _champion_ref(settings)
    if ref is None:
        console.print("1/3 no champion yet: generating the default history and training (about 5 minutes on 2 cores)")
        from training.train import train_and_register

        result = train_and_register(settings, say=lambda m: console.print(f"    {m}"))
        dev = result.get("dev") or {}
        quality = f" (dev cases: route_acc {dev['route_acc']:.3f}, critical_recall {dev['critical_recall']:.3f})" if dev else ""
        console.print(f"    registered version {result.get('model_version')} as {result.get('alias')}{quality}")
    else:
        console.print(f"1/3 reusing the registered champion: {ref['name']} version {ref['version']}")
    spec = settings.api_keys.get_secret_value() if settings.api_keys else ensure_keys_file(settings.api_keys_file)
    keys = keys_by_role(spec)
    chosen = port or settings.port
    url = f"http://{settings.host}:{chosen}"
    console.print(f"2/3 starting the service on {url}")
    process = subprocess.Popen(_service_command(settings, chosen), env=_service_env(settings, chosen),
                               stdout=(settings.home / "service.log").open("a"), stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        _wait_ready(url, process)
        console.print("3/3 submitting the sample applications")
        pairs = _submit_samples(url, keys, samples)
        table = Table(title="sample applications (intended route from the policy vs the model's route)")
        for column in ("application", "intended", "model", "tier", "risk"):
            table.add_column(column)
        agree = 0
        for row, decision in pairs:
            agree += decision["route"] == row["label"]["route"]
            table.add_row(row["app"]["application_id"], row["label"]["route"], decision["route"],
                          decision["risk_tier"], f"{decision['risk_score']:.2f}")
        console.print(table)
        console.print(f"model route = intended route for {agree} of {len(pairs)} sample applications")
        console.print(f"\n[bold]Reviewer page:[/bold] {url}/ui/\n[bold]Reviewer key:[/bold]  {keys['reviewer']}\n"
                      f"API docs: {url}/docs   service log: {settings.home / 'service.log'}\n"
                      "Ctrl-C stops the service.")
        process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if process.poll() is None:
            import os
            import signal

            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        console.print("service stopped")
