"""Entity variants: an unknown name's first stored spelling and its variant key, where
other outlets' spellings of the name find it (``khabar.extract.entities.similar_names``).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from khabar.extract.entities import spelling_key, variant_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_entities = sa.table(
    "entities",
    sa.column("id", sa.Integer),
    sa.column("key", sa.Text),
    sa.column("english", sa.Text),
    sa.column("full_spelling", sa.Text),
    sa.column("variant_key", sa.Text),
)
_spellings = sa.table(
    "entity_spellings",
    sa.column("entity_id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("count", sa.Integer),
)


def upgrade() -> None:
    op.add_column("entities", sa.Column("full_spelling", sa.Text))
    op.add_column("entities", sa.Column("variant_key", sa.Text))
    op.create_index("ix_entities_variant_key", "entities", ["variant_key"])
    _fill_variants()


def _fill_variants() -> None:
    """Give each stored unknown name its commonest spelling that spells its key."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_entities.c.id, _entities.c.key, _spellings.c.text)
        .join(_spellings, _spellings.c.entity_id == _entities.c.id)
        .where(_entities.c.english.is_(None), _spellings.c.count > 0)
        .order_by(_entities.c.id, _spellings.c.count.desc(), _spellings.c.text)
    )
    filled: set[int] = set()
    for entity_id, key, text in rows:
        if entity_id in filled or spelling_key(text) != key:
            continue
        filled.add(entity_id)
        connection.execute(
            sa.update(_entities)
            .where(_entities.c.id == entity_id)
            .values(full_spelling=text, variant_key=variant_key(text))
        )


def downgrade() -> None:
    op.drop_index("ix_entities_variant_key", "entities")
    op.drop_column("entities", "variant_key")
    op.drop_column("entities", "full_spelling")
