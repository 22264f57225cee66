"""Claims: the date expression a figure was said at, as written ("في يناير"), kept
beside its ISO value, which a text without a publication date cannot give.

Claims stored before keep no expression until their article is analysed again.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claims", sa.Column("said_text", sa.Text))


def downgrade() -> None:
    op.drop_column("claims", "said_text")
