"""Table definitions the audit store queries (SQLAlchemy Core).

The schema itself is created only by the Alembic migrations in ``serving/audit/migrations``;
these definitions mirror it for building queries and must be kept in step with them.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

# Alembic's bookkeeping table for this store, named so that it cannot collide with another
# Alembic-managed schema (e.g. MLflow's ``alembic_version``) in a shared database.
VERSION_TABLE = "audit_alembic_version"


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes, stored in UTC, always returned aware (UTC).

    PostgreSQL keeps the offset (``timestamptz``); SQLite has no timezone type, so the value is
    stored as naive UTC text and re-labelled UTC when read back. Naive inputs are taken as UTC.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


metadata = sa.MetaData()

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("decision_id", sa.String(), primary_key=True),
    sa.Column("application_id", sa.String(), nullable=False),
    sa.Column("decided_at", UTCDateTime(), nullable=False),
    sa.Column("stored_at", UTCDateTime(), nullable=False),
    sa.Column("risk_tier", sa.String(), nullable=False),
    sa.Column("route", sa.String(), nullable=False),
    sa.Column("risk_score", sa.Float(), nullable=False),
    sa.Column("streamlined", sa.Boolean(), nullable=False),
    # Comma-separated names of the guardrail rules that fired ('' when none).
    sa.Column("guardrails", sa.String(), nullable=False),
    sa.Column("model_name", sa.String(), nullable=False),
    sa.Column("model_version", sa.String(), nullable=True),
    sa.Column("run_id", sa.String(), nullable=True),
    sa.Column("policy_version", sa.String(), nullable=False),
    sa.Column("request_hash", sa.String(64), nullable=False),
    sa.Column("application", sa.JSON(), nullable=False),
    sa.Column("decision", sa.JSON(), nullable=False),
)

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("feedback_id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("decision_id", sa.String(), sa.ForeignKey("decisions.decision_id"), nullable=False),
    sa.Column("application_id", sa.String(), nullable=False),
    sa.Column("reviewer", sa.String(), nullable=False),
    sa.Column("final_tier", sa.String(), nullable=False),
    sa.Column("final_route", sa.String(), nullable=False),
    sa.Column("outcome", sa.String(), nullable=False),
    sa.Column("comment", sa.Text(), nullable=True),
    sa.Column("received_at", UTCDateTime(), nullable=False),
    sa.Column("request_hash", sa.String(64), nullable=False),
)
