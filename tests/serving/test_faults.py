"""Faults around a real ``bentoml serve``: the database goes away and comes back, a worker is
killed mid-load, the model artefact is corrupted or missing, the audit database path is unusable.

Every server is stopped in ``finally``; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import MINIMAL_APP
from tests.serving.conftest import (KEYS, POSTGRES_URL, LiveServer, bearer, drop_postgres_schema, free_port,
                                    postgres_schema_url, service_env, start_server, stop_server, worker_pids)

pytestmark = [pytest.mark.slow, pytest.mark.integration]



# -- helpers ------------------------------------------------------------------------------------


def spawn_server(home: Path, database_url: str, log: Path, **extra: str) -> LiveServer:
    """Start ``bentoml serve`` like ``start_server`` but return at once (for servers that must not become ready)."""
    port = free_port()
    env = {**os.environ, **service_env(home, database_url, **extra)}
    with log.open("w") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "bentoml", "serve", "serving.service:LicenseTriage", "--host", "127.0.0.1",
             "--port", str(port)], env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
        )
    return LiveServer(url=f"http://127.0.0.1:{port}", process=process, database_url=database_url, log=log, env=env)


def readyz_status(server: LiveServer) -> int | str:
    try:
        return httpx.get(f"{server.url}/readyz", timeout=3).status_code
    except httpx.HTTPError as exc:
        return type(exc).__name__


def watch_unready(server: LiveServer, needles: list[str], *, wait: float = 90.0, settle: float = 10.0) -> str:
    """Poll /readyz until every needle is in the log (then ``settle`` s more) or the process exits.

    Fails if /readyz ever answers 200 or the needles do not appear within ``wait`` seconds;
    returns the log text.
    """
    deadline = time.monotonic() + wait
    seen_at = None
    statuses = []
    while time.monotonic() < deadline:
        status = readyz_status(server)
        statuses.append(status)
        assert status != 200, f"the service became ready although it must not:\n{server.log.read_text()[-3000:]}"
        text = server.log.read_text(errors="replace")
        if seen_at is None and all(n in text for n in needles):
            seen_at = time.monotonic()
        if server.process.poll() is not None or (seen_at is not None and time.monotonic() - seen_at >= settle):
            break
        time.sleep(2)
    text = server.log.read_text(errors="replace")
    missing = [n for n in needles if n not in text]
    assert not missing, f"log lacks {missing} after {wait:.0f} s (readyz: {statuses[-5:]}):\n{text[-4000:]}"
    return text


def read_stored_decisions(database_url: str) -> list[tuple[str, dict]]:
    """Every (decision_id, decision JSON) row in the audit table."""
    import sqlalchemy as sa

    from serving.audit.tables import decisions

    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            return [(r.decision_id, r.decision) for r in conn.execute(sa.select(decisions.c.decision_id,
                                                                                 decisions.c.decision))]
    finally:
        engine.dispose()


class TcpProxy:
    """A tiny asyncio TCP forwarder, run in a thread; ``stop()`` closes the listener AND cuts every
    proxied connection (both sides); ``start()`` listens again on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tcp-proxy", daemon=True)
        self._thread.start()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    def _call(self, coroutine, timeout: float = 10.0):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.transport.abort()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update((writer, up_writer))
        try:
            await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        finally:
            self._writers.difference_update((writer, up_writer))

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        await asyncio.sleep(0.1)

    def start(self) -> None:
        self._call(self._start())

    def stop(self) -> None:
        self._call(self._stop())

    def close(self) -> None:
        try:
            self.stop()
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)


def _via(url: str, host: str, port: int) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(host=host, port=port).render_as_string(hide_password=False)


def _post_triage(server: LiveServer, application_id: str, timeout: float = 60.0) -> httpx.Response:
    app = {**MINIMAL_APP, "application_id": application_id}
    return httpx.post(f"{server.url}/triage", json={"application": app}, headers=bearer("submitter"), timeout=timeout)


# -- a. the database goes away and comes back ----------------------------------------------------


