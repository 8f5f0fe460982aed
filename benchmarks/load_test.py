"""Sustained concurrent load on the real service, then a check that the audit trail lost nothing.

Usage (after `triage train` registered a champion in TRIAGE_HOME, default .triage):
    uv run python benchmarks/load_test.py [--db sqlite|postgres] [--workers 2] [--clients 8] [--seconds 60]
                                          [--batch-clients 2] [--batch-seconds 30] [--batch 50]

Starts `bentoml serve` on a free port with TRIAGE_WORKERS=--workers, auditing into a temporary
SQLite file (--db sqlite) or a fresh PostgreSQL schema (--db postgres, chosen with a search_path
option in the URL and dropped afterwards; server from --postgres-url), then:
1. --clients concurrent asyncio/httpx clients send `POST /triage` for --seconds, cycling through
   realistic applications (the demo sample, then generated ones);
2. --batch-clients clients send `POST /triage_batch` of --batch applications for --batch-seconds.
Per phase: requests, errors by status or exception, p50/p95/p99 latency (ms), throughput.
Then it opens the audit store on the same URL and checks that every returned decision_id is
stored and that the stored count equals the returned count: `lost` (returned, not stored) and
`extra` (stored, never returned). Prints one JSON object; exits 1 on any error, lost or extra row.

The load generator itself is `run_load(url, key, apps, ...)`, used by tests/serving/test_load.py.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get("TRIAGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def applications(n: int, seed: int = 4242) -> list[dict]:
    """The demo sample first, then generated applications (history format without labels)."""
    from training.synth.generator import HistoryGenerator

    sample = [json.loads(line)["app"] for line in (REPO / "samples" / "demo_applications.jsonl").read_text().splitlines()
              if line.strip()]
    generated = [row["app"] for row in HistoryGenerator(seed, label_noise=0.0).rows(max(0, n - len(sample)))]
    return (sample + generated)[:n]


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class _Feed:
    """Hands out applications in turn, each with a fresh application_id (so every request is distinct)."""

    def __init__(self, apps: list[dict], tag: str) -> None:
        if not apps:
            raise ValueError("no applications to send")
        self._apps = apps
        self._counter = itertools.count()
        self._tag = tag

    def take(self) -> dict:
        n = next(self._counter)
        app = copy.deepcopy(self._apps[n % len(self._apps)])
        app["application_id"] = f"{str(app.get('application_id', 'A'))[:40]}-{self._tag}{n}"
        return app


def _error_name(exc: BaseException) -> str:
    return type(exc).__name__


async def _phase(client: httpx.AsyncClient, path: str, feed: _Feed, *, clients: int, batch: int | None,
                 seconds: float | None, requests_per_client: int | None, keep_bodies: bool) -> tuple[dict, list, list]:
    """One load phase; returns (stats, returned decision ids, kept bodies)."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    ids: list[str] = []
    bodies: list = []
    sent = {"requests": 0, "applications": 0}
    started = time.perf_counter()
    deadline = None if seconds is None else started + seconds

    def count_error(name: str) -> None:
        errors[name] = errors.get(name, 0) + 1

    async def one_client() -> None:
        done = 0
        while True:
            if requests_per_client is not None and done >= requests_per_client:
                return
            if deadline is not None and time.perf_counter() >= deadline:
                return
            done += 1
            if batch is None:
                payload, n = {"application": feed.take()}, 1
            else:
                payload, n = {"applications": [feed.take() for _ in range(batch)]}, batch
            sent["requests"] += 1
            sent["applications"] += n
            t = time.perf_counter()
            try:
                response = await client.post(path, json=payload)
            except httpx.HTTPError as exc:
                count_error(_error_name(exc))
                continue
            elapsed_ms = 1000 * (time.perf_counter() - t)
            if response.status_code != 200:
                count_error(f"status {response.status_code}")
                continue
            try:
                body = response.json()
                found = [body["decision_id"]] if batch is None else [d["decision_id"] for d in body]
                if len(found) != n or not all(isinstance(i, str) and i for i in found):
                    raise ValueError("wrong number of decisions")
            except (ValueError, KeyError, TypeError):
                count_error("incomplete 200 body")
                continue
            latencies.append(elapsed_ms)
            ids.extend(found)
            if keep_bodies:
                bodies.append(body)

    await asyncio.gather(*(one_client() for _ in range(clients)))
    duration = time.perf_counter() - started
    ok = len(latencies)
    stats = {
        "clients": clients, "batch": batch, "seconds": round(duration, 2), "requests": sent["requests"], "ok": ok,
        "errors": dict(sorted(errors.items())), "error_count": sum(errors.values()),
        "p50_ms": _round(percentile(latencies, 0.50)), "p95_ms": _round(percentile(latencies, 0.95)),
        "p99_ms": _round(percentile(latencies, 0.99)), "max_ms": _round(max(latencies) if latencies else None),
        "requests_per_s": round(ok / duration, 2) if duration else None,
        "applications_per_s": round(len(ids) / duration, 2) if duration else None,
    }
    return stats, ids, bodies


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


