"""Analysis: entities, their spellings and mentions, claims, stories and their articles.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from khabar.store.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _article_id(*, primary_key: bool = False) -> sa.Column[int]:
    return sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("display", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("english", sa.Text),
    )
    op.create_index("ix_entities_type", "entities", ["type"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_id(),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
    )
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_table(
        "entity_spellings",
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("text", sa.Text, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_id(),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("counted", sa.Text),
        sa.Column("topic", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("cited_text", sa.Text),
        sa.Column("cited_key", sa.Text),
        sa.Column("cited_start", sa.Integer),
        sa.Column("cited_end", sa.Integer),
        sa.Column("via_text", sa.Text),
        sa.Column("via_key", sa.Text),
        sa.Column("said", sa.String(32)),
        sa.Column("period", sa.Text),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.UniqueConstraint("article_id", "ordinal", name="uq_claims_article_ordinal"),
    )
    op.create_index("ix_claims_topic", "claims", ["topic"])
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "story_articles",
        _article_id(primary_key=True),
        # NULL: analysed, waiting for ``khabar run`` to group it.
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id")),
        sa.Column("duplicate_of", sa.Integer),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])
    # The articles still to analyse, found without reading the table of texts.
    unanalyzed = sa.text("analyzed_at IS NULL")
    op.create_index(
        "ix_articles_unanalyzed",
        "articles",
        ["id"],
        sqlite_where=unanalyzed,
        postgresql_where=unanalyzed,
    )


def downgrade() -> None:
    op.drop_index("ix_articles_unanalyzed", "articles")
    op.drop_table("story_articles")
    op.drop_table("stories")
    op.drop_table("claims")
    op.drop_table("entity_spellings")
    op.drop_table("mentions")
    op.drop_table("entities")