@pytest.mark.postgres
def test_database_outage_answers_503_then_recovers_without_a_restart(trained, tmp_path):
    from sqlalchemy.engine import make_url

    from serving.audit.store import AuditStore

    target = make_url(POSTGRES_URL)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    proxy.start()
    schema = f"triage_fault_db_{uuid.uuid4().hex[:8]}"
    direct_url = postgres_schema_url(schema)
    server = None
    try:
        server = start_server(trained["home"], _via(direct_url, "127.0.0.1", proxy.port), tmp_path / "server.log")
        before = _post_triage(server, "OUTAGE-1")
        assert before.status_code == 200, before.text
        returned = [before.json()["decision_id"]]

        proxy.stop()  # the database disappears: no new connections, pooled ones cut
        down = _post_triage(server, "OUTAGE-2")
        assert down.status_code == 503, down.text
        body = down.json()
        assert "audit store is unavailable" in body["error"] and "no decision was made" in body["error"]
        assert not ({"decision_id", "risk_tier", "route"} & set(body)), body
        assert down.headers.get("x-request-id") == body["request_id"]
        assert "audit store unavailable" in server.log.read_text(errors="replace")

        proxy.start()  # back on the same port: the service must recover by itself
        deadline, last = time.monotonic() + 30, None
        while time.monotonic() < deadline:
            last = _post_triage(server, "OUTAGE-3", timeout=20)
            if last.status_code == 200:
                break
            assert last.status_code == 503, last.text
            time.sleep(1)
        assert last is not None and last.status_code == 200, f"no recovery within 30 s: {last.text if last else None}"
        returned.append(last.json()["decision_id"])
        assert server.process.poll() is None  # the same server, never restarted

        store = AuditStore(direct_url)
        try:
            stored = store.decision_ids()
            assert set(returned) <= stored
            assert not store.decisions_for("OUTAGE-2")  # the refused request left nothing behind
        finally:
            store.close()
    finally:
        if server is not None:
            stop_server(server)
        proxy.close()
        drop_postgres_schema(schema)


# -- b. a worker killed mid-load -----------------------------------------------------------------


