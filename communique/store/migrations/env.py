"""Alembic environment: migrations run on the connection handed over by ``communique.store.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from communique.store.schema import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run migrations on ``config.attributes['connection']`` or on a fresh engine for ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///communique.db")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("communique migrations run online only")
run_migrations_online()
