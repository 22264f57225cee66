"""Variant keys without a surname's article: the variant key of a stored unknown name is
made again, so that "رائد صالح" finds "رائد الصالح" stored before, and a خ the ك of
another spelling ("خورخي"، "جورجي").

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from khabar.extract.entities import variant_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_entities = sa.table(
    "entities",
    sa.column("id", sa.Integer),
    sa.column("full_spelling", sa.Text),
    sa.column("variant_key", sa.Text),
)


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_entities.c.id, _entities.c.full_spelling, _entities.c.variant_key).where(
            _entities.c.full_spelling.is_not(None)
        )
    )
    for entity_id, spelling, stored in list(rows):
        if variant_key(spelling) != stored:
            connection.execute(
                sa.update(_entities)
                .where(_entities.c.id == entity_id)
                .values(variant_key=variant_key(spelling))
            )


def downgrade() -> None:
    """The keys made before are not kept: the new ones find what the old ones did."""