async def _run_load(url: str, key: str, apps: list[dict], *, clients: int, seconds: float | None,
                    requests_per_client: int | None, batch_clients: int, batch_seconds: float | None,
                    batch_requests_per_client: int | None, batch: int, timeout: float, keep_bodies: bool) -> dict:
    tag = uuid.uuid4().hex[:6]
    pool = clients + batch_clients
    limits = httpx.Limits(max_connections=pool + 2, max_keepalive_connections=pool)
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=timeout,
                                 limits=limits) as client:
        result: dict = {"decision_ids": [], "bodies": {"triage": [], "triage_batch": []}}
        if clients and (seconds or requests_per_client):
            stats, ids, bodies = await _phase(client, "/triage", _Feed(apps, f"L{tag}-"), clients=clients, batch=None,
                                              seconds=seconds, requests_per_client=requests_per_client,
                                              keep_bodies=keep_bodies)
            result["triage"] = stats
            result["decision_ids"] += ids
            result["bodies"]["triage"] = bodies
        if batch_clients and (batch_seconds or batch_requests_per_client):
            stats, ids, bodies = await _phase(client, "/triage_batch", _Feed(apps, f"B{tag}-"), clients=batch_clients,
                                              batch=batch, seconds=batch_seconds,
                                              requests_per_client=batch_requests_per_client, keep_bodies=keep_bodies)
            result["triage_batch"] = stats
            result["decision_ids"] += ids
            result["bodies"]["triage_batch"] = bodies
    result["error_count"] = sum(result[p]["error_count"] for p in ("triage", "triage_batch") if p in result)
    if not keep_bodies:
        del result["bodies"]
    return result


def run_load(url: str, key: str, apps: list[dict], *, clients: int = 8, seconds: float | None = 60.0,
             requests_per_client: int | None = None, batch_clients: int = 2, batch_seconds: float | None = 30.0,
             batch_requests_per_client: int | None = None, batch: int = 50, timeout: float = 300.0,
             keep_bodies: bool = False) -> dict:
    """Drive the service at ``url`` with concurrent clients; returns per-phase stats and every returned id.

    Phase 1: ``clients`` clients on POST /triage for ``seconds`` (or ``requests_per_client`` each);
    phase 2: ``batch_clients`` clients on POST /triage_batch of ``batch`` applications for
    ``batch_seconds`` (or ``batch_requests_per_client`` each). A phase with no clients, or neither
    a duration nor a count, is skipped. Result keys: ``triage`` and ``triage_batch`` (stats, see
    the module docstring), ``decision_ids`` (every id in a 200 answer), ``error_count``, and with
    ``keep_bodies`` the parsed 200 bodies under ``bodies``. Runs its own event loop (call it from
    synchronous code, or from a thread).
    """
    return asyncio.run(_run_load(url, key, apps, clients=clients, seconds=seconds,
                                 requests_per_client=requests_per_client, batch_clients=batch_clients,
                                 batch_seconds=batch_seconds, batch_requests_per_client=batch_requests_per_client,
                                 batch=batch, timeout=timeout, keep_bodies=keep_bodies))


