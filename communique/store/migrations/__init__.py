"""Alembic migrations of the communique store (run programmatically by :mod:`communique.store.migrate`)."""
