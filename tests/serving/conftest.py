"""Service fixtures: the trained model's home served in-process (ASGI) and by a real ``bentoml serve``."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

KEYS = {"submitter": "sub-" + "s" * 28, "reviewer": "rev-" + "r" * 28, "admin": "adm-" + "a" * 28}
KEY_SPEC = ",".join(f"{role}:{key}" for role, key in KEYS.items())
POSTGRES_URL = os.environ.get("TRIAGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def bearer(role: str) -> dict:
    return {"Authorization": f"Bearer {KEYS[role]}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_schema_url(schema: str) -> str:
    """The test database with its own schema (created here), via libpq's ``options``."""
    import sqlalchemy as sa

    engine = sa.create_engine(POSTGRES_URL)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


def drop_postgres_schema(schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(POSTGRES_URL)
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


def service_env(home: Path, database_url: str, **extra: str) -> dict[str, str]:
    return {"TRIAGE_HOME": str(home), "TRIAGE_API_KEYS": KEY_SPEC, "TRIAGE_DATABASE_URL": database_url,
            "TRIAGE_WORKERS": "1", "BENTOML_DO_NOT_TRACK": "true", **extra}


@dataclass
class InProcess:
    client: object  # starlette TestClient
    service: object  # the LicenseTriage instance
    database_url: str


@pytest.fixture(scope="session")
def inprocess(trained, tmp_path_factory):
    """The real service (real model, real SQLite audit store) through ``to_asgi()`` and TestClient."""
    from starlette.testclient import TestClient

    db = tmp_path_factory.mktemp("audit") / "audit.db"
    env = service_env(trained["home"], f"sqlite:///{db}")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        from _bentoml_sdk.service import get_current_service

        from serving.service import LicenseTriage

        with TestClient(LicenseTriage.to_asgi(), raise_server_exceptions=False) as client:
            yield InProcess(client=client, service=get_current_service(), database_url=f"sqlite:///{db}")


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen
    database_url: str
    log: Path
    env: dict = field(default_factory=dict)

    def client(self, role: str | None = None, timeout: float = 120.0) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers=bearer(role) if role else {}, timeout=timeout)


def start_server(home: Path, database_url: str, log: Path, *, wait: float = 240.0, probe: str = "/readyz",
                 **extra: str) -> LiveServer:
    """Start ``bentoml serve`` and wait until ``probe`` answers 200."""
    port = free_port()
    env = {**os.environ, **service_env(home, database_url, **extra)}
    handle = log.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bentoml", "serve", "serving.service:LicenseTriage", "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
    )
    server = LiveServer(url=f"http://127.0.0.1:{port}", process=process, database_url=database_url, log=log, env=env)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"bentoml serve exited with {process.returncode}:\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(f"{server.url}{probe}", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(1)
    stop_server(server)
    raise RuntimeError(f"bentoml serve not ready after {wait:.0f} s:\n{log.read_text()[-4000:]}")


WORKER_MARK = "_bentoml_impl.worker.service"


def worker_pids(server: LiveServer) -> list[int]:
    """The BentoML worker processes of a server (its children; each runs in a session of its own)."""
    out = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(server.process.pid)], capture_output=True,
                         text=True, check=False).stdout
    return sorted(int(line.split(None, 1)[0]) for line in out.splitlines() if WORKER_MARK in line)


def stop_server(server: LiveServer) -> None:
    """SIGTERM the server's process group, SIGKILL after 30 s, then any worker left behind
    (workers run in sessions of their own, out of the group's reach)."""
    import signal

    if server.process.poll() is None:
        leftovers = worker_pids(server)
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait()
        for pid in leftovers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@pytest.fixture(scope="session")
def live_server(trained, tmp_path_factory):
    """A real ``bentoml serve`` subprocess on a free port, auditing into a fresh PostgreSQL schema."""
    schema = f"triage_live_{uuid.uuid4().hex[:10]}"
    url = postgres_schema_url(schema)
    log = tmp_path_factory.mktemp("live") / "server.log"
    server = start_server(trained["home"], url, log)
    try:
        yield server
    finally:
        stop_server(server)
        drop_postgres_schema(schema)


def dev_application(dev_rows, index: int = 0) -> dict:
    return json.loads(json.dumps(dev_rows[index]["app"]))
