"""Alembic migrations of the khabar store (run by ``khabar.store.database.upgrade``)."""
