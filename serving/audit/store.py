"""The audit store: every decision and every piece of reviewer feedback, append-only.

SQLAlchemy 2 Core over SQLite (default ``sqlite:///<TRIAGE_HOME>/audit.db``) or PostgreSQL
(``postgresql+psycopg://...``); schema managed by Alembic migrations in ``serving/audit/migrations``.

Guarantees:

* Append-only in the database itself: migration 0001 installs triggers that abort UPDATE and
  DELETE (and TRUNCATE on PostgreSQL) on both tables.
* ``record_decisions`` is one transaction: all entries stored or none.
* Every database failure (down, locked, read-only, disk full, not migrated) surfaces as
  ``AuditUnavailable`` with the URL's password masked. A batch naming an already stored
  decision_id (or one id twice) raises ``DuplicateDecision`` -- a caller error, not an outage.
* The pool pings connections before use, so the store recovers by itself when the database
  comes back; no restart is needed.
* Nothing happens at import: the engine is built in ``AuditStore.__init__`` (which does not
  connect either).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import StaticPool

from serving.audit.tables import decisions as _decisions
from serving.audit.tables import feedback as _feedback

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 10.0  # how long a SQLite connection waits for a lock before failing
FEEDBACK_KEYS = ("application_id", "decision_id", "reviewer", "final_tier", "final_route", "outcome", "comment")
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class AuditError(Exception):
    """Base class for audit-store errors."""


class AuditUnavailable(AuditError):
    """The database cannot be reached or refused the write; nothing was stored."""


class AuditRejected(AuditError):
    """The database refused the values themselves (not a connectivity problem); nothing was stored."""


class UnknownDecision(AuditError):
    """Feedback names a decision that is not stored (or belongs to another application)."""


class DuplicateDecision(AuditError):
    """A batch names a decision_id that is already stored, or names one twice; nothing was stored.

    Not a connectivity problem: retrying the same batch fails the same way.
    """


def canonical_hash(document: Any) -> str:
    """SHA-256 hex of the canonical JSON of a document (sorted keys, no spaces, UTF-8)."""
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DecisionPage:
    rows: list[dict]  # decision summaries, newest first (see AuditStore.list_decisions)
    total: int  # rows matching the filters, ignoring limit/offset


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat()


def _as_datetime(value: Any, what: str) -> datetime:
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value)
        except ValueError as e:
            raise ValueError(f"{what} is not an ISO 8601 date-time: {value!r}") from e
    else:
        raise ValueError(f"{what} must be an ISO 8601 date-time, got {type(value).__name__}")
    if result.tzinfo is None:
        raise ValueError(f"{what} has no time zone: {value!r}")
    return result


def _sqlite_path(url: sa.URL) -> str | None:
    """The database file of a SQLite URL, or None for an in-memory database."""
    database = url.database or ""
    if database in ("", ":memory:") or "mode=memory" in database or url.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return database


def _install_sqlite_pragmas(engine: Engine) -> None:
    """WAL, busy timeout and foreign keys on every connection; real BEGINs so DDL is transactional.

    pysqlite's own transaction handling (Python < 3.12) does not BEGIN before DDL or SELECT; it
    is switched off and SQLAlchemy's begin emits BEGIN itself (the documented recipe). Writes
    use BEGIN IMMEDIATE so that a read-then-write transaction waits for the write lock (busy
    timeout) instead of failing at once when another writer got there first.
    """
    in_memory = _sqlite_path(engine.url) is None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised via the engine
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised via the engine
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("audit_write") else "BEGIN")


class AuditStore:
    """Append-only store of decisions and feedback. Thread-safe; one per process."""

    def __init__(self, url: str, *, connect_timeout_s: float = 5.0, schema: str | None = None) -> None:
        """Build the engine (no connection is made here).

        ``schema`` (PostgreSQL only, ignored on SQLite): put the tables in this schema via the
        connection's ``search_path``; ``migrate()`` creates it if missing. Used to isolate tests.
        """
        parsed = make_url(url)
        self._url = parsed
        self._masked_url = parsed.render_as_string(hide_password=True)
        self._password = parsed.password
        backend = parsed.get_backend_name()
        self._schema: str | None = None
        if backend == "sqlite":
            connect_args: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}
            options: dict[str, Any] = {}
            if _sqlite_path(parsed) is None:
                options["poolclass"] = StaticPool  # one shared in-memory database for every thread
            engine = sa.create_engine(parsed, connect_args=connect_args, pool_pre_ping=True, **options)
            _install_sqlite_pragmas(engine)
        elif backend == "postgresql":
            connect_args = {"connect_timeout": max(1, math.ceil(connect_timeout_s))}
            if schema is not None:
                if not _SCHEMA_NAME.match(schema):
                    raise ValueError(f"invalid schema name {schema!r}")
                self._schema = schema
                connect_args["options"] = f"-csearch_path={schema}"
            engine = sa.create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
        else:
            raise ValueError(f"unsupported audit database {self._masked_url!r}: use sqlite:// or postgresql+psycopg://")
        self._engine: Engine = engine

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self._engine.dialect.name

    # -- plumbing ---------------------------------------------------------------------------

    def _describe(self, action: str, error: BaseException) -> str:
        orig = getattr(error, "orig", None)
        reason = " ".join(str(orig if orig is not None else error).split())
        if self._password:
            reason = reason.replace(self._password, "***")
        if len(reason) > 500:
            reason = reason[:500] + "..."
        lowered = reason.lower()
        if "no such table" in lowered or ("relation" in lowered and "does not exist" in lowered):
            reason += " (has the audit schema been migrated? run AuditStore.migrate())"
        return f"audit database {self._masked_url} is unavailable ({action}): {reason or type(error).__name__}"

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn every database failure into AuditUnavailable (AuditErrors pass through)."""
        try:
            yield
        except AuditError:
            raise
        except exc.DataError as e:  # the data, not the database: e.g. a NUL character PostgreSQL cannot hold
            raise AuditRejected(f"the audit database refused the data ({action}): {_first_line(e)}") from e
        except (exc.DBAPIError, exc.TimeoutError) as e:
            raise AuditUnavailable(self._describe(action, e)) from e

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite); committed on success, else rolled back."""
        with self._engine.connect() as conn:
            conn.execution_options(audit_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """Cross-process lock for SQLite files: flock on ``<database>.migrate.lock``.

        PostgreSQL takes a transaction-level advisory lock inside migrate() instead; an
        in-memory SQLite database belongs to this process alone and needs no lock.
        """
        path = _sqlite_path(self._url) if self.dialect == "sqlite" else None
        if path is None:
            yield
            return
        import fcntl

        lock_path = f"{path}.migrate.lock"
        try:
            handle = open(lock_path, "a+b")  # noqa: SIM115 - closed below
        except OSError as e:
            raise AuditUnavailable(
                f"audit database {self._masked_url} is unavailable (migrate): "
                f"cannot open lock file {lock_path}: {e.strerror or e}"
            ) from e
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield
        finally:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            finally:
                handle.close()

    # -- public API -------------------------------------------------------------------------

    def migrate(self) -> None:
        """Alembic upgrade to head, serialised across processes (several workers may start at once)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
        with self._guard("migrate"), self._migration_lock(), self._engine.begin() as conn:
            if self.dialect == "postgresql":
                key = zlib.crc32(f"triage-audit-migrate:{self._schema or ''}".encode())
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
                if self._schema is not None:
                    conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{self._schema}"')
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def ping(self) -> None:
        """Raise AuditUnavailable unless the database answers now."""
        with self._guard("ping"), self._read() as conn:
            conn.execute(sa.select(1)).scalar_one()

    def record_decisions(self, entries: list[tuple[dict, dict]]) -> None:
        """Store (application_json, decision_json) pairs in ONE transaction: all stored or none.

        decision_json is ``Decision.model_dump(mode="json")``. Raises AuditUnavailable on any
        database failure (connection refused, locked, read-only, disk full).

        Raises DuplicateDecision (nothing stored) if a decision_id appears twice in the batch or
        is already stored, and ValueError if an entry lacks a field the store indexes.
        """
        if not entries:
            return
        stored_at = datetime.now(timezone.utc)
        rows = [_decision_row(application, decision, stored_at) for application, decision in entries]
        seen: set[str] = set()
        repeated: set[str] = set()
        for row in rows:
            (repeated if row["decision_id"] in seen else seen).add(row["decision_id"])
        if repeated:
            raise DuplicateDecision(f"decision_id repeated within the batch: {', '.join(sorted(repeated)[:10])}; nothing stored")
        with self._guard("record decisions"):
            try:
                with self._write() as conn:
                    conn.execute(sa.insert(_decisions), rows)
            except exc.IntegrityError as e:
                if not _is_unique_violation(e):
                    raise AuditError(f"decision batch rejected by the database: {_first_line(e)}") from e
                raise DuplicateDecision(
                    f"decision already stored: {', '.join(self._existing_ids(sorted(seen))[:10]) or '?'}; "
                    "nothing from this batch was stored"
                ) from e

    def _existing_ids(self, ids: list[str]) -> list[str]:
        try:
            with self._read() as conn:
                found: set[str] = set()
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    found.update(conn.execute(sa.select(_decisions.c.decision_id).where(_decisions.c.decision_id.in_(chunk))).scalars())
                return sorted(found)
        except exc.SQLAlchemyError:
            return []

    def record_feedback(self, feedback: dict) -> dict:
        """Store reviewer feedback; returns the stored row (with ``feedback_id``, ``received_at``).

        ``feedback`` keys: application_id, decision_id, reviewer, final_tier, final_route, outcome,
        comment (may be None). Raises UnknownDecision if decision_id is not stored or its
        application_id differs; AuditUnavailable on database failure.
        """
        missing = [key for key in FEEDBACK_KEYS if key != "comment" and feedback.get(key) is None]
        if missing:
            raise ValueError(f"feedback is missing {', '.join(missing)}")
        row: dict[str, Any] = {key: feedback.get(key) for key in FEEDBACK_KEYS}
        row["received_at"] = datetime.now(timezone.utc)
        row["request_hash"] = canonical_hash(feedback)
        decision_id, application_id = row["decision_id"], row["application_id"]
        with self._guard("record feedback"):
            try:
                with self._write() as conn:
                    owner = conn.execute(
                        sa.select(_decisions.c.application_id).where(_decisions.c.decision_id == decision_id)
                    ).scalar_one_or_none()
                    if owner is None:
                        raise UnknownDecision(f"decision {decision_id!r} is not stored")
                    if owner != application_id:
                        raise UnknownDecision(
                            f"decision {decision_id!r} belongs to application {owner!r}, not {application_id!r}"
                        )
                    result = conn.execute(sa.insert(_feedback).values(**row))
                    feedback_id = result.inserted_primary_key[0]
            except exc.IntegrityError as e:
                if "foreign key" in str(e.orig).lower():
                    raise UnknownDecision(f"decision {decision_id!r} is not stored") from e
                raise AuditError(f"feedback rejected by the database: {_first_line(e)}") from e
        return {"feedback_id": feedback_id, **row, "received_at": _iso(row["received_at"])}

    def list_decisions(
        self,
        *,
        route: str | None = None,
        tier: str | None = None,
        guardrail: bool | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> DecisionPage:
        """Decision summaries, newest first. Each row: decision_id, application_id, decided_at
        (ISO string), risk_tier, route, risk_score, streamlined, guardrails (list of rule names),
        model_version, has_feedback (bool).

        ``since`` is inclusive, ``until`` exclusive (naive datetimes are taken as UTC);
        ``guardrail=True`` keeps decisions where at least one guardrail fired, False where none.
        """
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must be >= 0")
        d = _decisions
        conditions = []
        if route is not None:
            conditions.append(d.c.route == route)
        if tier is not None:
            conditions.append(d.c.risk_tier == tier)
        if guardrail is not None:
            conditions.append(d.c.guardrails != "" if guardrail else d.c.guardrails == "")
        conditions.extend(_time_window(d.c.decided_at, since, until))
        has_feedback = sa.exists().where(_feedback.c.decision_id == d.c.decision_id).label("has_feedback")
        page = (
            sa.select(
                d.c.decision_id, d.c.application_id, d.c.decided_at, d.c.risk_tier, d.c.route, d.c.risk_score,
                d.c.streamlined, d.c.guardrails, d.c.model_version, has_feedback,
            )
            .where(*conditions)
            .order_by(d.c.decided_at.desc(), d.c.decision_id.desc())
            .limit(limit)
            .offset(offset)
        )
        counting = sa.select(sa.func.count()).select_from(d).where(*conditions)
        with self._guard("list decisions"), self._read() as conn:
            total = conn.execute(counting).scalar_one()
            found = conn.execute(page).mappings().all() if limit else []
        rows = [
            {
                "decision_id": r["decision_id"],
                "application_id": r["application_id"],
                "decided_at": _iso(r["decided_at"]),
                "risk_tier": r["risk_tier"],
                "route": r["route"],
                "risk_score": r["risk_score"],
                "streamlined": bool(r["streamlined"]),
                "guardrails": r["guardrails"].split(",") if r["guardrails"] else [],
                "model_version": r["model_version"],
                "has_feedback": bool(r["has_feedback"]),
            }
            for r in found
        ]
        return DecisionPage(rows=rows, total=total)

    def route_counts(self, *, since: datetime | None = None) -> dict[str, int]:
        """Number of stored decisions per route (every route present, zero when none)."""
        from features.schema import ROUTES

        d = _decisions
        stmt = sa.select(d.c.route, sa.func.count()).where(*_time_window(d.c.decided_at, since, None)).group_by(d.c.route)
        with self._guard("count routes"), self._read() as conn:
            found = {route: int(n) for route, n in conn.execute(stmt)}
        counts = {route: 0 for route in ROUTES}
        counts.update(found)
        return counts

    def decisions_for(self, application_id: str) -> list[dict]:
        """Every stored decision for an application, newest first, each
        ``{"decision": <decision_json>, "application": <application_json>, "request_hash": str,
        "stored_at": iso}``."""
        d = _decisions
        stmt = (
            sa.select(d.c.decision, d.c.application, d.c.request_hash, d.c.stored_at)
            .where(d.c.application_id == application_id)
            .order_by(d.c.decided_at.desc(), d.c.stored_at.desc(), d.c.decision_id.desc())
        )
        with self._guard("read decisions"), self._read() as conn:
            return [_stored_decision(r) for r in conn.execute(stmt).mappings()]

    def decision(self, decision_id: str) -> dict | None:
        """One stored decision in the same shape as decisions_for's items, or None."""
        d = _decisions
        stmt = sa.select(d.c.decision, d.c.application, d.c.request_hash, d.c.stored_at).where(
            d.c.decision_id == decision_id
        )
        with self._guard("read decision"), self._read() as conn:
            found = conn.execute(stmt).mappings().one_or_none()
        return None if found is None else _stored_decision(found)

    def feedback_for(self, application_id: str) -> list[dict]:
        """Feedback rows for an application, newest first."""
        f = _feedback
        stmt = sa.select(f).where(f.c.application_id == application_id).order_by(f.c.received_at.desc(), f.c.feedback_id.desc())
        with self._guard("read feedback"), self._read() as conn:
            found = conn.execute(stmt).mappings().all()
        return [{**r, "received_at": _iso(r["received_at"])} for r in found]

    def count(self, table: str) -> int:
        """Rows in 'decisions' or 'feedback' (used by tests and the load benchmark)."""
        tables = {"decisions": _decisions, "feedback": _feedback}
        if table not in tables:
            raise ValueError(f"unknown audit table {table!r}: expected 'decisions' or 'feedback'")
        with self._guard(f"count {table}"), self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(tables[table])).scalar_one())

    def decision_ids(self) -> set[str]:
        """Every stored decision id (tests and load benchmark check nothing was lost)."""
        with self._guard("read decision ids"), self._read() as conn:
            return set(conn.execute(sa.select(_decisions.c.decision_id)).scalars())

    def close(self) -> None:
        """Close every pooled connection; the store must not be used afterwards."""
        self._engine.dispose()


