"""Alembic environment for the audit store.

Run only through ``AuditStore.migrate()``, which builds the Alembic config in code and hands
over an open connection (inside a transaction, holding the cross-process migration lock) as
``config.attributes["connection"]``. There is no alembic.ini and no URL here.
"""

from __future__ import annotations

from alembic import context

from serving.audit.tables import VERSION_TABLE, metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "the audit migrations run through serving.audit.store.AuditStore.migrate(), "
        "which passes the connection in config.attributes['connection']"
    )
if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) mode is not supported for the audit migrations")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)

with context.begin_transaction():
    context.run_migrations()
