"""article_entities.salient and articles.diplomatic: relevance filters for latest and digests

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

A country named once deep in a campaign story is not what "latest Iran" asks for; a box-office
report is not diplomatic news. Rows stored before this revision keep showing (true) until
`diplobrief reprocess` computes both.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: re-creating `articles` on SQLite would drop its FTS triggers.
    op.add_column("article_entities", sa.Column("salient", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("articles", sa.Column("diplomatic", sa.Boolean(), nullable=False, server_default=sa.true()))
    # `latest` walks salient rows newest-first: the flag belongs in the index it walks.
    op.drop_index("ix_article_entities_time", table_name="article_entities")
    op.create_index("ix_article_entities_salient_time", "article_entities", ["kind", "code", "salient", "sort_time", "article_id"])


def downgrade() -> None:
    op.drop_index("ix_article_entities_salient_time", table_name="article_entities")
    op.create_index("ix_article_entities_time", "article_entities", ["kind", "code", "sort_time", "article_id"])
    # SQLite 3.35+ drops a column in place (no copy, so the FTS triggers on `articles` survive).
    op.drop_column("articles", "diplomatic")
    op.drop_column("article_entities", "salient")
