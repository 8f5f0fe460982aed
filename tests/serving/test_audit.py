"""The audit store against SQLite (a temporary file) and the real PostgreSQL server.

PostgreSQL tests run in a fresh, uniquely named schema that is dropped afterwards; they fail
(never skip) when the server cannot be reached. URL: ``TRIAGE_TEST_POSTGRES_URL`` or
``postgresql+psycopg://postgres@127.0.0.1:5432/test``.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from features.decision import (
    Decision,
    Explanation,
    Factor,
    Guardrail,
    ModelRef,
    ScreeningResult,
    SimilarCase,
    TextEvidence,
)
from features.schema import ROUTES
from serving.audit import store as store_module
from serving.audit.store import (
    MIGRATIONS_DIR,
    AuditError,
    AuditStore,
    AuditUnavailable,
    DecisionPage,
    DuplicateDecision,
    UnknownDecision,
    canonical_hash,
)
from serving.audit.tables import VERSION_TABLE
from tests.conftest import MINIMAL_APP

POSTGRES_URL = os.environ.get("TRIAGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
T0 = datetime(2026, 6, 16, 14, 48, tzinfo=timezone.utc)


# -- fixtures ---------------------------------------------------------------------------------


@dataclass
class Backend:
    name: str
    url: str
    schema: str | None
    raw: sa.Engine  # a plain engine on the same database/schema, for SQL the store never issues

    def store(self, **kwargs) -> AuditStore:
        return AuditStore(self.url, schema=self.schema, **kwargs)


@pytest.fixture(
    params=[
        pytest.param("sqlite"),
        pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.integration]),
    ]
)
def backend(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'audit.db'}"
        raw = sa.create_engine(url)
        yield Backend("sqlite", url, None, raw)
        raw.dispose()
        return
    schema = f"audit_test_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 5})
    with admin.begin() as conn:  # raises (test errors, not skips) when PostgreSQL is unreachable
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    raw = sa.create_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield Backend("postgresql", POSTGRES_URL, schema, raw)
    finally:
        raw.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


# For PostgreSQL-only tests (SQLite has no counterpart): the backend fixture, PostgreSQL only.
only_postgres = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.integration])], indirect=True
)


@pytest.fixture
def store(backend):
    s = backend.store()
    s.migrate()
    yield s
    s.close()


# -- documents --------------------------------------------------------------------------------


def make_application(application_id: str) -> dict:
    app = json.loads(json.dumps(MINIMAL_APP))
    app["application_id"] = application_id
    app["notes"] = "Lieferung nach Zürich — 東京 office; ≥ 10 units."
    return app


def make_decision(
    application_id: str,
    decision_id: str,
    decided_at: datetime = T0,
    *,
    route: str = "standard",
    tier: str = "medium",
    guardrails: tuple[str, ...] = (),
    model_version: str | None = "7",
) -> dict:
    decision = Decision(
        application_id=application_id,
        decision_id=decision_id,
        decided_at=decided_at,
        risk_tier=tier,
        route=route,
        risk_score=0.1 + 0.2,  # 0.30000000000000004: floats must round-trip exactly
        tier_probabilities={"low": 0.25, "medium": 0.45, "high": 0.2, "critical": 0.1},
        route_probabilities={r: 1 / len(ROUTES) for r in ROUTES},
        streamlined=route == "streamlined",
        guardrails=[Guardrail(rule=rule, detail=f"{rule} fired for this application") for rule in guardrails],
        screening=[
            ScreeningResult(
                party_role="end_user", party_name="Acme GmbH", matched_name="ACME G.m.b.H.",
                listed_name="Acme GmbH", list="EL", score=0.93,
            )
        ],
        explanation=Explanation(
            summary="Medium risk: dual-use optics to a new end user.",
            factors=[Factor(feature="destination_country", value="DE", contribution=-0.12)],
            text_evidence=[TextEvidence(field="end_use", sentence="Furnishing the office.", contribution=0.03)],
            similar_cases=[SimilarCase(application_id="H-17", tier="medium", route="standard", similarity=0.81)],
        ),
        model=ModelRef(name="triage-combiner", version=model_version, run_id="0123abcd"),
        policy_version="2026-06",
    )
    return decision.model_dump(mode="json")


def entry(application_id: str, decision_id: str, decided_at: datetime = T0, **kwargs) -> tuple[dict, dict]:
    return make_application(application_id), make_decision(application_id, decision_id, decided_at, **kwargs)


def feedback_doc(application_id: str, decision_id: str, **overrides) -> dict:
    doc = {
        "application_id": application_id,
        "decision_id": decision_id,
        "reviewer": "r.officer",
        "final_tier": "high",
        "final_route": "interagency",
        "outcome": "overridden",
        "comment": "End user appears on a partner list — escalate.",
    }
    doc.update(overrides)
    return doc


# -- hashing, packaging -----------------------------------------------------------------------


def test_canonical_hash_is_sha256_of_sorted_compact_utf8_json():
    doc = {"b": [1, 2.5, None], "a": "Zürich 東京", "c": {"y": True, "x": False}}
    expected = hashlib.sha256(
        '{"a":"Zürich 東京","b":[1,2.5,null],"c":{"x":false,"y":true}}'.encode("utf-8")
    ).hexdigest()
    assert canonical_hash(doc) == expected
    assert canonical_hash(dict(reversed(list(doc.items())))) == expected
    assert canonical_hash({**doc, "a": "Zurich"}) != expected


def test_migrations_live_inside_the_package():
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "0001_initial.py").is_file()
    assert MIGRATIONS_DIR.parent == Path(store_module.__file__).parent


# -- migrations -------------------------------------------------------------------------------


def _schema_state(backend: Backend) -> tuple[list[str], set[str]]:
    with backend.raw.connect() as conn:
        versions = [v for (v,) in conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}"))]
        tables = set(sa.inspect(conn).get_table_names())
    return versions, tables


def test_migrate_twice_is_idempotent(backend, store):
    store.migrate()
    store.record_decisions([entry("A-1", "D-1")])
    store.migrate()
    versions, tables = _schema_state(backend)
    assert versions == ["0001"]
    assert {"decisions", "feedback", VERSION_TABLE} <= tables
    assert store.decision_ids() == {"D-1"}
    if backend.name == "sqlite":
        with backend.raw.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        with store._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


_start_together: threading.Barrier | None = None


def _init_worker(barrier) -> None:
    global _start_together
    _start_together = barrier


def _migrate_in_worker(url: str, schema: str | None) -> tuple[int, int]:
    """Runs in a spawned process: wait for the other workers, migrate, report (pid, rows)."""
    s = AuditStore(url, schema=schema)
    try:
        _start_together.wait(timeout=30)
        s.migrate()
        return os.getpid(), s.count("decisions")
    finally:
        s.close()


@pytest.fixture(scope="module")
def spawned_workers():
    """Three spawned worker processes, started once for the module (imports cost seconds).

    Each task waits at a shared barrier, so a worker holding a task takes no other: the three
    tasks of one map() run in three different processes, all migrating at the same moment.
    """
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(3)
    with ctx.Pool(3, initializer=_init_worker, initargs=(barrier,)) as pool:
        yield pool


def test_migrate_concurrently_from_three_processes(backend, spawned_workers):
    outcomes = spawned_workers.starmap(_migrate_in_worker, [(backend.url, backend.schema)] * 3, chunksize=1)
    assert len({pid for pid, _ in outcomes}) == 3
    assert [rows for _, rows in outcomes] == [0, 0, 0]
    versions, tables = _schema_state(backend)
    assert versions == ["0001"]
    assert {"decisions", "feedback"} <= tables


def test_unmigrated_database_is_unavailable_with_a_hint(backend):
    s = backend.store()
    try:
        with pytest.raises(AuditUnavailable, match="migrate"):
            s.count("decisions")
    finally:
        s.close()


# -- decisions --------------------------------------------------------------------------------


def test_record_and_read_round_trip(store):
    app, dec = entry("A-1", "D-1", guardrails=("screening_match",))
    store.record_decisions([(app, dec)])
    got = store.decision("D-1")
    assert got["decision"] == dec
    assert got["application"] == app
    assert got["decision"]["risk_score"] == 0.30000000000000004
    assert got["request_hash"] == canonical_hash(app)
    stored_at = datetime.fromisoformat(got["stored_at"])
    assert stored_at.tzinfo is not None
    assert abs(stored_at - datetime.now(timezone.utc)) < timedelta(minutes=1)
    assert store.decisions_for("A-1") == [got]
    assert store.decision("nope") is None
    assert store.decisions_for("nope") == []
    [row] = store.list_decisions().rows
    assert row == {
        "decision_id": "D-1",
        "application_id": "A-1",
        "decided_at": "2026-06-16T14:48:00+00:00",
        "risk_tier": "medium",
        "route": "standard",
        "risk_score": 0.30000000000000004,
        "streamlined": False,
        "guardrails": ["screening_match"],
        "model_version": "7",
        "has_feedback": False,
    }
    assert store.count("decisions") == 1
    with pytest.raises(ValueError):
        store.count("applications")


def test_decisions_for_lists_newest_first(store):
    store.record_decisions([entry("A-1", "D-old", T0), entry("A-2", "D-other", T0)])
    store.record_decisions([entry("A-1", "D-new", T0 + timedelta(hours=1))])
    assert [d["decision"]["decision_id"] for d in store.decisions_for("A-1")] == ["D-new", "D-old"]


def test_batch_is_all_or_nothing(store):
    with pytest.raises(DuplicateDecision) as caught:
        store.record_decisions([entry("A-1", "D-1"), entry("A-2", "D-2"), entry("A-1", "D-1")])
    assert isinstance(caught.value, AuditError) and not isinstance(caught.value, AuditUnavailable)
    assert store.count("decisions") == 0

    store.record_decisions([entry("A-1", "D-1")])
    # D-3 would be new, but D-1 is already stored: the database rejects the batch as a whole.
    with pytest.raises(DuplicateDecision, match="D-1"):
        store.record_decisions([entry("A-3", "D-3"), entry("A-1", "D-1")])
    assert store.decision_ids() == {"D-1"}

    store.record_decisions([])
    with pytest.raises(ValueError):
        store.record_decisions([({}, {"decision_id": "D-9"})])
    assert store.decision_ids() == {"D-1"}


def test_concurrent_writers_from_threads(store):
    def write(worker: int) -> None:
        for i in range(10):
            store.record_decisions([entry(f"A-{worker}", f"D-{worker}-{i}-{j}") for j in range(2)])

    threads = [threading.Thread(target=write, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.decision_ids()) == 6 * 10 * 2


# -- append-only ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE decisions SET route = 'enforcement'",
        "DELETE FROM decisions",
        "UPDATE feedback SET outcome = 'edited'",
        "DELETE FROM feedback",
    ],
)
def test_database_refuses_updates_and_deletes(backend, store, statement):
    store.record_decisions([entry("A-1", "D-1")])
    store.record_feedback(feedback_doc("A-1", "D-1"))
    with backend.raw.connect() as conn:
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            conn.exec_driver_sql(statement)
        conn.rollback()
    assert store.decision("D-1")["decision"]["route"] == "standard"
    assert [f["outcome"] for f in store.feedback_for("A-1")] == ["overridden"]


@only_postgres
def test_postgres_refuses_truncate(backend, store):
    store.record_decisions([entry("A-1", "D-1")])
    with backend.raw.connect() as conn, pytest.raises(sa.exc.DBAPIError, match="append-only"):
        conn.exec_driver_sql("TRUNCATE decisions CASCADE")
    assert store.count("decisions") == 1


# -- feedback ---------------------------------------------------------------------------------


def test_feedback_round_trip_and_has_feedback(store):
    store.record_decisions([entry("A-1", "D-1"), entry("A-1", "D-2", T0 + timedelta(minutes=5)), entry("A-2", "D-3")])
    doc = feedback_doc("A-1", "D-1")
    first = store.record_feedback(doc)
    assert isinstance(first["feedback_id"], int)
    assert first["request_hash"] == canonical_hash(doc)
    assert datetime.fromisoformat(first["received_at"]).tzinfo is not None
    assert {k: first[k] for k in doc} == doc
    second = store.record_feedback(feedback_doc("A-1", "D-2", comment=None, outcome="confirmed"))
    assert second["comment"] is None
    assert second["feedback_id"] != first["feedback_id"]
    assert store.feedback_for("A-1") == [second, first]
    assert store.feedback_for("A-2") == []
    assert store.count("feedback") == 2
    flags = {r["decision_id"]: r["has_feedback"] for r in store.list_decisions().rows}
    assert flags == {"D-1": True, "D-2": True, "D-3": False}


def test_feedback_for_an_unknown_or_foreign_decision_is_refused(store):
    store.record_decisions([entry("A-1", "D-1"), entry("A-2", "D-2")])
    with pytest.raises(UnknownDecision, match="not stored"):
        store.record_feedback(feedback_doc("A-1", "D-missing"))
    with pytest.raises(UnknownDecision, match="belongs to application 'A-2'"):
        store.record_feedback(feedback_doc("A-1", "D-2"))
    with pytest.raises(ValueError, match="reviewer"):
        store.record_feedback({k: v for k, v in feedback_doc("A-1", "D-1").items() if k != "reviewer"})
    assert store.count("feedback") == 0


# -- queue queries ----------------------------------------------------------------------------


@pytest.fixture
def queue(store):
    """Eight decisions an hour apart (D-0 oldest), assorted routes, tiers and guardrails."""
    spec = [
        ("streamlined", "low", ()),
        ("standard", "medium", ()),
        ("interagency", "high", ("screening_match",)),
        ("standard", "medium", ()),
        ("enforcement", "critical", ("embargo", "critical_threshold")),
        ("streamlined", "low", ("streamline_threshold",)),
        ("standard", "high", ()),
        ("interagency", "high", ()),
    ]
    store.record_decisions(
        [
            entry(f"A-{i}", f"D-{i}", T0 + timedelta(hours=i), route=route, tier=tier, guardrails=rules)
            for i, (route, tier, rules) in enumerate(spec)
        ]
    )
    return store


def _ids(page: DecisionPage) -> list[str]:
    return [r["decision_id"] for r in page.rows]


def test_list_decisions_newest_first_with_limit_offset_and_total(queue):
    page = queue.list_decisions()
    assert _ids(page) == [f"D-{i}" for i in range(7, -1, -1)]
    assert page.total == 8
    decided = [datetime.fromisoformat(r["decided_at"]) for r in page.rows]
    assert decided == sorted(decided, reverse=True) and all(d.tzinfo for d in decided)
    page = queue.list_decisions(limit=3, offset=2)
    assert _ids(page) == ["D-5", "D-4", "D-3"] and page.total == 8
    page = queue.list_decisions(limit=3, offset=7)
    assert _ids(page) == ["D-0"] and page.total == 8
    page = queue.list_decisions(limit=0)
    assert page.rows == [] and page.total == 8
    with pytest.raises(ValueError):
        queue.list_decisions(limit=-1)


def test_list_decisions_filters(queue):
    assert _ids(queue.list_decisions(route="standard")) == ["D-6", "D-3", "D-1"]
    assert _ids(queue.list_decisions(tier="high")) == ["D-7", "D-6", "D-2"]
    assert _ids(queue.list_decisions(route="interagency", tier="high")) == ["D-7", "D-2"]
    assert _ids(queue.list_decisions(guardrail=True)) == ["D-5", "D-4", "D-2"]
    assert _ids(queue.list_decisions(guardrail=False)) == ["D-7", "D-6", "D-3", "D-1", "D-0"]
    [row] = queue.list_decisions(route="enforcement").rows
    assert row["guardrails"] == ["embargo", "critical_threshold"]
    # since is inclusive, until exclusive; any time zone works (+02:00 here), naive means UTC.
    berlin = timezone(timedelta(hours=2))
    since = (T0 + timedelta(hours=2)).astimezone(berlin)
    until = (T0 + timedelta(hours=5)).astimezone(berlin)
    page = queue.list_decisions(since=since, until=until)
    assert _ids(page) == ["D-4", "D-3", "D-2"] and page.total == 3
    page = queue.list_decisions(since=(T0 + timedelta(hours=6)).replace(tzinfo=None))
    assert _ids(page) == ["D-7", "D-6"]
    page = queue.list_decisions(route="standard", since=since, limit=1)
    assert _ids(page) == ["D-6"] and page.total == 2
    assert queue.list_decisions(route="human_rights").total == 0


def test_route_counts_cover_every_route(store):
    assert store.route_counts() == {route: 0 for route in ROUTES}
    store.record_decisions(
        [entry("A-1", "D-1", route="standard"), entry("A-2", "D-2", route="standard"),
         entry("A-3", "D-3", T0 + timedelta(days=1), route="enforcement", tier="critical")]
    )
    counts = store.route_counts()
    assert set(counts) == set(ROUTES)
    assert counts["standard"] == 2 and counts["enforcement"] == 1
    assert sum(counts.values()) == 3
    later = store.route_counts(since=T0 + timedelta(hours=1))
    assert later["enforcement"] == 1 and later["standard"] == 0 and set(later) == set(ROUTES)


# -- outages ----------------------------------------------------------------------------------


def _every_operation(s: AuditStore) -> dict:
    return {
        "ping": s.ping,
        "migrate": s.migrate,
        "record_decisions": lambda: s.record_decisions([entry("A-1", "D-1")]),
        "record_feedback": lambda: s.record_feedback(feedback_doc("A-1", "D-1")),
        "list_decisions": s.list_decisions,
        "route_counts": s.route_counts,
        "decisions_for": lambda: s.decisions_for("A-1"),
        "decision": lambda: s.decision("D-1"),
        "feedback_for": lambda: s.feedback_for("A-1"),
        "count": lambda: s.count("decisions"),
        "decision_ids": s.decision_ids,
    }


def test_unreachable_postgres_is_unavailable_and_hides_the_password():
    s = AuditStore("postgresql+psycopg://auditor:s3cr3t-pw@127.0.0.1:1/test", connect_timeout_s=2)
    try:
        for name, operation in _every_operation(s).items():
            with pytest.raises(AuditUnavailable) as caught:
                operation()
            message = str(caught.value)
            assert "s3cr3t-pw" not in message, name
            assert "postgresql+psycopg://auditor:***@127.0.0.1:1/test is unavailable" in message, name
            assert "refused" in message.lower() or "failed" in message.lower(), message
            assert "s3cr3t-pw" not in str(caught.value.__cause__), name
    finally:
        s.close()


def test_sqlite_in_a_missing_directory_is_unavailable_then_recovers(tmp_path):
    directory = tmp_path / "not-yet"
    s = AuditStore(f"sqlite:///{directory / 'audit.db'}")
    try:
        for name, operation in _every_operation(s).items():
            with pytest.raises(AuditUnavailable, match="is unavailable") as caught:
                operation()
            assert str(directory) in str(caught.value), name
        directory.mkdir()  # the database "comes back": the same store works, no restart
        s.migrate()
        s.record_decisions([entry("A-1", "D-1")])
        assert s.decision_ids() == {"D-1"}
    finally:
        s.close()


def test_sqlite_locked_database_is_unavailable_and_reads_go_on(tmp_path, monkeypatch):
    path = tmp_path / "audit.db"
    setup = AuditStore(f"sqlite:///{path}")
    setup.migrate()
    setup.close()
    monkeypatch.setattr(store_module, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    s = AuditStore(f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        with pytest.raises(AuditUnavailable, match="locked"):
            s.record_decisions([entry("A-1", "D-1"), entry("A-2", "D-2")])
        assert s.count("decisions") == 0  # WAL: readers are not blocked by the writer
        holder.execute("ROLLBACK")
        s.record_decisions([entry("A-1", "D-1")])
        assert s.decision_ids() == {"D-1"}
    finally:
        holder.close()
        s.close()


def test_sqlite_read_only_database_refuses_writes_as_unavailable(tmp_path):
    path = tmp_path / "audit.db"
    writer = AuditStore(f"sqlite:///{path}")
    writer.migrate()
    writer.record_decisions([entry("A-1", "D-1")])
    reader = AuditStore(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        assert reader.decision_ids() == {"D-1"}
        with pytest.raises(AuditUnavailable, match="readonly|read-only"):
            reader.record_decisions([entry("A-2", "D-2")])
        assert writer.decision_ids() == {"D-1"}
    finally:
        reader.close()
        writer.close()


@only_postgres
def test_postgres_store_recovers_after_its_connections_are_killed(backend, store):
    store.record_decisions([entry("A-1", "D-1")])
    with store._engine.connect() as conn:  # the pooled connection the store will reuse
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    with backend.raw.connect() as admin:  # e.g. a server restart or failover drops it
        assert admin.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
    assert store.decision_ids() == {"D-1"}  # pre-ping noticed and reconnected
    store.record_decisions([entry("A-2", "D-2")])
    assert store.count("decisions") == 2