def audit_check(database_url: str, returned_ids: list[str]) -> dict:
    """Compare the returned decision ids with the audit store at ``database_url``.

    ``lost``: returned but not stored; ``extra``: stored rows beyond those returned (the stored
    count minus the returned count, never below zero); ``duplicates_returned``: ids returned twice.
    """
    from serving.audit.store import AuditStore

    store = AuditStore(database_url)
    try:
        stored_ids = store.decision_ids()
        stored_count = store.count("decisions")
    finally:
        store.close()
    returned = set(returned_ids)
    return {"returned": len(returned_ids), "stored": stored_count, "lost": len(returned - stored_ids),
            "extra": max(0, stored_count - len(returned)), "duplicates_returned": len(returned_ids) - len(returned),
            "lost_ids": sorted(returned - stored_ids)[:10]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postgres_schema(base_url: str) -> tuple[str, str]:
    """A fresh schema on the PostgreSQL server; returns (schema, URL whose search_path selects it)."""
    import sqlalchemy as sa

    schema = f"triage_load_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(base_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    finally:
        engine.dispose()
    separator = "&" if "?" in base_url else "?"
    return schema, f"{base_url}{separator}options=-csearch_path%3D{schema}"


def _drop_postgres_schema(base_url: str, schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(base_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        engine.dispose()


def _wait_ready(url: str, server: subprocess.Popen, log: Path, wait: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < wait:
        if server.poll() is not None:
            sys.exit(f"server exited with {server.returncode}; see {log}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(1)
    sys.exit(f"server not ready after {wait:.0f} s; see {log}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--postgres-url", default=POSTGRES_URL, help="server for --db postgres (a schema is added)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("TRIAGE_WORKERS", "2")))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--batch-clients", type=int, default=2)
    parser.add_argument("--batch-seconds", type=float, default=30.0)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--apps", type=int, default=400, help="distinct realistic applications to cycle through")
    parser.add_argument("--ready-timeout", type=float, default=600.0)
    args = parser.parse_args(argv)

    from features.settings import TriageSettings

    settings = TriageSettings()
    key = "load-" + "k" * 27
    tmp = Path(tempfile.mkdtemp(prefix="triage-load-"))
    schema = None
    if args.db == "postgres":
        schema, database_url = _postgres_schema(args.postgres_url)
    else:
        database_url = f"sqlite:///{tmp}/audit.db"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "TRIAGE_HOME": str(settings.home.resolve()), "TRIAGE_API_KEYS": f"submitter:{key}",
           "TRIAGE_DATABASE_URL": database_url, "TRIAGE_WORKERS": str(args.workers), "BENTOML_DO_NOT_TRACK": "true"}
    log_path = tmp / "server.log"
    server = None
    try:
        apps = applications(args.apps)
        with log_path.open("w") as log:
            server = subprocess.Popen([sys.executable, "-m", "bentoml", "serve", "serving.service:LicenseTriage",
                                       "--host", "127.0.0.1", "--port", str(port)], env=env, stdout=log,
                                      stderr=subprocess.STDOUT, start_new_session=True, cwd=REPO)
        ready_s = _wait_ready(url, server, log_path, args.ready_timeout)
        load_before = os.getloadavg()[0]
        warm = run_load(url, key, apps[:4], clients=2, seconds=None, requests_per_client=2, batch_clients=0)
        load = run_load(url, key, apps, clients=args.clients, seconds=args.seconds, batch_clients=args.batch_clients,
                        batch_seconds=args.batch_seconds, batch=args.batch)
        load_after = os.getloadavg()[0]
        audit = audit_check(database_url, warm["decision_ids"] + load["decision_ids"])
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        if schema is not None:
            _drop_postgres_schema(args.postgres_url, schema)

    errors = load["error_count"] + warm["error_count"]
    report = {
        "cores": os.cpu_count(), "workers": args.workers, "db": args.db, "server_ready_s": round(ready_s, 1),
        "loadavg_1m": {"before": round(load_before, 2), "after": round(load_after, 2)},
        "triage": load.get("triage"), "triage_batch": load.get("triage_batch"),
        "warm_up_errors": warm["error_count"], "errors": errors,
        "audit": {k: v for k, v in audit.items() if k != "lost_ids" or v},
        "lost": audit["lost"], "extra": audit["extra"], "server_log": str(log_path),
    }
    print(json.dumps(report, indent=2))
    return 1 if errors or audit["lost"] or audit["extra"] or audit["duplicates_returned"] else 0


if __name__ == "__main__":
    sys.exit(main())
