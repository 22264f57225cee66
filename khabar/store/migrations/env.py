"""Alembic environment: run the migrations on the connection khabar hands over.

``khabar.store.migrate`` puts an open SQLAlchemy connection in
``config.attributes["connection"]``; there is no alembic.ini and no URL here.
"""

from __future__ import annotations

from alembic import context

from khabar.store.schema import Base


def run_migrations() -> None:
    """Upgrade through the connection given by ``khabar.store.migrate``."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
