"""Foundation: articles and the sources they were found in.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from khabar.store.schema import JSONDocument, UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("clean_text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("html", sa.Text),
        sa.Column("debris", JSONDocument, nullable=False),
        sa.Column("sentences", JSONDocument, nullable=False),
        sa.Column("analysis", JSONDocument),
        sa.Column("analyzed_at", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("outlet", sa.Text, nullable=False, server_default=""),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.Column("title", sa.Text),
        sa.Column("published", UTCDateTime),
        sa.Column("published_offset", sa.Integer),
        sa.Column("source_file", sa.Text, nullable=False, server_default=""),
        sa.Column("fmt", sa.String(16), nullable=False),
        sa.Column("extra", JSONDocument, nullable=False),
        sa.UniqueConstraint("article_id", "outlet", "url", "source_file", name="uq_sources_origin"),
    )
    op.create_index("ix_sources_article_id", "sources", ["article_id"])
    op.create_index("ix_sources_outlet", "sources", ["outlet"])
    op.create_index("ix_sources_published", "sources", ["published"])


def downgrade() -> None:
    op.drop_table("sources")
    op.drop_table("articles")