def _load_module():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "load_test.py"
    spec = importlib.util.spec_from_file_location("triage_load_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.postgres
def test_a_worker_killed_mid_load_loses_no_returned_decision_and_the_service_keeps_serving(trained, tmp_path):
    from features.decision import Decision

    load = _load_module()
    schema = f"triage_fault_kill_{uuid.uuid4().hex[:8]}"
    url = postgres_schema_url(schema)
    server = None
    try:
        server = start_server(trained["home"], url, tmp_path / "server.log", TRIAGE_WORKERS="2")
        workers = worker_pids(server)
        assert len(workers) == 2, workers
        apps = load.applications(60)
        outcome: dict = {}

        def drive() -> None:
            try:
                outcome["result"] = load.run_load(server.url, KEYS["submitter"], apps, clients=4, seconds=16,
                                                  batch_clients=0, timeout=60, keep_bodies=True)
            except BaseException as exc:  # surfaced below
                outcome["error"] = exc

        driver = threading.Thread(target=drive, name="load", daemon=True)
        driver.start()
        time.sleep(5)  # requests are in flight on both workers
        victim = workers[0]
        os.kill(victim, signal.SIGKILL)
        killed_at = time.monotonic()
        driver.join(timeout=180)
        assert not driver.is_alive(), "the load generator hung"
        assert "error" not in outcome, outcome.get("error")
        result = outcome["result"]
        stats = result["triage"]
        assert stats["ok"] > 0, stats
        # only transport errors or 5xx are acceptable for the requests the dead worker held
        assert all(not name.startswith("status 4") and name != "incomplete 200 body" for name in stats["errors"]), stats

        # every 200 is a complete decision, returned once
        bodies = result["bodies"]["triage"]
        decisions = [Decision.model_validate(body) for body in bodies]
        returned = [d.decision_id for d in decisions]
        assert len(returned) == len(set(returned)) == stats["ok"]

        # the service keeps serving after the kill
        deadline, last = killed_at + 90, None
        while time.monotonic() < deadline:
            try:
                last = _post_triage(server, "AFTER-KILL", timeout=30)
                if last.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        assert last is not None and last.status_code == 200, "no 200 from /triage within 90 s of the kill"
        returned.append(last.json()["decision_id"])
        assert server.process.poll() is None
        while time.monotonic() < deadline and not (len(worker_pids(server)) == 2 and victim not in worker_pids(server)):
            time.sleep(1)
        now = worker_pids(server)
        assert len(now) == 2 and victim not in now, f"the killed worker was not replaced: {workers} -> {now}"

        # the audit table: every returned id exactly once; every row complete; extras only for failed requests
        rows = read_stored_decisions(url)
        ids = [decision_id for decision_id, _ in rows]
        assert len(ids) == len(set(ids)), "a decision_id is stored twice"
        for decision_id, document in rows:
            stored = Decision.model_validate(document)
            assert stored.decision_id == decision_id
        missing = set(returned) - set(ids)
        assert not missing, f"returned but not stored: {sorted(missing)[:5]}"
        extra = set(ids) - set(returned)
        assert len(extra) <= stats["error_count"], (extra, stats)
        by_id = dict(rows)
        for decision in decisions:
            assert Decision.model_validate(by_id[decision.decision_id]) == decision
    finally:
        if server is not None:
            stop_server(server)
        drop_postgres_schema(schema)


# -- c. a corrupted or missing model --------------------------------------------------------------


def _local_path(location: str) -> Path:
    from urllib.parse import unquote, urlparse

    return Path(unquote(urlparse(location).path)) if location.startswith("file:") else Path(location)


def home_with_corrupt_champion(source_home: Path, root: Path, registered_model: str) -> tuple[Path, Path, Path]:
    """A copy of the trained home whose champion artefact (its copy, never the original) holds garbage.

    The MLflow artefacts may live outside the home (e.g. ./mlruns), so the champion's artefact
    directory is copied too and the copied registry is pointed at the copy. Returns
    (home, corrupted file, original file).
    """
    from models.store import MODEL_FILE

    home = root / "home"
    shutil.copytree(source_home, home, ignore=shutil.ignore_patterns("audit.db*", "cache", "run"))
    with sqlite3.connect(home / "mlflow.db") as con:
        (version,) = con.execute("SELECT version FROM registered_model_aliases WHERE name = ? AND alias = 'champion'",
                                 (registered_model,)).fetchone()
        (storage,) = con.execute("SELECT storage_location FROM model_versions WHERE name = ? AND version = ?",
                                 (registered_model, version)).fetchone()
        original_dir = _local_path(storage)
        try:
            inside = original_dir.resolve().relative_to(source_home.resolve())
        except ValueError:
            inside = None
        if inside is not None:
            copied = home / inside
        else:
            copied = root / "artifacts" / "champion"
            shutil.copytree(original_dir, copied)
        # the copied registry must point at the copy (locations are absolute)
        con.execute("UPDATE model_versions SET storage_location = ? WHERE name = ? AND version = ?",
                    (str(copied), registered_model, version))
        con.execute("UPDATE logged_models SET artifact_location = ? WHERE artifact_location = ?",
                    (str(copied), storage))
    (original,) = sorted(original_dir.rglob(MODEL_FILE))[:1]
    (target,) = sorted(copied.rglob(MODEL_FILE))[:1]
    target.write_bytes(b"\x80\x04 this is not a joblib pickle \x00" * 64)
    return home, target, original


def test_a_corrupted_champion_artefact_keeps_the_service_unready_and_says_why(trained, tmp_path):
    home, corrupted, original = home_with_corrupt_champion(trained["home"], tmp_path,
                                                           trained["settings"].registered_model)
    digest = hashlib.sha256(original.read_bytes()).hexdigest()
    broken = spawn_server(home, f"sqlite:///{tmp_path / 'audit-broken.db'}", tmp_path / "broken.log")
    missing = None
    try:
        # meanwhile: a model URI naming a version that is not registered (the NotRegistered path)
        missing = start_server(trained["home"], f"sqlite:///{tmp_path / 'audit-missing.db'}", tmp_path / "missing.log",
                               probe="/livez", TRIAGE_MODEL_URI="models:/license-triage/999")
        assert httpx.get(f"{missing.url}/readyz", timeout=10).status_code == 503
        r = httpx.post(f"{missing.url}/triage", json={"application": MINIMAL_APP}, headers=bearer("submitter"),
                       timeout=30)
        assert r.status_code == 503, r.text
        error = r.json()["error"]
        assert "no model loaded" in error and "models:/license-triage/999" in error, error
        assert "decision_id" not in r.json()
        text = missing.log.read_text(errors="replace")
        assert "NOT READY" in text and "models:/license-triage/999" in text

        text = watch_unready(broken, ["REFUSING TO START: cannot load models:/license-triage@champion", str(corrupted),
                                      "cannot be read"])
        assert "ModelLoadError" in text
        assert broken.process.wait(timeout=60) is not None  # the whole server stops, not a worker restarted forever
    finally:
        stop_server(broken)
        if missing is not None:
            stop_server(missing)
    assert hashlib.sha256(original.read_bytes()).hexdigest() == digest, "the original artefact was touched"


# -- d. an unusable audit database path -----------------------------------------------------------


def test_an_unusable_audit_database_path_keeps_the_service_unready_and_names_it(trained, tmp_path):
    not_a_directory = tmp_path / "plain-file"
    not_a_directory.write_text("a file where a directory is expected\n")
    cases = {
        "proc": "sqlite:////proc/nonexistent-triage/audit.db",
        "file": f"sqlite:///{not_a_directory}/audit.db",
    }
    servers = {}
    try:
        for name, url in cases.items():  # both at once: neither gets as far as loading the model
            servers[name] = spawn_server(trained["home"], url, tmp_path / f"{name}.log")
        for name, server in servers.items():
            path = cases[name].removeprefix("sqlite:///")
            text = watch_unready(server, ["REFUSING TO START: the audit store cannot be opened",
                                          f"audit database {cases[name]} is unavailable (migrate)", path])
            assert "AuditUnavailable" in text
            assert server.process.wait(timeout=60) is not None  # the server exits with the reason
    finally:
        for server in servers.values():
            stop_server(server)
