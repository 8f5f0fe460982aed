"""The load benchmark's short form: concurrent clients on a real ``bentoml serve``, nothing lost.

Uses the generator of ``benchmarks/load_test.py`` (loaded from its path: ``benchmarks/`` is not a
package) against the session's PostgreSQL-backed live server and against a SQLite-backed server
with two workers.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.serving.conftest import KEYS, start_server, stop_server

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.postgres]

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "load_test.py"
CLIENTS, SECONDS, BATCH_CLIENTS, BATCH = 4, 8, 2, 20


@pytest.fixture(scope="module")
def load():
    spec = importlib.util.spec_from_file_location("triage_load_test", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def apps(load):
    return load.applications(80)


def short_run(load, url: str, apps: list[dict]) -> dict:
    return load.run_load(url, KEYS["submitter"], apps, clients=CLIENTS, seconds=SECONDS, batch_clients=BATCH_CLIENTS,
                         batch_seconds=None, batch_requests_per_client=1, batch=BATCH, timeout=180, keep_bodies=True)


def check_run(result: dict) -> None:
    from features.decision import Decision

    single, batch = result["triage"], result["triage_batch"]
    assert result["error_count"] == 0, {"triage": single["errors"], "triage_batch": batch["errors"]}
    assert single["ok"] == single["requests"] >= CLIENTS, single
    assert batch["ok"] == batch["requests"] == BATCH_CLIENTS, batch
    assert single["p50_ms"] is not None and single["p50_ms"] <= single["p95_ms"] <= single["p99_ms"]
    decisions = [Decision.model_validate(body) for body in result["bodies"]["triage"]]
    for body in result["bodies"]["triage_batch"]:
        assert len(body) == BATCH
        decisions += [Decision.model_validate(d) for d in body]
    ids = [d.decision_id for d in decisions]
    assert ids and sorted(ids) == sorted(result["decision_ids"])
    assert len(ids) == len(set(ids)) == single["ok"] + BATCH_CLIENTS * BATCH


def test_concurrent_load_on_the_postgres_server_loses_nothing(live_server, load, apps):
    from serving.audit.store import AuditStore

    result = short_run(load, live_server.url, apps)
    check_run(result)
    # the live server's schema is shared with the session's other tests: every returned id is stored
    store = AuditStore(live_server.database_url)
    try:
        stored = store.decision_ids()
    finally:
        store.close()
    lost = set(result["decision_ids"]) - stored
    assert not lost, f"{len(lost)} returned decisions are not stored, e.g. {sorted(lost)[:5]}"


def test_concurrent_load_on_a_two_worker_sqlite_server_loses_nothing(trained, load, apps, tmp_path):
    url = f"sqlite:///{tmp_path}/audit.db"
    server = start_server(trained["home"], url, tmp_path / "server.log", TRIAGE_WORKERS="2")
    try:
        result = short_run(load, server.url, apps)
    finally:
        stop_server(server)
    check_run(result)
    audit = load.audit_check(url, result["decision_ids"])  # a fresh database: exactly the returned decisions
    assert audit["lost"] == 0 and audit["extra"] == 0 and audit["duplicates_returned"] == 0, audit
    assert audit["stored"] == audit["returned"] == len(result["decision_ids"])