# -- helpers ----------------------------------------------------------------------------------


def _decision_row(application: dict, decision: dict, stored_at: datetime) -> dict[str, Any]:
    """The indexed columns of one decision, taken from its JSON."""
    if not isinstance(application, dict) or not isinstance(decision, dict):
        raise TypeError("each entry must be a pair of dicts (application_json, decision_json)")
    try:
        model = decision["model"] or {}
        rules = [str(g["rule"]) for g in decision.get("guardrails") or []]
        row = {
            "decision_id": str(decision["decision_id"]),
            "application_id": str(decision["application_id"]),
            "decided_at": _as_datetime(decision["decided_at"], "decided_at"),
            "stored_at": stored_at,
            "risk_tier": str(decision["risk_tier"]),
            "route": str(decision["route"]),
            "risk_score": float(decision["risk_score"]),
            "streamlined": bool(decision["streamlined"]),
            "guardrails": ",".join(rules),
            "model_name": str(model["name"]),
            "model_version": model.get("version"),
            "run_id": model.get("run_id"),
            "policy_version": str(decision["policy_version"]),
            "request_hash": canonical_hash(application),
            "application": application,
            "decision": decision,
        }
    except KeyError as e:
        raise ValueError(f"decision JSON lacks {e.args[0]!r}") from e
    if any("," in rule or not rule for rule in rules):
        raise ValueError(f"guardrail rule names must be non-empty and comma-free: {rules}")
    app_id = application.get("application_id")
    if app_id is not None and str(app_id) != row["application_id"]:
        raise ValueError(f"decision {row['decision_id']!r} is for {row['application_id']!r}, not application {app_id!r}")
    return row


def _stored_decision(row: Any) -> dict:
    return {
        "decision": row["decision"],
        "application": row["application"],
        "request_hash": row["request_hash"],
        "stored_at": _iso(row["stored_at"]),
    }


def _time_window(column: Any, since: datetime | None, until: datetime | None) -> list:
    conditions = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return conditions


def _is_unique_violation(error: exc.IntegrityError) -> bool:
    orig = error.orig
    return getattr(orig, "sqlstate", None) == "23505" or "unique constraint" in str(orig).lower()


def _first_line(error: exc.DBAPIError) -> str:
    text = str(error.orig if error.orig is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__
